/**
 * Cost of the shared state store per operation: memory vs Azure Table Storage (Azurite on this
 * machine, in memory, over loopback HTTP). `measureState()` is for bench/run.ts; run alone with
 * `npm run build && node dist/bench/state.js`. Nothing here asserts a timing.
 *
 * Azurite is not Azure: a real account adds network distance (same-region Table calls are
 * typically a few milliseconds), so these numbers are the client's and the protocol's cost, a floor.
 */
import { pathToFileURL } from 'node:url';
import { parseStateConfig } from '../src/state/config.js';
import { createMemoryState } from '../src/state/memory.js';
import type { StatePorts } from '../src/state/ports.js';
import { createTableState } from '../src/state/table.js';
import { startAzurite } from '../test/helpers/azurite.js';

export interface OpLatency {
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface StateBenchResult {
  readonly ops: number;
  readonly azuriteStartMs: number;
  readonly memory: Record<StateOp, OpLatency>;
  readonly table: Record<StateOp, OpLatency>;
}

export type StateOp = 'claim' | 'pendingGetUpdate' | 'refPut' | 'refGet';
const OPS: readonly StateOp[] = ['claim', 'pendingGetUpdate', 'refPut', 'refGet'];
const LABELS: Record<StateOp, string> = {
  claim: 'nonce claim',
  pendingGetUpdate: 'pending get + update',
  refPut: 'conversation ref put',
  refGet: 'conversation ref get',
};

export async function measureState(ops = 500): Promise<StateBenchResult> {
  const azurite = await startAzurite();
  try {
    const config = parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: `bench${process.pid}` })!;
    const memory = await measurePorts(createMemoryState(), ops);
    const tablePorts = await createTableState({ config, sweepEveryMs: 0 });
    const table = await measurePorts(tablePorts, ops);
    await tablePorts.close();
    return { ops, azuriteStartMs: round(azurite.startMs), memory, table };
  } finally {
    await azurite.stop();
  }
}

async function measurePorts(ports: StatePorts, ops: number): Promise<Record<StateOp, OpLatency>> {
  const exp = Date.now() + 3600_000;
  const pending = ports.pending<{ step: number }>('bench');
  await pending.create('row', { step: 0 }, exp);
  const ref = { conversationId: 'a:1', serviceUrl: 'https://smba.trafficmanager.net/emea/', tenantId: 't', channelId: 'msteams', botId: '28:b', updatedAt: 0 };
  const run: Record<StateOp, (i: number) => Promise<unknown>> = {
    claim: (i) => ports.nonces.claim(`bench-${process.pid}-${i}`, exp),
    pendingGetUpdate: async (i) => {
      const cur = await pending.get('row');
      if (!cur || !(await pending.update('row', { step: i }, cur.etag))) throw new Error('bench: pending update lost a race it cannot lose');
    },
    refPut: (i) => ports.conversations.put(`user-${i % 50}`, { ...ref, updatedAt: i }),
    refGet: (i) => ports.conversations.get(`user-${i % 50}`),
  };
  const out = {} as Record<StateOp, OpLatency>;
  for (const op of OPS) {
    // Warm the connection and the JIT before measuring.
    for (let i = 0; i < 20; i++) await run[op](-1 - i);
    const times: number[] = [];
    for (let i = 0; i < ops; i++) {
      const t = performance.now();
      await run[op](i);
      times.push(performance.now() - t);
    }
    out[op] = { p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99) };
  }
  return out;
}

function percentile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return round(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function stateTable(r: StateBenchResult): string {
  const ms = (x: number) => (x < 0.01 ? '<0.01' : x.toFixed(2));
  const cell = (l: OpLatency) => `${ms(l.p50Ms)} / ${ms(l.p99Ms)}`;
  const rows = OPS.map((op) => `| ${LABELS[op]} | ${cell(r.memory[op])} | ${cell(r.table[op])} |`);
  return [
    `State store, ms per operation, p50 / p99 (${r.ops} sequential calls each; Azurite started in ${Math.round(r.azuriteStartMs)} ms)`,
    '',
    '| operation | memory | Table (Azurite) |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ops = Number(process.env.BENCH_STATE_OPS ?? 500);
  const r = await measureState(Number.isFinite(ops) && ops > 0 ? ops : 500);
  process.stdout.write(`${stateTable(r)}\n`);
}
