import { transitionEvents } from '../../helpdesk/audit.js';
import { parseChoice, scopeOfChoice } from '../../helpdesk/choice.js';
import type { CardAttachment } from '../../helpdesk/ports.js';
import type { HelpdeskRequest } from '../../helpdesk/requests.js';
import type { Requester } from '../../reset/service.js';
import { asAttachment, renderClosedCard } from '../cards.js';
import { duration } from '../copy/index.js';
import { renderTargetCard } from '../helpdesk-cards.js';
import { withLocale, type Turn } from '../turn.js';
import { localeOfTag } from '../locale.js';
import { finishReset, onBehalfOf } from './helpdesk-answer.js';
import { auditContext, tellTechnician } from './helpdesk-status.js';
import { markDefault, nameOf } from './helpdesk.js';
import { personalOnly } from './common.js';
import { otherUser } from './small-talk.js';

/**
 * Four eyes: the target cannot be reached (no Teams, app blocked), so the requester names a
 * second technician, who gets the same card in their own 1:1 chat. Never for a privileged
 * target, never the requester or the target; the approver must still be a technician when
 * they click (desk.approve), and the token is bound to them and their chat.
 */
export async function askForApproval(turn: Turn, requestId: string, approverName: string | undefined): Promise<void> {
  const helpdesk = turn.deps.helpdesk;
  if (!helpdesk) return otherUser(turn);
  if (!(await personalOnly(turn))) return;
  // Only the requester may name an approver, and only then is anyone looked up.
  const request = await helpdesk.requests.get(requestId);
  if (!request) return turn.say(turn.t('cardMalformed'));
  if (request.requester.userId.toLowerCase() !== turn.sender.userId.toLowerCase()) return turn.say(turn.t('helpdesk.onlyRequester'));
  const typed = (approverName ?? '').trim();
  if (typed === '' || typed.length > 200 || !typed.includes('@')) return turn.say(turn.t('helpdesk.approval.missing'));
  const approver = await helpdesk.directory.getUser(typed).catch(() => undefined);
  if (!approver || !approver.accountEnabled) return turn.say(turn.t('helpdesk.notFound'));
  const approverShown = nameOf(approver);
  // Said before the group check: "yourself" or "the target" is the clearer answer (the desk checks again).
  const same = (a: string) => a.toLowerCase() === approver.id.toLowerCase();
  if (same(turn.sender.userId) || same(request.target.userId)) return turn.say(turn.t('helpdesk.approval.self'));
  const asked = await helpdesk.desk.askApproval(requestId, turn.sender.userId, approver.id, turn.ctx.activity.serviceUrl, (request, conversationId) =>
    approvalCard(turn, request, approver.id, approver.preferredLanguage, conversationId),
  );
  switch (asked.kind) {
    case 'asked':
      return tellTechnician(turn, asked.request);
    case 'approverNotTechnician':
      await turn.say(turn.t('helpdesk.approval.notTechnician', { approver: approverShown }));
      // Demo mode only: which id would make the approver a technician of the simulated group.
      if (turn.deps.demo) await turn.say(turn.t('helpdesk.demoHint', { userId: approver.id }));
      return;
    case 'approverUnreachable':
      return turn.say(turn.t('helpdesk.approval.unreachable', { approver: approverShown }));
    case 'refused': {
      const t = asked.transition;
      if (t.ok) return;
      if (t.reason === 'selfApproval') return turn.say(turn.t('helpdesk.approval.self'));
      if (t.reason === 'privilegedNeedsTarget') return turn.say(turn.t('helpdesk.approval.privileged'));
      if (t.reason === 'notRequester') return turn.say(turn.t('helpdesk.onlyRequester'));
      publish(turn, t);
      if (t.request) return tellTechnician(turn, t.request);
      return turn.say(turn.t('helpdesk.busy'));
    }
  }
}

