import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ODATA, startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { Chat } from '../helpers/bot.js';
import { startMsiProcessBot, type MsiProcessBot } from '../helpers/msi-process.js';
import { APP_ID, TENANT_ID } from '../helpers/production.js';

/**
 * Graph through a user-assigned managed identity, the way the Bicep deploys the bot: no secret
 * anywhere, msal-node's App Service source asking IDENTITY_ENDPOINT (here the simulator's) for a
 * Graph token, the real built server over HTTP.
 */
describe('the bot on a managed identity (MicrosoftAppType=UserAssignedMSI, no secret)', () => {
  let p: MsiProcessBot;
  beforeAll(async () => {
    p = await startMsiProcessBot();
  }, 60_000);
  afterAll(async () => p?.stop());

  const nonPassword = (user: string) => p.sim.tenant.methodsOf(user).filter((m) => m['@odata.type'] !== ODATA.password);

  it('lists and resets a user’s methods with tokens from the managed-identity endpoint, for Graph and for the replies', async () => {
    const user = randomUUID();
    const chat = new Chat(p.bot, { channelId: 'msteams', aadObjectId: user, tenantId: TENANT_ID });
    const list = await chat.say('show my MFA methods');
    expect(list.status).toBe(200);
    expect(list.said).toMatch(/Microsoft Authenticator/);
    const card = (await chat.say('reset my MFA')).cards[0]!;
    const yes = await chat.click(card, 'Yes');
    expect(yes.said).toMatch(/I've reset your MFA/);
    expect(nonPassword(user)).toEqual([]);

    const requests = p.sim.stats.requests;
    expect(requests.filter((r) => r.path === '/msi/token' && r.status === 200).length).toBeGreaterThan(0);
    // No client-credentials request: there is no secret to make one with.
    expect(requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'))).toEqual([]);
    expect(requests.filter((r) => r.path.startsWith('/v1.0/') && r.status === 401)).toEqual([]);
    // botbuilder's UserAssignedMSI credentials went to the same App Service endpoint: the replies'
    // bearer token is one the simulator issued (it opens Graph), not one from anywhere else.
    const replyToken = p.bot.connector.calls.at(-1)?.authorization;
    expect(replyToken).toMatch(/^Bearer \S+$/);
    const probe = await fetch(`${p.sim.url}/v1.0/users/${randomUUID()}/authentication/methods`, { headers: { authorization: replyToken! } });
    expect(probe.status).toBe(200);
  });

  it('asks for GRAPH_CLIENT_ID’s identity when set; one not attached to the app gets a short error and changes nothing', async () => {
    // The replies still use MicrosoftAppId's identity, so the user hears why.
    const bad = await startMsiProcessBot({ env: { GRAPH_CLIENT_ID: randomUUID() } });
    try {
      const user = randomUUID();
      bad.sim.tenant.ensureUser(user);
      const before = bad.sim.tenant.methodsOf(user).length;
      const chat = new Chat(bad.bot, { channelId: 'msteams', aadObjectId: user, tenantId: TENANT_ID });
      const turn = await chat.say('reset my MFA');
      expect(turn.status).toBe(200);
      expect(turn.cards).toEqual([]);
      // The method list or the pre-reset guards' checks (which run beside it) fail first: either way a
      // short answer, no card.
      expect(turn.said).toMatch(/Something went wrong|couldn't finish a safety check/);
      expect(turn.said).not.toMatch(/at \S+:\d+|Error:/);
      expect(bad.sim.tenant.methodsOf(user).length).toBe(before);
      expect(bad.sim.stats.requests.filter((r) => r.path.startsWith('/v1.0/'))).toEqual([]);
      expect(bad.sim.stats.requests.some((r) => r.path === '/msi/token' && r.status === 400)).toBe(true);
    } finally {
      await bad.stop();
    }
  }, 60_000);
});

describe('the simulator’s App Service managed-identity endpoint', () => {
  let sim: RunningSimulator;
  const header = randomUUID();
  beforeAll(async () => {
    sim = await startSimulator({ managedIdentity: { header, clientIds: [APP_ID] } });
  });
  afterAll(async () => sim.close());

  const ask = (query: Record<string, string>, headers: Record<string, string> = { 'x-identity-header': header }, method = 'GET') =>
    fetch(`${sim.identityEndpoint}?${new URLSearchParams(query).toString()}`, { method, headers });
  const good = () => ({ 'api-version': '2019-08-01', resource: sim.url, client_id: APP_ID });

  it('issues a Graph token for the attached identity, in App Service’s response shape', async () => {
    const res = await ask(good());
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, string>;
    expect(body).toMatchObject({ token_type: 'Bearer', resource: sim.url, client_id: APP_ID });
    expect(Number(body.expires_on)).toBeGreaterThan(Date.now() / 1000);
    const graph = await fetch(`${sim.url}/v1.0/users/${randomUUID()}/authentication/methods`, { headers: { authorization: `Bearer ${body.access_token}` } });
    expect(graph.status).toBe(200);
  });

  type Q = Record<string, string>;
  it.each<[string, (q: Q) => Q, Record<string, string> | undefined, number]>([
    ['no X-IDENTITY-HEADER', (q) => q, {}, 401],
    ['a wrong X-IDENTITY-HEADER', (q) => q, { 'x-identity-header': 'guess' }, 401],
    ['another api-version', (q) => ({ ...q, 'api-version': '2017-09-01' }), undefined, 400],
    ['another resource', (q) => ({ ...q, resource: 'https://vault.azure.net' }), undefined, 400],
    ['an identity not attached', (q) => ({ ...q, client_id: randomUUID() }), undefined, 400],
    ['no client_id (a system-assigned identity)', ({ client_id: _omit, ...q }) => q, undefined, 400],
  ])('refuses %s and issues nothing', async (_name, change, headers, status) => {
    const res = await ask(change(good()), headers);
    expect(res.status).toBe(status);
    expect(await res.json()).not.toHaveProperty('access_token');
  });

  it('refuses a POST', async () => {
    expect((await ask(good(), undefined, 'POST')).status).toBe(405);
  });
});
