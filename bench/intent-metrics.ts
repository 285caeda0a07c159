/**
 * Corpus loading and the figures of issue 12, shared by test/recognizer.test.ts and
 * bench/intent.ts (`npm run bench:intent`).
 *
 * Every corpus line: {"text", "expect", "scope"?, "lang"?, "category"?, "locale"?, "scopeOpen"?} where expect is
 * card | ask | list | security | otherUser | negation | password | undo | question | help |
 * greeting | thanks | unsupported | other. A *request* is expect card or ask.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Understanding, UnderstandOptions } from '../src/understanding/types.js';
import type { ResetScope } from '../src/understanding/types.js';

export const EXPECTS = [
  'card',
  'ask',
  'list',
  'security',
  'otherUser',
  'negation',
  'password',
  'undo',
  'question',
  'help',
  'greeting',
  'thanks',
  'unsupported',
  'other',
] as const;
export type Expect = (typeof EXPECTS)[number];

export interface LabeledUtterance {
  readonly text: string;
  readonly expect: Expect;
  readonly scope?: ResetScope;
  readonly lang?: string;
  readonly category?: string;
  /** Teams locale to pass, e.g. "de-DE"; defaults to en-US. */
  readonly locale?: string;
  /** A card whose writer left the scope open ("remove the old method"): counted, its scope not scored. */
  readonly scopeOpen?: true;
  /** 1-based line in the file. */
  readonly line: number;
}

export function corpusPath(name: string, root: string = process.cwd()): string {
  return resolve(root, 'test', 'corpus', `${name}.jsonl`);
}

/** Every corpus file name (without .jsonl), sorted: the tuning corpus first. */
export function corpusNames(root: string = process.cwd()): string[] {
  const names = readdirSync(resolve(root, 'test', 'corpus'))
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length));
  return names.sort((a, b) => (a === 'utterances' ? -1 : b === 'utterances' ? 1 : a.localeCompare(b)));
}

/** The corpora the intent classifier may be trained and cross-validated on: never a fresh held-out `blind*` set. */
export function trainingCorpusNames(root: string = process.cwd()): string[] {
  return corpusNames(root).filter((n) => !n.startsWith('blind'));
}

export function loadCorpus(path: string): LabeledUtterance[] {
  const out: LabeledUtterance[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new Error(`${path}:${i + 1}: invalid JSON`);
      }
      if (typeof parsed !== 'object' || parsed === null) throw new Error(`${path}:${i + 1}: not an object`);
      const o = parsed as Record<string, unknown>;
      if (typeof o.text !== 'string') throw new Error(`${path}:${i + 1}: "text" must be a string`);
      if (typeof o.expect !== 'string' || !(EXPECTS as readonly string[]).includes(o.expect))
        throw new Error(`${path}:${i + 1}: unknown expect ${JSON.stringify(o.expect)}`);
      if (o.scope !== undefined && (typeof o.scope !== 'object' || o.scope === null || typeof (o.scope as { kind?: unknown }).kind !== 'string')) {
        throw new Error(`${path}:${i + 1}: "scope" must be a ResetScope`);
      }
      const str = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
      const lang = str('lang');
      const category = str('category');
      const locale = str('locale');
      out.push({
        text: o.text,
        expect: o.expect as Expect,
        ...(o.scope !== undefined ? { scope: o.scope as ResetScope } : {}),
        ...(lang !== undefined ? { lang } : {}),
        ...(category !== undefined ? { category } : {}),
        ...(locale !== undefined ? { locale } : {}),
        ...(o.scopeOpen === true ? { scopeOpen: true as const } : {}),
        line: i + 1,
      });
    });
  return out;
}

/** Scopes are equal when kind, phoneType and the set of method kinds are. */
export function sameScope(a: ResetScope, b: ResetScope): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'phone' && b.kind === 'phone') return a.phoneType === b.phoneType;
  if (a.kind === 'other' && b.kind === 'other') {
    const x = new Set(a.methodKinds);
    return x.size === new Set(b.methodKinds).size && b.methodKinds.every((k) => x.has(k));
  }
  return true;
}

