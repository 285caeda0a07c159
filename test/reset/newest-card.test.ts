import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { NewestCards, type NewestCard } from '../../src/reset/newest-card.js';
import type { Party } from '../../src/reset/events.js';
import type { TokenClaims } from '../../src/reset/token.js';
import { createMemoryState } from '../../src/state/memory.js';
import { StateUnavailableError, type NonceStore, type PendingRequests, type Versioned } from '../../src/state/ports.js';
import { LogCapture } from '../helpers/logs.js';

/**
 * "Only the newest card may be confirmed" (issue 10, item 12), unit by unit: the record per
 * subject, the older card's nonce spent when a newer one is shown, and every store call bounded.
 * The conversation-level proofs are in confirm-safety.test.ts.
 */
const T0 = 1_750_000_000_000;
const alice: Party = { userId: 'alice', tenantId: 'tenant-a' };
let serial = 0;
const card = (expiresAt = T0 + 300_000): TokenClaims => ({
  confirmerId: 'alice',
  subjectId: 'alice',
  tenantId: 'tenant-a',
  conversationId: 'c',
  scope: 'all',
  methods: [],
  issuedAt: T0,
  expiresAt,
  nonce: `nonce-${++serial}-xxxxxxxxxxxxxxxx`,
});

function rig(opts: { pending?: PendingRequests<NewestCard>; nonces?: NonceStore; timeoutMs?: number; now?: () => number } = {}) {
  const clock = { t: T0 };
  const now = opts.now ?? (() => clock.t);
  const memory = createMemoryState({ now });
  const out = new LogCapture();
  const nonces = opts.nonces ?? memory.nonces;
  const pending = opts.pending ?? memory.pending<NewestCard>('newestCard');
  const cards = new NewestCards(pending, nonces, createLogger('debug', out), opts.timeoutMs ?? 1000, now);
  const errors = () => out.records().filter((r) => r.level === 'error');
  return { cards, nonces, pending, clock, errors, out };
}

/** A store that records every call and lets a test script its answers. */
function scripted(answers: Partial<{ [K in keyof PendingRequests<NewestCard>]: PendingRequests<NewestCard>[K] }>) {
  const calls: { op: string; args: unknown[] }[] = [];
  const fail = (op: string) => async () => Promise.reject(new Error(`unscripted ${op}`));
  const store: PendingRequests<NewestCard> = {
    create: (...args) => (calls.push({ op: 'create', args }), (answers.create ?? fail('create'))(...args)),
    get: (...args) => (calls.push({ op: 'get', args }), (answers.get ?? fail('get'))(...args)),
    update: (...args) => (calls.push({ op: 'update', args }), (answers.update ?? fail('update'))(...args)),
    delete: (...args) => (calls.push({ op: 'delete', args }), (answers.delete ?? fail('delete'))(...args)),
  };
  return { store, calls, ops: () => calls.map((c) => c.op) };
}

