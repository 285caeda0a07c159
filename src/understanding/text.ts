/**
 * Language-neutral tokenisation for the lexicon engine: bounded input, Teams markup removed,
 * lower-cased, accents folded (so lexicons are written without them and "zurücksetzen",
 * "zurucksetzen" and "zuruecksetzen" all match "zurucksetz*"), split into clauses of words.
 *
 * Linear in the (bounded) input: one regular-expression pass per step, no nested quantifiers.
 */

export interface Word {
  /** Folded lower-case word, "<email>" or "<mention>". */
  readonly w: string;
  readonly clause: number;
  /** Inside "quotes": a phrase the sender quotes is not one they say. */
  readonly quoted: boolean;
}

export interface Tokens {
  readonly words: readonly Word[];
  /** Clauses ending with a question mark. */
  readonly questionClauses: ReadonlySet<number>;
  /** Clauses that continue a sentence (after a comma, colon or dash), not start one. */
  readonly continuedClauses: ReadonlySet<number>;
  /** E-mail addresses, lower-cased, in order. */
  readonly emails: readonly string[];
  /** Names of people @mentioned after the start of the message. */
  readonly mentions: readonly string[];
  /** Letters of scripts none of our languages use (Cyrillic, CJK, Arabic, ...), and all letters. */
  readonly foreignScriptLetters: number;
  /** Latin letters none of our languages use (ř, ň, ș, ø …): evidence for an unsupported language beside its function words. */
  readonly foreignLatinLetters: number;
  readonly letters: number;
}