export function describeScope(s: ResetScope | undefined): string {
  if (s === undefined) return '-';
  if (s.kind === 'phone') return s.phoneType === undefined ? 'phone' : `phone/${s.phoneType}`;
  if (s.kind === 'other') return `other[${s.methodKinds.join(',')}]`;
  return s.kind;
}

/** What the bot will do with an Understanding, in the corpus's vocabulary. */
export function outcomeOf(u: Understanding): Expect {
  if (u.unsupportedLanguage) return 'unsupported';
  switch (u.intent.type) {
    case 'reset':
      return 'card';
    case 'clarify':
      return 'ask';
    case 'typedCancel':
      return 'negation';
    case 'aboutMfa':
      return 'question';
    case 'typedConfirm':
    case 'unknown':
      return 'other';
    default:
      return u.intent.type;
  }
}

export type Understand = (text: string, opts?: UnderstandOptions) => Understanding;

export interface Miss {
  readonly line: number;
  readonly text: string;
  readonly expected: string;
  readonly got: string;
  readonly lang: string;
  readonly category: string;
}

/** The figures of one group of utterances (a file, a language, a category). */
export interface Figures {
  readonly n: number;
  readonly correct: number;
  readonly requests: number;
  readonly cardExpected: number;
  readonly cards: number;
  readonly cardsOnCardExpected: number;
  readonly askedInstead: number;
  readonly deadEnds: number;
  readonly nonRequests: number;
  readonly cardsOnNonRequests: number;
  readonly guarded: number;
  readonly cardsOnGuarded: number;
  readonly scopeTotal: number;
  readonly scopeCorrect: number;
  readonly languageTotal: number;
  readonly languageCorrect: number;
}

const ZERO: Figures = {
  n: 0,
  correct: 0,
  requests: 0,
  cardExpected: 0,
  cards: 0,
  cardsOnCardExpected: 0,
  askedInstead: 0,
  deadEnds: 0,
  nonRequests: 0,
  cardsOnNonRequests: 0,
  guarded: 0,
  cardsOnGuarded: 0,
  scopeTotal: 0,
  scopeCorrect: 0,
  languageTotal: 0,
  languageCorrect: 0,
};

export interface Evaluation {
  readonly all: Figures;
  readonly byLang: ReadonlyMap<string, Figures>;
  readonly byCategory: ReadonlyMap<string, Figures>;
  readonly confusion: ReadonlyMap<string, number>;
  readonly misses: readonly Miss[];
  readonly scopeMisses: readonly Miss[];
}

function add(f: Figures, u: LabeledUtterance, got: Understanding): Figures {
  const out = outcomeOf(got);
  const card = out === 'card';
  const request = u.expect === 'card' || u.expect === 'ask';
  const scoped = u.expect === 'card' && card && u.scope !== undefined && got.intent.type === 'reset';
  const wantLang = u.lang !== undefined && u.lang !== '';
  const langOk = u.expect === 'unsupported' ? got.unsupportedLanguage : got.language === u.lang;
  return {
    n: f.n + 1,
    correct: f.correct + (out === u.expect ? 1 : 0),
    requests: f.requests + (request ? 1 : 0),
    cardExpected: f.cardExpected + (u.expect === 'card' ? 1 : 0),
    cards: f.cards + (card ? 1 : 0),
    cardsOnCardExpected: f.cardsOnCardExpected + (card && u.expect === 'card' ? 1 : 0),
    askedInstead: f.askedInstead + (u.expect === 'card' && out === 'ask' ? 1 : 0),
    deadEnds: f.deadEnds + (request && out !== 'card' && out !== 'ask' ? 1 : 0),
    nonRequests: f.nonRequests + (request ? 0 : 1),
    cardsOnNonRequests: f.cardsOnNonRequests + (!request && card ? 1 : 0),
    guarded: f.guarded + (u.expect === 'negation' || u.expect === 'otherUser' ? 1 : 0),
    cardsOnGuarded: f.cardsOnGuarded + ((u.expect === 'negation' || u.expect === 'otherUser') && card ? 1 : 0),
    scopeTotal: f.scopeTotal + (scoped ? 1 : 0),
    scopeCorrect: f.scopeCorrect + (scoped && got.intent.type === 'reset' && u.scope !== undefined && sameScope(u.scope, got.intent.scope) ? 1 : 0),
    languageTotal: f.languageTotal + (wantLang ? 1 : 0),
    languageCorrect: f.languageCorrect + (wantLang && langOk ? 1 : 0),
  };
}

