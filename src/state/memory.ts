import type { ConversationRefs, NonceStore, OutboxItem, OutboxStore, PendingRequests, StatePorts, StoredConversationRef, Versioned } from './ports.js';

/**
 * State in this process only: correct for one instance, lost on restart. Every map is bounded
 * (by expiry, and by a size cap that refuses new work rather than forgetting live records: an
 * evicted spent nonce would make its token usable again).
 */
export interface MemoryStateOptions {
  readonly now?: () => number;
  /** Most records one map keeps before it refuses new ones (default 200,000). */
  readonly maxEntries?: number;
}

export function createMemoryState(opts: MemoryStateOptions = {}): StatePorts {
  const now = opts.now ?? Date.now;
  const max = opts.maxEntries ?? 200_000;
  const pendings = new Map<string, MemoryPending<unknown>>();
  const outboxes = new Map<string, MemoryOutbox<unknown>>();
  return {
    kind: 'memory',
    nonces: new MemoryNonces(now, max),
    pending: <T>(name: string) => getOrMake(pendings, name, () => new MemoryPending<unknown>(now, max)) as PendingRequests<T>,
    conversations: new MemoryConversationRefs(max),
    outbox: <T>(name: string) => getOrMake(outboxes, name, () => new MemoryOutbox<unknown>(now, max)) as OutboxStore<T>,
    async close() {},
  };
}

function getOrMake<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** Thrown when a bounded map is full of live records: the caller refuses the work. */
export class StateFullError extends Error {
  override readonly name = 'StateFullError';
}

class MemoryNonces implements NonceStore {
  private readonly used = new Map<string, number>();
  constructor(
    private readonly now: () => number,
    private readonly max: number,
  ) {}

  // mutate:begin state-claim-cas
  async claim(nonce: string, expiresAt: number): Promise<boolean> {
    const t = this.now();
    if (this.used.size >= this.max) sweep(this.used, t);
    if (this.used.has(nonce)) return false;
    if (this.used.size >= this.max) throw new StateFullError('too many unexpired confirmations');
    this.used.set(nonce, expiresAt);
    return true;
  }
}

/** Drop expired entries (values are expiry times). */
function sweep(map: Map<string, number>, t: number): void {
  for (const [k, exp] of map) if (exp <= t) map.delete(k);
}

interface PendingRow<T> {
  value: T;
  etag: string;
  expiresAt: number;
}

class MemoryPending<T> implements PendingRequests<T> {
  private readonly rows = new Map<string, PendingRow<T>>();
  private version = 0;
  constructor(
    private readonly now: () => number,
    private readonly max: number,
  ) {}

  async create(id: string, value: T, expiresAt: number): Promise<boolean> {
    const t = this.now();
    const existing = this.rows.get(id);
    if (existing && existing.expiresAt > t) return false;
    if (this.rows.size >= this.max) for (const [k, r] of this.rows) if (r.expiresAt <= t) this.rows.delete(k);
    if (this.rows.size >= this.max) throw new StateFullError('too many pending requests');
    this.rows.set(id, { value: clone(value), etag: this.nextEtag(), expiresAt });
    return true;
  }

  async get(id: string): Promise<Versioned<T> | undefined> {
    const r = this.rows.get(id);
    if (!r) return undefined;
    if (r.expiresAt <= this.now()) {
      this.rows.delete(id);
      return undefined;
    }
    return { value: clone(r.value), etag: r.etag };
  }

  async update(id: string, value: T, etag: string, expiresAt?: number): Promise<boolean> {
    const r = this.rows.get(id);
    if (!r || r.etag !== etag || r.expiresAt <= this.now()) return false;
    this.rows.set(id, { value: clone(value), etag: this.nextEtag(), expiresAt: expiresAt ?? r.expiresAt });
    return true;
  }

  async delete(id: string, etag?: string): Promise<boolean> {
    const r = this.rows.get(id);
    if (!r || (etag !== undefined && r.etag !== etag)) return false;
    this.rows.delete(id);
    return true;
  }

  private nextEtag(): string {
    this.version += 1;
    return `m${this.version}`;
  }
}
// mutate:end state-claim-cas

class MemoryConversationRefs implements ConversationRefs {
  private readonly refs = new Map<string, StoredConversationRef>();
  constructor(private readonly max: number) {}

  async put(userId: string, ref: StoredConversationRef): Promise<void> {
    this.refs.delete(userId);
    // Least recently written goes first: a reference can always be learnt again from a message.
    if (this.refs.size >= this.max) this.refs.delete(this.refs.keys().next().value as string);
    this.refs.set(userId, { ...ref });
  }

  async get(userId: string): Promise<StoredConversationRef | undefined> {
    const r = this.refs.get(userId);
    return r && { ...r };
  }
}

class MemoryOutbox<T> implements OutboxStore<T> {
  private readonly items = new Map<string, OutboxRow<T>>();
  private version = 0;
  constructor(
    private readonly now: () => number,
    private readonly max: number,
  ) {}

  async add(id: string, payload: T, opts: { dueAt?: number; giveUpAt?: number } = {}): Promise<void> {
    if (this.items.has(id)) return;
    if (this.items.size >= this.max) throw new StateFullError('outbox full');
    const dueAt = opts.dueAt ?? this.now();
    this.items.set(id, {
      id,
      payload: clone(payload),
      attempts: 0,
      dueAt,
      giveUpAt: opts.giveUpAt ?? dueAt + 24 * 3600_000,
      etag: this.nextEtag(),
      leasedUntil: 0,
    });
  }

  async lease(now: number, leaseMs: number, max: number): Promise<OutboxItem<T>[]> {
    const out: OutboxItem<T>[] = [];
    for (const item of this.items.values()) {
      if (out.length >= max) break;
      if (item.dueAt > now || item.leasedUntil > now) continue;
      item.leasedUntil = now + leaseMs;
      item.etag = this.nextEtag();
      out.push(view(item));
    }
    return out;
  }

  async complete(item: OutboxItem<T>): Promise<void> {
    const cur = this.items.get(item.id);
    if (cur && cur.etag === item.etag) this.items.delete(item.id);
  }

  async retry(item: OutboxItem<T>, dueAt: number, lastError: string): Promise<void> {
    const cur = this.items.get(item.id);
    if (!cur || cur.etag !== item.etag) return;
    cur.attempts += 1;
    cur.dueAt = dueAt;
    cur.lastError = lastError;
    cur.leasedUntil = 0;
    cur.etag = this.nextEtag();
  }

  async get(id: string): Promise<OutboxItem<T> | undefined> {
    const cur = this.items.get(id);
    return cur && view(cur);
  }

  private nextEtag(): string {
    this.version += 1;
    return `m${this.version}`;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type OutboxRow<T> = Mutable<OutboxItem<T>> & { leasedUntil: number };

function view<T>(item: OutboxRow<T>): OutboxItem<T> {
  const { leasedUntil: _l, ...rest } = item;
  return { ...rest, payload: clone(rest.payload) };
}

/** Callers must not share mutable objects with the store (the Table store serialises too). */
function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
