import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, startTestBot } from '../helpers/bot.js';
import { APP_ID, TENANT_ID, startProductionBot, type ProductionBot } from '../helpers/production.js';

/**
 * Production mode enforces the Bot Framework JWT on every request: only a token signed by the
 * channel's published key, for this bot, bound to the activity's serviceUrl, endorsed for its
 * channel and unexpired gets a turn. Proven offline against a local OpenID metadata + JWKS.
 */
describe('inbound authentication in production mode', () => {
  let p: ProductionBot;
  beforeAll(async () => {
    p = await startProductionBot();
  });
  afterAll(async () => p.stop());

  const user = () => new Chat(p.signed, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID });

  /** Posts `activity` with this Authorization header; nothing may reach the connector or Graph. */
  async function expectRejected(activity: Record<string, unknown>, authorization: string | undefined) {
    const connectorCalls = p.bot.connector.calls.length;
    const graphRequests = p.sim.stats.graphRequests;
    const res = await p.bot.post(activity, authorization === undefined ? {} : { authorization });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ error: 'Unauthorized' });
    expect(p.bot.connector.calls.length).toBe(connectorCalls);
    expect(p.sim.stats.graphRequests).toBe(graphRequests);
  }

  const resetRequest = () => user().activity({ text: 'reset my MFA' });

  it('rejects a request without an Authorization header', async () => {
    await expectRejected(resetRequest(), undefined);
  });

  it('rejects a blank or garbage bearer', async () => {
    await expectRejected(resetRequest(), 'Bearer ');
    await expectRejected(resetRequest(), 'Bearer not-a-jwt');
  });

  it('rejects a token with a bad signature', async () => {
    const a = resetRequest();
    await expectRejected(a, `Bearer ${await p.token(a, { key: 'rogue' })}`);
  });

  it('rejects a token issued for another bot (wrong audience)', async () => {
    const a = resetRequest();
    await expectRejected(a, `Bearer ${await p.token(a, { audience: randomUUID() })}`);
  });

  it('rejects a token from another issuer', async () => {
    const a = resetRequest();
    await expectRejected(a, `Bearer ${await p.token(a, { issuer: 'https://evil.example' })}`);
  });

  it('rejects a token bound to another serviceUrl (no replies sent to an attacker’s host)', async () => {
    const a = resetRequest();
    const token = await p.token(a); // valid for the connector's URL ...
    await expectRejected({ ...a, serviceUrl: 'http://127.0.0.1:9/' }, `Bearer ${token}`); // ... not this one
  });

  it('rejects an expired token (beyond the 5-minute clock skew)', async () => {
    const a = resetRequest();
    await expectRejected(a, `Bearer ${await p.token(a, { expiresIn: -3600 })}`);
  });

  it('rejects a token whose key is not endorsed for the activity’s channel', async () => {
    const a = { ...resetRequest(), channelId: 'webchat' };
    await expectRejected(a, `Bearer ${await p.token(a)}`);
  });

  it('rejects an Entra token merely issued to the bot’s app (botbuilder’s "Emulator" path) on a Teams activity', async () => {
    const a = resetRequest();
    const token = await p.token(a, {
      key: 'emulator',
      issuer: `https://sts.windows.net/${TENANT_ID}/`,
      audience: APP_ID, // what the Emulator sends: a client-credentials token of the bot's app for itself
      claims: { ver: '1.0', appid: APP_ID, tid: TENANT_ID },
    });
    // botbuilder on its own accepts it ...
    await expect(p.authority.authentication().authenticateRequest(a as never, `Bearer ${token}`)).resolves.toBeDefined();
    // ... the bot does not.
    await expectRejected(a, `Bearer ${token}`);
  });

  it('does not act on a Web Chat or Direct Line activity that claims a Teams identity', async () => {
    for (const channelId of ['webchat', 'directline']) {
      const chat = user();
      const a = { ...chat.activity({ text: 'reset my MFA' }), channelId };
      const graphRequests = p.sim.stats.graphRequests;
      const turn = await chat.send(a); // validly signed by a key endorsed for that channel
      expect(turn.status).toBe(200);
      expect(turn.cards).toHaveLength(0);
      expect(turn.said).toMatch(/I couldn't confirm who you are/);
      expect(p.sim.stats.graphRequests).toBe(graphRequests);
    }
  });

  it('accepts a valid token, and the reply carries the bot’s own outbound token', async () => {
    const chat = user();
    const turn = await chat.say('reset my MFA');
    expect(turn.status).toBe(200);
    expect(turn.cards).toHaveLength(1);
    expect(turn.calls.every((c) => c.authorization === `Bearer ${p.authority.outboundToken}`)).toBe(true);
    expect(turn.said).not.toMatch(/Demo mode/);
  });

  it('runs a whole reset only on authenticated turns', async () => {
    const chat = user();
    const card = (await chat.say('reset my MFA')).cards[0]!;
    const action = card.card.actions!.find((a) => a.title === 'Yes')!;
    const click = chat.activity({ text: '', value: action.data, replyToId: card.id });
    await expectRejected(click, undefined); // the unauthenticated click did nothing ...
    const yes = await chat.submit(card.id, action.data); // ... so the real one still works
    expect(yes.said).toMatch(/I've reset your MFA/);
  });
});

