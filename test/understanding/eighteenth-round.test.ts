import { describe, expect, it } from 'vitest';
import { readScreens } from '../../src/understanding/en/screens.js';
import { understand } from '../../src/understanding/index.js';
import type { ResetScope } from '../../src/understanding/types.js';
import { describeClasses, describeEnglishClasses, describeUnsupported } from './class-table.js';

/**
 * Round 18: the classes round 18's first run brought up (README "After fixing classes (eighteenth
 * round; not a first run)"). Own paraphrases, never the corpus lines.
 */
describeEnglishClasses('round 18', {
  'a screen pasted alone, or with no ask, is MFA trouble: ask': [
    ['"Help us protect your account"', 'clarify'],
    ['AADSTS50079', 'clarify'],
    ["it just says 'We didn't hear from you' and goes back to the start", 'clarify'],
    ['AADSTS50074: Strong Authentication is required. The user must complete MFA to access this application.', 'clarify'],
  ],
  "a screen's own words are not the sender's request": [
    ["If I skip 'Update your security info' again, what happens? how long until it's forced", 'aboutMfa'],
    ["> Let's keep your account secure\nBefore anything else, which methods are on my account?", 'list'],
  ],
  'a screen pasted beside a request: the request decides': [
    ['"We couldn\'t verify your identity" every single time. Please wipe my methods, new phone.', 'reset', 'all'],
    ['AADSTS50076: please reset my MFA, I got a new phone', 'reset', 'all'],
  ],
  'a password screen is a password answer': [['"Your password has expired" came up and I have no clue what the old one was', 'password']],
  'an alert or an attack told through a pasted screen': [
    ["Got 'Unusual sign-in activity' from Brazil. Wasn't me.", 'security'],
    ['A mail that looked like IT, I clicked it and entered my password on the page. Now I am worried', 'security'],
    ['There is a mobile number on my security info ending 9921, definitely not mine', 'security'],
  ],
  'a shared device signs in more than one person': [
    ['please reset the MFA on the shared ward phone, every nurse on nights uses it', 'otherUser'],
    ['can you clear the authenticator on the team tablet in the warehouse', 'otherUser'],
    ['my authenticator is on the communal phone, please reset my MFA', 'reset', 'all'],
  ],
  'a method refused by a pointing word is kept; the whole MFA asked for is everything else': [
    [
      'My YubiKey still works, please do not touch it. Reset everything else.',
      'reset',
      'other[microsoftAuthenticator,phone,email,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]',
    ],
    [
      'I use Windows Hello every day so do not touch that. Please reset all my other MFA methods.',
      'reset',
      'other[microsoftAuthenticator,phone,email,fido2,softwareOath,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]',
    ],
    ['please do not touch it', 'negation'],
  ],
  'a past reset asked about is a question': [
    ['you reset my MFA yesterday and now it asks me to set things up again - is that normal after a reset?', 'aboutMfa'],
    ["Marcus said my authenticator was reset last week and I don't remember asking for one. Could you tell me who did it?", 'aboutMfa'],
  ],
  'a reset that removed too much, wanted back, is an undo': [
    ['last week I asked for a reset and my Windows Hello was removed too. Could you restore it?', 'undo'],
  ],
  'a device on its way back is not an undo': [
    ["my old phone is going back to the leasing company tomorrow, and the new one's authenticator asks for a QR code", 'clarify'],
  ],
  "the former address beside the current one is the sender's own": [
    ['my email is now ana.silva@contoso.com instead of ana.costa@contoso.com and the authenticator stopped working', 'clarify'],
  ],
  'only the personal account left in the app is the work account missing': [
    ['the authenticator on my new phone shows only my personal Outlook, the work one has vanished', 'clarify'],
  ],
});

