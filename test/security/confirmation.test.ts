import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSigner } from '../../src/reset/token.js';
import { ODATA } from '../../src/simulator/index.js';
import { Chat, cardText, startTestBot, type AdaptiveCard, type TestBot } from '../helpers/bot.js';

const TENANT = '00000000-0000-4000-8000-00000000de00';
type Card = { id: string; card: AdaptiveCard };

/**
 * A confirmation is bound to its requester, tenant, conversation, the methods shown and an
 * expiry, and it works once. Everything else changes nothing and gets a short explanation.
 */
describe('the confirmation card', () => {
  let bot: TestBot;
  const clock = { offset: 0 };
  beforeAll(async () => {
    bot = await startTestBot({ overrides: { now: () => Date.now() + clock.offset } });
  });
  afterAll(async () => bot.stop());

  const teamsUser = (extra: Partial<ConstructorParameters<typeof Chat>[1]> = {}) =>
    new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT, ...extra });

  async function cardFor(chat: Chat): Promise<Card> {
    const turn = await chat.say('reset my MFA');
    expect(turn.cards).toHaveLength(1);
    return turn.cards[0]!;
  }

  const data = (card: Card, title: 'Yes' | 'No' = 'Yes') => card.card.actions!.find((a) => a.title === title)!.data as { action: string; token: string };
  const live = (user: string) => bot.tenant.methodsOf(user).filter((m) => m['@odata.type'] !== ODATA.password);
  const deletes = (user: string) => bot.app.simulator!.stats.requests.filter((r) => r.method === 'DELETE' && r.path.includes(user));
  const lastRefusal = () =>
    bot.logs
      .audits()
      .filter((a) => a.event === 'refusal')
      .at(-1);

  /** Nothing changed for `owner`, the reply is one short sentence or two, and no new card. */
  function expectRefused(turn: Awaited<ReturnType<Chat['say']>>, owner: string, reply: RegExp) {
    expect(turn.status).toBe(200);
    expect(turn.said).toMatch(reply);
    expect(turn.texts.join().length).toBeLessThan(220);
    expect(turn.cards).toHaveLength(0);
    expect(deletes(owner)).toHaveLength(0);
    expect(live(owner)).toHaveLength(3);
  }

  it('refuses a click by someone else in the same conversation, and the owner can still confirm', async () => {
    const owner = teamsUser();
    const card = await cardFor(owner);
    const other = teamsUser({ conversationId: owner.conversationId });
    expectRefused(await other.submit(card.id, data(card)), owner.spec.aadObjectId!, /belongs to someone else.*Nothing was changed/);
    expect(lastRefusal()).toMatchObject({ reason: 'notRequester', requester: { userId: other.spec.aadObjectId } });
    const yes = await owner.click(card, 'Yes');
    expect(yes.said).toMatch(/I've reset your MFA/);
  });

  it('refuses the card pressed with the same user id and conversation id from another tenant (issue 17)', async () => {
    const owner = teamsUser();
    const card = await cardFor(owner);
    const otherTenant = teamsUser({ aadObjectId: owner.spec.aadObjectId!, conversationId: owner.conversationId, tenantId: randomUUID() });
    expectRefused(await otherTenant.submit(card.id, data(card)), owner.spec.aadObjectId!, /belongs to someone else.*Nothing was changed/);
    expect(lastRefusal()).toMatchObject({ reason: 'notRequester' });
    const yes = await owner.click(card, 'Yes');
    expect(yes.said).toMatch(/I've reset your MFA/);
  });

  it('refuses card data copied into another user’s own chat', async () => {
    const owner = teamsUser();
    const card = await cardFor(owner);
    const thief = teamsUser();
    await cardFor(thief); // the thief has a card of their own; its id is what they reply to
    expectRefused(await thief.submit(card.id, data(card)), owner.spec.aadObjectId!, /belongs to someone else/);
    expect(deletes(thief.spec.aadObjectId!)).toHaveLength(0);
  });

  it('refuses a valid card pressed from a group chat (the token is bound to the 1:1 conversation)', async () => {
    const owner = teamsUser();
    const card = await cardFor(owner);
    const group = teamsUser({ aadObjectId: owner.spec.aadObjectId!, conversationType: 'groupChat' });
    expectRefused(await group.submit(card.id, data(card)), owner.spec.aadObjectId!, /belongs to someone else/);
  });

  it('refuses an expired confirmation and closes the card', async () => {
    const owner = teamsUser();
    const card = await cardFor(owner);
    clock.offset = 301_000;
    try {
      const turn = await owner.click(card, 'Yes');
      expectRefused(turn, owner.spec.aadObjectId!, /This request expired\. Nothing was changed/);
      expect(turn.updates).toHaveLength(1);
      expect(turn.updates[0]!.id).toBe(card.id);
      expect(turn.updates[0]!.card.actions ?? []).toHaveLength(0);
      expect(cardText(turn.updates[0]!.card)).toMatch(/expired/i);
      expect(lastRefusal()).toMatchObject({ reason: 'tokenExpired' });
    } finally {
      clock.offset = 0;
    }
  });

  it('refuses edited card data: a rewritten token, a made-up action, a missing token', async () => {
    const owner = teamsUser();
    const victim = teamsUser();
    await cardFor(victim);
    const card = await cardFor(owner);
    const { action, token } = data(card);
    const [payload, signature] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const rewritten = (patch: Record<string, unknown>) => `${Buffer.from(JSON.stringify({ ...claims, ...patch })).toString('base64url')}.${signature}`;

    for (const value of [
      { action, token: rewritten({ u: victim.spec.aadObjectId }) }, // aim it at someone else
      { action, token: rewritten({ e: Date.now() + 86_400_000 }) }, // extend the expiry
      { action, token: rewritten({ m: [] }) }, // change the methods
      { action, token: `${payload}.${signature.slice(0, -2)}AA` }, // tamper with the signature
      { action: 'resetEveryone', token }, // an action the card never had
      { action }, // no token
      'confirmReset', // not even an object
    ]) {
      expectRefused(await owner.submit(card.id, value), owner.spec.aadObjectId!, /That button no longer works, so nothing was changed/);
    }
    expect(live(victim.spec.aadObjectId!)).toHaveLength(3);
    // The untouched original still works: the refusals spent nothing.
    expect((await owner.click(card, 'Yes')).said).toMatch(/I've reset your MFA/);
  });

  it('refuses a token signed with another key (forged), even for the sender’s own methods', async () => {
    const owner = teamsUser();
    const card = await cardFor(owner);
    const forger = new TokenSigner(randomBytes(32), 300);
    const { token } = forger.issue({
      confirmerId: owner.spec.aadObjectId!,
      subjectId: owner.spec.aadObjectId!,
      tenantId: TENANT,
      conversationId: owner.conversationId,
      scope: 'all',
      methods: live(owner.spec.aadObjectId!).map((m) => ({ id: m.id, kind: 'email', label: 'x', digest: 'xxxxxxxxxxxxxxxx' })),
    });
    expectRefused(await owner.submit(card.id, { action: 'confirmReset', token }), owner.spec.aadObjectId!, /no longer works/);
    expect(lastRefusal()).toMatchObject({ reason: 'tokenBadSignature' });
  });

  it('ignores identity fields added to the card data: the target is always the sender', async () => {
    const owner = teamsUser();
    const victim = teamsUser();
    await cardFor(victim);
    const card = await cardFor(owner);
    const yes = await owner.submit(card.id, { ...data(card), userId: victim.spec.aadObjectId, aadObjectId: victim.spec.aadObjectId, upn: 'ceo@contoso.com' });
    expect(yes.said).toMatch(/I've reset your MFA/);
    expect(live(owner.spec.aadObjectId!)).toHaveLength(0);
    expect(live(victim.spec.aadObjectId!)).toHaveLength(3);
    expect(deletes(victim.spec.aadObjectId!)).toHaveLength(0);
  });

  it('acts on a confirmation once: a replayed Yes, or a No after Yes, is "already handled"', async () => {
    const owner = teamsUser();
    const user = owner.spec.aadObjectId!;
    const card = await cardFor(owner);
    expect((await owner.click(card, 'Yes')).said).toMatch(/I've reset your MFA/);
    const removals = deletes(user).length;
    for (const title of ['Yes', 'No'] as const) {
      const again = await owner.click(card, title);
      expect(again.said).toMatch(/I've already handled that request/);
      expect(again.updates).toHaveLength(0);
    }
    expect(deletes(user)).toHaveLength(removals);
    expect(lastRefusal()).toMatchObject({ reason: 'alreadyUsed' });
  });

  it('acts once on a concurrent double click: one reset, one polite "already handled"', async () => {
    const owner = teamsUser();
    const user = owner.spec.aadObjectId!;
    const card = await cardFor(owner);
    const from = bot.connector.calls.length;
    const turns = await Promise.all([owner.click(card, 'Yes'), owner.click(card, 'Yes')]);
    expect(turns.map((t) => t.status)).toEqual([200, 200]);
    // Both turns see the same connector, so count what was said across its calls, once each.
    const texts = bot.connector
      .since(from)
      .filter((c) => c.conversationId === owner.conversationId)
      .map((c) => {
        const cards = (c.body.attachments as { content: AdaptiveCard }[] | undefined) ?? [];
        return [typeof c.body.text === 'string' ? c.body.text : '', ...cards.map((a) => cardText(a.content))].join('\n');
      });
    expect(texts.filter((t) => /I've reset your MFA/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /I've already handled that request/.test(t))).toHaveLength(1);
    // Each method deleted once, by one flow: a second flow would have met 404s.
    expect(deletes(user).filter((r) => r.status === 204)).toHaveLength(3);
    expect(deletes(user).filter((r) => r.status === 404)).toHaveLength(0);
    expect(bot.logs.audits().filter((a) => a.event === 'confirmation' && (a.requester as { userId: string }).userId === user)).toHaveLength(1);
  });

  it('replaces a cancelled card, and its Yes no longer works', async () => {
    const owner = teamsUser();
    const card = await cardFor(owner);
    const no = await owner.click(card, 'No');
    expect(no.updates[0]!.card.actions ?? []).toHaveLength(0);
    const yes = await owner.click(card, 'Yes');
    expect(yes.said).toMatch(/already handled/);
    expect(live(owner.spec.aadObjectId!)).toHaveLength(3);
  });

  it.each(['groupChat', 'channel'] as const)('never offers a reset card in a %s, however it is asked', async (conversationType) => {
    const chat = teamsUser({ conversationType });
    for (const text of ['reset my MFA', 'Hi, can you please help me reset my Azure MFA.', 'reset my authenticator']) {
      const turn = await chat.say(text);
      expect(turn.cards).toHaveLength(0);
      expect(turn.said).toMatch(/only handle MFA in a private chat/);
    }
    expect(bot.tenant.hasUser(chat.spec.aadObjectId!)).toBe(false);
  });
});
