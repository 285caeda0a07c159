import type { Logger } from 'pino';
import type { EventSink, ResetEvent } from '../reset/events.js';
import { StateUnavailableError, type OutboxItem, type OutboxStore } from '../state/ports.js';
import { renderNote, wantsNote, type NoteEvent } from './note.js';
import type { StatusStore } from './status.js';
import { TicketError, isRetryable, type TicketAdapter, type TicketNote, type TicketSystem } from './types.js';

/**
 * The ticket system never decides the reset's truth: notes go to a durable outbox and a worker
 * delivers them (lease → deliver → complete), retrying rate limits and outages with backoff and
 * jitter until they land or `giveUpAt` passes. Auth, permission and not-found failures are given
 * up at once with one operator log line, because retrying cannot fix them.
 */

export interface TicketJob {
  /** `note`: write into the named ticket; `record`: open a self-service record ticket. */
  readonly kind: 'note' | 'record';
  readonly system: TicketSystem;
  readonly ticket?: string | undefined;
  readonly note: TicketNote;
  readonly title?: string | undefined;
  readonly requester?: string | undefined;
  readonly setStatus: boolean;
  readonly createdAt: number;
}

export type TicketStatus = 'updated' | 'pending' | `failed: ${string}`;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WorkerOptions {
  readonly store: OutboxStore<TicketJob>;
  readonly adapter: TicketAdapter;
  readonly results: StatusStore;
  readonly log: Logger;
  readonly now: () => number;
  readonly timers?: Timers;
  readonly random?: () => number;
  /**
   * Longer than a whole batch takes (per item: token + lookup + note + status, each ≤ 15 s), so
   * no other instance leases an item this worker is still delivering.
   */
  readonly leaseMs?: number;
  readonly pollMs?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly batch?: number;
  /** Variables to check when the product refuses the credentials (for the operator line). */
  readonly credentialHint?: string;
}

export interface RunSummary {
  delivered: number;
  retried: number;
  failed: number;
}

const NODE_TIMERS: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export const outboxId = (correlationId: string) => `ticket:${correlationId}`;

export class OutboxWorker {
  private timer: unknown;
  private running: Promise<RunSummary> | undefined;
  private again = false;
  private stopped = true;
  private readonly timers: Timers;

  constructor(private readonly o: WorkerOptions) {
    this.timers = o.timers ?? NODE_TIMERS;
  }

  /** Poll every `pollMs` (due retries, items whose worker died), until `stop()`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Deliver what is due now (a new note should not wait for the next poll). */
  kick(): Promise<RunSummary> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** One pass: lease what is due and deliver it. Never throws. */
  async runOnce(): Promise<RunSummary> {
    const sum: RunSummary = { delivered: 0, retried: 0, failed: 0 };
    let items: OutboxItem<TicketJob>[];
    try {
      items = await this.o.store.lease(this.o.now(), this.o.leaseMs ?? 300_000, this.o.batch ?? 5);
    } catch (err) {
      this.o.log.warn({ err: errName(err) }, 'ticket outbox: state store unavailable; will try again');
      return sum;
    }
    for (const item of items) {
      try {
        sum[await this.deliver(item)] += 1;
      } catch (err) {
        // Only the store can throw here; the item's lease ends and it is delivered later.
        this.o.log.warn({ err: errName(err), outboxId: item.id }, 'ticket outbox: could not record a delivery; will try again');
      }
    }
    return sum;
  }

  private async drain(): Promise<RunSummary> {
    const total: RunSummary = { delivered: 0, retried: 0, failed: 0 };
    do {
      this.again = false;
      const s = await this.runOnce();
      total.delivered += s.delivered;
      total.retried += s.retried;
      total.failed += s.failed;
    } while (this.again);
    return total;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = this.timers.setTimeout(() => {
      void this.kick().finally(() => this.schedule(this.o.pollMs ?? 15_000));
    }, ms);
  }

  private async deliver(item: OutboxItem<TicketJob>): Promise<keyof RunSummary> {
    const job = item.payload;
    const { adapter, log } = this.o;
    try {
      let number: string;
      if (job.kind === 'record') {
        if (!adapter.create) throw new TicketError('invalid', `${adapter.system}: creating record tickets is not supported`);
        const ref = await adapter.create({ title: job.title ?? 'MFA reset', note: job.note, requester: job.requester ?? '' });
        number = ref.number;
      } else {
        // A note after the fact still lands on a ticket closed in the meantime.
        const ref = await adapter.lookup(job.ticket ?? '', { allowClosed: true });
        await adapter.addInternalNote(ref, job.note);
        number = ref.number;
        if (job.setStatus && adapter.setStatus) {
          // The note has landed; a failed status change must not re-send it.
          await adapter.setStatus(ref).catch((err: unknown) => {
            log.warn(
              { system: adapter.system, ticket: number, correlationId: job.note.correlationId, err: describe(err) },
              'ticket note written but the status change failed',
            );
          });
        }
      }
      await this.o.store.complete(item);
      await this.o.results.set(item.id, { state: 'updated', ticket: number, at: this.o.now() });
      log.info({ system: adapter.system, ticket: number, correlationId: job.note.correlationId, attempts: item.attempts + 1 }, 'ticket updated');
      return 'delivered';
    } catch (err) {
      if (err instanceof StateUnavailableError) throw err;
      const te = err instanceof TicketError ? err : new TicketError('transient', `${adapter.system}: unexpected error (${errName(err)})`, { cause: err });
      const now = this.o.now();
      if (isRetryable(te)) {
        const dueAt = now + this.delay(item.attempts, te.retryAfterMs);
        if (dueAt <= item.giveUpAt) {
          await this.o.store.retry(item, dueAt, te.message);
          log.warn(
            {
              system: adapter.system,
              ticket: job.ticket,
              correlationId: job.note.correlationId,
              kind: te.kind,
              status: te.status,
              attempts: item.attempts + 1,
              retryInMs: dueAt - now,
            },
            'ticket update pending; will retry',
          );
          return 'retried';
        }
      }
      const reason = this.reason(te, item, now);
      await this.o.store.complete(item);
      await this.o.results.set(item.id, { state: 'failed', ticket: job.ticket, reason: reason.short, at: now });
      // The one operator line: what failed, why, and what to change.
      log.error(
        {
          system: adapter.system,
          ticket: job.ticket,
          correlationId: job.note.correlationId,
          kind: te.kind,
          status: te.status,
          attempts: item.attempts + 1,
          detail: te.message,
        },
        `ticket update given up: ${reason.operator}`,
      );
      return 'failed';
    }
  }

