import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ODATA, MOBILE_PHONE_ID, EMAIL_METHOD_ID } from '../src/simulator/index.js';
import { Chat, cardText, startTestBot, type TestBot } from './helpers/bot.js';

const TENANT = '00000000-0000-4000-8000-00000000de00';

describe('the conversation at its edges', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  const teamsUser = (extra: Partial<ConstructorParameters<typeof Chat>[1]> = {}) =>
    new Chat(bot, { channelId: 'msteams', aadObjectId: crypto.randomUUID(), tenantId: TENANT, ...extra });

  it('tells a user with nothing to remove so in a plain message, without a card', async () => {
    const chat = teamsUser();
    bot.tenant.provision(chat.spec.aadObjectId!, []);
    const turn = await chat.say('please reset my MFA');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/don't have any MFA methods registered/);
  });

  it('names what was removed, what was not and why, and gives a reference on partial failure', async () => {
    const chat = teamsUser();
    const user = chat.spec.aadObjectId!;
    bot.tenant.provision(user, [
      { '@odata.type': ODATA.microsoftAuthenticator, id: 'auth-1', displayName: 'iPhone 15' },
      { '@odata.type': ODATA.phone, id: MOBILE_PHONE_ID, phoneType: 'mobile', phoneNumber: '+1 4255550199' },
      { '@odata.type': ODATA.email, id: EMAIL_METHOD_ID, emailAddress: 'jordan@contoso.com' },
    ]);
    bot.tenant.injectFault({ method: 'DELETE', pathIncludes: `${user}/authentication/phoneMethods`, status: 500, times: Infinity });
    const card = (await chat.say('reset my MFA')).cards[0]!;
    const yes = await chat.click(card, 'Yes');
    bot.tenant.clearFaults();
    const text = yes.said;
    expect(text).not.toMatch(/I've reset your MFA/);
    expect(text).toMatch(
      /I could only partly reset your MFA\. Removed: Microsoft Authenticator \(iPhone 15\) and email j•••@contoso\.com\. Not removed: mobile phone \+1 ••• ••• 0199 \(something unexpected went wrong\)/,
    );
    expect(text).toMatch(/contact your IT service desk and mention reference [0-9a-f-]{36}/);
    expect(cardText(yes.updates[0]!.card)).toMatch(/Not removed: mobile phone/);
    expect(bot.tenant.methodsOf(user).map((m) => m.id)).toContain(MOBILE_PHONE_ID);
  });

  it.each(['groupChat', 'channel'] as const)('refuses to offer a reset or list methods in a %s', async (conversationType) => {
    const chat = teamsUser({ conversationType });
    for (const text of ['reset my MFA', 'show my MFA methods']) {
      const turn = await chat.say(text);
      expect(turn.cards).toHaveLength(0);
      expect(turn.said).toMatch(/only handle MFA in a private chat/);
    }
    expect(bot.tenant.hasUser(chat.spec.aadObjectId!)).toBe(false); // not even a Graph read
  });

  it('removes only the methods of a scoped request', async () => {
    const chat = teamsUser();
    const user = chat.spec.aadObjectId!;
    const card = (await chat.say('reset my authenticator app')).cards[0];
    if (!card) throw new Error('expected a card');
    expect(cardText(card.card)).toMatch(/Microsoft Authenticator/);
    expect(cardText(card.card)).not.toMatch(/Mobile phone|Email/);
    const yes = await chat.click(card, 'Yes');
    // The simulated user's default is the Authenticator: a kept method has to take over first.
    expect(yes.said).toMatch(
      /I removed Microsoft Authenticator \(.+\)\. Your other methods are still registered\. Your default sign-in method is now mobile phone \+1 ••• ••• \d{4}\./,
    );
    const completion = bot.logs.audits().find((a) => (a as { event?: string }).event === 'completion' && JSON.stringify(a).includes(user));
    expect(completion).toMatchObject({ outcome: 'reset', defaultChange: { to: 'phone:mobile', preference: 'sms', result: 'set' } });
    const left = bot.tenant.methodsOf(user).map((m) => m['@odata.type']);
    expect(left).toEqual(expect.arrayContaining([ODATA.phone, ODATA.email]));
    expect(left).not.toContain(ODATA.microsoftAuthenticator);
    expect(bot.tenant.signInPreferences(user).userPreferredMethodForSecondaryAuthentication).toBe('sms');
  });

  it('tells the truth when the default method cannot be handed to a kept method', async () => {
    const chat = teamsUser();
    const user = chat.spec.aadObjectId!;
    // Only an email stays, and email cannot be a default second factor.
    bot.tenant.provision(
      user,
      [
        { '@odata.type': ODATA.microsoftAuthenticator, id: 'app-1', displayName: 'Pixel 9' },
        { '@odata.type': ODATA.email, id: 'email-1', emailAddress: 'kim@contoso.com' },
      ],
      { defaultMethodId: 'app-1' },
    );
    const card = (await chat.say('remove my authenticator app')).cards[0];
    if (!card) throw new Error('expected a card');
    const yes = await chat.click(card, 'Yes');
    expect(yes.said).toMatch(/nothing was removed\. Not removed: Microsoft Authenticator \(Pixel 9\) \(it's your default sign-in method/);
    expect(bot.tenant.methodsOf(user).map((m) => m.id)).toEqual(expect.arrayContaining(['app-1', 'email-1']));
  });
});
