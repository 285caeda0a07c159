import type { ResetOutcome } from '../reset/outcome.js';
import { isComplete } from '../reset/outcome.js';
import type { PinnedMethod } from './confirmation.js';
import type { ClosedCardView } from './cards.js';
import { describeMethod, joinLabels } from './describe.js';
import { REASON_WORDS, type ReplyContext } from './replies.js';

/**
 * What the user is told after a confirmed reset: a message and the final state of the card.
 * Truthful by construction: "reset" is only said when every confirmed method is verified gone.
 */
export function describeOutcome(
  outcome: ResetOutcome,
  pinned: readonly PinnedMethod[],
  fullReset: boolean,
  ctx: ReplyContext & { readonly reference: string; readonly demo: boolean },
): { text: string; card: ClosedCardView } {
  const label = new Map(pinned.map((p) => [p.id, p.label]));
  const removed = outcome.removed.map((m) => label.get(m.id) ?? m.kind);
  const failed = outcome.failed.map((f) => ({ label: label.get(f.method.id) ?? f.method.kind, why: REASON_WORDS[f.reason] }));

  // Removing the default while other methods stay makes a kept method the default first: say which.
  const change = outcome.defaultChange;
  // (not when the new default was itself removed: a stepping stone in a full reset)
  const defaultNote =
    change?.result === 'set' && change.to && !outcome.removed.some((m) => m.id === change.to?.id)
      ? ` Your default sign-in method is now ${describeMethod(change.to).label}` +
        (change.systemPreferred ? " (Microsoft may still ask for your most secure method first)." : '.')
      : '';

  if (isComplete(outcome)) {
    // A full reset that had to hand the default over kept a method (one registered after the
    // card was shown): it is not a clean slate, so say it like a scoped removal.
    const clean = fullReset && !defaultNote;
    const text = clean
      ? `I've reset your MFA. Removed: ${joinLabels(removed)}. Next time you sign in you'll be asked to set up MFA again: ${ctx.setupUrl}`
      : `Done. I removed ${joinLabels(removed)}. Your other methods are still registered.${defaultNote} To add a new one, go to ${ctx.setupUrl}`;
    return {
      text,
      card: {
        demo: ctx.demo,
        title: clean ? 'Your MFA has been reset' : 'Removed',
        tone: 'good',
        summary: clean
          ? "Next time you sign in you'll be asked to set up MFA again."
          : `Your other MFA methods are still registered.${defaultNote}`,
        facts: removed.map((r) => ({ title: 'Removed', value: r })),
        reference: ctx.reference,
      },
    };
  }

  const notRemoved = failed.map((f) => `${f.label} (${f.why})`);
  const nothing = removed.length === 0;
  // Without a final list (the reset ran out of time) a DELETE may have landed unseen: saying
  // "nothing was removed" could be false, so say what we do know.
  const headline = !outcome.verified
    ? `I couldn't finish checking your MFA reset because Microsoft didn't answer in time, so some methods may or may not have been removed. Not confirmed as removed: ${joinLabels(notRemoved)}. Say "show my MFA methods" in a few minutes to see where things stand.`
    : nothing
      ? `I couldn't reset your MFA: nothing was removed. Not removed: ${joinLabels(notRemoved)}.`
      : `I could only partly reset your MFA. Removed: ${joinLabels(removed)}. Not removed: ${joinLabels(notRemoved)}.`;
  const text =
    headline +
    defaultNote +
    ` Please contact ${ctx.helpdesk} and mention reference ${ctx.reference}.` +
    (nothing ? '' : ` You may be asked to set up the removed methods again at ${ctx.setupUrl}.`);
  return {
    text,
    card: {
      demo: ctx.demo,
      title: !outcome.verified ? 'MFA reset not confirmed' : nothing ? 'MFA reset failed' : 'MFA partly reset',
      tone: 'attention',
      summary: `Some methods ${outcome.verified ? 'are' : 'may be'} still registered. Please contact ${ctx.helpdesk}.`,
      facts: [
        ...removed.map((r) => ({ title: 'Removed', value: r })),
        ...failed.map((f) => ({ title: outcome.verified ? 'Not removed' : 'Not confirmed', value: f.label })),
      ],
      reference: ctx.reference,
    },
  };
}
