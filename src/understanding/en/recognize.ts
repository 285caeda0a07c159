/**
 * The intent recognizer: what an employee's Teams message asks the bot to do.
 *
 * Pure, synchronous, no I/O, bounded work. A hand-written pipeline, in three steps:
 *
 *  1. recognizer/normalise.ts: bound the input (first 800 + last 200 characters after markup is
 *     stripped), remove the Teams @mention and HTML, lower-case, drop URLs and emoji, split into
 *     clauses, expand contractions, correct typos (Damerau-Levenshtein ≤ 1 against the lexicon for
 *     words of 5+ letters) and merge multi-word expressions ("security info", "two-step").
 *  2. recognizer/clause.ts: per clause, facts: a reset request (a verb with an MFA object), a
 *     current problem (lost / new / broken phone, authenticator broken, codes not arriving), a
 *     negation or retraction, someone else's MFA, a past event, a general or hypothetical
 *     question, a list request, help; and which methods are named (recognizer/scope.ts).
 *  3. recognizer/rules.ts: combine the facts with a fixed precedence (negation → other user →
 *     reset → list → about MFA → help / greeting / unknown). Only `reset` produces a card, so
 *     every doubt resolves away from it.
 *
 * Vocabulary in recognizer/lexicon.ts. Measured by `npm run bench:intent` against
 * test/corpus/utterances.jsonl and test/corpus/tuned-holdout.jsonl.
 */
import type { Intent } from '../legacy-intent.js';
import { normalise } from './normalise.js';
import { decideDetailed } from './rules.js';

/** recognize(), and whether a reset was asked for (not only a problem stated). */
export function recognizeDetailed(text: string): { readonly intent: Intent; readonly requested: boolean } {
  return decideDetailed(normalise(typeof text === 'string' ? text : ''));
}
