import { GraphCallError } from '../src/graph/errors.js';
import type { AuthMethod, AuthMethodsApi } from '../src/reset/types.js';

export interface NaiveOutcome {
  /** Every method except the password is gone from the final list. */
  readonly complete: boolean;
  /** Graph calls made: lists and DELETEs, including refused ones. */
  readonly calls: number;
  /** DELETEs Graph refused (default method, mobile before alternate) and that were retried later. */
  readonly refused: number;
}

/**
 * The baseline for the reset benchmark: what the published recipes do. List, then one DELETE
 * after another in list order; a method Graph refuses (the default method while others remain,
 * a mobile number while an alternate exists) goes to the back of the queue and is tried again
 * after the others; then list once more to verify. One Graph round trip per step.
 */
export async function naiveReset(api: AuthMethodsApi, userId: string): Promise<NaiveOutcome> {
  let calls = 1;
  const queue: AuthMethod[] = (await api.list(userId)).filter((x) => x.kind !== 'password');
  let refused = 0;
  let attemptsLeft = queue.length * 3; // a method that can never go must not loop forever
  while (queue.length > 0 && attemptsLeft-- > 0) {
    const method = queue.shift()!;
    calls++;
    try {
      await api.remove(userId, method);
    } catch (err) {
      if (!(err instanceof GraphCallError) || err.status !== 400) throw err;
      refused++;
      queue.push(method);
    }
  }
  calls++;
  const remaining = (await api.list(userId)).filter((x) => x.kind !== 'password');
  return { complete: remaining.length === 0 && queue.length === 0, calls, refused };
}