async function approvalCard(
  turn: Turn,
  request: HelpdeskRequest,
  approverId: string,
  approverLanguage: string | undefined,
  conversationId: string,
): Promise<CardAttachment> {
  const choice = parseChoice(request.choice);
  if (!choice) throw new Error('stored choice no longer parses');
  // In the approver's own language (Entra's preferred language), else the requester's.
  const lt = withLocale(turn, localeOfTag(approverLanguage) ?? turn.locale);
  const target = { userId: request.target.userId, tenantId: request.tenantId, displayName: request.target.displayName };
  // The confirmer is the approver: only their click in their own chat can spend this token.
  const offer = await turn.deps.service.offer(
    target,
    scopeOfChoice(choice),
    {
      userId: approverId,
      tenantId: request.tenantId,
      conversationId,
      channelId: 'msteams',
      correlationId: turn.correlationId,
      locale: lt.locale,
    },
    // The card lives as long as the request, not the self-service TTL; the request records itself.
    { expiresAt: request.expiresAt, onBehalf: onBehalfOf(request, 'secondTechnician') },
  );
  if (offer.kind !== 'card') throw new Error(`no card to offer: ${offer.kind}`);
  const name = nameOf(request.target);
  const technician = nameOf({ displayName: request.requester.displayName, userPrincipalName: request.requester.userId });
  const seconds = Math.max(0, Math.round((Math.min(offer.expiresAt, request.expiresAt) - turn.deps.now()) / 1000));
  return asAttachment(
    renderTargetCard({
      demoNotice: lt.demoNotice,
      demoIntro: '',
      title: lt.t('helpdesk.approval.title', { technician, name }),
      ticket: request.ticket ? lt.t('helpdesk.target.ticket', { ticket: request.ticket }) : '',
      intro: lt.t('helpdesk.approval.intro', { name }),
      methods: markDefault(lt, offer.methods, await turn.deps.service.defaultOf(target, offer.methods)),
      warning: lt.t('helpdesk.approval.warning', { name }),
      consequence: lt.t('helpdesk.approval.consequence'),
      expires: lt.t('helpdesk.target.expires', { expiresIn: duration(lt.locale, seconds) }),
      yes: lt.t('helpdesk.approval.yes'),
      no: lt.t('helpdesk.approval.no'),
      requestId: request.id,
      token: offer.token,
      demo: false,
      action: 'helpdeskApprove',
    }),
  ) as CardAttachment;
}

/** The second technician's Approve or Decline. */
export async function approveRequest(turn: Turn, data: { readonly requestId: string; readonly token: string; readonly answer: 'yes' | 'no' }): Promise<void> {
  const helpdesk = turn.deps.helpdesk;
  if (!helpdesk) return otherUser(turn);
  if (!turn.sender.personal) return turn.say(turn.t('groupChat'));
  const request = await helpdesk.requests.get(data.requestId);
  if (!request) return turn.say(turn.t('cardMalformed'));
  if (request.approverId === undefined || request.approverId.toLowerCase() !== turn.sender.userId.toLowerCase()) {
    turn.deps.service.record({ type: 'refused', reason: 'notRequester' }, turn.self, turn.requester);
    return turn.say(turn.t('helpdesk.notYours'));
  }
  if (data.answer === 'no') {
    // Declining ends the request (so the target is not locked until expiry): a decision by the
    // approver (path "declined", the approver named), not a cancellation by the requester.
    const t = await helpdesk.requests.decline(request.id, { userId: turn.sender.userId, tenantId: turn.sender.tenantId });
    publish(turn, t);
    const summary = turn.t('helpdesk.approval.declined.summary');
    if (
      !(await turn.replaceCard(
        renderClosedCard({
          demoNotice: turn.demoNotice,
          title: turn.t('helpdesk.approval.declined.title'),
          tone: 'default',
          summary,
          facts: [],
          reference: '',
        }),
      ))
    )
      await turn.say(summary);
    if (t.ok) await tellTechnician(turn, t.request);
    return;
  }
  const decided = await helpdesk.desk.approve(request.id, { userId: turn.sender.userId, tenantId: turn.sender.tenantId });
  const t = decided.transition;
  publish(turn, t);
  if (decided.kind === 'privilegedNow' || !t.ok) {
    const summary = turn.t(
      decided.kind === 'privilegedNow'
        ? 'helpdesk.approval.privileged'
        : t.ok
          ? 'helpdesk.alreadyAnswered'
          : t.reason === 'expired'
            ? 'helpdesk.target.closed.expired'
            : 'helpdesk.alreadyAnswered',
    );
    await turn.say(summary);
    if (t.ok || t.expiredNow) if (t.request) await tellTechnician(turn, t.request, decided.kind === 'privilegedNow' ? { privilegedNow: true } : {});
    return;
  }
  const confirmer: Requester = {
    userId: turn.sender.userId,
    tenantId: turn.sender.tenantId,
    conversationId: turn.sender.conversationId,
    channelId: turn.ctx.activity.channelId,
    correlationId: turn.correlationId,
  };
  return finishReset(turn, t.request, data.token, confirmer, 'secondTechnician');
}

function publish(turn: Turn, t: Parameters<typeof transitionEvents>[0]): void {
  for (const e of transitionEvents(t, auditContext(turn))) turn.deps.service.publish(e);
}