const RAW_MAX = 1_200;
/** Words kept for the lexicon engine: the first 70 and the last 30 (a late "never mind" counts). */
const MAX_WORDS = 400;
const HEAD_WORDS = 70;
const TAIL_WORDS = 30;
const AT_MENTION = /<at\b[^<>]*>([^<]*)<\/at\s*>/gi;
const TAG = /<\/?[a-z][^<>]{0,300}>/gi;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,7});/gi;
// Guest UPNs carry `#EXT#` (kim_fabrikam.com#EXT#@contoso.com); `$`, `'` and `&` are valid too.
export const EMAIL = /[a-z0-9._%+#$'&-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24}/gi;
const URL = /\b(?:https?:\/\/|www\.)\S{1,2000}/gi;
/** Scripts used by none of the eight languages. */
const FOREIGN = /[\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;
const LETTER = /\p{L}/gu;
/** Latin letters none of our eight languages write (Czech ř ů ě, Slovak ľ ň ť ď, Romanian ș ț ă, Danish ø å æ, Turkish ı ğ ş, Hungarian ő ű, Croatian đ …). */
const FOREIGN_LATIN = /[ýÝľĺŕďťňěřůșțşţăőűøåæðþığđčšžėįųūāēīķļņģĽĹŔĎŤŇĚŘŮȘȚŞŢĂŐŰØÅÆÐÞİĞĐČŠŽĖĮŲŪĀĒĪĶĻŅĢ]/gu;
const FOLD: Readonly<Record<string, string>> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd' };

function fold(s: string): string {
  let out = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(out)) return out;
  out = out.replace(/[łßøæœđ]/g, (c) => FOLD[c] ?? c);
  return out.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Round 9: what speech-to-text and spelled-out letters make of MFA words ("em eff ay", "m.f.a.",
 * "s m s", "to factor", "authentic Cater", "pass word") and spoken punctuation ("period new line"):
 * the words they stand for. Shared by the tokenizer and the English rules' rewrite.
 */
const DICTATED: readonly (readonly [RegExp, string])[] = [
  [/\bem+\s*-?\s*eff?\s*-?\s*ay\b/gi, 'mfa'],
  [/\b[mM]\.?\s?[fF]\.?\s?[aA]\b\.?/g, 'MFA'],
  [/\b[sS]\.?\s[mM]\.?\s[sS]\b\.?/g, 'SMS'],
  [/\b(?:to|too)[- ]factor\b/gi, 'two factor'],
  [/\bauthentic\s+(?:cater|cater's|kater|gator|ator)\b/gi, 'authenticator'],
  [/\bpass\s+word(s?)\b/gi, 'password$1'],
  // "my Hello PIN": Windows Hello, not a greeting
  [/\b(my|the|our|mein|meine|mon|ma|mi|meu|minha|mio|mia|mijn|moj|moja)\s+hello[\s-]+(pin|face|fingerprint|sign-?in|login|camera)\b/gi, '$1 windows hello $2'],
  [/\b(?:full stop|period|comma|question mark|exclamation mark|new line|new paragraph)\b/gi, ' . '],
];
export function undictate(s: string): string {
  let out = s;
  for (const [re, to] of DICTATED) out = out.replace(re, to);
  return out;
}

export function tokenize(input: string): Tokens {
  let s = undictate(input.length > RAW_MAX ? `${input.slice(0, 900)}\n${input.slice(-300)}` : input);
  const mentions: string[] = [];
  let leading = true;
  s = s.replace(AT_MENTION, (_m: string, name: string, offset: number) => {
    // a mention at the very start addresses the bot; a later one names a person
    if (leading && !/[\p{L}\p{N}]/u.test(s.slice(0, offset).replace(AT_MENTION, ''))) return ' ';
    leading = false;
    mentions.push(name.trim());
    return ' zzmention ';
  });
  s = s.replace(TAG, ' ').replace(ENTITY, ' ').replace(URL, ' ');
  const emails: string[] = [];
  s = s.replace(EMAIL, (m: string) => {
    emails.push(m.toLowerCase());
    return ' zzemail ';
  });
  const foreignScriptLetters = (s.match(FOREIGN) ?? []).length;
  const letters = (s.match(LETTER) ?? []).length;
  const foreignLatinLetters = (s.match(FOREIGN_LATIN) ?? []).length;
  s = fold(s);

  const words: Word[] = [];
  const questionClauses = new Set<number>();
  const continuedClauses = new Set<number>();
  let clause = 0;
  let quoted = false;
  let squote = false;
  let current = '';
  const flush = (): void => {
    if (current === '') return;
    if (words.length < MAX_WORDS) {
      const w = current === 'zzemail' ? '<email>' : current === 'zzmention' ? '<mention>' : current;
      words.push({ w, clause, quoted });
    }
    current = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    const code = ch.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code > 127 && /\p{L}/u.test(ch))) {
      current += ch;
      continue;
    }
    // "multi-factor", "2-step", "e-mail": a hyphen inside a word joins it
    if (ch === '-' && current !== '' && /[a-z0-9]/.test(s[i + 1] ?? '')) continue;
    flush();
    // single quotes: an opening one after a space, a closing one before a non-letter ("users'" is
    // a possessive only when no quote is open)
    if (
      (ch === "'" || ch === '\u2018' || ch === '\u2019') &&
      current === '' &&
      !squote &&
      /\p{L}/u.test(s[i + 1] ?? '') &&
      (i === 0 || /[\s([]/.test(s[i - 1] ?? ''))
    ) {
      flush();
      squote = true;
      quoted = true;
      continue;
    }
    if ((ch === "'" || ch === '\u2019') && squote && !/\p{L}/u.test(s[i + 1] ?? '')) {
      flush();
      squote = false;
      quoted = false;
      continue;
    }
    if (ch === '"' || ch === '\u201c' || ch === '\u201d' || ch === '\u00ab' || ch === '\u00bb' || ch === '\u201e') quoted = !quoted;
    // an emoji ends a thought in chat ("the app is empty 😅 can you reset?")
    else if (code >= 0xd800 && code <= 0xdbff) clause++;
    else if (ch === '?') {
      questionClauses.add(clause);
      clause++;
    } else if (ch === '.' || ch === '!' || ch === ';' || ch === '\n' || ch === ',' || ch === ':' || ch === '\u2026' || ch === '\u2014' || ch === '\u2013') {
      if (ch === '\n' || ch === '.' || ch === '!' || ch === ';') {
        quoted = false;
        squote = false;
      }
      clause++;
      if (ch === ',' || ch === ':' || ch === '\u2014' || ch === '\u2013') continuedClauses.add(clause);
    }
  }
  flush();
  const kept = words.length > HEAD_WORDS + TAIL_WORDS ? [...words.slice(0, HEAD_WORDS), ...words.slice(-TAIL_WORDS)] : words;
  return { words: kept, questionClauses, continuedClauses, emails, mentions, foreignScriptLetters, foreignLatinLetters, letters };
}
