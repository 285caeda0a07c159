import { TicketError, type AdapterDeps, type TicketErrorKind, type TicketSystem } from './types.js';

/**
 * The one place adapters talk HTTP: status → `TicketError` kind, rate-limit headers → a wait,
 * error envelopes → a short operator text. Request headers (credentials) never enter a message.
 */

export interface Call {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  readonly url: string;
  readonly headers?: Record<string, string>;
  /** JSON-serialised unless a string or form. */
  readonly body?: unknown;
  /** "lookup INC0010002": goes into error messages. */
  readonly what: string;
}

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export async function call(system: TicketSystem, deps: AdapterDeps, c: Call): Promise<Reply> {
  const headers: Record<string, string> = { accept: 'application/json', ...c.headers };
  let body: string | undefined;
  if (c.body instanceof URLSearchParams) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = c.body.toString();
  } else if (typeof c.body === 'string') {
    body = c.body;
  } else if (c.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(c.body);
  }
  let res: Response;
  try {
    res = await deps.fetch(c.url, {
      method: c.method,
      headers,
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(deps.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (err) {
    // Timeout or connection failure: the write may or may not have landed (no system has
    // idempotency keys); the note carries the reference id so a rare duplicate is recognisable.
    throw new TicketError('transient', `${system} ${c.what}: no answer (${errorName(err)})`, { cause: err });
  }
  const text = await res.text().catch(() => '');
  const parsed = parseJson(text);
  if (res.ok) return { status: res.status, headers: res.headers, body: parsed };
  const kind = kindFor(res.status);
  const wait = retryAfterMs(res.headers, deps.now());
  // Some products (Halo) answer errors in plain text; HTML error pages (proxies) say nothing useful.
  const detail = errorDetail(parsed) || (parsed === undefined && text && !text.trimStart().startsWith('<') ? oneLine(text) : '');
  throw new TicketError(kind, `${system} ${c.what}: HTTP ${res.status}${detail ? ` (${detail})` : ''}`, {
    status: res.status,
    ...(wait === undefined ? {} : { retryAfterMs: wait }),
  });
}

function kindFor(status: number): TicketErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'notFound';
  if (status === 429) return 'rateLimited';
  // 409: a concurrent edit (Jira, ServiceNow); 408/5xx: the product's trouble, not ours.
  if (status === 409 || status === 408 || status >= 500) return 'transient';
  return 'invalid';
}

/**
 * How long the product asked us to wait: `Retry-After` (seconds or an HTTP date; ServiceNow,
 * Jira, Freshdesk), else `X-RateLimit-Reset` (Unix seconds on ServiceNow, ISO 8601 on Jira).
 */
export function retryAfterMs(h: Headers, now: number): number | undefined {
  const ra = h.get('retry-after')?.trim();
  if (ra) {
    if (/^\d+(\.\d+)?$/.test(ra)) return Math.round(Number(ra) * 1000);
    const at = Date.parse(ra);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset = h.get('x-ratelimit-reset')?.trim();
  if (reset) {
    if (/^\d{9,}$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
    const at = Date.parse(reset);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return undefined;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The first human message of each product's error envelope, shortened to one line. */
function errorDetail(body: unknown): string {
  const r = asRecord(body);
  if (!r) return '';
  const err = asRecord(r.error) ?? asRecord(r.Error);
  const candidates: unknown[] = [
    err?.message, // ServiceNow {"error":{"message","detail"}}
    err?.Message, // Kaseya BMS {"Error":{"Code","Message"}}
    Array.isArray(r.errorMessages) ? r.errorMessages[0] : undefined, // Jira
    r.description, // Freshdesk {"description","errors":[...]}
    r.code, // ConnectWise {"code","message"}
    Array.isArray(r.errors) ? r.errors[0] : undefined, // Autotask {"errors":["…"]}
    r.message,
  ];
  for (const c of candidates) if (typeof c === 'string' && c.trim()) return oneLine(c);
  return '';
}

export function oneLine(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function errorName(err: unknown): string {
  return err instanceof Error ? (err.name === 'TimeoutError' ? 'timeout' : err.name) : 'error';
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** A reply that should have had a field and did not: the product changed, not worth retrying. */
export function malformed(system: TicketSystem, what: string): TicketError {
  return new TicketError('invalid', `${system} ${what}: unexpected reply shape`);
}

/** Numeric ids only where the product's ids are numeric: stops path tricks like "../" early. */
export function numericId(system: TicketSystem, number: string): string {
  const t = number.trim().replace(/^#/, '');
  if (!/^\d{1,12}$/.test(t)) throw new TicketError('notFound', `${system}: "${oneLine(number, 40)}" is not a ticket number`);
  return t;
}
