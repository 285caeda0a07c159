import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A `POST /v3/conversations` the bot made (a proactive 1:1 chat). */
export interface CreatedConversation {
  readonly id: string;
  readonly memberId: string | undefined;
  readonly body: Record<string, unknown>;
}

/** An activity the bot posted into a conversation. */
export interface PostedActivity {
  readonly conversationId: string;
  readonly id: string;
  readonly body: Record<string, unknown>;
}

/**
 * A local stand-in for Teams' Bot Connector for proactive messages: `POST /v3/conversations`
 * creates (or finds) the 1:1 chat with the member whose Entra object id is `members[0].id`, and
 * `POST /v3/conversations/{id}/activities` delivers into it. Its errors are Teams' own: 403
 * ForbiddenOperationException while the app is not installed for the user, 403 with subCode
 * MessageWritesBlocked when the user blocked the bot, 400 for an aadObjectId in the wrong field.
 */
export class FakeTeamsConnector {
  readonly created: CreatedConversation[] = [];
  /** members[0].id of every `POST /v3/conversations`, refused ones included. */
  readonly attempts: (string | undefined)[] = [];
  readonly activities: PostedActivity[] = [];
  /** Cards the bot replaced (`PUT /v3/conversations/{id}/activities/{activityId}`). */
  readonly updates: PostedActivity[] = [];
  /** Users who blocked the bot: their chat exists but refuses writes. */
  readonly blocked = new Set<string>();
  /** Users Teams refuses with 400 BadArgument (not a user of this tenant, say); not retried by botbuilder. */
  readonly failing = new Set<string>();
  private server: Server | undefined;
  private counter = 0;
  private readonly chats = new Map<string, string>(); // conversation id → member id
  url = '';

  /** `isInstalled(userId)`: whether our app is installed for the user (e.g. the simulated directory). */
  constructor(private readonly isInstalled: (userId: string) => boolean) {}

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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: Record<string, unknown> = {};
    try {
      body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      return reply(res, 400, { error: { code: 'BadSyntax', message: 'Request body is not valid JSON' } });
    }
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method === 'POST' && path === '/v3/conversations') return this.create(res, body);
    const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(path);
    if (req.method === 'POST' && m) return this.post(res, decodeURIComponent(m[1]!), body);
    const put = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/.exec(path);
    if (req.method === 'PUT' && put && this.chats.has(decodeURIComponent(put[1]!))) {
      const id = decodeURIComponent(put[2]!);
      this.updates.push({ conversationId: decodeURIComponent(put[1]!), id, body });
      return reply(res, 200, { id });
    }
    reply(res, 404, { error: { code: 'NotFound', message: 'Not found' } });
  }

  private create(res: ServerResponse, body: Record<string, unknown>): void {
    const members = Array.isArray(body['members']) ? (body['members'] as Array<Record<string, unknown>>) : [];
    const first = members[0];
    const memberId = typeof first?.['id'] === 'string' ? first['id'] : undefined;
    this.attempts.push(memberId);
    // Teams wants the object id in `id`; the `aadObjectId` field alone is a 400 (msteams-docs#14079).
    if (!memberId) return reply(res, 400, { error: { code: 'BadArgument', message: 'Invalid user identity in provided tenant' } });
    if (this.failing.has(memberId)) return reply(res, 400, { error: { code: 'BadArgument', message: 'Invalid user identity in provided tenant' } });
    if (!this.isInstalled(memberId)) {
      return reply(res, 403, { error: { code: 'ForbiddenOperationException', message: "Bot is not installed in user's personal scope" } });
    }
    const id = `a:1on1-${memberId}`;
    this.chats.set(id, memberId);
    this.created.push({ id, memberId, body });
    reply(res, 201, { id });
  }

  private post(res: ServerResponse, conversationId: string, body: Record<string, unknown>): void {
    const member = this.chats.get(conversationId);
    if (member === undefined) return reply(res, 404, { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
    if (this.blocked.has(member)) {
      return reply(res, 403, {
        errorCode: 209,
        message: 'Thread is blocked from message writes.',
        subCode: 'MessageWritesBlocked',
        details: 'Thread is blocked from message writes.',
      });
    }
    const id = `1:${++this.counter}`;
    this.activities.push({ conversationId, id, body });
    reply(res, 201, { id });
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
