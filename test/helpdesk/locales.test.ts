import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserLocales, type StoredLocale } from '../../src/helpdesk/locales.js';
import type { PendingRequests } from '../../src/state/ports.js';
import { parseStateConfig } from '../../src/state/config.js';
import { createTableState, type TableStatePorts } from '../../src/state/table.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';

/** Each user's Teams language on the Azure Table store (Azurite), as two instances share it. */
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

const ANA = '0D0D0D0D-1111-4222-8333-000000000001';

async function twoInstances(now: () => number = Date.now) {
  n += 1;
  const config = parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: `loc${n}x${process.pid}` })!;
  const instance = async () => {
    const ports = await createTableState({ config, sweepEveryMs: 0, now });
    open.push(ports);
    const store = ports.pending<StoredLocale>('userLocales');
    return { store, locales: new UserLocales(store, { now, keepMs: 60_000 }) };
  };
  return [await instance(), await instance()] as const;
}

/** Counts the store calls a UserLocales makes. */
function counting(store: PendingRequests<StoredLocale>) {
  const calls: string[] = [];
  const wrapped: PendingRequests<StoredLocale> = {
    create: (...a) => (calls.push('create'), store.create(...a)),
    get: (...a) => (calls.push('get'), store.get(...a)),
    update: (...a) => (calls.push('update'), store.update(...a)),
    delete: (...a) => (calls.push('delete'), store.delete(...a)),
  };
  return { calls, wrapped };
}

describe('UserLocales on the shared store', () => {
  it("one instance learns a user's language, another reads it (user ids in any case); a change is written", async () => {
    const [a, b] = await twoInstances();
    expect(await b.locales.of(ANA)).toBeUndefined();
    await a.locales.remember(ANA, 'fr');
    expect(await b.locales.of(ANA.toLowerCase())).toBe('fr');
    await b.locales.remember(ANA, 'de');
    expect(await a.locales.of(ANA)).toBe('de');
  });

  it('writes only when the language changes: the same language again costs this instance no store call', async () => {
    const [a] = await twoInstances();
    const { calls, wrapped } = counting(a.store);
    const locales = new UserLocales(wrapped);
    await locales.remember(ANA, 'pl');
    const first = calls.length;
    await locales.remember(ANA, 'pl');
    await locales.remember(ANA.toLowerCase(), 'pl');
    expect(calls.length).toBe(first);
    await locales.remember(ANA, 'nl');
    expect(calls).toContain('update');
  });

  it('forgets a language after the keep time', async () => {
    let now = Date.now();
    const [a, b] = await twoInstances(() => now);
    await a.locales.remember(ANA, 'it');
    now += 120_000;
    expect(await b.locales.of(ANA)).toBeUndefined();
  });

  it('reads "unknown" when the store fails, and never throws from of()', async () => {
    const failing: PendingRequests<StoredLocale> = {
      create: () => Promise.reject(new Error('down')),
      get: () => Promise.reject(new Error('down')),
      update: () => Promise.reject(new Error('down')),
      delete: () => Promise.reject(new Error('down')),
    };
    const locales = new UserLocales(failing);
    expect(await locales.of(ANA)).toBeUndefined();
    await expect(locales.remember(ANA, 'es')).rejects.toThrow();
  });
});
