import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
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
