/**
 * From raw Teams text to clauses of canonical tokens.
 *
 * 1. Bound the work: at most 12,000 raw characters (head and tail) and, after markup is gone,
 *    1,000 characters: the first 800 and the last 200, so that a retraction at the end of a long
 *    message ("... actually never mind") is still seen.
 * 2. Strip Teams @mentions (`<at>MFA Reset</at>`, content included), other HTML tags and entities.
 * 3. Lower-case, fold accents and typographic quotes, drop URLs, turn e-mail addresses into one
 *    token, split on punctuation into clauses, join hyphenated words ("multi-factor").
 * 4. Expand contractions, mark possessives ("maria's"), correct typos against the lexicon
 *    (edit distance 1 for words of 5+ letters), merge multi-word expressions ("security info").
 *
 * Every step is a single left-to-right pass or a regular expression without nested quantifiers,
 * so the time is linear in the (bounded) input; clauses are capped at 40 tokens so the rules'
 * look-around scans stay linear too.
 */
import { FuzzyIndex } from './fuzzy.js';
import { CLAUSE_WORDS, COMMON, CONTRACTIONS, FUZZY_VOCABULARY, LEXICON, NAMES, PHRASE_MAP, PHRASE_STARTS, type Concept } from './lexicon.js';

export interface Token {
  /** Canonical lower-case word ("authenticator" for "Authenticater"), or "<email>". */
  readonly w: string;
  readonly c: Concept | undefined;
  /** Written with a possessive: "maria's", "users'". */
  readonly poss: boolean;
  readonly email: boolean;
  /** In the lexicon, the name list or the common-word list (after typo correction). */
  readonly known: boolean;
}

interface Clause {
  readonly toks: readonly Token[];
  /** Ended with a question mark. */
  readonly question: boolean;
}

export interface Normalised {
  readonly clauses: readonly Clause[];
  /** Nothing but punctuation: "?" is a request for help. */
  readonly onlyQuestionMark: boolean;
}

const MAX_CLAUSE_TOKENS = 40;
const RAW_HEAD = 9_000;
const RAW_TAIL = 3_000;
const HEAD = 800;
const TAIL = 200;

const AT_MENTION = /<at\b[^<>]*>[^<]*<\/at\s*>/gi;
const TAG = /<\/?[a-z][^<>]{0,300}>/gi;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  hellip: '.',
  mdash: '.',
  ndash: '-',
};
/** Placeholder word for a person @mentioned after the start of the message. */
const MENTION = 'zzmention';
const URL_TLDS = new Set(['com', 'net', 'org', 'ms', 'io', 'co', 'uk', 'de', 'fr', 'nl', 'gov', 'edu', 'info', 'biz', 'app', 'dev', 'cloud', 'us', 'eu']);

const fuzzy = new FuzzyIndex(FUZZY_VOCABULARY);

