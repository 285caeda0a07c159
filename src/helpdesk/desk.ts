import type { MethodSummary } from '../reset/events.js';
import type { TargetEntity } from '../understanding/types.js';
import type { TechnicianRateLimit } from './limits.js';
import type { HelpdeskDecision, HelpdeskPolicy } from './policy.js';
import type { CardAttachment, DirectoryApi, Notifier, NotifyFailure } from './ports.js';
import type { CardRef, HelpdeskRequest, Person, RequestBook, RequestReason, Transition } from './requests.js';
import type { NotifyRequest, NotifyResult } from './ports.js';

/**
 * The helpdesk steps below the conversation, so a Teams flow only renders cards and maps
 * answers: name a target, submit a request (everything re-checked: card data is never trusted),
 * reach the target, or a second technician when the target cannot be reached.
 */
export interface HelpdeskDeskOptions {
  readonly policy: HelpdeskPolicy;
  readonly directory: Pick<DirectoryApi, 'getUser' | 'privilegeOf'>;
  readonly requests: RequestBook;
  readonly rate: TechnicianRateLimit;
  readonly notifier: Notifier;
}

export interface Submission {
  readonly tenantId: string;
  readonly requester: Person;
  /** The object id the technician picked (from card data: resolved and checked again here). */
  readonly targetId: string;
  readonly choice: string;
  readonly methodIds: readonly string[];
  readonly methods: readonly MethodSummary[];
  readonly ticket?: string | undefined;
  readonly reason: RequestReason;
  readonly after?: HelpdeskRequest['after'];
  /** The requester's serviceUrl: the proactive message goes out on it. */
  readonly serviceUrl: string;
  /**
   * The card the target gets (who asked, ticket, exactly which methods, Yes / No), built in
   * their new 1:1 conversation (so a reset-service token can be bound to it).
   */
  readonly targetCard: (request: HelpdeskRequest, conversationId: string) => CardAttachment | Promise<CardAttachment>;
  /** The technician's card (their chat, the card's id), stored so any instance can update it. */
  readonly technicianCard?: CardRef | undefined;
  /**
   * Demo mode only: where the target's card goes when the Notifier cannot deliver it (except a
   * block), or instead of it in the Emulator, which has no second person: the technician's chat.
   */
  readonly demoDelivery?: { readonly instead: boolean; readonly send: (request: NotifyRequest) => Promise<NotifyResult> } | undefined;
}

export type SubmitResult =
  | { readonly kind: 'sent'; readonly request: HelpdeskRequest }
  | { readonly kind: 'unreachable'; readonly request: HelpdeskRequest; readonly reason: NotifyFailure; readonly canAskApproval: boolean }
  | { readonly kind: 'refused'; readonly decision: Exclude<HelpdeskDecision, { kind: 'allowed' }> }
  | { readonly kind: 'rateLimited'; readonly retryAfterMs: number }
  | { readonly kind: 'pendingExists'; readonly request?: HelpdeskRequest | undefined }
  /** Lost every race on the shared store: nothing was sent; try again. */
  | { readonly kind: 'busy' };

/** `privilegedNow`: the target gained a privileged role since; the request was cancelled instead. */
export type DecisionResult =
  { readonly kind: 'transition'; readonly transition: Transition } | { readonly kind: 'privilegedNow'; readonly transition: Transition };

export type ApprovalAsk =
  | { readonly kind: 'asked'; readonly request: HelpdeskRequest }
  | { readonly kind: 'approverNotTechnician' }
  | { readonly kind: 'approverUnreachable'; readonly reason: NotifyFailure }
  | { readonly kind: 'refused'; readonly transition: Transition };

export class HelpdeskDesk {
  constructor(private readonly o: HelpdeskDeskOptions) {}

  /** The technician named someone: who is it, and may they act on them? */
  name(requesterId: string, entity: TargetEntity, signal?: AbortSignal): Promise<HelpdeskDecision> {
    return this.o.policy.decide(requesterId, entity, signal);
  }

