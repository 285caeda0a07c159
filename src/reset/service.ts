import { operatorHint } from '../graph/errors.js';
import type { Logger } from '../logger.js';
import type { NonceStore, PendingRequests } from '../state/ports.js';
import type { ResetEngine } from './engine.js';
import type { EventSink, MethodSummary, Party, RefusalReason, ResetEvent } from './events.js';
import { MethodCache } from './method-cache.js';
import { ListFailedError, isComplete, type ResetOutcome } from './outcome.js';
import { inventory } from './plan.js';
import { RateLimiter } from './rate-limit.js';
import type { ResetScope } from './scope.js';
import { TokenSigner, methodDigest, type PinnedMethod, type TokenClaims } from './token.js';
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
  /** How a method is named on the card; pinned in the token so the outcome names it the same way. */
  readonly label: (m: AuthMethod) => string;
  readonly log: Logger;
  readonly demo: boolean;
  readonly graphRequestsPerMinute: number;
  readonly methodCacheMs: number;
  /** A store call that takes longer counts as a fault: no reset without a recorded claim. */
  readonly stateTimeoutMs?: number;
  readonly now?: () => number;
}

/** The newest card offered to a subject: an older card's token is void (issue 10, item 12). */
export interface NewestCard {
  readonly nonce: string;
  readonly expiresAt: number;
}

/** The store failed or was too slow; the caller tells the user to try again in a minute. */
class StateFault extends Error {
  override readonly name = 'StateFault';
}

export class ResetService {
  private readonly cache: MethodCache;
  private readonly limiter: RateLimiter;
  private readonly now: () => number;

  constructor(private readonly o: ServiceOptions) {
    this.now = o.now ?? Date.now;
    this.cache = new MethodCache(o.methodCacheMs, this.now);
    this.limiter = new RateLimiter(o.graphRequestsPerMinute, this.now);
  }

  /** Whether the bot has a delete path for a method (to offer it as a choice). */
  get canDelete(): (m: AuthMethod) => boolean {
    return this.o.canDelete;
  }

  /** An event decided outside the service (a refusal by the conversation, a security report). */
  record(e: Extract<DistributiveOmit<ResetEvent, keyof Base>, { type: 'refused' | 'security' }>, subject: Party, requester: Requester): void {
    this.emit(subject, requester, e);
  }

  /** A turn threw: the reference the user is given must be findable in the audit log. */
  recordTurnFailure(correlationId: string, userId: string | undefined, conversationId: string | undefined, channelId: string | undefined): void {
    const who: Party = { userId: userId ?? '', tenantId: '' };
    this.emit(who, { ...who, correlationId, conversationId: conversationId ?? '', channelId }, {
      type: 'failed',
      reason: 'turnFailed',
      methods: [],
      alreadyGone: [],
      changed: [],
      removed: [],
      failed: [],
      graphRequestIds: [],
    });
  }

  /** Read-only listing (cached briefly, rate limited). */
  async list(subject: Party, requester: Requester): Promise<ListResult> {
    if (!this.limiter.allow(requester.userId)) return this.refuse(subject, requester, 'rateLimited');
    const read = await this.read(subject);
    if (read.kind !== 'methods') return this.listFailed(subject, requester, read.error);
    this.emit(subject, requester, { type: 'listed', methods: summaries(read.methods.filter((m) => m.kind !== 'password')) });
    return read;
  }

  /** What a reset in `scope` would remove, and a token for the confirmation card. */
  async offer(subject: Party, scope: ResetScope, requester: Requester): Promise<OfferResult> {
    if (!this.limiter.allow(requester.userId)) return this.refuse(subject, requester, 'rateLimited');
    const read = await this.read(subject);
    if (read.kind !== 'methods') return this.listFailed(subject, requester, read.error);
    const inv = inventory([...read.methods], scope, this.o.canDelete);
    if (inv.removable.length === 0) {
      this.emit(subject, requester, { type: 'nothingToRemove', scope: scope.kind, notRemovable: summaries(inv.notRemovable) });
      const otherRemovable = scope.kind === 'all' ? [] : inventory([...read.methods], { kind: 'all' }, this.o.canDelete).removable;
      return { kind: 'nothing', notRemovable: inv.notRemovable, otherRemovable };
    }
    const { token, claims } = this.o.signer.issue({
      confirmerId: requester.userId,
      subjectId: subject.userId,
      tenantId: subject.tenantId,
      conversationId: requester.conversationId,
      scope: scope.kind,
      methods: inv.removable.map((m) => ({ id: m.id, kind: m.kind, phoneType: m.phoneType, label: this.o.label(m), digest: methodDigest(m) })),
    });
    try {
      await this.becomeNewest(subject, claims);
    } catch (err) {
      this.logStateFault(err, 'recording the newest card');
      return this.refuse(subject, requester, 'stateUnavailable');
    }
    this.emit(subject, requester, { type: 'requested', scope: scope.kind, methods: summaries(inv.removable) });
    return { kind: 'card', token, methods: inv.removable, expiresAt: claims.expiresAt };
  }

