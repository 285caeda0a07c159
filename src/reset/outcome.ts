import type { AuthMethod } from './types.js';

/** Why a method was not removed, in terms the conversation can explain in plain words. */
export type FailureReason =
  | 'defaultMethod' // Graph refuses to delete the default method while others remain
  | 'defaultPending' // the default was moved to a kept method, but Graph still refused the delete
  | 'defaultLag' // nothing else remains, yet Graph still calls it the default (its view lags)
  | 'phoneOrder' // mobile cannot go while an alternate mobile remains
  | 'permission' // 403: the app lacks UserAuthenticationMethod.ReadWrite.All
  | 'unauthorized' // 401: Graph rejected the bot's token
  | 'busy' // 429/503/504 after bounded retries
  | 'timeout' // no answer within the per-request or whole-reset bound
  | 'stillVisible' // deleted, but still listed after the verification window
  | 'notDeletable' // a kind the bot has no delete path for
  | 'unexpected';

export interface FailedMethod {
  readonly method: AuthMethod;
  readonly reason: FailureReason;
  readonly status?: number | undefined;
  readonly code?: string | undefined;
  readonly requestId?: string | undefined;
}

export interface ResetOutcome {
  /** Deleted by this reset and confirmed gone by the verification list. */
  readonly removed: readonly AuthMethod[];
  /** Gone, but not by this reset: Graph answered the DELETE with 404 (removed elsewhere, or a race). */
  readonly alreadyGone: readonly AuthMethod[];
  /** Still registered, with the reason. Empty means every requested method is gone. */
  readonly failed: readonly FailedMethod[];
  /** True when a final list was read (false if the reset ran out of time before verifying). */
  readonly verified: boolean;
  /** Graph request ids of failed calls, for the audit log and the support reference. */
  readonly requestIds: readonly string[];
  readonly graphCalls: number;
  readonly elapsedMs: number;
  /**
   * Set when a method to remove was the default while others stay: Graph refuses to delete it,
   * so the bot tried to make a kept method the default first.
   */
  readonly defaultChange?: DefaultChange | undefined;
}

export interface DefaultChange {
  /** The kept method made (or meant to be made) the default. */
  readonly to?: AuthMethod | undefined;
  readonly preference?: string | undefined;
  /** `set`: Graph accepted it; `failed`: it refused or did not answer; `none`: nothing kept can be a default. */
  readonly result: 'set' | 'failed' | 'none';
  readonly status?: number | undefined;
  readonly code?: string | undefined;
  readonly requestId?: string | undefined;
  /** Entra's system-preferred MFA is on: it may still prompt for another method first. */
  readonly systemPreferred?: boolean | undefined;
}

export function isComplete(outcome: ResetOutcome): boolean {
  return outcome.failed.length === 0 && outcome.verified;
}

/** The user does not exist in the directory or Graph refused to list (permission, outage). */
export class ListFailedError extends Error {
  override readonly name = 'ListFailedError';
  constructor(
    readonly reason: FailureReason | 'userNotFound',
    readonly status: number,
    readonly code: string,
    readonly requestId: string | undefined,
  ) {
    super(`Listing authentication methods failed: ${status} ${code}`);
  }
}
