/**
 * The Entra token endpoint (client-credentials grant) and the store of tokens it issued.
 * Tokens are shaped like Entra's app-only Graph tokens (header.claims.signature, base64url) so
 * the bot's pre-flight can read the granted app roles from the `roles` claim, as it does from a
 * real token. The signature part is random and nothing verifies it: the simulator looks the
 * whole token up in its store, so a token it did not issue is refused whatever its claims say.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { AUTH_ERRORS, type Reply } from './reply.js';

export interface TokenConfig {
  tenantId: string;
  /** If set, the only client accepted; otherwise any client id and secret are. */
  credentials?: { clientId: string; clientSecret: string } | undefined;
  roles: readonly string[];
  lifetimeSeconds: number;
}

export type TokenCheck = { ok: true; roles: readonly string[] } | { ok: false; message: string };

/** Bound so a long benchmark cannot grow memory without limit; the oldest tokens go first. */
const MAX_TOKENS = 10_000;

export class TokenStore {
  private readonly tokens = new Map<string, { roles: readonly string[]; expiresAt: number }>();

  issue(roles: readonly string[], lifetimeSeconds: number, now: number, claims: { tenantId?: string; appId?: string } = {}): string {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const iat = Math.floor(now / 1000);
    const body = {
      aud: 'https://graph.microsoft.com',
      tid: claims.tenantId,
      appid: claims.appId,
      iat,
      nbf: iat,
      exp: iat + lifetimeSeconds,
      roles: [...roles],
    };
    const token = `${part({ typ: 'JWT', alg: 'RS256' })}.${part(body)}.${randomBytes(32).toString('base64url')}`;
    this.tokens.set(token, { roles: [...roles], expiresAt: now + lifetimeSeconds * 1000 });
    for (const [oldest] of this.tokens) {
      if (this.tokens.size <= MAX_TOKENS) break;
      this.tokens.delete(oldest);
    }
    return token;
  }

  verify(authorization: string | undefined, now: number): TokenCheck {
    const match = /^\s*bearer(?:\s+(.*?))?\s*$/i.exec(authorization ?? '');
    const presented = match ? match[1] : authorization?.trim();
    if (!presented) return { ok: false, message: AUTH_ERRORS.empty };
    const found = match ? this.tokens.get(presented) : undefined;
    if (!found) return { ok: false, message: AUTH_ERRORS.unknown };
    if (now >= found.expiresAt) return { ok: false, message: AUTH_ERRORS.expired };
    return { ok: true, roles: found.roles };
  }
}

export interface TokenRequest {
  method: string;
  /** Decoded first path segment: the tenant the client addressed. */
  tenantSegment: string;
  contentType: string | undefined;
  body: Buffer;
  now: number;
}

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export function handleTokenRequest(req: TokenRequest, cfg: TokenConfig, store: TokenStore): Reply {
  const fail = (status: number, error: string, code: number, text: string) => aadError(status, error, code, text, req.now);
  if (req.method.toUpperCase() !== 'POST') {
    return fail(400, 'invalid_request', 900561, 'The endpoint only accepts POST requests.');
  }
  if (req.tenantSegment.toLowerCase() !== cfg.tenantId.toLowerCase()) {
    return fail(
      400,
      'invalid_request',
      90002,
      `Tenant '${req.tenantSegment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
    );
  }
  if (!(req.contentType ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return fail(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
  }
  const form = new URLSearchParams(req.body.toString('utf8'));
  const missing = ['grant_type', 'client_id', 'scope'].find((p) => !form.get(p));
  if (missing) {
    return fail(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${missing}'.`);
  }
  if (form.get('grant_type') !== 'client_credentials') {
    return fail(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
  }
  const clientId = form.get('client_id') ?? '';
  const scopes = (form.get('scope') ?? '').split(/\s+/);
  if (!scopes.some((s) => s.endsWith('/.default'))) {
    return fail(
      400,
      'invalid_scope',
      1002012,
      'The provided value for scope is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).',
    );
  }
  if (cfg.credentials && clientId !== cfg.credentials.clientId) {
    return fail(401, 'invalid_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${cfg.tenantId}'.`);
  }
  const assertion = form.get('client_assertion');
  const secret = form.get('client_secret');
  if (assertion !== null) {
    if (form.get('client_assertion_type') !== ASSERTION_TYPE) {
      return fail(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_assertion_type'.");
    }
    const problem = assertionProblem(assertion, clientId, req.now);
    if (problem) return fail(401, 'invalid_client', 700027, `Client assertion failed signature validation or is invalid: ${problem}.`);
  } else if (secret === null) {
    return fail(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
  } else if (cfg.credentials && secret !== cfg.credentials.clientSecret) {
    return fail(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
    );
  }
  const lifetime = cfg.lifetimeSeconds;
  return {
    status: 200,
    headers: { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' },
    body: {
      token_type: 'Bearer',
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: store.issue(cfg.roles, lifetime, req.now, { tenantId: cfg.tenantId, appId: form.get('client_id') ?? undefined }),
    },
  };
}

/** Syntax and claims only: the signature is not verified (there is no registered certificate). */
function assertionProblem(jwt: string, clientId: string, now: number): string | undefined {
  const parts = jwt.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return 'not a compact JWT';
  const header = decodeJson(parts[0] ?? '');
  const payload = decodeJson(parts[1] ?? '');
  if (!header || !payload) return 'header or payload is not a JSON object';
  const auds = Array.isArray(payload['aud']) ? payload['aud'] : [payload['aud']];
  const audOk = auds.some((a) => typeof a === 'string' && a.split('?')[0]?.replace(/\/+$/, '').endsWith('/oauth2/v2.0/token'));
  if (!audOk) return "'aud' is not a token endpoint";
  if (payload['iss'] !== clientId || payload['sub'] !== clientId) return "'iss' and 'sub' must be the client id";
  const exp = payload['exp'];
  if (typeof exp === 'number' && exp * 1000 <= now) return 'the assertion has expired';
  return undefined;
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Entra's OAuth error shape; MSAL reads `error` and `error_codes`. */
export function aadError(status: number, error: string, code: number, text: string, now: number): Reply {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date(now)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, 'Z');
  return {
    status,
    headers: { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' },
    body: {
      error,
      error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
  };
}
