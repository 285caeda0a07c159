/**
 * `npm run cv:intent`: leave-one-corpus-out cross-validation of the classifier's rescue
 * (src/understanding/classifier/index.ts). For every corpus that may be trained on (never a
 * fresh `blind*` set): train on all the others, apply the rescue to the held-out corpus's rule
 * decisions, and pool the figures: dead ends (a request with neither card nor prompt), prompts
 * (clarify) on non-requests, cards on non-requests (unchanged by design: the rescue never makes a
 * card), for the rules alone and for rules + rescue at each threshold.
 */
import { type Expect, type LabeledUtterance, corpusPath, loadCorpus, outcomeOf, trainingCorpusNames } from '../bench/intent-metrics.js';
import { rescue, scorerOf } from '../src/understanding/classifier/index.js';
import { DEFAULT_TRAINING, type TrainingOptions, train } from '../src/understanding/classifier/train.js';
import { understandRules } from '../src/understanding/index.js';
import type { Understanding } from '../src/understanding/types.js';

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9] as const;

interface Pool {
  requests: number;
  nonRequests: number;
  deadEnds: number;
  promptsOnNon: number;
  cardsOnNon: number;
  rescued: number;
  rescuedRequests: number;
  /** Rescues of non-requests, by label. */
  falseByLabel: Map<string, number>;
}

const pool = (): Pool => ({
  requests: 0,
  nonRequests: 0,
  deadEnds: 0,
  promptsOnNon: 0,
  cardsOnNon: 0,
  rescued: 0,
  rescuedRequests: 0,
  falseByLabel: new Map(),
});

function count(p: Pool, u: LabeledUtterance, got: Understanding, rescued: boolean): void {
  const out: Expect = outcomeOf(got);
  const request = u.expect === 'card' || u.expect === 'ask';
  if (request) {
    p.requests++;
    if (out !== 'card' && out !== 'ask') p.deadEnds++;
  } else {
    p.nonRequests++;
    if (out === 'ask') p.promptsOnNon++;
    if (out === 'card') p.cardsOnNon++;
  }
  if (rescued) {
    p.rescued++;
    if (request) p.rescuedRequests++;
    else p.falseByLabel.set(u.expect, (p.falseByLabel.get(u.expect) ?? 0) + 1);
  }
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

/** `-- --l2 1e-3 --iterations 300 ...`: other training options, to compare (the committed model uses the defaults). */
function options(argv: readonly string[]): TrainingOptions {
  const out: Record<string, number> = { ...DEFAULT_TRAINING };
  for (let i = 0; i + 1 < argv.length; i += 2) {
    const key = (argv[i] ?? '').replace(/^--/, '');
    if (!(key in out)) throw new Error(`unknown option ${argv[i]}; known: ${Object.keys(out).join(', ')}`);
    out[key] = Number(argv[i + 1]);
  }
  return out as unknown as TrainingOptions;
}

function main(): void {
  const started = Date.now();
  const opts = options(process.argv.slice(2));
  const names = trainingCorpusNames();
  const corpora = names.map((name) => {
    const items = loadCorpus(corpusPath(name));
    return { name, items, rules: items.map((u) => understandRules(u.text, { locale: u.locale ?? 'en-US' })) };
  });
  const rulesPool = pool();
  const rescuePools = new Map<number, Pool>(THRESHOLDS.map((t) => [t, pool()]));
  const perCorpus: string[] = [];
  for (const held of corpora) {
    const model = train(
      corpora.filter((c) => c !== held).flatMap((c) => c.items),
      opts,
    );
    const scorer = scorerOf(model);
    const before = rulesPool.deadEnds;
    const cells: string[] = [];
    held.items.forEach((u, i) => {
      const r = held.rules[i]!;
      count(rulesPool, u, r, false);
      for (const t of THRESHOLDS) {
        const got = rescue(r, u.text, t, scorer);
        count(rescuePools.get(t)!, u, got, got !== r);
      }
    });
    for (const t of THRESHOLDS) {
      const p = rescuePools.get(t)!;
      cells.push(`${t}:${p.deadEnds}/${p.promptsOnNon}`);
    }
    perCorpus.push(
      `  ${held.name.padEnd(32)} rules dead ends ${String(rulesPool.deadEnds - before).padStart(2)} | cumulative dead/prompts-on-non ${cells.join(' ')}`,
    );
  }
  console.log(
    `leave-one-corpus-out over ${corpora.length} corpora (${corpora.reduce((a, c) => a + c.items.length, 0)} lines), options ${JSON.stringify(opts)}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(perCorpus.join('\n'));
  console.log('');
  console.log(
    `${'setting'.padEnd(18)} ${'dead ends'.padStart(14)} ${'prompts on non'.padStart(16)} ${'cards on non'.padStart(14)} ${'rescues'.padStart(8)} ${'of them requests'.padStart(17)}  rescued non-requests by label`,
  );
  const row = (name: string, p: Pool): string =>
    [
      name.padEnd(18),
      `${p.deadEnds}/${p.requests} ${pct(p.deadEnds, p.requests)}`.padStart(14),
      `${p.promptsOnNon}/${p.nonRequests} ${pct(p.promptsOnNon, p.nonRequests)}`.padStart(16),
      `${p.cardsOnNon}/${p.nonRequests}`.padStart(14),
      String(p.rescued).padStart(8),
      String(p.rescuedRequests).padStart(17),
      ` ${[...p.falseByLabel.entries()]
        .sort()
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    ].join(' ');
  console.log(row('rules alone', rulesPool));
  for (const t of THRESHOLDS) console.log(row(`rules+rescue ${t}`, rescuePools.get(t)!));
}

main();
