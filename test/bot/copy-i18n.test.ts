import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../src/bot/copy/de.js';
import { en } from '../../src/bot/copy/en.js';
import { es } from '../../src/bot/copy/es.js';
import { fr } from '../../src/bot/copy/fr.js';
import { countKey, duration, t, type Locale, type Messages } from '../../src/bot/copy/index.js';
import { it as italian } from '../../src/bot/copy/it.js';
import { nl } from '../../src/bot/copy/nl.js';
import { pl } from '../../src/bot/copy/pl.js';
import { pt } from '../../src/bot/copy/pt.js';
import { describeMethod } from '../../src/bot/describe.js';
import { KINDS, type MethodKind } from '../../src/reset/catalogue.js';
import type { AuthMethod } from '../../src/reset/types.js';
import { localeOfTag, replyLocale, textsIn } from '../../src/bot/locale.js';
import { DEFAULT_HELPDESK, DEFAULT_SECURITY_CONTACT } from '../../src/config.js';
import { understand } from '../../src/understanding/index.js';
import type { Understanding, UnderstandOptions } from '../../src/understanding/types.js';
import { Chat, cardText, startTestBot, type AdaptiveCard, type TestBot } from '../helpers/bot.js';

type Other = Exclude<Locale, 'en'>;
const CATALOGUES: Record<Other, Messages> = { de, fr, es, pt, it: italian, nl, pl };
const OTHERS = Object.keys(CATALOGUES) as Other[];
const EN: Readonly<Record<string, string>> = en;

/**
 * Values a translation may share with English: formats without words, and words that are the
 * same in that language ("minute(s)" in French, "No" in Spanish and Italian). Nothing else.
 */
const SAME_AS_ENGLISH: Partial<Record<Other, readonly string[]>> = {
  fr: ['duration.minutes.one', 'duration.minutes.other'],
  es: ['card.no'],
  it: ['card.no'],
};
/** Product names Microsoft does not translate in that language: the same words are right. */
const BRANDS = ['method.microsoftAuthenticator.title', 'method.microsoftAuthenticator.word'];
for (const loc of ['de', 'it'] as const)
  SAME_AS_ENGLISH[loc] = [...(SAME_AS_ENGLISH[loc] ?? []), 'method.windowsHelloForBusiness.title', 'method.windowsHelloForBusiness.word'];
// "Password" is the Italian word too.
SAME_AS_ENGLISH.it = [...(SAME_AS_ENGLISH.it ?? []), 'method.password.word', 'method.password.title'];
// "Name" is the German word for a person's name (the helpdesk card's first fact).
SAME_AS_ENGLISH.de = [...(SAME_AS_ENGLISH.de ?? []), 'helpdesk.fact.name'];
/** Said only in English: the user wrote in a language we cannot read, so we answer in English. */
const ENGLISH_ONLY = new Set(['unsupportedLanguage']);
const wordless = (s: string) => !/\p{L}/u.test(s.replace(/\{\w+\}/g, ''));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** English function words that give away a sentence left half-translated. */
const ENGLISH_WORDS = /\b(the|your|you|please|with|which|cannot|can't|won't|again|nothing|removed)\b/i;

