import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { AuthenticationError, BotFrameworkAuthentication } from 'botframework-connector';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppOverrides } from '../../src/app.js';
import { Chat, startTestBot, type TestBot } from '../helpers/bot.js';

/** A message that would be a leak if it ever reached a response body or a chat reply. */
const INTERNAL = 'secret internals at /work/main/src/bot/bot.ts:42:7 node_modules/x.js';

/** Error bodies are one short, fixed sentence: no stack, no err.message, no path. */
function expectGeneric(body: string, error: string) {
  expect(JSON.parse(body)).toEqual({ error });
  expect(body).not.toMatch(/secret internals|\.ts:\d|node_modules|\bat \/|stack|Error:/);
}

async function request(bot: TestBot, method: string, path: string, init: { body?: string; contentType?: string } = {}) {
  const res = await fetch(`${bot.url}${path}`, {
    method,
    headers: init.contentType === undefined ? {} : { 'content-type': init.contentType },
    body: init.body,
  });
  return { status: res.status, body: await res.text() };
}

describe('the HTTP surface', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  const activity = () => new Chat(bot, { channelId: 'emulator' }).activity({ text: 'help' });

  it('refuses a body over the size limit with 413', async () => {
    const big = JSON.stringify({ ...activity(), text: 'x'.repeat(300 * 1024) });
    const res = await request(bot, 'POST', '/api/messages', { body: big, contentType: 'application/json' });
    expect(res.status).toBe(413);
    expectGeneric(res.body, 'Request body too large');
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await request(bot, 'POST', '/api/messages', { body: '{"type":"message",', contentType: 'application/json' });
    expect(res.status).toBe(400);
    expectGeneric(res.body, 'Bad request');
  });

  it.each([
    ['an array', '[]'],
    ['null', 'null'],
    ['an object without a type', '{"text":"reset my MFA"}'],
    ['a non-string type', '{"type":42}'],
  ])('refuses %s as an activity with 400', async (_what, body) => {
    const res = await request(bot, 'POST', '/api/messages', { body, contentType: 'application/json' });
    expect(res.status).toBe(400);
    expectGeneric(res.body, 'Bad request');
  });

  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['application/jsonp'], ['multipart/form-data; boundary=x']])(
    'refuses content type %s with 415',
    async (contentType) => {
      const res = await request(bot, 'POST', '/api/messages', { body: JSON.stringify(activity()), contentType });
      expect(res.status).toBe(415);
      expectGeneric(res.body, 'Content-Type must be application/json');
    },
  );

  it('refuses a body with no content type at all with 415', async () => {
    // fetch would add text/plain to a string body, so send the request by hand.
    const body = JSON.stringify(activity());
    const url = new URL(`${bot.url}/api/messages`);
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(url, { method: 'POST', headers: { 'content-length': Buffer.byteLength(body) } }, (r) => {
        let text = '';
        r.setEncoding('utf8')
          .on('data', (d: string) => (text += d))
          .on('end', () => resolve({ status: r.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(res.status).toBe(415);
    expectGeneric(res.body, 'Content-Type must be application/json');
  });

  it('turns a wrong content type away before reading the body (415, not 413)', async () => {
    const big = JSON.stringify({ ...activity(), text: 'x'.repeat(300 * 1024) });
    const res = await request(bot, 'POST', '/api/messages', { body: big, contentType: 'text/plain' });
    expect(res.status).toBe(415);
  });

  it.each([['application/json; charset=utf-8'], ['Application/JSON'], ['application/json;charset=UTF-8']])(
    'accepts the JSON content type as channels send it: %s',
    async (contentType) => {
      const res = await request(bot, 'POST', '/api/messages?x=1', { body: JSON.stringify(activity()), contentType });
      expect(res.status).toBe(200);
    },
  );

  it.each([
    ['GET', '/'],
    ['GET', '/api'],
    ['POST', '/api/other'],
    ['GET', '/../../etc/passwd'],
    ['GET', '/node_modules/botbuilder/package.json'],
  ])('answers %s %s with a plain 404', async (method, path) => {
    const res = await request(bot, method, path);
    expect(res.status).toBe(404);
    expectGeneric(res.body, 'Not found');
  });

  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('answers %s /api/messages with 405', async (method) => {
    const res = await request(bot, method, '/api/messages');
    expect(res.status).toBe(405);
    expectGeneric(res.body, 'Method not allowed');
  });

  it('reports health on GET /healthz without details', async () => {
    const res = await request(bot, 'GET', '/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ status: 'ok' });
  });
});

describe('failures inside a turn never reach the wire', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  async function start(overrides: AppOverrides) {
    bot = await startTestBot({ overrides });
    return bot;
  }

  it('answers a bot that throws with an apology and a reference, not the error', async () => {
    const b = await start({
      understand: () => {
        throw new Error(INTERNAL);
      },
    });
    const turn = await new Chat(b, { channelId: 'emulator' }).say('reset my MFA');
    expect(turn.status).toBe(200);
    expect(turn.said).toMatch(/Sorry, something went wrong on my side\. Nothing more was changed\..*reference \S+/);
    expect(JSON.stringify(turn.calls)).not.toContain('secret internals');
    expect(b.logs.records().some((r) => r.level === 'error' && r.msg === 'turn failed')).toBe(true);
    // The reference the user quotes is the one in the audit log.
    const reference = /reference (\S+?)\.?$/.exec(turn.texts.join())![1];
    expect(b.logs.audits().find((a) => a.correlationId === reference)).toMatchObject({ event: 'failure', outcome: 'turnFailed' });
  });

  it('answers a Graph layer that throws a plain Error with a short apology', async () => {
    const b = await start({
      api: {
        list: async () => {
          throw new Error(INTERNAL);
        },
        remove: async () => undefined,
        setDefault: async () => undefined,
        getDefault: async () => ({ systemPreferred: false }),
      },
    });
    const turn = await new Chat(b, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: randomUUID() }).say('reset my MFA');
    expect(turn.status).toBe(200);
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/Something went wrong while reading your MFA methods, so nothing was changed/);
    expect(JSON.stringify(turn.calls)).not.toContain('secret internals');
  });

  it('survives a connector that refuses every call: the turn ends, logged, nothing leaks', async () => {
    const b = await start({});
    // (A 5xx would be retried by the connector client for ~10 s before the same outcome.)
    b.connector.failNext = { status: 403, count: 10 };
    const res = await b.post(new Chat(b, { channelId: 'emulator' }).activity({ text: 'help' }));
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    const messages = b.logs.records().map((r) => r.msg);
    expect(messages).toEqual(expect.arrayContaining(['turn failed', 'could not send the error reply']));
    b.connector.failNext = undefined;
    // The server is still healthy afterwards.
    const next = await new Chat(b, { channelId: 'emulator' }).say('help');
    expect(next.texts).toHaveLength(1);
  });

  it('hides CloudAdapter’s own 500 body (it would carry err.message)', async () => {
    const b = await start({ botAuth: new ThrowingAuth(new Error(INTERNAL)) });
    const res = await b.post(new Chat(b, { channelId: 'emulator' }).activity({ text: 'help' }));
    expect(res.status).toBe(500);
    expectGeneric(res.body, 'Internal server error');
  });

  it('hides CloudAdapter’s own 401 body (it carries the validation failure)', async () => {
    const b = await start({ botAuth: new ThrowingAuth(new AuthenticationError(`Unauthorized. ${INTERNAL}`, 401)) });
    const res = await b.post(new Chat(b, { channelId: 'emulator' }).activity({ text: 'help' }));
    expect(res.status).toBe(401);
    expectGeneric(res.body, 'Unauthorized');
  });
});

/** Authentication that fails every request with the given error. */
class ThrowingAuth extends BotFrameworkAuthentication {
  constructor(private readonly err: Error) {
    super();
  }
  authenticateRequest(): never {
    throw this.err;
  }
  authenticateStreamingRequest(): never {
    throw this.err;
  }
  createConnectorFactory(): never {
    throw this.err;
  }
  createUserTokenClient(): never {
    throw this.err;
  }
}
