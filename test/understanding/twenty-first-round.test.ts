import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import type { MethodKind } from '../../src/reset/catalogue.js';
import { matchesScope } from '../../src/reset/scope.js';
import type { AuthMethod } from '../../src/reset/types.js';
import { describeClasses, describeEnglishClasses } from './class-table.js';

/**
 * Round 21: the classes round 21's first run brought up (README "After fixing classes (twenty-first
 * round; not a first run)"): a request corrected or narrowed inside the same message, in eight
 * languages. Own paraphrases, never the corpus lines.
 */
describeEnglishClasses('round 21', {
  'a correction names what goes': [
    ['please wipe all my mfa. actually no, only the text message number', 'reset', 'phone/mobile'],
    ['remove my security key. edit: only the Windows Hello pin, the key works, my new laptop does not', 'reset', 'other[windowsHelloForBusiness]'],
    ['Could you delete my software token? *hardware token, the one on my keyring', 'reset', 'other[hardwareOath]'],
    ['reset my mfa pls. nah not everything, only the alternate mobile', 'reset', 'phone/alternateMobile'],
    ['take off the sms number, no sorry the office line, my desk phone', 'reset', 'phone/office'],
    ['Hi, could you reset my MFA? Hmm, on second thoughts only the authenticator needs to go, texts still work', 'reset', 'authenticator'],
    ['the authenticator and my security key both need removing... no wait, just the security key, the app is fine', 'reset', 'securityKey'],
  ],
  'a correction that widens': [['Get rid of my phone number. Actually, you know what, remove everything, fresh start', 'reset', 'all']],
  'a retraction then a narrower request': [
    ['reset all my mfa. never mind, just the sms', 'reset', 'phone/mobile'],
    ['reset all my mfa. never mind.', 'negation'],
  ],
  'a correction with a refusal of its own is left to the rules': [
    ['reset everything, actually no, not the key', 'clarify'],
    ["remove my authenticator. wait, don't, the phone turned up", 'clarify'],
  ],
  'a correction to the password': [['My MFA is not working. no wait, it is my password, it expired over the weekend', 'password']],
  'what is fine after "only" asks': [['reset my mfa. actually only the sms is fine', 'clarify']],
  'a retraction told as a risk': [['Reset my MFA? ...no actually, I would rather not risk being locked out on holiday. Leave it.', 'negation']],
  "a colleague's possessive alone is someone else's": [
    ["reset my mfa, actually just reset my manager's", 'otherUser'],
    ["My son's phone broke last night, reset my MFA please", 'reset', 'all'],
  ],
  'a group request corrected is still the group': [['reset the mfa for the whole sales team, no, just the four in the north office', 'otherUser']],
  'an attack beside a withdrawn request': [['I got a sign-in alert from Jakarta. Never been. Forget the reset I asked for, this looks serious', 'security']],
  'the password is fine, the MFA is not': [['Earlier I wrote password but I meant MFA. Please reset my MFA, my password is fine.', 'reset', 'all']],
  'a plan to ask': [["I'm about to request a reset. wait, how long until I have to register again?", 'clarify']],
});

