import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, startTestBot, type TestBot } from '../helpers/bot.js';
import { FakeServiceNow, SN_CREDS } from '../fakes/tickets/servicenow.js';

/**
 * The ticket sink as the bot wires it (TICKET_SYSTEM in the environment, the outbox in the bot's
 * state store): a self-service reset over real HTTP opens a record in the fake ServiceNow.
 */
describe('ticket updates wired into the bot', () => {
  let sn: FakeServiceNow;
  let bot: TestBot;
  beforeAll(async () => {
    sn = await new FakeServiceNow().start();
    bot = await startTestBot({
      env: {
        TICKET_SYSTEM: 'servicenow',
        SERVICENOW_INSTANCE_URL: sn.url,
        SERVICENOW_USERNAME: SN_CREDS.username,
        SERVICENOW_PASSWORD: SN_CREDS.password,
        TICKET_SELF_SERVICE: 'create',
      },
    });
  });
  afterAll(async () => {
    await bot.stop();
    await sn.close();
  });

  it('opens a self-service record ticket with the internal note after a confirmed reset', async () => {
    const chat = new Chat(bot, { channelId: 'emulator' });
    const offer = await chat.say('reset my MFA');
    const yes = await chat.click(offer.cards[0]!, 'Yes');
    expect(yes.status).toBe(200);
    await expect.poll(() => [...sn.records.values()].length, { timeout: 30_000 }).toBe(1);
    const record = [...sn.records.values()][0]!;
    const note = record.work_notes.join('\n');
    expect(note).toMatch(/MFA reset completed/);
    expect(note).toMatch(/Removed: .*Microsoft Authenticator/);
    // Never the customer-visible journal, never a phone number.
    expect(record.comments).toEqual([]);
    expect(note).not.toMatch(/\+1 \d/);
    expect(note).toMatch(/Temporary Access Pass issued: no/);
    expect(bot.app.tickets).toBeDefined();
  });

  it('writes nothing when the user says No', async () => {
    const before = sn.records.size;
    const chat = new Chat(bot, { channelId: 'emulator' });
    const offer = await chat.say('reset my MFA');
    await chat.click(offer.cards[0]!, 'No');
    await bot.app.tickets!.worker.runOnce();
    expect(sn.records.size).toBe(before);
  });
});
