import restify, { type Server } from 'restify';
import type { CloudAdapter, Request as BotRequest, Response as BotResponse } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from './logger.js';

export interface ServerDeps {
  readonly adapter: CloudAdapter;
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

/**
 * Build (don't listen) the HTTP server: POST /api/messages and GET /healthz. Error bodies are
 * always a short generic JSON: CloudAdapter would otherwise put err.message in its 500 body.
 */
export function createServer(deps: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'mfa-reset-bot', handleUncaughtExceptions: false });
  let inFlight = 0;
  let stopping = false;

  server.on('restifyError', (_req, _res, err: { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    err.toJSON = () => ({ error: publicMessage(status) });
    callback();
  });

  // One pre-routing step for both checks: every step in restify's chain costs a tick per request.
  server.pre((req, res, next) => {
    if (stopping && req.url?.startsWith('/api/')) {
      res.header('Connection', 'close');
      res.send(503, { error: publicMessage(503) });
      return next(false);
    }
    if (req.method === 'POST' && req.getPath() === '/api/messages' && !isJson(req.headers['content-type'])) {
      res.send(415, { error: publicMessage(415) });
      return next(false);
    }
    return next();
  });

  server.get('/healthz', (_req, res, next) => {
    const ready = !stopping && (deps.isReady?.() ?? true);
    res.send(ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable' });
    return next();
  });

  server.post(
    '/api/messages',
    restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false, rejectUnknown: true }),
    async (req, res) => {
      const body: unknown = req.body;
      if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
        res.send(400, { error: publicMessage(400) });
        return;
      }
      inFlight++;
      try {
        await deps.adapter.process(req as unknown as BotRequest, sanitising(res as unknown as BotResponse), (ctx) => deps.bot.run(ctx));
      } catch (err) {
        deps.log.error({ err }, 'unhandled error processing an activity');
        if (!res.headersSent) res.send(500, { error: publicMessage(500) });
      } finally {
        inFlight--;
      }
    },
  );

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

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const semi = contentType.indexOf(';');
  return (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase() === 'application/json';
}

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

/**
 * CloudAdapter writes `err.message` (or an auth failure reason) into error bodies. Let status
 * codes through, replace error bodies with the generic one.
 */
function sanitising(res: BotResponse): BotResponse {
  let status = 200;
  return {
    socket: res.socket,
    header: (name, value) => res.header(name, value),
    status: (code) => {
      status = code;
      return res.status(code);
    },
    send: (...args) => (status >= 400 ? res.send({ error: publicMessage(status) }) : res.send(...args)),
    end: (...args) => res.end(...args),
  };
}
