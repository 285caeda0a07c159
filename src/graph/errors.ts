/**
 * A 400 that Graph uses for a rule about the user's other methods. Graph gives these no error
 * code of their own, only a message, so the message is read here, once, when the error is made;
 * everyone else branches on `conflict`.
 */
export type GraphConflict = 'defaultMethod' | 'phoneOrder';

function conflictOf(status: number, message: string): GraphConflict | undefined {
  if (status !== 400) return undefined;
  // "Cannot delete default method" / "default authentication method" (Graph docs, phoneAuthenticationMethod delete)
  if (/default authentication method|delete default method/i.test(message)) return 'defaultMethod';
  // The mobile number cannot go while an alternate mobile number is registered.
  if (/alternate mobile/i.test(message)) return 'phoneOrder';
  return undefined;
}

/** A failed Graph call, typed so callers branch on fields and never on message text. */
export class GraphCallError extends Error {
  override readonly name = 'GraphCallError';
  readonly conflict: GraphConflict | undefined;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string | undefined,
  ) {
    super(message);
    this.conflict = conflictOf(status, message);
  }
}

/** Why a Graph call failed, in the reset's vocabulary: the one HTTP-status → reason mapping. */
export type GraphFailureReason = GraphConflict | 'unauthorized' | 'permission' | 'notDeletable' | 'busy' | 'timeout' | 'unexpected';

export function failureReasonOf(e: GraphCallError): GraphFailureReason {
  if (e.conflict) return e.conflict;
  if (e.status === 401) return 'unauthorized';
  if (e.status === 403) return 'permission';
  if (e.status === 405 || e.code === 'notDeletable') return 'notDeletable';
  if (e.status === 429 || e.status === 503 || e.status === 504) return 'busy';
  if (e.code === 'timeout') return 'timeout';
  return 'unexpected';
}

/** The user does not exist (or is not visible to the app). */
export function isUserNotFound(e: GraphCallError): boolean {
  return e.status === 404;
}

/** Graph will not take this value (a default it cannot set): try the next candidate. */
export function isRefusedValue(e: GraphCallError): boolean {
  return e.status === 400 && e.conflict === undefined;
}

/** A DELETE answered "not found": the method is already gone. */
export function isGone(e: GraphCallError): boolean {
  return e.status === 404;
}

/** What an operator should do about a failed Graph call: the permission or credential to fix. */
export function operatorHint(status: number): { readonly level: 'error' | 'warn'; readonly msg: string; readonly hint?: string } {
  if (status === 403) {
    return {
      level: 'error',
      msg: 'Graph refused: missing permission UserAuthenticationMethod.ReadWrite.All',
      hint: 'Grant the application permission UserAuthenticationMethod.ReadWrite.All to the Graph app registration and give admin consent',
    };
  }
  if (status === 401) return { level: 'error', msg: 'Graph rejected the token', hint: 'Check the Graph client secret or certificate and the tenant id' };
  return { level: 'warn', msg: 'Graph call failed' };
}
