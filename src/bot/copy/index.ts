import type { Locale } from '../../understanding/types.js';
import { de } from './de.js';
import { en, type MessageId } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';

export type { MessageId } from './en.js';
export type { Locale } from '../../understanding/types.js';

/** A plural key's `.few` / `.many` variants (Polish "2 minuty", "5 minut"); English has none. */
type PluralBase<K> = K extends `${infer B}.other` ? B : never;
type PluralVariant = `${PluralBase<MessageId>}.${'few' | 'many'}`;

/** A language's messages: any key may be missing, and English stands in for it. */
export type Messages = Partial<Record<MessageId | PluralVariant, string>>;

/** Registered languages. A new language is one data file and one line here. */
const CATALOGUES: Partial<Record<Locale, Messages>> = { en, de, fr, es, pt, it, nl, pl };

export type Params = Readonly<Record<string, string | number>>;

/**
 * The text for `key` in `locale` (English when the language or the key is missing), with
 * `{name}` placeholders filled. A placeholder without a value stays visible rather than
 * throwing: a missing word must never cost a user their answer.
 */
export function t(locale: Locale | undefined, key: MessageId, params: Params = {}): string {
  const catalogue = CATALOGUES[locale ?? 'en'];
  const template = (catalogue && pluralVariant(catalogue, locale ?? 'en', key, params['n'])) ?? catalogue?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/**
 * For a `.other` key counted by `{n}`, the language's `.few` / `.many` form when its plural rules
 * call for one (pl: 2–4, 22–24 → few; 5–21, 25 → many); undefined means "use `.other`". Done here,
 * where the locale and the count meet, so `countKey` and `duration` keep their signatures.
 */
function pluralVariant(catalogue: Messages, locale: Locale, key: MessageId, n: string | number | undefined): string | undefined {
  if (typeof n !== 'number' || !key.endsWith('.other')) return undefined;
  const category = pluralRules(locale).select(n);
  if (category !== 'few' && category !== 'many') return undefined;
  return catalogue[`${key.slice(0, -'.other'.length)}.${category}` as PluralVariant];
}

const rules = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/** "a", "a and b", "a, b and c" in the locale's words. */
export function joinList(locale: Locale | undefined, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return t(locale, 'list.join.two', { a: items[0]!, b: items[1]! });
  return t(locale, 'list.join.many', { head: items.slice(0, -1).join(t(locale, 'list.join.sep')), last: items.at(-1)! });
}

/**
 * A lifetime in words: under two minutes in seconds ("30 seconds", "90 seconds"), otherwise in
 * whole minutes, rounded down (a card must not claim more time than it has) except for the few
 * seconds a turn takes, so a fresh 5-minute card says "5 minutes", not "4".
 */
export function duration(locale: Locale | undefined, seconds: number): string {
  const plural = pluralRules(locale ?? 'en');
  const s = Math.max(0, Math.round(seconds));
  if (s < 120) return t(locale, plural.select(s) === 'one' ? 'duration.seconds.one' : 'duration.seconds.other', { n: s });
  const m = Math.floor((s + 5) / 60);
  return t(locale, plural.select(m) === 'one' ? 'duration.minutes.one' : 'duration.minutes.other', { n: m });
}

/**
 * Pick `.one` or `.other` for a count. A language that needs more forms gives `.few` / `.many`
 * next to `.other`, and `t` picks them when the count is passed as `{n}`.
 */
export function countKey<K extends string>(base: K, n: number): `${K}.one` | `${K}.other` {
  return n === 1 ? `${base}.one` : `${base}.other`;
}
