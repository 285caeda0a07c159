import type { RefusalReason } from '../../reset/events.js';
import { isComplete } from '../../reset/outcome.js';
import type { ResetScope } from '../../reset/scope.js';
import { offerFollowUp, saysLostOrStolen } from './after-reset.js';
import { renderClosedCard, renderConfirmCard } from '../cards.js';
import { countKey, duration, joinList } from '../copy/index.js';
import { describeMethod } from '../describe.js';
import { describeOutcome } from '../outcome.js';
import type { Turn } from '../turn.js';
import { listFailedKey, personalOnly, scopeWords } from './common.js';

/** "reset my MFA" (or one family of methods): show what would go, with Yes / No. */
export async function offerReset(turn: Turn, scope: ResetScope): Promise<void> {
  if (!(await personalOnly(turn))) return;
  const offer = await turn.deps.service.offer(turn.self, scope, turn.requester, { selfService: true });
  switch (offer.kind) {
    case 'refused': {
      const guard = guardText(turn, offer.reason, offer.retryAt);
      if (guard !== undefined) return turn.say(guard);
      return turn.say(turn.t(offer.reason === 'rateLimited' ? 'rateLimited' : 'stateUnavailable'));
    }
    case 'listFailed':
      return turn.say(turn.t(listFailedKey(offer.reason)));
    case 'nothing': {
      if (offer.notRemovable.length > 0) {
        const labels = offer.notRemovable.map((m) => describeMethod(m, turn.locale).label);
        return turn.say(turn.t(countKey('onlyUnremovable', labels.length), { labels: joinList(turn.locale, labels) }));
      }
      if (scope.kind === 'all') return turn.say(turn.t('nothingToRemove'));
      const others = offer.otherRemovable.map((m) => describeMethod(m, turn.locale).label);
      const what = scopeWords(turn, scope);
      return turn.say(
        others.length > 0 ? turn.t('nothingInScope.others', { what, others: joinList(turn.locale, others) }) : turn.t('nothingInScope.none', { what }),
      );
    }
    case 'card': {
      const views = offer.methods.map((m) => describeMethod(m, turn.locale));
      const n = views.length;
      const full = scope.kind === 'all';
      const seconds = (offer.expiresAt - turn.deps.now()) / 1000;
      await turn.sendCard(
        renderConfirmCard({
          demoNotice: turn.demoNotice,
          title: turn.t(full ? 'card.confirm.title.all' : countKey('card.confirm.title', n)),
          intro: turn.t(full ? countKey('card.confirm.intro.all', n) : countKey('card.confirm.intro.scoped', n), { n }),
          methods: views,
          warning: turn.t('card.confirm.warning'),
          consequence: turn.t(full ? 'card.confirm.consequence.all' : countKey('card.confirm.consequence.scoped', n)),
          question: turn.t('card.confirm.question'),
          expires: turn.t('card.confirm.expires', { expiresIn: duration(turn.locale, Math.round(seconds)) }),
          yes: turn.t('card.yes'),
          no: turn.t('card.no'),
          resetAll: full ? '' : turn.t('card.resetAll'),
          token: offer.token,
          lost: saysLostOrStolen(turn.ctx.activity.text ?? '') ? 'lost' : '',
        }),
      );
      return;
    }
  }
}

/**
 * Yes or No on a confirmation card. The replaced card carries the outcome; a text message goes
 * out only when the card could not be replaced (issue 10, item 14: each terminal state once).
 */
