import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, ActivityHandler } from 'botbuilder';
import type { EdgeAdapter } from './adapter.js';
import { isLoopbackHost } from './bot-cloud.js';
import { checkActivity } from './edge/activity-policy.js';
import { readJsonBody } from './edge/body.js';
import { RequestRejected } from './edge/rejection.js';
import type { Logger } from './logger.js';
import { telemetry } from './telemetry/metrics.js';

export interface ServerDeps {
  readonly adapter: EdgeAdapter;
  readonly bot: ActivityHandler;
  readonly log: Logger;
  readonly maxBodyBytes: number;
  /** Reported by /healthz; false while shutting down. */
  readonly isReady?: () => boolean;
}

export interface BotServer {
  readonly server: Server;
  /** Requests to /api/messages still being processed. */
  inFlight(): number;
  /** Stop accepting, wait up to `graceMs` for in-flight turns, then close. */
  shutdown(graceMs: number): Promise<{ drained: boolean }>;
}

/** The only paths served, byte for byte as they arrive (before restify decodes or trims them). */
const ROUTES = new Set(['/api/messages', '/healthz']);

/**
 * Build (don't listen) the HTTP server: POST /api/messages and GET /healthz. Error bodies are
 * always a short generic JSON, and every refusal is one pino line (`request rejected`).
 *
 * Nothing of a request body is read before the cheap checks pass: the raw path is canonical (so
 * `/api/%6dessages` or `/api/messages;x` cannot route to the handler around them), no
 * Content-Encoding (restify's gzip reader crashes the process on a bad stream and counts only
 * compressed bytes), a JSON content type. The body is then read by a byte-counting JSON reader
 * that never touches disk.
 */
export function createServer(deps: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'mfa-reset-bot', handleUncaughtExceptions: false });
  const { log } = deps;
  const policy = deps.adapter.policy;
  let inFlight = 0;
  let stopping = false;

  const refuse = (req: Request, res: Response, status: number, reason: string) => {
    log.warn({ status, reason, method: req.method, path: safePath(req.url) }, 'request rejected');
    res.send(status, { error: reason === 'contentEncoding' ? 'Content-Encoding is not supported: send the JSON uncompressed' : publicMessage(status) });
  };

  server.on('restifyError', (req: Request, _res, err: { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    log.info({ status, reason: status === 405 ? 'methodNotAllowed' : 'noRoute', method: req.method, path: safePath(req.url) }, 'request rejected');
    err.toJSON = () => ({ error: publicMessage(status) });
    callback();
  });

  // One pre-routing step for every check: each step in restify's chain costs a tick per request.
  // mutate:begin edge-prerouting
  server.pre((req, res, next) => {
    const path = (req.url ?? '').split('?', 1)[0] ?? '';
    if (stopping && path.startsWith('/api/')) {
      res.header('Connection', 'close');
      res.send(503, { error: publicMessage(503) });
      return next(false);
    }
    if (!ROUTES.has(path)) {
      refuse(req, res, 404, 'nonCanonicalPath');
      return next(false);
    }
    // DNS rebinding: a web page on another origin whose name resolves to 127.0.0.1 reaches the
    // unauthenticated demo bot with its own Host header.
    if (policy.demo && !isLoopbackHost(hostOf(req.headers.host))) {
      refuse(req, res, 403, 'hostNotLoopback');
      return next(false);
    }
    if (req.method === 'POST' && path === '/api/messages') {
      const encoding = req.headers['content-encoding'];
      if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
        refuse(req, res, 415, 'contentEncoding');
        return next(false);
      }
      if (!isJson(req.headers['content-type'])) {
        refuse(req, res, 415, 'contentType');
        return next(false);
      }
    }
    return next();
  });
  // mutate:end edge-prerouting

  server.get('/healthz', (_req, res, next) => {
    const ready = !stopping && (deps.isReady?.() ?? true);
    res.send(ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable' });
    return next();
  });

  server.post('/api/messages', async (req, res) => {
    inFlight++;
    try {
      const activity = checkActivity(await readJsonBody(req, deps.maxBodyBytes), policy);
      fixTimestamps(activity);
      const answer = await deps.adapter.handle(activity as unknown as Activity, authorization(req), (ctx) =>
        telemetry().turn(ctx.activity.type, () => deps.bot.run(ctx)),
      );
      res.status(answer?.status ?? 200);
      if (answer?.body !== undefined) res.send(answer.body);
      else res.end();
    } catch (err) {
      if (err instanceof RequestRejected) {
        refuse(req, res, err.status, err.reason);
      } else {
        log.error({ err }, 'unhandled error processing an activity');
        if (!res.headersSent) res.send(500, { error: publicMessage(500) });
      }
    } finally {
      inFlight--;
    }
  });

  return {
    server,
    inFlight: () => inFlight,
    async shutdown(graceMs) {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + graceMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      const drained = inFlight === 0;
      server.server.closeIdleConnections?.();
      if (!drained) server.server.closeAllConnections?.();
      await closed;
      return { drained };
    },
  };
}

function authorization(req: Request): string {
  const h = req.headers.authorization;
  return typeof h === 'string' ? h : '';
}

/** What botbuilder's own request handling does to the timestamps (Date objects, raw kept). */
function fixTimestamps(a: Record<string, unknown>): void {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = a[field];
    if (typeof value === 'string') {
      a[raw] = value;
      a[field] = new Date(value);
    }
  }
}

// mutate:begin edge-helpers
/** The host name in a Host header (`name:port`, `[::1]:port`), lower-case. */
function hostOf(header: string | undefined): string {
  if (!header) return '';
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.split(':', 1)[0] ?? '';
}

/** The path for a log line: bounded, query dropped (it is not ours to log). */
function safePath(url: string | undefined): string {
  const path = (url ?? '').split('?', 1)[0] ?? '';
  return path.length > 200 ? `${path.slice(0, 199)}…` : path;
}

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const semi = contentType.indexOf(';');
  return (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase() === 'application/json';
}
// mutate:end edge-helpers

function publicMessage(status: number): string {
  switch (status) {
    case 400:
      return 'Bad request';
    case 401:
      return 'Unauthorized';
    case 403:
      return 'Forbidden';
    case 404:
      return 'Not found';
    case 405:
      return 'Method not allowed';
    case 413:
      return 'Request body too large';
    case 415:
      return 'Content-Type must be application/json';
    case 503:
      return 'Service unavailable';
    default:
      return status >= 500 ? 'Internal server error' : 'Request failed';
  }
}
