import { describeClasses, describeEnglishClasses, describeUnsupported } from './class-table.js';

/**
 * Round 19: the classes round 19's first run brought up (README "After fixing classes (nineteenth
 * round; not a first run)"). Own paraphrases, never the corpus lines.
 */
describeEnglishClasses('round 19', {
  'the newer methods by the names people give them': [
    ['please reset my QR code login, the badge got lost', 'reset', 'other[qrCodePin]'],
    ['can you revoke the one time pass the helpdesk gave me, I never used it', 'reset', 'other[temporaryAccessPass]'],
    ['my NFC key is gone, please take it off my account', 'reset', 'securityKey'],
    ['remove the passkey in my Authenticator app please, I want to add it again', 'reset', 'securityKey'],
    ['reset my passwordless phone sign-in please', 'reset', 'authenticator'],
  ],
  'a new phone beside a reset of the MFA is a request, not a phone reset': [
    ['new phone today pls reset my mfa', 'reset', 'all'],
    ['my phone got reset last night and the authenticator is empty', 'clarify'],
  ],
  'chat and dictation spellings': [
    ['cn u reset my mfa', 'reset', 'all'],
    ['can u reset my authentic hater app', 'reset', 'authenticator'],
    ['lost my phone need all my sign in stuff cleared', 'reset', 'all'],
    ['Reset my sign-in stuff please, I forgot my password', 'password'],
  ],
  '"for the … tablets" names devices, "for one of my …" people': [
    ['I forgot the PIN for the warehouse tablets, reset my QR code sign-in please', 'reset', 'other[qrCodePin]'],
    ['reset the mfa for one of my drivers please', 'otherUser'],
  ],
  '"my teams mfa" asks whose': [['please reset my teams mfa', 'clarify']],
  'a statement about an own method with no problem word asks': [
    ['my yubikey flashes once and then nothing happens', 'clarify'],
    ['My TAP shows as expired already', 'clarify'],
  ],
  '"was never set up" is how things are, not a refusal': [['Windows Hello face sign-in fails on my laptop; the fingerprint was never set up', 'clarify']],
  attacks: [
    ['my phone keeps asking me to approve a sign in and I am not even logged in anywhere', 'security'],
    ['someone used my security key while I was away, the log shows a sign-in', 'security'],
  ],
});

describeClasses('round 19, the seven other languages', [
  ['a request withdrawn after all', 'it-IT', "Vi avevo chiesto di resettare l'MFA, ma annullate pure, ho ritrovato il telefono", 'negation'],
  ['a request withdrawn after all', 'it-IT', "lasciate perdere il reset, l'app funziona di nuovo", 'negation'],
  ['a past reset wanted back', 'fr-FR', 'Vous avez tout supprimé hier, vous pouvez remettre ma clé comme avant ?', 'undo'],
  ['a past reset wanted back', 'nl-NL', 'Alles is gisteren gereset, maar kunnen mijn oude methodes terug?', 'undo'],
  ['the reset worked', 'pl-PL', 'Dzięki, reset zadziałał, wszystko śmiga', 'aboutMfa'],
  ['a phishing mail and a click', 'pl-PL', 'Przyszedł mail niby z działu IT, żebym odnowiła MFA, i kliknęłam w link', 'security'],
  [
    'a phishing SMS and a push not asked for',
    'nl-NL',
    "Ik kreeg een sms met 'klik hier om uw MFA te verlengen' en toen een melding die ik niet had aangevraagd",
    'security',
  ],
  ['show me first, then I tell you what to remove', 'it-IT', 'Fammi vedere i metodi che ho, poi ti dico cosa togliere', 'list'],
  ['show me first, then I tell you what to remove', 'es-ES', 'Enséñame qué métodos tengo y luego te digo qué borrar', 'list'],
  ['a method kept in the vosotros form', 'es-ES', 'Borrad la app Authenticator, pero dejad el correo, que ese sí funciona', 'reset', 'authenticator'],
]);

describeUnsupported('round 19, languages the bot does not support', [
  ['pl-PL', 'Najprej sem izgubila telefon, potem sem kupila novega. Prosim, ponastavite mi MFA.'],
]);
