import { odata, type TableEntityResult } from '@azure/data-tables';
import type { OutboxItem, OutboxStore } from '../ports.js';
import { call } from './call.js';
import type { TableContext } from './context.js';
import { int64, numberOf, rowKeyOf } from './keys.js';

const DEFAULT_GIVE_UP_MS = 24 * 3600_000;

interface Row {
  readonly item: OutboxItem<unknown>;
  readonly leasedUntil: number;
}

/**
 * A durable outbox, a partition per collection. Leasing is a compare-and-set on each due row
 * (`updateEntity` with the etag it was listed at): of two workers listing the same row, one
 * update answers 412 and that worker skips the row. At-least-once: a worker that dies keeps the
 * row only until `leasedUntil`.
 */
export class TableOutbox<T> implements OutboxStore<T> {
  constructor(
    private readonly t: TableContext,
    private readonly partition: string,
  ) {}

  async add(id: string, payload: T, opts: { dueAt?: number; giveUpAt?: number } = {}): Promise<void> {
    const dueAt = opts.dueAt ?? this.t.now();
    const item: OutboxItem<T> = { id, payload, attempts: 0, dueAt, giveUpAt: opts.giveUpAt ?? dueAt + DEFAULT_GIVE_UP_MS, etag: '' };
    // 409: the same id was added before; adding is idempotent, so that is success.
    await call('outbox.add', (abortSignal) => this.t.client.createEntity(this.entity(item, 0), { abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [409],
    });
  }

  async lease(now: number, leaseMs: number, max: number): Promise<OutboxItem<T>[]> {
    if (max <= 0) return [];
    const filter = odata`PartitionKey eq ${this.partition} and dueAt le ${int64(now)}L and leasedUntil le ${int64(now)}L`;
    const listed = await call(
      'outbox.lease',
      async (abortSignal) => {
        const pages = this.t.client.listEntities({ queryOptions: { filter }, abortSignal }).byPage({ maxPageSize: max });
        const first = await pages.next();
        return first.done ? [] : [...first.value];
      },
      { timeoutMs: this.t.timeoutMs, retry: true },
    );
    if (!listed.ok) return [];
    const candidates = listed.value.map((e) => parseRow<T>(e)).filter((r): r is Row & { item: OutboxItem<T> } => r !== undefined);
    const won = await Promise.all(
      candidates.slice(0, max).map(async ({ item }) => {
        const r = await call(
          'outbox.lease',
          (abortSignal) => this.t.client.updateEntity(this.entity(item, now + leaseMs), 'Replace', { etag: item.etag, abortSignal }),
          { timeoutMs: this.t.timeoutMs, expect: [404, 412] },
        );
        return r.ok && r.value.etag ? { ...item, etag: r.value.etag } : undefined;
      }),
    );
    // A row lost to another worker is simply not ours this round; the next poll finds the rest.
    return won.filter((i): i is OutboxItem<T> => i !== undefined);
  }

  async complete(item: OutboxItem<T>): Promise<void> {
    // 412/404: the lease ended and someone else has the row now (or finished it): theirs to settle.
    await call('outbox.complete', (abortSignal) => this.t.client.deleteEntity(this.partition, rowKeyOf(item.id), { etag: item.etag, abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [404, 412],
    });
  }

  async retry(item: OutboxItem<T>, dueAt: number, lastError: string): Promise<void> {
    const next: OutboxItem<T> = { ...item, attempts: item.attempts + 1, dueAt, lastError: lastError.slice(0, 500) };
    await call('outbox.retry', (abortSignal) => this.t.client.updateEntity(this.entity(next, 0), 'Replace', { etag: item.etag, abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [404, 412],
    });
  }

  async get(id: string): Promise<OutboxItem<T> | undefined> {
    const r = await call('outbox.get', (abortSignal) => this.t.client.getEntity(this.partition, rowKeyOf(id), { abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [404],
      retry: true,
    });
    return r.ok ? parseRow<T>(r.value)?.item : undefined;
  }

  private entity(item: OutboxItem<T>, leasedUntil: number) {
    return {
      partitionKey: this.partition,
      rowKey: rowKeyOf(item.id),
      id: item.id,
      payload: JSON.stringify(item.payload ?? null),
      attempts: item.attempts,
      dueAt: int64(item.dueAt),
      giveUpAt: int64(item.giveUpAt),
      leasedUntil: int64(leasedUntil),
      ...(item.lastError !== undefined ? { lastError: item.lastError } : {}),
    };
  }
}

/** A row as an item, or undefined if it is not one of ours (a hand-edited row is skipped, not thrown on). */
function parseRow<T>(e: TableEntityResult<Record<string, unknown>>): (Row & { item: OutboxItem<T> }) | undefined {
  const dueAt = numberOf(e.dueAt);
  const giveUpAt = numberOf(e.giveUpAt);
  const leasedUntil = numberOf(e.leasedUntil);
  const attempts = numberOf(e.attempts);
  if (typeof e.id !== 'string' || typeof e.payload !== 'string' || dueAt === undefined || giveUpAt === undefined) return undefined;
  if (leasedUntil === undefined || attempts === undefined || !e.etag) return undefined;
  let payload: T;
  try {
    payload = JSON.parse(e.payload) as T;
  } catch {
    return undefined;
  }
  const lastError = typeof e.lastError === 'string' ? e.lastError : undefined;
  return { item: { id: e.id, payload, attempts, dueAt, giveUpAt, lastError, etag: e.etag }, leasedUntil };
}
