import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import type { Intent } from '../../src/understanding/types.js';
import { type ClassCase, describeClasses, describeUnsupported } from './class-table.js';

/**
 * The class the first run of round 10 found in every language (README "After fixing classes (tenth
 * round; not a first run)"): a person in the story while the MFA, method or device named is the
 * sender's own. Own paraphrases, never the corpus lines, on both sides of the line.
 */
const EN: readonly (readonly [text: string, intent: Intent['type']])[] = [
  // the sender's own key or phone, a person in the story: ask, never "someone else's account"
  ['I lent my security key to Priya for a demo and she lost it, I need it off my account', 'clarify'],
  ['my son changed the time on my phone and now the authenticator codes are all wrong', 'clarify'],
  // …someone else's account, a friend's account, a second account, a phone handed over: someone else
  ['please reset my friend account mfa, he lost his phone', 'otherUser'],
  ['can you reset MFA for my second account admin-kim', 'otherUser'],
  ['I gave my old work phone to the new intern, please set up MFA on it for him', 'otherUser'],
  ["please reset Tom's MFA, he is standing next to me", 'otherUser'],
  // a line cancelled in the passive is a closed line; "my Hello PIN" is Windows Hello
  ['please remove the mobile number from my MFA, that SIM has been cancelled', 'reset'],
  ['my Hello PIN stopped working on the shared laptop', 'clarify'],
];

describe('round 10, class a person in the story, the object the sender’s own (English)', () => {
  it.each(EN)('%s → %s', (text, intent) => {
    const u = understand(text, { locale: 'en-GB' });
    expect(u.intent.type, u.explain).toBe(intent);
  });
});

const INTL: readonly ClassCase[] = [
  ['own object', 'it-IT', 'La chiave che mi aveva dato il mio capo si è rotta, potete toglierla dal mio account?', 'clarify'],
  ['own object', 'fr-FR', "Le jeton que mon responsable m'a donné est mort, pouvez-vous le retirer de mon compte ?", 'clarify'],
  ['own object', 'nl-NL', 'Mijn collega heeft mijn laptop opgeschoond en nu werkt mijn Windows Hello niet meer, graag resetten.', 'clarify'],
  ['own object', 'pl-PL', 'Koleżanka mówi, że to proste: proszę zresetować moją metodę MFA ze starego laptopa.', 'clarify'],
  // …the person's own MFA or phone stays someone else's
  ['their object', 'de-DE', 'Mein Kollege hat sein Handy verloren, bitte setzt sein MFA zurück.', 'otherUser'],
  ['their object', 'es-ES', 'Mi compañera perdió su móvil, ¿podéis restablecer su MFA?', 'otherUser'],
  ['their object', 'it-IT', "Il mio collaboratore ha cambiato telefono, potete resettargli l'MFA?", 'otherUser'],
];
describeClasses('round 10 fixes, in every language', INTL);

describeUnsupported('round 10: Croatian, Estonian and Icelandic are languages we do not support', [
  ['hr-HR', 'Bok, molim vas resetirajte mi MFA, izgubio sam mobitel u busu.'],
  ['en-US', 'Tere! Palun lähtestage minu MFA, uus telefon ei saa koode kätte.'],
  ['en-US', 'Góðan daginn, getið þið endurstillt MFA hjá mér? Ég týndi símanum.'],
]);
