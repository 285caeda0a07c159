/**
 * Per-user limit on turns that call Graph (issue 10, item 8): every user shares the app's one
 * Graph throttling budget, so one busy user must not spend it for everyone. A sliding window per
 * user, in this instance's memory (a limit per instance is enough to protect the budget).
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 50_000,
  ) {}

  /** Users whose window is still remembered. */
  get size(): number {
    return this.hits.size;
  }

  /** True (and counted) when the user may make another Graph-backed request now. */
  allow(userId: string): boolean {
    if (this.perMinute <= 0) return true;
    const t = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((at) => t - at < 60_000);
    if (recent.length >= this.perMinute) {
      this.hits.set(userId, recent);
      return false;
    }
    recent.push(t);
    this.hits.delete(userId);
    // Least recently counted first: users whose whole window has passed leave from the front.
    for (const [key, times] of this.hits) {
      if (t - (times.at(-1) ?? 0) < 60_000) break;
      this.hits.delete(key);
    }
    // Forgetting the least recently seen user only ever gives them a fresh window.
    if (this.hits.size >= this.maxUsers) this.hits.delete(this.hits.keys().next().value as string);
    this.hits.set(userId, recent);
    return true;
  }
}
