import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/bot/markdown.js';
import { resolveSender } from '../../src/bot/identity.js';
import { createGraphClient } from '../../src/graph/client.js';
import { GraphCallError } from '../../src/graph/errors.js';
import { createAuthMethodsApi } from '../../src/graph/methods.js';
import type { AuthMethod } from '../../src/reset/types.js';
import { Chat } from '../helpers/bot.js';
import { TENANT_ID, startProductionBot, type ProductionBot } from '../helpers/production.js';

/** Issue 10, item 9: inputs that used to slip through a check or end in a 500. */

describe('an authenticated activity without a channelId', () => {
  let p: ProductionBot;
  beforeAll(async () => {
    p = await startProductionBot();
  });
  afterAll(async () => p.stop());

  it('is a 400, not a 500, and nothing reaches the connector or Graph', async () => {
    const activity = new Chat(p.signed, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID }).activity({ text: 'reset my MFA' });
    delete activity.channelId;
    const graph = p.sim.stats.graphRequests;
    const res = await p.bot.post(activity, { authorization: `Bearer ${await p.token(activity, { key: 'teams' })}` });
    expect(res).toEqual({ status: 400, body: JSON.stringify({ error: 'Bad request' }) });
    expect(p.bot.connector.calls).toHaveLength(0);
    expect(p.sim.stats.graphRequests).toBe(graph);
  });
});

describe('who sent an activity', () => {
  const policy = { demo: false, allowedTenantIds: [TENANT_ID] };
  const teams = (from: Record<string, unknown>, channelData: unknown = { tenant: { id: TENANT_ID } }) =>
    ({
      channelId: 'msteams',
      from: { id: '29:x', ...from },
      conversation: { id: 'a:1', conversationType: 'personal', tenantId: TENANT_ID },
      channelData,
    }) as never;

  it('does not take an aadObjectId array for a GUID (string coercion)', () => {
    const guid = randomUUID();
    expect(resolveSender(teams({ aadObjectId: guid }), policy)).toMatchObject({ ok: true, userId: guid });
    expect(resolveSender(teams({ aadObjectId: [guid] }), policy)).toMatchObject({ ok: false, reason: 'noIdentity' });
    expect(resolveSender(teams({ aadObjectId: [guid] }), { demo: true, allowedTenantIds: [] })).toMatchObject({ ok: false, reason: 'noIdentity' });
  });

  it('refuses a channelData tenant id it cannot use instead of ignoring it (no skipped mismatch check)', () => {
    const aadObjectId = randomUUID();
    for (const id of [`${TENANT_ID}${'x'.repeat(100)}`, 42, [TENANT_ID]]) {
      expect(resolveSender(teams({ aadObjectId }, { tenant: { id } }), policy)).toMatchObject({ ok: false, reason: 'tenantNotAllowed' });
    }
  });
});

describe('the Graph DELETE URL', () => {
  const paths: string[] = [];
  let api: ReturnType<typeof createAuthMethodsApi>;
  const server = createServer((req, res) => {
    paths.push(`${req.method} ${req.url}`);
    res.writeHead(204);
    res.end();
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    api = createAuthMethodsApi(createGraphClient({ endpoint: url, tokens: { getToken: async () => 't' }, requestTimeoutMs: 2000, maxRetries: 0 }), url);
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const phone = (id: string): AuthMethod => ({ id, kind: 'phone', odataType: '#microsoft.graph.phoneAuthenticationMethod' });
  const user = '00000000-0000-4000-8000-000000000001';

  it.each(['.', '..', '../..', 'a/b', '%2e%2e', 'id?x=1', ''])('refuses method id %j: never sent, a typed error', async (id) => {
    const before = paths.length;
    const err = await api.remove(user, phone(id)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphCallError);
    expect((err as GraphCallError).code).toBe('unsafeId');
    expect(paths.length).toBe(before);
  });

  it('sends a plain id as one path segment', async () => {
    await api.remove(user, phone('3179e48a-750b-4051-897c-87b9720928f7'));
    expect(paths.at(-1)).toBe(`DELETE /v1.0/users/${user}/authentication/phoneMethods/3179e48a-750b-4051-897c-87b9720928f7`);
  });
});

describe('markdown escaping of device and display names', () => {
  it('drops zero-width and invisible characters', () => {
    expect(escapeMarkdown('Pi\u200bxel\u200d \u2060Phone\ufeff\u00ad')).toBe('Pixel Phone');
  });

  it('turns U+2028, U+2029 and NEL into spaces (no forged second line)', () => {
    expect(escapeMarkdown('Pixel\u2028Removed: everything\u2029x\u0085y')).toBe('Pixel Removed: everything x y');
  });

  it.each([
    ['https://evil.example/login', 'https\\[:\\]//evil\\[.\\]example/login'],
    ['see www.evil.example now', 'see www\\[.\\]evil\\[.\\]example now'],
    ['HTTP://EVIL.EXAMPLE', 'HTTP\\[:\\]//EVIL\\[.\\]EXAMPLE'],
  ])('never leaves a bare URL Teams would link: %s', (name, escaped) => {
    expect(escapeMarkdown(name)).toBe(escaped);
  });

  it('leaves an ordinary device name readable', () => {
    expect(escapeMarkdown('Jordan’s iPhone 15 (work)')).toBe('Jordan’s iPhone 15 \\(work\\)');
  });
});
