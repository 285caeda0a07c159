/**
 * The simulator's HTTP face: one node:http server on 127.0.0.1 serving both the Entra token
 * endpoint and the Graph routes. Cross-cutting concerns live here (body limits, auth, injected
 * faults, latency, request ids, stats); routes are in token.ts and graph.ts.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimulatedAfterReset } from './after.js';
import { SimulatedDirectory } from './directory.js';
import { handleDirectory } from './directory-routes.js';
import { SimulatedPolicies } from './policies.js';
import { handlePolicies } from './policy-routes.js';
import { handleGraph, unknownRoute } from './graph.js';
import { AUTH_ERRORS, faultDefaults, graphError, type GraphContext, type Reply } from './reply.js';
import { SimulatedTenant } from './tenant.js';
import { aadError, handleTokenRequest, TokenStore, type TokenConfig } from './token.js';
import { handleManagedIdentity, MANAGED_IDENTITY_PATH, type ManagedIdentityConfig } from './managed-identity.js';

export interface SimulatorOptions {
  /** Default: a new SimulatedTenant(). */
  tenant?: SimulatedTenant;
  /** Users, groups, roles and app installations for helpdesk mode. Default: a new SimulatedDirectory(). */
  directory?: SimulatedDirectory;
  /** Identity Protection risk and the policies the pre-flight reads. Default: a new SimulatedPolicies(). */
  policies?: SimulatedPolicies;
  /** Added to every Graph response (not token responses). Default 0. */
  latencyMs?: number;
  /** If set, the token endpoint checks them; otherwise it accepts any client. */
  credentials?: { clientId: string; clientSecret: string };
  /** Roles carried by issued tokens. Default: the auth-methods role plus helpdesk mode's directory roles. */
  grantedRoles?: string[];
  /** Default 3599. */
  tokenLifetimeSeconds?: number;
  /** Serve App Service's managed-identity endpoint at `identityEndpoint` (off unless set). */
  managedIdentity?: ManagedIdentityConfig;
}

export interface RecordedRequest {
  method: string;
  /** Raw request path without the query string. */
  path: string;
  status: number;
  /** Arrival time on the tenant clock (ms). */
  at: number;
}

export interface RunningSimulator {
  /** 'http://127.0.0.1:PORT': Graph base, e.g. `${url}/v1.0/users/{id}/authentication/methods`. */
  readonly url: string;
  /** `${url}/${tenantId}/oauth2/v2.0/token`. */
  readonly tokenEndpoint: string;
  /** `${url}/msi/token`: IDENTITY_ENDPOINT for msal-node's App Service source (when `managedIdentity` is set). */
  readonly identityEndpoint: string;
  readonly tenant: SimulatedTenant;
  readonly directory: SimulatedDirectory;
  readonly policies: SimulatedPolicies;
  /** TAP policy and passes, revoked sessions, sent mail (issue 15). */
  readonly after: SimulatedAfterReset;
  readonly stats: { tokenRequests: number; graphRequests: number; requests: RecordedRequest[] };
  resetStats(): void;
  /** Closes the server and all sockets; idempotent. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;
/** Past this, stop reading an oversized upload and cut the connection instead of draining it. */
const MAX_DRAIN_BYTES = 8 * 1024 * 1024;
const MAX_RECORDED = 10_000;
const GRAPH_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

type BodyResult = Buffer | 'tooLarge' | 'aborted';

function readBody(req: IncomingMessage): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_DRAIN_BYTES) return resolve('tooLarge');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep draining a moderately oversized body so the client finishes sending and reads the 413.
      if (size > MAX_DRAIN_BYTES) resolve('tooLarge');
      else if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.once('end', () => resolve(size > MAX_BODY_BYTES ? 'tooLarge' : Buffer.concat(chunks)));
    req.once('error', () => resolve('aborted'));
    req.once('close', () => resolve('aborted')); // no-op once 'end' has resolved
  });
}

