import type { AuditContext } from '../../helpdesk/audit.js';
import type { NotifyFailure } from '../../helpdesk/ports.js';
import type { HelpdeskRequest } from '../../helpdesk/requests.js';
import { methodTitle } from '../describe.js';
import { localeOfTag } from '../locale.js';
import type { MethodSummary } from '../../reset/events.js';
import { asAttachment, type ClosedCardView } from '../cards.js';
import type { CardAttachment } from '../../helpdesk/ports.js';
import { duration, joinList } from '../copy/index.js';
import { renderStatusCard, type Fact } from '../helpdesk-cards.js';
import { ticketStatusText } from '../../tickets/card.js';
import { withLocale, type Turn } from '../turn.js';
import { nameOf } from './helpdesk.js';

/**
 * The technician's card through every state of a request, and the way it reaches them from
 * whichever chat and instance handles the next step (the stored card reference).
 */
export interface StatusExtra {
  readonly unreachable?: NotifyFailure | undefined;
  /** Unprivileged target: offer asking a second technician (four eyes). */
  readonly canAskApproval?: boolean | undefined;
  /** The outcome view of a finished reset (its facts: removed, not removed, already gone). */
  readonly outcome?: ClosedCardView | undefined;
  /** The target gained a privileged role since: cancelled. */
  readonly privilegedNow?: boolean | undefined;
  /** The target confirmed but the reset could not run (the confirmation was no longer valid). */
  readonly failed?: boolean | undefined;
  /** "Ticket updated." / "Ticket update pending." / "Could not update ticket …: reason." */
  readonly ticketStatus?: string | undefined;
}

export function statusCard(turn: Turn, r: HelpdeskRequest, extra: StatusExtra = {}): object {
  const name = nameOf(r.target);
  const facts: Fact[] = [];
  if (r.ticket) facts.push({ title: turn.t('helpdesk.fact.ticket'), value: extra.ticketStatus ? `${r.ticket}: ${extra.ticketStatus}` : r.ticket });
  facts.push({ title: turn.t('helpdesk.fact.methods'), value: kindsText(turn, r.methods) });
  const reference = turn.t('card.reference');
  const base = { demoNotice: turn.demoNotice, reference, requestId: r.id, cancel: '' };
  if (extra.unreachable) {
    const four = extra.canAskApproval === true;
    return renderStatusCard({
      ...base,
      title: turn.t('helpdesk.status.unreachable.title', { name }),
      tone: 'attention',
      summary: turn.t(`helpdesk.status.unreachable.${extra.unreachable}`, { name }) + (four ? ` ${turn.t('helpdesk.approval.offer')}` : ''),
      facts,
      ...(four ? { approverLabel: turn.t('helpdesk.approval.label'), askApproval: turn.t('helpdesk.approval.ask'), cancel: turn.t('helpdesk.cancel') } : {}),
    });
  }
  if (extra.privilegedNow) {
    return renderStatusCard({
      ...base,
      title: turn.t('helpdesk.status.cancelled.title'),
      tone: 'attention',
      summary: turn.t('helpdesk.status.privileged.summary', { name }),
      facts,
    });
  }
  if (extra.failed) {
    return renderStatusCard({
      ...base,
      title: turn.t('helpdesk.status.failed.title', { name }),
      tone: 'attention',
      summary: turn.t('helpdesk.failedStep'),
      facts,
    });
  }
  switch (r.state) {
    case 'created':
    case 'waitingForTarget': {
      const seconds = Math.max(0, Math.round((r.expiresAt - turn.deps.now()) / 1000));
      return renderStatusCard({
        ...base,
        title: turn.t('helpdesk.status.waiting.title', { name }),
        tone: 'default',
        summary: turn.t('helpdesk.status.waiting.summary', { name, expiresIn: duration(turn.locale, seconds) }),
        facts,
        cancel: turn.t('helpdesk.cancel'),
      });
    }
    case 'done': {
      const o = extra.outcome;
      const complete = r.outcome === 'removed';
      const approved = r.approverId !== undefined && r.history.some((h) => h.state === 'approved');
      return renderStatusCard({
        ...base,
        title: turn.t(complete ? 'helpdesk.status.done.title' : 'helpdesk.status.partial.title', { name }),
        tone: complete ? 'good' : 'attention',
        summary: turn.t(approved ? 'helpdesk.status.done.approved' : 'helpdesk.status.done.summary', { name }),
        facts: [...facts.slice(0, r.ticket ? 1 : 0), ...(o?.facts ?? [])],
      });
    }
    case 'denied':
      return renderStatusCard({
        ...base,
        title: turn.t('helpdesk.status.denied.title', { name }),
        tone: 'attention',
        summary: turn.t('helpdesk.status.denied.summary', { name }),
        facts,
      });
    case 'declined':
      return renderStatusCard({
        ...base,
        title: turn.t('helpdesk.status.declined.title'),
        tone: 'attention',
        summary: turn.t('helpdesk.status.cancelled.summary'),
        facts,
      });
    case 'expired':
      return renderStatusCard({
        ...base,
        title: turn.t('helpdesk.status.expired.title'),
        tone: 'default',
        summary: turn.t('helpdesk.status.expired.summary', { name }),
        facts,
      });
    case 'cancelled':
      return renderStatusCard({
        ...base,
        title: turn.t('helpdesk.status.cancelled.title'),
        tone: 'default',
        summary: turn.t('helpdesk.status.cancelled.summary'),
        facts,
      });
    case 'waitingForApproval':
      return renderStatusCard({
        ...base,
        title: turn.t('helpdesk.status.approval.title'),
        tone: 'default',
        summary: turn.t('helpdesk.status.approval.summary', { name }),
        facts,
        cancel: turn.t('helpdesk.cancel'),
      });
    default:
      // targetUnreachable without a reason at hand, targetConfirmed, approved: in between.
      return renderStatusCard({ ...base, title: turn.t('helpdesk.status.waiting.title', { name }), tone: 'default', summary: '', facts });
  }
}