  /** Exponential backoff with jitter, never sooner than the product asked. */
  private delay(attempts: number, retryAfterMs: number | undefined): number {
    const base = this.o.baseDelayMs ?? 5_000;
    const cap = this.o.maxDelayMs ?? 30 * 60_000;
    const exp = Math.min(cap, base * 2 ** Math.min(attempts, 20));
    const jittered = exp / 2 + (this.o.random ?? Math.random)() * (exp / 2);
    return Math.round(Math.max(jittered, retryAfterMs ?? 0));
  }

  private reason(te: TicketError, item: OutboxItem<TicketJob>, now: number): { short: string; operator: string } {
    const sys = this.o.adapter.system;
    switch (te.kind) {
      case 'auth':
        return {
          short: "the ticket system refused the bot's credentials",
          operator: `${sys} refused the credentials; check ${this.o.credentialHint ?? 'the ticket system variables'}`,
        };
      case 'forbidden':
        return {
          short: 'the bot may not write to this ticket',
          operator: `${sys} denied permission; give the integration user the right to add internal notes`,
        };
      case 'notFound':
        return { short: 'ticket not found', operator: `${sys} does not know the ticket (or hides it from the integration user)` };
      case 'closed':
        return { short: 'the ticket is closed', operator: `${sys} ticket is closed` };
      case 'invalid':
        return { short: 'the ticket system rejected the note', operator: `${sys} rejected the request: ${te.message}` };
      default: {
        const mins = Math.round((now - item.payload.createdAt) / 60_000);
        return {
          short: 'the ticket system did not answer in time',
          operator: `${sys} still failing after ${item.attempts + 1} attempts over ${mins} min: ${te.message}`,
        };
      }
    }
  }
}

export interface TicketSinkOptions {
  readonly store: OutboxStore<TicketJob>;
  readonly worker: Pick<OutboxWorker, 'kick'>;
  readonly results: StatusStore;
  readonly system: TicketSystem;
  readonly log: Logger;
  readonly now: () => number;
  /** How long a note is retried before it is given up (default 24 h). */
  readonly giveUpMs?: number;
  readonly setStatus: boolean;
  readonly selfServiceRecords: boolean;
}

/** Turns reset events into outbox items. Never throws into the turn. */
export class TicketSink implements EventSink {
  constructor(private readonly o: TicketSinkOptions) {}

  async emit(event: ResetEvent): Promise<void> {
    const job = this.jobFor(event);
    if (!job) return;
    const now = this.o.now();
    try {
      // One note per reset: the outbox forgets delivered items, the status store does not.
      if (await this.o.results.get(outboxId(event.correlationId))) return;
      await this.o.store.add(outboxId(event.correlationId), job, { dueAt: now, giveUpAt: now + (this.o.giveUpMs ?? 24 * 3600_000) });
    } catch (err) {
      this.o.log.error(
        { system: this.o.system, ticket: job.ticket, correlationId: event.correlationId, err: errName(err) },
        'ticket note could not be queued (state store unavailable)',
      );
      await this.o.results
        .set(outboxId(event.correlationId), { state: 'failed', ticket: job.ticket, reason: 'the note could not be queued', at: now })
        .catch(() => undefined);
      return;
    }
    void this.o.worker.kick();
  }

  /** For the technician's card: "updated", "pending" or "failed: reason"; undefined if none. */
  async status(correlationId: string): Promise<TicketStatus | undefined> {
    const id = outboxId(correlationId);
    try {
      const done = await this.o.results.get(id);
      if (done) return done.state === 'updated' ? 'updated' : `failed: ${done.reason ?? 'unknown'}`;
      return (await this.o.store.get(id)) ? 'pending' : undefined;
    } catch {
      // Unknown is not "failed": the note may well be on its way.
      return 'pending';
    }
  }

  private jobFor(e: NoteEvent): TicketJob | undefined {
    const base = { system: this.o.system, createdAt: this.o.now() };
    if (wantsNote(e)) {
      return { ...base, kind: 'note', ticket: e.ticket, note: renderNote(e), setStatus: this.o.setStatus && e.type === 'completed' && e.removed.length > 0 };
    }
    if (this.o.selfServiceRecords && !e.ticket && e.type === 'completed' && e.path === 'self') {
      return {
        ...base,
        kind: 'record',
        note: renderNote(e),
        title: `MFA reset (self-service): ${e.subject.displayName ?? e.subject.userId}`,
        requester: e.subject.userId,
        setStatus: false,
      };
    }
    return undefined;
  }
}

function errName(err: unknown): string {
  return err instanceof Error ? err.name : 'error';
}

function describe(err: unknown): string {
  return err instanceof TicketError ? err.message : errName(err);
}
