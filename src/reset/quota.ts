import type { PendingRequests } from '../state/ports.js';
import type { Party } from './events.js';

/**
 * At most N confirmed self-service resets per user in any rolling 24 hours
 * (SELF_SERVICE_RESETS_PER_DAY), counted in the shared store so every instance sees the same
 * count. A rolling window rather than the UTC day: a limit that resets at midnight UTC would
 * allow 2N resets in a few minutes around it. The row is the times of the counted resets; a
 * new one is written by compare-and-set on the row's etag (Table Storage's ETag), so two Yes
 * clicks racing for the last slot on two instances cannot both win: the loser re-reads and
 * finds the window full.
 */
export interface ResetWindow {
  /** Epoch ms of the counted resets inside the window, oldest first. */
  readonly times: readonly number[];
}

export type QuotaPeek = { readonly ok: true; readonly left: number } | { readonly ok: false; readonly retryAt: number };

export type QuotaTake =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'limited'; readonly retryAt: number } | { readonly ok: false; readonly reason: 'contention' };

const WINDOW_MS = 24 * 3600_000;
const MAX_ATTEMPTS = 5;

export class DailyResetQuota {
  private readonly now: () => number;

  constructor(
    private readonly store: PendingRequests<ResetWindow>,
    private readonly perDay: number,
    now?: () => number,
  ) {
    this.now = now ?? Date.now;
  }

  /** Whether a reset is left, without counting one (the offer). */
  async peek(subject: Party): Promise<QuotaPeek> {
    const t = this.now();
    const row = await this.store.get(keyOf(subject));
    const recent = inWindow(row?.value, t);
    if (recent.length >= this.perDay) return { ok: false, retryAt: recent[recent.length - this.perDay]! + WINDOW_MS };
    return { ok: true, left: this.perDay - recent.length };
  }

  /** Count one confirmed reset, or say when the next is allowed. Store faults propagate (the caller refuses). */
  async take(subject: Party): Promise<QuotaTake> {
    const key = keyOf(subject);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const t = this.now();
      const row = await this.store.get(key);
      const recent = inWindow(row?.value, t);
      if (recent.length >= this.perDay) return { ok: false, reason: 'limited', retryAt: recent[recent.length - this.perDay]! + WINDOW_MS };
      const next: ResetWindow = { times: [...recent, t] };
      const written = row ? await this.store.update(key, next, row.etag, t + WINDOW_MS) : await this.store.create(key, next, t + WINDOW_MS);
      if (written) return { ok: true };
    }
    return { ok: false, reason: 'contention' };
  }
}

function keyOf(subject: Party): string {
  return `reset:${subject.tenantId.toLowerCase()}:${subject.userId.toLowerCase()}`;
}

function inWindow(w: ResetWindow | undefined, t: number): number[] {
  const times = Array.isArray(w?.times) ? w.times.filter((x) => typeof x === 'number' && Number.isFinite(x)) : [];
  // A time ahead of this clock (another instance's) still counts: skew must not buy a reset.
  return times.filter((at) => at > t - WINDOW_MS).sort((a, b) => a - b);
}
