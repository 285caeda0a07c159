import { Client, GraphError, RetryHandler, RetryHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { deadline } from '../deadline.js';
import { GraphCallError } from './errors.js';
import { CREDENTIALS_REJECTED, type TokenProvider } from './token.js';
import { NodeHttpHandler } from './transport.js';
import { telemetry } from '../telemetry/metrics.js';

export interface GraphClientOptions {
  /** Origin of the Graph service, e.g. https://graph.microsoft.com (or the simulator). */
  readonly endpoint: string;
  readonly tokens: TokenProvider;
  /** Bound on one HTTP attempt. The auth-methods API itself gives up after 60 s. */
  readonly requestTimeoutMs: number;
  /** Retries on 429/503/504 honour Retry-After; these bound them in count and total wait. */
  readonly maxRetries?: number;
  readonly retryBaseDelaySeconds?: number;
  readonly maxRetryWaitMs?: number;
}

/**
 * The Graph client v3 with our own middleware chain:
 *   bearer (one fresh-token retry on 401) → retry (SDK RetryHandler, bounded) → per-attempt
 *   timeout → HTTP (node:http keep-alive, transport.ts).
 * Why not the SDK's AuthenticationHandler: it silently drops the Authorization header for any
 * host that is not a known Graph host over https (Graph docs: national cloud deployments), which would make
 * the simulator path differ from production. Ours sets it for the one configured origin only.
 */
export function createGraphClient(opts: GraphClientOptions): Client {
  const origin = new URL(opts.endpoint).origin;
  const maxRetryWaitMs = opts.maxRetryWaitMs ?? 30_000;
  const bearer = new BearerHandler(opts.tokens, origin);
  const retry = new RetryHandler(
    new RetryHandlerOptions(
      opts.retryBaseDelaySeconds ?? 1,
      opts.maxRetries ?? 3,
      (_delay, _attempt, _req, fetchOptions, response) =>
        // No retry past the caller's deadline (the whole-reset bound): its sleep is not abortable.
        retryAfterMs(response) <= maxRetryWaitMs && !(fetchOptions?.signal as AbortSignal | undefined)?.aborted,
    ),
  );
  const timeout = new TimeoutHandler(opts.requestTimeoutMs);
  const http = new NodeHttpHandler(); // not the SDK's fetch-based handler: half the CPU per call
  // Telemetry (no-op unless APPLICATIONINSIGHTS_CONNECTION_STRING): one span per call around
  // everything, and each attempt counted (retries, throttling) just before its timeout.
  const attempts = new AttemptCounter();
  const span = new CallSpan(attempts);
  span.setNext(bearer);
  bearer.setNext(retry);
  retry.setNext(attempts);
  attempts.setNext(timeout);
  timeout.setNext(http);
  return Client.initWithMiddleware({ middleware: span, baseUrl: `${origin}/`, defaultVersion: 'v1.0' });
}

/** Turn whatever the SDK threw into a GraphCallError; never branch on message text upstream. */
export function toGraphCallError(err: unknown): GraphCallError {
  if (err instanceof GraphCallError) return err;
  if (err instanceof GraphError) {
    const requestId = err.requestId ?? err.headers?.get('request-id') ?? undefined;
    const status = err.statusCode > 0 ? err.statusCode : 0;
    // Transport failures arrive as GraphError with statusCode -1 and the JS error name as code.
    if (status === 0 && (err.code === 'TimeoutError' || err.code === 'AbortError')) {
      return new GraphCallError(0, 'timeout', 'The request to Microsoft Graph timed out');
    }
    // The token endpoint refused the app's credentials before any Graph request: Graph's 401 reason.
    if (status === 0 && err.code === CREDENTIALS_REJECTED)
      return new GraphCallError(401, 'credentialsRejected', 'The token endpoint rejected the app credentials');
    const code = err.code ?? (status === 0 ? 'networkError' : 'unknown');
    return new GraphCallError(status, code, err.message, requestId ?? undefined);
  }
  const name = err instanceof Error ? err.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new GraphCallError(0, 'timeout', 'The request to Microsoft Graph timed out');
  }
  return new GraphCallError(0, 'networkError', err instanceof Error ? err.message : String(err));
}

function retryAfterMs(response: Response): number {
  return parseRetryAfter(response.headers.get('retry-after')) ?? 0;
}

function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

class BearerHandler implements Middleware {
  private next: Middleware | undefined;
  constructor(
    private readonly tokens: TokenProvider,
    private readonly origin: string,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    // Never hand the token to another origin (a nextLink pointing elsewhere, say).
    if (new URL(url).origin !== this.origin) {
      throw new GraphCallError(0, 'untrustedOrigin', 'Refusing to send a Graph token to an unexpected origin');
    }
    await this.send(context, await this.tokens.getToken());
    // A 401 means Graph no longer accepts the cached token (revoked, or the app's credentials
    // changed). MSAL would keep serving it until it expires, up to an hour of failed resets, so
    // fetch a fresh one and try once more.
    if (context.response?.status === 401) {
      await context.response.body?.cancel().catch(() => undefined); // free the connection
      await this.send(context, await this.tokens.getToken({ fresh: true }));
    }
  }

  private async send(context: Context, token: string): Promise<void> {
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
    headers.set('Authorization', `Bearer ${token}`);
    options.headers = headers;
    await this.next?.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** A fresh deadline per attempt, combined with the caller's own signal (whole-reset bound). */
class TimeoutHandler implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly timeoutMs: number) {}

  async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    const outer = options.signal as AbortSignal | undefined;
    const attempt = deadline(this.timeoutMs, outer);
    options.signal = attempt.signal;
    try {
      await this.next?.execute(context); // the transport reads the whole body, so it is covered too
    } finally {
      attempt.dispose();
      options.signal = outer;
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** The span of one Graph call: method, route template, final status, Graph's request ids, retries. */
class CallSpan implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly attempts: AttemptCounter) {}

  execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const method = (context.options?.method ?? (typeof context.request === 'string' ? 'GET' : context.request.method)).toUpperCase();
    return telemetry().graphCall(method, url, async (done) => {
      try {
        await this.next?.execute(context);
      } finally {
        const headers = context.response?.headers;
        done({
          status: context.response?.status ?? 0,
          requestId: headers?.get('request-id') ?? undefined,
          clientRequestId: headers?.get('client-request-id') ?? undefined,
          retries: Math.max(0, this.attempts.taken(context) - 1),
        });
      }
    });
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Counts the attempts of each call (per context) and reports throttled ones. */
class AttemptCounter implements Middleware {
  private next: Middleware | undefined;
  private readonly counts = new WeakMap<Context, number>();

  async execute(context: Context): Promise<void> {
    this.counts.set(context, (this.counts.get(context) ?? 0) + 1);
    await this.next?.execute(context);
    const status = context.response?.status;
    if (status === 429 || status === 503) telemetry().graphThrottled(status);
  }

  taken(context: Context): number {
    return this.counts.get(context) ?? 0;
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
