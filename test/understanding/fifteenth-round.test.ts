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
