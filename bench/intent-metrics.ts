/**
 * Corpus loading and accuracy metrics for the intent recognizer, shared by
 * test/recognizer.test.ts and bench/intent.ts (`npm run bench:intent`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Intent, IntentType, ResetScope } from '../src/bot/intent.js';

export const INTENT_TYPES: readonly IntentType[] = ['reset', 'list', 'help', 'greeting', 'otherUser', 'negation', 'aboutMfa', 'unknown'];

export interface LabeledUtterance {
  readonly text: string;
  readonly intent: IntentType;
  /** Expected scope for `reset` utterances. */
  readonly scope?: ResetScope;
  /** What the utterance exercises: typo, negation, otherUser, nearMiss, scope, mention, emoji, long, ... */
  readonly tag?: string;
  /** 1-based line in the file, for error messages. */
  readonly line: number;
}

/** test/corpus/<name>.jsonl, resolved from the repository root (the working directory of npm scripts and vitest). */
export function corpusPath(name: 'utterances' | 'holdout' | 'holdout2' | 'holdout3' | 'holdout4' | 'holdout5' | 'holdout6', root: string = process.cwd()): string {
  return resolve(root, 'test', 'corpus', `${name}.jsonl`);
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
      } catch (e) {
        throw new Error(`${path}:${i + 1}: invalid JSON (${(e as Error).message})`);
      }
      if (typeof parsed !== 'object' || parsed === null) throw new Error(`${path}:${i + 1}: not an object`);
      const o = parsed as Record<string, unknown>;
      if (typeof o.text !== 'string') throw new Error(`${path}:${i + 1}: "text" must be a string`);
      if (typeof o.intent !== 'string' || !(INTENT_TYPES as readonly string[]).includes(o.intent)) {
        throw new Error(`${path}:${i + 1}: unknown intent ${JSON.stringify(o.intent)}`);
      }
      if (o.tag !== undefined && typeof o.tag !== 'string') throw new Error(`${path}:${i + 1}: "tag" must be a string`);
      if (o.scope !== undefined && (typeof o.scope !== 'object' || o.scope === null || typeof (o.scope as { kind?: unknown }).kind !== 'string')) {
        throw new Error(`${path}:${i + 1}: "scope" must be a ResetScope`);
      }
      out.push({
        text: o.text,
        intent: o.intent as IntentType,
        ...(o.scope !== undefined ? { scope: o.scope as ResetScope } : {}),
        ...(typeof o.tag === 'string' ? { tag: o.tag } : {}),
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

export interface IntentScore {
  readonly support: number;
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Miss {
  readonly line: number;
  readonly text: string;
  readonly expected: string;
  readonly got: string;
}

export interface Evaluation {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly perIntent: Readonly<Record<IntentType, IntentScore>>;
  /** confusion[expected][predicted] = count */
  readonly confusion: Readonly<Record<IntentType, Readonly<Record<IntentType, number>>>>;
  /** Reset utterances recognised as reset: how many got the expected scope. */
  readonly scope: { readonly total: number; readonly correct: number; readonly accuracy: number };
  /** Utterances labelled or tagged negation / otherUser, and how many of them got a card (a `reset`). */
  readonly cardsOnNegationOrOtherUser: { readonly total: number; readonly cards: number };
  readonly misses: readonly Miss[];
  readonly scopeMisses: readonly Miss[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function evaluate(items: readonly LabeledUtterance[], recognize: (text: string) => Intent): Evaluation {
  const confusion = Object.fromEntries(INTENT_TYPES.map((e) => [e, Object.fromEntries(INTENT_TYPES.map((p) => [p, 0]))])) as Record<IntentType, Record<IntentType, number>>;
  const misses: Miss[] = [];
  const scopeMisses: Miss[] = [];
  let correct = 0;
  let scopeTotal = 0;
  let scopeCorrect = 0;
  let guardedTotal = 0;
  let guardedCards = 0;
  for (const u of items) {
    const got = recognize(u.text);
    confusion[u.intent][got.type]++;
    if (got.type === u.intent) correct++;
    else misses.push({ line: u.line, text: u.text, expected: u.intent, got: got.type });
    if (u.intent === 'reset' && got.type === 'reset' && u.scope !== undefined) {
      scopeTotal++;
      if (sameScope(u.scope, got.scope)) scopeCorrect++;
      else scopeMisses.push({ line: u.line, text: u.text, expected: describeScope(u.scope), got: describeScope(got.scope) });
    }
    if (u.intent === 'negation' || u.intent === 'otherUser' || u.tag === 'negation' || u.tag === 'otherUser') {
      guardedTotal++;
      if (got.type === 'reset') guardedCards++;
    }
  }
  const perIntent = Object.fromEntries(
    INTENT_TYPES.map((t) => {
      const tp = confusion[t][t];
      const support = INTENT_TYPES.reduce((s, p) => s + confusion[t][p], 0);
      const predicted = INTENT_TYPES.reduce((s, e) => s + confusion[e][t], 0);
      const precision = ratio(tp, predicted);
      const recall = ratio(tp, support);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [t, { support, predicted, precision, recall, f1 }];
    }),
  ) as Record<IntentType, IntentScore>;
  return {
    total: items.length,
    correct,
    accuracy: ratio(correct, items.length),
    perIntent,
    confusion,
    scope: { total: scopeTotal, correct: scopeCorrect, accuracy: ratio(scopeCorrect, scopeTotal) },
    cardsOnNegationOrOtherUser: { total: guardedTotal, cards: guardedCards },
    misses,
    scopeMisses,
  };
}

/** Human-readable tables: per-intent precision / recall / F1 and the confusion matrix. */
export function formatEvaluation(title: string, e: Evaluation): string {
  const lines: string[] = [];
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  const f = (x: number): string => x.toFixed(3);
  lines.push(`== ${title}: ${e.total} utterances, accuracy ${f(e.accuracy)} (${e.correct}/${e.total})`);
  lines.push('');
  lines.push(`${'intent'.padEnd(10)} ${pad('support', 7)} ${pad('precision', 9)} ${pad('recall', 7)} ${pad('F1', 6)}`);
  for (const t of INTENT_TYPES) {
    const s = e.perIntent[t];
    if (s.support === 0 && s.predicted === 0) continue;
    lines.push(`${t.padEnd(10)} ${pad(s.support, 7)} ${pad(f(s.precision), 9)} ${pad(f(s.recall), 7)} ${pad(f(s.f1), 6)}`);
  }
  lines.push('');
  const short: Record<IntentType, string> = { reset: 'reset', list: 'list', help: 'help', greeting: 'greet', otherUser: 'other', negation: 'neg', aboutMfa: 'about', unknown: 'unk' };
  lines.push(`confusion (rows: expected, columns: recognised)`);
  lines.push(`${''.padEnd(10)}${INTENT_TYPES.map((t) => pad(short[t], 6)).join('')}`);
  for (const t of INTENT_TYPES) lines.push(`${t.padEnd(10)}${INTENT_TYPES.map((p) => pad(e.confusion[t][p] || '.', 6)).join('')}`);
  lines.push('');
  lines.push(`scope accuracy (reset utterances recognised as reset): ${f(e.scope.accuracy)} (${e.scope.correct}/${e.scope.total})`);
  lines.push(`cards offered for negation / otherUser utterances: ${e.cardsOnNegationOrOtherUser.cards} of ${e.cardsOnNegationOrOtherUser.total}`);
  if (e.misses.length > 0) {
    lines.push('');
    lines.push('misrecognised:');
    for (const m of e.misses) lines.push(`  line ${m.line}: expected ${m.expected}, got ${m.got}: ${JSON.stringify(m.text.length > 100 ? `${m.text.slice(0, 100)}…` : m.text)}`);
  }
  if (e.scopeMisses.length > 0) {
    lines.push('');
    lines.push('wrong scope:');
    for (const m of e.scopeMisses) lines.push(`  line ${m.line}: expected ${m.expected}, got ${m.got}: ${JSON.stringify(m.text)}`);
  }
  return lines.join('\n');
}
