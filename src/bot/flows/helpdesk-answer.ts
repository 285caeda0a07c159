import { transitionEvents } from '../../helpdesk/audit.js';
import type { CardAttachment } from '../../helpdesk/ports.js';
import type { HelpdeskRequest, RequestOutcome, Transition } from '../../helpdesk/requests.js';
import { issuePass, type TapResult } from '../../after/tap.js';
import { isComplete, type ResetOutcome } from '../../reset/outcome.js';
import type { AfterResetFacts, OnBehalf } from '../../reset/reporter.js';
import type { Requester } from '../../reset/service.js';
import { asAttachment, renderClosedCard, type ClosedCardView } from '../cards.js';
import { duration } from '../copy/index.js';
import { escapeMarkdown } from '../markdown.js';
import { presentPass, tapRefusalKey } from './after-reset.js';
import type { MessageId } from '../copy/index.js';
import { describeOutcome } from '../outcome.js';
import { withLocale, type Turn } from '../turn.js';
import { localeOfTag } from '../locale.js';
import { auditContext, tellTechnician } from './helpdesk-status.js';
import { nameOf } from './helpdesk.js';
import { otherUser } from './small-talk.js';

export interface AnswerData {
  readonly requestId: string;
  readonly token: string;
  readonly answer: 'yes' | 'no';
  /** The demo copy's "Answer as the target (demo)" button (demo mode only, the technician's chat). */
  readonly demo: boolean;
}

/**
 * The target's Yes or "No, this wasn't me". The two-party request decides first (their own
 * authenticated identity, same tenant, roles checked again, compare-and-set across instances);
 * only a request moved to targetConfirmed by this click runs the reset, through the reset
 * service with the token bound to the target and their chat (its single-use claim is a second
 * guard). Both chats hear the truthful outcome.
 */
export async function answerRequest(turn: Turn, data: AnswerData): Promise<void> {
  const helpdesk = turn.deps.helpdesk;
  if (!helpdesk) return otherUser(turn);
  if (!turn.sender.personal) return turn.say(turn.t('groupChat'));
  const request = await helpdesk.requests.get(data.requestId);
  if (!request) return turn.say(turn.t('cardMalformed'));
  // Demo mode has no second person: the technician may answer the demo copy as the target.
  // Only for a demo copy: a card that really reached the target's own chat is theirs alone.
  const asTarget = data.demo && turn.deps.demo && request.targetCard === undefined && sameId(turn.sender.userId, request.requester.userId);
  const clicker = asTarget ? { userId: request.target.userId, tenantId: request.tenantId } : { userId: turn.sender.userId, tenantId: turn.sender.tenantId };
  const decided = await helpdesk.desk.answer(request.id, clicker, data.answer);
  const t = decided.transition;
  publish(turn, t);
  if (decided.kind === 'privilegedNow') {
    await closeTarget(turn, 'helpdesk.target.closed.privileged');
    if (t.ok) await tellTechnician(turn, t.request, { privilegedNow: true });
    return;
  }
  if (!t.ok) return refused(turn, t);
  const confirmer: Requester = {
    ...clicker,
    conversationId: turn.sender.conversationId,
    channelId: turn.ctx.activity.channelId,
    correlationId: turn.correlationId,
  };
  if (t.request.state === 'denied') {
    // Nothing is reset; the card's token is spent so the card cannot be used again.
    await turn.deps.service.confirm(data.token, confirmer, 'no', onBehalfOf(t.request, 'denied')).catch(() => undefined);
    const summary = turn.t('helpdesk.target.denied.summary');
    if (
      !(await turn.replaceCard(
        renderClosedCard({
          demoNotice: turn.demoNotice,
          title: turn.t('helpdesk.target.denied.title'),
          tone: 'default',
          summary,
          facts: [],
          reference: turn.t('card.reference'),
        }),
      ))
    ) {
      await turn.say(summary);
    }
    return tellTechnician(turn, t.request);
  }
  return finishReset(turn, t.request, data.token, confirmer, 'targetConfirmed');
}