describe('the tenant allow-list (default: the Graph tenant)', () => {
  let p: ProductionBot;
  beforeAll(async () => {
    p = await startProductionBot();
  });
  afterAll(async () => p.stop());

  const OTHER = 'bad7e4a7-0000-4000-8000-0000000000ff';

  /** An authenticated Teams activity whose tenant fields are exactly `tenant`. */
  function fromTenant(tenant: { conversation?: string; channelData?: string }, extra: Record<string, unknown> = {}) {
    const chat = new Chat(p.signed, { channelId: 'msteams', aadObjectId: randomUUID() });
    const a = chat.activity({ text: 'reset my MFA', ...extra });
    return {
      chat,
      activity: {
        ...a,
        conversation: { ...(a.conversation as object), ...(tenant.conversation ? { tenantId: tenant.conversation } : {}) },
        ...(tenant.channelData ? { channelData: { tenant: { id: tenant.channelData } } } : {}),
      },
    };
  }

  it.each([
    ['another tenant (both fields)', { conversation: OTHER, channelData: OTHER }],
    ['another tenant (channel data only)', { channelData: OTHER }],
    ['no tenant at all', {}],
    ['two different tenants, one of them allowed', { conversation: TENANT_ID, channelData: OTHER }],
    ['two different tenants, the other way round', { conversation: OTHER, channelData: TENANT_ID }],
  ])('refuses an activity from %s, without calling Graph', async (_what, tenant) => {
    const graphRequests = p.sim.stats.graphRequests;
    const { chat, activity } = fromTenant(tenant);
    const turn = await chat.send(activity);
    expect(turn.status).toBe(200);
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/This assistant isn't available for your organisation/);
    expect(p.sim.stats.graphRequests).toBe(graphRequests);
    expect(p.bot.logs.audits().at(-1)).toMatchObject({ event: 'refusal', reason: 'tenantNotAllowed' });
  });

  it('refuses a card click from another tenant before looking at the token', async () => {
    const graphRequests = p.sim.stats.graphRequests;
    const { chat, activity } = fromTenant(
      { conversation: OTHER, channelData: OTHER },
      { text: '', value: { action: 'confirmReset', token: 'x.y' }, replyToId: 'a1' },
    );
    const turn = await chat.send(activity);
    expect(turn.said).toMatch(/isn't available for your organisation/);
    expect(p.sim.stats.graphRequests).toBe(graphRequests);
  });

  it('serves its own tenant, whichever field carries it', async () => {
    for (const tenant of [{ conversation: TENANT_ID, channelData: TENANT_ID }, { channelData: TENANT_ID }, { conversation: TENANT_ID.toUpperCase() }]) {
      const { chat, activity } = fromTenant(tenant);
      expect((await chat.send(activity)).cards).toHaveLength(1);
    }
  });
});

describe('the production wiring itself (no test authentication injected)', () => {
  it('enforces a token as soon as MicrosoftAppId is set', async () => {
    const bot = await startTestBot({
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: TENANT_ID, ALLOWED_SERVICE_URL_HOSTS: '127.0.0.1' },
      overrides: {
        api: { list: async () => [], remove: async () => undefined, setDefault: async () => undefined, getDefault: async () => ({ systemPreferred: false }) },
      },
    });
    try {
      const chat = new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID });
      const res = await bot.post(chat.activity({ text: 'reset my MFA' }));
      expect(res.status).toBe(401);
      expect(bot.connector.calls).toHaveLength(0);
    } finally {
      await bot.stop();
    }
  });
});

describe('deliveryMode in production (issue 10, item 4)', () => {
  const expectReplies = (p: ProductionBot) => ({
    ...new Chat(p.signed, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID }).activity({ text: 'reset my MFA' }),
    deliveryMode: 'expectReplies',
  });

  it('refuses expectReplies with a valid token: the card and its token never come back in the response', async () => {
    const p = await startProductionBot();
    try {
      const graph = p.sim.stats.graphRequests;
      const res = await p.signed.post(expectReplies(p));
      expect(res).toEqual({ status: 403, body: JSON.stringify({ error: 'Forbidden' }) });
      expect(p.sim.stats.graphRequests).toBe(graph);
    } finally {
      await p.stop();
    }
  });

  it('allows it only when DANGEROUSLY_ALLOW_EXPECT_REPLIES=true (benchmarks)', async () => {
    const p = await startProductionBot({ env: { DANGEROUSLY_ALLOW_EXPECT_REPLIES: 'true' } });
    try {
      const res = await p.signed.post(expectReplies(p));
      expect(res.status).toBe(200);
      expect((JSON.parse(res.body) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
    } finally {
      await p.stop();
    }
  });
});