describeClasses('round 21, the seven other languages', [
  ['a correction names what goes', 'de-DE', 'Setzt bitte mein ganzes MFA zurück, nein warte, nur die Handynummer', 'reset', 'phone/mobile'],
  ['a correction names what goes', 'de-DE', 'bitte alles löschen... ach quatsch, nur die Authenticator-App, der Stick soll bleiben', 'reset', 'authenticator'],
  ['a correction names what goes', 'fr-FR', "Réinitialisez tout mon MFA, non attendez, en fait uniquement l'appli", 'reset', 'authenticator'],
  [
    'a correction names what goes',
    'fr-FR',
    'Pouvez-vous supprimer mon portable du MFA ? Euh non pardon, pas le portable, le fixe du bureau',
    'reset',
    'phone/office',
  ],
  ['a correction names what goes', 'es-ES', 'Borrad el token, perdón, quise decir el SMS', 'reset', 'phone/mobile'],
  ['a correction names what goes', 'pt-BR', 'reseta meu MFA? não pera, só o authenticator, o SMS tá funcionando', 'reset', 'authenticator'],
  ['a correction names what goes', 'nl-NL', 'Kun je mijn hele MFA resetten? Laat maar, doe toch alleen het mobiele nummer', 'reset', 'phone/mobile'],
  ['a correction names what goes', 'pl-PL', 'Zresetuj mi całe MFA... a nie, jednak tylko aplikację', 'reset', 'authenticator'],
  ['a correction keeps one', 'it-IT', 'Azzerate tutto il mio MFA? anzi, la chiavetta lasciatela, quella va. Tutto il resto via.', 'reset', 'other'],
  ['a correction to the password', 'pl-PL', 'Chciałam reset MFA, ale w sumie to problem z hasłem, wygasło wczoraj', 'password'],
  ['not the MFA, the password', 'pt-BR', 'Não é o MFA não, na verdade a senha expirou e não consigo entrar', 'password'],
  ['not the MFA, the password', 'nl-NL', 'Wacht, het is niet mijn MFA, ik ben mijn wachtwoord kwijt', 'password'],
  [
    'an attack beside a wish to reset',
    'pt-BR',
    'Chegaram várias notificações do Authenticator e eu nem tava tentando entrar. Neguei todas. Ia pedir reset',
    'security',
  ],
  ['an attack beside a wish to reset', 'fr-FR', "Je voulais réinitialiser mon appli, mais j'ai reçu un SMS avec un lien pour revalider mon MFA", 'security'],
  [
    '"Sí," is yes, not "if"',
    'es-ES',
    '¿Puedes quitar mi móvil del MFA? Espera, mejor el alternativo. Sí, solo el móvil alternativo.',
    'reset',
    'phone/alternateMobile',
  ],
  ['what to do about a problem now', 'nl-NL', 'Ik heb een nieuwe telefoon gekregen, moet ik iets doen?', 'clarify'],
  ['what to do, with a plan, is a question', 'es-ES', 'el mes que viene cambio de móvil, ¿tengo que hacer algo antes?', 'aboutMfa'],
  ['a question about the bot', 'it-IT', 'ma il bot può davvero resettare la chiavetta da solo? chiedo e basta', 'help'],
  ['a look first', 'nl-NL', 'kun je laten zien welke methodes ik heb? wil eerst checken voor ik iets laat weghalen', 'list'],
  [
    'a backup restored is not an undo',
    'de-DE',
    'neues Handy, Authenticator leer. vielleicht geht das auch mit Backup wiederherstellen? keine Ahnung',
    'clarify',
  ],
]);

const removed = (text: string, locale: string): readonly MethodKind[] | 'all' | undefined => {
  const u = understand(text, { locale });
  if (u.intent.type !== 'reset') return undefined;
  return u.intent.scope.kind === 'all' ? 'all' : u.intent.scope.kind === 'other' ? u.intent.scope.methodKinds : [];
};

describe('round 21: what the sender keeps is never removed', () => {
  it.each([
    ['de-DE', 'Bitte alle Methoden löschen außer der App'],
    ['fr-FR', "Supprimez tout sauf l'appli, je viens de la réinstaller"],
    ['es-ES', 'Borrad todo menos la app'],
    ['pt-BR', 'Apaguem tudo menos o app'],
    ['it-IT', "Cancellate tutto tranne l'app"],
    ['nl-NL', 'Verwijder alles behalve de app'],
    ['pl-PL', 'Proszę usunąć wszystkie metody oprócz aplikacji'],
  ])('%s: everything except the app keeps the Authenticator', (locale, text) => {
    const got = removed(text, locale);
    expect(Array.isArray(got), JSON.stringify(got)).toBe(true);
    expect(got).not.toContain('microsoftAuthenticator');
    expect(got).toContain('phone');
  });
  it('"o resto fica": the token asked for, nothing else', () => {
    expect(removed('Podes apagar o token de software? O resto fica.', 'pt-BR')).toEqual(['softwareOath']);
  });
  it('"…, ese déjalo como está" after "menos" keeps that method', () => {
    const got = removed('quiero resetear todo el MFA... bueno, todo menos el correo de respaldo, ese déjalo como está', 'es-ES');
    expect(Array.isArray(got), JSON.stringify(got)).toBe(true);
    expect(got).not.toContain('email');
  });
  it('everything except something the lexicon cannot name asks, never removes everything', () => {
    const u = understand('Borrad todo menos el correo, ese déjalo', { locale: 'es-ES' });
    expect(u.intent.type, u.explain).toBe('clarify');
  });
  it('"P.S. keep the key" keeps it', () => {
    const got = removed('Lost my phone on the train. Please wipe everything. P.S. my yubikey is still on my keys so maybe keep that?', 'en-GB');
    expect(Array.isArray(got), JSON.stringify(got)).toBe(true);
    expect(got).not.toContain('fido2');
  });
});

