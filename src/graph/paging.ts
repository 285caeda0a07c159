import type { Client } from '@microsoft/microsoft-graph-client';
import { GraphCallError } from './errors.js';

/** One Graph request being built (the client's own builder type). */
export type Request = ReturnType<Client['api']>;

/**
 * Follow `@odata.nextLink` only on our own Graph origin and API version path: the bearer token
 * goes with the request, so a link to anywhere else must never be followed.
 */
export function nextPage(client: Client, origin: string, nextLink: string): Request {
  let url: URL;
  try {
    url = new URL(nextLink);
  } catch {
    throw new GraphCallError(502, 'malformedResponse', 'Graph returned an unusable nextLink');
  }
  if (url.origin !== origin) throw new GraphCallError(502, 'untrustedOrigin', 'Graph returned a nextLink to another origin');
  const m = /^\/(v1\.0|beta)(\/.*)$/.exec(url.pathname);
  if (!m) throw new GraphCallError(502, 'malformedResponse', 'Graph returned an unusable nextLink');
  return client.api(`${m[2]}${url.search}`).version(m[1]!);
}

export function withSignal(request: Request, signal: AbortSignal | undefined): Request {
  return signal ? request.option('signal', signal) : request;
}