/** The decision is won (target confirmed, or a second technician approved): run the reset, tell both. */
export async function finishReset(
  turn: Turn,
  request: HelpdeskRequest,
  token: string,
  confirmer: Requester,
  path: 'targetConfirmed' | 'secondTechnician',
): Promise<void> {
  const helpdesk = turn.deps.helpdesk!;
  const steps = afterSteps(turn, request);
  const result = await turn.deps.service.confirm(token, confirmer, 'yes', { ...onBehalfOf(request, path), afterReset: steps?.run });
  if (result.kind !== 'done') {
    // The decision stands but nothing ran (an expired or replaced confirmation, Graph unreadable).
    const finished = await helpdesk.requests.finish(request.id, 'failed');
    await closeTarget(turn, 'helpdesk.failedStep');
    return tellTechnician(turn, finished.ok ? finished.request : request, { failed: true });
  }
  const facts = {
    outcome: result.outcome,
    pinned: result.claims.methods,
    fullReset: result.claims.scope === 'all',
    alreadyGone: result.alreadyGone,
    changed: result.changed,
  };
  const view = describeOutcome(turn, facts);
  // The technician's card says the same in the technician's language.
  const techLocale = localeOfTag(request.technicianCard?.locale) ?? turn.locale;
  const techView = techLocale === turn.locale ? view : describeOutcome(withLocale(turn, techLocale), { ...facts, pinned: [] });
  const outcome: RequestOutcome = isComplete(result.outcome) ? 'removed' : result.outcome.removed.length > 0 ? 'partial' : 'failed';
  const finished = await helpdesk.requests.finish(request.id, outcome);
  // The target's own chat hears the same facts as the mail: what, when, by whom, whom to call.
  const mine = path === 'targetConfirmed' ? targetView(turn, request, view) : view;
  if (!(await turn.replaceCard(renderClosedCard(mine)))) await turn.say(mine.summary);
  const done = finished.ok ? finished.request : { ...request, state: 'done' as const, outcome };
  // What was done after the reset (never the pass itself), in the words the steps chose.
  const afterFacts = steps ? await steps.present(path) : [];
  await tellTechnician(turn, done, { outcome: { ...techView, facts: [...techView.facts, ...afterFacts] } });
}

/** The target's closed card: the outcome, plus who did it and when, and whom to call if it was not them. */
function targetView(turn: Turn, request: HelpdeskRequest, view: ClosedCardView): ClosedCardView {
  const when = `${new Intl.DateTimeFormat(turn.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(turn.deps.now()))} UTC`;
  const technician = escapeMarkdown(request.requester.displayName ?? turn.t('contact.helpdesk'));
  return {
    ...view,
    summary: `${view.summary} ${turn.t('mail.reset.notYou')}`,
    facts: [...view.facts, { title: turn.t('helpdesk.target.done.by'), value: technician }, { title: turn.t('helpdesk.target.done.when'), value: when }],
  };
}

/**
 * What the technician asked for after the reset (issue 15): signing the target out everywhere
 * (whatever the reset's outcome; a failure is reported apart and never changes it) and a
 * Temporary Access Pass (only after a complete reset). `run` happens inside the reset service,
 * before the reset event, so the event says whether they happened; `present` shows the pass once
 * (to the target in their own chat, or to the requesting technician on the four-eyes path) and
 * returns the technician's facts, never the value.
 */
function afterSteps(turn: Turn, request: HelpdeskRequest) {
  const after = turn.deps.after;
  const wants = request.after;
  if (!after || !wants || (!wants.tap && !wants.revoke)) return undefined;
  let issued: TapResult | undefined;
  let revoked: boolean | undefined;
  const name = nameOf(request.target);
  return {
    run: async (outcome: ResetOutcome): Promise<AfterResetFacts> => {
      if (wants.revoke) {
        try {
          await after.sessions.revoke(request.target.userId);
          revoked = true;
        } catch (err) {
          turn.log.warn({ status: (err as { status?: unknown }).status, code: (err as { code?: unknown }).code }, 'could not revoke sign-in sessions');
          revoked = false;
        }
      }
      if (wants.tap && isComplete(outcome)) issued = await issuePass(after.tap, request.target.userId, after.config.tapLifetimeMinutes, turn.log);
      const ok = issued?.kind === 'issued' ? issued.pass : undefined;
      return { tapIssued: ok !== undefined, tapLifetimeMinutes: ok?.lifetimeInMinutes, tapUsableOnce: ok?.isUsableOnce, sessionsRevoked: revoked === true };
    },
    present: async (path: 'targetConfirmed' | 'secondTechnician'): Promise<{ title: string; value: string }[]> => {
      const facts: { title: string; value: string }[] = [];
      if (issued?.kind === 'issued') {
        const lifetime = duration(turn.locale, issued.pass.lifetimeInMinutes * 60);
        const tech = request.technicianCard;
        const shown =
          path === 'targetConfirmed'
            ? await presentPass(turn, issued, turn.t('tap.intro'))
            : tech !== undefined && (await presentPass(turn, issued, turn.t('tap.intro.readOut', { name }), tech));
        if (shown) {
          facts.push({
            title: turn.t('tap.cleared.title'),
            value: turn.t(path === 'targetConfirmed' ? 'helpdesk.after.tap.shownToTarget' : 'helpdesk.after.tap.shownToYou', { name, lifetime }),
          });
        }
      } else if (issued?.kind === 'refused') {
        const why = turn.t(tapRefusalKey(issued.reason));
        facts.push({ title: turn.t('tap.cleared.title'), value: why });
        if (path === 'targetConfirmed') await turn.say(why);
      }
      if (revoked !== undefined) {
        facts.push({ title: turn.t('helpdesk.after.fact.signOut'), value: turn.t(revoked ? 'helpdesk.after.signOut.done' : 'helpdesk.after.signOut.failed') });
      }
      return facts;
    },
  };
}

