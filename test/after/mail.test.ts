import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SentMail } from '../../src/simulator/index.js';
import { Chat, startTestBot, type TestBot } from '../helpers/bot.js';

const TENANT = '00000000-0000-4000-8000-00000000af01';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestBot> {
  bot = await startTestBot({ env });
  return bot;
}

/** What the simulator accepted, read over its HTTP test hook. */
async function mailbox(b: TestBot): Promise<SentMail[]> {
  const res = await fetch(`${b.app.simulator!.url}/_sim/mail`);
  return ((await res.json()) as { value: SentMail[] }).value;
}

async function reset(b: TestBot, text = 'reset my MFA'): Promise<Chat> {
  const chat = new Chat(b, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
  const card = (await chat.say(text)).cards[0]!;
  await chat.click(card, 'Yes');
  return chat;
}

describe('the notification mail after a reset', () => {
  it("goes to the subject's own mailbox from NOTIFY_MAIL_SENDER with what was removed, when, by whom, the reference and whom to call", async () => {
    const b = await start({ NOTIFY_MAIL_SENDER: 'mfa-notify@contoso.com', SECURITY_CONTACT: 'security@contoso.com' });
    const chat = await reset(b);
    await vi.waitFor(async () => expect(await mailbox(b)).toHaveLength(1));
    const [mail] = await mailbox(b);
    const completion = b.logs.audits().find((a) => a.event === 'completion')!;
    expect(mail).toMatchObject({
      sender: 'mfa-notify@contoso.com',
      to: [`user.${chat.spec.aadObjectId}@contoso.com`],
      subject: 'Your MFA sign-in methods were reset',
      contentType: 'Text',
      saveToSentItems: false,
    });
    expect(mail!.content).toContain('Microsoft Authenticator, mobile phone and email');
    expect(mail!.content).toMatch(/On .*\d{4}.* UTC, these sign-in methods were removed/);
    expect(mail!.content).toContain('You asked for this yourself');
    expect(mail!.content).toContain(`Reference: ${String(completion.correlationId)}`);
    expect(mail!.content).toContain('If this was not you, contact security@contoso.com now.');
    // Masked or not, a number or an address of a method never goes into the mail.
    expect(mail!.content).not.toMatch(/\+\d|@contoso\.com(?!.*now)/);
  });

  it('is written in the language of the person who confirmed', async () => {
    const b = await start({ NOTIFY_MAIL_SENDER: 'mfa-notify@contoso.com' });
    const chat = new Chat(b, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
    const card = (await chat.send(chat.activity({ text: 'MFA zurücksetzen', locale: 'de-DE' }))).cards[0]!;
    const yes = card.card.actions!.find((a) => a.title === 'Ja')!;
    await chat.send(chat.activity({ text: '', value: yes.data, replyToId: card.id, locale: 'de-DE' }));
    await vi.waitFor(async () => expect(await mailbox(b)).toHaveLength(1));
    const [mail] = await mailbox(b);
    expect(mail!.subject).not.toBe('Your MFA sign-in methods were reset');
    expect(mail!.content).toContain('Microsoft Authenticator');
    expect(mail!.content).toContain('Ihr IT-Sicherheitsteam');
  });

  it('also goes out when the person issues themselves a Temporary Access Pass, without the pass', async () => {
    const b = await start({ NOTIFY_MAIL_SENDER: 'mfa-notify@contoso.com', SELF_SERVICE_TAP: 'true' });
    const chat = new Chat(b, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
    const done = await chat.click((await chat.say('reset my MFA')).cards[0]!, 'Yes');
    const followUp = done.cards[0]!;
    await chat.submit(followUp.id, followUp.card.actions!.find((a) => a.title === 'Get a Temporary Access Pass')!.data);
    await vi.waitFor(async () => expect(await mailbox(b)).toHaveLength(2));
    const tapMail = (await mailbox(b)).find((m) => m.subject === 'A Temporary Access Pass was issued for your account')!;
    expect(tapMail.to).toEqual([`user.${chat.spec.aadObjectId}@contoso.com`]);
    expect(tapMail.content).toMatch(/one-time Temporary Access Pass, valid for 60 minutes/);
    expect(tapMail.content).toMatch(/If this was not you/);
    expect(tapMail.content).not.toContain(b.app.simulator!.after.issuedPasses[0]!);
  });

  it('is not sent without a sender', async () => {
    const b = await start();
    await reset(b);
    // The reset is done and audited; the next turn is a fence: nothing was sent before it either.
    expect(b.logs.audits().some((a) => a.event === 'completion')).toBe(true);
    await new Chat(b, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT }).say('help');
    expect(await mailbox(b)).toHaveLength(0);
    expect(b.app.simulator!.stats.requests.some((r) => r.path.endsWith('/sendMail'))).toBe(false);
  });

  it('a refused sendMail (no Mail.Send, or outside the access policy) changes nothing the user was told, and the log names the fix', async () => {
    const b = await start({ NOTIFY_MAIL_SENDER: 'mfa-notify@contoso.com' });
    b.tenant.injectFault({ method: 'POST', pathIncludes: '/sendMail', status: 403, code: 'ErrorAccessDenied', message: 'Access to OData is disabled.' });
    const chat = new Chat(b, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
    const card = (await chat.say('reset my MFA')).cards[0]!;
    const done = await chat.click(card, 'Yes');
    expect(done.said).toMatch(/I've reset your MFA/);
    await vi.waitFor(() => expect(b.logs.records().some((r) => r.msg === 'notification mail not sent' && r.status === 403)).toBe(true));
    const line = b.logs.records().find((r) => r.msg === 'notification mail not sent')!;
    expect(String(line.hint)).toMatch(/Mail\.Send.*application access policy/);
  });

  it('is not sent when nothing was removed (a cancelled card)', async () => {
    const b = await start({ NOTIFY_MAIL_SENDER: 'mfa-notify@contoso.com' });
    const chat = new Chat(b, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
    await chat.click((await chat.say('reset my MFA')).cards[0]!, 'No');
    await chat.say('help');
    expect(await mailbox(b)).toHaveLength(0);
  });
});
