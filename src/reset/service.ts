import type { Logger } from '../logger.js';
import type { NonceStore, PendingRequests } from '../state/ports.js';
import type { ResetEngine } from './engine.js';
import type { EventSink, Party, RefusalReason, ResetEvent } from './events.js';
import { MethodCache } from './method-cache.js';
import { Reporter, summary, summaries, type EventInput, type OnBehalf } from './reporter.js';

export type { OnBehalf } from './reporter.js';
import { NewestCards, type NewestCard } from './newest-card.js';
import { ListFailedError, type ResetOutcome } from './outcome.js';
import { inventory } from './plan.js';
import { RateLimiter } from './rate-limit.js';
import type { ResetScope } from './scope.js';
import { TokenSigner, methodDigest, type PinnedMethod, type TokenClaims } from './token.js';

export type { NewestCard } from './newest-card.js';
import type { Locale } from '../understanding/types.js';
import type { AuthMethod } from './types.js';

/**
 * The reset service: offer a reset (the methods in scope and a signed token), then honour a
 * confirmation of that token exactly once across every instance sharing the state store. It
 * knows no Teams: the bot, a helpdesk flow or an HTTP API call it with who asks, for whom, and
 * the token they were given; it answers with data, never with words.
 */

/** Who asks, from where, for the events and the token binding. */
export interface Requester extends Party {
  readonly conversationId: string;
  readonly channelId?: string | undefined;
  /** The reference the user sees and quotes; every event of this turn carries it. */
  readonly correlationId: string;
  /** The language the requester reads: the pinned labels are named in it (English when unset). */
  readonly locale?: Locale | undefined;
}

export type ListFailure = ListFailedError['reason'];

export type ListResult =
  | { readonly kind: 'methods'; readonly methods: readonly AuthMethod[] }
  | { readonly kind: 'refused'; readonly reason: 'rateLimited' }
  | { readonly kind: 'listFailed'; readonly reason: ListFailure; readonly error: ListFailedError };

export type OfferResult =
  | { readonly kind: 'card'; readonly token: string; readonly methods: readonly AuthMethod[]; readonly expiresAt: number }
  | { readonly kind: 'nothing'; readonly notRemovable: readonly AuthMethod[]; readonly otherRemovable: readonly AuthMethod[] }
  | { readonly kind: 'refused'; readonly reason: 'rateLimited' | 'stateUnavailable' }
  | { readonly kind: 'listFailed'; readonly reason: ListFailure; readonly error: ListFailedError };

export type ConfirmResult =
  | { readonly kind: 'refused'; readonly reason: RefusalReason }
  | { readonly kind: 'cancelled'; readonly claims: TokenClaims }
  | { readonly kind: 'listFailed'; readonly claims: TokenClaims; readonly reason: ListFailure; readonly error: ListFailedError }
  | {
      readonly kind: 'done';
      readonly claims: TokenClaims;
      readonly outcome: ResetOutcome;
      /** Pinned methods Graph no longer had: not removed by this click. */
      readonly alreadyGone: readonly PinnedMethod[];
      /** Pinned methods whose number, address, name or creation time changed: left alone. */
      readonly changed: readonly PinnedMethod[];
    };

export interface ServiceOptions {
  readonly engine: ResetEngine;
  readonly signer: TokenSigner;
  readonly nonces: NonceStore;
  readonly pending: PendingRequests<NewestCard>;
  readonly sink: EventSink;
  readonly canDelete: (m: AuthMethod) => boolean;
  /** How a method is named on the card, in the requester's language; pinned in the token so the outcome names it the same way. */
  readonly label: (m: AuthMethod, locale?: Locale) => string;
  readonly log: Logger;
  readonly demo: boolean;
  readonly graphRequestsPerMinute: number;
  readonly methodCacheMs: number;
  /** A store call that takes longer counts as a fault: no reset without a recorded claim. */
  readonly stateTimeoutMs?: number;
  readonly now?: () => number;
}

export class ResetService {
  private readonly cache: MethodCache;
  private readonly limiter: RateLimiter;
  private readonly now: () => number;
  private readonly newest: NewestCards;
  private readonly report: Reporter;