/** The technician withdraws the request: nothing changes, the target's card is closed too. */
export async function cancelRequest(turn: Turn, requestId: string): Promise<void> {
  const helpdesk = turn.deps.helpdesk;
  if (!helpdesk) return otherUser(turn);
  const t = await helpdesk.requests.cancel(requestId, turn.sender.userId);
  publish(turn, t);
  if (!t.ok) {
    if (t.reason === 'notRequester') return turn.say(turn.t('helpdesk.onlyRequester'));
    if (t.reason === 'notFound') return turn.say(turn.t('cardMalformed'));
    if (t.request) return tellTechnician(turn, t.request);
    return turn.say(turn.t('helpdesk.busy'));
  }
  await tellTechnician(turn, t.request);
  await closeTargetCard(turn, t.request, 'helpdesk.target.closed.cancelled');
}

async function refused(turn: Turn, t: Extract<Transition, { ok: false }>): Promise<void> {
  switch (t.reason) {
    case 'notTarget':
    case 'otherTenant':
      return turn.say(turn.t('helpdesk.notYours'));
    case 'expired':
      await closeTarget(turn, 'helpdesk.target.closed.expired');
      if (t.expiredNow && t.request) await tellTechnician(turn, t.request);
      return;
    case 'wrongState':
      if (t.request?.state === 'cancelled') return closeTarget(turn, 'helpdesk.target.closed.cancelled');
      return turn.say(turn.t('helpdesk.alreadyAnswered'));
    default:
      return turn.say(turn.t('helpdesk.busy'));
  }
}

/** The clicked target card, closed with a short reason (a text when it cannot be replaced). */
async function closeTarget(turn: Turn, key: MessageId): Promise<void> {
  const summary = turn.t(key);
  const card = renderClosedCard({ demoNotice: turn.demoNotice, title: turn.t('card.cancelled.title'), tone: 'default', summary, facts: [], reference: '' });
  if (!(await turn.replaceCard(card))) await turn.say(summary);
}

/** The target's card in their own chat (from the technician's turn), when it was delivered there. */
async function closeTargetCard(turn: Turn, r: HelpdeskRequest, key: MessageId): Promise<void> {
  const ref = r.targetCard;
  if (!ref || !turn.deps.helpdesk) return;
  // The card is in the target's language: so is the reason it closed.
  const lt = withLocale(turn, localeOfTag(r.target.preferredLanguage) ?? turn.locale);
  const card = renderClosedCard({
    demoNotice: lt.demoNotice,
    title: lt.t('card.cancelled.title'),
    tone: 'default',
    summary: lt.t(key),
    facts: [],
    reference: '',
  });
  await turn.deps.helpdesk.updateCard(ref, asAttachment(card) as CardAttachment);
}

function publish(turn: Turn, t: Transition): void {
  for (const e of transitionEvents(t, auditContext(turn))) turn.deps.service.publish(e);
}

/** The reset service's events for a helpdesk step: the technician asked, the target is the subject, the approver named. */
export function onBehalfOf(r: HelpdeskRequest, path: 'targetConfirmed' | 'secondTechnician' | 'denied'): OnBehalf {
  return {
    requester: { userId: r.requester.userId, tenantId: r.tenantId, displayName: r.requester.displayName },
    subject: { userId: r.target.userId, tenantId: r.tenantId, displayName: r.target.displayName },
    // The denial's ticket note comes from the request's own transition event: one note, not two.
    ticket: path === 'denied' ? undefined : r.ticket,
    path,
    requestId: r.id,
    ...(path === 'secondTechnician' && r.approverId ? { approver: { userId: r.approverId, tenantId: r.tenantId } } : {}),
  };
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
