import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStateConfig } from '../../src/state/config.js';
import { StateUnavailableError, type StatePorts } from '../../src/state/ports.js';
import { createTableState } from '../../src/state/table.js';
import { StoreFault } from '../../src/state/table/call.js';
import { deadEndpoint, startAzurite, type Azurite } from '../helpers/azurite.js';
import { startStallProxy, type StallProxy } from '../helpers/stall-proxy.js';

/**
 * The store failing must never look like a successful claim: every fault is a typed
 * `StateUnavailableError` naming the operation, in bounded time, with no key in it.
 */
const KEY_FRAGMENT = 'Eby8vdM02xNOcqFl';

let azurite: Azurite;
let proxy: StallProxy | undefined;
const open: StatePorts[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await Promise.all(open.map((p) => p.close()));
  await proxy?.close();
  await azurite?.stop();
});

function configFor(connectionString: string) {
  return parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: connectionString, STATE_TABLE_PREFIX: `f${process.pid}` })!;
}

async function failure(p: Promise<unknown>): Promise<StateUnavailableError> {
  const outcome = await p.then(
    (value) => ({ value }),
    (err: unknown) => ({ err }),
  );
  if (!('err' in outcome)) throw new Error(`expected a StateUnavailableError, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.err).toBeInstanceOf(StateUnavailableError);
  const err = outcome.err as StateUnavailableError;
  for (const text of [String(err), err.stack ?? '', inspect(err, { depth: 6 }), JSON.stringify({ ...err, cause: err.cause })]) {
    expect(text).not.toContain(KEY_FRAGMENT);
    expect(text).not.toContain('AccountKey');
  }
  return err;
}

describe('Table store faults', () => {
  it('refuses to start on a port where nothing listens', async () => {
    const err = await failure(createTableState({ config: configFor(await deadEndpoint()), sweepEveryMs: 0, timeoutMs: 1000 }));
    expect(err.operation).toBe('createTable');
    expect((err.cause as StoreFault).kind).toBe('network');
  });

  it('treats a refused key (403) as unavailable, not as an answer', async () => {
    const wrongKey = azurite.connectionString.replace(/AccountKey=[^;]+/, `AccountKey=${Buffer.from('not the key').toString('base64')}`);
    const err = await failure(createTableState({ config: configFor(wrongKey), sweepEveryMs: 0, timeoutMs: 1000 }));
    expect(err.cause).toMatchObject({ kind: 'status', status: 403 });
  });

  it('answers StateUnavailableError, never a claim, once the store has stopped', async () => {
    const alone = await startAzurite();
    const ports = await createTableState({ config: configFor(alone.connectionString), sweepEveryMs: 0, timeoutMs: 1000 });
    open.push(ports);
    expect(await ports.nonces.claim('before', Date.now() + 60_000)).toBe(true);
    await alone.stop();

    expect((await failure(ports.nonces.claim('after', Date.now() + 60_000))).operation).toBe('nonces.claim');
    expect((await failure(ports.pending('p').get('r'))).operation).toBe('pending.get');
    expect((await failure(ports.pending('p').create('r', 1, Date.now() + 60_000))).operation).toBe('pending.create');
    expect(
      (await failure(ports.conversations.put('u', { conversationId: 'c', serviceUrl: 's', tenantId: 't', channelId: 'm', botId: 'b', updatedAt: 1 })))
        .operation,
    ).toBe('conversations.put');
    expect((await failure(ports.outbox('o').lease(Date.now(), 1000, 5))).operation).toBe('outbox.lease');
  });

  it('gives up on a store that stops answering, within the call deadline', async () => {
    proxy = await startStallProxy(azurite.port);
    const viaProxy = azurite.connectionString.replace(`127.0.0.1:${azurite.port}`, `127.0.0.1:${proxy.port}`);
    const ports = await createTableState({ config: configFor(viaProxy), sweepEveryMs: 0, timeoutMs: 300 });
    open.push(ports);
    expect(await ports.nonces.claim('answered', Date.now() + 60_000)).toBe(true);
    proxy.stall();

    const claim = await failure(ports.nonces.claim('stalled', Date.now() + 60_000));
    expect(claim.cause).toMatchObject({ kind: 'timeout' });
    // A read is tried twice (one quick retry), and still ends in the typed error.
    expect((await failure(ports.conversations.get('u'))).cause).toMatchObject({ kind: 'timeout' });
  });
});
