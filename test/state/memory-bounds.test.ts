import { describe, expect, it } from 'vitest';
import { StateFullError, createMemoryState } from '../../src/state/memory.js';

/**
 * The in-memory store's edges that the shared contract does not reach: the entry cap (a flood
 * of confirmations must fail closed, not grow without bound or forget spent nonces) and the
 * exact expiry instant. Time is injected.
 */
function store(max: number) {
  let t = 0;
  const state = createMemoryState({ now: () => t, maxEntries: max });
  return { state, at: (ms: number) => (t = ms) };
}

describe('memory nonces at the cap', () => {
  it('refuses a new claim when full of unexpired nonces, and still says a spent one is spent', async () => {
    const { state } = store(2);
    expect(await state.nonces.claim('a', 100)).toBe(true);
    expect(await state.nonces.claim('b', 100)).toBe(true);
    await expect(state.nonces.claim('c', 100)).rejects.toBeInstanceOf(StateFullError);
    expect(await state.nonces.claim('a', 100)).toBe(false);
  });

  it('makes room by dropping nonces whose expiry has come (at the instant itself)', async () => {
    const { state, at } = store(2);
    await state.nonces.claim('a', 100);
    await state.nonces.claim('b', 200);
    at(100);
    expect(await state.nonces.claim('c', 300)).toBe(true);
    expect(await state.nonces.claim('b', 300)).toBe(false);
  });

  it('keeps a spent nonce spent past its expiry while there is room (nothing is forgotten early)', async () => {
    const { state, at } = store(10);
    await state.nonces.claim('a', 100);
    at(500);
    expect(await state.nonces.claim('a', 900)).toBe(false);
  });

  it('accepts claims up to the cap itself', async () => {
    const { state } = store(3);
    for (const n of ['a', 'b', 'c']) expect(await state.nonces.claim(n, 100)).toBe(true);
  });
});

describe('memory pending requests at the cap and at expiry', () => {
  it('refuses a new request when full of live ones, and makes room from expired ones', async () => {
    const { state, at } = store(2);
    const p = state.pending<string>('resets');
    expect(await p.create('a', 'A', 100)).toBe(true);
    expect(await p.create('b', 'B', 200)).toBe(true);
    await expect(p.create('c', 'C', 300)).rejects.toBeInstanceOf(StateFullError);
    at(100);
    expect(await p.create('c', 'C', 300)).toBe(true);
    expect((await p.get('b'))?.value).toBe('B');
  });

  it('lets an id be created again at the instant it expires, without a read first', async () => {
    const { state, at } = store(10);
    const p = state.pending<string>('resets');
    await p.create('a', 'old', 100);
    at(99);
    expect(await p.create('a', 'new', 200)).toBe(false);
    at(100);
    expect(await p.create('a', 'new', 200)).toBe(true);
    expect((await p.get('a'))?.value).toBe('new');
  });

  it('refuses an update with the current version at the instant the request expires', async () => {
    const { state, at } = store(10);
    const p = state.pending<string>('resets');
    await p.create('a', 'A', 100);
    const v = await p.get('a');
    at(100);
    expect(await p.update('a', 'B', v!.etag)).toBe(false);
  });
});
