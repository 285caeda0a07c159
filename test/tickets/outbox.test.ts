import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryState } from '../../src/state/memory.js';
import { StateUnavailableError, type OutboxStore } from '../../src/state/ports.js';
import { parseTicketConfig } from '../../src/tickets/config.js';
import { retryAfterMs } from '../../src/tickets/http.js';
import { createTicketing } from '../../src/tickets/index.js';
import { outboxId, type TicketJob } from '../../src/tickets/outbox.js';
import type { StatusRecord } from '../../src/tickets/status.js';
import { FakeServiceNow, SN_CREDS, type SnRecord } from '../fakes/tickets/servicenow.js';
import { captureLog, completedEvent, harness } from './harness.js';

let sn: FakeServiceNow;
let open: SnRecord;
beforeEach(async () => {
  sn = await new FakeServiceNow().start();
  open = sn.add('INC0010002');
});
afterEach(() => sn.close());

const cfg = (extra: Record<string, string> = {}) =>
  parseTicketConfig({
    TICKET_SYSTEM: 'servicenow',
    SERVICENOW_INSTANCE_URL: sn.url,
    SERVICENOW_USERNAME: SN_CREDS.username,
    SERVICENOW_PASSWORD: SN_CREDS.password,
    ...extra,
  })!;
const event = () => completedEvent({ ticket: 'INC0010002' });

/** One bot instance over shared state; `clock` is shared so instances agree on time. */
function instance(state: ReturnType<typeof createMemoryState>, clock: { t: number }) {
  const log = captureLog();
  const t = createTicketing(cfg(), {
    outbox: state.outbox<TicketJob>('ticketnotes'),
    results: state.pending<StatusRecord>('ticketstatus'),
    log: log.log,
    now: () => clock.t,
    random: () => 0.5,
    timers: { setTimeout: () => undefined, clearTimeout: () => undefined },
  });
  return { ...t, log };
}

