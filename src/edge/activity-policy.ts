import { isLoopbackHost } from '../bot-cloud.js';
import { RequestRejected } from './rejection.js';

export interface EdgePolicy {
  readonly demo: boolean;
  /** Production: lower-case hosts a serviceUrl may name. */
  readonly serviceUrlHosts: readonly string[];
  readonly dangerouslyAllowExpectReplies: boolean;
}

/** The fields of an activity the edge decides on; the rest is botbuilder's and the bot's. */
export interface CheckedActivity extends Record<string, unknown> {
  readonly type: string;
  readonly channelId: string;
}

/**
 * Checks on the parsed body before authentication or any turn: the shape botbuilder needs (it
 * answers a missing channelId with a 500), and where replies may go. In production replies carry
 * the bot's own token to `serviceUrl`, and `expectReplies` would put them (a card and its signed
 * token) in the HTTP response, out of Teams' sight. In demo mode the bot is unauthenticated, so
 * it must not become a way to make requests to other hosts (cloud metadata, the LAN).
 */
export function checkActivity(body: unknown, policy: EdgePolicy): CheckedActivity {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new RequestRejected(400, 'notAnActivity');
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type === '') throw new RequestRejected(400, 'noType');
  if (typeof a.channelId !== 'string' || a.channelId === '') throw new RequestRejected(400, 'noChannelId');
  if (a.deliveryMode !== undefined && typeof a.deliveryMode !== 'string') throw new RequestRejected(400, 'badDeliveryMode');
  if (a.serviceUrl !== undefined && typeof a.serviceUrl !== 'string') throw new RequestRejected(400, 'badServiceUrl');
  // Who it is from, to and in: botbuilder's serializer refuses a reply that echoes a non-string id,
  // so such an activity would get no answer at all; refuse it here, before anything reads it.
  for (const field of ACCOUNT_FIELDS) if (!wellTypedAccount(a[field])) throw new RequestRejected(400, 'badAccount');

  const normal = a.deliveryMode === undefined || a.deliveryMode === 'normal';
  if (policy.demo) {
    if (a.serviceUrl === undefined || a.serviceUrl === '') {
      if (normal) throw new RequestRejected(400, 'noServiceUrl');
    } else if (!replyTarget(a.serviceUrl, (host) => isLoopbackHost(host))) {
      throw new RequestRejected(403, 'serviceUrlNotLoopback');
    }
    return a as CheckedActivity;
  }

  if (!normal && !policy.dangerouslyAllowExpectReplies) throw new RequestRejected(403, 'deliveryModeNotAllowed');
  if (typeof a.serviceUrl !== 'string' || a.serviceUrl === '') throw new RequestRejected(400, 'noServiceUrl');
  if (!replyTarget(a.serviceUrl, (host) => policy.serviceUrlHosts.includes(host))) throw new RequestRejected(403, 'serviceUrlHostNotAllowed');
  return a as CheckedActivity;
}

const ACCOUNT_FIELDS = ['from', 'recipient', 'conversation'] as const;
const ACCOUNT_STRINGS = ['id', 'name', 'aadObjectId', 'role', 'tenantId', 'conversationType'] as const;

/** Absent, or an object whose identifying fields are strings where present. */
function wellTypedAccount(value: unknown): boolean {
  if (value === undefined) return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return ACCOUNT_STRINGS.every((k) => o[k] === undefined || typeof o[k] === 'string');
}

/** An http(s) URL without credentials whose host passes; plain http only for a loopback host. */
function replyTarget(raw: string, allowed: (host: string) => boolean): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'http:' && !isLoopbackHost(host)) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return allowed(host);
}
