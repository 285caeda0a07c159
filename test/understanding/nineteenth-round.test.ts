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
    ['I forgot my PIN for the warehouse tablets, reset my QR code sign-in please', 'reset', 'other[qrCodePin]'],
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

/** Regressions an adversarial review of this round's rules found before they landed (own probes, pinned). */
describeEnglishClasses('round 19, adversarial review', {
  'a registered nurse is a person, not "right now"': [['cld you reset mfa for the rn on ward 4', 'otherUser']],
  'a phone reset story is not a request': [
    ['my phone is slow please reset it', 'unknown'],
    ['my phone was factory reset my authenticator is gone', 'clarify'],
  ],
  "devices as the last word only, and beside the sender's own method": [
    ['reset mfa for the tablet guys', 'otherUser'],
    ['reset the mfa for the floor tablets', 'otherUser'],
  ],
  'someone used something that is not a sign-in': [
    ['someone used my charger lol, anyway reset my mfa', 'reset', 'all'],
    ['someone used my desk phone, can you remove the office phone method', 'reset', 'phone/office'],
    ['someone used my account while I was away', 'security'],
  ],
  'not signed in, without prompts': [['im not even signed in to teams on the tablet, can you reset my authenticator', 'reset', 'authenticator']],
  '"phone sign in" beside texts or a kept app is not the Authenticator': [['reset my phone sign in but keep the authenticator app', 'clarify']],
  '"of" is not a holder': [['delete one of my phones from my mfa', 'reset', 'phone']],
});

describeClasses('round 19, adversarial review, the seven other languages', [
  ['"deja el resto" keeps the rest, not the method', 'es-ES', 'Borra el SMS y deja el resto', 'reset', 'phone/mobile'],
  ['"deja" that describes', 'es-ES', 'El cambio de móvil deja el authenticator sin cuentas, bórralo', 'reset', 'authenticator'],
  ['"then I\'ll tell you if it worked" is not a look first', 'es-ES', 'Resetea mi MFA, luego te digo si funciona', 'reset', 'all'],
  ['"then I\'ll tell you if it worked" is not a look first', 'fr-FR', 'Réinitialisez mon MFA, ensuite je vous dis si ça marche', 'reset', 'all'],
  ['"remettre à zéro" is not an undo', 'fr-FR', 'Pouvez-vous remettre ma clé de sécurité à zéro ?', 'clarify'],
  ['"annullate tutto" before a request', 'it-IT', 'Annullate tutto e ripartiamo da zero, resettate il mio MFA', 'reset', 'all'],
  [
    'a link clicked in the app is not phishing',
    'pl-PL',
    'Kliknąłem w link w aplikacji Authenticator, żeby dodać konto, i wyskoczył błąd, zresetujcie MFA',
    'reset',
    'all',
  ],
  ['"klik hier" on a setup screen is not phishing', 'nl-NL', 'Ik klik hier op volgende maar de app geeft een fout, reset mijn MFA', 'reset', 'all'],
  ['a phone not asked for is not an attack', 'nl-NL', 'Ik kreeg een nieuwe telefoon die ik niet had aangevraagd, reset mijn MFA', 'reset', 'all'],
]);
