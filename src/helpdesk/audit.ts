import type { Party, RefusalReason, ResetEvent, VerificationPath } from '../reset/events.js';
import type { HelpdeskRequest, Refusal, RequestState, Transition } from './requests.js';

/**
 * Helpdesk requests as the reset service's typed events, for the audit log, the ticket sink and
 * security alerts: both people (technician and target), the ticket, the verification path.
 * Graph's audit log names only the app, so this record is the one that says who asked.
 */
export interface AuditContext {
  readonly correlationId: string;
  readonly at: number;
  /** Who acted in this turn: the requester of a refusal event (someone clicking what is not theirs). */
  readonly actor: Party;
  readonly channelId?: string | undefined;
  readonly conversationId?: string | undefined;
  readonly demo?: boolean | undefined;
}

const PATH_OF: Partial<Record<RequestState, VerificationPath>> = {
  targetConfirmed: 'targetConfirmed',
  approved: 'secondTechnician',
  denied: 'denied',
  declined: 'declined',
  expired: 'expired',
  cancelled: 'cancelled',
};

const REFUSAL_OF: Readonly<Record<Refusal, RefusalReason>> = {
  notFound: 'tokenMalformed',
  expired: 'tokenExpired',
  wrongState: 'alreadyUsed',
  notTarget: 'notRequester',
  notRequester: 'notRequester',
  notApprover: 'notRequester',
  selfApproval: 'notRequester',
  otherTenant: 'tenantNotAllowed',
  notTechnician: 'notTechnician',
  privilegedNeedsTarget: 'privilegedTarget',
  pendingExists: 'pendingExists',
  contention: 'stateUnavailable',
};

/** The request was opened (sent or not): the "requested" event. */
export function requestedEvent(request: HelpdeskRequest, ctx: AuditContext): ResetEvent {
  return { ...base(request, ctx, requesterOf(request)), type: 'requested', scope: request.choice, methods: request.methods };
}

/** The events a transition produced: a decision, a refusal, or nothing (bookkeeping steps). */
export function transitionEvents(t: Transition, ctx: AuditContext): ResetEvent[] {
  if (!t.ok) {
    const events: ResetEvent[] = [];
    // An expiry recorded by this call is a decision too, whoever happened to click.
    if (t.expiredNow && t.request) events.push(decision(t.request, ctx, 'expired'));
    events.push({ ...base(t.request, ctx, ctx.actor), type: 'refused', reason: REFUSAL_OF[t.reason] });
    return events;
  }
  const r = t.request;
  const path = PATH_OF[r.state];
  if (!path) return []; // markSent, markUnreachable, requestApproval, done: not decisions
  const events = [decision(r, ctx, path)];
  // "No, this wasn't me": someone asked the helpdesk for this person's MFA without them.
  if (r.state === 'denied') events.push({ ...base(r, ctx, requesterOf(r)), type: 'security', kind: 'deniedByTarget' });
  return events;
}

function decision(r: HelpdeskRequest, ctx: AuditContext, path: VerificationPath): ResetEvent {
  const type = path === 'targetConfirmed' || path === 'secondTechnician' ? 'confirmed' : 'cancelled';
  // Requester is always the technician and subject the target, so every decision names both;
  // a four-eyes decision names the approver too (base).
  return { ...base(r, ctx, requesterOf(r)), type, path, methods: r.methods };
}

function base(r: HelpdeskRequest | undefined, ctx: AuditContext, requester: Party) {
  return {
    correlationId: ctx.correlationId,
    at: ctx.at,
    requester,
    subject: r ? targetOf(r) : ctx.actor,
    channelId: ctx.channelId,
    conversationId: ctx.conversationId,
    demo: ctx.demo,
    ticket: r?.ticket,
    ...(r?.approverId ? { approver: { userId: r.approverId, tenantId: r.tenantId } } : {}),
    ...(r ? { requestId: r.id } : {}),
  };
}

function requesterOf(r: HelpdeskRequest): Party {
  return { userId: r.requester.userId, tenantId: r.tenantId, displayName: r.requester.displayName };
}

function targetOf(r: HelpdeskRequest): Party {
  return { userId: r.target.userId, tenantId: r.tenantId, displayName: r.target.displayName };
}
