import { expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { type ClassCase, describeClasses, describeEnglishClasses, describeUnsupported } from './class-table.js';

/**
 * The classes the first run of round 15 found (README "After fixing classes (fifteenth round; not
 * a first run)"): look-alikes, follow-ups to a conversation the bot cannot see, stories in seven
 * languages. Own paraphrases, never the corpus lines.
 */
describeEnglishClasses('round 15', {
  'real words are not corrected into a reset verb': [
    ['remind me which phone numbers are on my account', 'list'],
    ['can you remind me what you can do?', 'help'],
    ['my recent sign-ins look fine, just curious how MFA works', 'aboutMfa'],
  ],
  'sent by mistake': [
    ["oops, cancel that, I didn't mean to ask for a reset", 'negation'],
    ['ignore my last message, I pressed it by accident and did not mean to request anything', 'negation'],
  ],
  'a remark or a past reset, asked about': [
    ['Hang on, is this thing really run by IT? Strange that a chat bot can reset MFA.', 'aboutMfa'],
    ['Last week you reset my authenticator. Did that also take away my passkey?', 'aboutMfa'],
  ],
  'a request inferred without any reset verb asks': [['So what now? My number changed and the codes still go to the old one.', 'clarify']],
  'a relative who only changed lines': [
    ["Could you drop the second mobile number from my MFA? It was my husband's phone as a backup and he's changed numbers.", 'reset', 'phone/alternateMobile'],
  ],
  'fixed by the sender: a story': [['I fixed my security key issue myself yesterday, I fixed it by re-plugging', 'aboutMfa']],
  'a shared account is not the sender’s': [['The shared front desk account needs its security key cleared, can you do that?', 'otherUser']],
  'the reset asked for once more': [['Still not working after the reset you did. Can you do it again? All of it.', 'clarify']],
  'keep one, wipe the rest': [
    [
      'Keep my YubiKey this time but wipe the rest please',
      'reset',
      'other[microsoftAuthenticator,phone,email,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]',
    ],
  ],
});

const EXCEPT_HELLO =
  'other[microsoftAuthenticator,phone,email,fido2,softwareOath,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]';
const EXCEPT_KEY =
  'other[microsoftAuthenticator,phone,email,softwareOath,windowsHelloForBusiness,temporaryAccessPass,platformCredential,externalAuthentication,qrCodePin,hardwareOath,passwordlessMicrosoftAuthenticator]';
const INTL: readonly ClassCase[] = [
  [
    'their MFA, all at once',
    'it-IT',
    'Coordino dei tecnici esterni, a tutti hanno cambiato il telefono. Vorrei che il loro metodo SMS fosse rimosso. Si può?',
    'otherUser',
  ],
  ['their MFA, all at once', 'pl-PL', 'Proszę usunąć ich numery telefonów z MFA, cała ekipa dostała nowe służbowe telefony.', 'otherUser'],
  ['a hedge', 'fr-FR', "Ma clé FIDO2 marche une fois sur deux. Je ne suis pas sûre de ce qu'il faut faire, peut-être la supprimer, peut-être pas ?", 'clarify'],
  ['someone reset it in the past', 'pl-PL', 'W zeszłym roku ktoś z IT resetował mi MFA. Czy przy resecie przez ciebie będzie przerwa?', 'aboutMfa'],
  [
    'the scope is what the request names',
    'it-IT',
    "L'app Authenticator si è corrotta. Gli SMS mi arrivano. Potresti cancellare solo la registrazione dell'app Authenticator?",
    'reset',
    'authenticator',
  ],
  [
    'the rest, beside a method kept',
    'nl-NL',
    'Mijn telefoon is gestolen. Windows Hello op mijn laptop werkt nog, dat wil ik houden. Reset de rest van mijn methodes.',
    'reset',
    'other',
  ],
  ['the rest, beside a method kept', 'de-DE', 'Der Security Key liegt noch hier, den will ich behalten. Bitte den Rest zurücksetzen.', 'reset', 'other'],
  ['phone numbers', 'pl-PL', 'Usuń proszę numery telefonów z moich metod, a resztę zostaw.', 'reset', 'phone'],
];
describeClasses('round 15 fixes, in every language', INTL, () => {
  it('keeps the method before a keep clause, and only that one', () => {
    const nl = understand('Mijn telefoon is gestolen. Windows Hello op mijn laptop werkt nog, dat wil ik houden. Reset de rest van mijn methodes.', {
      locale: 'nl-NL',
    });
    expect(nl.intent.type === 'reset' && nl.intent.scope.kind === 'other' ? `other[${nl.intent.scope.methodKinds.join(',')}]` : nl.explain).toBe(EXCEPT_HELLO);
    const de = understand('Der Security Key liegt noch hier, den will ich behalten. Bitte den Rest zurücksetzen.', { locale: 'de-DE' });
    expect(de.intent.type === 'reset' && de.intent.scope.kind === 'other' ? `other[${de.intent.scope.methodKinds.join(',')}]` : de.explain).toBe(EXCEPT_KEY);
  });
  it('never keeps a method its own clause asks to remove', () => {
    const u = understand('bitte die zweite Handynummer entfernen, die Hauptnummer soll bleiben', { locale: 'de-DE' });
    expect(u.intent.type === 'reset' ? u.intent.scope : undefined).toEqual({ kind: 'phone', phoneType: 'alternateMobile' });
  });
  it('"the rest left as it is" is not "the rest"', () => {
    const u = understand('porfa quitar solo la clave de seguridad, lo demás déjalo igual', { locale: 'es-ES' });
    expect(u.intent.type === 'reset' ? u.intent.scope : undefined).toEqual({ kind: 'securityKey' });
  });
});

describeUnsupported('round 15: Afrikaans, West Frisian, Tagalog, Vietnamese and Swahili are languages we do not support', [
  ['af-ZA', 'My foon is gister gesteel. Verwyder asseblief my ou Authenticator sodat ek dit op die nuwe foon kan byvoeg.'],
  ['en-US', 'Myn telefoan is kwyt. Kinsto asjebleaft myn MFA werom sette? Ik haw in nije.'],
  ['en-US', 'Pwede mo bang i-reset ang MFA ko? Nawala ko ang cellphone ko kahapon, salamat po.'],
  ['en-US', 'Xin chào, tôi bị mất điện thoại, bạn có thể xóa phương thức MFA cũ khỏi tài khoản của tôi được không?'],
  ['en-US', 'Habari, simu yangu imepotea. Tafadhali weka upya MFA yangu, asante.'],
]);

/**
 * An adversarial review of the round-14 and round-15 rules found messages they turned into cards
 * (own variants of its findings): the corrected request of someone else, "just asking", a request
 * told or withdrawn, a plane that took off, the Microsoft app password, "the rest" refused, a
 * negated keep, "not my account password", the sender's own request beside a shared mailbox, a
 * phone with a name. Each must stay what it is.
 */
describeEnglishClasses('adversarial review of rounds 14 and 15', {
  'never a card': [
    ["Please reset Tom's MFA, actually only the SMS one", 'otherUser'],
    ['Can you reset my colleague’s MFA? oh, just the authenticator app', 'otherUser'],
    ['Please reset my authenticator. Actually no, just asking whether you could', 'negation'],
    ['Earlier I asked you to reset my authenticator. I don’t want that anymore.', 'negation'],
    ['You offered to reset my SMS method. I don’t want that.', 'negation'],
    ['Ignore my last message about resetting my MFA, I don’t need that now', 'negation'],
    ['My flight took off before the MFA prompt came through, what now?', 'clarify'],
    ['I need the Microsoft app password reset', 'password'],
    ['Reset my sign-in stuff please, I forgot my password', 'password'],
  ],
  'never more than asked': [
    ['Could you reset my authenticator? sorry only just got your message', 'reset', 'authenticator'],
    ['Reset my authenticator please. Oh, only if it doesn’t delete my passkey', 'reset', 'authenticator'],
    ['Please remove my old phone number. Sorry, just so you know, the authenticator is on that phone too', 'reset', 'phone'],
    ["My personal mobile number is on there. I don't want to keep it. Please remove it", 'clarify', 'phone/mobile'],
    ['Please reset my phone number instead of the authenticator', 'reset', 'phone'],
    ['Remove the SMS rather than the authenticator app', 'reset', 'phone/mobile'],
    ['Can I use the authenticator instead of the SMS?', 'aboutMfa'],
  ],
  'the sender’s own request stays theirs': [
    ['Please reset my MFA, I also use the authenticator for our shared reception mailbox', 'reset', 'all'],
    ['My MFA needs a reset, actually my password is also expired', 'reset', 'all'],
    ['Reset my authenticator please. No, not my account password, the MFA', 'clarify'],
  ],
});

const REVIEW_INTL: readonly ClassCase[] = [
  ['"the rest" refused', 'es-ES', 'Quita mi número viejo pero el resto no', 'reset', 'phone'],
  ['"the rest" refused', 'fr-FR', 'Supprimez mon ancien numéro mais pas le reste', 'reset', 'phone'],
  ['"the rest" refused', 'it-IT', "Per favore eliminate l'app Authenticator dal mio account ma il resto no.", 'reset', 'authenticator'],
  ['"the rest" refused', 'pt-BR', 'Remova o Authenticator mas o resto não', 'reset', 'authenticator'],
  ['instead of', 'de-DE', 'Bitte meine Handynummer statt der Authenticator-App entfernen.', 'reset', 'phone/mobile'],
  ['instead of', 'fr-FR', "Supprimez mon numéro de téléphone au lieu de l'application Authenticator, s'il vous plaît.", 'reset', 'phone'],
  ['instead of', 'es-ES', 'Por favor, borra mi número de teléfono en lugar de la app Authenticator.', 'reset', 'phone'],
  ['instead of', 'pl-PL', 'Usuń mój numer telefonu zamiast aplikacji Authenticator.', 'reset', 'phone'],
  ['a phone with a name', 'es-ES', 'Hola, mi móvil nuevo se llama Redmi Note, necesito restablecer mi MFA', 'reset', 'all'],
  ['a phone with a name', 'de-DE', 'Mein neues Handy heißt Galaxy S24, bitte mein MFA zurücksetzen', 'reset', 'all'],
];
describeClasses('adversarial review of rounds 14 and 15, in every language', REVIEW_INTL);