describe('round 21: a correction never makes a card on its own', () => {
  it.each([
    ['en-GB', 'I was going to ask for a reset, actually only the SMS part confuses me, how does it work?'],
    ['en-GB', "Reset my colleague's MFA. Actually, only the SMS"],
    ['en-GB', 'Someone keeps sending me MFA prompts. Actually, just remove the authenticator'],
    ['de-DE', 'Ich wollte nichts zurücksetzen, nein warte, nur eine Frage zur SMS'],
    ['fr-FR', 'Réinitialisez le MFA de mon collègue, en fait juste son appli'],
  ])('%s: %s', (locale, text) => {
    expect(understand(text, { locale }).intent.type).not.toBe('reset');
  });
});

/**
 * The adversarial review of round 21 (692 probes of its own against the build before and after):
 * what it found, pinned. Each would have removed a method the sender did not ask to remove, or made a
 * card of a story, a question or a refusal.
 */
describe('round 21, adversarial review: a correction never turns a story, a question or a refusal into a card', () => {
  it.each([
    ['en-GB', 'reset everything. never mind, just the app was slow'],
    ['en-GB', 'reset everything, nvm, only wanted to know if the SMS can be removed'],
    ['de-DE', 'Bitte alles zurücksetzen. vergiss es, nur eine Frage zur App'],
    ['fr-FR', "Réinitialisez tout. laissez tomber, juste une question sur l'appli"],
    ['pl-PL', 'Zresetuj wszystko. nieważne, tylko aplikacja się zawiesiła'],
    ['en-GB', "reset everything. actually, only the app. no wait, don't"],
    ['en-GB', 'reset everything. wait, only the sms. actually no'],
    ['de-DE', 'Bitte alles zurücksetzen, nein warte, nur die SMS. Moment, lieber gar nichts'],
  ])('%s: %s', (locale, text) => {
    const u = understand(text, { locale });
    expect(u.explain).not.toMatch(/\|correction(?::(?!unsure)\w+)?$/);
    if (u.intent.type === 'reset') expect(u.intent.scope.kind, u.explain).toBe('all');
  });
});

describe('round 21, adversarial review: what the sender says still works is never the one removed', () => {
  it.each([
    ['pt-BR', 'reseta meu MFA? não pera, só o SMS tá funcionando'],
    ['de-DE', 'Setz mein MFA zurück, nein warte, nur die SMS klappt noch'],
    ['es-ES', 'Borra todo mi MFA, espera, solo el SMS sigue funcionando'],
    ['nl-NL', 'Reset mijn MFA, nee wacht, alleen de sms doet het nog'],
    ['en-GB', 'reset my mfa, actually I only have the sms left'],
    ['en-GB', 'reset everything, actually only the app works'],
  ])('%s: %s', (locale, text) => {
    const u = understand(text, { locale });
    if (u.intent.type === 'reset') expect(u.intent.scope.kind, u.explain).toBe('all');
  });
  it('"X and the app" removes both', () => {
    const u = understand('Resetea mi MFA, perdón, solo el SMS y la app', { locale: 'es-ES' });
    expect(u.intent.type === 'reset' && u.intent.scope.kind === 'other' ? [...u.intent.scope.methodKinds].sort() : u.intent, u.explain).toEqual([
      'microsoftAuthenticator',
      'passwordlessMicrosoftAuthenticator',
      'phone',
    ]);
  });
  it('an app that a reset clause names is the one to reset, not one kept', () => {
    const u = understand('Alles außer der App funktioniert, bitte die App zurücksetzen', { locale: 'de-DE' });
    expect(u.intent.type === 'reset' && u.intent.scope.kind === 'other' && !u.intent.scope.methodKinds.includes('microsoftAuthenticator')).toBe(false);
  });
  it('Italian "lascia" is not a keep ("l\'app non mi lascia entrare")', () => {
    const u = understand("Resettate l'SMS e lasciate l'app", { locale: 'it-IT' });
    expect(u.intent.type === 'reset' ? u.intent.scope : undefined, u.explain).toEqual({ kind: 'phone', phoneType: 'mobile' });
  });
});