export function normalise(input: string): Normalised {
  let s = input.length > RAW_HEAD + RAW_TAIL ? `${input.slice(0, RAW_HEAD)}\n${input.slice(-RAW_TAIL)}` : input;
  if (s.indexOf('<') >= 0) s = stripMentions(s).replace(TAG, ' ');
  if (s.indexOf('&') >= 0) s = s.replace(ENTITY, decodeEntity);
  if (s.length > HEAD + TAIL) s = `${s.slice(0, HEAD)}\n${s.slice(-TAIL)}`;
  s = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s))
    s = s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");

  const builder = new ClauseBuilder();
  let onlyPunctuation = true;
  let sawQuestion = false;
  let i = 0;
  const n = s.length;
  while (i < n) {
    // one whitespace-separated chunk at a time
    while (i < n && isSpace(s.charCodeAt(i))) {
      if (s.charCodeAt(i) === 10) builder.breakClause(false);
      i++;
    }
    const start = i;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    if (start === i) continue;
    const chunk = s.slice(start, i);
    const kind = chunkKind(chunk);
    if (kind === 'email') {
      builder.word('<email>', true);
      onlyPunctuation = false;
      const last = chunk.charCodeAt(chunk.length - 1);
      if (last === 63 /* ? */) builder.breakClause(true);
      else if (isBreak(last)) builder.breakClause(false);
      continue;
    }
    if (kind === 'url') continue;
    // letters, digits, in-word apostrophes and hyphens make words; the rest separates
    let word = '';
    for (let j = 0; j < chunk.length; j++) {
      const code = chunk.charCodeAt(j);
      if (isWordChar(code, chunk, j)) {
        word += chunk[j];
        continue;
      }
      const next = j + 1 < chunk.length ? chunk.charCodeAt(j + 1) : 0;
      if ((code === 39 /* ' */ || code === 45) /* - */ && word !== '' && isWordChar(next, chunk, j + 1)) {
        if (code === 39) word += "'";
        continue; // hyphen joins: multi-factor → multifactor
      }
      if (word !== '') {
        builder.word(word, false);
        onlyPunctuation = false;
        word = '';
      }
      if (code === 39 && word === '' && chunk.charCodeAt(j - 1) === 115 /* s */) builder.markPossessive();
      if (code === 63 /* ? */) {
        sawQuestion = true;
        builder.breakClause(true);
      } else if (isBreak(code)) builder.breakClause(false);
      else if (code === 0xd83d && (next === 0xdc4b || next === 0xde4b)) {
        builder.word('hi', false); // 👋 🙋
        onlyPunctuation = false;
      }
    }
    if (word !== '') {
      builder.word(word, false);
      onlyPunctuation = false;
    }
  }
  return { clauses: builder.finish(), onlyQuestionMark: onlyPunctuation && sawQuestion };
}

/**
 * Teams wraps every @mention in <at>…</at>. Mentions at the very start address the bot and go;
 * a mention later in the text is a person ("reset MFA for @Kim Akers") and becomes a placeholder
 * name, so that the other-person rules still see it.
 */
function stripMentions(s: string): string {
  let leading = true;
  let last = 0;
  return s.replace(AT_MENTION, (match: string, offset: number) => {
    if (leading && !/[\p{L}\p{N}]/u.test(s.slice(last, offset))) {
      last = offset + match.length;
      return ' ';
    }
    leading = false;
    return ` ${MENTION} `;
  });
}

function decodeEntity(_m: string, body: string): string {
  if (body.charCodeAt(0) === 35 /* # */) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? ' ';
}

function chunkKind(chunk: string): 'email' | 'url' | 'text' {
  const at = chunk.indexOf('@');
  if (at > 0 && chunk.indexOf('.', at) > at + 1) return 'email';
  if (chunk.startsWith('http') && chunk.includes('://')) return 'url';
  if (chunk.startsWith('www.')) return 'url';
  const dot = chunk.indexOf('.');
  if (dot > 0 && dot < chunk.length - 2) {
    if (chunk.includes('/')) return 'url';
    const bare = chunk.replace(/[^a-z0-9.]+$/, '');
    const tld = bare.slice(bare.lastIndexOf('.') + 1);
    if (URL_TLDS.has(tld) && bare.lastIndexOf('.') > 0) return 'url';
  }
  return 'text';
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x3000;
}

const LETTER = /\p{L}|\p{N}/u;
function isWordChar(code: number, s: string, j: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (code < 128 || code === 0) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false; // emoji and other astral symbols
  return LETTER.test(s[j] ?? '');
}

function isBreak(code: number): boolean {
  // . ! ; : , … — – and a lone hyphen
  return code === 46 || code === 33 || code === 59 || code === 58 || code === 44 || code === 0x2026 || code === 0x2014 || code === 0x2013 || code === 45;
}

interface MutableToken {
  w: string;
  c: Concept | undefined;
  poss: boolean;
  email: boolean;
  known: boolean;
}

/** Collects words into clauses: expands contractions, marks possessives, merges phrases. */
class ClauseBuilder {
  private readonly clauses: Clause[] = [];
  private current: MutableToken[] = [];

