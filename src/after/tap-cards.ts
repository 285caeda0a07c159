import type { Logger } from '../logger.js';
import type { OutboxStore } from '../state/ports.js';
import type { Locale } from '../understanding/types.js';

/**
 * The card that shows a Temporary Access Pass is replaced when the pass expires (or at "Done"),
 * so the value does not stay in the chat. Which card and when lives in the shared store's
 * outbox (due at the pass's expiry), so any instance clears it, after a restart too. The job
 * holds where the card is, never the pass.
 */
export interface TapCardJob {
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly channelId: string;
  readonly tenantId: string;
  readonly botId?: string | undefined;
  readonly activityId: string;
  readonly locale: Locale;
}

export interface TapCardOptions {
  readonly store: OutboxStore<TapCardJob>;
  /** Replace the card in its chat (from any instance); false when it could not be. */
  readonly update: (job: TapCardJob) => Promise<boolean>;
  readonly log: Logger;
  readonly now: () => number;
  readonly pollMs?: number;
}

const DAY_MS = 86_400_000;
const LEASE_MS = 60_000;

export class TapCards {
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly o: TapCardOptions) {}

  /** Clear this card at `expiresAt`. */
  schedule(id: string, job: TapCardJob, expiresAt: number): Promise<void> {
    return this.o.store.add(id, job, { dueAt: expiresAt, giveUpAt: expiresAt + DAY_MS });
  }

  /** The card was cleared at "Done": nothing left to do at expiry. */
  async done(id: string): Promise<void> {
    const item = await this.o.store.get(id);
    if (item) await this.o.store.complete(item);
  }

  /** Clear every card whose pass has expired; a card that cannot be updated is tried again in a minute. */
  async runOnce(): Promise<number> {
    const now = this.o.now();
    const due = await this.o.store.lease(now, LEASE_MS, 20);
    let cleared = 0;
    for (const item of due) {
      if (await this.o.update(item.payload)) {
        await this.o.store.complete(item);
        cleared += 1;
      } else if (now >= item.giveUpAt) {
        this.o.log.warn({ attempts: item.attempts }, 'gave up clearing an expired Temporary Access Pass card');
        await this.o.store.complete(item);
      } else {
        await this.o.store.retry(item, now + LEASE_MS, 'card update failed');
      }
    }
    return cleared;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.runOnce().catch((err: unknown) => this.o.log.warn({ err: String(err) }, 'could not clear expired pass cards'));
    }, this.o.pollMs ?? 15_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
