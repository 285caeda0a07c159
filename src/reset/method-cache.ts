import type { AuthMethod } from './types.js';

/**
 * A short-lived per-user cache of the method list (issue 10, item 8): a burst of "show my
 * methods" from one user costs one Graph call, and concurrent askers share the call in flight.
 * A reset invalidates the user's entry; a failed read is never cached.
 */
export class MethodCache {
  private readonly entries = new Map<string, { readonly at: number; readonly list: Promise<AuthMethod[]> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  get(userId: string, load: () => Promise<AuthMethod[]>): Promise<AuthMethod[]> {
    const hit = this.entries.get(userId);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.list;
    if (this.ttlMs <= 0) return load();
    const list = load();
    this.entries.delete(userId);
    // Oldest first (a refreshed entry moves to the end): expired entries leave from the front, so
    // the cache holds the last few seconds of users, not the last ten thousand.
    for (const [key, e] of this.entries) {
      if (this.now() - e.at < this.ttlMs) break;
      this.entries.delete(key);
    }
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    const entry = { at: this.now(), list };
    this.entries.set(userId, entry);
    list.catch(() => {
      if (this.entries.get(userId) === entry) this.entries.delete(userId);
    });
    return list;
  }

  /** Users held now (bounded by time and by count). */
  get size(): number {
    return this.entries.size;
  }

  invalidate(userId: string): void {
    this.entries.delete(userId);
  }
}
