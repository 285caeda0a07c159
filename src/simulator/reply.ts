/**
 * What a route handler returns, and Graph's error envelope. Handlers build replies; only
 * server.ts touches sockets, so timing (latency, fault delays) lives in one place.
 */

export interface Reply {
  status: number;
  /** JSON-serialisable; absent = empty body (e.g. 204). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Per-request facts every Graph response echoes. */
export interface GraphContext {
  requestId: string;
  clientRequestId: string;
  /** Tenant clock, ms. */
  now: number;
  /** Simulator base URL, used in @odata.context. */
  baseUrl: string;
}

/** Graph's 403 for a token without the needed application role (kept as a constant so tests can refer to it). */
export const ACCESS_DENIED = Object.freeze({ code: 'accessDenied', message: 'Request Authorization failed' });

export const AUTH_ERRORS = Object.freeze({
  code: 'InvalidAuthenticationToken',
  empty: 'Access token is empty.',
  unknown: 'CompactToken parsing failed with error code: 80049217',
  expired: 'Access token has expired or is not yet valid.',
});

/** Default code and message per status, used by injected faults. */
const FAULT_DEFAULTS: Readonly<Record<number, { code: string; message: string }>> = {
  400: { code: 'badRequest', message: 'The request is invalid.' },
  401: { code: AUTH_ERRORS.code, message: AUTH_ERRORS.unknown },
  403: ACCESS_DENIED,
  404: { code: 'itemNotFound', message: 'The requested resource was not found.' },
  429: { code: 'TooManyRequests', message: 'Please retry again later.' },
  503: { code: 'serviceNotAvailable', message: 'Service is unavailable. Please try again later.' },
  504: { code: 'gatewayTimeout', message: 'The gateway did not receive a response in time.' },
};

export function faultDefaults(status: number): { code: string; message: string } {
  return FAULT_DEFAULTS[status] ?? { code: 'generalException', message: 'General exception while processing' };
}

/** Graph's `innerError.date`: second precision, no zone designator. */
function graphDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

export function graphError(
  ctx: GraphContext,
  status: number,
  code: string,
  message: string,
  opts: { headers?: Record<string, string>; innerMessage?: boolean } = {},
): Reply {
  const innerError: Record<string, string> = {
    date: graphDate(ctx.now),
    'request-id': ctx.requestId,
    'client-request-id': ctx.clientRequestId,
  };
  // The default-method 400 repeats the message inside innerError (reference/graph-api.md §2.1).
  const inner = opts.innerMessage ? { message, ...innerError } : innerError;
  return { status, body: { error: { code, message, innerError: inner } }, ...(opts.headers ? { headers: opts.headers } : {}) };
}
