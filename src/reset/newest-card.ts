import type { Logger } from '../logger.js';
import type { NonceStore, PendingRequests } from '../state/ports.js';
import type { Party, RefusalReason } from './events.js';
import type { TokenClaims } from './token.js';

/** The newest card offered to a subject: an older card's token is void (issue 10, item 12). */
export interface NewestCard {
  readonly nonce: string;
  readonly expiresAt: number;
}

/** The store failed or was too slow; the caller tells the user to try again in a minute. */
class StateFault extends Error {
  override readonly name = 'StateFault';
}

/**
 * One record per subject naming the card that may still be answered. Offering a card records it
 * and spends the previous card's nonce, so the older card is void on every instance without
 * costing its Yes click a store read. Every store call is bounded: slow counts as failed.
 */
export class NewestCards {
  constructor(
    private readonly pending: PendingRequests<NewestCard>,
    private readonly nonces: NonceStore,
    private readonly log: Logger,
    private readonly timeoutMs: number,
    private readonly now: () => number,
  ) {}

  /** Throws (StateFault, StateUnavailableError, ...) when the record could not be written. */
  async become(subject: Party, claims: TokenClaims): Promise<void> {
    const key = keyOf(subject);
    const value: NewestCard = { nonce: claims.nonce, expiresAt: claims.expiresAt };
    for (let attempt = 0; attempt < 4; attempt++) {
      const cur = await this.bounded(this.pending.get(key));
      if (!cur) {
        if (await this.bounded(this.pending.create(key, value, claims.expiresAt))) return;
        continue;
      }
      if (await this.bounded(this.pending.update(key, value, cur.etag, claims.expiresAt))) {
        if (cur.value.expiresAt > this.now()) await this.bounded(this.nonces.claim(cur.value.nonce, cur.value.expiresAt));
        return;
      }
    }
    // Stryker disable next-line StringLiteral: the error's message is log wording only (the test checks it throws a StateFault)
    throw new StateFault('the newest-card record kept changing under us');
  }

  /** The card waiting for this subject's answer, if any. */
  async waiting(subject: Party): Promise<NewestCard | undefined> {
    try {
      const cur = await this.bounded(this.pending.get(keyOf(subject)));
      return cur && cur.value.expiresAt > this.now() ? cur.value : undefined;
    } catch (err) {
      // Stryker disable next-line StringLiteral: the log message's wording (the test checks the fault is logged)
      this.fault(err, 'reading the pending card');
      return undefined;
    }
  }

  /** A spent nonce: was it replaced by a newer card, or already answered? (rare path: one read) */
  async whyTaken(subject: Party, claims: TokenClaims): Promise<RefusalReason> {
    try {
      const cur = await this.bounded(this.pending.get(keyOf(subject)));
      return cur && cur.value.nonce !== claims.nonce ? 'superseded' : 'alreadyUsed';
    } catch {
      return 'alreadyUsed';
    }
  }

  /** The answered card is no longer waiting. Never throws: the record expires with the card anyway. */
  async forget(subject: Party, claims: TokenClaims): Promise<void> {
    const key = keyOf(subject);
    try {
      const cur = await this.bounded(this.pending.get(key));
      if (cur && cur.value.nonce === claims.nonce) await this.bounded(this.pending.delete(key, cur.etag));
    } catch (err) {
      // Stryker disable next-line StringLiteral: the log message's wording (the test checks the fault is logged)
      this.fault(err, 'forgetting the answered card');
    }
  }

  bounded<T>(p: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StateFault(`the state store did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    return Promise.race([p, late]).finally(() => clearTimeout(timer));
  }

  fault(err: unknown, doing: string): void {
    const e = err instanceof Error ? { name: err.name, message: err.message } : { name: 'unknown', message: String(err) };
    this.log.error({ err: e }, `state store fault while ${doing}: no change was made`);
  }
}

function keyOf(subject: Party): string {
  return `${subject.tenantId}|${subject.userId}`;
}
