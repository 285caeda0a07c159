import { randomUUID } from 'node:crypto';
import { issuePass, type TapRefusal, type TapResult } from '../../after/tap.js';
import type { TapCardJob } from '../../after/tap-cards.js';
import type { FollowUpAction, FollowUpClaims } from '../../after/token.js';
import type { AfterAction } from '../../reset/events.js';
import type { Locale } from '../../understanding/types.js';
import { renderAfterCard, renderClosedCard, renderTapCard } from '../cards.js';
import { duration, t, type MessageId } from '../copy/index.js';
import { escapeMarkdown } from '../markdown.js';
import type { Turn } from '../turn.js';

/**
 * After a full self-service reset (issue 15): offer a Temporary Access Pass (only when the
 * operator enabled SELF_SERVICE_TAP: a stolen Teams session plus a self-issued pass is a full
 * takeover) and, when the message said the phone was lost or stolen, signing out everywhere.
 * The follow-up card's token is bound to the person and chat, each action spent once in the
 * shared store. A failure here never changes what the reset card already said.
 */

/** "lost", "stolen" in our eight languages (a word start, any ending: "zgubiłem", "perdí"). */
const LOST_OR_STOLEN =
  /(?<!\p{L})(lost|stolen|verlor|gestohl|geklaut|perdu|vol[ée]|perd[ií]|robad|roubad|furtad|pers[oa](?!\p{L})|rubat|smarrit|kwijt|gestolen|zgubi|skradzi|ukradzi|zgin)/iu;

export function saysLostOrStolen(text: string): boolean {
  return LOST_OR_STOLEN.test(text.slice(0, 2000));
}

/** The follow-up card after a complete full reset; nothing when no option applies. */
export async function offerFollowUp(turn: Turn, lost: boolean): Promise<void> {
  const after = turn.deps.after;
  if (!after) return;
  const actions: FollowUpAction[] = [];
  if (after.config.selfServiceTap) actions.push('tap');
  if (lost) actions.push('revoke');
  if (actions.length === 0) return;
  const { token } = after.tokens.issue({
    subjectId: turn.sender.userId,
    tenantId: turn.sender.tenantId,
    conversationId: turn.sender.conversationId,
    ref: turn.correlationId,
    actions,
  });
  await turn.sendCard(followUpCard(turn, actions, token));
}

function followUpCard(turn: Turn, actions: readonly FollowUpAction[], token: string): object {
  return renderAfterCard({
    demoNotice: turn.demoNotice,
    title: turn.t('after.title'),
    paragraphs: actions.map((a) => turn.t(a === 'tap' ? 'after.tap.offer' : 'after.revoke.offer')),
    buttons: actions.map((a) =>
      a === 'tap'
        ? { title: turn.t('after.tap.button'), action: 'afterTap' as const, token }
        : { title: turn.t('after.revoke.button'), action: 'afterRevoke' as const, token },
    ),
  });
}

/** A press on the follow-up card: checked, spent once, then done. */
export async function followUp(turn: Turn, token: string, action: FollowUpAction): Promise<void> {
  const after = turn.deps.after;
  if (!after || !turn.sender.personal) return turn.say(turn.t('cardMalformed'));
  const claims = after.tokens.verify(token);
  if (claims === 'invalid') return turn.say(turn.t('cardMalformed'));
  if (claims === 'expired') return closeCard(turn, 'after.title', turn.t('after.expired'));
  if (
    claims.subjectId !== turn.sender.userId ||
    claims.tenantId !== turn.sender.tenantId ||
    claims.conversationId !== turn.sender.conversationId ||
    !claims.actions.includes(action)
  ) {
    return turn.say(turn.t('cardNotYours'));
  }
  // A pass needs the operator's consent now, not only when the card was shown.
  if (action === 'tap' && !after.config.selfServiceTap) return turn.say(turn.t('cardMalformed'));
  let claimed: boolean;
  try {
    claimed = await after.nonces.claim(`${claims.nonce}.${action}`, claims.expiresAt);
  } catch (err) {
    turn.log.warn({ err: String(err) }, 'could not claim the follow-up action');
    return turn.say(turn.t('stateUnavailable'));
  }
  if (!claimed) return turn.say(turn.t('after.used'));
  // The rest of the card stays usable; the pressed option goes away.
  const rest = claims.actions.filter((a) => a !== action);
  if (rest.length > 0) await turn.replaceCard(followUpCard(turn, rest, token));
  else await closeCard(turn, 'after.title', turn.t('after.used'), false);
  return action === 'tap' ? showPass(turn, claims) : signOut(turn, claims);
}

async function showPass(turn: Turn, claims: FollowUpClaims): Promise<void> {
  const after = turn.deps.after!;
  // Never to a privileged user (issue 15: "for non-privileged users"). Where the directory is
  // wired (helpdesk mode) it is asked, and a check that failed is never read as "not privileged".
  const directory = turn.deps.helpdesk?.directory;
  if (directory) {
    const privileged = await directory.privilegeOf(turn.sender.userId).then(
      (p) => p.privileged,
      () => undefined,
    );
    if (privileged !== false) {
      record(turn, claims, 'tapRefused', { reason: privileged ? 'privileged' : 'failed' });
      return turn.say(turn.t(privileged ? 'tap.refused.privileged' : 'tap.refused.failed', { ref: claims.ref }));
    }
  }
  const result = await issuePass(after.tap, turn.sender.userId, after.config.tapLifetimeMinutes, turn.log);
  if (result.kind === 'refused') {
    record(turn, claims, 'tapRefused', { reason: result.reason });
    return turn.say(turn.t(tapRefusalKey(result.reason), { ref: claims.ref }));
  }
  record(turn, claims, 'tapIssued', { lifetimeMinutes: result.pass.lifetimeInMinutes, isUsableOnce: result.pass.isUsableOnce });
  await presentPass(turn, result, turn.t('tap.intro'));
}

