import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP server for one product's fake: records every request, serves injected faults
 * first (a 429 with Retry-After, a 503, a 401…), then the product's own handler.
 */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface FakeResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export type Handler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

interface Fault {
  remaining: number;
  readonly response: FakeResponse;
  readonly match: (r: FakeRequest) => boolean;
}

export class FakeServer {
  readonly requests: FakeRequest[] = [];
  private readonly faults: Fault[] = [];
  private server: Server | undefined;
  url = '';

  constructor(private readonly handler: Handler) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const u = new URL(req.url ?? '/', 'http://127.0.0.1');
        const fr: FakeRequest = {
          method: req.method ?? 'GET',
          path: decodeURIComponent(u.pathname),
          query: u.searchParams,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.requests.push(fr);
        void this.answer(fr).then((r) => {
          const body = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
          res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
          res.end(body);
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next `times` requests matching `match` get `response` instead of the product's answer. */
  fail(times: number, response: FakeResponse, match: (r: FakeRequest) => boolean = () => true): void {
    this.faults.push({ remaining: times, response, match });
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async answer(r: FakeRequest): Promise<FakeResponse> {
    const f = this.faults.find((x) => x.remaining > 0 && x.match(r));
    if (f) {
      f.remaining -= 1;
      return f.response;
    }
    try {
      return await this.handler(r);
    } catch {
      return { status: 500, body: { error: 'fake handler error' } };
    }
  }
}

export function json(r: FakeRequest): unknown {
  try {
    return JSON.parse(r.body) as unknown;
  } catch {
    return undefined;
  }
}

export function basicOf(headers: IncomingHttpHeaders): { user: string; password: string } | undefined {
  const h = headers.authorization;
  if (!h?.startsWith('Basic ')) return undefined;
  const s = Buffer.from(h.slice(6), 'base64').toString('utf8');
  const i = s.indexOf(':');
  return i < 0 ? undefined : { user: s.slice(0, i), password: s.slice(i + 1) };
}

export function bearerOf(headers: IncomingHttpHeaders): string | undefined {
  const h = headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7) : undefined;
}
