import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskEmail, maskPhone } from '../../src/mask.js';
import { ODATA, believableMethods } from '../../src/simulator/index.js';
import { Chat, cardText, startTestBot, type TestBot, type Turn } from '../helpers/bot.js';

const TENANT = '00000000-0000-4000-8000-00000000de00';
const CONFIRMING = 200;
const DECLINING = 50;

/** This user's own methods as the bot shows them: their device, their number, their address. */
function own(userId: string) {
  const methods = believableMethods(userId).methods;
  const of = (type: string) => methods.find((m) => m['@odata.type'] === type)!;
  const device = String(of(ODATA.microsoftAuthenticator).displayName);
  const phone = maskPhone(String(of(ODATA.phone).phoneNumber));
  const email = maskEmail(String(of(ODATA.email).emailAddress));
  return { device, phone, email, reply: `Removed: Microsoft Authenticator (${device}), mobile phone ${phone} and email ${email}.` };
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
    bot = await startTestBot({ env: { LOG_LEVEL: 'info', SIMULATOR_LATENCY_MS: '250' } });
  });
  afterAll(async () => bot.stop());

  it(`handles ${CONFIRMING} concurrent request → Yes flows (and ${DECLINING} → No) correctly`, async () => {
    const users = Array.from({ length: CONFIRMING + DECLINING }, (_, i) => ({
      confirm: i % 5 !== 4, // interleave the decliners with the others
      chat: new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT }),
    }));
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
    for (const { confirm, chat, request, answer } of results) {
      const user = chat.spec.aadObjectId!;
      expect(request.status).toBe(200);
      expect(answer?.status).toBe(200);
      // The card showed this user's own methods (device names and numbers differ between users).
      const mineShown = own(user);
      const shown = cardText(request.cards[0]!.card);
      for (const detail of [mineShown.device, mineShown.phone, mineShown.email]) expect(shown).toContain(detail);
      const mine = deletes.filter((r) => r.path.includes(`/users/${user}/`));
      const left = sim.tenant.methodsOf(user).filter((m) => m['@odata.type'] !== ODATA.password);
      if (confirm) {
        expect(answer!.said).toContain(`I've reset your MFA. ${mineShown.reply}`);
        expect(left).toEqual([]);
        expect(mine.filter((r) => r.status === 204)).toHaveLength(3);
      } else {
        expect(answer!.said).toMatch(/nothing was changed/);
        expect(left.map((m) => m.id).sort()).toEqual(
          believableMethods(user)
            .methods.filter((m) => m['@odata.type'] !== ODATA.password)
            .map((m) => m.id)
            .sort(),
        );
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
    expect(peak).toBeGreaterThanOrEqual(50); // turns genuinely overlap (the CPU, not the bot, is the limit here)
    expect(elapsedMs).toBeLessThan(20_000);
  });
});