  constructor(private readonly o: ServiceOptions) {
    this.now = o.now ?? Date.now;
    this.report = new Reporter(o.sink, o.log, o.demo, this.now);
    this.newest = new NewestCards(o.pending, o.nonces, o.log, o.stateTimeoutMs ?? 5000, this.now);
    this.cache = new MethodCache(o.methodCacheMs, this.now);
    this.limiter = new RateLimiter(o.graphRequestsPerMinute, this.now);
  }

  /** Whether the bot has a delete path for a method (to offer it as a choice). */
  get canDelete(): (m: AuthMethod) => boolean {
    return this.o.canDelete;
  }

  /** An event decided outside the service (a refusal by the conversation, a security report). */
  record(e: Extract<EventInput, { type: 'refused' | 'security' }>, subject: Party, requester: Requester): void {
    this.report.emit(subject, requester, e);
  }

  /** An event stated in full elsewhere (a helpdesk request's steps, which name both people). */
  publish(event: ResetEvent): void {
    this.report.publish(event);
  }

  /** A turn threw: the reference the user is given must be findable in the audit log. */
  recordTurnFailure(correlationId: string, userId: string | undefined, conversationId: string | undefined, channelId: string | undefined): void {
    const who: Party = { userId: userId ?? '', tenantId: '' };
    this.report.emit(who, { ...who, correlationId, conversationId: conversationId ?? '', channelId }, { type: 'turnFailed' });
  }

  /** Read-only listing (cached briefly, rate limited). */
  async list(subject: Party, requester: Requester): Promise<ListResult> {
    if (!this.limiter.allow(requester.userId)) return this.refuse(subject, requester, 'rateLimited');
    const read = await this.read(subject);
    if (read.kind !== 'methods') return this.report.listFailed(subject, requester, read.error);
    this.report.emit(subject, requester, { type: 'listed', methods: summaries(read.methods.filter((m) => m.kind !== 'password')) });
    return read;
  }

  /** What a reset in `scope` would remove, and a token for the confirmation card. */
  async offer(subject: Party, scope: ResetScope, requester: Requester, opts: { expiresAt?: number } = {}): Promise<OfferResult> {
    if (!this.limiter.allow(requester.userId)) return this.refuse(subject, requester, 'rateLimited');
    const read = await this.read(subject);
    if (read.kind !== 'methods') return this.report.listFailed(subject, requester, read.error);
    const inv = inventory([...read.methods], scope, this.o.canDelete);
    if (inv.removable.length === 0) {
      this.report.emit(subject, requester, { type: 'nothingToRemove', scope: scope.kind, notRemovable: summaries(inv.notRemovable) });
      const otherRemovable = scope.kind === 'all' ? [] : inventory([...read.methods], { kind: 'all' }, this.o.canDelete).removable;
      return { kind: 'nothing', notRemovable: inv.notRemovable, otherRemovable };
    }
    const { token, claims } = this.o.signer.issue(
      {
        confirmerId: requester.userId,
        subjectId: subject.userId,
        tenantId: subject.tenantId,
        conversationId: requester.conversationId,
        scope: scope.kind,
        methods: inv.removable.map((m) => ({
          id: m.id,
          kind: m.kind,
          phoneType: m.phoneType,
          label: this.o.label(m, requester.locale),
          digest: methodDigest(m),
        })),
      },
      opts,
    );
    try {
      await this.newest.become(subject, claims);
    } catch (err) {
      this.newest.fault(err, 'recording the newest card');
      return this.refuse(subject, requester, 'stateUnavailable');
    }
    this.report.emit(subject, requester, { type: 'requested', scope: scope.kind, methods: summaries(inv.removable) });
    return { kind: 'card', token, methods: inv.removable, expiresAt: claims.expiresAt };
  }

  /** The card waiting for this subject's answer, if any (for a typed "yes"). */
  async pendingCard(subject: Party): Promise<{ readonly expiresAt: number } | undefined> {
    const card = await this.newest.waiting(subject);
    return card && { expiresAt: card.expiresAt };
  }

