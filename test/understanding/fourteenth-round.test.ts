import { expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { type ClassCase, describeClasses, describeEnglishClasses, describeUnsupported } from './class-table.js';

/**
 * The classes the first run of round 14 found (README "After fixing classes (fourteenth round; not
 * a first run)"): methods named by what they look like, messages that carry more than one thing,
 * other people named in seven languages. Own paraphrases, never the corpus lines.
 */
describeEnglishClasses('round 14', {
  'a method named by what it looks like': [
    ['lost the small blue key on my keyring, remove it please', 'reset', 'securityKey'],
    ['please take off the face login, it never recognises me', 'reset', 'other[windowsHelloForBusiness]'],
    ['please reset the microsoft app on my account', 'reset', 'authenticator'],
    ['can you remove the email code option from my sign-in', 'reset', 'email'],
    ['the google one needs removing please, I only use the Microsoft app now', 'reset', 'other[softwareOath]'],
    ['my old keyfob with the numbers on the screen died, please delete it off my login', 'reset', 'other[hardwareOath]'],
    [
      'remove everything except the app please',
      'reset',
      'other[phone,email,fido2,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath]',
    ],
  ],
  'which one is not said: ask, never a whole-reset card': [['please remove one of my verify things, the broken one', 'clarify']],
  'a request corrected in the same message': [
    ['clear all my methods, actually no, only the text one. the app works', 'reset', 'phone/mobile'],
    ['Could you wipe my MFA? Actually just the YubiKey, I left it on a plane.', 'reset', 'securityKey'],
    ['remove my phone and the authenticator... wait, the phone is fine, just the authenticator please', 'reset', 'authenticator'],
    // a story corrected is not a request
    ['I reset my phone yesterday, actually just the settings', 'clarify'],
  ],
  'corrected to someone else': [['Please reset my MFA. Oops, not mine, my colleague’s, she is next to me', 'otherUser']],
  'the password is what is asked now': [
    ['Thanks for resetting my MFA yesterday. Now I need a password reset, it says my account is locked', 'password'],
    ['i need the mfa reset... actually i think i typed my password wrong five times and now it is locked', 'password'],
    ['please reset my mfa, and my password too', 'reset', 'all'],
  ],
  'a method no longer wanted, removed': [
    ['delete my email method please, I don’t want it on there anymore', 'reset', 'email'],
    ['could you reset my 2fa? hmm actually I don’t need it anymore', 'negation'],
  ],
  'the sender introduced by name and address': [
    ['Tom from logistics here (tom.baker@contoso.com). Please reset my authenticator, my colleague Jo had the same issue', 'reset', 'authenticator'],
  ],
  'a relative’s old number on the sender’s account': [
    ["there is a second number on my account, it's my husband's old number. please remove that second number", 'reset', 'phone/alternateMobile'],
  ],
  'trouble on the screen, told not asked: ask': [
    ["It keeps saying 'Enter the number shown' but there is no number in the app on my phone", 'clarify'],
    ["'Approve sign-in?' shows on my phone, I tap approve and the laptop just keeps waiting", 'clarify'],
    ["I wiped the authenticator app by accident. Now teams wants me to approve and I can't", 'clarify'],
    ['Picked up a replacement phone from my supervisor this morning. The authenticator is still on the old one which goes back on Monday.', 'clarify'],
  ],
  'a prompt while the sender did nothing': [['it says approve sign-in request but I didnt do anything, I was in bed', 'security']],
});

const INTL: readonly ClassCase[] = [
  ['a person named in the third person', 'es-ES', 'Necesito que restablezcas el MFA de una compañera nueva, se llama Lucía Pérez.', 'otherUser'],
  ['a person named in the third person', 'it-IT', "Puoi resettare l'MFA a Marco Bianchi del magazzino?", 'otherUser'],
  ['a person named in the third person', 'pl-PL', 'Czy możesz zresetować MFA dla pana Jana Nowaka z magazynu?', 'otherUser'],
  ['a person named in the third person', 'de-DE', 'Kannst du das MFA einer Kollegin zurücksetzen? Ihr Name ist Anna Berg, sie sitzt im Lager.', 'otherUser'],
  ['the rest left as it is', 'es-ES', 'porfa quitar solo la clave de seguridad, lo demás déjalo igual', 'reset', 'securityKey'],
  ['the rest left as it is', 'de-DE', 'Bitte nur die SMS-Methode entfernen, den Rest so lassen.', 'reset', 'phone/mobile'],
  ['the rest left as it is', 'pl-PL', 'Usuń tylko aplikację Authenticator, resztę zostaw.', 'reset', 'authenticator'],
  ['the rest left as it is', 'fr-FR', 'Supprimez seulement ma clé de sécurité, laissez le reste.', 'reset', 'securityKey'],
  ['a retraction word inside a problem', 'pl-PL', 'Mam kłopot z MFA, kody SMS przychodzą z opóźnieniem i są już nieważne.', 'clarify'],
  ['a hedge across the comma', 'de-DE', 'Weiß nicht, ob ich einen Reset brauche, aber die SMS-Codes kommen seit gestern nicht mehr an.', 'clarify'],
  ['push notifications that stopped', 'de-DE', 'Die Push-Benachrichtigungen kommen auf dem Tablet nicht mehr an.', 'clarify'],
];
describeClasses('round 14 fixes, in every language', INTL, () => {
  it('"me llamo" and "ik heet" name the sender, not someone else', () => {
    expect(understand('Hola, me llamo Diego Romero, por favor restablece mi MFA, perdí el móvil.', { locale: 'es-ES' }).intent.type).toBe('reset');
    expect(understand('Hoi, ik heet Jan de Vries, wil mijn MFA resetten, telefoon kwijt.', { locale: 'nl-NL' }).intent.type).not.toBe('otherUser');
  });
  it('"déjalo como está" on its own still refuses', () => {
    expect(understand('No, déjalo como está, gracias.', { locale: 'es-ES' }).intent.type).toBe('negation');
  });
});

describeUnsupported('round 14: Slovenian is a language we do not support', [['en-US', 'Zdravo, prosim ponastavite moj MFA, imam nov telefon.']]);