describe('round 21, adversarial review: whose and what', () => {
  it.each([
    ['de-DE', 'Setz mein MFA zurück, eigentlich nur die App von Anna'],
    ['fr-FR', "Réinitialisez mon MFA, en fait juste l'appli de Marie"],
    ['pl-PL', 'Zresetuj MFA, a nie, jednak tylko aplikację Marka'],
    ['en-GB', 'reset my mfa, actually, just the app, someone has my phone'],
  ])("%s: a person in the correction is never narrowed into the sender's own card: %s", (locale, text) => {
    expect(understand(text, { locale }).explain).not.toContain('|correction');
  });
  it.each([
    ['de-DE', 'Setz mein MFA zurück, ich meinte, das Passwort passt'],
    ['es-ES', 'Resetea mi MFA, perdón, la contraseña está bien'],
    ['en-GB', 'reset my mfa. actually I changed my password yesterday'],
    ['en-GB', 'reset my mfa. actually, will I need my password?'],
  ])('%s: a password said to be fine is not a correction to the password: %s', (locale, text) => {
    expect(understand(text, { locale }).intent.type).not.toBe('password');
  });
  it('"never been able to" is not a sign-in from somewhere never been', () => {
    expect(
      understand('I got a sign-in alert from Microsoft, I have never been able to set up the app, please reset my MFA', { locale: 'en-GB' }).intent.type,
    ).not.toBe('security');
    expect(understand('Got a sign-in alert from Outlook after I logged in myself', { locale: 'en-GB' }).intent.type).not.toBe('security');
  });
  it('"which methods need removing?" is a list', () => {
    expect(understand('which methods need removing?', { locale: 'en-GB' }).intent.type).toBe('list');
  });
});

describe('round 21, adversarial review: a request taken back at the end is a refusal', () => {
  it.each([
    ['it-IT', 'Resettate tutto, anzi no'],
    ['pt-BR', 'Reseta tudo, pensando bem, não'],
    ['de-DE', 'Setz mein MFA zurück... ach quatsch, alles gut'],
    ['fr-FR', 'Réinitialisez mon MFA, en fait tout va bien'],
  ])('%s: %s', (locale, text) => {
    expect(understand(text, { locale }).intent.type).toBe('negation');
  });
});

/** The guards of correction.ts a mutation run of round 21 found untested; two (the keep, the addition) are the only guard of their case. */
describe('round 21, mutation: the guards of a correction', () => {
  const scopeOf = (text: string) => {
    const u = understand(text, { locale: 'en-GB' });
    return { intent: u.intent.type, scope: u.intent.type === 'reset' ? u.intent.scope : undefined };
  };
  it('a negator in the "only" clause is never read as what goes ("wait, just not the key")', () => {
    expect(scopeOf('reset all my mfa, wait, just not the key').scope).not.toEqual({ kind: 'securityKey' });
  });
  it('a keep corrects only a request for everything ("remove my authenticator. actually keep the yubikey")', () => {
    expect(scopeOf('remove my authenticator. actually keep the yubikey')).toEqual({ intent: 'reset', scope: { kind: 'authenticator' } });
  });
  it('a retraction is corrected only by a limited request ("never mind, the sms")', () => {
    expect(scopeOf('reset all my mfa. never mind, the sms').intent).toBe('negation');
  });
  it('an addition is not a replacement ("wait, the sms too")', () => {
    expect(scopeOf('reset my yubikey. wait, the sms too').scope).not.toEqual({ kind: 'phone', phoneType: 'mobile' });
  });
});

