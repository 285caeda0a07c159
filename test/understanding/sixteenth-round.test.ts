import { describeClasses, describeEnglishClasses } from './class-table.js';

/**
 * The classes round 16 brought up (README "After fixing classes (sixteenth round; not a first
 * run)"), and the word-list check of the typo pass made beside it. Own paraphrases, never the
 * corpus lines.
 */
describeEnglishClasses('round 16', {
  'real words are not corrected into another concept': [
    ['the laptop is charging, ready in ten minutes', 'unknown'],
    ['just testing whether you answer', 'unknown'],
    ['I lost my passport on the trip, who do I tell?', 'unknown'],
  ],
  'a broken key said in other words': [
    ['my yubikey snapped in half, please remove it', 'reset', 'securityKey'],
    ['The hardware token got crushed under a pallet, remove it from my account please', 'reset', 'other[hardwareOath]'],
  ],
  '"need it off my account" is a removal': [
    ['security key snapped lol, need it off my account, getting a new one', 'reset', 'securityKey'],
    ['I want my old number off my account please', 'reset', 'phone'],
  ],
  'a refused removal of a described method': [
    ['i do not want the key removed from my mfa', 'negation'],
    ["I don't want my old number removed from my account", 'negation'],
    ["I don't want my old number off my account", 'negation'],
    ["I don't want the fob removed", 'negation'],
  ],
  'a thing contracted with "\'s" is not a person': [
    ["Wifi's down at the hotel and the SMS codes never arrive", 'clarify'],
    ["Bluetooth's off and my security key won't pair. Please remove it", 'reset', 'securityKey'],
  ],
  'an adversarial review of these rules: still someone else, still a question, still a request': [
    ["Xiomara's off sick, please reset the MFA", 'otherUser'],
    ['please reset the MFA for the right person, not me', 'otherUser'],
    ['reset mfa for Sterling again', 'otherUser'],
    ['if you could reset my mfa, would I lose my chats?', 'aboutMfa'],
    ['If you can reset MFA, how long does it take?', 'aboutMfa'],
    ['security key broke, IT said they need it off my account', 'clarify'],
    ['you deleted my device, restore the device', 'undo'],
    ['keep my hardware token, reset the OATH tokens', 'reset', 'other[softwareOath,hardwareOath]'],
    ["Please reset my MFA and let me know when it's done", 'reset', 'all'],
    ['Tell me what a reset does. Then reset it.', 'reset', 'all'],
    ['pls rests my mfa', 'reset', 'all'],
    ['security key broke, need it removed from my account tomorrow', 'clarify'],
    ['security key broke, IT said they need it removed from my account', 'clarify'],
    ['lost my phone, I got a text saying someone logged in, please reset my MFA', 'security'],
  ],
  'the bot addressed as the right person': [["Not sure you're the right person, but my authenticator app keeps freezing", 'clarify']],
  'a gerund after "for" is not a name': [['Sorry for bothering you. Please reset my MFA, new phone', 'reset', 'all']],
  'a hypothetical reset asked about': [
    ['If you were to reset my MFA, would I lose my Teams chats?', 'aboutMfa'],
    ['Were you to reset my MFA, would Outlook stop working?', 'aboutMfa'],
  ],
  'a polite "if you could" asks': [['If you could clear my old phone number from my account, that would be lovely', 'reset', 'phone']],
  'what a reset does, asked about': [
    ['Could you tell me whether resetting removes my passkey?', 'aboutMfa'],
    ['Please tell me what removing my authenticator would do', 'list'],
    ['let me know if you can reset my authenticator', 'reset', 'authenticator'],
  ],
  'a device restored from a backup is not an undo': [
    ['My TOTP app got wiped when I restored my phone from iCloud. Please reset that software token so I can add it again', 'reset', 'other[softwareOath]'],
  ],
  'the token of the request is the one named': [
    ['Lost my hardware token on the ferry. Please take that token off my account', 'reset', 'other[hardwareOath]'],
    ['Please remove my OATH token', 'reset', 'other[softwareOath,hardwareOath]'],
  ],
  'a reset regretted, restore asked': [["I shouldn't have had my authenticator removed. Could you put it back?", 'undo']],
  'whether their own MFA needs a reset, asked': [
    ['Got a new Pixel and the approvals stopped. Would that need resetting?', 'clarify'],
    ['the codes arrive late since I switched carriers, maybe reset? not sure', 'clarify'],
    ['The Authenticator says my account needs re-adding. Is that something you would do?', 'clarify'],
  ],
});

describeClasses('round 16, the seven other languages', [
  ['a cracked screen and an approval that cannot be given', 'pl-PL', 'pęknięty ekran, nie mogę zatwierdzić logowania', 'clarify'],
  [
    'the device keeps asking, a problem beside a request',
    'fr-FR',
    'Pouvez-vous effacer mon code PIN Windows Hello ? Le PC me demande sans cesse de le recréer.',
    'reset',
    'other',
  ],
  [
    'unexpected prompts the device keeps asking to approve',
    'fr-FR',
    "L'appli me demande sans cesse de valider des connexions que je n'ai pas faites, supprimez-la",
    'security',
  ],
  ['how many times, after a greeting', 'es-ES', 'Hola, ¿cuántas veces puedo pedir un reset del MFA?', 'aboutMfa'],
  ['how many times, after a greeting', 'it-IT', 'Buongiorno, quante volte posso fare il reset dell’MFA?', 'aboutMfa'],
]);
