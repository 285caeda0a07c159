import type { PendingRequests } from '../state/ports.js';

/**
 * Final outcomes of ticket jobs ("updated", "failed: reason"), kept for a week so a technician's
 * card (or another instance) can show them after the outbox item is gone.
 */
export interface StatusRecord {
  readonly state: 'updated' | 'failed';
  readonly ticket?: string | undefined;
  readonly reason?: string | undefined;
  readonly at: number;
}

export interface StatusStore {
  get(id: string): Promise<StatusRecord | undefined>;
  set(id: string, rec: StatusRecord): Promise<void>;
}

const KEEP_MS = 7 * 24 * 3600_000;

/** Over the shared-state `PendingRequests` port, so every instance sees the same outcome. */
export function statusStoreOver(store: PendingRequests<StatusRecord>, now: () => number): StatusStore {
  return {
    async get(id) {
      return (await store.get(id))?.value;
    },
    async set(id, rec) {
      const exp = now() + KEEP_MS;
      if (await store.create(id, rec, exp)) return;
      const cur = await store.get(id);
      if (cur) await store.update(id, rec, cur.etag, exp);
      else await store.create(id, rec, exp);
    },
  };
}

/** One instance only, bounded: the fallback when no shared store is wired. */
export function memoryStatusStore(max = 10_000): StatusStore {
  const m = new Map<string, StatusRecord>();
  return {
    async get(id) {
      return m.get(id);
    },
    async set(id, rec) {
      m.delete(id);
      if (m.size >= max) m.delete(m.keys().next().value as string);
      m.set(id, rec);
    },
  };
}