/**
 * Update the technician's card from any chat (the target's click lands in the target's chat,
 * possibly on another instance). When the card cannot be updated, the technician gets the
 * same words as a message, so the outcome is never lost.
 */
export async function tellTechnician(turn: Turn, r: HelpdeskRequest, extra: StatusExtra = {}): Promise<void> {
  const helpdesk = turn.deps.helpdesk;
  const ref = r.technicianCard;
  if (!helpdesk || !ref) return;
  // In the language the technician's card is in, not the clicker's (a French target, a German desk).
  const lt = withLocale(turn, localeOfTag(ref.locale) ?? turn.locale);
  const card = statusCard(lt, r, { ...extra, ticketStatus: extra.ticketStatus ?? (await ticketStatus(lt, r)) });
  // The technician's own turn (cancel, demo answer): the card is the one in this chat.
  if (ref.conversationId === turn.sender.conversationId && ref.activityId === turn.ctx.activity.replyToId) {
    if (!(await turn.replaceCard(card))) await turn.sendCard(card);
    return;
  }
  if (ref.conversationId === turn.sender.conversationId) {
    // The demo copy of the target's card lives in the technician's chat: update theirs by id.
    if (!(await helpdesk.updateCard(ref, asAttachment(card) as CardAttachment))) await turn.sendCard(card);
    return;
  }
  if (await helpdesk.updateCard(ref, asAttachment(card) as CardAttachment)) return;
  await helpdesk.sendTo(ref, { type: 'message', attachments: [asAttachment(card)] });
}

const TERMINAL: ReadonlySet<HelpdeskRequest['state']> = new Set(['done', 'denied', 'declined', 'expired', 'cancelled']);
/** How long the card waits for the note's first delivery attempt before it says "pending". */
const TICKET_WAIT_MS = 5_000;

/**
 * Once a request has ended, its note is in the outbox (this turn's event put it there). Give the
 * worker one bounded attempt now, so the card can say whether the ticket was updated; a note that
 * fails for now stays in the outbox and the card says "pending" (never the ticket's word on the reset).
 */
async function ticketStatus(turn: Turn, r: HelpdeskRequest): Promise<string | undefined> {
  const tickets = turn.deps.tickets;
  if (!tickets || !r.ticket || !TERMINAL.has(r.state)) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, TICKET_WAIT_MS);
  });
  try {
    await Promise.race([tickets.worker.kick().catch(() => undefined), waited]);
    return ticketStatusText(r.ticket, await tickets.sink.status(turn.correlationId));
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

export function auditContext(turn: Turn): AuditContext {
  return {
    correlationId: turn.correlationId,
    at: turn.deps.now(),
    actor: turn.self,
    channelId: turn.ctx.activity.channelId,
    conversationId: turn.sender.conversationId,
    demo: turn.deps.demo,
  };
}

function kindsText(turn: Turn, methods: readonly MethodSummary[]): string {
  const labels = methods.map((m) =>
    m.kind === 'phone' && m.phoneType ? turn.t(`helpdesk.choice.${m.phoneType}`) : methodTitle(m.kind, undefined, turn.locale),
  );
  return joinList(turn.locale, labels);
}
