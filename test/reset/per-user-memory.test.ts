import { describe, expect, it } from 'vitest';
import { MethodCache } from '../../src/reset/method-cache.js';
import { RateLimiter } from '../../src/reset/rate-limit.js';

/** Per-user state lives only as long as it is useful: memory stays flat under many users. */
describe('per-user memory is released when it expires', () => {
  it('the method-list cache forgets users whose entry expired, and still shares a fresh one', async () => {
    let now = 0;
    const cache = new MethodCache(10_000, () => now);
    let loads = 0;
    const load = async () => {
      loads++;
      return [];
    };
    for (let i = 0; i < 1000; i++) await cache.get(`user-${i}`, load);
    expect(cache.size).toBe(1000);
    await cache.get('user-1', load);
    expect(loads).toBe(1000); // still fresh: shared
    now += 10_000;
    await cache.get('someone-new', load);
    expect(cache.size).toBe(1);
  });

  it('the rate limiter forgets users whose minute has passed, and still limits a busy one', () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now);
    for (let i = 0; i < 1000; i++) limiter.allow(`user-${i}`);
    expect(limiter.size).toBe(1000);
    expect(limiter.allow('busy')).toBe(true);
    expect(limiter.allow('busy')).toBe(true);
    expect(limiter.allow('busy')).toBe(false);
    now += 60_000;
    expect(limiter.allow('someone-new')).toBe(true);
    expect(limiter.size).toBe(1);
    expect(limiter.allow('busy')).toBe(true); // a new minute for them too
  });
});