export async function answerCard(turn: Turn, token: string, answer: 'yes' | 'no', lost = false): Promise<void> {
  let typing: Promise<void> | undefined;
  if (answer === 'yes') {
    // Best effort, alongside the reset: a connector round trip must not delay the deletes.
    typing = turn.ctx
      .sendActivity({ type: 'typing' })
      .then(() => undefined)
      .catch((err: unknown) => turn.log.warn({ err: String(err) }, 'could not send typing'));
  }
  const result = await turn.deps.service.confirm(token, turn.requester, answer);
  await typing;
  switch (result.kind) {
    case 'refused': {
      const guard = guardText(turn, result.reason, result.retryAt);
      // The claim is spent: the card's buttons go, and it says why.
      if (guard !== undefined) return closeWith(turn, 'card.cancelled.title', guard, 'attention');
      switch (result.reason) {
        case 'tokenExpired':
          return closeWith(turn, 'card.expired.title', turn.t('card.expired.summary'));
        case 'superseded':
          return closeWith(turn, 'card.superseded.title', turn.t('card.superseded.summary'));
        case 'stateUnavailable':
          return turn.say(turn.t('stateUnavailable'));
        case 'notRequester':
          return turn.say(turn.t('cardNotYours'));
        case 'alreadyUsed':
          return turn.say(turn.t('cardUsed'));
        default:
          return turn.say(turn.t('cardMalformed'));
      }
    }
    case 'cancelled':
      return closeWith(turn, 'card.cancelled.title', turn.t('card.cancelled.summary'));
    case 'listFailed':
      return turn.say(turn.t(listFailedKey(result.reason)));
    case 'done': {
      const card = describeOutcome(turn, {
        outcome: result.outcome,
        pinned: result.claims.methods,
        fullReset: result.claims.scope === 'all',
        alreadyGone: result.alreadyGone,
        changed: result.changed,
      });
      if (!(await turn.replaceCard(renderClosedCard(card)))) await turn.say(card.summary);
      // Only after a full reset that left nothing behind: then a pass or signing out is what helps next.
      if (result.claims.scope === 'all' && isComplete(result.outcome)) await offerFollowUp(turn, lost);
      return;
    }
  }
}

/** The words for a refusal by a self-service guard (issue 15); undefined for any other reason. */
function guardText(turn: Turn, reason: RefusalReason, retryAt: number | undefined): string | undefined {
  switch (reason) {
    case 'privilegedSubject':
      return turn.t('guard.privileged');
    case 'riskyUser':
      return turn.t('guard.risky');
    case 'dailyLimit':
      return turn.t('guard.dailyLimit', { when: clockTime(turn, retryAt ?? turn.deps.now()) });
    case 'guardUnavailable':
      return turn.t('guard.unavailable');
    default:
      return undefined;
  }
}

/**
 * When, in the user's own clock when Teams says which time zone they are in (clientInfo), else
 * in UTC, named: "Tue 14:05 UTC". A duration would read "1,387 minutes" for most of a day.
 */
function clockTime(turn: Turn, at: number): string {
  const zone = timeZoneOf(turn.ctx.activity);
  const format = (timeZone: string) =>
    new Intl.DateTimeFormat(turn.locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(at);
  try {
    return format(zone ?? 'UTC');
  } catch {
    return format('UTC'); // a zone name the runtime does not know
  }
}

function timeZoneOf(activity: { entities?: unknown[] | undefined; localTimezone?: string | undefined }): string | undefined {
  const info = (activity.entities ?? []).find(
    (e): e is { type: string; timezone?: unknown } => typeof e === 'object' && e !== null && (e as { type?: unknown }).type === 'clientInfo',
  );
  const zone = typeof info?.timezone === 'string' ? info.timezone : activity.localTimezone;
  return typeof zone === 'string' && /^[A-Za-z0-9_+\-/]{1,64}$/.test(zone) ? zone : undefined;
}

async function closeWith(
  turn: Turn,
  title: 'card.expired.title' | 'card.superseded.title' | 'card.cancelled.title',
  summary: string,
  tone: 'default' | 'attention' = 'default',
): Promise<void> {
  const replaced = await turn.replaceCard(renderClosedCard({ demoNotice: turn.demoNotice, title: turn.t(title), tone, summary, facts: [], reference: '' }));
  if (!replaced) await turn.say(summary);
}
