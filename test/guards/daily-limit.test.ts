import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DailyResetQuota, type ResetWindow } from '../../src/reset/quota.js';
import { believableMethods, SimulatedTenant } from '../../src/simulator/index.js';
import type { StatePorts } from '../../src/state/ports.js';
import { createTableState } from '../../src/state/table.js';
import { parseStateConfig } from '../../src/state/index.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { Chat, startTestBot, type TestBot } from '../helpers/bot.js';

/**
 * SELF_SERVICE_RESETS_PER_DAY: confirmed resets per user per rolling 24 hours, in the shared
 * store. Through the bot (memory, an injected clock), and on Azurite: two instances sharing the
 * table, and the compare-and-set that lets only one of two racing Yes clicks take the last slot.
 */
const TENANT = '00000000-0000-4000-8000-00000000de00';
const HOUR = 3600_000;

async function resetOnce(bot: TestBot, chat: Chat, id: string): Promise<void> {
  const { methods, defaultMethodId } = believableMethods(id);
  bot.tenant.provision(id, methods, { defaultMethodId });
  const card = (await chat.say('reset my MFA')).cards[0];
  if (!card) throw new Error('expected a card');
  const yes = await chat.click(card, 'Yes');
  expect(yes.said).toMatch(/I've reset your MFA/);
}

describe('the daily limit through the bot (memory)', () => {
  let bot: TestBot;
  let clock = Date.UTC(2026, 11, 1, 9, 0, 0);
  beforeAll(async () => {
    // The default limit: three a day.
    bot = await startTestBot({ overrides: { now: () => clock } });
  });
  afterAll(async () => bot.stop());
  const deletes = (id: string) => bot.app.simulator!.stats.requests.filter((r) => r.method === 'DELETE' && r.path.includes(id)).length;
  const refusals = (id: string) =>
    bot.logs
      .audits()
      .filter((a) => a.event === 'refusal' && (a.subject as { userId?: string } | undefined)?.userId === id)
      .map((a) => a.reason);

  it('refuses the fourth reset in a day before any card, says when to try again, and allows it once the oldest is 24 hours old', async () => {
    const id = randomUUID();
    const chat = new Chat(bot, { channelId: 'msteams', aadObjectId: id, tenantId: TENANT });
    await resetOnce(bot, chat, id);
    clock += 2 * HOUR;
    await resetOnce(bot, chat, id);
    clock += HOUR;
    await resetOnce(bot, chat, id);
    clock += HOUR;
    const { methods, defaultMethodId } = believableMethods(id);
    bot.tenant.provision(id, methods, { defaultMethodId });
    const deletesBefore = deletes(id);
    const fourth = await chat.say('reset my MFA');
    expect(fourth.cards).toHaveLength(0);
    // The first reset was at 09:00 UTC on a Tuesday: the next one is allowed from 09:00 UTC the next day.
    expect(fourth.said).toMatch(/limit of MFA resets/);
    expect(fourth.said).toMatch(/Wed, 09:00 AM UTC/);
    expect(refusals(id)).toEqual(['dailyLimit']);
    expect(deletes(id)).toBe(deletesBefore);

    clock += 20 * HOUR; // 24 h after the first
    const later = await chat.say('reset my MFA');
    expect(later.cards).toHaveLength(1);
  });

  it("refuses a Yes when the day's resets were used up after the card was shown (another instance, same store)", async () => {
    const id = randomUUID();
    const chat = new Chat(bot, { channelId: 'msteams', aadObjectId: id, tenantId: TENANT });
    const card = (await chat.say('reset my MFA')).cards[0]!;
    const elsewhere = new DailyResetQuota(bot.app.state.pending<ResetWindow>('selfServiceResets'), 3, () => clock);
    for (let i = 0; i < 3; i++) expect((await elsewhere.take({ userId: id, tenantId: TENANT })).ok).toBe(true);
    const before = bot.tenant.methodsOf(id);
    const yes = await chat.click(card, 'Yes');
    expect(yes.said).toMatch(/limit of MFA resets/);
    expect(yes.updates[0]?.card.actions ?? []).toHaveLength(0);
    expect(bot.tenant.methodsOf(id)).toEqual(before);
    expect(refusals(id)).toEqual(['dailyLimit']);
  });

  it('counts a user in the local time zone Teams reports', async () => {
    const id = randomUUID();
    const chat = new Chat(bot, { channelId: 'msteams', aadObjectId: id, tenantId: TENANT });
    for (let i = 0; i < 3; i++) await resetOnce(bot, chat, id);
    const turn = await chat.send(chat.activity({ text: 'reset my MFA', entities: [{ type: 'clientInfo', timezone: 'Asia/Tokyo', locale: 'en-US' }] }));
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/GMT\+9/);
  });
});

describe('the daily limit on Azure Table Storage (Azurite)', () => {
  let azurite: Azurite;
  const stores: StatePorts[] = [];
  const bots: TestBot[] = [];
  beforeAll(async () => {
    azurite = await startAzurite();
  }, 60_000);
  afterAll(async () => {
    for (const b of bots) await b.stop();
    for (const s of stores) await s.close();
    await azurite?.stop();
  });

  const tableStore = async (prefix: string) => {
    const config = parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: prefix })!;
    const s = await createTableState({ config, sweepEveryMs: 0 });
    stores.push(s);
    return s;
  };

  it('lets exactly the limit through when many Yes clicks race on two instances for the same user', async () => {
    const prefix = `quota${process.pid}`;
    const [one, two] = [await tableStore(prefix), await tableStore(prefix)];
    const quotas = [one, two].map((s) => new DailyResetQuota(s.pending<ResetWindow>('selfServiceResets'), 3));
    const subject = { userId: randomUUID(), tenantId: TENANT };
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => quotas[i % 2]!.take(subject)));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(await quotas[0]!.peek(subject)).toMatchObject({ ok: false });
  });

  it('gives the last slot to only one of two simultaneous confirmations', async () => {
    const s = await tableStore(`last${process.pid}`);
    const quota = new DailyResetQuota(s.pending<ResetWindow>('selfServiceResets'), 3);
    const subject = { userId: randomUUID(), tenantId: TENANT };
    expect((await quota.take(subject)).ok).toBe(true);
    expect((await quota.take(subject)).ok).toBe(true);
    const [a, b] = await Promise.all([quota.take(subject), quota.take(subject)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
  });

  it('counts resets on either of two bot instances sharing the table', async () => {
    const tenant = new SimulatedTenant({ consistencyDelayMs: 0 });
    const env = {
      STATE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      STATE_TABLE_PREFIX: `bots${process.pid}`,
    };
    const a = await startTestBot({ env, tenant });
    bots.push(a);
    const b = await startTestBot({ env, tenant });
    bots.push(b);
    expect([a.app.state.kind, b.app.state.kind]).toEqual(['table', 'table']);
    const id = randomUUID();
    await resetOnce(a, new Chat(a, { channelId: 'msteams', aadObjectId: id, tenantId: TENANT }), id);
    await resetOnce(b, new Chat(b, { channelId: 'msteams', aadObjectId: id, tenantId: TENANT }), id);
    await resetOnce(a, new Chat(a, { channelId: 'msteams', aadObjectId: id, tenantId: TENANT }), id);
    const fourth = await new Chat(b, { channelId: 'msteams', aadObjectId: id, tenantId: TENANT }).say('reset my MFA');
    expect(fourth.cards).toHaveLength(0);
    expect(fourth.said).toMatch(/limit of MFA resets/);
  });
});
