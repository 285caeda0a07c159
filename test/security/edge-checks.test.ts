import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, startTestBot, type TestBot } from '../helpers/bot.js';
import { startProductionBot, type ProductionBot } from '../helpers/production.js';
import { rawRequest, type RawResponse } from '../helpers/raw-http.js';

/**
 * The edge checks (src/server.ts pre-routing, src/edge/activity-policy.ts, src/edge/body.ts),
 * in-process over real HTTP. test/security/edge-process.test.ts proves them on the built
 * process; this file proves each rule and its reason code where mutation testing can see it,
 * so removing or loosening any one check turns a test red.
 */
const json = { 'content-type': 'application/json' };

/** The reason of the last `request rejected` line, or undefined when nothing was refused. */
function lastRejection(bot: TestBot, before: number): string | undefined {
  const refused = bot.logs
    .records()
    .slice(before)
    .filter((r) => r.msg === 'request rejected');
  return refused.at(-1)?.reason as string | undefined;
}

async function send(bot: TestBot, opts: Parameters<typeof rawRequest>[1]): Promise<RawResponse & { reason: string | undefined }> {
  const before = bot.logs.records().length;
  const res = await rawRequest(bot.url, opts);
  return { ...res, reason: lastRejection(bot, before) };
}

/** POST a body with chunked transfer encoding (no declared length); status 0 when the connection was cut. */
function postChunked(base: string, body: string): Promise<number> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, method: 'POST', path: '/api/messages', headers: { ...json, 'transfer-encoding': 'chunked' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    const bytes = Buffer.from(body);
    for (let at = 0; at < bytes.length; at += 64 * 1024) req.write(bytes.subarray(at, at + 64 * 1024));
    req.end();
  });
}