/**
 * Every pair of methods, every English marker: "reset all my mfa. <marker>, only the X, the Y is fine" and
 * "…, the X, the Y is fine" never remove the one said to be fine, and never keep only the one asked for (the
 * inversions the review found came in this shape: a keep the lexicon inferred from the next clause).
 */
describe('round 21: a correction never inverts what goes and what stays', () => {
  const methods: Record<string, AuthMethod> = {
    'sms number': { kind: 'phone', phoneType: 'mobile' } as AuthMethod,
    'authenticator app': { kind: 'microsoftAuthenticator' } as AuthMethod,
    app: { kind: 'microsoftAuthenticator' } as AuthMethod,
    'security key': { kind: 'fido2' } as AuthMethod,
    'email method': { kind: 'email' } as AuthMethod,
    'windows hello': { kind: 'windowsHelloForBusiness' } as AuthMethod,
  };
  const cases: [string, string, string][] = [];
  for (const x of Object.keys(methods))
    for (const y of Object.keys(methods))
      if (methods[x]!.kind !== methods[y]!.kind)
        for (const marker of ['wait', 'actually no', 'edit:', 'sorry I meant'])
          for (const only of ['only the', 'the']) cases.push([`reset all my mfa. ${marker} ${only} ${x}, the ${y} is fine`, x, y]);
  it(`${cases.length} messages`, () => {
    for (const [text, x, y] of cases) {
      const u = understand(text, { locale: 'en-GB' });
      if (u.intent.type !== 'reset') continue;
      const scope = u.intent.scope;
      if (scope.kind === 'all') continue; // the rules' own answer: the card lists every method before anything goes
      expect([text, u.explain, matchesScope(methods[x]!, scope)]).toEqual([text, u.explain, true]);
      expect([text, u.explain, matchesScope(methods[y]!, scope)]).toEqual([text, u.explain, false]);
    }
  });
});

