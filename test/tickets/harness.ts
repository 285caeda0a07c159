import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import type { ResetEvent } from '../../src/reset/events.js';
import { createMemoryState } from '../../src/state/memory.js';
import type { OutboxStore } from '../../src/state/ports.js';
import { createTicketing, type Ticketing } from '../../src/tickets/index.js';
import type { TicketConfig } from '../../src/tickets/config.js';
import { renderNote } from '../../src/tickets/note.js';
import { outboxId, type TicketJob } from '../../src/tickets/outbox.js';
import { TicketError, type TicketNote } from '../../src/tickets/types.js';
import type { FakeResponse, FakeServer } from '../fakes/tickets/server.js';

/** Log records as text, at debug level, so a leaked secret anywhere would show. */
export function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      cb();
    },
  });
  const log = createLogger('debug', stream);
  return { log, lines, text: () => lines.join('\n'), records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export function completedEvent(
  over: Partial<Extract<ResetEvent, { type: 'completed' }>> = {},
): Extract<ResetEvent, { type: 'completed' }> & { tapIssued: boolean; sessionsRevoked: boolean } {
  return {
    type: 'completed',
    correlationId: 'R-7F3K2Q',
    at: Date.UTC(2026, 11, 1, 19, 40, 5),
    requester: { userId: 'tech-oid-1', tenantId: 't1', displayName: 'Tom Tech' },
    subject: { userId: 'ana-oid-2', tenantId: 't1', displayName: 'Ana Lopez' },
    ticket: 'X',
    path: 'targetConfirmed',
    removed: [{ kind: 'microsoftAuthenticator' }, { kind: 'phone', phoneType: 'mobile' }],
    alreadyGone: [],
    changed: [{ kind: 'phone', phoneType: 'office' }],
    defaultChange: { to: 'fido2', ok: true },
    graphRequestIds: ['g-1'],
    tapIssued: true,
    sessionsRevoked: false,
    ...over,
  };
}

export interface Harness {
  readonly ticketing: Ticketing;
  readonly outbox: OutboxStore<TicketJob>;
  readonly log: ReturnType<typeof captureLog>;
  clock: number;
  advance(ms: number): void;
  /** Emit and let the worker finish its pass. */
  emitAndDeliver(e: ResetEvent): Promise<void>;
}

export function harness(config: TicketConfig, outbox?: OutboxStore<TicketJob>): Harness {
  const log = captureLog();
  const store = outbox ?? createMemoryState().outbox<TicketJob>('ticketnotes');
  // Wall-clock based (the webhook receiver checks the timestamp), advanced by hand.
  const h: Harness = {
    clock: Date.now(),
    advance(ms) {
      h.clock += ms;
    },
    outbox: store,
    log,
    ticketing: undefined as unknown as Ticketing,
    async emitAndDeliver(e) {
      await h.ticketing.sink.emit(e);
      await h.ticketing.worker.kick();
    },
  };
  (h as { ticketing: Ticketing }).ticketing = createTicketing(config, {
    outbox: store,
    log: log.log,
    now: () => h.clock,
    random: () => 0.5,
    timers: { setTimeout: () => undefined, clearTimeout: () => undefined },
  });
  return h;
}

export interface ContractSpec {
  readonly fake: () => FakeServer;
  readonly config: () => TicketConfig;
  /** An open ticket, a closed one and an unknown one, as a technician types them. */
  readonly open: string;
  readonly closed?: string;
  readonly unknown?: string;
  /** Notes recorded by the fake for `open`, in the product's own shape. */
  readonly notes: () => readonly unknown[];
  /** Asserts the recorded note is exactly what the product expects, and internal. */
  readonly expectNote: (recorded: unknown, note: TicketNote) => void;
  readonly secrets: () => readonly string[];
  /** The product's rate-limit answer (429 with its headers). */
  readonly tooMany: (retryAfterSeconds: number) => FakeResponse;
}

/** The behaviours every adapter must show, over real HTTP against its fake. */
export function adapterContract(spec: ContractSpec): void {
  const event = (e: Partial<Extract<ResetEvent, { type: 'completed' }>> = {}) => completedEvent({ ticket: spec.open, ...e });

  it('writes exactly one internal note with the reset details', async () => {
    const h = harness(spec.config());
    await h.emitAndDeliver(event());
    expect(spec.notes()).toHaveLength(1);
    spec.expectNote(spec.notes()[0], renderNote(event()));
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('updated');
  });

  if (spec.unknown) {
    const unknown = spec.unknown;
    it('refuses an unknown ticket on lookup', async () => {
      const h = harness(spec.config());
      await expect(h.ticketing.lookup(unknown)).rejects.toSatisfy((e: unknown) => e instanceof TicketError && e.kind === 'notFound');
    });
  }
  if (spec.closed) {
    const closed = spec.closed;
    it('refuses a closed ticket on lookup', async () => {
      const h = harness(spec.config());
      await expect(h.ticketing.lookup(closed)).rejects.toSatisfy((e: unknown) => e instanceof TicketError && e.kind === 'closed');
    });
  }
  it('finds the open ticket on lookup', async () => {
    const h = harness(spec.config());
    const ref = await h.ticketing.lookup(spec.open);
    expect(ref.closed).toBe(false);
    expect(ref.number.toUpperCase()).toBe(spec.open.toUpperCase());
  });

  it('retries a 429 no sooner than Retry-After, then the note lands once', async () => {
    const h = harness(spec.config());
    spec.fake().fail(1, spec.tooMany(7));
    await h.emitAndDeliver(event());
    expect(spec.notes()).toHaveLength(0);
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('pending');
    const item = await h.outbox.get(outboxId('R-7F3K2Q'));
    expect(item?.dueAt).toBeGreaterThanOrEqual(h.clock + 7000);
    h.advance(6000);
    await h.ticketing.worker.runOnce();
    expect(spec.notes()).toHaveLength(0);
    h.advance(1500);
    await h.ticketing.worker.runOnce();
    expect(spec.notes()).toHaveLength(1);
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('updated');
  });

  it('retries a 503 with backoff, then the note lands once', async () => {
    const h = harness(spec.config());
    spec.fake().fail(2, { status: 503, body: { message: 'Service Unavailable' } });
    await h.emitAndDeliver(event());
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('pending');
    h.advance(4000); // first backoff: 2.5-5 s; random() = 0.5 gives 3.75 s
    await h.ticketing.worker.runOnce();
    expect(spec.notes()).toHaveLength(0);
    h.advance(8000);
    await h.ticketing.worker.runOnce();
    expect(spec.notes()).toHaveLength(1);
    expect(await h.outbox.get(outboxId('R-7F3K2Q'))).toBeUndefined();
  });

  it('retries a 409 conflict (a concurrent edit) and a 404 is never retried', async () => {
    const h = harness(spec.config());
    spec.fake().fail(1, { status: 409, body: { message: 'conflict' } });
    await h.emitAndDeliver(event());
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('pending');
    h.advance(10_000);
    await h.ticketing.worker.runOnce();
    expect(spec.notes()).toHaveLength(1);
    const h2 = harness(spec.config());
    spec.fake().fail(5, { status: 404, body: { message: 'gone' } });
    await h2.emitAndDeliver(event({ correlationId: 'R-404' }));
    expect(await h2.ticketing.sink.status('R-404')).toBe('failed: ticket not found');
  });

  for (const [status, kind] of [
    [401, 'auth'],
    [403, 'forbidden'],
  ] as const) {
    it(`gives up on ${status} at once with one operator log line and no credentials in the logs`, async () => {
      const h = harness(spec.config());
      spec.fake().fail(5, { status, body: { message: 'denied' } });
      await h.emitAndDeliver(event());
      expect(spec.notes()).toHaveLength(0);
      const st = await h.ticketing.sink.status('R-7F3K2Q');
      expect(st).toMatch(/^failed: /);
      expect(await h.outbox.get(outboxId('R-7F3K2Q'))).toBeUndefined();
      const given = h.log.records().filter((r) => typeof r.msg === 'string' && r.msg.startsWith('ticket update given up'));
      expect(given).toHaveLength(1);
      expect(given[0]?.kind).toBe(kind);
      expect(given[0]?.level).toBe('error');
      expect(spec.fake().requests).toHaveLength(1);
      for (const s of spec.secrets()) expect(h.log.text()).not.toContain(s);
    });
  }

  it('keeps credentials out of logs on success too', async () => {
    const h = harness(spec.config());
    await h.emitAndDeliver(event());
    expect(h.log.lines.length).toBeGreaterThan(0);
    for (const s of spec.secrets()) {
      expect(h.log.text()).not.toContain(s);
      expect(h.log.text()).not.toContain(Buffer.from(s).toString('base64'));
    }
  });
}
