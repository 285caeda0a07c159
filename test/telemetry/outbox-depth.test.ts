import { describe, expect, it } from 'vitest';
import { createMemoryState } from '../../src/state/memory.js';
import { countedOutbox } from '../../src/telemetry/metrics.js';

describe('the ticket outbox depth gauge (countedOutbox)', () => {
  it('reports items added and not yet completed; a repeated add of the same id counts once; a retry stays counted', async () => {
    let now = 1_000_000;
    const state = createMemoryState({ now: () => now });
    let read: () => number = () => NaN;
    const outbox = countedOutbox(state.outbox<{ n: number }>('ticketnotes'), (r) => (read = r));
    expect(read()).toBe(0);
    await outbox.add('a', { n: 1 });
    await outbox.add('b', { n: 2 });
    await outbox.add('a', { n: 1 }); // idempotent in the store: not a second item
    expect(read()).toBe(2);
    const [first, second] = await outbox.lease(now, 60_000, 5);
    await outbox.retry(first!, now + 1000, 'ticket system down');
    expect(read()).toBe(2);
    await outbox.complete(second!);
    expect(read()).toBe(1);
    now += 120_000;
    const [again] = await outbox.lease(now, 60_000, 5);
    await outbox.complete(again!);
    expect(read()).toBe(0);
    await state.close();
  });
});
