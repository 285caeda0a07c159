import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, cardText, startTestBot, type TestBot } from './helpers/bot.js';

/**
 * The conversation end to end, over real HTTP, the way the Emulator and Teams speak to the bot:
 * card → No (kept) → card → Yes (all removed, verified) → nothing left to remove.
 */
describe.each(['emulator', 'msteams'] as const)('the reset conversation on %s', (channelId) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  const newChat = () =>
    new Chat(bot, {
      channelId,
      ...(channelId === 'msteams' ? { aadObjectId: crypto.randomUUID(), tenantId: '00000000-0000-4000-8000-00000000de00' } : {}),
    });

  it('offers a card listing every method, then keeps them all when the user says No', async () => {
    const chat = newChat();
    const turn = await chat.say('Hi, Can you please help me reset my Azure MFA.');
    expect(turn.status).toBe(200);
    expect(turn.cards).toHaveLength(1);
    const card = turn.cards[0]!;
    expect(card.card.version).toBe('1.5');
    const text = cardText(card.card);
    expect(text).toMatch(/Microsoft Authenticator: .+/);
    expect(text).toMatch(/Mobile phone: \+1 ••• ••• \d{4}/);
    expect(text).toMatch(/Email: \w•••@contoso\.com/);
    expect(text).toMatch(/cannot be undone/i);
    expect(card.card.actions?.map((a) => [a.type, a.title])).toEqual([
      ['Action.Submit', 'Yes'],
      ['Action.Submit', 'No'],
    ]);

    const no = await chat.click(card, 'No');
    expect(no.status).toBe(200);
    expect(no.updates).toHaveLength(1);
    expect(no.updates[0]!.id).toBe(card.id);
    expect(cardText(no.updates[0]!.card)).toMatch(/Cancelled, nothing was changed/);
    expect(no.updates[0]!.card.actions ?? []).toHaveLength(0);

    const list = await chat.say('show my MFA methods');
    expect(cardText(list.cards[0]!.card)).toMatch(/Microsoft Authenticator/);
  });

  it('removes every method on Yes, verifies, replaces the card and says what happened', async () => {
    const chat = newChat();
    const card = (await chat.say('reset my mfa please')).cards[0]!;
    const yes = await chat.click(card, 'Yes');
    expect(yes.status).toBe(200);
    expect(yes.typing).toBe(true);
    const result = yes.said;
    expect(result).toMatch(/I've reset your MFA\. Removed: Microsoft Authenticator \(.+\), mobile phone \+1 ••• ••• \d{4} and email \w•••@contoso\.com/);
    expect(result).toContain('https://aka.ms/mysecurityinfo');
    expect(result).toMatch(/Demo mode/);
    expect(yes.updates).toHaveLength(1);
    expect(yes.updates[0]!.id).toBe(card.id);
    expect(yes.updates[0]!.card.actions ?? []).toHaveLength(0);

    const again = await chat.say('reset my MFA');
    expect(again.cards).toHaveLength(0);
    expect(again.said).toMatch(/nothing to reset/);
    const list = await chat.say('show my MFA methods');
    expect(list.said).toMatch(/no MFA methods registered/);
  });

  it('welcomes a user who installs the bot', async () => {
    const chat = newChat();
    const turn = await chat.send(chat.activity({ type: 'conversationUpdate', membersAdded: [{ id: chat.fromId }], text: undefined }));
    expect(turn.said).toMatch(/MFA reset assistant/);
  });

  it('answers help and unknown text with what it can do, and never offers a card', async () => {
    const chat = newChat();
    for (const text of ['help', 'what is the weather like', '']) {
      const turn = await chat.say(text);
      expect(turn.cards).toHaveLength(0);
      expect(turn.said).toMatch(/reset my MFA/);
    }
  });
});
