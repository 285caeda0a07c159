/** A failed Graph call, typed so callers branch on fields and never on message text. */
export class GraphCallError extends Error {
  override readonly name = 'GraphCallError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string | undefined,
    /** Milliseconds from a Retry-After header, when Graph sent one. */
    readonly retryAfterMs?: number | undefined,
  ) {
    super(message);
  }

  /** Graph refuses to delete the default method while others remain (reference/graph-api.md §2.1). */
  get isDefaultMethodConflict(): boolean {
    return (
      this.status === 400 &&
      /default authentication method|delete default method/i.test(this.message)
    );
  }

  get isTransient(): boolean {
    return this.status === 429 || this.status === 503 || this.status === 504 || this.status === 0;
  }
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