/** The same in the seven other languages: a request for everything, a correction, and one method said to work. */
describe('round 21: a correction never inverts what goes and what stays, seven languages', () => {
  const LANGS: Record<string, { loc: string; head: string; markers: string[]; only: string[]; fine: (y: string) => string; m: Record<string, MethodKind> }> = {
    de: {
      loc: 'de-DE',
      head: 'Bitte mein ganzes MFA zurücksetzen.',
      markers: ['nein warte,', 'eigentlich', 'ach quatsch,'],
      only: ['nur die', 'die'],
      fine: (y) => `die ${y} funktioniert noch`,
      m: { 'SMS-Nummer': 'phone', 'Authenticator-App': 'microsoftAuthenticator', App: 'microsoftAuthenticator', Sicherheitsschlüssel: 'fido2' },
    },
    fr: {
      loc: 'fr-FR',
      head: 'Réinitialisez tout mon MFA.',
      markers: ['non attendez,', 'en fait', 'pardon,'],
      only: ['juste le', 'le'],
      fine: (y) => `le ${y} marche encore`,
      m: { 'numéro SMS': 'phone', authenticator: 'microsoftAuthenticator', appli: 'microsoftAuthenticator', 'e-mail de secours': 'email' },
    },
    es: {
      loc: 'es-ES',
      head: 'Borrad todo mi MFA.',
      markers: ['espera,', 'mejor', 'perdón, quise decir'],
      only: ['solo el', 'el'],
      fine: (y) => `el ${y} va bien`,
      m: { 'número de móvil': 'phone', authenticator: 'microsoftAuthenticator', app: 'microsoftAuthenticator', 'token físico': 'hardwareOath' },
    },
    pt: {
      loc: 'pt-BR',
      head: 'Reseta todo o meu MFA.',
      markers: ['não pera,', 'na verdade', 'quer dizer,'],
      only: ['só o', 'o'],
      fine: (y) => `o ${y} tá funcionando`,
      m: { 'número do celular': 'phone', authenticator: 'microsoftAuthenticator', app: 'microsoftAuthenticator', 'e-mail de recuperação': 'email' },
    },
    it: {
      loc: 'it-IT',
      head: 'Resettate tutto il mio MFA.',
      markers: ['anzi,', 'aspetta,', 'cioè'],
      only: ['solo il', 'il'],
      fine: (y) => `il ${y} funziona ancora`,
      m: { 'numero di cellulare': 'phone', authenticator: 'microsoftAuthenticator', 'token hardware': 'hardwareOath' },
    },
    nl: {
      loc: 'nl-NL',
      head: 'Reset al mijn MFA.',
      markers: ['nee wacht,', 'eigenlijk', 'ik bedoel'],
      only: ['alleen de', 'de'],
      fine: (y) => `de ${y} werkt nog`,
      m: { sms: 'phone', 'authenticator-app': 'microsoftAuthenticator', app: 'microsoftAuthenticator', beveiligingssleutel: 'fido2' },
    },
    pl: {
      loc: 'pl-PL',
      head: 'Zresetuj całe moje MFA.',
      markers: ['a nie,', 'jednak', 'czekaj,'],
      only: ['tylko', ''],
      fine: (y) => `${y} działa`,
      m: { 'numer telefonu': 'phone', authenticator: 'microsoftAuthenticator', aplikacja: 'microsoftAuthenticator', 'klucz bezpieczeństwa': 'fido2' },
    },
  };
  it.each(Object.entries(LANGS))('%s', (_lang, d) => {
    let narrowed = 0;
    for (const x of Object.keys(d.m))
      for (const y of Object.keys(d.m)) {
        if (d.m[x] === d.m[y]) continue;
        for (const marker of d.markers)
          for (const only of d.only) {
            const text = `${d.head} ${marker} ${only} ${x}, ${d.fine(y)}`.replace(/\s+/g, ' ');
            const u = understand(text, { locale: d.loc });
            if (u.intent.type !== 'reset' || u.intent.scope.kind === 'all') continue;
            narrowed++;
            const method = (kind: MethodKind): AuthMethod => ({ kind, phoneType: 'mobile' }) as AuthMethod;
            expect([text, u.explain, matchesScope(method(d.m[x]!), u.intent.scope), matchesScope(method(d.m[y]!), u.intent.scope)]).toEqual([
              text,
              u.explain,
              true,
              false,
            ]);
          }
      }
    // the corrections are read at all (most are narrowed, not left at everything)
    expect(narrowed).toBeGreaterThan(10);
  });
});

describe('round 21: a keep after the method a clause asks for keeps its own object', () => {
  it.each([
    ['es-ES', 'Resetea el SMS y mantén la app'],
    ['en-GB', 'remove the sms and keep the authenticator app'],
    ['de-DE', 'Bitte die SMS löschen, die App soll bleiben'],
  ])('%s: %s removes the SMS only', (locale, text) => {
    const u = understand(text, { locale });
    expect(u.intent.type === 'reset' ? u.intent.scope : u.intent, u.explain).toEqual({ kind: 'phone', phoneType: 'mobile' });
  });
});

describe('round 21: the app kept beside a request for everything', () => {
  it.each([
    ['de-DE', 'Bitte alles löschen und die App behalten'],
    ['fr-FR', "Supprimez tout mais gardez l'appli"],
    ['es-ES', 'Borra todo y mantén la app'],
  ])('%s: %s keeps the Authenticator', (locale, text) => {
    const u = understand(text, { locale });
    const kinds = u.intent.type === 'reset' && u.intent.scope.kind === 'other' ? u.intent.scope.methodKinds : [];
    expect(kinds, u.explain).toContain('phone');
    expect(kinds).not.toContain('microsoftAuthenticator');
  });
  it('never removes everything but the app when the request names something the lexicon cannot ("la clé")', () => {
    for (const text of ["Réinitialisez la clé, gardez l'application", "Réinitialisez la clé sauf l'application"]) {
      const u = understand(text, { locale: 'fr-FR' });
      expect(u.intent.type === 'reset' && u.intent.scope.kind === 'other', u.explain).toBe(false);
    }
  });
});
