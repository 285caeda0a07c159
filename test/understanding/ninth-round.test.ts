import { expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { type ClassCase, type EnglishCase, describeClasses, describeEnglishClasses } from './class-table.js';

/**
 * Classes the first run of round 9 found (README "After fixing classes (ninth round; not a first
 * run)"). Own paraphrases, never the corpus lines; each class has cases on both sides of its line.
 */
type Case = EnglishCase;
const CLASSES: Readonly<Record<string, readonly Case[]>> = {
  // what speech-to-text makes of MFA words and of spoken punctuation
  dictation: [
    ['stuck outside the depot please wipe my em eff ay', 'reset', 'all'],
    ['can you reset my m.f.a. please I lost the phone', 'reset', 'all'],
    ['please delete the s m s number from my sign in methods', 'reset', 'phone/mobile'],
    ['my too factor is not working period what now', 'clarify'],
    ['the authentic Cater app says something went wrong', 'clarify'],
    ['forgot my pass word again', 'password'],
    // …the words themselves elsewhere are left alone
    ['the film was a period drama', 'unknown'],
  ],
  // a wish with its object ("I'd like the app reset"), an imperative on a registration
  'requests in other shapes': [
    ["New phone today. I'd like my authenticator app reset please", 'reset'],
    ['the authenticator never shows the entry box. just wipe the app registration and I will redo it', 'reset', 'authenticator'],
    // …an indirect question is asked about, a polite "wondering if you could" is a request
    ["I'd like to know whether I need my MFA reset", 'clarify'],
    ['I was wondering if you could reset my MFA please', 'reset', 'all'],
  ],
  // a later time in the story, the request itself now
  'later in the story, request now': [
    ['The phone fell behind the server rack and facilities only come next week. Please reset all my MFA.', 'reset', 'all'],
    // …the request itself for later waits
    ['Please reset my MFA next week when I get my new phone', 'clarify'],
  ],
  // attacks in technical words
  'attacks, technical': [
    ['Defender raised an impossible travel alert on my account, I have not left London', 'security'],
    ['there is a FIDO2 key on my account that I never enrolled', 'security'],
    ['someone texted me a link to re-verify my MFA, looks like an AiTM proxy page', 'security'],
    ["loads of approve requests on my phone and I'm not even logging in", 'security'],
  ],
  // a whole rotation or rota is a group
  'a rotation as the target': [
    ['reset MFA for the whole platform on-call rotation please', 'otherUser'],
    ['please reset all my MFA methods', 'reset', 'all'],
  ],
  // the phone types named in the message
  'phone types': [
    ['please remove the alternate mobile from my account, that phone went back', 'reset', 'phone/alternateMobile'],
    ['take the old mobile number off my account please', 'reset', 'phone/mobile'],
    ['please remove my desk phone from my MFA, I moved office', 'reset', 'phone/office'],
  ],
  // solved, and thanks; "just list it"
  'thanks and list': [
    ['cheers, re-enrolled and push works again', 'thanks'],
    ["what's enrolled on my account? just list it", 'list'],
  ],
};

describeEnglishClasses('round 9', CLASSES);

const INTL: readonly ClassCase[] = [
  // chat hedges: a request beside one is asked about
  ['hedge', 'es-ES', 'ni idea si hace falta, pero creo que necesito reset del mfa, el movil es nuevo', 'clarify'],
  ['hedge', 'pt-BR', 'sei la, acho que preciso resetar o mfa, troquei de celular', 'clarify'],
  ['hedge', 'fr-FR', "jsp si faut réinitialiser la mfa, j'ai un nouveau tel", 'clarify'],
  ['hedge', 'it-IT', "boh, forse devo resettare l'mfa? ho cambiato telefono", 'clarify'],
  ['hedge', 'de-DE', 'keine ahnung ob ich das brauche, aber bitte mfa zurücksetzen, neues handy', 'clarify'],
  // …without a hedge, the request is a card
  ['no hedge', 'es-ES', 'necesito resetear el mfa, el movil es nuevo', 'reset', 'all'],
  // the whole team, said in chat
  ['group', 'pt-PT', 'consegues repor o mfa da equipa toda? estão todos sem acesso', 'otherUser'],
  ['group', 'es-ES', 'podeis resetear el mfa de todo el personal del turno?', 'otherUser'],
  // a number someone else added, a login someone tried: attacks
  ['not mine', 'it-IT', 'qualcuno ha aggiunto un numero al mio account che non è il mio', 'security'],
  ['not mine', 'es-ES', 'alguien ha añadido un teléfono a mi cuenta que no es mío', 'security'],
  ['someone tried', 'pl-PL', 'ktoś próbował się zalogować na moje konto z Chin, co mam robić?', 'security'],
  ['someone tried', 'de-DE', 'jemand hat versucht, sich in mein Konto einzuloggen, was soll ich tun?', 'security'],
  // a text that asks to click a link about MFA
  ['link', 'fr-FR', "j'ai reçu un sms qui me demande de cliquer sur un lien pour ma mfa, c'est normal ?", 'security'],
  ['link', 'nl-NL', 'ik kreeg een sms dat ik op een link moet klikken voor mijn MFA, klopt dat?', 'security'],
  // Brazilian laughter is not sarcasm; "pas encore" about a phone is no refusal
  ['laughter', 'pt-BR', 'pode apagar o número alternativo da minha conta? era do meu ex kkk', 'reset', 'phone/alternateMobile'],
  ['not yet', 'fr-FR', "peux-tu réinitialiser la mfa de mon stagiaire ? il n'a pas encore de téléphone pro", 'otherUser'],
];
describeClasses('round 9 fixes, in every language', INTL, () => {
  it.each([
    ['hu-HU', 'szia, új telefonom van, légyszi töröld a régi authenticatort a fiókomról'],
    ['en-US', 'labas, pamečiau telefoną, gal galit atstatyti mano MFA? ačiū'],
  ] as const)('%s: %s is a language we do not support', (locale, text) => {
    const u = understand(text, { locale });
    expect(u.unsupportedLanguage, u.explain).toBe(true);
  });
});
