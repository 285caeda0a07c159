import { randomBytes } from 'node:crypto';
import type { MethodSummary } from '../reset/events.js';
import type { PendingRequests } from '../state/ports.js';
import type { TargetLock } from './limits.js';
import { TargetLocks } from './limits.js';
import type { NotifyFailure } from './ports.js';

/**
 * The two-party helpdesk request, on the shared PendingRequests store:
 *
 *   created → waitingForTarget → targetConfirmed → done
 *                              ↘ denied | expired | cancelled
 *   created → targetUnreachable → waitingForApproval → approved → done   (unprivileged targets only)
 *
 * Every transition is a compare-and-set on the stored row's etag: of two instances acting on
 * the same request at once, exactly one write lands; the other re-reads, sees the new state and
 * refuses. Whoever moves a request to targetConfirmed or approved is the one that runs the reset.
 */
export type RequestState =
  | 'created'
  | 'waitingForTarget'
  | 'targetUnreachable'
  | 'waitingForApproval'
  | 'targetConfirmed'
  | 'approved'
  | 'denied'
  | 'declined'
  | 'expired'
  | 'cancelled'
  | 'done';

const TERMINAL: ReadonlySet<RequestState> = new Set(['denied', 'declined', 'expired', 'cancelled', 'done']);
/** Decided: the reset is running or about to; expiry no longer applies. */
const DECIDED: ReadonlySet<RequestState> = new Set(['targetConfirmed', 'approved']);
const CANCELLABLE: ReadonlySet<RequestState> = new Set(['created', 'waitingForTarget', 'targetUnreachable', 'waitingForApproval']);

export interface Person {
  readonly userId: string;
  readonly displayName?: string | undefined;
}

/**
 * Where a card lives, so whichever instance handles the next click can update it: the
 * conversation's reference and the card's activity id (no token, no secret).
 */
export interface CardRef {
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly channelId: string;
  readonly tenantId: string;
  readonly botId?: string | undefined;
  readonly activityId?: string | undefined;
  /** The language the card is in ("de"), so whoever updates it from another chat keeps it. */
  readonly locale?: string | undefined;
}

export type RequestReason = 'lostPhone' | 'newPhone' | 'brokenApp' | 'suspicious' | 'other';
export type RequestOutcome = 'removed' | 'partial' | 'failed';

export interface HelpdeskRequest {
  readonly id: string;
  readonly tenantId: string;
  readonly requester: Person;
  /** `preferredLanguage`: Entra's, at the request (the target's card and its closing note speak it). */
  readonly target: Person & { readonly userPrincipalName: string; readonly preferredLanguage?: string | undefined };
  /** Decided by the policy at creation; a privileged target never goes the approval path. */
  readonly privileged: boolean;
  /** `choiceValue` of what to remove, and the exact method ids shown on the card. */
  readonly choice: string;
  readonly methodIds: readonly string[];
  /** Their kinds, for audit events (never a number, address or device name). */
  readonly methods: readonly MethodSummary[];
  readonly ticket?: string | undefined;
  readonly reason: RequestReason;
  /** What to do after the reset (issue 15): a Temporary Access Pass, signing the target out everywhere. */
  readonly after?: { readonly tap: boolean; readonly revoke: boolean } | undefined;
  readonly createdAt: number;
  /** Decision deadline (HELPDESK_REQUEST_TTL_SECONDS after creation). */
  readonly expiresAt: number;
  readonly state: RequestState;
  readonly unreachable?: NotifyFailure | undefined;
  /** The second technician asked to approve (only they may). */
  readonly approverId?: string | undefined;
  readonly outcome?: RequestOutcome | undefined;
  /** The technician's card (their chat and the card's activity id), updated through every state. */
  readonly technicianCard?: CardRef | undefined;
  /** The target's card, once delivered (to close it on cancel or expiry). */
  readonly targetCard?: CardRef | undefined;
  readonly history: readonly { readonly state: RequestState; readonly at: number; readonly by?: string | undefined }[];
}

export type NewRequest = Omit<
  HelpdeskRequest,
  'id' | 'createdAt' | 'expiresAt' | 'state' | 'history' | 'unreachable' | 'approverId' | 'outcome' | 'targetCard'
>;