describe('every language has the whole catalogue', () => {
  for (const loc of OTHERS) {
    const cat: Readonly<Record<string, string | undefined>> = CATALOGUES[loc];

    it(`${loc}: has every English key, and only English keys or their .few/.many forms`, () => {
      expect(Object.keys(en).filter((k) => cat[k] === undefined && !ENGLISH_ONLY.has(k))).toEqual([]);
      const extra = Object.keys(cat).filter((k) => !(k in en));
      for (const k of extra) expect(`${k.replace(/\.(few|many)$/, '')}.other` in en, k).toBe(true);
    });

    it(`${loc}: keeps every placeholder of the English template, no more and no fewer`, () => {
      for (const [k, v] of Object.entries(cat)) {
        const source = EN[k] ?? EN[k.replace(/\.(few|many)$/, '.other')]!;
        expect(placeholders(v!), `${loc} ${k}`).toEqual(placeholders(source));
      }
    });

    it(`${loc}: leaves no English sentence untranslated`, () => {
      const allowed = new Set([...(SAME_AS_ENGLISH[loc] ?? []), ...BRANDS]);
      for (const [k, v] of Object.entries(cat)) {
        if (v!.trim() === '') throw new Error(`${loc} ${k} is empty`);
        if (v === EN[k] && !wordless(v!)) expect(allowed.has(k), `${loc} ${k} is the English text`).toBe(true);
        expect(v!.replace(/\{\w+\}/g, ''), `${loc} ${k}`).not.toMatch(ENGLISH_WORDS);
      }
    });

    it(`${loc}: every phrase it tells the user to type is one of its own commands`, () => {
      // "sagen Sie \"MFA zurücksetzen\"" must name the same phrase the help offers, so the
      // understanding has one short phrase per language to recognise (and the buttons' own names).
      const quoted = (s: string) => [...s.matchAll(/"([^"]+)"|«\u00a0([^»]+?)\u00a0»/g)].map((m) => m[1] ?? m[2]!);
      // The target's card names its own "No, this wasn't me" button: that button's title is offered too.
      const offered = new Set([...quoted(cat['commands']!), cat['card.yes']!, cat['card.no']!, cat['helpdesk.target.no']!]);
      expect(offered.size).toBeGreaterThanOrEqual(4);
      for (const [k, v] of Object.entries(cat)) for (const q of quoted(v!)) expect(offered.has(q), `${loc} ${k}: "${q}"`).toBe(true);
    });
  }
});

