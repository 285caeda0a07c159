import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_HELPDESK_GROUP_ID, DEMO_ROLES, ODATA } from '../../src/simulator/index.js';
import { Chat, cardText, startTestBot, type AdaptiveCard, type TestBot } from '../helpers/bot.js';

const TENANT = '00000000-0000-4000-8000-00000000af00';

type Card = { id: string; card: AdaptiveCard };

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestBot> {
  bot = await startTestBot({ env });
  return bot;
}

const teamsUser = (b: TestBot) => new Chat(b, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });

function button(card: Card, title: string): unknown {
  const action = card.card.actions?.find((a) => a.title === title);
  if (!action) throw new Error(`no "${title}" button; has ${card.card.actions?.map((a) => a.title).join(', ')}`);
  return action.data;
}

/** Say `text`, press Yes on the card; the turn after Yes. */
async function fullReset(chat: Chat, text = 'reset my MFA') {
  const offer = await chat.say(text);
  const card = offer.cards[0]!;
  return chat.click(card, 'Yes');
}

describe('after a self-service reset', () => {
  it('offers no Temporary Access Pass by default (SELF_SERVICE_TAP off)', async () => {
    const b = await start();
    const chat = teamsUser(b);
    const done = await fullReset(chat);
    expect(done.said).toMatch(/I've reset your MFA/);
    expect(done.cards).toHaveLength(0);
    expect(done.said).not.toMatch(/Temporary Access Pass/);
    // A forged follow-up press gets nowhere either.
    const forged = await chat.submit(randomUUID(), { action: 'afterTap', token: 'x.y' });
    expect(forged.said).toMatch(/That button no longer works/);
    expect(b.app.simulator!.after.issuedPasses).toHaveLength(0);
  });

  it('with SELF_SERVICE_TAP=true offers a pass after a full reset, shows it once with its lifetime and one-time use, and clears it at Done', async () => {
    const b = await start({ SELF_SERVICE_TAP: 'true' });
    const chat = teamsUser(b);
    const done = await fullReset(chat);
    const followUp = done.cards[0]!;
    expect(cardText(followUp.card)).toMatch(/Temporary Access Pass/);
    expect(followUp.card.actions!.map((a) => a.title)).toEqual(['Get a Temporary Access Pass']);

    const issued = await chat.submit(followUp.id, button(followUp, 'Get a Temporary Access Pass'));
    const sim = b.app.simulator!.after;
    expect(sim.issuedPasses).toHaveLength(1);
    const value = sim.issuedPasses[0]!;
    const passCard = issued.cards[0]!;
    const shown = cardText(passCard.card);
    expect(shown.replace(/\\/g, '')).toContain(value);
    expect(shown).toMatch(/Valid for 60 minutes from .* UTC, for one sign-in only/);
    // The pass is a method of the user now, one-time, 60 minutes (TAP_LIFETIME_MINUTES default, inside the policy).
    expect(sim.passOf(chat.spec.aadObjectId!)).toMatchObject({ lifetimeInMinutes: 60, isUsableOnce: true, temporaryAccessPass: null });

    const cleared = await chat.submit(passCard.id, button(passCard, 'Done'));
    expect(cleared.updates.map((u) => u.id)).toContain(passCard.id);
    expect(cardText(cleared.updates[0]!.card)).toMatch(/no longer shown/);
    expect(JSON.stringify(cleared.updates)).not.toContain(value);
  });

  it('offers nothing after a scoped reset, even with SELF_SERVICE_TAP=true and a lost phone', async () => {
    const b = await start({ SELF_SERVICE_TAP: 'true' });
    const chat = teamsUser(b);
    const done = await fullReset(chat, 'I lost my phone, remove my authenticator app');
    expect(done.said).toMatch(/removed Microsoft Authenticator/i);
    expect(done.cards).toHaveLength(0);
  });

  it('offers nothing when the reset left something behind', async () => {
    const b = await start({ SELF_SERVICE_TAP: 'true' });
    b.tenant.injectFault({ method: 'DELETE', pathIncludes: '/emailMethods/', status: 403, times: Infinity });
    const chat = teamsUser(b);
    const done = await fullReset(chat, 'my phone was stolen, reset my MFA');
    expect(done.said).not.toMatch(/I've reset your MFA/);
    expect(done.cards).toHaveLength(0);
  });

  it('never issues a pass to a holder of an admin role: one granted after the reset is refused at the button', async () => {
    const b = await start({ SELF_SERVICE_TAP: 'true' });
    // A privileged self-service reset is refused before any card (README "Before a reset"); the
    // pass button checks again, for a role granted between the reset and the click.
    const id = randomUUID();
    const chat = new Chat(b, { channelId: 'msteams', aadObjectId: id, tenantId: TENANT });
    const followUp = (await fullReset(chat)).cards[0]!;
    b.app.simulator!.directory.grantRole(id, DEMO_ROLES.globalAdmin);
    const turn = await chat.submit(followUp.id, button(followUp, 'Get a Temporary Access Pass'));
    expect(turn.said).toMatch(/admin roles/);
    expect(b.app.simulator!.after.issuedPasses).toHaveLength(0);
  });

  it('issues no pass when the admin-role check cannot be made', async () => {
    const b = await start({ SELF_SERVICE_TAP: 'true' });
    const chat = teamsUser(b);
    const followUp = (await fullReset(chat)).cards[0]!;
    b.tenant.injectFault({ method: 'POST', pathIncludes: '/checkMemberObjects', status: 403, times: Infinity });
    const turn = await chat.submit(followUp.id, button(followUp, 'Get a Temporary Access Pass'));
    expect(turn.said).toMatch(/couldn't issue a Temporary Access Pass just now/);
    expect(b.app.simulator!.after.issuedPasses).toHaveLength(0);
  });

  it('issues a pass only once per follow-up card, and only to the person it was shown to', async () => {
    const b = await start({ SELF_SERVICE_TAP: 'true' });
    const chat = teamsUser(b);
    const followUp = (await fullReset(chat)).cards[0]!;
    const data = button(followUp, 'Get a Temporary Access Pass');
    const other = new Chat(b, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT, conversationId: chat.conversationId });
    expect((await other.submit(followUp.id, data)).said).toMatch(/belongs to someone else/);
    await chat.submit(followUp.id, data);
    expect((await chat.submit(followUp.id, data)).said).toMatch(/already done/);
    expect(b.app.simulator!.after.issuedPasses).toHaveLength(1);
  });
});

describe('the Temporary Access Pass policy decides', () => {
  const issue = async (_b: TestBot, chat: Chat) => {
    const followUp = (await fullReset(chat)).cards[0]!;
    return chat.submit(followUp.id, button(followUp, 'Get a Temporary Access Pass'));
  };

  it('a disabled policy gives a plain answer and no pass', async () => {
    const b = await start({ SELF_SERVICE_TAP: 'true' });
    b.app.simulator!.after.setPolicy({ state: 'disabled' });
    const chat = teamsUser(b);
    const turn = await issue(b, chat);
    expect(turn.said).toMatch(/passes are turned off in your organisation's authentication methods policy/);
    expect(turn.cards).toHaveLength(0);
    expect(b.app.simulator!.after.issuedPasses).toHaveLength(0);
    expect(b.tenant.methodsOf(chat.spec.aadObjectId!).some((m) => m['@odata.type'].includes('temporaryAccessPass'))).toBe(false);
    expect(b.logs.audits().find((a) => a.event === 'afterReset')).toMatchObject({ outcome: 'tapRefused', reason: 'disabled' });
  });

  it("a user outside the policy's groups is told so; a member of the group gets a pass", async () => {
    const b = await start({ SELF_SERVICE_TAP: 'true' });
    const sim = b.app.simulator!;
    sim.after.setPolicy({ includeTargets: [{ targetType: 'group', id: DEMO_HELPDESK_GROUP_ID, isRegistrationRequired: false }] });
    const outside = teamsUser(b);
    expect((await issue(b, outside)).said).toMatch(/not included in your organisation's Temporary Access Pass policy/);
    const member = teamsUser(b);
    sim.directory.addMembers(DEMO_HELPDESK_GROUP_ID, [member.spec.aadObjectId!]);
    expect((await issue(b, member)).cards).toHaveLength(1);
    // An exclusion wins over an inclusion.
    sim.after.setPolicy({ excludeTargets: [{ targetType: 'group', id: DEMO_HELPDESK_GROUP_ID }] });
    const again = teamsUser(b);
    sim.directory.addMembers(DEMO_HELPDESK_GROUP_ID, [again.spec.aadObjectId!]);
    expect((await issue(b, again)).said).toMatch(/not included/);
    expect(sim.after.issuedPasses).toHaveLength(1);
  });

  it.each([
    ['20', 60],
    ['600', 480],
    ['90', 90],
  ])('TAP_LIFETIME_MINUTES=%s is clamped into the policy (60 to 480 minutes): %i', async (wanted, got) => {
    const b = await start({ SELF_SERVICE_TAP: 'true', TAP_LIFETIME_MINUTES: wanted });
    const chat = teamsUser(b);
    await issue(b, chat);
    expect(b.app.simulator!.after.passOf(chat.spec.aadObjectId!)).toMatchObject({ lifetimeInMinutes: got });
  });

  it('replaces a pass the user already has', async () => {
    const b = await start({ SELF_SERVICE_TAP: 'true' });
    const chat = teamsUser(b);
    const followUp = (await fullReset(chat)).cards[0]!;
    const oldId = randomUUID();
    b.tenant.addMethod(chat.spec.aadObjectId!, { '@odata.type': ODATA.temporaryAccessPass, id: oldId, lifetimeInMinutes: 60, isUsableOnce: false });
    b.app.simulator!.resetStats();
    await chat.submit(followUp.id, button(followUp, 'Get a Temporary Access Pass'));
    const passes = b.tenant.methodsOf(chat.spec.aadObjectId!).filter((m) => m['@odata.type'] === ODATA.temporaryAccessPass);
    expect(passes).toHaveLength(1);
    expect(passes[0]!.id).not.toBe(oldId);
    expect(b.app.simulator!.stats.requests.some((r) => r.method === 'DELETE' && r.path.endsWith(`/temporaryAccessPassMethods/${oldId}`))).toBe(true);
  });

  it('never puts the pass in a log line or an audit record (only issued, lifetime, one-time)', async () => {
    const b = await start({ SELF_SERVICE_TAP: 'true' });
    const chat = teamsUser(b);
    await issue(b, chat);
    const value = b.app.simulator!.after.issuedPasses[0]!;
    expect(value).toBeTruthy();
    expect(b.logs.text()).not.toContain(value);
    expect(b.logs.audits().find((a) => a.event === 'afterReset')).toMatchObject({
      outcome: 'tapIssued',
      tapIssued: true,
      tapLifetimeMinutes: 60,
      tapUsableOnce: true,
    });
  });
});

describe('the pass card after it expires', () => {
  it('is replaced by any instance sharing the store once the pass has expired, and never before', async () => {
    let clock = Date.now();
    bot = await startTestBot({ env: { SELF_SERVICE_TAP: 'true' }, overrides: { now: () => clock } });
    const chat = teamsUser(bot);
    const followUp = (await fullReset(chat)).cards[0]!;
    const passCard = (await chat.submit(followUp.id, button(followUp, 'Get a Temporary Access Pass'))).cards[0]!;
    const value = bot.app.simulator!.after.issuedPasses[0]!;
    expect(await bot.app.after!.cards.runOnce()).toBe(0);
    clock += 61 * 60_000;
    const before = bot.connector.calls.length;
    expect(await bot.app.after!.cards.runOnce()).toBe(1);
    const update = bot.connector.since(before).find((c) => c.method === 'PUT');
    expect(update?.id).toBe(passCard.id);
    expect(JSON.stringify(update?.body)).toMatch(/expired and is no longer shown/);
    expect(JSON.stringify(update?.body)).not.toContain(value);
    // Cleared once: the job is gone.
    expect(await bot.app.after!.cards.runOnce()).toBe(0);
  });
});

describe('signing out everywhere', () => {
  it('is offered after a full reset when the phone was lost or stolen, and says honestly what it does', async () => {
    const b = await start();
    const chat = teamsUser(b);
    const done = await fullReset(chat, 'my phone was stolen, reset my MFA');
    const followUp = done.cards[0]!;
    expect(cardText(followUp.card)).toMatch(/few minutes/);
    expect(cardText(followUp.card)).toMatch(/guest accounts/);
    const turn = await chat.submit(followUp.id, button(followUp, 'Sign me out everywhere'));
    expect(turn.said).toMatch(/signed you out everywhere/);
    expect(b.app.simulator!.after.revoked.map((r) => r.userId)).toEqual([chat.spec.aadObjectId]);
    expect(b.logs.audits().find((a) => a.event === 'afterReset')).toMatchObject({ outcome: 'sessionsRevoked', sessionsRevoked: true });
  });

  it('is not offered when the message said nothing about a lost or stolen phone', async () => {
    const b = await start();
    const chat = teamsUser(b);
    expect((await fullReset(chat, 'reset my MFA')).cards).toHaveLength(0);
  });

  it("a failed sign-out is reported on its own and does not change the reset's reported outcome", async () => {
    const b = await start();
    const chat = teamsUser(b);
    const done = await fullReset(chat, 'I lost my phone, please reset my MFA');
    expect(done.said).toMatch(/I've reset your MFA/);
    b.tenant.injectFault({ method: 'POST', pathIncludes: 'revokeSignInSessions', status: 500, times: Infinity });
    const followUp = done.cards[0]!;
    const turn = await chat.submit(followUp.id, button(followUp, 'Sign me out everywhere'));
    expect(turn.said).toMatch(/couldn't sign you out everywhere just now. Your MFA reset itself is done/);
    expect(turn.updates.map((u) => cardText(u.card)).join()).not.toMatch(/reset/i);
    const audits = b.logs.audits();
    expect(audits.find((a) => a.event === 'completion')).toMatchObject({ outcome: 'reset' });
    expect(audits.filter((a) => a.event === 'failure')).toHaveLength(0);
    expect(audits.find((a) => a.event === 'afterReset')).toMatchObject({ outcome: 'revokeFailed' });
    expect(b.app.simulator!.after.revoked).toHaveLength(0);
  });
});