export type Refusal =
  | 'notFound'
  | 'expired'
  /** Already past this step (a replayed or late click); `request` says where it is. */
  | 'wrongState'
  | 'notTarget'
  | 'notRequester'
  | 'otherTenant'
  | 'selfApproval'
  | 'notApprover'
  | 'notTechnician'
  | 'privilegedNeedsTarget'
  | 'pendingExists'
  | 'contention';

export type Transition =
  | { readonly ok: true; readonly request: HelpdeskRequest }
  | {
      readonly ok: false;
      readonly reason: Refusal;
      readonly request?: HelpdeskRequest | undefined;
      /** This call found the request past its deadline and recorded the expiry (audit it once). */
      readonly expiredNow?: boolean | undefined;
    };

export interface RequestBookOptions {
  /** HELPDESK_REQUEST_TTL_SECONDS, default 900. */
  readonly ttlSeconds?: number;
  /** How long a finished request is kept so a late click hears "expired"/"done", not "unknown". */
  readonly retentionMs?: number;
  readonly now?: () => number;
  /** Fresh (policy-cached) technician check for the approver. */
  readonly isTechnician: (userId: string) => Promise<boolean>;
}

const MAX_ATTEMPTS = 4;
type Judge = (r: HelpdeskRequest, now: number) => { next: Omit<HelpdeskRequest, 'history'>; by?: string | undefined } | Refusal;

export class RequestBook {
  private readonly ttlMs: number;
  private readonly retentionMs: number;
  private readonly now: () => number;
  private readonly locks: TargetLocks;

  constructor(
    private readonly store: PendingRequests<HelpdeskRequest>,
    lockStore: PendingRequests<TargetLock>,
    private readonly opts: RequestBookOptions,
  ) {
    this.ttlMs = Math.max(30, opts.ttlSeconds ?? 900) * 1000;
    this.retentionMs = opts.retentionMs ?? 3_600_000;
    this.now = opts.now ?? Date.now;
    this.locks = new TargetLocks(lockStore);
  }

  /** Open a request; refused with the pending one when the target already has one. */
  async open(input: NewRequest): Promise<Transition> {
    const now = this.now();
    const id = randomBytes(16).toString('base64url');
    const request: HelpdeskRequest = {
      ...input,
      id,
      createdAt: now,
      expiresAt: now + this.ttlMs,
      state: 'created',
      history: [{ state: 'created', at: now, by: input.requester.userId }],
    };
    const keepUntil = request.expiresAt + this.retentionMs;
    const lock = await this.locks.claim(input.tenantId, input.target.userId, id, keepUntil, async (heldBy) => {
      const held = await this.get(heldBy);
      return !held || TERMINAL.has(held.state) || (!DECIDED.has(held.state) && now >= held.expiresAt);
    });
    if (!lock.ok) return { ok: false, reason: 'pendingExists', request: await this.get(lock.heldBy) };
    if (!(await this.store.create(id, request, keepUntil))) {
      await this.locks.release(input.tenantId, input.target.userId, id);
      return { ok: false, reason: 'contention' };
    }
    return { ok: true, request };
  }

  async get(id: string): Promise<HelpdeskRequest | undefined> {
    return (await this.store.get(id))?.value;
  }

  /** The proactive message reached the target. */
  markSent(id: string, targetCard?: CardRef): Promise<Transition> {
    return this.transition(id, (r) =>
      r.state === 'created' ? { next: { ...r, state: 'waitingForTarget', ...(targetCard ? { targetCard } : {}) } } : 'wrongState',
    );
  }

  /** The target could not be messaged (no Teams, app blocked): the technician may ask for approval. */
  markUnreachable(id: string, why: NotifyFailure): Promise<Transition> {
    return this.transition(id, (r) => (r.state === 'created' ? { next: { ...r, state: 'targetUnreachable', unreachable: why } } : 'wrongState'));
  }

  // mutate:begin helpdesk-decisions
  /** The target's own Yes or "No, this wasn't me", from their authenticated Teams identity. */
  answerAsTarget(id: string, clicker: { readonly userId: string; readonly tenantId: string }, answer: 'yes' | 'no'): Promise<Transition> {
    return this.transition(id, (r) => {
      if (!sameId(clicker.tenantId, r.tenantId)) return 'otherTenant';
      if (!sameId(clicker.userId, r.target.userId)) return 'notTarget';
      // 'created': the card can arrive before markSent is written.
      if (r.state !== 'waitingForTarget' && r.state !== 'created') return 'wrongState';
      return { next: { ...r, state: answer === 'yes' ? 'targetConfirmed' : 'denied' }, by: clicker.userId };
    });
  }