describe('method names', () => {
  const phone = (phoneType?: 'mobile' | 'alternateMobile' | 'office'): AuthMethod =>
    ({ id: 'p', kind: 'phone', phoneType, phoneNumber: '+1 206 555 0190' }) as AuthMethod;
  const methods: AuthMethod[] = [
    ...(Object.keys(KINDS) as MethodKind[]).filter((k) => k !== 'phone').map((kind) => ({ id: kind, kind }) as AuthMethod),
    phone('mobile'),
    phone('alternateMobile'),
    phone('office'),
    phone(),
    // A phone type Graph may add later is a "phone", never a missing key.
    { ...phone(), phoneType: 'satellite' } as unknown as AuthMethod,
  ];

  it('English without a locale, and for a point-free .map(describeMethod) (the index is no locale)', () => {
    expect(methods.map(describeMethod)).toEqual(methods.map((m) => describeMethod(m, 'en')));
    expect(describeMethod(phone('mobile'))).toEqual({ type: 'Mobile phone', detail: '+1 ••• ••• 0190', label: 'mobile phone +1 ••• ••• 0190' });
    expect(describeMethod({ ...phone(), phoneType: 'satellite' } as unknown as AuthMethod).label).toBe('phone +1 ••• ••• 0190');
  });

  it('every kind and phone type has a title and a word in every language, none left as a raw key', () => {
    for (const loc of OTHERS) {
      for (const m of methods) {
        const v = describeMethod(m, loc);
        expect(v.type, `${loc} ${m.kind}`).not.toMatch(/^method\.|\{/);
        expect(v.label, `${loc} ${m.kind}`).not.toMatch(/^method\.|\{/);
      }
      expect(describeMethod(phone('mobile'), loc).type).not.toBe('Mobile phone');
    }
    expect(describeMethod(phone('mobile'), 'de')).toEqual({ type: 'Mobiltelefon', detail: '+1 ••• ••• 0190', label: 'Mobiltelefon +1 ••• ••• 0190' });
    expect(describeMethod(phone('mobile'), 'fr').label).toBe('téléphone mobile +1 ••• ••• 0190');
  });
});

describe('plural forms', () => {
  const intro = (loc: Locale, n: number) => t(loc, countKey('card.confirm.intro.all', n), { n });

  it('Polish counts 1, 2, 5, 12, 22 with one / few / many', () => {
    expect([1, 2, 5, 12, 22].map((n) => duration('pl', n))).toEqual(['1 sekundę', '2 sekundy', '5 sekund', '12 sekund', '22 sekundy']);
    expect([2, 5, 22].map((m) => duration('pl', m * 60))).toEqual(['2 minuty', '5 minut', '22 minuty']);
    expect([1, 2, 5, 12, 22].map((n) => intro('pl', n))).toEqual([
      'Usunę z konta tę metodę MFA:',
      'Usunę z konta te 2 metody MFA:',
      'Usunę z konta te 5 metod MFA:',
      'Usunę z konta te 12 metod MFA:',
      'Usunę z konta te 22 metody MFA:',
    ]);
    expect(t('pl', countKey('card.confirm.intro.scoped', 3), { n: 3 })).toBe('Usunę tylko te 3 metody:');
  });

  it('the other languages need only one and other', () => {
    expect([1, 5, 150].map((s) => duration('de', s))).toEqual(['1 Sekunde', '5 Sekunden', '2 Minuten']);
    expect([1, 30].map((s) => duration('fr', s))).toEqual(['1 seconde', '30 secondes']);
    expect(intro('nl', 3)).toBe('Ik verwijder deze 3 MFA-methoden uit je account:');
    expect(intro('es', 1)).toBe('Quitaré este método MFA de su cuenta:');
  });

  it('a language whose rules say "many" but which gives no .many form uses .other', () => {
    // French CLDR rules put a million in "many"; fr.ts has no .many, so .other stands in.
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    expect(duration('fr', 1_000_000 * 60)).toBe('1000000 minutes');
  });

  it('without a count in {n} the .other text is used as it is', () => {
    expect(t('pl', countKey('onlyUnremovable', 5), { labels: 'a, b' })).toMatch(/^Zarejestrowane metody to a, b/);
  });
});

describe('which language the bot answers in', () => {
  const sure = (language: Locale | undefined, unsupportedLanguage = false) => ({ language, unsupportedLanguage });

  it('reads the language out of a Teams locale tag, and nothing out of anything else', () => {
    expect(['de-DE', 'de-AT', 'fr-CA', 'pt-BR', 'pt-PT', 'es-419', 'it', 'NL-nl', 'pl_PL', 'en-GB'].map(localeOfTag)).toEqual([
      'de',
      'de',
      'fr',
      'pt',
      'pt',
      'es',
      'it',
      'nl',
      'pl',
      'en',
    ]);
    for (const odd of ['ja-JP', 'sv-SE', 'deu', '', 'x'.repeat(100_000), 42, null, undefined, { locale: 'de' }]) expect(localeOfTag(odd)).toBeUndefined();
  });

  it("prefers the message's own language, then the Teams locale, then English", () => {
    expect(replyLocale('de-DE', sure(undefined))).toBe('de');
    expect(replyLocale('de-DE', sure('fr'))).toBe('fr');
    expect(replyLocale('ja-JP', sure(undefined))).toBe('en');
    expect(replyLocale(undefined)).toBe('en');
    expect(replyLocale('pl-PL')).toBe('pl');
  });

  it('answers a language we do not speak in English, whatever the locale', () => {
    expect(replyLocale('de-DE', sure(undefined, true))).toBe('en');
  });

  it("says the default contacts in the reply's language, and a configured contact as written", () => {
    const defaults = { helpdesk: DEFAULT_HELPDESK, securityContact: DEFAULT_SECURITY_CONTACT, setupUrl: 'https://aka.ms/mysecurityinfo' };
    expect(textsIn('de', defaults)).toEqual({
      helpdesk: 'Ihren IT-Service-Desk',
      securityContact: 'Ihr IT-Sicherheitsteam',
      setupUrl: 'https://aka.ms/mysecurityinfo',
    });
    expect(textsIn('en', defaults)).toEqual(defaults);
    const configured = { helpdesk: 'it-help@contoso.com', securityContact: 'soc@contoso.com' };
    for (const loc of OTHERS) expect(textsIn(loc, configured)).toEqual(configured);
  });
});

/** Per language: the Teams locale tag, the word for help, a reset request, and the card's buttons. */
const SPEAKERS: Record<Other, { tag: string; help: string; reset: string; buttons: [string, string] }> = {
  de: { tag: 'de-DE', help: 'Hilfe', reset: 'MFA zurücksetzen', buttons: ['Ja', 'Nein'] },
  fr: { tag: 'fr-FR', help: 'aide', reset: 'réinitialiser ma MFA', buttons: ['Oui', 'Non'] },
  es: { tag: 'es-ES', help: 'ayuda', reset: 'restablecer mi MFA', buttons: ['Sí', 'No'] },
  pt: { tag: 'pt-BR', help: 'ajuda', reset: 'redefinir minha MFA', buttons: ['Sim', 'Não'] },
  it: { tag: 'it-IT', help: 'aiuto', reset: 'reimposta MFA', buttons: ['Sì', 'No'] },
  nl: { tag: 'nl-NL', help: 'help', reset: 'MFA resetten', buttons: ['Ja', 'Nee'] },
  pl: { tag: 'pl-PL', help: 'pomoc', reset: 'zresetuj MFA', buttons: ['Tak', 'Nie'] },
};
/** The English names of the demo user's methods, in any case: none may show on a translated card. */
const ENGLISH_METHOD_NAMES = /\bmobile phone\b|\bemail\b/i;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const RESET_PHRASES = new Set(Object.values(SPEAKERS).map((s) => s.reset));

describe('over HTTP, each language end to end', () => {
  let bot: TestBot;
  /**
   * The real understanding, except that the reset phrases of the other languages are read as
   * clear requests whose language is left to the locale: this file tests how the bot picks and
   * speaks a language, not how the recognizer reads Polish (the understanding's own tests do).
   * "FR:" marks a message the understanding is sure is French; "??:" one in a language we lack.
   */
  const scripted = (text: string, opts?: UnderstandOptions): Understanding => {
    const base = { unsupportedLanguage: false, targets: [], explain: 'test' } as const;
    if (RESET_PHRASES.has(text)) return { ...base, intent: { type: 'reset', scope: { kind: 'all' } }, language: undefined };
    if (text.startsWith('FR:')) return { ...base, intent: { type: 'help' }, language: 'fr' };
    if (text.startsWith('OTHER:')) return { ...base, intent: { type: 'otherUser' }, language: undefined };
    if (text.startsWith('ATTACK:')) return { ...base, intent: { type: 'security', kind: 'unexpectedPrompts' }, language: undefined };
    if (text.startsWith('ASK:')) return { ...base, intent: { type: 'clarify' }, language: undefined };
    if (text.startsWith('??:')) return { ...base, intent: { type: 'unknown' }, language: undefined, unsupportedLanguage: true };
    return understand(text, opts);
  };
  beforeAll(async () => {
    bot = await startTestBot({ overrides: { understand: scripted } });
  });
  afterAll(async () => bot.stop());

  const user = () => new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: '00000000-0000-4000-8000-0000000018e0' });
  const say = (chat: Chat, text: string, locale: string) => chat.send(chat.activity({ text, locale }));
  const press = (chat: Chat, card: { id: string; card: AdaptiveCard }, title: string, locale: string) => {
    const action = card.card.actions?.find((a) => a.title === title);
    if (!action) throw new Error(`no ${title} button`);
    return chat.send(chat.activity({ text: '', value: action.data, replyToId: card.id, locale }));
  };

  for (const loc of OTHERS) {
    const s = SPEAKERS[loc];
    it(`${s.tag}: help, the confirmation card with ${s.buttons.join(' / ')}, and the result, all in ${loc}`, async () => {
      const chat = user();
      const help = await say(chat, s.help, s.tag);
      expect(help.status).toBe(200);
      expect(help.said).toContain(t(loc, 'help', { commands: t(loc, 'commands') }));
      expect(help.said).toContain(t(loc, 'demo.notice'));
      expect(help.said).not.toContain('MFA reset assistant');

      const offer = await say(chat, s.reset, s.tag);
      const card = offer.cards[0]!;
      expect(card.card.actions!.map((a) => a.title)).toEqual(s.buttons);
      const text = cardText(card.card);
      expect(text).toContain(t(loc, 'card.confirm.title.all'));
      expect(text).toContain(t(loc, 'card.confirm.warning'));
      expect(text).toContain(t(loc, 'card.confirm.expires', { expiresIn: duration(loc, bot.config.confirmation.ttlSeconds) }));
      expect(text).not.toMatch(/Reset your MFA|This cannot be undone|expires in/);
      // The method rows are named in the language too (every demo user has these three).
      for (const row of ['method.phone.mobile.title', 'method.email.title', 'method.microsoftAuthenticator.title'] as const)
        expect(text).toContain(t(loc, row));
      expect(text).not.toMatch(ENGLISH_METHOD_NAMES);

      const done = await press(chat, card, s.buttons[0], s.tag);
      expect(done.status).toBe(200);
      expect(done.said).toContain(t(loc, 'outcome.reset.title'));
      expect(done.said).not.toMatch(/Your MFA has been reset/);
      // The result names what was removed as the card did: labels pinned in the user's language.
      expect(done.said).toMatch(new RegExp(`${escapeRe(t(loc, 'method.phone.mobile.word'))} \\+1 `));
      expect(done.said).toContain(`${t(loc, 'method.email.word')} `);
      expect(done.said).not.toMatch(ENGLISH_METHOD_NAMES);
    });
  }

  it('English cards and results name the methods exactly as before', async () => {
    const chat = user();
    const card = (await say(chat, 'reset my MFA', 'en-US')).cards[0]!;
    const text = cardText(card.card);
    for (const row of ['Mobile phone', 'Email', 'Microsoft Authenticator']) expect(text).toContain(row);
    const done = await press(chat, card, 'Yes', 'en-US');
    expect(done.said).toMatch(/Removed: Microsoft Authenticator \(.+\), mobile phone \+1 [^,]+ and email \S+@contoso\.com\./);
  });

  it('"remove just one method" offers the types in the language, and the scoped card says them so', async () => {
    const chat = user();
    const ask = (await say(chat, 'ASK: ich weiß nicht', 'de-DE')).cards[0]!;
    const pick = (await press(chat, ask, t('de', 'clarify.one'), 'de-DE')).cards[0]!;
    const titles = pick.card.actions!.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Mobiltelefon', 'E-Mail', 'Microsoft Authenticator']));
    expect(titles).not.toContain('Mobile phone');
    const scoped = (await press(chat, pick, 'Mobiltelefon', 'de-DE')).cards[0]!;
    const text = cardText(scoped.card);
    expect(text).toContain('Mobiltelefon');
    expect(text).not.toMatch(ENGLISH_METHOD_NAMES);
    const done = await press(chat, scoped, 'Ja', 'de-DE');
    expect(done.said).toMatch(/Mobiltelefon \+1 /);
    expect(done.said).not.toMatch(ENGLISH_METHOD_NAMES);
  });

  it('a French message from a German Teams client is answered in French', async () => {
    const turn = await say(user(), 'FR: aide', 'de-DE');
    expect(turn.said).toContain(t('fr', 'help', { commands: t('fr', 'commands') }));
  });

  it('a message in a language we do not speak is answered in English, even from a German client', async () => {
    const turn = await say(user(), '??: hjälp', 'de-DE');
    // It says so, and names the languages it does read.
    expect(turn.said).toContain(t('en', 'unsupportedLanguage', { commands: t('en', 'commands') }));
    expect(turn.said).toMatch(/Deutsch, Français/);
  });

  it('an unconfigured help desk is named in the user\'s language, not as "your IT service desk"', async () => {
    const de = await say(user(), 'OTHER: bitte für Kim', 'de-DE');
    expect(de.said).toContain('wenden Sie sich bitte an Ihren IT-Service-Desk.');
    const pl = await say(user(), 'ATTACK: ktoś wysyła mi powiadomienia', 'pl-PL');
    expect(pl.said).toContain('zgłosić sprawę: zespół bezpieczeństwa IT.');
    expect(pl.said).not.toMatch(/your IT/);
  });

  it('a client locale we do not speak gets English', async () => {
    const turn = await say(user(), 'help', 'ja-JP');
    expect(turn.said).toContain(t('en', 'help', { commands: t('en', 'commands') }));
  });

  it('No on a Polish card closes it in Polish', async () => {
    const chat = user();
    const card = (await say(chat, SPEAKERS.pl.reset, 'pl-PL')).cards[0]!;
    const closed = await press(chat, card, 'Nie', 'pl-PL');
    expect(closed.said).toContain(t('pl', 'card.cancelled.summary'));
  });

  it('the welcome on install follows the Teams locale', async () => {
    const chat = user();
    const turn = await chat.send(chat.activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: chat.fromId }], locale: 'fr-FR' }));
    expect(turn.said).toContain(t('fr', 'welcome', { commands: t('fr', 'commands') }));
  });
});
