/**
 * Training of the intent classifier: multinomial logistic regression (softmax) with L2, plain
 * full-batch gradient descent with heavy-ball momentum, a fixed number of iterations. No
 * randomness: the same examples in the same order give the same model, byte for byte.
 *
 * Used by scripts/train-intent.ts (the committed model), scripts/cv-intent.ts (leave one corpus
 * out) and the determinism test.
 */
import { detectLanguage } from '../language.js';
import { tokenize } from '../text.js';
import { featuresOf } from './features.js';
import { CLASSES, type IntentClass, type IntentModel } from './model.js';

export interface TrainingExample {
  readonly text: string;
  readonly locale?: string;
  /** A corpus label (bench/intent-metrics.ts's Expect). */
  readonly expect: string;
}

export interface TrainingOptions {
  readonly maxFeatures: number;
  readonly minCount: number;
  readonly iterations: number;
  readonly learningRate: number;
  readonly momentum: number;
  readonly l2: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { maxFeatures: 12_000, minCount: 2, iterations: 250, learningRate: 2, momentum: 0.9, l2: 1e-4 };

/** A corpus label as a class: help, greeting and thanks are one class; unsupported is not trained on. */
function classOf(expect: string): IntentClass | undefined {
  if (expect === 'help' || expect === 'greeting' || expect === 'thanks') return 'chat';
  return (CLASSES as readonly string[]).includes(expect) ? (expect as IntentClass) : undefined;
}

const round = (x: number): number => Math.round(x * 1000) / 1000 || 0;

export function train(examples: readonly TrainingExample[], options: TrainingOptions = DEFAULT_TRAINING): IntentModel {
  const C = CLASSES.length;
  const rows: { readonly features: readonly string[]; readonly y: number }[] = [];
  for (const e of examples) {
    const cls = classOf(e.expect);
    if (cls === undefined) continue;
    const language = detectLanguage(tokenize(e.text), e.locale ?? 'en-US').language;
    rows.push({ features: featuresOf(e.text, language).features, y: CLASSES.indexOf(cls) });
  }
  // Vocabulary: the most frequent features (in how many examples), ties by code-unit order
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()]
    .filter(([, n]) => n >= options.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, options.maxFeatures)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const X = rows.map((r) => Int32Array.from(r.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const F = vocab.length;
  const N = rows.length;

  const W = new Float64Array(F * C);
  const B = new Float64Array(C);
  const VW = new Float64Array(F * C);
  const VB = new Float64Array(C);
  const GW = new Float64Array(F * C);
  const GB = new Float64Array(C);
  const p = new Float64Array(C);
  const g = new Float64Array(C);
  for (let it = 0; it < options.iterations; it++) {
    GW.fill(0);
    GB.fill(0);
    for (let n = 0; n < N; n++) {
      const x = X[n]!;
      const v = x.length === 0 ? 0 : 1 / Math.sqrt(x.length);
      for (let c = 0; c < C; c++) p[c] = B[c]!;
      for (const j of x) {
        const base = j * C;
        for (let c = 0; c < C; c++) p[c]! += W[base + c]! * v;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, p[c]!);
      let sum = 0;
      for (let c = 0; c < C; c++) {
        p[c] = Math.exp(p[c]! - max);
        sum += p[c]!;
      }
      const y = rows[n]!.y;
      for (let c = 0; c < C; c++) {
        g[c] = (p[c]! / sum - (c === y ? 1 : 0)) / N;
        GB[c]! += g[c]!;
        g[c]! *= v;
      }
      for (const j of x) {
        const base = j * C;
        for (let c = 0; c < C; c++) GW[base + c]! += g[c]!;
      }
    }
    for (let k = 0; k < F * C; k++) {
      VW[k] = options.momentum * VW[k]! - options.learningRate * (GW[k]! + options.l2 * W[k]!);
      W[k]! += VW[k]!;
    }
    for (let c = 0; c < C; c++) {
      VB[c] = options.momentum * VB[c]! - options.learningRate * GB[c]!;
      B[c]! += VB[c]!;
    }
  }
  return { format: 1, classes: [...CLASSES], features: vocab, bias: Array.from(B, round), weights: Array.from(W, round) };
}

/** The model file's text: one line, weights rounded to three decimals. */
export function serializeModel(m: IntentModel): string {
  return `${JSON.stringify(m)}\n`;
}