  /** The requester asks a second technician to approve instead of the unreachable target. */
  requestApproval(id: string, by: string, approverId: string): Promise<Transition> {
    return this.transition(id, (r) => {
      if (!sameId(by, r.requester.userId)) return 'notRequester';
      if (r.privileged) return 'privilegedNeedsTarget';
      if (sameId(approverId, r.requester.userId) || sameId(approverId, r.target.userId)) return 'selfApproval';
      if (r.state !== 'targetUnreachable') return 'wrongState';
      return { next: { ...r, state: 'waitingForApproval', approverId }, by };
    });
  }

  /** The second technician's Decline (four eyes): only the named approver; ends the request, nothing changes. */
  decline(id: string, approver: { readonly userId: string; readonly tenantId: string }): Promise<Transition> {
    return this.transition(id, (r) => {
      if (!sameId(approver.tenantId, r.tenantId)) return 'otherTenant';
      if (r.approverId === undefined || !sameId(approver.userId, r.approverId)) return 'notApprover';
      if (r.state !== 'waitingForApproval') return 'wrongState';
      return { next: { ...r, state: 'declined' }, by: approver.userId };
    });
  }

  /** The second technician's approval (four eyes): never the requester, never for a privileged target. */
  async approve(id: string, approver: { readonly userId: string; readonly tenantId: string }): Promise<Transition> {
    const technician = await this.opts.isTechnician(approver.userId);
    return this.transition(id, (r) => {
      if (!sameId(approver.tenantId, r.tenantId)) return 'otherTenant';
      if (r.privileged) return 'privilegedNeedsTarget';
      if (sameId(approver.userId, r.requester.userId) || sameId(approver.userId, r.target.userId)) return 'selfApproval';
      if (r.approverId === undefined || !sameId(approver.userId, r.approverId)) return 'notApprover';
      if (!technician) return 'notTechnician';
      if (r.state !== 'waitingForApproval') return 'wrongState';
      return { next: { ...r, state: 'approved' }, by: approver.userId };
    });
  }

  /** The requester withdraws the request. */
  cancel(id: string, by: string): Promise<Transition> {
    return this.transition(id, (r) => {
      if (!sameId(by, r.requester.userId)) return 'notRequester';
      if (!CANCELLABLE.has(r.state)) return 'wrongState';
      return { next: { ...r, state: 'cancelled' }, by };
    });
  }

  /** Move a request whose time is up to `expired` (any read of it does the same). */
  expire(id: string): Promise<Transition> {
    return this.transition(id, () => 'wrongState');
  }

  /** The reset ran (by whoever won the decision): record its outcome and free the target. */
  finish(id: string, outcome: RequestOutcome): Promise<Transition> {
    return this.transition(id, (r) => (DECIDED.has(r.state) ? { next: { ...r, state: 'done', outcome } } : 'wrongState'));
  }

  private async transition(id: string, judge: Judge): Promise<Transition> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const row = await this.store.get(id);
      if (!row) return { ok: false, reason: 'notFound' };
      const r = row.value;
      const now = this.now();
      if (TERMINAL.has(r.state)) return { ok: false, reason: r.state === 'expired' ? 'expired' : 'wrongState', request: r };
      let verdict: ReturnType<Judge>;
      let refuseAfter: Refusal | undefined;
      if (!DECIDED.has(r.state) && now >= r.expiresAt) {
        verdict = { next: { ...r, state: 'expired' } };
        refuseAfter = 'expired';
      } else {
        verdict = judge(r, now);
        if (typeof verdict === 'string') return { ok: false, reason: verdict, request: r };
      }
      const next: HelpdeskRequest = { ...verdict.next, history: [...r.history, { state: verdict.next.state, at: now, by: verdict.by }] };
      if (await this.store.update(id, next, row.etag)) {
        if (TERMINAL.has(next.state)) await this.locks.release(next.tenantId, next.target.userId, next.id);
        return refuseAfter ? { ok: false, reason: refuseAfter, request: next, expiredNow: true } : { ok: true, request: next };
      }
      // Another instance changed it first: read again and judge the new state.
    }
    return { ok: false, reason: 'contention' };
  }
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
// mutate:end helpdesk-decisions
