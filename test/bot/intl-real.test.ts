import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t, type Locale } from '../../src/bot/copy/index.js';
import { Chat, cardText, startTestBot, type AdaptiveCard, type TestBot } from '../helpers/bot.js';

/**
 * Issue 12's eight-language promises with the real understanding over HTTP (copy-i18n.test.ts
 * scripts the understanding to test how the bot speaks; this one lets it read the words): the
 * message's own language wins over the Teams locale, a dialect or chat-speak message is still
 * answered in its language, and a language we do not support gets English that says so.
 */
describe('over HTTP with the real understanding: which language answers', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  const user = () => new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: '00000000-0000-4000-8000-0000000018e0' });
  const say = (chat: Chat, text: string, locale: string) => chat.send(chat.activity({ text, locale }));
  /** The words of a message before its first placeholder: enough to know the language. */
  const lead = (loc: Locale, key: Parameters<typeof t>[1]) => t(loc, key).split('{')[0]!.trim();
  const titles = (card: { card: AdaptiveCard }) => card.card.actions?.map((a) => a.title) ?? [];

  it('a French request from a German Teams client gets the card in French (Oui / Non)', async () => {
    const turn = await say(user(), "j'ai perdu mon téléphone, vous pouvez réinitialiser ma MFA ?", 'de-DE');
    const card = turn.cards[0]!;
    expect(titles(card)).toEqual([t('fr', 'card.yes'), t('fr', 'card.no')]);
    expect(cardText(card.card)).toContain(t('fr', 'card.confirm.title.all'));
  });

  it('Roman-dialect Italian from an en-US client gets the card in Italian (Sì / No)', async () => {
    const turn = await say(user(), "aò levateme tutto l'mfa che ho cambiato telefono", 'en-US');
    const card = turn.cards[0]!;
    expect(titles(card)).toEqual([t('it', 'card.yes'), t('it', 'card.no')]);
    expect(cardText(card.card)).toContain(t('it', 'card.confirm.title.all'));
  });

  it('a Polish symptom without a request gets the prompt, its four buttons in Polish', async () => {
    const turn = await say(user(), 'mam nową kartę sim i nic nie przychodzi', 'pl-PL');
    const card = turn.cards[0]!;
    expect(cardText(card.card)).toContain(t('pl', 'clarify.text'));
    expect(titles(card)).toEqual([t('pl', 'clarify.reset'), t('pl', 'clarify.one'), t('pl', 'clarify.list'), t('pl', 'clarify.no')]);
  });

  it('a Dutch report of a code given to a caller gets the security answer in Dutch, never a card', async () => {
    const turn = await say(user(), 'iemand belde namens de helpdesk en ik heb mijn code doorgegeven', 'en-US');
    expect(turn.cards).toEqual([]);
    expect(turn.said).toContain(lead('nl', 'security'));
    // the security event is written to the audit log, kind phishing
    expect(bot.logs.audits().some((a) => a.event === 'security' && a.reason === 'phishing')).toBe(true);
  });

  it('a Swiss German refusal is a refusal, in German', async () => {
    const turn = await say(user(), 'nix löschen bitte, d nummere bruuch ich no', 'de-CH');
    expect(turn.cards).toEqual([]);
    expect(turn.said).toContain(lead('de', 'negation'));
  });

  it('a Swedish message from a French client is answered in English, saying which languages it reads', async () => {
    const turn = await say(user(), 'hej, jag har tappat min telefon, kan ni återställa min mfa?', 'fr-FR');
    expect(turn.cards).toEqual([]);
    expect(turn.said).toContain(t('en', 'unsupportedLanguage', { commands: t('en', 'commands') }));
    expect(turn.said).toMatch(/Deutsch, Français/);
  });
});
