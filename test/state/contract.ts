import { describe, expect, it } from 'vitest';
import type { StatePorts, StoredConversationRef } from '../../src/state/ports.js';

/** A clock the store reads, moved by the test (no sleeping). */
export class TestClock {
  private t = Date.UTC(2026, 11, 1, 12, 0, 0);
  readonly now = (): number => this.t;
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface StateFixture {
  readonly ports: StatePorts;
  readonly clock: TestClock;
}

/** A store that outlives its client: `reopen` is a new client on the same data (restart, second instance). */
export interface SharedStateFixture extends StateFixture {
  readonly reopen: () => Promise<StatePorts>;
}

/**
 * One behaviour suite for every StatePorts implementation (botbuilder's storage base tests are
 * the model): each store must pass all of it, so code written against memory holds on Table.
 */
export function stateContract(label: string, make: () => Promise<StateFixture>): void {
  describe(`${label}: nonces`, () => {
    it('claims a nonce exactly once', async () => {
      const { ports, clock } = await make();
      const exp = clock.now() + 600_000;
      expect(await ports.nonces.claim('n-1', exp)).toBe(true);
      expect(await ports.nonces.claim('n-1', exp)).toBe(false);
      expect(await ports.nonces.claim('n-2', exp)).toBe(true);
    });

    it('gives exactly one of 50 concurrent claims of the same nonce', async () => {
      const { ports, clock } = await make();
      const exp = clock.now() + 600_000;
      const results = await Promise.all(Array.from({ length: 50 }, () => ports.nonces.claim('raced', exp)));
      expect(results.filter((r) => r)).toHaveLength(1);
    });

    it('keeps a nonce spent until its expiry has passed', async () => {
      const { ports, clock } = await make();
      const exp = clock.now() + 60_000;
      expect(await ports.nonces.claim('kept', exp)).toBe(true);
      clock.advance(59_000);
      expect(await ports.nonces.claim('kept', exp)).toBe(false);
    });
  });

  describe(`${label}: pending requests`, () => {
    it('creates once and reads back a copy with a version', async () => {
      const { ports, clock } = await make();
      const p = ports.pending<{ step: string }>('helpdesk');
      const value = { step: 'asked' };
      expect(await p.create('r1', value, clock.now() + 60_000)).toBe(true);
      value.step = 'mutated by the caller';
      expect(await p.create('r1', { step: 'second' }, clock.now() + 60_000)).toBe(false);
      const got = await p.get('r1');
      expect(got?.value).toEqual({ step: 'asked' });
      expect(typeof got?.etag).toBe('string');
      expect(await p.get('absent')).toBeUndefined();
    });

    it('keeps collections apart by name', async () => {
      const { ports, clock } = await make();
      expect(await ports.pending<number>('a').create('same', 1, clock.now() + 60_000)).toBe(true);
      expect(await ports.pending<number>('b').create('same', 2, clock.now() + 60_000)).toBe(true);
      expect((await ports.pending<number>('a').get('same'))?.value).toBe(1);
      expect((await ports.pending<number>('b').get('same'))?.value).toBe(2);
    });

    it('round-trips ids with characters a table key refuses', async () => {
      const { ports, clock } = await make();
      const p = ports.pending<string>('odd');
      expect(await p.create('a/b#c?d\\e', 'x', clock.now() + 60_000)).toBe(true);
      expect(await p.create('a/b#c?d\\f', 'y', clock.now() + 60_000)).toBe(true);
      expect((await p.get('a/b#c?d\\e'))?.value).toBe('x');
      expect((await p.get('a/b#c?d\\f'))?.value).toBe('y');
    });

    it('hides an expired request, refuses to update it, and lets its id be created again', async () => {
      const { ports, clock } = await make();
      const p = ports.pending<string>('exp');
      expect(await p.create('r', 'v1', clock.now() + 1000)).toBe(true);
      const before = await p.get('r');
      clock.advance(1000);
      expect(await p.get('r')).toBeUndefined();
      expect(await p.update('r', 'late', before!.etag)).toBe(false);
      expect(await p.create('r', 'v2', clock.now() + 1000)).toBe(true);
      expect((await p.get('r'))?.value).toBe('v2');
    });

    it('compare-and-sets: the current version wins once, a stale one never', async () => {
      const { ports, clock } = await make();
      const p = ports.pending<string>('cas');
      await p.create('r', 'v1', clock.now() + 60_000);
      const v1 = (await p.get('r'))!;
      expect(await p.update('r', 'v2', v1.etag)).toBe(true);
      expect(await p.update('r', 'v3', v1.etag)).toBe(false);
      const v2 = (await p.get('r'))!;
      expect(v2.value).toBe('v2');
      expect(v2.etag).not.toBe(v1.etag);
      expect(await p.update('absent', 'x', v2.etag)).toBe(false);
    });

    it('lets exactly one of two concurrent updates from the same version win', async () => {
      const { ports, clock } = await make();
      const p = ports.pending<string>('race');
      await p.create('r', 'start', clock.now() + 60_000);
      const { etag } = (await p.get('r'))!;
      const [a, b] = await Promise.all([p.update('r', 'A', etag), p.update('r', 'B', etag)]);
      expect([a, b].filter((x) => x)).toHaveLength(1);
      expect((await p.get('r'))?.value).toBe(a ? 'A' : 'B');
    });

    it('extends the expiry on update when asked', async () => {
      const { ports, clock } = await make();
      const p = ports.pending<string>('extend');
      await p.create('r', 'v1', clock.now() + 1000);
      const { etag } = (await p.get('r'))!;
      expect(await p.update('r', 'v2', etag, clock.now() + 10_000)).toBe(true);
      clock.advance(5000);
      expect((await p.get('r'))?.value).toBe('v2');
    });

    it('deletes only the version it was given, or any version without one', async () => {
      const { ports, clock } = await make();
      const p = ports.pending<string>('del');
      await p.create('r', 'v1', clock.now() + 60_000);
      const v1 = (await p.get('r'))!;
      await p.update('r', 'v2', v1.etag);
      expect(await p.delete('r', v1.etag)).toBe(false);
      expect((await p.get('r'))?.value).toBe('v2');
      const v2 = (await p.get('r'))!;
      expect(await p.delete('r', v2.etag)).toBe(true);
      expect(await p.get('r')).toBeUndefined();
      expect(await p.delete('r')).toBe(false);
      await p.create('s', 'x', clock.now() + 60_000);
      expect(await p.delete('s')).toBe(true);
      expect(await p.get('s')).toBeUndefined();
    });
  });

  describe(`${label}: conversation references`, () => {
    const ref = (conversationId: string, updatedAt: number): StoredConversationRef => ({
      conversationId,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      tenantId: '11111111-2222-3333-4444-555555555555',
      channelId: 'msteams',
      botId: '28:bot',
      updatedAt,
    });

    it('round-trips a reference and keeps the last one written', async () => {
      const { ports, clock } = await make();
      const user = '00000000-0000-0000-0000-00000000abcd';
      expect(await ports.conversations.get(user)).toBeUndefined();
      await ports.conversations.put(user, ref('a:1', clock.now()));
      expect(await ports.conversations.get(user)).toEqual(ref('a:1', clock.now()));
      await ports.conversations.put(user, ref('a:2', clock.now() + 1));
      expect(await ports.conversations.get(user)).toEqual(ref('a:2', clock.now() + 1));
      expect(await ports.conversations.get('someone-else')).toBeUndefined();
    });
  });

  describe(`${label}: outbox`, () => {
    it('adds once, leases what is due, and completes', async () => {
      const { ports, clock } = await make();
      const o = ports.outbox<{ note: string }>('tickets');
      await o.add('i1', { note: 'first' });
      await o.add('i1', { note: 'second add is ignored' });
      const [item, ...rest] = await o.lease(clock.now(), 30_000, 10);
      expect(rest).toEqual([]);
      expect(item).toMatchObject({ id: 'i1', payload: { note: 'first' }, attempts: 0 });
      await o.complete(item!);
      expect(await o.get('i1')).toBeUndefined();
      expect(await o.lease(clock.now() + 60_000, 30_000, 10)).toEqual([]);
    });

    it('does not lease an item before it is due', async () => {
      const { ports, clock } = await make();
      const o = ports.outbox<number>('later');
      await o.add('i', 1, { dueAt: clock.now() + 5000 });
      expect(await o.lease(clock.now(), 30_000, 10)).toEqual([]);
      expect((await o.lease(clock.now() + 5000, 30_000, 10)).map((i) => i.id)).toEqual(['i']);
    });

    it('hands a leased item to no one else until the lease ends, then again (at least once)', async () => {
      const { ports, clock } = await make();
      const o = ports.outbox<number>('lease');
      await o.add('i', 1);
      const t = clock.now();
      const first = await o.lease(t, 30_000, 10);
      expect(first).toHaveLength(1);
      expect(await o.lease(t + 29_999, 30_000, 10)).toEqual([]);
      const again = await o.lease(t + 30_000, 30_000, 10);
      expect(again.map((i) => i.id)).toEqual(['i']);
      // The first worker's lease is over: its late "done" must not remove the new holder's item.
      await o.complete(first[0]!);
      expect(await o.get('i')).toBeDefined();
      await o.complete(again[0]!);
      expect(await o.get('i')).toBeUndefined();
    });

    it('retries later with the attempt counted and the error kept', async () => {
      const { ports, clock } = await make();
      const o = ports.outbox<number>('retry');
      await o.add('i', 7);
      const t = clock.now();
      const [item] = await o.lease(t, 30_000, 10);
      await o.retry(item!, t + 10_000, 'ticket system answered 503');
      expect(await o.get('i')).toMatchObject({ attempts: 1, dueAt: t + 10_000, lastError: 'ticket system answered 503' });
      expect(await o.lease(t + 9_999, 30_000, 10)).toEqual([]);
      const [back] = await o.lease(t + 10_000, 30_000, 10);
      expect(back).toMatchObject({ id: 'i', payload: 7, attempts: 1 });
    });

    it('leases at most `max` items', async () => {
      const { ports, clock } = await make();
      const o = ports.outbox<number>('max');
      for (let i = 0; i < 5; i++) await o.add(`i${i}`, i);
      expect(await o.lease(clock.now(), 30_000, 2)).toHaveLength(2);
      expect(await o.lease(clock.now(), 30_000, 10)).toHaveLength(3);
    });

    it('never gives the same item to two concurrent leases', async () => {
      const { ports, clock } = await make();
      const o = ports.outbox<number>('concurrent');
      for (let i = 0; i < 10; i++) await o.add(`i${i}`, i);
      const [a, b] = await Promise.all([o.lease(clock.now(), 30_000, 10), o.lease(clock.now(), 30_000, 10)]);
      const ids = [...a, ...b].map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(0);
    });
  });
}

/** For stores that outlive their client (Table): what a restart or a second instance sees. */
export function sharedStoreContract(label: string, make: () => Promise<SharedStateFixture>): void {
  describe(`${label}: a second client on the same store`, () => {
    it('refuses on the second client a nonce claimed on the first', async () => {
      const { ports, clock, reopen } = await make();
      const other = await reopen();
      const exp = clock.now() + 600_000;
      expect(await ports.nonces.claim('shared', exp)).toBe(true);
      expect(await other.nonces.claim('shared', exp)).toBe(false);
      const both = await Promise.all([ports.nonces.claim('both', exp), other.nonces.claim('both', exp)]);
      expect(both.filter((x) => x)).toHaveLength(1);
    });

    it('keeps pending requests, references and outbox items across a restart', async () => {
      const { ports, clock, reopen } = await make();
      await ports.pending<string>('p').create('r', 'v1', clock.now() + 60_000);
      await ports.conversations.put('u', { conversationId: 'c', serviceUrl: 'https://s/', tenantId: 't', channelId: 'msteams', botId: 'b', updatedAt: 5 });
      const o = ports.outbox<string>('o');
      await o.add('i', 'x');
      const t = clock.now();
      expect(await o.lease(t, 30_000, 10)).toHaveLength(1);
      await ports.close();

      const next = await reopen();
      const got = (await next.pending<string>('p').get('r'))!;
      expect(got.value).toBe('v1');
      expect(await next.pending<string>('p').update('r', 'v2', got.etag)).toBe(true);
      expect((await next.conversations.get('u'))?.conversationId).toBe('c');
      // The old process died holding a lease: the item is due again once that lease ends.
      expect(await next.outbox<string>('o').lease(t + 1000, 30_000, 10)).toEqual([]);
      expect((await next.outbox<string>('o').lease(t + 30_000, 30_000, 10)).map((i) => i.id)).toEqual(['i']);
    });
  });
}
