import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { type ClassCase, describeClasses, describeEnglishClasses } from './class-table.js';

/**
 * The classes the first run of round 12 found (README "After fixing classes (twelfth round; not a
 * first run)"). Own paraphrases, never the corpus lines, on both sides of each line drawn.
 */
describeEnglishClasses('round 12', {
  'a retraction beside the earlier request told': [
    ['Cancel that, found the phone in my car', 'negation'],
    // …a retraction whose story names the earlier request is never a card
  ],
  'an undo asked as "have it back" or "restored"': [
    ['the reset wiped my Windows Hello too, I never wanted that, can I have it back?', 'undo'],
    ['I had my authenticator removed by mistake, can it be restored?', 'undo'],
  ],
  'hedged requests ask': [
    ['maybe reset my mfa? idk, the app shows nothing', 'clarify'],
    ["I might need my 2FA redone, honestly don't know", 'clarify'],
    // …while "I don't know the name of it" or "idk what happened" beside a plain request stays a request
    ["please reset the method that keeps failing, I don't know the name of it", 'reset'],
  ],
  'own past actions state a problem': [
    ['Swapped to a new phone yesterday and the authenticator is empty now', 'clarify'],
    ['factory reset my iPhone to fix a bug and lost the authenticator', 'clarify'],
  ],
  'it two clauses after its method, with a refusal of another': [
    ["the hardware token is dead, battery gone. Can you remove it? Don't touch my phone number.", 'reset', 'other[hardwareOath]'],
  ],
  'a request after a story in the past': [['Went abroad last month and the carrier changed my number. Remove my phone methods please.', 'reset', 'phone']],
  symptoms: [
    ["my phone is in for repair for a week and I can't get into anything", 'clarify'],
    ['The approval requests keep going to my old phone', 'clarify'],
  ],
  'refusals the rules only explain': [["Don't you dare remove my YubiKey", 'negation']],
  'questions, not lists or attacks': [
    ['Is it safe to use this bot on my own phone?', 'aboutMfa'],
    ['Genuine question: how long does a reset take?', 'aboutMfa'],
  ],
  'attack reports': [["prompts keep appearing on my phone and I'm not signing in anywhere", 'security']],
  'an exception that runs over "and"': [
    [
      'Remove all my MFA except the YubiKey and the phone number please',
      'reset',
      'other[microsoftAuthenticator,email,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]',
    ],
  ],
});

describe('round 12: a retraction that tells the earlier request is never a card', () => {
  it('Please cancel that. I had asked for my authenticator to be removed but it works again now', () => {
    expect(understand('Please cancel that. I had asked for my authenticator to be removed but it works again now', { locale: 'en-GB' }).intent.type).not.toBe(
      'reset',
    );
  });
});

const INTL: readonly ClassCase[] = [
  // a question for information ("how long", "czy … ?") is a question, whatever verb it holds
  ['information question', 'de-DE', 'Wie lange dauert es eigentlich, bis nach einem Reset alles wieder geht?', 'aboutMfa'],
  ['information question', 'it-IT', "Quanto ci vuole per il reset dell'MFA?", 'aboutMfa'],
  ['information question', 'fr-FR', 'Combien de temps prend une réinitialisation MFA ?', 'aboutMfa'],
  // …while "czy możesz …?" asks for it
  ['polite czy', 'pl-PL', 'Czy możesz zresetować moje MFA? Zgubiłem telefon.', 'reset', 'all'],
  ['undo', 'it-IT', "Mi avete tolto l'Authenticator per sbaglio ieri, potete rimettermi i metodi?", 'undo'],
  ['not signing in', 'es-ES', 'Me llegan solicitudes para aprobar un inicio de sesión y no estoy intentando entrar a nada', 'security'],
  ['not signing in', 'nl-NL', 'Ik krijg steeds meldingen om een aanmelding goed te keuren, maar ik log niet in', 'security'],
  ['scope', 'pt-PT', 'O email de verificação que tenho é antigo, queria que o removessem por favor', 'reset', 'email'],
  ['scope', 'nl-NL', 'Nieuw nummer, kun je het oude nummer voor de sms-codes verwijderen?', 'reset', 'phone/mobile'],
  ['scope', 'fr-FR', 'Mon token physique est mort, merci de le retirer de mon compte', 'reset', 'other'],
  ['swiss german', 'de-CH', 'Nei, bitte nöd zruggsetze, ich ha de Schlüssel wieder gfunde', 'negation'],
];
describeClasses('round 12 fixes, in every language', INTL);
