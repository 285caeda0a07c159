/**
 * A request the edge turns away before (or instead of) a turn. `reason` is a stable code for the
 * log line and tests; the response body is always the generic sentence for `status`.
 */
export class RequestRejected extends Error {
  override readonly name = 'RequestRejected';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 503,
    readonly reason: string,
  ) {
    super(`request rejected (${status} ${reason})`);
  }
}
