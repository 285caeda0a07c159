import type { ResetOutcome } from '../reset/outcome.js';
import { isComplete } from '../reset/outcome.js';
import type { PinnedMethod } from '../reset/token.js';
import type { ClosedCardView } from './cards.js';
import { joinList } from './copy/index.js';
import { describeMethod } from './describe.js';
import type { Turn } from './turn.js';

export interface DoneResult {
  readonly outcome: ResetOutcome;
  readonly pinned: readonly PinnedMethod[];
  readonly fullReset: boolean;
  readonly alreadyGone: readonly PinnedMethod[];
  readonly changed: readonly PinnedMethod[];
}

/**
 * The final state of a confirmed card: what this click removed, what it did not and why, what
 * was already gone or had changed. Truthful by construction: "reset" is only said when every
 * method this click tried is verified gone, and a method Graph no longer had is never "removed".
 */
export function describeOutcome(turn: Turn, r: DoneResult): ClosedCardView {
  const { outcome } = r;
  const labelOf = new Map(r.pinned.map((p) => [p.id, p.label]));
  const list = (items: readonly string[]) => joinList(turn.locale, items);
  const removed = outcome.removed.map((m) => labelOf.get(m.id) ?? describeMethod(m, turn.locale).label);
  const failed = outcome.failed.map((f) => ({
    label: labelOf.get(f.method.id) ?? describeMethod(f.method, turn.locale).label,
    why: turn.t(`reason.${f.reason}`),
  }));
  const notes =
    (r.alreadyGone.length > 0 && removed.length + failed.length > 0
      ? turn.t('outcome.alreadyGone.note', { gone: list(r.alreadyGone.map((p) => p.label)) })
      : '') + (r.changed.length > 0 ? turn.t('outcome.changed.note', { changed: list(r.changed.map((p) => p.label)) }) : '');
  const reference = turn.t('card.reference');
  const facts = (extra: { title: string; value: string }[]) => [
    ...removed.map((value) => ({ title: turn.t('outcome.removed'), value })),
    ...extra,
    ...r.alreadyGone.map((p) => ({ title: turn.t('outcome.alreadyGone'), value: p.label })),
    ...r.changed.map((p) => ({ title: turn.t('outcome.changed'), value: p.label })),
  ];

  // Removing the default while other methods stay makes a kept method the default first: say which
  // (not when the new default was itself removed: a stepping stone in a full reset).
  const change = outcome.defaultChange;
  const defaultNote =
    change?.result === 'set' && change.to && !outcome.removed.some((m) => m.id === change.to?.id)
      ? turn.t(change.systemPreferred ? 'outcome.defaultSystem' : 'outcome.default', { label: describeMethod(change.to, turn.locale).label })
      : '';

  if (isComplete(outcome)) {
    if (removed.length === 0) {
      const summary = (r.alreadyGone.length > 0 ? turn.t('outcome.nothing.text', { gone: list(r.alreadyGone.map((p) => p.label)) }) : '') + notes;
      return { demoNotice: turn.demoNotice, title: turn.t('outcome.nothing.title'), tone: 'default', summary: summary.trim(), facts: facts([]), reference };
    }
    // A full reset that had to hand the default over kept a method (one registered after the
    // card was shown): it is not a clean slate, so say it like a scoped removal.
    const clean = r.fullReset && !defaultNote && r.changed.length === 0;
    const summary = clean
      ? turn.t('outcome.reset.text', { removed: list(removed) }) + notes
      : turn.t('outcome.done.text', { removed: list(removed), defaultNote }) + notes;
    return {
      demoNotice: turn.demoNotice,
      title: turn.t(clean ? 'outcome.reset.title' : 'outcome.done.title'),
      tone: 'good',
      summary,
      facts: facts([]),
      reference,
    };
  }

  const notRemoved = list(failed.map((f) => turn.t('outcome.notRemovedItem', { label: f.label, why: f.why })));
  const nothing = removed.length === 0;
  // Without a final list (the reset ran out of time) a DELETE may have landed unseen: saying
  // "nothing was removed" could be false, so say what we do know.
  const headline = !outcome.verified
    ? turn.t('outcome.unverified', { notRemoved })
    : nothing
      ? turn.t('outcome.failed', { notRemoved })
      : turn.t('outcome.partial', { removed: list(removed), notRemoved });
  const summary = headline + defaultNote + notes + turn.t('outcome.contact') + (nothing ? '' : turn.t('outcome.setupAgain'));
  return {
    demoNotice: turn.demoNotice,
    title: turn.t(!outcome.verified ? 'outcome.unverified.title' : nothing ? 'outcome.failed.title' : 'outcome.partial.title'),
    tone: 'attention',
    summary,
    facts: facts(failed.map((f) => ({ title: turn.t(outcome.verified ? 'outcome.notRemoved' : 'outcome.notConfirmed'), value: f.label }))),
    reference,
  };
}
