import { MessageFactory } from 'botbuilder';
import { methodsForChoice, parseChoice, scopeOfChoice, type MethodChoice } from '../../helpdesk/choice.js';
import { requestedEvent } from '../../helpdesk/audit.js';
import type { SubmitResult } from '../../helpdesk/desk.js';
import type { CardAttachment, NotifyRequest, NotifyResult } from '../../helpdesk/ports.js';
import type { CardRef, HelpdeskRequest, RequestReason } from '../../helpdesk/requests.js';
import { summaries } from '../../reset/reporter.js';
import { checkTicket } from '../../tickets/card.js';
import { asAttachment } from '../cards.js';
import { duration } from '../copy/index.js';
import { localeOfTag } from '../locale.js';
import { renderTargetCard } from '../helpdesk-cards.js';
import { withLocale, type Turn } from '../turn.js';
import { onBehalfOf } from './helpdesk-answer.js';
import { auditContext, statusCard } from './helpdesk-status.js';
import { listFailedKey, personalOnly } from './common.js';
import { REASONS, markDefault, nameOf } from './helpdesk.js';
import { otherUser } from './small-talk.js';

export interface SubmitData {
  readonly targetId: string;
  readonly choice?: string | undefined;
  readonly ticket?: string | undefined;
  readonly reason?: string | undefined;
  readonly tap?: 'true' | 'false' | undefined;
  readonly revoke?: 'auto' | 'yes' | 'no' | undefined;
}