describeClasses('round 18, the seven other languages', [
  ['a shared device', 'pl-PL', 'zresetujcie MFA na telefonie dyżurnym, korzysta z niego cała zmiana', 'otherUser'],
  ['a shared device', 'de-DE', 'Bitte das MFA am Stationshandy zurücksetzen, das nutzen alle Pfleger', 'otherUser'],
  ['a shared device', 'it-IT', 'potete resettare il MFA sul telefono di reparto? lo usiamo in tanti', 'otherUser'],
  ["an attack in the language's own words", 'de-DE', 'Drei Anfragen im Authenticator, dabei hab ich mich nirgends angemeldet', 'security'],
  ["an attack in the language's own words", 'fr-FR', "un type m'a appelé en se présentant comme le helpdesk pour avoir mon code", 'security'],
  ["an attack in the language's own words", 'es-ES', 'me llegó un SMS raro que dice que pinche en un enlace para no perder el MFA', 'security'],
  ["an attack in the language's own words", 'nl-NL', 'er staat een onbekend telefoonnummer bij mijn methodes, iemand heeft dat toegevoegd', 'security'],
  ["an attack in the language's own words", 'pl-PL', 'dzwonił ktoś, że jest z działu IT i kazał mi zatwierdzić logowanie w aplikacji', 'security'],
  ['the app asking for a code is not an attack', 'fr-FR', "l'appli m'a demandé le code trois fois ce matin, c'est normal ?", 'clarify'],
  [
    '"the rest, you don\'t touch" beside a request',
    'fr-FR',
    "Supprimez mon numéro de portable s'il vous plaît. Le reste, vous n'y touchez pas.",
    'reset',
    'phone/mobile',
  ],
  ['"se faz favor" is please', 'pt-PT', 'Podem remover a chave de segurança antiga, se faz favor?', 'reset', 'securityKey'],
  ['"cada cuánto" opens a question', 'es-MX', '¿Cada cuánto hay que volver a registrar el Authenticator?', 'aboutMfa'],
  ['codes that come too late are a problem, doubted', 'nl-NL', 'Ik twijfel of ik moet resetten, de sms-code komt altijd te laat', 'clarify'],
  ['a method said to be fine is kept', 'de-AT', 'Bitte nur die Authenticator-App zurücksetzen, die Nummer passt eh', 'reset', 'authenticator'],
  ['a method said to be fine is kept', 'it-IT', "Resettami solo l'Authenticator? Il numero è sempre lo stesso.", 'reset', 'authenticator'],
]);

describe('round 18: text pasted from a sign-in screen', () => {
  it('describes each kind of screen, and leaves a message without one untouched', () => {
    expect(readScreens('More information required').found).toEqual(['setup']);
    expect(readScreens('> Enter the number shown to sign in').found).toEqual(['prompt']);
    expect(readScreens("'Your password has expired'").found).toEqual(['password']);
    expect(readScreens('Unusual sign-in activity').found).toEqual(['alert']);
    const plain = 'please reset my MFA, my phone is gone';
    expect(readScreens(plain)).toEqual({ text: plain, found: [] });
  });

  it("never swallows the sender's own words after an error code", () => {
    const { text } = readScreens('AADSTS50076: I need my authenticator reset please');
    expect(text).toContain('I need my authenticator reset please');
  });

  it('names the screen in explain', () => {
    expect(understand('AADSTS50076', { locale: 'en-US' }).explain).toContain('screen:error');
  });

  it('keeps the refused method out of the card in every case', () => {
    const scope = understand('My security key works, do not touch it. Reset everything else please.', { locale: 'en-GB' }).intent as {
      scope?: ResetScope;
    };
    expect(scope.scope?.kind).toBe('other');
    expect(scope.scope?.kind === 'other' ? scope.scope.methodKinds : []).not.toContain('fido2');
  });
});

describeEnglishClasses('round 18, scope', {
  '"whole" of something that is not MFA is not everything': [
    ['we moved our whole office last week and the desk phones were renumbered. Please remove the office phone from my methods', 'reset', 'phone/office'],
    ['reset my whole mfa please', 'reset', 'all'],
  ],
  'the rest of the MFA beside a method kept leaves the kept one out': [
    [
      "My security key still works and I'd like to keep it. Please reset the rest of my MFA.",
      'reset',
      'other[microsoftAuthenticator,phone,email,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]',
    ],
    ['please remove only the office phone number, leave everything else', 'reset', 'phone/office'],
  ],
  'a third-party authenticator is a software token': [['please remove the third-party authenticator from my account', 'reset', 'other[softwareOath]']],
});

