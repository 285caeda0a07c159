import type { Locale } from '../../understanding/types.js';
import { en, type MessageId } from './en.js';

export type { MessageId } from './en.js';
export type { Locale } from '../../understanding/types.js';

/** A language's messages: any key may be missing, and English stands in for it. */
export type Messages = Partial<Record<MessageId, string>>;

/** Registered languages. A new language is one data file and one line here. */
const CATALOGUES: Partial<Record<Locale, Messages>> = { en };

export type Params = Readonly<Record<string, string | number>>;

/**
 * The text for `key` in `locale` (English when the language or the key is missing), with
 * `{name}` placeholders filled. A placeholder without a value stays visible rather than
 * throwing: a missing word must never cost a user their answer.
 */
export function t(locale: Locale | undefined, key: MessageId, params: Params = {}): string {
  const template = CATALOGUES[locale ?? 'en']?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
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
  const plural = new Intl.PluralRules(locale ?? 'en');
  const s = Math.max(0, Math.round(seconds));
  if (s < 120) return t(locale, plural.select(s) === 'one' ? 'duration.seconds.one' : 'duration.seconds.other', { n: s });
  const m = Math.floor((s + 5) / 60);
  return t(locale, plural.select(m) === 'one' ? 'duration.minutes.one' : 'duration.minutes.other', { n: m });
}

/** Pick `.one` or `.other` for a count. */
export function countKey<K extends string>(base: K, n: number): `${K}.one` | `${K}.other` {
  return n === 1 ? `${base}.one` : `${base}.other`;
}
