import type { PendingRequests, Versioned } from '../ports.js';
import { StateUnavailableError } from '../ports.js';
import { call } from './call.js';
import type { TableContext } from './context.js';
import { int64, numberOf, rowKeyOf } from './keys.js';

/**
 * Two-party requests in one table, a partition per collection name. The etag handed out is
 * `<expiresAt>|<table etag>`: `update` can then refuse an expired row without reading it first
 * (the table etag only matches while the row, and so its expiry, is unchanged).
 */
export class TablePending<T> implements PendingRequests<T> {
  constructor(
    private readonly t: TableContext,
    private readonly partition: string,
  ) {}

  async create(id: string, value: T, expiresAt: number): Promise<boolean> {
    const entity = this.entity(id, value, expiresAt);
    const created = await call('pending.create', (abortSignal) => this.t.client.createEntity(entity, { abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [409],
    });
    if (created.ok) return true;
    // The id is taken. An expired row still holds the key until the sweep: replace it, but only
    // the version we saw, so two creators racing over the same expired row cannot both win.
    const row = await this.read(id);
    if (row === undefined || row.expiresAt > this.t.now()) return false;
    const replaced = await call('pending.create', (abortSignal) => this.t.client.updateEntity(entity, 'Replace', { etag: row.tableEtag, abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [404, 412],
    });
    return replaced.ok;
  }

  async get(id: string): Promise<Versioned<T> | undefined> {
    const row = await this.read(id);
    if (row === undefined || row.expiresAt <= this.t.now()) return undefined;
    return { value: row.value, etag: `${row.expiresAt}|${row.tableEtag}` };
  }

  async update(id: string, value: T, etag: string, expiresAt?: number): Promise<boolean> {
    const v = parseEtag(etag);
    if (v === undefined || v.expiresAt <= this.t.now()) return false;
    const entity = this.entity(id, value, expiresAt ?? v.expiresAt);
    const r = await call('pending.update', (abortSignal) => this.t.client.updateEntity(entity, 'Replace', { etag: v.tableEtag, abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [404, 412],
    });
    return r.ok;
  }

  async delete(id: string, etag?: string): Promise<boolean> {
    let tableEtag = '*';
    if (etag !== undefined) {
      const v = parseEtag(etag);
      if (v === undefined) return false;
      tableEtag = v.tableEtag;
    }
    const r = await call('pending.delete', (abortSignal) => this.t.client.deleteEntity(this.partition, rowKeyOf(id), { etag: tableEtag, abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [404, 412],
    });
    return r.ok;
  }

  private entity(id: string, value: T, expiresAt: number) {
    return { partitionKey: this.partition, rowKey: rowKeyOf(id), value: JSON.stringify(value ?? null), expiresAt: int64(expiresAt) };
  }

  private async read(id: string): Promise<{ value: T; expiresAt: number; tableEtag: string } | undefined> {
    const r = await call('pending.get', (abortSignal) => this.t.client.getEntity(this.partition, rowKeyOf(id), { abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [404],
      retry: true,
    });
    if (!r.ok) return undefined;
    const expiresAt = numberOf(r.value.expiresAt);
    const raw = r.value.value;
    if (expiresAt === undefined || typeof raw !== 'string') throw new StateUnavailableError('pending.get');
    let value: T;
    try {
      value = JSON.parse(raw) as T;
    } catch (cause) {
      throw new StateUnavailableError('pending.get', { cause });
    }
    return { value, expiresAt, tableEtag: r.value.etag };
  }
}

function parseEtag(etag: string): { expiresAt: number; tableEtag: string } | undefined {
  const bar = etag.indexOf('|');
  if (bar <= 0) return undefined;
  const expiresAt = Number(etag.slice(0, bar));
  const tableEtag = etag.slice(bar + 1);
  if (!Number.isFinite(expiresAt) || !tableEtag || tableEtag === '*') return undefined;
  return { expiresAt, tableEtag };
}