// What a ticket number may look like in any of the supported systems (INC0012345, ABC-123, 4711).
const TICKET = /^[A-Za-z0-9][A-Za-z0-9_.#-]{0,39}$/;

/**
 * The technician pressed Submit. Card data is untrusted: the target, the choice and the reason
 * are parsed and checked again; the ticket is looked up before anything else happens; the
 * methods are listed afresh. Then the target is asked in their own chat (desk.submit).
 */
export async function submitRequest(turn: Turn, data: SubmitData): Promise<void> {
  const helpdesk = turn.deps.helpdesk;
  if (!helpdesk) return otherUser(turn);
  if (!(await personalOnly(turn))) return;
  // Before any lookup (ticket or person): card data from a non-technician must learn nothing.
  if (!(await helpdesk.policy.standing(turn.sender.userId).catch(() => ({ technician: false }))).technician) {
    turn.deps.service.record({ type: 'refused', reason: 'notTechnician' }, turn.self, turn.requester);
    return otherUser(turn);
  }
  const choice = parseChoice(data.choice);
  const reason = (REASONS as readonly string[]).includes(data.reason ?? '') ? (data.reason as RequestReason) : undefined;
  if (!choice || !reason) return turn.say(turn.t('cardMalformed'));
  const typed = (data.ticket ?? '').trim();
  if (typed !== '' && !TICKET.test(typed)) return turn.say(turn.t('helpdesk.ticket.invalid'));
  const tickets = turn.deps.tickets;
  let ticketNotice = '';
  if (tickets) {
    if (typed === '') return turn.say(turn.t('helpdesk.ticket.required'));
    // Before anything is reset or anyone is messaged: an unknown or closed ticket stops here.
    const verdict = await checkTicket(tickets.lookup, typed);
    if (verdict.kind === 'refuse') return turn.say(verdict.text);
    if (verdict.kind === 'unverified') ticketNotice = verdict.text;
  }
  const ticket = typed === '' ? undefined : typed;

  const user = await helpdesk.directory.getUser(data.targetId).catch(() => undefined);
  if (!user) return turn.say(turn.t('helpdesk.notFound'));
  const subject = { userId: user.id, tenantId: turn.sender.tenantId, displayName: user.displayName };
  const listed = await turn.deps.service.list(subject, turn.requester);
  if (listed.kind === 'refused') return turn.say(turn.t('rateLimited'));
  if (listed.kind === 'listFailed') return turn.say(turn.t(listFailedKey(listed.reason)));
  const chosen = methodsForChoice(listed.methods, choice, turn.deps.service.canDelete);
  const name = nameOf(user);
  if (chosen.length === 0) return turn.say(turn.t('helpdesk.nothingInChoice', { name }));

  const a = turn.ctx.activity;
  const technicianCard: CardRef = {
    conversationId: turn.sender.conversationId,
    serviceUrl: a.serviceUrl,
    channelId: a.channelId,
    tenantId: turn.sender.tenantId,
    botId: a.recipient?.id,
    activityId: a.replyToId,
    locale: turn.locale,
  };
  // The directory checks are asked again at submit (standing, the target, their roles): a Graph
  // failure there is a kind "try again", never the turn's generic error.
  const result = await helpdesk.desk
    .submit({
      tenantId: turn.sender.tenantId,
      requester: { userId: turn.sender.userId, displayName: a.from?.name },
      targetId: user.id,
      choice: data.choice ?? '',
      methodIds: chosen.map((m) => m.id),
      methods: summaries(chosen),
      ticket,
      reason,
      // Signing out is on by default for suspicious activity; a pass only when asked (and the bot can issue one).
      ...(turn.deps.after ? { after: { tap: data.tap === 'true', revoke: data.revoke === 'yes' || (data.revoke !== 'no' && reason === 'suspicious') } } : {}),
      serviceUrl: a.serviceUrl,
      targetCard: (request, conversationId) => targetCard(turn, request, choice, conversationId),
      technicianCard,
      demoDelivery: turn.deps.demo ? { instead: a.channelId !== 'msteams', send: (note) => deliverHere(turn, note) } : undefined,
    })
    .catch((err: unknown) => {
      turn.log.warn(
        { err: err instanceof Error ? err.name : 'error', status: (err as { status?: unknown } | null)?.status },
        'helpdesk submit: a directory check failed',
      );
      return undefined;
    });
  if (!result) return turn.say(turn.t('helpdesk.lookupFailed'));
  await reportSubmit(turn, result, name, ticketNotice);
}

/**
 * The target's card, built inside their 1:1 conversation: the reset service's token is bound to
 * the target as confirmer and to that conversation, so only their own click in their own chat
 * can spend it. A throw sends nothing (the Notifier reports it as failed).
 */
async function targetCard(turn: Turn, request: HelpdeskRequest, choice: MethodChoice, conversationId: string): Promise<CardAttachment> {
  // Demo copy in the technician's own chat: the same card, its buttons marked as answering as the target.
  const demoCopy = conversationId === turn.sender.conversationId;
  // In the target's own language (Entra's preferred language, when it is one of ours), else the
  // technician's; the demo copy in the technician's: it is the technician who reads it.
  const lt = demoCopy ? turn : withLocale(turn, localeOfTag(request.target.preferredLanguage) ?? turn.locale);
  const target = { userId: request.target.userId, tenantId: request.tenantId, displayName: request.target.displayName };
  const offer = await turn.deps.service.offer(
    target,
    scopeOfChoice(choice),
    {
      userId: request.target.userId,
      tenantId: request.tenantId,
      conversationId,
      channelId: conversationId === turn.sender.conversationId ? turn.ctx.activity.channelId : 'msteams',
      correlationId: turn.correlationId,
      locale: lt.locale,
    },
    // The card lives as long as the request, not the self-service TTL; the request records itself.
    { expiresAt: request.expiresAt, onBehalf: onBehalfOf(request, 'targetConfirmed') },
  );
  if (offer.kind !== 'card') throw new Error(`no card to offer: ${offer.kind}`);
  const technician = nameOf({ displayName: request.requester.displayName, userPrincipalName: request.requester.userId });
  const seconds = Math.max(0, Math.round((Math.min(offer.expiresAt, request.expiresAt) - turn.deps.now()) / 1000));
  const card = renderTargetCard({
    demoNotice: lt.demoNotice,
    demoIntro: demoCopy ? lt.t('helpdesk.target.demoIntro', { name: nameOf(request.target) }) : '',
    title: lt.t('helpdesk.target.title', { technician }),
    ticket: request.ticket ? lt.t('helpdesk.target.ticket', { ticket: request.ticket }) : '',
    intro: lt.t('helpdesk.target.intro'),
    methods: markDefault(lt, offer.methods, await turn.deps.service.defaultOf(target, offer.methods)),
    warning: lt.t('helpdesk.target.warning'),
    consequence: lt.t('helpdesk.target.consequence'),
    expires: lt.t('helpdesk.target.expires', { expiresIn: duration(lt.locale, seconds) }),
    yes: lt.t(demoCopy ? 'helpdesk.target.demoYes' : 'helpdesk.target.yes'),
    no: lt.t(demoCopy ? 'helpdesk.target.demoNo' : 'helpdesk.target.no'),
    requestId: request.id,
    token: offer.token,
    demo: demoCopy,
    action: 'helpdeskAnswer',
  });
  return asAttachment(card) as CardAttachment;
}

/** Demo mode: the target's card shown in the technician's chat (the Emulator has no second person). */
async function deliverHere(turn: Turn, note: NotifyRequest): Promise<NotifyResult> {
  try {
    const card = await note.card(turn.sender.conversationId);
    const sent = await turn.ctx.sendActivity(MessageFactory.attachment(card));
    return { ok: true, conversationId: turn.sender.conversationId, activityId: sent?.id };
  } catch (err) {
    turn.log.warn({ err: err instanceof Error ? err.name : 'error' }, 'demo delivery of the target card failed');
    return { ok: false, reason: 'failed' };
  }
}

async function reportSubmit(turn: Turn, result: SubmitResult, name: string, ticketNotice: string): Promise<void> {
  switch (result.kind) {
    case 'sent':
    case 'unreachable': {
      turn.deps.service.publish(requestedEvent(result.request, auditContext(turn)));
      const card = statusCard(turn, result.request, result.kind === 'unreachable' ? { unreachable: result.reason, canAskApproval: result.canAskApproval } : {});
      if (!(await turn.replaceCard(card))) await turn.sendCard(card);
      if (ticketNotice) await turn.say(ticketNotice);
      return;
    }
    case 'refused':
      switch (result.decision.kind) {
        case 'privilegedTarget':
          turn.deps.service.record({ type: 'refused', reason: 'privilegedTarget' }, turn.self, turn.requester);
          return turn.say(turn.t('helpdesk.privileged', { name }));
        case 'disabled':
          return turn.say(turn.t('helpdesk.disabled', { name }));
        case 'self':
          return turn.say(turn.t('helpdesk.self'));
        case 'notFound':
          return turn.say(turn.t('helpdesk.notFound'));
        default:
          // No longer a technician (removed from the group since the card was shown).
          turn.deps.service.record({ type: 'refused', reason: 'notTechnician' }, turn.self, turn.requester);
          return turn.say(turn.t('otherUser'));
      }
    case 'rateLimited':
      return turn.say(turn.t('helpdesk.rateLimited', { expiresIn: duration(turn.locale, Math.ceil(result.retryAfterMs / 1000)) }));
    case 'pendingExists':
      return turn.say(turn.t('helpdesk.pendingExists', { name }));
    case 'busy':
      return turn.say(turn.t('helpdesk.busy'));
  }
}
