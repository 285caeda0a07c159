import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_METHOD_ID, MOBILE_PHONE_ID, ODATA } from '../../src/simulator/index.js';
import { Chat, cardText, startTestBot, type TestBot, type Turn } from '../helpers/bot.js';

const TENANT = '00000000-0000-4000-8000-00000000de00';
const CONFIRMING = 200;
const DECLINING = 50;

/**
 * User i's own methods, provisioned by the test, and how the bot must show them, written out here
 * (not computed by the bot's masking code): their device, their number, their address.
 */
function provisionOwn(bot: TestBot, userId: string, i: number) {
  const n = String(i).padStart(4, '0');
  const device = `Pixel ${n}`;
  bot.tenant.provision(
    userId,
    [
      { '@odata.type': ODATA.microsoftAuthenticator, id: `auth-${n}`, displayName: device },
      { '@odata.type': ODATA.phone, id: MOBILE_PHONE_ID, phoneType: 'mobile', phoneNumber: `+1 425555${n}` },
      { '@odata.type': ODATA.email, id: EMAIL_METHOD_ID, emailAddress: `user${n}@contoso.com` },
    ],
    { defaultMethodId: `auth-${n}` },
  );
  const phone = `+1 ••• ••• ${n}`;
  const email = 'u•••@contoso.com';
  return {
    device,
    phone,
    ids: [`auth-${n}`, MOBILE_PHONE_ID, EMAIL_METHOD_ID].sort(),
    reply: `Removed: Microsoft Authenticator (${device}), mobile phone ${phone} and email ${email}.`,
  };
}

/**
 * 200 users confirm a reset at the same time while 50 others decline, all against one bot and
 * the simulated tenant: no 5xx, no error logged, every result right, and nobody's methods
 * touched by anybody else's flow.
 */
describe('under load', () => {
  let bot: TestBot;
  beforeAll(async () => {
    // Graph answers in 250 ms, as it roughly does in real life: turns overlap instead of queueing on the CPU.
    // The guards' 15 s bound on their Graph checks (five directory calls per check, two checks per
    // flow) is a production timeout, not what this test is about: with 250 flows in one process on a
    // contended host a check once took longer, and the user was rightly refused (guard.unavailable).
    // It is widened to the test's own hang bound; guards.test checks the bound itself.
    bot = await startTestBot({ env: { LOG_LEVEL: 'info', SIMULATOR_LATENCY_MS: '250' }, overrides: { guardTimeoutMs: 170_000 } });
  });
  afterAll(async () => bot.stop());

  it(`handles ${CONFIRMING} concurrent request → Yes flows (and ${DECLINING} → No) correctly`, async () => {
    const users = Array.from({ length: CONFIRMING + DECLINING }, (_, i) => {
      const chat = new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
      return { confirm: i % 5 !== 4, chat, mine: provisionOwn(bot, chat.spec.aadObjectId!, i) }; // interleave the decliners
    });
    expect(users.filter((u) => u.confirm)).toHaveLength(CONFIRMING);

    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, bot.app.http.inFlight())), 1);
    const started = Date.now();
    const results = await Promise.all(
      users.map(async (u) => {
        const request = await u.chat.say('reset my MFA');
        const card = request.cards[0];
        const answer: Turn | undefined = card ? await u.chat.click(card, u.confirm ? 'Yes' : 'No') : undefined;
        return { ...u, request, answer };
      }),
    );
    const elapsedMs = Date.now() - started;
    clearInterval(sampler);
    console.info(`load: ${users.length} users (${CONFIRMING} confirming), peak ${peak} turns in flight, ${elapsedMs} ms`);

    const sim = bot.app.simulator!;
    const deletes = sim.stats.requests.filter((r) => r.method === 'DELETE');
    for (const { confirm, chat, request, answer, mine: mineShown } of results) {
      const user = chat.spec.aadObjectId!;
      expect(request.status).toBe(200);
      expect(answer?.status).toBe(200);
      // The card showed this user's own methods (device names and numbers differ between users).
      const shown = cardText(request.cards[0]!.card);
      for (const detail of [mineShown.device, mineShown.phone]) expect(shown).toContain(detail);
      const mine = deletes.filter((r) => r.path.includes(`/users/${user}/`));
      const left = sim.tenant.methodsOf(user).filter((m) => m['@odata.type'] !== ODATA.password);
      if (confirm) {
        expect(answer!.said).toContain(`I've reset your MFA. ${mineShown.reply}`);
        expect(left).toEqual([]);
        expect(mine.filter((r) => r.status === 204)).toHaveLength(3);
      } else {
        expect(answer!.said).toMatch(/nothing was changed/);
        expect(left.map((m) => m.id).sort()).toEqual(mineShown.ids);
        expect(mine).toEqual([]);
      }
    }
    // Every DELETE belongs to a confirming user's flow.
    const confirming = new Set(results.filter((r) => r.confirm).map((r) => r.chat.spec.aadObjectId!));
    expect(deletes.every((r) => confirming.has(r.path.split('/')[3]!))).toBe(true);
    expect(deletes.filter((r) => r.status >= 500)).toEqual([]);

    expect(bot.logs.records().filter((r) => r.level === 'error' || r.level === 'fatal')).toEqual([]);
    expect(bot.logs.audits().filter((a) => a.event === 'completion')).toHaveLength(CONFIRMING);
    expect(bot.logs.audits().filter((a) => a.event === 'cancellation')).toHaveLength(DECLINING);
    expect(sim.stats.tokenRequests).toBe(1); // one Graph token for everyone, even on a cold start
    // Turns genuinely overlap (the CPU, not the bot, is the limit). 50+ on an idle host; 42 measured
    // under contention (50 s run), so the bound is wide: overlap, not a throughput figure.
    expect(peak).toBeGreaterThanOrEqual(10);
    // No bound on elapsedMs here (timing is `npm run bench`'s): on a contended host this took over
    // 20 s, and the test timeout below is for a hung run, not a slow one.
  }, 180_000);
});
