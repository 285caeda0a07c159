/**
 * `npm run bench:intent`: the figures of issue 12 for every corpus in test/corpus/, per file, per
 * language and per category: label accuracy, card precision / recall, "asked instead" rate, dead
 * ends (a request with neither a card nor a clarify prompt), cards on non-requests, cards for
 * negation / other-user messages, scope accuracy, language accuracy, and time per message.
 * Writes the same figures to bench/results/intent.json.
 *
 * `npm run bench:intent -- blind` runs only the files whose name starts with "blind": the fresh
 * blind sets, never run against the recogniser before (`blind3-*.jsonl` next). Sets that have been
 * tuned on are named `tuned-*` (`-- tuned` runs those); the generalisation figure comes from fresh
 * sets only.
 * Paths are resolved from the working directory (the repository root under npm).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { understand } from '../src/understanding/index.js';
import {
  type Evaluation,
  FIGURE_HEADER,
  type Figures,
  type LabeledUtterance,
  corpusNames,
  corpusPath,
  evaluate,
  formatEvaluation,
  formatFigures,
  loadCorpus,
} from './intent-metrics.js';

/** A sink so the JIT cannot drop calls whose result is unused. */
let sink = 0;

interface Timing {
  readonly meanMicros: number;
  readonly slowestMicros: number;
  readonly timed: number;
}

function time(items: readonly LabeledUtterance[]): Timing {
  const run = (): void => {
    for (const u of items) sink += understand(u.text, { locale: u.locale ?? 'en-US' }).explain.length;
  };
  for (let i = 0; i < 20; i++) run(); // warm-up: let the JIT compile the hot paths
  const rounds = Math.max(10, Math.ceil(50_000 / Math.max(1, items.length)));
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) run();
  const elapsed = Number(process.hrtime.bigint() - start);
  let slowest = 0;
  for (const u of items) {
    const s = process.hrtime.bigint();
    for (let i = 0; i < 50; i++) sink += understand(u.text, { locale: u.locale ?? 'en-US' }).explain.length;
    slowest = Math.max(slowest, Number(process.hrtime.bigint() - s) / 50);
  }
  return { meanMicros: elapsed / (rounds * items.length) / 1000, slowestMicros: slowest / 1000, timed: rounds * items.length };
}

function figuresJson(f: Figures): Record<string, number> {
  return { ...f };
}

function summary(e: Evaluation, t: Timing): Record<string, unknown> {
  return {
    all: figuresJson(e.all),
    byLang: Object.fromEntries([...e.byLang.entries()].map(([k, v]) => [k, figuresJson(v)])),
    byCategory: Object.fromEntries([...e.byCategory.entries()].map(([k, v]) => [k, figuresJson(v)])),
    confusion: Object.fromEntries(e.confusion),
    microsPerMessage: { mean: Math.round(t.meanMicros * 100) / 100, slowest: Math.round(t.slowestMicros * 100) / 100, timed: t.timed },
    misses: e.misses,
    scopeMisses: e.scopeMisses,
  };
}

function main(): void {
  const only = process.argv[2];
  const results: Record<string, unknown> = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  };
  const overview: string[] = [];
  for (const name of corpusNames()) {
    if (only !== undefined && !name.startsWith(only)) continue;
    const items = loadCorpus(corpusPath(name));
    const e = evaluate(items, understand);
    const t = time(items);
    console.log(formatEvaluation(`${name} (test/corpus/${name}.jsonl)`, e));
    console.log(
      `time per message: ${t.meanMicros.toFixed(1)} µs mean over ${t.timed} messages after warm-up; slowest message ${t.slowestMicros.toFixed(1)} µs\n`,
    );
    overview.push(`${formatFigures(name, e.all)} ${t.meanMicros.toFixed(1).padStart(6)} µs`);
    results[name] = summary(e, t);
  }
  // All blind sets together: the per-language and per-category rows the goals are about
  const blind = corpusNames().filter((n) => n.startsWith('blind') && (only === undefined || n.startsWith(only)));
  if (blind.length > 1) {
    const items = blind.flatMap((n) => loadCorpus(corpusPath(n)));
    const e = evaluate(items, understand);
    console.log(formatEvaluation(`all blind sets together (${blind.join(', ')})`, e, false));
    console.log('');
    overview.push(formatFigures('blind, all', e.all));
    results.blindAll = summary(e, time(items));
  }
  console.log(
    '== overview (card P = cards that were requests labelled card; dead end = request with neither card nor prompt; card/non = cards on non-requests; neg/oth = cards on negation / other-user)',
  );
  console.log(`${FIGURE_HEADER}   time`);
  for (const line of overview) console.log(line);
  const dir = resolve(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'intent.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote bench/results/intent.json${sink < 0 ? '' : ''}`);
}

main();
