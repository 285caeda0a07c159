import { expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { type ClassCase, describeClasses, describeUnsupported, describeEnglishClasses } from './class-table.js';

/**
 * The classes the first run of round 11 found (README "After fixing classes (eleventh round; not a
 * first run)"). Own paraphrases, never the corpus lines, on both sides of each line drawn.
 */
describeEnglishClasses('round 11', {
  // a verb refused on one named method, beside a request for the rest, keeps that method
  'a refusal that keeps one method': [
    [
      'Please wipe my MFA but do not touch my security key',
      'reset',
      'other[microsoftAuthenticator,phone,email,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]',
    ],
    [
      "clear all my methods but don't remove the authenticator app",
      'reset',
      'other[phone,email,fido2,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath]',
    ],
    // …alone it is still a refusal
    ["Don't touch my YubiKey.", 'negation'],
  ],
  'a refusal of the wish, whatever the story says': [
    ["I really don't want my authenticator removed, my manager said I should but it's fine", 'negation'],
    ["reset my mfa. actually don't.", 'negation'],
  ],
  'a group named by a pronoun': [['Our night shift all got new handsets, can you redo MFA for each of them?', 'otherUser']],
  'the sender’s own profile with someone else in the story': [
    ['could you remove the old key from my profile, it was given to someone else when I left', 'clarify'],
  ],
  'attack reports': [
    ["got a text 'your MFA will be disabled, confirm at bit.ly/xyz' - not clicking it", 'security'],
    ["There's a poster in the lift: 'Scan to re-verify your MFA'. Doesn't look like ours", 'security'],
    ['A stranger messaged me to approve the login request he was about to send', 'security'],
    ['There is a passkey I don’t recognise listed on my account', 'security'],
    ['got an alert about a sign-in to my account from Singapore, I was at home asleep', 'security'],
    // …while the app asking to approve sign-ins, or a QR code to scan for set-up, is not an attack
    ['my nephew deleted the app that asks me to approve sign-ins, please reset my MFA', 'reset', 'all'],
    ['new phone, please reset my authenticator so I can scan the QR code again', 'reset', 'authenticator'],
  ],
  'hedged thoughts about a reset': [
    ["I'm thinking about resetting my MFA, but maybe the app is just slow", 'clarify'],
    ['considering a reset of my 2FA, though I am in two minds', 'clarify'],
  ],
  'a cancelled SIM is not a cancelled request': [
    ["codes still go to my old SIM, which I'm about to cancel. can you help?", 'clarify'],
    ['please cancel the reset', 'negation'],
  ],
  'the old number as a symptom': [['Outlook keeps offering to call my old number to verify me', 'clarify', 'phone']],
  'scope: the hardware token, an exception a few words back, the whole MFA asked for': [
    ['the OATH hardware token on my desk died, please unregister it', 'reset', 'other[hardwareOath]'],
    [
      'please clear all my verification methods apart from my phone number',
      'reset',
      'other[microsoftAuthenticator,email,fido2,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]',
    ],
    ['my mobile number changed while I was away, so I would like my MFA reset please, all of it', 'reset', 'all'],
  ],
  'questions about the bot itself': [
    ["How can I be sure you're the real IT bot?", 'aboutMfa'],
    ['Do you store what I type here?', 'aboutMfa'],
  ],
});

const INTL: readonly ClassCase[] = [
  // English IT words inside another language: the method and the verb still count
  ['code-switched method', 'es-ES', 'Buenas! porfa borra mi security key de la cuenta, se me cayó al río', 'reset', 'securityKey'],
  ['code-switched method', 'de-DE', 'Hallo, bitte remove my authenticator aus meinem Konto, das Handy ist weg', 'reset', 'authenticator'],
  ['code-switched method', 'pl-PL', 'Cześć, usuń proszę mój security key z konta, zgubiłem go', 'reset', 'securityKey'],
  ['no longer wanted', 'pt-BR', 'Deixa, não quero mais o reset. Never mind.', 'negation'],
  ['no longer wanted', 'fr-FR', "Je ne veux plus le reset, j'ai changé d'avis", 'negation'],
  ['no longer wanted', 'it-IT', 'Non voglio più il reset, ho cambiato idea.', 'negation'],
  ['no longer wanted', 'nl-NL', 'Ik wil niet meer dat mijn MFA gereset wordt, laat maar.', 'negation'],
  ['thinking about it', 'pt-PT', 'Estou a pensar em fazer reset ao MFA, mas talvez seja só a app.', 'clarify'],
  ['thinking about it', 'es-ES', 'Estoy pensando en resetear el MFA, tal vez sea el móvil.', 'clarify'],
  ['thinking about it', 'it-IT', "Sto pensando di resettare l'MFA, forse è solo l'app lenta.", 'clarify'],
  ['attack in English', 'es-ES', 'Me llegan avisos del Authenticator que yo no pedí desde otro país, creo que someone has my password', 'security'],
];
describeClasses('round 11 fixes, in every language', INTL, () => {
  it.each([
    ['pt-BR', 'É seguro fazer o reset do MFA aqui pelo chat?'],
    ['de-DE', 'Ist es sicher, mein MFA über diesen Bot zurückzusetzen?'],
    ['pl-PL', 'Czy to bezpieczne resetować MFA przez tego bota?'],
  ] as const)('a question whether a reset is safe is never a card: %s %s', (locale, text) => {
    expect(understand(text, { locale }).intent.type).not.toBe('reset');
  });
});

describeUnsupported('round 11: Maltese, Basque and Welsh are languages we do not support', [
  ['en-US', "Bonġu, tlift il-mowbajl tiegħi, tista' tagħmel reset tal-MFA?"],
  ['es-ES', 'Kaixo, mugikorra galdu dut, nire MFA berrezarri mesedez'],
  ['en-GB', 'Helo, dw i wedi colli fy ffôn, allwch chi ailosod fy MFA?'],
]);
