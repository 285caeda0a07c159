import type { AuthMethod } from './types.js';

/** Why a method was not removed, in terms the conversation can explain in plain words. */
export type FailureReason =
  | 'defaultMethod' // Graph refuses to delete the default method while others remain
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
  /** Confirmed gone by the verification list. */
  readonly removed: readonly AuthMethod[];
  /** Still registered, with the reason. Empty means every requested method is gone. */
  readonly failed: readonly FailedMethod[];
  /** True when a final list was read (false if the reset ran out of time before verifying). */
  readonly verified: boolean;
  /** Graph request ids of failed calls, for the audit log and the support reference. */
  readonly requestIds: readonly string[];
  readonly graphCalls: number;
  readonly elapsedMs: number;
  /**
   * Set when a removed method was the default and the bot made this kept method the default
   * first (Graph refuses to delete the default while other methods remain).
   */
  readonly newDefault?: AuthMethod | undefined;
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
