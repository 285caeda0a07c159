import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelAuthority } from '../helpers/channel.js';
import { FakeConnector } from '../helpers/connector.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { APP_ID, TENANT_ID } from '../helpers/production.js';
import { rawRequest } from '../helpers/raw-http.js';

/**
 * The HTTP edge of the built server (`node dist/src/index.js`, as `npm start` runs it), attacked
 * the way issue 10 reproduced it. Each refusal must leave the process alive and serving.
 */

async function started(p: ServerProcess): Promise<string> {
  const line = await p.waitForLog((r) => r.msg === 'MFA reset bot listening');
  return new URL(String(line.url)).origin;
}

/** Log lines are read from the child's pipe after its response arrives: wait (bounded) for them. */
async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

function records(p: ServerProcess): Record<string, unknown>[] {
  return p.stdout.flatMap((l) => {
    try {
      return [JSON.parse(l) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

function teamsActivity(serviceUrl: string | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const user = randomUUID();
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    ...(serviceUrl === undefined ? {} : { serviceUrl }),
    from: { id: `29:${user}`, name: 'Jordan', aadObjectId: user, role: 'user' },
    recipient: { id: '28:bot', role: 'bot' },
    conversation: { id: `a:${randomUUID()}`, conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    text: 'help',
    ...extra,
  };
}

const json = { 'content-type': 'application/json' };

describe('the edge of the demo-mode process', () => {
  let p: ServerProcess;
  let base: string;
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await new FakeConnector().start();
    p = spawnServer({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    base = await started(p);
  });
  afterAll(async () => {
    p.child.kill('SIGKILL');
    await p.exited;
    await connector.stop();
  });

  const message = () =>
    JSON.stringify({
      type: 'message',
      id: randomUUID(),
      channelId: 'emulator',
      serviceUrl: connector.url,
      from: { id: randomUUID(), role: 'user' },
      recipient: { id: 'bot-1', role: 'bot' },
      conversation: { id: `${randomUUID()}|livechat` },
      text: 'help',
    });

  async function stillServing() {
    expect(p.child.exitCode).toBeNull();
    expect((await rawRequest(base, { method: 'GET', path: '/healthz' })).status).toBe(200);
    expect((await rawRequest(base, { path: '/api/messages', headers: json, body: message() })).status).toBe(200);
  }

  it('refuses a gzip-encoded body that is not gzip (the 5-byte request that killed it) with 415, and lives', async () => {
    const hello = await rawRequest(base, { path: '/api/messages', headers: { ...json, 'content-encoding': 'gzip' }, body: 'hello' });
    expect(hello).toEqual({ status: 415, body: JSON.stringify({ error: 'Content-Encoding is not supported: send the JSON uncompressed' }) });
    const truncated = gzipSync(Buffer.from(message())).subarray(0, 12);
    expect((await rawRequest(base, { path: '/api/messages', headers: { ...json, 'content-encoding': 'gzip' }, body: truncated })).status).toBe(415);
    await stillServing();
  });

  it.each(['gzip', 'deflate', 'br', 'GZIP', 'identity, gzip'])('refuses Content-Encoding %s before reading the body (no gzip bomb)', async (encoding) => {
    // 40 MB of zeros in about 40 kB: the old reader inflated it before any check.
    const bomb = gzipSync(Buffer.alloc(40 * 1024 * 1024));
    const res = await rawRequest(base, { path: '/api/messages', headers: { ...json, 'content-encoding': encoding }, body: bomb });
    expect(res.status).toBe(415);
    const logged = () => records(p).some((r) => r.msg === 'request rejected' && r.reason === 'contentEncoding');
    await eventually(logged);
    expect(logged()).toBe(true);
  });

  it('serves the canonical path only, and never writes an upload to disk', async () => {
    const boundary = 'x-boundary';
    const upload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      Buffer.alloc(512 * 1024, 7),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const multipart = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    for (const path of ['/api/%6dessages', '/api/messages;x', '/api/messages/', '//api/messages', '/api/Messages', '/api/./messages']) {
      const res = await rawRequest(base, { path, headers: multipart, body: upload });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      // A JSON body on those paths is refused the same way: only /api/messages is read at all.
      expect((await rawRequest(base, { path, headers: json, body: message() })).status).toBe(404);
    }
    expect((await rawRequest(base, { path: '/api/messages', headers: multipart, body: upload })).status).toBe(415);
    expect(readdirSync(p.tmpdir)).toEqual([]);
    await stillServing();
  });

  it('refuses a reply target that is not loopback (403), and a Host header that is not (DNS rebinding)', async () => {
    for (const serviceUrl of ['http://169.254.169.254/latest/', 'http://10.0.0.1/', 'https://intranet.example/', 'http://user:pw@127.0.0.1/']) {
      const body = JSON.stringify({ ...JSON.parse(message()), serviceUrl });
      expect((await rawRequest(base, { path: '/api/messages', headers: json, body })).status).toBe(403);
    }
    const port = new URL(base).port;
    const rebound = await rawRequest(base, { path: '/api/messages', headers: { ...json, host: `attacker.example:${port}` }, body: message() });
    expect(rebound.status).toBe(403);
    expect((await rawRequest(base, { path: '/api/messages', headers: { ...json, host: `localhost:${port}` }, body: message() })).status).toBe(200);
    expect(connector.calls.every((c) => c.method === 'POST')).toBe(true);
  });
});

describe('the edge of the production process (local OpenID metadata, no test seams)', () => {
  let authority: ChannelAuthority;
  let p: ServerProcess;
  let base: string;
  const connectorUrl = 'http://127.0.0.1:9/';

  const productionEnv = (metadataUrl: string) => ({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: `pw-${randomUUID()}`,
    MicrosoftAppTenantId: TENANT_ID,
    CONFIRMATION_SIGNING_KEY: randomUUID() + randomUUID(),
    // item 10: botbuilder's own keys move the channel's endpoints (http:// only for loopback).
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: `${authority.url}/emulator/openid`,
    ToChannelFromBotLoginUrl: `${authority.url}/login`,
    OAuthUrl: `${authority.url}/oauth`,
    ALLOWED_SERVICE_URL_HOSTS: '127.0.0.1',
  });

  beforeAll(async () => {
    authority = await new ChannelAuthority(APP_ID).start();
    p = spawnServer(productionEnv(`${authority.url}/openid`));
    base = await started(p);
  });
  afterAll(async () => {
    p.child.kill('SIGKILL');
    await p.exited;
    await authority.stop();
  });

  const post = async (activity: Record<string, unknown>, authorization?: string) =>
    rawRequest(base, {
      path: '/api/messages',
      headers: { ...json, ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(activity),
    });
  const signed = async (activity: Record<string, unknown>, serviceUrl = String(activity.serviceUrl ?? '')) =>
    post(activity, `Bearer ${await authority.sign({ serviceUrl })}`);

  it('refuses deliveryMode expectReplies even with a valid token (replies would bypass Teams)', async () => {
    expect((await signed(teamsActivity(connectorUrl, { deliveryMode: 'expectReplies' }))).status).toBe(403);
    expect((await signed(teamsActivity(connectorUrl, { deliveryMode: 'ExpectReplies' }))).status).toBe(403);
    // The same activity in normal delivery mode gets past the edge and authentication: its turn
    // runs (and logs under its conversation id: here its reply fails, as the connector is fake).
    const normal = teamsActivity(connectorUrl);
    const turn = p.waitForLog((r) => r.conversationId === (normal.conversation as { id: string }).id);
    expect((await signed(normal)).status).toBe(200);
    await turn;
  });

  it('refuses an activity without a serviceUrl, whose token botbuilder would not bind to it', async () => {
    const res = await signed(teamsActivity(undefined, { deliveryMode: 'normal' }), '');
    expect(res.status).toBe(400);
    const logged = () => records(p).some((r) => r.msg === 'request rejected' && r.reason === 'noServiceUrl');
    await eventually(logged);
    expect(logged()).toBe(true);
  });

  it('refuses a serviceUrl outside the allowed connector hosts, even with a token bound to it', async () => {
    const res = await signed(teamsActivity('https://attacker.example/teams/'));
    expect(res.status).toBe(403);
  });

  it('rejects bad tokens with 401: one JSON log line each, nothing on stderr', async () => {
    // Earlier tests' refusals are 400/403; their lines may still be arriving, so count 401s only.
    const unauthorized = (r: Record<string, unknown>) => r.msg === 'request rejected' && r.status === 401;
    const before = records(p).filter(unauthorized).length;
    const a = teamsActivity(connectorUrl);
    const expired = await authority.sign({ serviceUrl: connectorUrl, expiresIn: -3600 });
    const rogue = await authority.sign({ serviceUrl: connectorUrl, key: 'rogue' });
    const otherAudience = await authority.sign({ serviceUrl: connectorUrl, audience: randomUUID() });
    for (const authorization of [undefined, 'Bearer not-a-jwt', `Bearer ${expired}`, `Bearer ${rogue}`, `Bearer ${otherAudience}`]) {
      const res = await post(a, authorization);
      expect(res).toEqual({ status: 401, body: JSON.stringify({ error: 'Unauthorized' }) });
    }
    const rejections = () => records(p).filter(unauthorized).slice(before);
    await eventually(() => rejections().length >= 5);
    const rejected = rejections();
    expect(rejected).toHaveLength(5);
    expect(rejected.every((r) => r.reason === 'unauthenticated' && r.level === 'warn')).toBe(true);
    expect(p.stderr.filter((l) => l.trim())).toEqual([]);
  });

  it('answers 503 (not 500) when the channel’s OpenID metadata cannot be fetched, and logs one line', async () => {
    const closed = await closedPort();
    const q = spawnServer(productionEnv(`http://127.0.0.1:${closed}/openid`));
    try {
      const qBase = await started(q);
      const a = teamsActivity(connectorUrl);
      const res = await rawRequest(qBase, {
        path: '/api/messages',
        headers: { ...json, authorization: `Bearer ${await authority.sign({ serviceUrl: connectorUrl })}` },
        body: JSON.stringify(a),
      });
      expect(res).toEqual({ status: 503, body: JSON.stringify({ error: 'Service unavailable' }) });
      await eventually(() => records(q).some((r) => r.msg === 'request rejected'));
      const rejected = records(q).filter((r) => r.msg === 'request rejected');
      expect(rejected).toEqual([expect.objectContaining({ status: 503, reason: 'channelKeysUnavailable' })]);
      expect(q.stderr.filter((l) => l.trim())).toEqual([]);
    } finally {
      q.child.kill('SIGKILL');
      await q.exited;
    }
  });
});

describe('BOT_CLOUD moves the channel the production process trusts (item 10)', () => {
  it('with BOT_CLOUD=USGov accepts the US Gov channel’s tokens and refuses the public cloud’s', async () => {
    const authority = await new ChannelAuthority(APP_ID).start();
    const p = spawnServer({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: `pw-${randomUUID()}`,
      MicrosoftAppTenantId: TENANT_ID,
      CONFIRMATION_SIGNING_KEY: randomUUID() + randomUUID(),
      BOT_CLOUD: 'USGov',
      GRAPH_CLOUD: 'USGov',
      // Only the fetched endpoints are local; the issuer and scope are BOT_CLOUD's.
      ToBotFromChannelOpenIdMetadataUrl: `${authority.url}/openid`,
      ToChannelFromBotLoginUrl: `${authority.url}/login`,
      OAuthUrl: `${authority.url}/oauth`,
      ALLOWED_SERVICE_URL_HOSTS: '127.0.0.1',
    });
    try {
      const base = await started(p);
      const serviceUrl = 'http://127.0.0.1:9/';
      const send = async (issuer: string) =>
        rawRequest(base, {
          path: '/api/messages',
          headers: { ...json, authorization: `Bearer ${await authority.sign({ serviceUrl, issuer })}` },
          body: JSON.stringify(teamsActivity(serviceUrl)),
        });
      expect((await send('https://api.botframework.com')).status).toBe(401);
      const turn = p.waitForLog((r) => r.msg === 'recognised');
      expect((await send('https://api.botframework.us')).status).toBe(200);
      await turn;
    } finally {
      p.child.kill('SIGKILL');
      await p.exited;
      await authority.stop();
    }
  });
});

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