const claimsOf = () => {
  const claimed: string[] = [];
  const nonces: NonceStore = { claim: async (n) => (claimed.push(n), true) };
  return { nonces, claimed };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('the newest card per subject', () => {
  it('records the card shown, and a newer card spends the older one’s nonce on every instance', async () => {
    const { cards, nonces } = rig();
    const first = card();
    await cards.become(alice, first);
    expect(await cards.waiting(alice)).toEqual({ nonce: first.nonce, expiresAt: first.expiresAt });
    const second = card();
    await cards.become(alice, second);
    expect(await cards.waiting(alice)).toEqual({ nonce: second.nonce, expiresAt: second.expiresAt });
    // The older card's Yes would now lose the claim; the newer card's still wins it.
    expect(await nonces.claim(first.nonce, first.expiresAt)).toBe(false);
    expect(await nonces.claim(second.nonce, second.expiresAt)).toBe(true);
  });

  it('keeps one record per tenant and user: another user’s or another tenant’s card voids nothing', async () => {
    const { cards, nonces } = rig();
    const mine = card();
    await cards.become(alice, mine);
    await cards.become({ userId: 'bob', tenantId: 'tenant-a' }, card());
    await cards.become({ userId: 'alice', tenantId: 'tenant-b' }, card());
    await cards.become({ userId: 'tenant-a', tenantId: 'alice' }, card());
    expect(await cards.waiting(alice)).toMatchObject({ nonce: mine.nonce });
    expect(await cards.whyTaken(alice, mine)).toBe('alreadyUsed');
    expect(await nonces.claim(mine.nonce, mine.expiresAt)).toBe(true);
  });

  it('writes the record to expire with the card', async () => {
    const s = scripted({ get: async () => undefined, create: async () => true });
    const c = card(T0 + 42_000);
    await rig({ pending: s.store }).cards.become(alice, c);
    expect(s.calls.find((x) => x.op === 'create')!.args).toEqual(['tenant-a|alice', { nonce: c.nonce, expiresAt: T0 + 42_000 }, T0 + 42_000]);
  });

  it('replaces the record by compare-and-set on the etag it read, with the new card’s expiry', async () => {
    const older: Versioned<NewestCard> = { value: { nonce: 'older-nonce-xxxxxxxx', expiresAt: T0 + 1000 }, etag: 'e1' };
    const s = scripted({ get: async () => older, update: async () => true });
    const { nonces, claimed } = claimsOf();
    const c = card(T0 + 60_000);
    await rig({ pending: s.store, nonces }).cards.become(alice, c);
    expect(s.calls.find((x) => x.op === 'update')!.args).toEqual(['tenant-a|alice', { nonce: c.nonce, expiresAt: T0 + 60_000 }, 'e1', T0 + 60_000]);
    expect(claimed).toEqual(['older-nonce-xxxxxxxx']);
  });

  it('spends no nonce for an older card that has already expired (a store that returns expired rows)', async () => {
    for (const expiresAt of [T0 - 1, T0]) {
      const s = scripted({ get: async () => ({ value: { nonce: 'expired-nonce-xxxxxx', expiresAt }, etag: 'e1' }), update: async () => true });
      const { nonces, claimed } = claimsOf();
      await rig({ pending: s.store, nonces }).cards.become(alice, card());
      expect(s.ops()).toEqual(['get', 'update']);
      expect(claimed).toEqual([]);
    }
    const s = scripted({ get: async () => ({ value: { nonce: 'live-nonce-xxxxxxxxx', expiresAt: T0 + 1 }, etag: 'e1' }), update: async () => true });
    const { nonces, claimed } = claimsOf();
    await rig({ pending: s.store, nonces }).cards.become(alice, card());
    expect(claimed).toEqual(['live-nonce-xxxxxxxxx']);
  });

  it('retries when another instance wrote first (create lost, then update lost), then succeeds', async () => {
    const rows: (Versioned<NewestCard> | undefined)[] = [
      undefined,
      { value: { nonce: 'a-xxxxxxxxxxxxxxxxxx', expiresAt: T0 + 1000 }, etag: 'e1' },
      { value: { nonce: 'b-xxxxxxxxxxxxxxxxxx', expiresAt: T0 + 1000 }, etag: 'e2' },
    ];
    const s = scripted({ get: async () => rows.shift(), create: async () => false, update: async (_id, _v, etag) => etag === 'e2' });
    const { nonces, claimed } = claimsOf();
    await rig({ pending: s.store, nonces }).cards.become(alice, card());
    expect(s.ops()).toEqual(['get', 'create', 'get', 'update', 'get', 'update']);
    // Only the card actually replaced is voided, not the one whose replacement lost the race.
    expect(claimed).toEqual(['b-xxxxxxxxxxxxxxxxxx']);
  });

  it('gives up after four attempts when the record keeps changing, and says so by throwing', async () => {
    const s = scripted({ get: async () => ({ value: { nonce: 'x-xxxxxxxxxxxxxxxxxx', expiresAt: T0 + 1000 }, etag: 'e' }), update: async () => false });
    const { nonces, claimed } = claimsOf();
    await expect(rig({ pending: s.store, nonces }).cards.become(alice, card())).rejects.toMatchObject({ name: 'StateFault' });
    expect(s.ops()).toEqual(['get', 'update', 'get', 'update', 'get', 'update', 'get', 'update']);
    expect(claimed).toEqual([]);
  });

  it('throws when the store fails or does not answer in time (the caller shows no card)', async () => {
    const failing = scripted({ get: async () => Promise.reject(new StateUnavailableError('get')) });
    await expect(rig({ pending: failing.store }).cards.become(alice, card())).rejects.toBeInstanceOf(StateUnavailableError);
    const silent = scripted({ get: () => new Promise(() => undefined) });
    const started = Date.now();
    await expect(rig({ pending: silent.store, timeoutMs: 50 }).cards.become(alice, card())).rejects.toMatchObject({
      name: 'StateFault',
      message: expect.stringContaining('50 ms'),
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('waits for the store no longer than the bound, and leaves no timer behind when it answers', async () => {
    vi.useFakeTimers({ now: T0 });
    const { cards } = rig({ timeoutMs: 5000, now: () => Date.now() });
    await expect(cards.bounded(Promise.resolve('answered'))).resolves.toBe('answered');
    await expect(cards.bounded(Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(vi.getTimerCount()).toBe(0);
    const late = cards.bounded(new Promise(() => undefined));
    const settled = vi.fn();
    late.then(settled, settled);
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(late).rejects.toMatchObject({ name: 'StateFault' });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the card waiting for an answer', () => {
  it('is none once the card has expired, to the millisecond', async () => {
    const s = scripted({ get: async () => ({ value: { nonce: 'n-xxxxxxxxxxxxxxxxxx', expiresAt: T0 + 10 }, etag: 'e' }) });
    const r = rig({ pending: s.store });
    expect(await r.cards.waiting(alice)).toEqual({ nonce: 'n-xxxxxxxxxxxxxxxxxx', expiresAt: T0 + 10 });
    r.clock.t = T0 + 9;
    expect(await r.cards.waiting(alice)).toBeDefined();
    r.clock.t = T0 + 10;
    expect(await r.cards.waiting(alice)).toBeUndefined();
    expect(s.calls.every((c) => c.args[0] === 'tenant-a|alice')).toBe(true);
  });

  it('is none, logged as a store fault, when the store fails: never an exception', async () => {
    const r = rig({ pending: scripted({ get: async () => Promise.reject(new StateUnavailableError('get')) }).store });
    await expect(r.cards.waiting(alice)).resolves.toBeUndefined();
    expect(r.errors()).toHaveLength(1);
    expect(r.errors()[0]!.err).toEqual({ name: 'StateUnavailableError', message: 'state store unavailable during get' });
  });

  it('logs a thrown non-error as such, and a timeout by its own name', async () => {
    const odd = rig({ pending: scripted({ get: async () => Promise.reject('boom' as unknown as Error) }).store });
    await odd.cards.waiting(alice);
    expect(odd.errors()[0]!.err).toEqual({ name: 'unknown', message: 'boom' });
    const slow = rig({ pending: scripted({ get: () => new Promise(() => undefined) }).store, timeoutMs: 20 });
    await slow.cards.waiting(alice);
    expect(slow.errors()[0]!.err).toMatchObject({ name: 'StateFault' });
  });
});

describe('why a spent card was refused', () => {
  it('says "superseded" when a newer card is waiting, "alreadyUsed" when this card was the last one', async () => {
    const { cards } = rig();
    const first = card();
    await cards.become(alice, first);
    expect(await cards.whyTaken(alice, first)).toBe('alreadyUsed');
    await cards.become(alice, card());
    expect(await cards.whyTaken(alice, first)).toBe('superseded');
    expect(await cards.whyTaken({ userId: 'bob', tenantId: 'tenant-a' }, first)).toBe('alreadyUsed');
  });

  it('says "alreadyUsed" when the store cannot tell', async () => {
    const { cards } = rig({ pending: scripted({ get: async () => Promise.reject(new StateUnavailableError('get')) }).store });
    expect(await cards.whyTaken(alice, card())).toBe('alreadyUsed');
  });
});

describe('forgetting the answered card', () => {
  it('removes the record of the card answered, by its etag', async () => {
    const c = card();
    const s = scripted({ get: async () => ({ value: { nonce: c.nonce, expiresAt: c.expiresAt }, etag: 'e7' }), delete: async () => true });
    await rig({ pending: s.store }).cards.forget(alice, c);
    expect(s.calls.find((x) => x.op === 'delete')!.args).toEqual(['tenant-a|alice', 'e7']);
  });

  it('leaves a newer card’s record alone, so a typed "yes" still finds it', async () => {
    const { cards } = rig();
    const older = card();
    await cards.become(alice, older);
    const newer = card();
    await cards.become(alice, newer);
    await cards.forget(alice, older);
    expect(await cards.waiting(alice)).toMatchObject({ nonce: newer.nonce });
    await cards.forget(alice, newer);
    expect(await cards.waiting(alice)).toBeUndefined();
  });

  it('never throws: a store fault is logged and the record expires with the card anyway', async () => {
    const r = rig({ pending: scripted({ get: async () => Promise.reject(new StateUnavailableError('get')) }).store });
    await expect(r.cards.forget(alice, card())).resolves.toBeUndefined();
    expect(r.errors()).toHaveLength(1);
    expect(String(r.errors()[0]!.msg)).toMatch(/state store fault/);
  });
});
