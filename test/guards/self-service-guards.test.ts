import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROLES, demoUserId } from '../../src/simulator/index.js';
import { Chat, startTestBot, type TestBot } from '../helpers/bot.js';

/**
 * Issue 15, "Before a reset": over real HTTP through the bot, with the simulated tenant behind
 * the real Graph client. A refused request shows no card and sends no DELETE to Graph.
 */
const TENANT = '00000000-0000-4000-8000-00000000de00';

function helpers(get: () => TestBot) {
  const chatAs = (aadObjectId: string) => new Chat(get(), { channelId: 'msteams', aadObjectId, tenantId: TENANT });
  const deletes = (id: string) => get().app.simulator!.stats.requests.filter((r) => r.method === 'DELETE' && r.path.includes(id)).length;
  const audits = (id: string) =>
    get()
      .logs.audits()
      .filter((a) => (a.subject as { userId?: string } | undefined)?.userId === id);
  const refusals = (id: string) =>
    audits(id)
      .filter((a) => a.event === 'refusal')
      .map((a) => a.reason);
  return { chatAs, deletes, audits, refusals };
}

describe('self-service for privileged users', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());
  const { chatAs, deletes, refusals } = helpers(() => bot);

  it('refuses a Global Administrator before any card and points them to the privileged service desk', async () => {
    const id = demoUserId('admin.grace@contoso.com');
    const turn = await chatAs(id).say('reset my MFA');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/administrator role/);
    expect(turn.said).toContain('the service desk for administrator accounts');
    expect(deletes(id)).toBe(0);
    expect(refusals(id)).toEqual(['privilegedSubject']);
  });

  it('refuses a user who is only eligible for an admin role (PIM) the same way', async () => {
    const id = demoUserId('eligible.admin@contoso.com');
    const turn = await chatAs(id).say('reset my MFA');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/administrator role/);
  });

  it('refuses a member of a role-assignable group', async () => {
    const turn = await chatAs(demoUserId('tier0.operator@contoso.com')).say('reset my authenticator');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/administrator role/);
  });

  it('still lets an administrator list their methods', async () => {
    const turn = await chatAs(demoUserId('admin.grace@contoso.com')).say('show my MFA methods');
    expect(turn.said).toMatch(/Microsoft Authenticator/);
  });

  it('refuses the Yes of a user who became privileged after the card was shown, and removes nothing', async () => {
    const id = randomUUID();
    const chat = chatAs(id);
    const card = (await chat.say('reset my MFA')).cards[0]!;
    expect(card).toBeDefined();
    bot.app.simulator!.directory.grantRole(id, DEMO_ROLES.globalAdmin);
    const yes = await chat.click(card, 'Yes');
    expect(yes.said).toMatch(/administrator role/);
    expect(yes.updates[0]?.card.actions ?? []).toHaveLength(0);
    expect(deletes(id)).toBe(0);
    expect(bot.tenant.methodsOf(id).length).toBeGreaterThan(1);
  });

  it('fails closed when the privilege check cannot be answered: no card, a kind "try later"', async () => {
    const id = randomUUID();
    bot.tenant.injectFault({ pathIncludes: `${id}/checkMemberObjects`, status: 500, times: Infinity });
    const turn = await chatAs(id).say('reset my MFA');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/couldn't finish a safety check/);
    expect(deletes(id)).toBe(0);
    expect(refusals(id)).toEqual(['guardUnavailable']);
  });

  it('lets an ordinary user through to the card', async () => {
    const turn = await chatAs(randomUUID()).say('reset my MFA');
    expect(turn.cards).toHaveLength(1);
  });
});

describe('self-service for risky users (RISK_CHECK=true)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { RISK_CHECK: 'true' } });
  });
  afterAll(async () => bot.stop());
  const { chatAs, deletes, audits, refusals } = helpers(() => bot);

  it('refuses a high-risk user before any card, sends them to the service desk and writes a security event', async () => {
    const id = demoUserId('risky.rita@contoso.com');
    const turn = await chatAs(id).say('reset my MFA');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/For your protection/);
    expect(turn.said).toContain('your IT service desk');
    expect(deletes(id)).toBe(0);
    expect(
      audits(id)
        .filter((a) => a.event === 'security')
        .map((a) => a.reason),
    ).toEqual(['riskyUser']);
    expect(refusals(id)).toEqual(['riskyUser']);
  });

  it('refuses a medium-risk user too', async () => {
    const turn = await chatAs(demoUserId('mediumrisk.max@contoso.com')).say('reset my MFA');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/For your protection/);
  });

  it('refuses a level it cannot read (hidden) and a compromised account whatever its level', async () => {
    const hidden = randomUUID();
    bot.app.simulator!.policies.setRisk(hidden, { riskLevel: 'hidden', riskState: 'atRisk' });
    expect((await chatAs(hidden).say('reset my MFA')).cards).toHaveLength(0);
    const compromised = randomUUID();
    bot.app.simulator!.policies.setRisk(compromised, { riskLevel: 'low', riskState: 'confirmedCompromised' });
    expect((await chatAs(compromised).say('reset my MFA')).cards).toHaveLength(0);
    const dismissed = randomUUID();
    bot.app.simulator!.policies.setRisk(dismissed, { riskLevel: 'none', riskState: 'dismissed' });
    expect((await chatAs(dismissed).say('reset my MFA')).cards).toHaveLength(1);
  });

  it('allows a low-risk user', async () => {
    const turn = await chatAs(demoUserId('lowrisk.lou@contoso.com')).say('reset my MFA');
    expect(turn.cards).toHaveLength(1);
  });

  it('treats 404 (no risk record) as no risk', async () => {
    const id = randomUUID();
    const turn = await chatAs(id).say('reset my MFA');
    expect(turn.cards).toHaveLength(1);
    const asked = bot.app.simulator!.stats.requests.filter((r) => r.path.includes(`riskyUsers/${id}`));
    expect(asked.map((r) => r.status)).toEqual([404]);
  });

  it('refuses the Yes when the risk rose after the card was shown', async () => {
    const id = randomUUID();
    const chat = chatAs(id);
    const card = (await chat.say('reset my MFA')).cards[0]!;
    bot.app.simulator!.policies.setRisk(id, { riskLevel: 'high', riskState: 'atRisk' });
    const yes = await chat.click(card, 'Yes');
    expect(yes.said).toMatch(/For your protection/);
    expect(deletes(id)).toBe(0);
    expect(audits(id).some((a) => a.event === 'security' && a.reason === 'riskyUser')).toBe(true);
  });

  it('fails closed on any other Identity Protection error', async () => {
    const id = randomUUID();
    bot.tenant.injectFault({ pathIncludes: `riskyUsers/${id}`, status: 403, times: Infinity });
    const turn = await chatAs(id).say('reset my MFA');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/couldn't finish a safety check/);
    const line = bot.logs.records().find((r) => r.guard === 'risk' && r.status === 403);
    expect(line?.hint).toMatch(/IdentityRiskyUser\.Read\.All/);
  });
});

describe('self-service without RISK_CHECK', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  it('does not ask Identity Protection (it needs Entra ID P2)', async () => {
    const turn = await new Chat(bot, { channelId: 'msteams', aadObjectId: demoUserId('risky.rita@contoso.com'), tenantId: TENANT }).say('reset my MFA');
    expect(turn.cards).toHaveLength(1);
    expect(bot.app.simulator!.stats.requests.some((r) => r.path.includes('identityProtection'))).toBe(false);
  });
});