  /**
   * Answer a card. The order is the safety argument: signature and expiry, then the confirmer
   * is the one the token names, then the single-use claim (one store round trip; a fault means
   * nothing runs), then a fresh list so only methods still as shown are removed.
   */
  async confirm(token: string, confirmer: Requester, answer: 'yes' | 'no', as?: OnBehalf): Promise<ConfirmResult> {
    const verified = this.o.signer.verify(token);
    if (!verified.ok) return this.refuse(confirmer, confirmer, verified.reason);
    const claims = verified.claims;
    const subject: Party = { userId: claims.subjectId, tenantId: claims.tenantId };
    if (claims.confirmerId !== confirmer.userId || claims.tenantId !== confirmer.tenantId || claims.conversationId !== confirmer.conversationId) {
      return this.refuse(subject, confirmer, 'notRequester');
    }
    let claimed: boolean;
    try {
      claimed = await this.newest.bounded(this.o.nonces.claim(claims.nonce, claims.expiresAt));
    } catch (err) {
      this.newest.fault(err, 'claiming the confirmation');
      return this.refuse(subject, confirmer, 'stateUnavailable');
    }
    if (!claimed) return this.refuse(subject, confirmer, await this.newest.whyTaken(subject, claims));

    const pinned = claims.methods;
    // The card is answered: forget it in the background, so the store adds only the claim to a
    // click's path (forgetNewest never throws; the record expires with the card anyway).
    void this.newest.forget(subject, claims);
    if (answer === 'no') {
      this.report.emit(subject, confirmer, { type: 'cancelled', path: as?.path ?? 'self', methods: pinned.map(summary) }, as);
      return { kind: 'cancelled', claims };
    }
    // A helpdesk decision was recorded by the request's own transition (with both people).
    if (!as) this.report.emit(subject, confirmer, { type: 'confirmed', path: 'self', methods: pinned.map(summary) });
    this.cache.invalidate(subject.userId);
    let live: AuthMethod[];
    try {
      live = await this.o.engine.list(subject.userId);
    } catch (err) {
      if (!(err instanceof ListFailedError)) throw err;
      this.report.listFailedOnConfirm(subject, confirmer, pinned, err, as);
      return { kind: 'listFailed', claims, reason: err.reason, error: err };
    }
    const byId = new Map(live.map((m) => [m.id, m]));
    const targets: AuthMethod[] = [];
    const alreadyGone: PinnedMethod[] = [];
    const changed: PinnedMethod[] = [];
    for (const p of pinned) {
      const m = byId.get(p.id);
      if (!m) alreadyGone.push(p);
      else if (methodDigest(m) !== p.digest || m.kind !== p.kind) changed.push(p);
      else targets.push(m);
    }
    const outcome = targets.length > 0 ? await this.o.engine.reset(subject.userId, targets) : emptyOutcome();
    // A DELETE answered 404 (removed elsewhere since the list): gone, but not by this click.
    for (const m of outcome.alreadyGone) {
      const p = pinned.find((x) => x.id === m.id);
      if (p) alreadyGone.push(p);
    }
    this.cache.invalidate(subject.userId);
    const after = as?.afterReset ? await as.afterReset(outcome).catch(() => undefined) : undefined;
    this.report.outcome(subject, confirmer, pinned, outcome, alreadyGone, changed, as, after);
    return { kind: 'done', claims, outcome, alreadyGone, changed };
  }

  private async read(subject: Party): Promise<{ kind: 'methods'; methods: readonly AuthMethod[] } | { kind: 'failed'; error: ListFailedError }> {
    try {
      return { kind: 'methods', methods: await this.cache.get(subject.userId, () => this.o.engine.list(subject.userId)) };
    } catch (err) {
      if (!(err instanceof ListFailedError)) throw err;
      return { kind: 'failed', error: err };
    }
  }

  private refuse<R extends RefusalReason>(subject: Party, requester: Requester, reason: R): { kind: 'refused'; reason: R } {
    this.report.emit(subject, requester, { type: 'refused', reason });
    return { kind: 'refused', reason };
  }
}

function emptyOutcome(): ResetOutcome {
  return { removed: [], alreadyGone: [], failed: [], verified: true, requestIds: [], graphCalls: 0, elapsedMs: 0 };
}
