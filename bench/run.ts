/**
 * `npm run bench`: the performance figures of issue 6 in one run, printed as one table and
 * written to bench/results/bench.json. Not part of `npm test`; nothing here asserts a timing.
 *
 * Settings (env): BENCH_SECONDS (5), BENCH_WARMUP_SECONDS (1), BENCH_ROUNDS (3),
 * BENCH_CONNECTIONS (20), BENCH_CONVERSATIONS (10000), BENCH_LATENCY_MS (50).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.js';
import { measureMemory } from './memory.js';
import { measureRecognizer } from './recognizer-time.js';
import { table, type BenchResults } from './report.js';
import { measureResetLatency, tokensPerResets } from './reset-latency.js';
import { measureStartup } from './startup.js';
import { measureStoreTurns } from './store-turns.js';
import { measureThroughput } from './throughput.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, 'bench', 'results');
mkdirSync(out, { recursive: true });
const num = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number`);
  return v;
};
const settings = {
  connections: num('BENCH_CONNECTIONS', 20),
  warmupSeconds: num('BENCH_WARMUP_SECONDS', 1),
  seconds: num('BENCH_SECONDS', 5),
};
const step = (what: string) => process.stderr.write(`bench: ${what}\n`);

const m = machine();
step('recognizer');
const recognizer = measureRecognizer(root);
step('start-up');
const startup = await measureStartup(root, 5);
step(`throughput (${num('BENCH_ROUNDS', 3)} rounds of 5 scenarios × ${settings.warmupSeconds + settings.seconds} s)`);
const throughput = await measureThroughput(settings, num('BENCH_ROUNDS', 3), out);
const conversations = num('BENCH_CONVERSATIONS', 10_000);
step(`memory (2 × ${conversations} conversations)`);
const memory = [await measureMemory('demo', conversations, 1000, out), await measureMemory('stateless', conversations, 1000, out)];
step('reset latency');
const resetLatency = await measureResetLatency(num('BENCH_LATENCY_MS', 50), 5);
step('token requests');
const tokens = await tokensPerResets(100, 10);
step('store cost per turn (memory vs Table Storage on Azurite)');
const storeTurns = await measureStoreTurns();

const results: BenchResults = { machine: m, date: new Date().toISOString(), throughput, resetLatency, tokens, startup, memory, recognizer, storeTurns };
writeFileSync(join(out, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
process.stdout.write(`${table(results)}\n\nWritten to bench/results/bench.json\n`);