export function evaluate(items: readonly LabeledUtterance[], understand: Understand): Evaluation {
  let all = ZERO;
  const byLang = new Map<string, Figures>();
  const byCategory = new Map<string, Figures>();
  const confusion = new Map<string, number>();
  const misses: Miss[] = [];
  const scopeMisses: Miss[] = [];
  for (const u of items) {
    const got = understand(u.text, { locale: u.locale ?? 'en-US' });
    const lang = u.lang ?? 'en';
    const category = u.category ?? u.expect;
    all = add(all, u, got);
    byLang.set(lang, add(byLang.get(lang) ?? ZERO, u, got));
    byCategory.set(category, add(byCategory.get(category) ?? ZERO, u, got));
    const out = outcomeOf(got);
    const key = `${u.expect}>${out}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    if (out !== u.expect) misses.push({ line: u.line, text: u.text, expected: u.expect, got: `${out} (${got.explain})`, lang, category });
    if (u.expect === 'card' && got.intent.type === 'reset' && u.scope !== undefined && !sameScope(u.scope, got.intent.scope)) {
      scopeMisses.push({ line: u.line, text: u.text, expected: describeScope(u.scope), got: describeScope(got.intent.scope), lang, category });
    }
  }
  return { all, byLang, byCategory, confusion, misses, scopeMisses };
}

const pct = (a: number, b: number): string => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

export const FIGURE_HEADER = `${'group'.padEnd(22)} ${'n'.padStart(4)} ${'label ok'.padStart(7)} ${'card P'.padStart(7)} ${'card R'.padStart(7)} ${'asked'.padStart(7)} ${'dead end'.padStart(8)} ${'card/non'.padStart(8)} ${'neg/oth'.padStart(7)} ${'scope'.padStart(7)} ${'lang'.padStart(7)}`;

/** One row: percentages with the counts behind the goal figures. */
export function formatFigures(name: string, f: Figures): string {
  return [
    name.padEnd(22),
    String(f.n).padStart(4),
    pct(f.correct, f.n).padStart(7),
    pct(f.cardsOnCardExpected, f.cards).padStart(7),
    pct(f.cardsOnCardExpected, f.cardExpected).padStart(7),
    pct(f.askedInstead, f.cardExpected).padStart(7),
    `${f.deadEnds}/${f.requests}`.padStart(8),
    `${f.cardsOnNonRequests}/${f.nonRequests}`.padStart(8),
    `${f.cardsOnGuarded}/${f.guarded}`.padStart(7),
    pct(f.scopeCorrect, f.scopeTotal).padStart(7),
    pct(f.languageCorrect, f.languageTotal).padStart(7),
  ].join(' ');
}

export function formatEvaluation(title: string, e: Evaluation, withMisses = true): string {
  const lines = [`== ${title}`, FIGURE_HEADER, formatFigures('all', e.all)];
  for (const [k, f] of [...e.byLang.entries()].sort()) lines.push(formatFigures(`lang ${k}`, f));
  for (const [k, f] of [...e.byCategory.entries()].sort()) lines.push(formatFigures(`cat ${k}`, f));
  if (withMisses && e.misses.length > 0) {
    lines.push('', 'not as labelled (expected > got):');
    for (const m of e.misses)
      lines.push(
        `  ${m.line} [${m.lang}/${m.category}] ${m.expected} > ${m.got}: ${JSON.stringify(m.text.length > 140 ? `${m.text.slice(0, 140)}…` : m.text)}`,
      );
  }
  if (withMisses && e.scopeMisses.length > 0) {
    lines.push('', 'wrong scope:');
    for (const m of e.scopeMisses) lines.push(`  ${m.line} [${m.lang}] expected ${m.expected}, got ${m.got}: ${JSON.stringify(m.text)}`);
  }
  return lines.join('\n');
}