/**
 * Show a pass once, in a card of its own, and have it cleared at its expiry (any instance). By
 * default in this turn's chat; `to` names another chat (the requesting technician's, on the
 * four-eyes path). The value is in the card and nowhere else: not in a log, an event or a job.
 */
export async function presentPass(
  turn: Turn,
  issued: Extract<TapResult, { kind: 'issued' }>,
  intro: string,
  to?: Omit<TapCardJob, 'activityId' | 'locale'>,
): Promise<boolean> {
  const after = turn.deps.after!;
  const { pass } = issued;
  const id = randomUUID();
  const start = new Intl.DateTimeFormat(turn.locale, { timeStyle: 'short', timeZone: 'UTC' }).format(new Date(pass.startsAt));
  const card = renderTapCard({
    demoNotice: turn.demoNotice,
    title: turn.t('tap.title'),
    intro,
    pass: escapeMarkdown(pass.value, 64),
    validity: turn.t(pass.isUsableOnce ? 'tap.validity.once' : 'tap.validity.reusable', {
      lifetime: duration(turn.locale, pass.lifetimeInMinutes * 60),
      start: `${start} UTC`,
    }),
    shownOnce: turn.t('tap.shownOnce'),
    done: turn.t('tap.done'),
    id,
  });
  const a = turn.ctx.activity;
  const where = to ?? {
    conversationId: turn.sender.conversationId,
    serviceUrl: a.serviceUrl,
    channelId: a.channelId,
    tenantId: turn.sender.tenantId,
    botId: a.recipient?.id,
  };
  let activityId: string | undefined;
  if (to) activityId = await after.sendCard(to, card);
  else
    activityId = (await turn.ctx.sendActivity({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] }))
      ?.id;
  if (activityId) {
    await after.cards
      .schedule(id, { ...where, activityId, locale: turn.locale }, issued.expiresAt)
      .catch((err: unknown) => turn.log.warn({ err: String(err) }, 'could not schedule clearing the pass card'));
  }
  return activityId !== undefined;
}

async function signOut(turn: Turn, claims: FollowUpClaims): Promise<void> {
  const after = turn.deps.after!;
  try {
    await after.sessions.revoke(turn.sender.userId);
  } catch (err) {
    const status = (err as { status?: unknown }).status;
    turn.log.warn({ status, code: (err as { code?: unknown }).code }, 'could not revoke sign-in sessions');
    record(turn, claims, 'revokeFailed', { reason: status === 403 ? 'permission' : 'failed' });
    return turn.say(turn.t('revoke.failed', { ref: claims.ref }));
  }
  record(turn, claims, 'sessionsRevoked', {});
  return turn.say(turn.t('revoke.done'));
}

/** "Done" on the pass card: the value leaves the chat, and the expiry job has nothing left to do. */
export async function passDone(turn: Turn, id: string): Promise<void> {
  const summary = turn.t('tap.cleared.summary');
  if (!(await turn.replaceCard(clearedPassCard(turn.locale, turn.demoNotice, 'tap.cleared.summary')))) await turn.say(summary);
  await turn.deps.after?.cards.done(id).catch((err: unknown) => turn.log.warn({ err: String(err) }, 'could not forget the pass card'));
}

/** What replaces the pass card (at Done, or at expiry from any instance). */
export function clearedPassCard(locale: Locale, demoNotice: string, key: 'tap.cleared.summary' | 'tap.expired.summary' = 'tap.expired.summary'): object {
  return renderClosedCard({ demoNotice, title: t(locale, 'tap.cleared.title'), tone: 'default', summary: t(locale, key), facts: [], reference: '' });
}

export function tapRefusalKey(reason: TapRefusal): MessageId {
  return `tap.refused.${reason}`;
}

function record(turn: Turn, claims: FollowUpClaims, action: AfterAction, extra: { lifetimeMinutes?: number; isUsableOnce?: boolean; reason?: string }): void {
  const who = { userId: turn.sender.userId, tenantId: turn.sender.tenantId };
  turn.deps.service.publish({
    type: 'afterReset',
    action,
    ...extra,
    correlationId: claims.ref,
    at: turn.deps.now(),
    requester: who,
    subject: who,
    channelId: turn.ctx.activity.channelId,
    conversationId: turn.sender.conversationId,
    demo: turn.deps.demo,
    locale: turn.locale,
  });
}

async function closeCard(turn: Turn, title: MessageId, summary: string, sayIfNotReplaced = true): Promise<void> {
  const card = renderClosedCard({ demoNotice: turn.demoNotice, title: turn.t(title), tone: 'default', summary, facts: [], reference: '' });
  if (!(await turn.replaceCard(card)) && sayIfNotReplaced) await turn.say(summary);
}
