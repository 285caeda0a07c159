import { describe, expect, it } from 'vitest';
import { TechnicianRateLimit, type RateWindow } from '../../src/helpdesk/limits.js';
import { createMemoryState } from '../../src/state/memory.js';

function rig(perHour = 20) {
  let t = 1_700_000_000_000;
  const clock = { now: () => t, advance: (ms: number) => void (t += ms) };
  const store = createMemoryState({ now: clock.now }).pending<RateWindow>('helpdeskRate');
  const limiter = () => new TechnicianRateLimit(store, { perHour, now: clock.now });
  return { clock, a: limiter(), b: limiter() };
}

describe('requests per technician per hour', () => {
  it('allows 20 in an hour, refuses the 21st with when the next one is allowed', async () => {
    const { a, clock } = rig();
    for (let i = 0; i < 20; i++) {
      expect(await a.take('t', 'tech-1')).toEqual({ ok: true });
      clock.advance(60_000);
    }
    // The first one was 20 minutes ago: the window frees it in 40 minutes.
    expect(await a.take('t', 'tech-1')).toEqual({ ok: false, reason: 'limited', retryAfterMs: 40 * 60_000 });
    expect(await a.take('t', 'tech-2')).toEqual({ ok: true }); // per technician
    clock.advance(40 * 60_000);
    expect(await a.take('t', 'tech-1')).toEqual({ ok: true }); // a sliding window, not a fixed hour
    expect((await a.take('t', 'tech-1')).ok).toBe(false);
  });

  it('holds across instances racing on one store: exactly the limit gets through', async () => {
    const { a, b } = rig(5);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).take('t', 'tech-1')));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    // The rest are refused: as 'limited', or as 'contention' when they kept losing the race.
    expect(results.filter((r) => !r.ok)).toHaveLength(7);
    expect(await a.take('t', 'tech-1')).toMatchObject({ ok: false, reason: 'limited' });
  });
});