describe('ticket outbox', () => {
  it('gives up after the bounded time with one operator line, and the card says why', async () => {
    sn.fail(1000, { status: 503, body: { error: { message: 'Service Unavailable', detail: '' }, status: 'failure' } });
    const h = harness(cfg({ TICKET_RETRY_HOURS: '1' }));
    await h.emitAndDeliver(event());
    let passes = 0;
    while ((await h.ticketing.sink.status('R-7F3K2Q')) === 'pending' && passes < 100) {
      const item = await h.outbox.get(outboxId('R-7F3K2Q'));
      h.clock = Math.max(h.clock, item?.dueAt ?? h.clock);
      await h.ticketing.worker.runOnce();
      passes += 1;
    }
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('failed: the ticket system did not answer in time');
    expect(passes).toBeLessThan(20); // backoff grows: 5 s, 10 s, 20 s … capped at 30 min, within 1 h
    const given = h.log.records().filter((r) => String(r.msg).startsWith('ticket update given up'));
    expect(given).toHaveLength(1);
    expect(String(given[0]?.msg)).toMatch(/still failing after \d+ attempts over \d+ min/);
    expect(open.work_notes).toHaveLength(0);
  });

  it('survives a restart: a note pending on one instance is delivered by the next', async () => {
    const state = createMemoryState();
    const clock = { t: Date.now() };
    const a = instance(state, clock);
    sn.fail(1, { status: 503, body: { error: { message: 'down', detail: '' }, status: 'failure' } });
    await a.sink.emit(event());
    await a.worker.kick();
    expect(await a.sink.status('R-7F3K2Q')).toBe('pending');
    // Instance a is gone; b starts over the same store.
    const b = instance(state, clock);
    clock.t += 60_000;
    await b.worker.runOnce();
    expect(open.work_notes).toHaveLength(1);
    expect(await b.sink.status('R-7F3K2Q')).toBe('updated');
  });

  it('redelivers an item whose worker died mid-delivery once the lease ends', async () => {
    const state = createMemoryState();
    const clock = { t: Date.now() };
    const a = instance(state, clock);
    const store = state.outbox<TicketJob>('ticketnotes');
    // Queue without delivering, then lease it as a worker that will never finish.
    await store.add(
      outboxId('R-7F3K2Q'),
      {
        kind: 'note',
        system: 'servicenow',
        ticket: 'INC0010002',
        note: { text: 't', html: 'h', correlationId: 'R-7F3K2Q' },
        setStatus: false,
        createdAt: clock.t,
      },
      { dueAt: clock.t, giveUpAt: clock.t + 3600_000 },
    );
    expect(await store.lease(clock.t, 300_000, 10)).toHaveLength(1);
    expect(await a.worker.runOnce()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    clock.t += 300_001;
    expect((await a.worker.runOnce()).delivered).toBe(1);
    expect(open.work_notes).toEqual(['t']);
  });

  it('two instances polling at once write the note once', async () => {
    const state = createMemoryState();
    const clock = { t: Date.now() };
    const a = instance(state, clock);
    const b = instance(state, clock);
    await state.outbox<TicketJob>('ticketnotes').add(
      outboxId('R-1'),
      {
        kind: 'note',
        system: 'servicenow',
        ticket: 'INC0010002',
        note: { text: 'once', html: 'once', correlationId: 'R-1' },
        setStatus: false,
        createdAt: clock.t,
      },
      { dueAt: clock.t },
    );
    await Promise.all([a.worker.runOnce(), b.worker.runOnce()]);
    expect(open.work_notes).toEqual(['once']);
  });

  it('does not throw into the turn when the state store is down, and the card says the note was not queued', async () => {
    const down: OutboxStore<TicketJob> = {
      add: async () => {
        throw new StateUnavailableError('outbox.add');
      },
      lease: async () => {
        throw new StateUnavailableError('outbox.lease');
      },
      complete: async () => undefined,
      retry: async () => undefined,
      get: async () => undefined,
    };
    const h = harness(cfg(), down);
    await expect(h.ticketing.sink.emit(event())).resolves.toBeUndefined();
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('failed: the note could not be queued');
    expect(await h.ticketing.worker.runOnce()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(h.log.text()).toContain('state store unavailable');
  });

  it('a failed status change does not send the note again', async () => {
    sn.fail(
      1,
      { status: 400, body: { error: { message: 'Data Policy Exception', detail: 'close_notes mandatory' }, status: 'failure' } },
      (r) => r.method === 'PATCH' && r.body.includes('incident_state'),
    );
    const h = harness(cfg({ TICKET_SET_STATUS: 'on' }));
    await h.emitAndDeliver(event());
    expect(open.work_notes).toHaveLength(1);
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('updated');
    expect(h.log.text()).toContain('status change failed');
  });

  it('ignores a second event for the same reset (one note per reference id)', async () => {
    const h = harness(cfg());
    await h.emitAndDeliver(event());
    await h.emitAndDeliver({ ...event(), type: 'refused', reason: 'privilegedTarget' } as never);
    expect(open.work_notes).toHaveLength(1);
  });

  it('polls with the injected timers until stopped', async () => {
    const scheduled: { fn: () => void; ms: number }[] = [];
    const t = createTicketing(cfg(), {
      outbox: createMemoryState().outbox<TicketJob>('n'),
      log: captureLog().log,
      timers: { setTimeout: (fn, ms) => scheduled.push({ fn, ms }), clearTimeout: () => undefined },
    });
    t.worker.start();
    expect(scheduled.map((s) => s.ms)).toEqual([0]);
    scheduled[0]!.fn();
    await t.worker.kick();
    await new Promise((r) => setImmediate(r));
    expect(scheduled.map((s) => s.ms)).toEqual([0, 15_000]);
    t.worker.stop();
    scheduled[1]!.fn();
    await t.worker.kick();
    await new Promise((r) => setImmediate(r));
    expect(scheduled).toHaveLength(2);
  });
});

describe('rate-limit headers', () => {
  const now = Date.UTC(2026, 11, 1, 20, 0, 0);
  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '12' }), now)).toBe(12_000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(now + 30_000).toUTCString() }), now)).toBe(30_000);
  });
  it('falls back to X-RateLimit-Reset as Unix seconds (ServiceNow) or ISO 8601 (Jira)', () => {
    expect(retryAfterMs(new Headers({ 'x-ratelimit-reset': String(now / 1000 + 90) }), now)).toBe(90_000);
    expect(retryAfterMs(new Headers({ 'x-ratelimit-reset': '2026-12-01T20:05Z' }), now)).toBe(300_000);
    expect(retryAfterMs(new Headers({}), now)).toBeUndefined();
  });
});