describe('the demo-mode edge, in-process', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  const activity = (extra: Record<string, unknown> = {}) => new Chat(bot, { channelId: 'emulator' }).activity({ text: 'help', ...extra });
  const post = (body: unknown, headers: Record<string, string> = json, path = '/api/messages') =>
    send(bot, { path, headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('accepts a plain activity from a loopback Host (the baseline the refusals below differ from)', async () => {
    expect(await post(activity())).toMatchObject({ status: 200, reason: undefined });
  });

  it('routes on the path before the query string', async () => {
    expect(await post(activity(), json, '/api/messages?from=emulator')).toMatchObject({ status: 200, reason: undefined });
  });

  it.each(['/api/%6dessages', '/api/messages;x', '/api/messages/', '/api/Messages', '/healthz/'])('refuses the non-canonical path %s', async (path) => {
    expect(await post(activity(), json, path)).toMatchObject({ status: 404, reason: 'nonCanonicalPath' });
  });

  it.each(['attacker.example', 'attacker.example:3978', '127.0.0.1.attacker.example', '[::2]:3978'])(
    'refuses Host %s (DNS rebinding to the demo bot)',
    async (host) => {
      expect(await post(activity(), { ...json, host })).toMatchObject({ status: 403, reason: 'hostNotLoopback' });
    },
  );

  it('refuses the rebinding Host on /healthz too', async () => {
    expect(await send(bot, { method: 'GET', path: '/healthz', headers: { host: 'attacker.example' } })).toMatchObject({
      status: 403,
      reason: 'hostNotLoopback',
    });
  });

  it.each(['localhost:3978', 'LOCALHOST', ' localhost ', '[::1]:3978', '127.0.0.2'])('accepts the loopback Host %s', async (host) => {
    expect(await post(activity(), { ...json, host })).toMatchObject({ status: 200, reason: undefined });
  });

  it.each(['gzip', 'GZIP', 'identity, gzip', ''])('refuses Content-Encoding "%s"', async (encoding) => {
    expect(await post(activity(), { ...json, 'content-encoding': encoding })).toMatchObject({ status: 415, reason: 'contentEncoding' });
  });

  it.each(['identity', ' Identity '])('accepts Content-Encoding "%s" (no encoding)', async (encoding) => {
    expect(await post(activity(), { ...json, 'content-encoding': encoding })).toMatchObject({ status: 200, reason: undefined });
  });

  it.each(['application/json; charset=utf-8', 'Application/JSON', ' application/json ;x=1'])('accepts the JSON content type "%s"', async (type) => {
    expect(await post(activity(), { 'content-type': type })).toMatchObject({ status: 200, reason: undefined });
  });

  it.each(['application/jsonx', 'text/json', 'application/json-seq; x=application/json'])('refuses the content type "%s"', async (type) => {
    expect(await post(activity(), { 'content-type': type })).toMatchObject({ status: 415, reason: 'contentType' });
  });

  it('refuses a POST without a content type', async () => {
    expect(await post(activity(), {})).toMatchObject({ status: 415, reason: 'contentType' });
  });

  it('applies the body checks to POST /api/messages only: GET /healthz needs neither a content type nor a plain encoding', async () => {
    expect(await send(bot, { method: 'GET', path: '/healthz', headers: { 'content-encoding': 'gzip' } })).toMatchObject({ status: 200, reason: undefined });
  });

  it.each([
    ['a number', '42', 'notAnActivity'],
    ['a string', '"message"', 'notAnActivity'],
    ['false', 'false', 'notAnActivity'],
    ['an array', '[{"type":"message"}]', 'notAnActivity'],
    ['an empty type', '{"type":"","channelId":"emulator"}', 'noType'],
    ['a missing type', '{"channelId":"emulator"}', 'noType'],
    ['an empty channelId', '{"type":"message","channelId":""}', 'noChannelId'],
    ['a numeric channelId', '{"type":"message","channelId":7}', 'noChannelId'],
  ])('refuses %s as an activity (400)', async (_what, body, reason) => {
    expect(await post(body)).toMatchObject({ status: 400, reason });
  });

  it.each([
    ['a number as the sender id', { from: { id: 42 } }],
    ['a number as the sender object id', { from: { id: 'u', aadObjectId: 42 } }],
    ['an array as the conversation tenant id', { conversation: { id: 'c', tenantId: ['t'] } }],
    ['an object as the conversation type', { conversation: { id: 'c', conversationType: { personal: true } } }],
    ['a string as the recipient', { recipient: 'bot' }],
    ['null as the sender', { from: null }],
    ['an array as the conversation', { conversation: [{ id: 'c' }] }],
    ['a number as the recipient role', { recipient: { id: 'b', role: 1 } }],
  ])('refuses %s (400): botbuilder could not send the reply', async (_what, patch) => {
    expect(await post(activity(patch))).toMatchObject({ status: 400, reason: 'badAccount' });
  });

  it('accepts accounts with only some of their fields, and other fields of any type', async () => {
    expect(await post(activity({ from: { id: 'u' }, recipient: { id: 'b', extra: 5 }, conversation: { id: 'c', isGroup: false } }))).toMatchObject({
      status: 200,
      reason: undefined,
    });
  });

  it('refuses a non-string deliveryMode or serviceUrl (400)', async () => {
    expect(await post(activity({ deliveryMode: ['expectReplies'] }))).toMatchObject({ status: 400, reason: 'badDeliveryMode' });
    expect(await post(activity({ serviceUrl: { href: bot.connector.url } }))).toMatchObject({ status: 400, reason: 'badServiceUrl' });
  });

  it('refuses a normal activity without a serviceUrl (nowhere to reply)', async () => {
    const { serviceUrl: _drop, ...rest } = activity();
    expect(await post(rest)).toMatchObject({ status: 400, reason: 'noServiceUrl' });
    expect(await post(activity({ serviceUrl: '' }))).toMatchObject({ status: 400, reason: 'noServiceUrl' });
    expect(await post(activity({ serviceUrl: '', deliveryMode: 'normal' }))).toMatchObject({ status: 400, reason: 'noServiceUrl' });
  });

  it('lets an expectReplies activity in demo mode go without a serviceUrl (replies come back in the response)', async () => {
    const { serviceUrl: _drop, ...rest } = activity();
    expect(await post({ ...rest, deliveryMode: 'expectReplies' })).toMatchObject({ status: 200, reason: undefined });
  });

  it.each([
    'http://10.0.0.1/',
    'https://intranet.example/',
    'http://user:pw@127.0.0.1:9/',
    'http://user@127.0.0.1:9/',
    'http://:pw@127.0.0.1:9/',
    'ftp://127.0.0.1/',
    'file:///etc/passwd',
    'not a url',
  ])('refuses the reply target %s (403)', async (serviceUrl) => {
    expect(await post(activity({ serviceUrl }))).toMatchObject({ status: 403, reason: 'serviceUrlNotLoopback' });
  });

  it('refuses a non-loopback reply target on an expectReplies activity as well', async () => {
    expect(await post(activity({ serviceUrl: 'http://10.0.0.1/', deliveryMode: 'expectReplies' }))).toMatchObject({
      status: 403,
      reason: 'serviceUrlNotLoopback',
    });
  });

  it('accepts a loopback reply target over https or under another loopback name', async () => {
    const port = new URL(bot.connector.url).port;
    // Unreachable over https (the fake connector speaks http), but allowed: the turn runs, the reply fails.
    expect((await post(activity({ serviceUrl: `https://localhost:${port}/` }))).reason).toBeUndefined();
    expect(await post(activity({ serviceUrl: `http://LOCALHOST:${port}/` }))).toMatchObject({ status: 200, reason: undefined });
  });
});

describe('the request body reader, in-process', () => {
  let bot: TestBot;
  let max: number;
  beforeAll(async () => {
    bot = await startTestBot();
    max = bot.config.limits.maxBodyBytes;
  });
  afterAll(async () => bot.stop());

  /** A valid activity padded with trailing spaces (still valid JSON) to exactly `bytes` bytes. */
  function padded(bytes: number): string {
    const body = JSON.stringify(new Chat(bot, { channelId: 'emulator' }).activity({ text: 'help' }));
    expect(Buffer.byteLength(body)).toBeLessThan(bytes);
    return body + ' '.repeat(bytes - Buffer.byteLength(body));
  }

  it('accepts a body of exactly the limit', async () => {
    expect(await send(bot, { path: '/api/messages', headers: json, body: padded(max) })).toMatchObject({ status: 200, reason: undefined });
  });

  it('refuses a body one byte over the limit (declared length)', async () => {
    expect(await send(bot, { path: '/api/messages', headers: json, body: padded(max + 1) })).toMatchObject({ status: 413, reason: 'bodyTooLarge' });
  });

  it('counts the bytes of a chunked body with no declared length', async () => {
    expect(await postChunked(bot.url, padded(max))).toBe(200);
    const before = bot.logs.records().length;
    expect(await postChunked(bot.url, padded(max + 1))).toBe(413);
    expect(lastRejection(bot, before)).toBe('bodyTooLarge');
  });

  it('answers a chunked sender a few times over the limit with a 413, not a reset', async () => {
    expect(await postChunked(bot.url, padded(max * 4))).toBe(413);
  });

  it('cuts off a chunked sender far past the limit instead of draining it forever', async () => {
    const before = bot.logs.records().length;
    expect(await postChunked(bot.url, padded(max * 17))).toBe(0);
    expect(lastRejection(bot, before)).toBe('bodyTooLarge');
  });
});

describe('the production-mode edge, in-process (unsigned: a request that passes the edge meets the JWT check, 401)', () => {
  let p: ProductionBot;
  beforeAll(async () => {
    // connector.example is allowed but not loopback: plain http to it must still be refused.
    p = await startProductionBot({ env: { ALLOWED_SERVICE_URL_HOSTS: '127.0.0.1,connector.example' } });
  });
  afterAll(async () => p.stop());

  const activity = (extra: Record<string, unknown> = {}) =>
    new Chat(p.bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: randomUUID() }).activity({ text: 'help', ...extra });
  const post = (body: unknown, headers: Record<string, string> = json) => send(p.bot, { path: '/api/messages', headers, body: JSON.stringify(body) });

  it('does not check the Host header (production traffic arrives through a public name)', async () => {
    expect(await post(activity(), { ...json, host: 'bot.contoso.example' })).toMatchObject({ status: 401 });
  });

  it('passes an allowed reply target on to authentication', async () => {
    expect(await post(activity())).toMatchObject({ status: 401 });
    expect(await post(activity({ serviceUrl: 'https://connector.example/teams/' }))).toMatchObject({ status: 401 });
    expect(await post(activity({ deliveryMode: 'normal' }))).toMatchObject({ status: 401 });
  });

  it('refuses expectReplies and any other delivery mode before authentication', async () => {
    expect(await post(activity({ deliveryMode: 'expectReplies' }))).toMatchObject({ status: 403, reason: 'deliveryModeNotAllowed' });
    expect(await post(activity({ deliveryMode: 'notification' }))).toMatchObject({ status: 403, reason: 'deliveryModeNotAllowed' });
  });

  it('refuses a missing serviceUrl even when a delivery mode needs none', async () => {
    const { serviceUrl: _drop, ...rest } = activity();
    expect(await post(rest)).toMatchObject({ status: 400, reason: 'noServiceUrl' });
    expect(await post({ ...rest, serviceUrl: '' })).toMatchObject({ status: 400, reason: 'noServiceUrl' });
  });

  it.each(['http://connector.example/', 'https://evil.example/', 'https://user:pw@connector.example/', 'ftp://connector.example/', 'not a url'])(
    'refuses the reply target %s (403)',
    async (serviceUrl) => {
      expect(await post(activity({ serviceUrl }))).toMatchObject({ status: 403, reason: 'serviceUrlHostNotAllowed' });
    },
  );
});