  async submit(s: Submission): Promise<SubmitResult> {
    const { policy, directory, requests, rate, notifier } = this.o;
    const standing = await policy.standing(s.requester.userId);
    if (!standing.technician) return { kind: 'refused', decision: { kind: 'onlyOwn' } };
    const user = await directory.getUser(s.targetId);
    if (!user) return { kind: 'refused', decision: { kind: 'notFound' } };
    // Privilege is asked again now: a role granted since the first card counts.
    const decision = await policy.checkTarget(s.requester.userId, standing, user);
    if (decision.kind !== 'allowed') return { kind: 'refused', decision };
    const limit = await rate.take(s.tenantId, s.requester.userId);
    if (!limit.ok) return limit.reason === 'limited' ? { kind: 'rateLimited', retryAfterMs: limit.retryAfterMs } : { kind: 'busy' };
    const opened = await requests.open({
      tenantId: s.tenantId,
      requester: s.requester,
      target: { userId: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, preferredLanguage: user.preferredLanguage },
      privileged: decision.privileged,
      choice: s.choice,
      methodIds: [...s.methodIds],
      methods: s.methods.map((m) => ({ kind: m.kind, phoneType: m.phoneType })),
      ticket: s.ticket,
      reason: s.reason,
      ...(s.after ? { after: s.after } : {}),
      technicianCard: s.technicianCard,
    });
    if (!opened.ok) return opened.reason === 'pendingExists' ? { kind: 'pendingExists', request: opened.request } : { kind: 'busy' };
    const note: NotifyRequest = {
      tenantId: s.tenantId,
      userId: user.id,
      serviceUrl: s.serviceUrl,
      card: (conversationId) => s.targetCard(opened.request, conversationId),
    };
    const demo = s.demoDelivery;
    let viaDemo = demo?.instead === true;
    let sent = demo && viaDemo ? await demo.send(note) : await notifier.sendToUser(note);
    // A block is the simulated tenant's modelled answer (blocked.user@): kept, so demo shows it.
    if (!sent.ok && demo && !viaDemo && sent.reason !== 'blocked') {
      sent = await demo.send(note);
      viaDemo = true;
    }
    if (sent.ok) {
      const targetCard: CardRef = {
        conversationId: sent.conversationId,
        serviceUrl: s.serviceUrl,
        channelId: 'msteams',
        tenantId: s.tenantId,
        activityId: sent.activityId,
      };
      const marked = await requests.markSent(opened.request.id, viaDemo ? undefined : targetCard);
      // If the target already answered (fast click), report the request as it is now.
      return { kind: 'sent', request: marked.request ?? opened.request };
    }
    const marked = await requests.markUnreachable(opened.request.id, sent.reason);
    const request = marked.request ?? opened.request;
    return { kind: 'unreachable', request, reason: sent.reason, canAskApproval: !request.privileged && request.state === 'targetUnreachable' };
  }

  /**
   * The target's answer. A Yes is checked against the target's roles again first: someone made
   * an admin since the request was opened now needs a privileged requester (fail closed).
   */
  async answer(requestId: string, clicker: { readonly userId: string; readonly tenantId: string }, answer: 'yes' | 'no'): Promise<DecisionResult> {
    if (answer === 'yes') {
      const request = await this.o.requests.get(requestId);
      if (request && sameId(request.target.userId, clicker.userId) && !(await this.stillAllowed(request))) {
        return { kind: 'privilegedNow', transition: await this.o.requests.cancel(requestId, request.requester.userId) };
      }
    }
    return { kind: 'transition', transition: await this.o.requests.answerAsTarget(requestId, clicker, answer) };
  }

  /** The second technician's approval, with the target's roles checked again (never four eyes for an admin). */
  async approve(requestId: string, approver: { readonly userId: string; readonly tenantId: string }): Promise<DecisionResult> {
    const request = await this.o.requests.get(requestId);
    if (request && sameId(request.approverId ?? '', approver.userId) && (await this.o.directory.privilegeOf(request.target.userId)).privileged) {
      return { kind: 'privilegedNow', transition: await this.o.requests.cancel(requestId, request.requester.userId) };
    }
    return { kind: 'transition', transition: await this.o.requests.approve(requestId, approver) };
  }

  private async stillAllowed(request: HelpdeskRequest): Promise<boolean> {
    if (!(await this.o.directory.privilegeOf(request.target.userId)).privileged) return true;
    return (await this.o.policy.standing(request.requester.userId)).privileged;
  }

  /** Ask a second technician (in their own 1:1 chat) to approve for an unreachable target. */
  async askApproval(
    requestId: string,
    requesterId: string,
    approverId: string,
    serviceUrl: string,
    card: (request: HelpdeskRequest, conversationId: string) => CardAttachment | Promise<CardAttachment>,
  ): Promise<ApprovalAsk> {
    // Checked before anyone is messaged; checked again when they click.
    if (!(await this.o.policy.standing(approverId)).technician) return { kind: 'approverNotTechnician' };
    const t = await this.o.requests.requestApproval(requestId, requesterId, approverId);
    if (!t.ok) return { kind: 'refused', transition: t };
    const sent = await this.o.notifier.sendToUser({
      tenantId: t.request.tenantId,
      userId: approverId,
      serviceUrl,
      card: (conversationId) => card(t.request, conversationId),
    });
    return sent.ok ? { kind: 'asked', request: t.request } : { kind: 'approverUnreachable', reason: sent.reason };
  }
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
