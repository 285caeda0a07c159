/**
 * Which language a message is in: function words of each supported language (and of a few common
 * unsupported ones), plus the MFA vocabulary that only one of our languages uses ("zurücksetzen",
 * "réinitialiser", and undo words such as "cofnij", so a short "undo the reset" is not read as
 * English). Scripts none of our languages use mean "unsupported" outright.
 *
 * The message's own language wins when it is clear; otherwise the Teams locale (when it is one of
 * ours); otherwise English.
 */
import { LEXICONS, UNSUPPORTED_STOPWORDS } from './lexicons/index.js';
import { PatternSet } from './matcher.js';
import type { Tokens } from './text.js';
import { LOCALES, type Locale } from './types.js';

export interface LanguageGuess {
  readonly language: Locale | undefined;
  readonly unsupported: boolean;
  /** For the debug log: how the language was chosen. */
  readonly how: string;
}

const STOP: ReadonlyMap<Locale, ReadonlySet<string>> = new Map(LOCALES.map((l) => [l, new Set(LEXICONS[l].stopwords)]));
const OTHER_STOP: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(UNSUPPORTED_STOPWORDS).map(([k, v]) => [k, new Set(v)]));

/** Vocabulary patterns that belong to exactly one of our languages. */
const DISTINCTIVE: ReadonlyMap<Locale, PatternSet> = (() => {
  const owners = new Map<string, Set<Locale>>();
  for (const l of LOCALES) {
    const x = LEXICONS[l];
    for (const p of [...x.mfa, ...x.resetVerbs, ...x.problems, ...x.device, ...x.password, ...x.thanks, ...x.greeting, ...x.undo]) {
      const set = owners.get(p) ?? new Set<Locale>();
      set.add(l);
      owners.set(p, set);
    }
  }
  return new Map(
    LOCALES.map((l) => {
      const x = LEXICONS[l];
      const own = [...x.mfa, ...x.resetVerbs, ...x.problems, ...x.device, ...x.password, ...x.thanks, ...x.greeting, ...x.undo].filter(
        (p) => owners.get(p)?.size === 1 && !p.startsWith('mfa') && p.length > 3,
      );
      return [l, new PatternSet(own)];
    }),
  );
})();

/** Every string of a lexicon (stopwords and patterns), split into words. */
function vocabulary(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(...x.split(' ').filter((w) => w !== '..' && w !== ''));
  else if (Array.isArray(x)) for (const v of x) vocabulary(v, out);
  else if (x !== null && typeof x === 'object') for (const v of Object.values(x)) vocabulary(v, out);
  return out;
}
/** The words of each language's lexicon: exact words, and the prefixes of its `*` patterns. */
const VOCAB: ReadonlyMap<Locale, { readonly exact: ReadonlySet<string>; readonly prefixes: readonly string[] }> = new Map(
  LOCALES.map((l) => {
    const words = vocabulary(LEXICONS[l]);
    return [l, { exact: new Set(words.filter((w) => !w.endsWith('*'))), prefixes: words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)) }];
  }),
);
function inVocabulary(l: Locale, w: string): boolean {
  const v = VOCAB.get(l)!;
  return v.exact.has(w) || v.prefixes.some((p) => w.startsWith(p));
}
/**
 * A short message with no word of the locale's language but a word only English of the two has
 * ("yubikey lost", "cancel", "list my 2fa methods" from a German or Italian Teams) is English; a
 * message of shared loanwords only ("reset authenticator") keeps the locale.
 */
function englishOverLocale(t: Tokens, fallback: Locale, scores: ReadonlyMap<Locale, number>): boolean {
  if (fallback === 'en' || (scores.get(fallback) ?? 0) > 0) return false;
  if ([...scores.entries()].some(([l, s]) => l !== 'en' && s > (scores.get('en') ?? 0))) return false;
  let english = 0;
  for (const { w } of t.words) {
    if (!/^[a-z]+$/.test(w)) continue;
    // a loanword both languages use ("mfa", "reset") tells nothing; a word only the locale's language has does
    const local = inVocabulary(fallback, w);
    const en = inVocabulary('en', w);
    if (local && !en) return false;
    if (en && !local) english++;
  }
  return english > 0;
}

function localeOf(locale: string | undefined): Locale | undefined {
  const base = (locale ?? '').slice(0, 2).toLowerCase();
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : undefined;
}

export function detectLanguage(t: Tokens, locale: string | undefined): LanguageGuess {
  const fallback = localeOf(locale);
  if (t.letters > 0 && t.foreignScriptLetters / t.letters > 0.4) return { language: undefined, unsupported: true, how: 'script' };

  const scores = new Map<Locale, number>();
  for (const l of LOCALES) {
    const stop = STOP.get(l)!;
    let s = 0;
    for (const w of t.words) if (stop.has(w.w)) s++;
    s += 1.5 * (DISTINCTIVE.get(l)?.matches(t.words).length ?? 0);
    scores.set(l, s);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const bestScore = best?.[1] ?? 0;

  let other = 0;
  for (const set of OTHER_STOP.values()) {
    let s = 0;
    for (const w of t.words) if (set.has(w.w)) s++;
    other = Math.max(other, s);
  }
  // a letter none of our languages writes ("deň", "ř", "ș") backs the function words of one that does
  if (other > 0) other += 1.5 * Math.min(2, t.foreignLatinLetters);
  // Swedish, Czech, Turkish ...: clearly more of their function words than of any of ours
  if (other >= 3 && other > bestScore * 1.5) return { language: undefined, unsupported: true, how: `unsupported-stopwords:${other}` };

  if (fallback !== undefined && englishOverLocale(t, fallback, scores)) return { language: 'en', unsupported: false, how: 'english-words-over-locale' };
  if (best === undefined || bestScore === 0) return { language: fallback ?? 'en', unsupported: false, how: fallback ? 'locale' : 'default' };
  // One word of another language in a short message ("ok", "hallo") is not enough to override the locale
  if (fallback !== undefined && fallback !== best[0] && bestScore < 2 && ((scores.get(fallback) ?? 0) > 0 || bestScore < 1.5)) {
    return { language: fallback, unsupported: false, how: 'weak-locale' };
  }
  const tied = ranked.filter(([, s]) => s === bestScore).map(([l]) => l);
  if (tied.length > 1) {
    if (fallback !== undefined && tied.includes(fallback)) return { language: fallback, unsupported: false, how: 'tie-locale' };
    if (tied.includes('en')) return { language: 'en', unsupported: false, how: 'tie-en' };
    return { language: tied[0], unsupported: false, how: 'tie-first' };
  }
  return { language: best[0], unsupported: false, how: `words:${bestScore}/${second?.[1] ?? 0}` };
}