/** Splits before decoding so an encoded '/' (%2F) stays inside its segment. */
function decodeSegments(rawPath: string): string[] | undefined {
  try {
    return rawPath
      .split('/')
      .slice(1)
      .map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

function isTokenPath(raw: readonly string[]): boolean {
  return (
    raw.length === 4 &&
    raw
      .slice(1)
      .map((s) => s.toLowerCase())
      .join('/') === 'oauth2/v2.0/token'
  );
}

function clientRequestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\x21-\x7e]{1,200}$/.test(header) ? header : randomUUID();
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<RunningSimulator> {
  const tenant = opts.tenant ?? new SimulatedTenant();
  const directory = opts.directory ?? new SimulatedDirectory();
  const policies = opts.policies ?? new SimulatedPolicies();
  const after = new SimulatedAfterReset(tenant, directory, policies);
  const latencyMs = Math.max(0, opts.latencyMs ?? 0);
  const tokenConfig: TokenConfig = {
    tenantId: tenant.tenantId,
    credentials: opts.credentials,
    roles: opts.grantedRoles ?? [
      'UserAuthenticationMethod.ReadWrite.All',
      // Helpdesk mode's least-privilege set (README "Helpdesk mode").
      'User.Read.All',
      'GroupMember.Read.All',
      'RoleManagement.Read.Directory',
      'TeamsAppInstallation.ReadWriteSelfForUser.All',
      // Before a reset (README "Before a reset"): Identity Protection and the pre-flight's policy reads.
      'IdentityRiskyUser.Read.All',
      'Policy.Read.All',
      // After a reset (README "After a reset"): the TAP policy, sign-out, notification mail.
      'Policy.Read.AuthenticationMethod',
      'User.RevokeSessions.All',
      'Mail.Send',
    ],
    lifetimeSeconds: opts.tokenLifetimeSeconds ?? 3599,
  };
  const tokens = new TokenStore();
  const stats: RunningSimulator['stats'] = { tokenRequests: 0, graphRequests: 0, requests: [] };
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';

  /** Runs `fn` after `ms` without keeping the process alive; dropped if the client goes away. */
  const later = (res: ServerResponse, ms: number, fn: () => void): void => {
    if (ms <= 0) return fn();
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timer.unref();
    timers.add(timer);
    res.once('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  };

  const write = (res: ServerResponse, reply: Reply, contentType: string, headers: Record<string, string>): void => {
    if (res.destroyed || res.writableEnded) return;
    try {
      for (const [name, value] of Object.entries({ ...headers, ...reply.headers })) res.setHeader(name, value);
      const payload = reply.body === undefined ? undefined : JSON.stringify(reply.body);
      if (payload !== undefined) {
        res.setHeader('content-type', contentType);
        res.setHeader('content-length', Buffer.byteLength(payload));
      }
      res.writeHead(reply.status);
      res.end(payload);
    } catch {
      // Often runs inside a timer, where a throw would take the whole process down.
      res.destroy();
    }
  };

  const serveToken = (req: IncomingMessage, res: ServerResponse, raw: string[], body: BodyResult): void => {
    const method = req.method ?? 'GET';
    if (method.toUpperCase() === 'POST') stats.tokenRequests += 1;
    const now = tenant.now();
    const tenantSegment = decodeSegments(`/${raw[0] ?? ''}`)?.[0];
    let reply: Reply;
    if (body === 'tooLarge') reply = aadError(413, 'invalid_request', 900144, 'The request body is too large.', now);
    else if (tenantSegment === undefined) reply = aadError(400, 'invalid_request', 90002, 'The tenant in the request URL is not valid.', now);
    else {
      reply = handleTokenRequest(
        { method, tenantSegment, contentType: req.headers['content-type'], body: body === 'aborted' ? Buffer.alloc(0) : body, now },
        tokenConfig,
        tokens,
      );
    }
    write(res, reply, 'application/json; charset=utf-8', body === 'tooLarge' ? { connection: 'close' } : {});
  };

  const serveManagedIdentity = (req: IncomingMessage, res: ServerResponse, cfg: ManagedIdentityConfig, rawQuery: string): void => {
    stats.tokenRequests += 1;
    const reply = handleManagedIdentity(
      {
        method: req.method ?? 'GET',
        query: new URLSearchParams(rawQuery),
        identityHeader: req.headers['x-identity-header'],
        resources: [baseUrl],
        roles: tokenConfig.roles,
        lifetimeSeconds: tokenConfig.lifetimeSeconds,
        now: tenant.now(),
      },
      cfg,
      tokens,
    );
    write(res, reply, 'application/json; charset=utf-8', {});
  };

  const serveGraph = (req: IncomingMessage, res: ServerResponse, rawPath: string, rawQuery: string, body: BodyResult): void => {
    stats.graphRequests += 1;
    const method = req.method ?? 'GET';
    const ctx: GraphContext = {
      requestId: randomUUID(),
      clientRequestId: clientRequestId(req.headers['client-request-id']),
      now: tenant.now(),
      baseUrl,
    };
    const headers: Record<string, string> = { 'request-id': ctx.requestId, 'client-request-id': ctx.clientRequestId };
    const send = (reply: Reply, delayMs = 0): void => later(res, latencyMs + delayMs, () => write(res, reply, GRAPH_CONTENT_TYPE, headers));

    const segments = decodeSegments(rawPath);
    if (segments === undefined) {
      return send(graphError(ctx, 400, 'BadRequest', 'The request URI is not valid: malformed percent-encoding.'));
    }
    if (body === 'tooLarge') {
      headers['connection'] = 'close';
      return send(graphError(ctx, 413, 'RequestEntityTooLarge', `The request body exceeds ${MAX_BODY_BYTES} bytes.`));
    }
    // A test hook, not Graph: the notification mail the simulator accepted (loopback only, like the server).
    if (method.toUpperCase() === 'GET' && segments.join('/') === '_sim/mail') return send({ status: 200, body: { value: after.mail } });
    // Outside /v1.0 and /beta nothing is Graph, so there is nothing to authenticate for.
    if (!['v1.0', 'beta'].includes(segments[0]?.toLowerCase() ?? '')) return send(unknownRoute(ctx, segments));
    const auth = tokens.verify(req.headers.authorization, ctx.now);
    if (!auth.ok) {
      headers['www-authenticate'] = WWW_AUTHENTICATE;
      return send(graphError(ctx, 401, AUTH_ERRORS.code, auth.message));
    }
    // Faults come after authentication: Graph throttles and fails per caller, so an anonymous
    // request must not use up a fault meant for the client under test.
    const fault = tenant.takeFault(method, [rawPath, `/${segments.join('/')}`]);
    const faultDelay = Math.max(0, fault?.delayMs ?? 0);
    if (fault && fault.status >= 400) {
      const defaults = faultDefaults(fault.status);
      const extra = fault.retryAfter === undefined ? {} : { headers: { 'retry-after': fault.retryAfter } };
      if (fault.body !== undefined) return send({ status: fault.status, body: fault.body, ...extra }, faultDelay);
      return send(graphError(ctx, fault.status, fault.code ?? defaults.code, fault.message ?? defaults.message, extra), faultDelay);
    }
    // State changes at arrival and only the answer is delayed: a client that times out and
    // retries a DELETE then meets the 404 it would meet against real Graph.
    const payload = body === 'aborted' ? Buffer.alloc(0) : body;
    const consistency = req.headers['consistencylevel'];
    const reply =
      after.handle({ method, segments, body: payload, roles: auth.roles }, ctx) ??
      handlePolicies(policies, directory, { method, segments, roles: auth.roles }, ctx) ??
      handleDirectory(
        directory,
        {
          method,
          segments,
          query: new URLSearchParams(rawQuery),
          consistencyLevel: typeof consistency === 'string' ? consistency : undefined,
          body: payload,
          roles: auth.roles,
        },
        ctx,
      ) ??
      handleGraph(tenant, { method, segments, body: payload, roles: auth.roles }, ctx);
    send(reply, faultDelay);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = tenant.now();
    const method = req.method ?? 'GET';
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
    const rawQuery = /^[^?#]*\?([^#]*)/.exec(req.url ?? '')?.[1] ?? '';
    res.once('finish', () => {
      stats.requests.push({ method, path: rawPath, status: res.statusCode, at });
      if (stats.requests.length > MAX_RECORDED) stats.requests.shift();
    });
    const body = await readBody(req);
    if (body === 'aborted') return; // the client is gone
    const raw = rawPath.split('/').slice(1);
    if (isTokenPath(raw)) serveToken(req, res, raw, body);
    else if (opts.managedIdentity && rawPath === MANAGED_IDENTITY_PATH) serveManagedIdentity(req, res, opts.managedIdentity, rawQuery);
    else serveGraph(req, res, rawPath, rawQuery, body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // Never a stack trace on the wire: a bare Graph-style 500, or drop the socket if too late.
      if (res.headersSent) return void res.destroy();
      const ctx: GraphContext = { requestId: randomUUID(), clientRequestId: randomUUID(), now: Date.now(), baseUrl };
      write(res, graphError(ctx, 500, 'generalException', 'General exception while processing'), GRAPH_CONTENT_TYPE, {});
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    tokenEndpoint: `${baseUrl}/${tenant.tenantId}/oauth2/v2.0/token`,
    identityEndpoint: `${baseUrl}${MANAGED_IDENTITY_PATH}`,
    tenant,
    directory,
    policies,
    after,
    stats,
    resetStats() {
      stats.tokenRequests = 0;
      stats.graphRequests = 0;
      stats.requests.length = 0;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