  word(raw: string, email: boolean): void {
    if (email) {
      this.push({ w: '<email>', c: undefined, poss: false, email: true, known: true });
      return;
    }
    const expanded = CONTRACTIONS.get(raw);
    if (expanded !== undefined) {
      for (const w of expanded) this.push(canonical(w, false));
      return;
    }
    let w = raw;
    let poss = false;
    if (w.endsWith("'s") && w.length > 2) {
      w = w.slice(0, -2);
      poss = true;
    } else if (w.includes("n't")) {
      const base = w.slice(0, w.indexOf("n't"));
      this.push(canonical(base, false));
      this.push(canonical('not', false));
      return;
    }
    if (w.includes("'")) w = w.replaceAll("'", '');
    if (w === '') return;
    // "everything but my email" is an exception, not a new clause
    if (w === 'but' && ['everything', 'all', 'anything', 'them'].includes(this.current[this.current.length - 1]?.w ?? '')) {
      this.push(canonical('except', false));
      return;
    }
    if (!poss && CLAUSE_WORDS.has(w)) {
      this.breakClause(false);
      return;
    }
    this.push(canonical(w, poss));
  }

  /** "users' phones": the apostrophe came after the word, as its own character. */
  markPossessive(): void {
    const last = this.current[this.current.length - 1];
    if (last !== undefined) last.poss = true;
  }

  breakClause(question: boolean): void {
    if (this.current.length > 0) {
      this.clauses.push({ toks: this.current, question });
      this.current = [];
    } else if (question && this.clauses.length > 0) {
      const prev = this.clauses[this.clauses.length - 1];
      if (prev !== undefined && !prev.question) this.clauses[this.clauses.length - 1] = { toks: prev.toks, question: true };
    }
  }

  finish(): Clause[] {
    this.breakClause(false);
    return this.clauses;
  }

  /** Shift-reduce phrase merging: after each push, fold the last 4, 3 or 2 tokens if they form a phrase. */
  private push(t: MutableToken): void {
    // A clause never grows past MAX_CLAUSE_TOKENS: the per-clause scans, which look around each
    // token, then cost a bounded amount per token, and the whole recognizer stays linear.
    if (this.current.length >= MAX_CLAUSE_TOKENS) this.breakClause(false);
    const out = this.current;
    out.push(t);
    for (;;) {
      const merged = this.tryMerge(4) ?? this.tryMerge(3) ?? this.tryMerge(2);
      if (merged === undefined) return;
    }
  }

  private tryMerge(k: number): string | undefined {
    const out = this.current;
    if (out.length < k) return undefined;
    const first = out[out.length - k];
    if (first === undefined || !PHRASE_STARTS.has(first.w)) return undefined;
    let key = first.w;
    for (let j = out.length - k + 1; j < out.length; j++) key += ` ${out[j]?.w ?? ''}`;
    const phrase = PHRASE_MAP.get(key);
    if (phrase === undefined) return undefined;
    const poss = out[out.length - 1]?.poss ?? false;
    out.length -= k;
    out.push(canonical(phrase, poss));
    return phrase;
  }
}

function canonical(word: string, poss: boolean): MutableToken {
  if (word === MENTION) return { w: '<mention>', c: 'name', poss, email: false, known: true };
  const c = LEXICON.get(word);
  if (c !== undefined) return { w: word, c, poss, email: false, known: true };
  if (NAMES.has(word)) return { w: word, c: 'name', poss, email: false, known: true };
  if (COMMON.has(word) || /^\d+$/.test(word)) return { w: word, c: undefined, poss, email: false, known: true };
  // "hellooo", "pleeease", "hiii": runs of three or more letters shrink to two, then to one
  if (/(.)\1\1/.test(word)) {
    const two = word.replace(/(.)\1{2,}/g, '$1$1');
    const one = word.replace(/(.)\1+/g, '$1');
    const exact = LEXICON.has(two) || NAMES.has(two) || COMMON.has(two) ? two : LEXICON.has(one) || COMMON.has(one) ? one : undefined;
    return canonical(exact ?? two, poss);
  }
  const corrected = fuzzy.lookup(word);
  if (corrected !== undefined) return { w: corrected, c: LEXICON.get(corrected), poss, email: false, known: true };
  return { w: word, c: undefined, poss, email: false, known: false };
}
