import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_METHOD_ID, MOBILE_PHONE_ID, ODATA } from '../../src/simulator/index.js';
import { Chat, startTestBot, type TestBot } from '../helpers/bot.js';
import { TENANT_ID, startProductionBot, type ProductionBot } from '../helpers/production.js';

const TENANT = '00000000-0000-4000-8000-00000000de00';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const PHONE = '+1 4255550199';
const ADDRESS = 'jordan.avery@contoso.com';
const DEVICE = "Jordan Avery's iPhone 15 Pro";

type Audit = Record<string, unknown> & { requester: { userId?: string; tenantId?: string } };

/** Every record, whatever its event, says when, which turn, who, what and how it ended. */
function expectComplete(a: Audit, user: string, tenant = TENANT) {
  expect(new Date(a.time as string).toISOString()).toBe(a.time);
  expect(a.correlationId).toMatch(GUID);
  expect(a.requester).toEqual({ userId: user, tenantId: tenant });
  expect(typeof a.outcome).toBe('string');
  expect(a.conversationId).toEqual(expect.any(String));
}

describe('the audit trail', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  function user(extra: Partial<ConstructorParameters<typeof Chat>[1]> = {}) {
    const chat = new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT, ...extra });
    const id = chat.spec.aadObjectId!;
    bot.tenant.provision(
      id,
      [
        { '@odata.type': ODATA.microsoftAuthenticator, id: 'auth-1', displayName: DEVICE },
        { '@odata.type': ODATA.phone, id: MOBILE_PHONE_ID, phoneType: 'mobile', phoneNumber: PHONE },
        { '@odata.type': ODATA.email, id: EMAIL_METHOD_ID, emailAddress: ADDRESS },
      ],
      { defaultMethodId: 'auth-1' },
    );
    return { chat, id };
  }
  const auditsOf = (id: string) => bot.logs.audits().filter((a) => (a as Audit).requester?.userId === id) as Audit[];
  const METHODS = { kinds: ['microsoftAuthenticator', 'phone:mobile', 'email'], count: 3 };

  it('writes request, confirmation and completion for a reset, each complete', async () => {
    const { chat, id } = user();
    const card = (await chat.say('reset my MFA')).cards[0]!;
    await chat.click(card, 'Yes');
    const [request, confirmation, completion, ...more] = auditsOf(id);
    expect(more).toEqual([]);
    expect(request).toMatchObject({ event: 'request', outcome: 'cardShown', methods: METHODS });
    expect(confirmation).toMatchObject({ event: 'confirmation', outcome: 'confirmed', methods: METHODS });
    expect(completion).toMatchObject({ event: 'completion', outcome: 'reset', removed: 3, failed: 0, methods: METHODS });
    for (const a of [request!, confirmation!, completion!]) expectComplete(a, id);
    expect(confirmation!.correlationId).toBe(completion!.correlationId); // one turn, one id
    expect(request!.correlationId).not.toBe(confirmation!.correlationId);
  });

  it('writes a cancellation', async () => {
    const { chat, id } = user();
    await chat.click((await chat.say('reset my MFA')).cards[0]!, 'No');
    const records = auditsOf(id);
    expect(records.map((a) => a.event)).toEqual(['request', 'cancellation']);
    expect(records[1]).toMatchObject({ outcome: 'cancelled', methods: METHODS });
    records.forEach((a) => expectComplete(a, id));
  });

  it('writes a refusal, with the reason', async () => {
    const { chat, id } = user({ conversationType: 'groupChat' });
    await chat.say('reset my MFA');
    const [refusal, ...more] = auditsOf(id);
    expect(more).toEqual([]);
    expect(refusal).toMatchObject({ event: 'refusal', outcome: 'refused', reason: 'groupConversation' });
    expectComplete(refusal!, id);
  });

  it('writes a failure with the Graph request ids of the failed calls', async () => {
    const { chat, id } = user();
    bot.tenant.injectFault({ method: 'DELETE', pathIncludes: `${id}/authentication/phoneMethods`, status: 500, times: Infinity });
    try {
      await chat.click((await chat.say('reset my MFA')).cards[0]!, 'Yes');
    } finally {
      bot.tenant.clearFaults();
    }
    const failure = auditsOf(id).at(-1)!;
    expect(failure).toMatchObject({ event: 'failure', outcome: 'partial', removed: 1, failed: 2, methods: METHODS });
    expect((failure.graphRequestIds as string[]).length).toBeGreaterThan(0);
    for (const r of failure.graphRequestIds as string[]) expect(r).toMatch(GUID);
    expectComplete(failure, id);
  });

  it('never writes a phone number, an email address or a device name anywhere in the logs', async () => {
    // Its own flows (it must pass alone and in any order): a listing, a reset, a cancellation and a
    // failed delete, all for users holding exactly these details.
    const listed = user();
    expect((await listed.chat.say('show my MFA methods')).said).toContain('0199');
    const reset = user();
    await reset.chat.click((await reset.chat.say('reset my MFA')).cards[0]!, 'Yes');
    expect(auditsOf(reset.id).at(-1)).toMatchObject({ event: 'completion' });
    const cancelled = user();
    await cancelled.chat.click((await cancelled.chat.say('reset my MFA')).cards[0]!, 'No');
    const failed = user();
    bot.tenant.injectFault({ method: 'DELETE', pathIncludes: `${failed.id}/authentication/phoneMethods`, status: 500, times: Infinity });
    try {
      await failed.chat.click((await failed.chat.say('reset my MFA')).cards[0]!, 'Yes');
    } finally {
      bot.tenant.clearFaults();
    }
    expect(auditsOf(failed.id).at(-1)).toMatchObject({ event: 'failure' });
    const text = bot.logs.text();
    expect(text.length).toBeGreaterThan(1000);
    for (const secret of [PHONE, PHONE.replace(/\D/g, ''), '4255550199', ADDRESS, 'jordan.avery', DEVICE, 'iPhone 15 Pro']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('secrets and tokens in logs (production mode)', () => {
  let p: ProductionBot;
  beforeAll(async () => {
    p = await startProductionBot();
  });
  afterAll(async () => p.stop());

  it('appear nowhere, through success, Graph failures, a revoked token, connector and auth failures', async () => {
    const chat = new Chat(p.signed, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID });
    const seen = new Set<string>();

    // A full reset.
    const card = (await chat.say('reset my MFA')).cards[0]!;
    seen.add((card.card.actions![0]!.data as { token: string }).token);
    await chat.click(card, 'Yes');
    seen.add(await p.bot.app.tokens!.getToken());

    // Graph rejects the cached token once: a fresh one is fetched (and must not be logged either).
    const other = new Chat(p.signed, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID });
    p.sim.tenant.injectFault({ method: 'GET', status: 401 });
    p.sim.tenant.injectFault({ method: 'DELETE', pathIncludes: 'emailMethods', status: 500, times: Infinity });
    const card2 = (await other.say('reset my MFA')).cards[0]!;
    seen.add((card2.card.actions![0]!.data as { token: string }).token);
    await other.click(card2, 'Yes');
    p.sim.tenant.clearFaults();
    seen.add(await p.bot.app.tokens!.getToken());
    expect(p.sim.stats.tokenRequests).toBe(2);

    // The connector refuses the bot's calls (its outbound token is on each of them).
    p.bot.connector.failNext = { status: 403, count: 3 };
    await chat.say('show my MFA methods');
    p.bot.connector.failNext = undefined;

    // Inbound tokens, rejected and accepted.
    const rejected = chat.activity({ text: 'help' });
    const badJwt = await p.token(rejected, { audience: randomUUID() });
    expect((await p.bot.post(rejected, { authorization: `Bearer ${badJwt}` })).status).toBe(401);
    const accepted = chat.activity({ text: 'help' });
    const goodJwt = await p.token(accepted);
    expect((await p.bot.post(accepted, { authorization: `Bearer ${goodJwt}` })).status).toBe(200);

    const logs = p.bot.logs.text();
    expect(p.bot.logs.records().some((r) => r.level === 'error')).toBe(true); // failures were logged ...
    const secrets = {
      'bot app password': p.secrets.appPassword,
      'Graph client secret': p.secrets.graphSecret,
      'confirmation signing key': p.secrets.signingKey,
      'bot outbound token': p.authority.outboundToken,
      'inbound JWT (rejected)': badJwt,
      'inbound JWT (accepted)': goodJwt,
      ...Object.fromEntries([...seen].map((t, i) => [`issued token or confirmation ${i}`, t])),
    };
    for (const [what, value] of Object.entries(secrets)) {
      expect(value.length, what).toBeGreaterThan(20);
      expect(logs.includes(value), `${what} found in logs`).toBe(false); // ... without a secret
    }
    expect(seen.size).toBe(4); // two confirmation tokens, two Graph tokens
  });
});
