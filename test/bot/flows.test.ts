import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ODATA } from '../../src/simulator/index.js';
import { understand } from '../../src/understanding/index.js';
import type { Intent, Understanding } from '../../src/understanding/types.js';
import { Chat, cardText, startTestBot, type TestBot } from '../helpers/bot.js';

const TENANT = '00000000-0000-4000-8000-00000000de00';

/** Messages the current recognizer cannot produce yet, mapped to the new intents for these tests. */
const SCRIPTED: Record<string, Intent> = {
  'help me with mfa?': { type: 'clarify' },
  'someone keeps sending me prompts': { type: 'security', kind: 'unexpectedPrompts' },
};

function scripted(text: string): Understanding {
  const intent = SCRIPTED[text];
  return intent ? { intent, language: 'en', unsupportedLanguage: false, targets: [], explain: 'test' } : understand(text);
}

describe('every intent has a flow', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ overrides: { understand: scripted }, env: { SECURITY_CONTACT: 'security@contoso.com' } });
  });
  afterAll(async () => bot.stop());

  const teamsUser = () => new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
  const click = (chat: Chat, card: { id: string; card: { actions?: { title: string; data: unknown }[] } }, title: string) =>
    chat.submit(card.id, card.card.actions!.find((a) => a.title === title)!.data);

  it('asks when unsure, with four buttons that lead to the same flows', async () => {
    const chat = teamsUser();
    const prompt = (await chat.say('help me with mfa?')).cards[0]!;
    expect(prompt.card.actions!.map((a) => a.title)).toEqual(['Reset my MFA', 'Remove just one method', 'Show my methods', 'No thanks']);
    expect((await click(chat, prompt, 'Show my methods')).cards.map((c) => cardText(c.card)).join()).toMatch(/Your registered MFA methods/);
    expect((await click(chat, prompt, 'No thanks')).said).toMatch(/I won't change anything/);
    const reset = await click(chat, prompt, 'Reset my MFA');
    expect(cardText(reset.cards[0]!.card)).toMatch(/Reset your MFA\?/);
  });

  it('"Remove just one method" lists the user\'s removable types, and a type leads to a scoped card', async () => {
    const chat = teamsUser();
    const prompt = (await chat.say('help me with mfa?')).cards[0]!;
    const pick = (await click(chat, prompt, 'Remove just one method')).cards[0]!;
    expect(pick.card.actions!.map((a) => a.title)).toEqual(['Microsoft Authenticator', 'Mobile phone', 'Email']);
    const scoped = (await click(chat, pick, 'Email')).cards[0]!;
    const text = cardText(scoped.card);
    expect(text).toMatch(/Remove this method\?/);
    expect(text).toMatch(/I'll remove only this method:/);
    expect(text).toMatch(/If this is your default sign-in method/);
    expect(text).not.toMatch(/Microsoft Authenticator|Mobile phone/);
    expect(scoped.card.actions!.map((a) => a.title)).toEqual(['Yes', 'No', 'Reset everything instead']);
    const all = await click(chat, scoped, 'Reset everything instead');
    expect(cardText(all.cards[0]!.card)).toMatch(/I'll remove these 3 MFA methods/);
  });

  it('refuses a made-up choice from card data', async () => {
    const chat = teamsUser();
    const turn = await chat.submit(randomUUID(), { action: 'choose', choice: 'scope:password' });
    expect(turn.said).toMatch(/That button no longer works/);
    expect(turn.cards).toHaveLength(0);
  });

  it('treats unexpected prompts as a security event: deny, change the password, contact security, no reset', async () => {
    const chat = teamsUser();
    const turn = await chat.say('someone keeps sending me prompts');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/don't approve any prompt/);
    expect(turn.said).toMatch(/change your password now at https:\/\/aka\.ms\/sspr/);
    expect(turn.said).toContain('security@contoso.com');
    expect(bot.logs.audits().at(-1)).toMatchObject({ event: 'security', reason: 'unexpectedPrompts', requester: { userId: chat.spec.aadObjectId } });
  });

  it('answers "thanks", "undo the reset" and "reset my password" for what they are', async () => {
    const chat = teamsUser();
    expect((await chat.say('thanks')).said).toMatch(/You're welcome/);
    const undo = await chat.say('undo the reset');
    expect(undo.cards).toHaveLength(0);
    expect(undo.said).toMatch(/can't be undone/);
    const pw = await chat.say('reset my password');
    expect(pw.cards).toHaveLength(0);
    expect(pw.said).toMatch(/self-service password reset at https:\/\/aka\.ms\/sspr/);
  });

  it('points a typed "yes" at the card waiting, with its time left; without a card, explains', async () => {
    const chat = teamsUser();
    expect((await chat.say('yes')).said).toMatch(/no request waiting/);
    await chat.say('reset my MFA');
    const typed = await chat.say('yes please go ahead');
    expect(typed.said).toMatch(/press Yes on the card above; it expires in 5 minutes/);
    expect(typed.cards).toHaveLength(0);
  });

  it('names the type the user does not have', async () => {
    const chat = teamsUser();
    bot.tenant.provision(chat.spec.aadObjectId!, [{ '@odata.type': ODATA.email, id: '3ddfcfc8-9383-446f-83cc-3ab9be4be18f', emailAddress: 'a@contoso.com' }]);
    const turn = await chat.say('remove my Windows Hello');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/You don't have Windows Hello for Business registered/);
  });

  it('says the demo notice once per conversation in text, and on every card', async () => {
    const chat = teamsUser();
    const first = await chat.say('help');
    const second = await chat.say('help');
    expect(first.texts.join()).toMatch(/^Demo mode: simulated tenant, no real account is changed\./);
    expect(second.texts.join()).not.toMatch(/Demo mode/);
    const card = (await chat.say('reset my MFA')).cards[0]!;
    expect(cardText(card.card)).toMatch(/Demo mode: simulated tenant, no real account is changed\./);
  });
});

describe('confirmation card lifetime in words', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { CONFIRMATION_TTL_SECONDS: '30' } });
  });
  afterAll(async () => bot.stop());

  it('says "30 seconds" for a 30 s lifetime', async () => {
    const chat = new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
    const text = cardText((await chat.say('reset my MFA')).cards[0]!.card);
    expect(text).toMatch(/This request expires in 30 seconds\./);
  });
});