  /** The card waiting for this subject's answer, if any (for a typed "yes"). */
  async pendingCard(subject: Party): Promise<{ readonly expiresAt: number } | undefined> {
    try {
      const cur = await this.withTimeout(this.o.pending.get(newestKey(subject)));
      return cur && cur.value.expiresAt > this.now() ? { expiresAt: cur.value.expiresAt } : undefined;
    } catch (err) {
      this.logStateFault(err, 'reading the pending card');
      return undefined;
    }
  }

  /**
   * Answer a card. The order is the safety argument: signature and expiry, then the confirmer
   * is the one the token names, then the single-use claim (one store round trip; a fault means
   * nothing runs), then a fresh list so only methods still as shown are removed.
   */
  async confirm(token: string, confirmer: Requester, answer: 'yes' | 'no'): Promise<ConfirmResult> {
    const verified = this.o.signer.verify(token);
    if (!verified.ok) return this.refuse(confirmer, confirmer, verified.reason);
    const claims = verified.claims;
    const subject: Party = { userId: claims.subjectId, tenantId: claims.tenantId };
    if (claims.confirmerId !== confirmer.userId || claims.tenantId !== confirmer.tenantId || claims.conversationId !== confirmer.conversationId) {
      return this.refuse(subject, confirmer, 'notRequester');
    }
    let claimed: boolean;
    try {
      claimed = await this.withTimeout(this.o.nonces.claim(claims.nonce, claims.expiresAt));
    } catch (err) {
      this.logStateFault(err, 'claiming the confirmation');
      return this.refuse(subject, confirmer, 'stateUnavailable');
    }
    if (!claimed) return this.refuse(subject, confirmer, await this.whyTaken(subject, claims));

    const pinned = claims.methods;
    // The card is answered: forget it in the background, so the store adds only the claim to a
    // click's path (forgetNewest never throws; the record expires with the card anyway).
    void this.forgetNewest(subject, claims);
    if (answer === 'no') {
      this.emit(subject, confirmer, { type: 'cancelled', path: 'self', methods: pinned.map(summary) });
      return { kind: 'cancelled', claims };
    }
    this.emit(subject, confirmer, { type: 'confirmed', path: 'self', methods: pinned.map(summary) });
    this.cache.invalidate(subject.userId);
    let live: AuthMethod[];
    try {
      live = await this.o.engine.list(subject.userId);
    } catch (err) {
      if (!(err instanceof ListFailedError)) throw err;
      this.emitFailed(subject, confirmer, pinned, err);
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
    this.cache.invalidate(subject.userId);
    this.emitOutcome(subject, confirmer, pinned, outcome, alreadyGone, changed);
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

  /**
   * Make this card the subject's newest and spend the previous card's nonce, so the older card
   * is void on every instance without costing its Yes click a store read.
   */
  private async becomeNewest(subject: Party, claims: TokenClaims): Promise<void> {
    const key = newestKey(subject);
    const value: NewestCard = { nonce: claims.nonce, expiresAt: claims.expiresAt };
    for (let attempt = 0; attempt < 4; attempt++) {
      const cur = await this.withTimeout(this.o.pending.get(key));
      if (!cur) {
        if (await this.withTimeout(this.o.pending.create(key, value, claims.expiresAt))) return;
        continue;
      }
      if (await this.withTimeout(this.o.pending.update(key, value, cur.etag, claims.expiresAt))) {
        if (cur.value.expiresAt > this.now()) await this.withTimeout(this.o.nonces.claim(cur.value.nonce, cur.value.expiresAt));
        return;
      }
    }
    throw new StateFault('the newest-card record kept changing under us');
  }

  /** A spent nonce: was it replaced by a newer card, or already answered? (rare path: one read) */
  private async whyTaken(subject: Party, claims: TokenClaims): Promise<RefusalReason> {
    try {
      const cur = await this.withTimeout(this.o.pending.get(newestKey(subject)));
      return cur && cur.value.nonce !== claims.nonce ? 'superseded' : 'alreadyUsed';
    } catch {
      return 'alreadyUsed';
    }
  }

  /** The answered card is no longer waiting (best effort: it expires anyway). */
  private async forgetNewest(subject: Party, claims: TokenClaims): Promise<void> {
    const key = newestKey(subject);
    try {
      const cur = await this.withTimeout(this.o.pending.get(key));
      if (cur && cur.value.nonce === claims.nonce) await this.withTimeout(this.o.pending.delete(key, cur.etag));
    } catch (err) {
      this.logStateFault(err, 'forgetting the answered card');
    }
  }

  private withTimeout<T>(p: Promise<T>): Promise<T> {
    const ms = this.o.stateTimeoutMs ?? 5000;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StateFault(`the state store did not answer within ${ms} ms`)), ms);
    });
    return Promise.race([p, late]).finally(() => clearTimeout(timer));
  }

  private logStateFault(err: unknown, doing: string): void {
    const e = err instanceof Error ? { name: err.name, message: err.message } : { name: 'unknown', message: String(err) };
    this.o.log.error({ err: e }, `state store fault while ${doing}: no change was made`);
  }

  private refuse<R extends RefusalReason>(subject: Party, requester: Requester, reason: R): { kind: 'refused'; reason: R } {
    this.emit(subject, requester, { type: 'refused', reason });
    return { kind: 'refused', reason };
  }

  private logGraphFailure(status: number, code: string | undefined, requestId: string | undefined): void {
    const h = operatorHint(status);
    this.o.log[h.level]({ status, code, requestId, ...(h.hint ? { hint: h.hint } : {}) }, h.msg);
  }

  private listFailed(subject: Party, requester: Requester, error: ListFailedError) {
    this.logGraphFailure(error.status, error.code, error.requestId);
    this.emit(subject, requester, { type: 'failed', reason: 'listFailed', methods: [], alreadyGone: [], changed: [], removed: [], failed: [], graphRequestIds: error.requestId ? [error.requestId] : [], listReason: error.reason });
    return { kind: 'listFailed' as const, reason: error.reason, error };
  }

  private emitFailed(subject: Party, requester: Requester, pinned: readonly PinnedMethod[], error: ListFailedError): void {
    this.logGraphFailure(error.status, error.code, error.requestId);
    this.emit(subject, requester, {
      type: 'failed',
      reason: 'listFailed',
      methods: pinned.map(summary),
      alreadyGone: [],
      changed: [],
      removed: [],
      failed: [],
      graphRequestIds: error.requestId ? [error.requestId] : [],
      listReason: error.reason,
    });
  }

  private emitOutcome(subject: Party, requester: Requester, pinned: readonly PinnedMethod[], outcome: ResetOutcome, gone: readonly PinnedMethod[], changed: readonly PinnedMethod[]): void {
    for (const f of outcome.failed) if (f.status !== undefined) this.logGraphFailure(f.status, f.code, f.requestId);
    const dc = outcome.defaultChange;
    const defaultChange = dc && { ...dc, to: dc.to && summary(dc.to) };
    const common = {
      methods: pinned.map(summary),
      removed: summaries(outcome.removed),
      alreadyGone: gone.map(summary),
      changed: changed.map(summary),
      defaultChange,
      graphRequestIds: outcome.requestIds,
    };
    if (isComplete(outcome)) {
      this.emit(subject, requester, { type: 'completed', path: 'self', ...common });
    } else {
      this.emit(subject, requester, {
        type: 'failed',
        reason: outcome.removed.length > 0 ? 'partial' : 'failed',
        ...common,
        failed: outcome.failed.map((f) => ({ ...summary(f.method), reason: f.reason })),
      });
    }
    this.o.log.info({ graphCalls: outcome.graphCalls, elapsedMs: outcome.elapsedMs }, 'reset finished');
  }

  private emit(subject: Party, requester: Requester, e: DistributiveOmit<ResetEvent, keyof Base>): void {
    const event = {
      ...e,
      correlationId: requester.correlationId,
      at: this.now(),
      requester: { userId: requester.userId, tenantId: requester.tenantId },
      subject: { userId: subject.userId, tenantId: subject.tenantId },
      channelId: requester.channelId,
      conversationId: requester.conversationId,
      demo: this.o.demo,
    } as ResetEvent;
    try {
      void Promise.resolve(this.o.sink.emit(event)).catch((err: unknown) => this.o.log.warn({ err: String(err) }, 'event sink failed'));
    } catch (err) {
      this.o.log.warn({ err: String(err) }, 'event sink failed');
    }
  }
}

type Base = Pick<ResetEvent, 'correlationId' | 'at' | 'requester' | 'subject' | 'channelId' | 'conversationId' | 'demo'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function newestKey(subject: Party): string {
  return `${subject.tenantId}|${subject.userId}`;
}

function summary(m: { readonly kind: AuthMethod['kind']; readonly phoneType?: AuthMethod['phoneType'] }): MethodSummary {
  return m.phoneType ? { kind: m.kind, phoneType: m.phoneType } : { kind: m.kind };
}

function summaries(ms: readonly AuthMethod[]): MethodSummary[] {
  return ms.map(summary);
}

function emptyOutcome(): ResetOutcome {
  return { removed: [], failed: [], verified: true, requestIds: [], graphCalls: 0, elapsedMs: 0 };
}