/** Regressions an adversarial review of this round's rules found before they landed (own probes, pinned). */
describeEnglishClasses('round 18, adversarial review', {
  'a method refused anywhere is never in a whole-MFA card': [
    [
      "Don't touch my YubiKey. Reset all my MFA",
      'reset',
      'other[microsoftAuthenticator,phone,email,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]',
    ],
    [
      'My Yubikey works, leave it alone. Please reset all my MFA.',
      'reset',
      'other[microsoftAuthenticator,phone,email,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]',
    ],
    [
      "I lost my phone. Don't remove my security key. Reset all my MFA",
      'reset',
      'other[microsoftAuthenticator,phone,email,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]',
    ],
  ],
  "the sender's own words after an error code are read": [
    ["AADSTS50076: User must use MFA. Don't reset anything, just explain what this is", 'negation'],
    ["AADSTS50076: user must use MFA. Reset his MFA, he's on leave", 'otherUser'],
    ['AADSTS500121: Authentication failed during strong authentication request. Hacked? someone keeps trying', 'security'],
  ],
  "a screen phrase said in the sender's own words is not a screen": [
    ["I can't use my Microsoft Authenticator app right now, delete it but leave my SMS", 'reset', 'authenticator'],
  ],
  'an attack told beside a pasted screen is still an attack': [
    ['"We couldn\'t sign you in" then I got a push I did not request', 'security'],
    ['I got "Approve sign-in request" from Moscow, I\'m in London', 'security'],
  ],
  'a password screen with the MFA asked for too': [['"Your password has expired" - can you reset MFA too?', 'reset', 'all']],
  'a personal account alone is still not ours': [
    ['Only my personal Gmail needs the 2FA reset', 'unknown'],
    ['Apart from my personal Google account, reset nothing', 'unknown'],
  ],
  "someone else's address after 'used to be' stays someone else's": [
    ['My email is boss@contoso.com. Reset MFA for the mailbox that used to be sales@contoso.com', 'otherUser'],
  ],
  'a shared device only as the object of the reset': [['I registered the team phone for MFA by mistake, please remove it from my account', 'reset', 'phone']],
  '"only" something unnamed is never everything': [['please reset only the app, the number is fine', 'clarify']],
});

describeClasses('round 18, adversarial review, the seven other languages', [
  [
    'a negated attack word is not an attack',
    'de-DE',
    'Das ist kein Angriff, ich habe nur ein neues Handy, bitte Authenticator zurücksetzen',
    'reset',
    'authenticator',
  ],
  ['a negated attack word is not an attack', 'fr-FR', "Ce n'est pas une attaque, j'ai juste perdu mon téléphone, réinitialisez mon MFA", 'reset', 'all'],
  ['a negated attack word is not an attack', 'pl-PL', 'To nie atak, po prostu zgubiłem telefon, zresetuj moje MFA', 'reset', 'all'],
  ['another sense of the attack word', 'it-IT', "La chiavetta non entra più nell'attacco USB del portatile, resettatela", 'reset', 'securityKey'],
  ['another sense of the attack word', 'es-MX', 'Qué pinche lata con el MFA, reinícialo por favor', 'reset', 'all'],
  [
    'not signed in anywhere because the phone broke',
    'de-DE',
    'Ich bin nirgends angemeldet, weil mein Handy kaputt ist, bitte MFA zurücksetzen',
    'reset',
    'all',
  ],
  ['calling from an unknown number', 'nl-NL', 'Ik bel vanaf een onbekend telefoonnummer omdat mijn gsm kapot is, reset mijn MFA', 'reset', 'all'],
  ['a caller who asked for the code', 'fr-FR', "Quelqu'un au téléphone m'a demandé mon code de vérification", 'security'],
]);

describeUnsupported('round 18, languages the bot does not support', [['es-ES', 'Bon dia, he perdut el mòbil. Em podeu restablir el MFA, si us plau?']]);
