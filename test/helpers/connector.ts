import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the channel's connector (Bot Framework REST API v3). */
export interface ConnectorCall {
  readonly method: 'POST' | 'PUT' | 'DELETE';
  readonly conversationId: string;
  /** replyToId for POST replies, the updated activity id for PUT. */
  readonly activityId: string | undefined;
  /** Id the connector assigned (POST) or the activity id (PUT). */
  readonly id: string;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown>;
}

/**
 * A local stand-in for the Emulator's or Teams' connector service: records every activity the
 * bot posts or updates, and answers like the real one (`{ id }`).
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  private server: Server | undefined;
  private counter = 0;
  url = '';
  /** Make the next N calls fail with this status (to test a connector outage). */
  failNext: { status: number; count: number } | undefined;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    this.server = undefined;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** Calls recorded after index `from`. */
  since(from: number): ConnectorCall[] {
    return this.calls.slice(from);
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    const method = req.method as ConnectorCall['method'];
    if (!m || !['POST', 'PUT', 'DELETE'].includes(method)) {
      res.writeHead(404);
      res.end();
      return;
    }
    if (this.failNext && this.failNext.count > 0) {
      this.failNext.count--;
      res.writeHead(this.failNext.status, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"ServiceError"}}');
      return;
    }
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    const activityId = m[2] ? decodeURIComponent(m[2]) : undefined;
    const id = method === 'PUT' && activityId ? activityId : `activity-${++this.counter}`;
    this.calls.push({
      method,
      conversationId: decodeURIComponent(m[1]!),
      activityId,
      id,
      authorization: req.headers.authorization,
      body,
    });
    // Separate calls: restify patches ServerResponse.prototype.writeHead to return undefined.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id }));
  }
}
