import { TableClient } from '@azure/data-tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStateConfig } from '../../src/state/config.js';
import { createTableState, type TableStatePorts } from '../../src/state/table.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { TestClock } from './contract.js';

/** What only the Table store has: its row layout and the expiry sweep. */
let azurite: Azurite;
const open: TableStatePorts[] = [];
let n = 0;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await Promise.all(open.map((p) => p.close()));
  await azurite?.stop();
});

async function fresh() {
  const clock = new TestClock();
  n += 1;
  const prefix = `s${n}x${process.pid}`;
  const ports = await createTableState({
    config: parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: prefix })!,
    now: clock.now,
    sweepEveryMs: 0,
  });
  open.push(ports);
  const raw = (table: string) => TableClient.fromConnectionString(azurite.connectionString, `${prefix}${table}`, { allowInsecureConnection: true });
  const rows = async (table: string) => {
    const out: Record<string, unknown>[] = [];
    for await (const e of raw(table).listEntities()) out.push(e);
    return out;
  };
  return { ports, clock, rows };
}

describe('Table store layout', () => {
  it('stores a hash of the nonce, never the nonce, partitioned by expiry hour', async () => {
    const { ports, clock, rows } = await fresh();
    await ports.nonces.claim('the-secret-nonce', clock.now() + 10 * 60_000);
    const [row, ...rest] = await rows('nonces');
    expect(rest).toEqual([]);
    expect(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).not.toContain('the-secret-nonce');
    expect(row?.rowKey).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.partitionKey).toBe('2026120112');
  });
});

describe('Table store expiry sweep', () => {
  it('removes nonce partitions whose hour has passed and keeps every live one', async () => {
    const { ports, clock, rows } = await fresh();
    const t0 = clock.now();
    for (let i = 0; i < 120; i++) await ports.nonces.claim(`old-${i}`, t0 + 5 * 60_000);
    await ports.nonces.claim('live', t0 + 3 * 3600_000);
    clock.advance(2 * 3600_000);

    expect(await ports.sweepExpired()).toBe(120);
    expect((await rows('nonces')).map((r) => r.partitionKey)).toEqual(['2026120115']);
    expect(await ports.nonces.claim('live', t0 + 3 * 3600_000)).toBe(false);
  });

  it('does not remove a nonce in the current hour even once its own expiry has passed', async () => {
    const { ports, clock } = await fresh();
    const exp = clock.now() + 60_000;
    await ports.nonces.claim('recent', exp);
    clock.advance(2 * 60_000);
    expect(await ports.sweepExpired()).toBe(0);
    expect(await ports.nonces.claim('recent', exp)).toBe(false);
  });

  it('removes expired pending requests and keeps live ones', async () => {
    const { ports, clock, rows } = await fresh();
    const p = ports.pending<string>('sweep');
    await p.create('gone', 'x', clock.now() + 1000);
    await p.create('kept', 'y', clock.now() + 60_000);
    clock.advance(2000);
    expect(await ports.sweepExpired()).toBe(1);
    expect((await rows('pending')).map((r) => r.rowKey)).toEqual(['kept']);
  });
});
