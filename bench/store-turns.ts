/**
 * What the shared state store costs a turn: the help turn, the card turn ("reset my MFA") and
 * the Yes turn, with memory state and with Azure Table Storage (Azurite on this machine), through
 * the whole bot over HTTP. Reports the median wall time per turn and the store calls each turn
 * waits on. `measureStoreTurns()` is for bench/run.ts; run alone with
 * `npm run build && node dist/bench/store-turns.js`. Nothing here asserts a timing.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseStateConfig } from '../src/state/config.js';
import { createMemoryState } from '../src/state/memory.js';
import type { StatePorts } from '../src/state/ports.js';
import { createTableState } from '../src/state/table.js';
import { startAzurite } from '../test/helpers/azurite.js';
import { Chat, startTestBot } from '../test/helpers/bot.js';
import { median } from './stats.js';

export type TurnKind = 'help' | 'card' | 'yes';

export interface StoreTurnCost {
  /** Median wall time of the turn, ms. */
  readonly ms: Record<TurnKind, number>;
  /** Median store calls started during the turn, and of those, before the turn's reply. */
  readonly storeCalls: Record<TurnKind, number>;
}

export interface StoreTurnsResult {
  readonly users: number;
  readonly memory: StoreTurnCost;
  readonly table: StoreTurnCost;
}

const TENANT = '00000000-0000-4000-8000-00000000de00';

/** Count every store call (the ports are the only way the bot reaches the store). */
function counted(ports: StatePorts, count: () => void): StatePorts {
  return {
    ...ports,
    nonces: { claim: (n, e) => (count(), ports.nonces.claim(n, e)) },
    pending: <T>(name: string) => {
      const p = ports.pending<T>(name);
      return {
        create: (...a: Parameters<typeof p.create>) => (count(), p.create(...a)),
        get: (...a: Parameters<typeof p.get>) => (count(), p.get(...a)),
        update: (...a: Parameters<typeof p.update>) => (count(), p.update(...a)),
        delete: (...a: Parameters<typeof p.delete>) => (count(), p.delete(...a)),
      };
    },
  };
}

async function measure(ports: StatePorts, users: number): Promise<StoreTurnCost> {
  let calls = 0;
  const bot = await startTestBot({ overrides: { state: counted(ports, () => calls++) }, env: { LOG_LEVEL: 'warn', GRAPH_TURNS_PER_USER_PER_MINUTE: '0' } });
  const samples: Record<TurnKind, { ms: number[]; calls: number[] }> = { help: { ms: [], calls: [] }, card: { ms: [], calls: [] }, yes: { ms: [], calls: [] } };
  const time = async <T>(kind: TurnKind, run: () => Promise<T>): Promise<T> => {
    const before = calls;
    const started = performance.now();
    const result = await run();
    samples[kind].ms.push(performance.now() - started);
    samples[kind].calls.push(calls - before);
    return result;
  };
  try {
    for (let i = 0; i < users; i++) {
      const chat = new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
      await time('help', () => chat.say('help'));
      const card = (await time('card', () => chat.say('reset my MFA'))).cards[0];
      if (!card) throw new Error('no card');
      await time('yes', () => chat.click(card, 'Yes'));
    }
  } finally {
    await bot.stop();
  }
  const pick = (f: (s: { ms: number[]; calls: number[] }) => number[]) =>
    Object.fromEntries((Object.keys(samples) as TurnKind[]).map((k) => [k, Math.round(median(f(samples[k])) * 10) / 10])) as Record<TurnKind, number>;
  return { ms: pick((s) => s.ms), storeCalls: pick((s) => s.calls) };
}

export async function measureStoreTurns(users = 40): Promise<StoreTurnsResult> {
  const azurite = await startAzurite();
  try {
    const memory = await measure(createMemoryState(), users);
    const config = parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: `turns${process.pid}` })!;
    const tablePorts = await createTableState({ config, sweepEveryMs: 0 });
    const table = await measure(tablePorts, users);
    await tablePorts.close();
    return { users, memory, table };
  } finally {
    await azurite.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await measureStoreTurns();
  const line = (k: TurnKind) =>
    `| ${k} turn | ${r.memory.ms[k]} ms, ${r.memory.storeCalls[k]} store calls | ${r.table.ms[k]} ms, ${r.table.storeCalls[k]} store calls | +${Math.round((r.table.ms[k] - r.memory.ms[k]) * 10) / 10} ms |`;
  process.stdout.write(
    `${r.users} users, median per turn\n\n| turn | memory | Table (Azurite) | store cost |\n| --- | --- | --- | --- |\n${(['help', 'card', 'yes'] as const).map(line).join('\n')}\n`,
  );
}
