import type { Logger } from '../logger.js';
import type { NonceStore, PendingRequests } from '../state/ports.js';
import type { ResetEngine } from './engine.js';
import type { EventSink, Party, RefusalReason, ResetEvent } from './events.js';
import type { GuardRefusal, GuardVerdict, SelfServiceGuards } from './guards.js';
import { MethodCache } from './method-cache.js';
import { Reporter, summary, summaries, type EventInput, type OnBehalf } from './reporter.js';

export type { OnBehalf } from './reporter.js';
import { NewestCards, type NewestCard } from './newest-card.js';
import { ListFailedError, type ResetOutcome } from './outcome.js';
import { inventory, isPreference } from './plan.js';
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
  | { readonly kind: 'refused'; readonly reason: 'rateLimited' | 'stateUnavailable' | GuardRefusal; readonly retryAt?: number | undefined }
  | { readonly kind: 'listFailed'; readonly reason: ListFailure; readonly error: ListFailedError };

export type ConfirmResult =
  | { readonly kind: 'refused'; readonly reason: RefusalReason; readonly retryAt?: number | undefined }
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
  /** Self-service only: privileged and risky subjects, the daily limit (issue 15). Undefined: none. */
  readonly guards?: SelfServiceGuards | undefined;
  /** The last pre-flight found nothing that makes a user register again: each card offered says so in the log. */
  readonly reRegistrationUnenforced?: () => boolean;
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

  /**
   * The id of the one method among `methods` that is the subject's default (Graph beta
   * `signInPreferences`), for marking it on a card; undefined when it is unknown, unreadable or
   * ambiguous (two Authenticator devices for "push"). Display only: a reset re-reads it.
   */
  async defaultOf(subject: Party, methods: readonly AuthMethod[]): Promise<string | undefined> {
    const preference = await this.o.engine.defaultPreference(subject.userId);
    if (preference === undefined) return undefined;
    const matching = methods.filter((m) => isPreference(m, preference));
    // "oath" is a token or the Authenticator's codes: a token, when there is exactly one, is it.
    const oath = preference === 'oath' ? matching.filter((m) => m.kind !== 'microsoftAuthenticator') : [];
    const one = oath.length === 1 ? oath : matching;
    return one.length === 1 ? one[0]!.id : undefined;
  }

  /**
   * What a reset in `scope` would remove, and a token for the confirmation card. `onBehalf`: a
   * helpdesk card, whose confirmer (the target, an approver) is not who asked; the request's own
   * "requested" event names the technician and the target, so the offer writes none of its own.
   */
  async offer(
    subject: Party,
    scope: ResetScope,
    requester: Requester,
    opts: { expiresAt?: number; selfService?: boolean; onBehalf?: OnBehalf } = {},
  ): Promise<OfferResult> {
    const { onBehalf, selfService, ...issue } = opts;
    if (!this.limiter.allow(requester.userId)) return this.refuse(subject, requester, 'rateLimited');
    // The guards and the list in parallel (one round trip); no card unless every guard said yes.
    const guarded = selfService && this.o.guards ? this.o.guards.check(subject) : undefined;
    const [read, verdict] = await Promise.all([this.read(subject), guarded]);
    if (verdict && !verdict.ok) return this.refuseGuard(subject, requester, verdict);
    if (read.kind !== 'methods') return this.report.listFailed(subject, requester, read.error);
    const inv = inventory([...read.methods], scope, this.o.canDelete);
    if (inv.removable.length === 0) {
      this.report.emit(subject, requester, { type: 'nothingToRemove', scope: scope.kind, notRemovable: summaries(inv.notRemovable) }, onBehalf);
      const otherRemovable = scope.kind === 'all' ? [] : inventory([...read.methods], { kind: 'all' }, this.o.canDelete).removable;
      return { kind: 'nothing', notRemovable: inv.notRemovable, otherRemovable };
    }
    // mutate:begin reset-confirm
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
      issue,
    );
    try {
      await this.newest.become(subject, claims);
    } catch (err) {
      // Stryker disable next-line StringLiteral: the log message's wording (the test checks the fault is logged, with the error's name)
      this.newest.fault(err, 'recording the newest card');
      return this.refuse(subject, requester, 'stateUnavailable');
    }
    if (!onBehalf) this.report.emit(subject, requester, { type: 'requested', scope: scope.kind, methods: summaries(inv.removable) });
    if (this.o.reRegistrationUnenforced?.()) {
      this.o.log.warn(
        { preflight: 'registration.none', correlationId: requester.correlationId },
        'this reset will not force re-registration: nothing in the tenant requires MFA at the next sign-in (see the pre-flight findings)',
      );
    }
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
      // Stryker disable next-line StringLiteral: the log message's wording (the tests check the fault is logged and nothing runs)
      this.newest.fault(err, 'claiming the confirmation');
      return this.refuse(subject, confirmer, 'stateUnavailable');
    }
    if (!claimed) return this.refuse(subject, confirmer, await this.newest.whyTaken(subject, claims));

    const pinned = claims.methods;
    // The card is answered: forget it in the background, so the store adds only the claim to a
    // click's path (forgetNewest never throws; the record expires with the card anyway).
    void this.newest.forget(subject, claims);
    if (answer === 'no') {
      // A helpdesk denial is recorded by the request's own transition: one terminal event, not two.
      if (!as) this.report.emit(subject, confirmer, { type: 'cancelled', path: 'self', methods: pinned.map(summary) });
      return { kind: 'cancelled', claims };
    }
    this.cache.invalidate(subject.userId);
    // The fresh list (read-only) and the guards' Graph checks in parallel: one round trip, not two.
    const listing = this.o.engine.list(subject.userId).then(
      (methods) => ({ ok: true as const, methods }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (!as && this.o.guards) {
      // Asked again at the click: a role granted or a risk raised since the card counts now, and
      // only here is a reset counted against the day (compare-and-set: the last slot goes once).
      const verdict = await this.o.guards.check(subject, { quota: false });
      const taken = verdict.ok ? await this.o.guards.take(subject) : verdict;
      if (!taken.ok) {
        await listing;
        return this.refuseGuard(subject, confirmer, taken);
      }
    }
    // A helpdesk decision was recorded by the request's own transition (with both people).
    if (!as) this.report.emit(subject, confirmer, { type: 'confirmed', path: 'self', methods: pinned.map(summary) });
    const listed = await listing;
    if (!listed.ok) {
      const err = listed.error;
      if (!(err instanceof ListFailedError)) throw err;
      this.report.listFailedOnConfirm(subject, confirmer, pinned, err, as);
      return { kind: 'listFailed', claims, reason: err.reason, error: err };
    }
    const live: AuthMethod[] = listed.methods;
    const byId = new Map(live.map((m) => [m.id, m]));
    const targets: AuthMethod[] = [];
    const alreadyGone: PinnedMethod[] = [];
    const changed: PinnedMethod[] = [];
    for (const p of pinned) {
      const m = byId.get(p.id);
      if (!m) alreadyGone.push(p);
      // The digest hashes the kind too (token.test.ts pins its inputs): the kind check is a second, explicit
      // guard, so its mutant is equivalent (disabled inline: a directive here would attach to no node).
      else if (methodDigest(m) !== p.digest || /* Stryker disable next-line ConditionalExpression: equivalent, see above */ m.kind !== p.kind) changed.push(p);
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
  // mutate:end reset-confirm

  private async read(subject: Party): Promise<{ kind: 'methods'; methods: readonly AuthMethod[] } | { kind: 'failed'; error: ListFailedError }> {
    try {
      return { kind: 'methods', methods: await this.cache.get(subject.userId, () => this.o.engine.list(subject.userId)) };
    } catch (err) {
      if (!(err instanceof ListFailedError)) throw err;
      return { kind: 'failed', error: err };
    }
  }

  private refuseGuard(
    subject: Party,
    requester: Requester,
    v: Exclude<GuardVerdict, { ok: true }>,
  ): { kind: 'refused'; reason: GuardRefusal | 'stateUnavailable'; retryAt?: number } {
    // A risky user asking to strip their MFA is what an attacker holding their session would do.
    if (v.reason === 'riskyUser') this.report.emit(subject, requester, { type: 'security', kind: 'riskyUser' });
    this.report.emit(subject, requester, { type: 'refused', reason: v.reason });
    return v.reason === 'dailyLimit' ? { kind: 'refused', reason: v.reason, retryAt: v.retryAt } : { kind: 'refused', reason: v.reason };
  }

  private refuse<R extends RefusalReason>(subject: Party, requester: Requester, reason: R): { kind: 'refused'; reason: R } {
    this.report.emit(subject, requester, { type: 'refused', reason });
    return { kind: 'refused', reason };
  }
}

function emptyOutcome(): ResetOutcome {
  return { removed: [], alreadyGone: [], failed: [], verified: true, requestIds: [], graphCalls: 0, elapsedMs: 0 };
}
