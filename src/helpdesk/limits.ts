import type { PendingRequests } from '../state/ports.js';

/**
 * Helpdesk limits, kept in the shared state store so they hold across bot instances:
 * requests per technician per hour (a sliding window), and one pending request per target.
 * Both use the store's compare-and-set; a lost race re-reads and decides again.
 */

const MAX_ATTEMPTS = 5;

export interface RateWindow {
  /** Start times (epoch ms) of the requests inside the window, oldest first. */
  readonly times: readonly number[];
}

export type RateResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'limited'; readonly retryAfterMs: number }
  | { readonly ok: false; readonly reason: 'contention' };

export class TechnicianRateLimit {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(
    private readonly store: PendingRequests<RateWindow>,
    opts: { readonly perHour?: number; readonly windowMs?: number; readonly now?: () => number } = {},
  ) {
    this.limit = Math.max(1, opts.perHour ?? 20);
    this.windowMs = opts.windowMs ?? 3_600_000;
    this.now = opts.now ?? Date.now;
  }

  /** Count one request for `technicianId`, or say when the next one is allowed. */
  async take(tenantId: string, technicianId: string): Promise<RateResult> {
    const key = `rate:${tenantId.toLowerCase()}:${technicianId.toLowerCase()}`;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const t = this.now();
      const row = await this.store.get(key);
      const recent = (row?.value.times ?? []).filter((at) => at > t - this.windowMs);
      if (recent.length >= this.limit) {
        return { ok: false, reason: 'limited', retryAfterMs: Math.max(0, recent[0]! + this.windowMs - t) };
      }
      const next: RateWindow = { times: [...recent, t] };
      const expiresAt = t + this.windowMs;
      const written = row ? await this.store.update(key, next, row.etag, expiresAt) : await this.store.create(key, next, expiresAt);
      if (written) return { ok: true };
    }
    return { ok: false, reason: 'contention' };
  }
}

export interface TargetLock {
  readonly requestId: string;
}

export type LockResult = { readonly ok: true } | { readonly ok: false; readonly heldBy: string };

/** One pending helpdesk request per target user, across instances. */
export class TargetLocks {
  constructor(private readonly store: PendingRequests<TargetLock>) {}

  /** Claim the target for `requestId` until `expiresAt`; a stale holder is replaced when `isStale` says so. */
  async claim(tenantId: string, targetId: string, requestId: string, expiresAt: number, isStale: (heldBy: string) => Promise<boolean>): Promise<LockResult> {
    const key = lockKey(tenantId, targetId);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (await this.store.create(key, { requestId }, expiresAt)) return { ok: true };
      const row = await this.store.get(key);
      if (!row) continue; // expired or released between the two calls: try again
      if (!(await isStale(row.value.requestId))) return { ok: false, heldBy: row.value.requestId };
      // The holder finished without releasing (an instance died mid-way): take it over, by etag.
      if (await this.store.update(key, { requestId }, row.etag, expiresAt)) return { ok: true };
    }
    return { ok: false, heldBy: '' };
  }

  /** Release only if `requestId` still holds it. */
  async release(tenantId: string, targetId: string, requestId: string): Promise<void> {
    const key = lockKey(tenantId, targetId);
    const row = await this.store.get(key);
    if (row?.value.requestId === requestId) await this.store.delete(key, row.etag);
  }
}

function lockKey(tenantId: string, targetId: string): string {
  return `target:${tenantId.toLowerCase()}:${targetId.toLowerCase()}`;
}
