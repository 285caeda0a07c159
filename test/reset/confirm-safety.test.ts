import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { EMAIL_METHOD_ID, MOBILE_PHONE_ID, ODATA } from '../../src/simulator/index.js';
import { createMemoryState } from '../../src/state/memory.js';
import { StateUnavailableError, type StatePorts } from '../../src/state/ports.js';
import { Chat, cardText, startTestBot, type TestBot } from '../helpers/bot.js';
import type { AppPorts } from '../../src/app.js';

const TENANT = '00000000-0000-4000-8000-00000000de00';
const AUTH = { '@odata.type': ODATA.microsoftAuthenticator, id: 'auth-1', displayName: 'iPhone 15', createdDateTime: '2024-01-01T00:00:00Z' };
const MOBILE = { '@odata.type': ODATA.phone, id: MOBILE_PHONE_ID, phoneType: 'mobile', phoneNumber: '+1 4255550199' };
const EMAIL = { '@odata.type': ODATA.email, id: EMAIL_METHOD_ID, emailAddress: 'jordan@contoso.com' };

/** Confirmation safety beyond the signature: newest card, what changed since, what the store says. */
describe('confirming a reset', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  async function start(overrides: AppPorts = {}, env: Record<string, string> = {}) {
    bot = await startTestBot({ overrides, env });
    return bot;
  }
  const user = (b: TestBot) => {
    const chat = new Chat(b, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
    b.tenant.provision(chat.spec.aadObjectId!, [AUTH, MOBILE, EMAIL], { defaultMethodId: AUTH.id });
    return chat;
  };
  const deletes = (b: TestBot, id: string) => b.app.simulator!.stats.requests.filter((r) => r.method === 'DELETE' && r.path.includes(id));
  const live = (b: TestBot, id: string) => b.tenant.methodsOf(id).filter((m) => m['@odata.type'] !== ODATA.password);
  const refusals = (b: TestBot) => b.logs.audits().filter((a) => a.event === 'refusal');

  it('voids an older card when a newer one is shown: its Yes says so and changes nothing', async () => {
    const b = await start();
    const chat = user(b);
    const older = (await chat.say('reset my MFA')).cards[0]!;
    const newer = (await chat.say('reset my MFA')).cards[0]!;
    const stale = await chat.click(older, 'Yes');
    expect(cardText(stale.updates[0]!.card)).toMatch(/replaced by a newer one/);
    expect(stale.updates[0]!.card.actions ?? []).toHaveLength(0);
    expect(deletes(b, chat.spec.aadObjectId!)).toHaveLength(0);
    expect(refusals(b).at(-1)).toMatchObject({ reason: 'superseded' });
    const yes = await chat.click(newer, 'Yes');
    expect(yes.said).toMatch(/I've reset your MFA/);
    expect(live(b, chat.spec.aadObjectId!)).toHaveLength(0);
  });

  it('skips and reports a phone whose number changed after the card was shown, and removes the rest', async () => {
    const b = await start();
    const chat = user(b);
    const id = chat.spec.aadObjectId!;
    const card = (await chat.say('reset my MFA')).cards[0]!;
    // Same fixed id (phone methods have one per type), a different number: not what the user saw.
    b.tenant.provision(id, [AUTH, { ...MOBILE, phoneNumber: '+1 2065550123' }, EMAIL], { defaultMethodId: AUTH.id });
    const yes = await chat.click(card, 'Yes');
    expect(live(b, id).map((m) => m.id)).toEqual([MOBILE_PHONE_ID]);
    expect(deletes(b, id).filter((r) => r.path.includes(MOBILE_PHONE_ID))).toHaveLength(0);
    expect(yes.said).toMatch(/I left mobile phone \+1 ••• ••• 0199 alone because it changed after the card was shown/);
    expect(yes.said).not.toMatch(/I've reset your MFA/);
    expect(b.logs.audits().find((a) => a.event === 'completion' && JSON.stringify(a).includes(id))).toMatchObject({ removed: 2, changed: 1 });
  });

  it('names only what this click deleted: a method already gone is not "removed"', async () => {
    const b = await start();
    const chat = user(b);
    const id = chat.spec.aadObjectId!;
    const card = (await chat.say('reset my MFA')).cards[0]!;
    b.tenant.provision(id, [AUTH, MOBILE], { defaultMethodId: AUTH.id }); // email removed elsewhere
    const yes = await chat.click(card, 'Yes');
    const said = yes.said;
    expect(said).toMatch(/Removed: Microsoft Authenticator \(iPhone 15\)/);
    expect(said).toMatch(/Already gone: email j•••@contoso\.com/);
    expect(said).not.toMatch(/Removed: email/);
    expect(said).not.toMatch(/Removed: .*and email/);
    expect(deletes(b, id).filter((r) => r.path.includes(EMAIL_METHOD_ID))).toHaveLength(0);
  });

  it('says "nothing was removed by this click" when everything was already gone', async () => {
    const b = await start();
    const chat = user(b);
    const id = chat.spec.aadObjectId!;
    const card = (await chat.say('reset my MFA')).cards[0]!;
    b.tenant.provision(id, []);
    const yes = await chat.click(card, 'Yes');
    expect(yes.said).toMatch(/Nothing was removed by this click/);
    expect(yes.said).not.toMatch(/I've reset your MFA|Removed:/);
    expect(deletes(b, id)).toHaveLength(0);
  });

  it.each([
    ['unreachable', (): StatePorts['nonces'] => ({ claim: async () => Promise.reject(new StateUnavailableError('claim')) })],
    ['slow', (): StatePorts['nonces'] => ({ claim: () => new Promise<boolean>(() => undefined) })],
  ])('runs no reset when the store is %s at the claim, and asks to try again in a minute', async (_name, nonces) => {
    const state = { ...createMemoryState(), nonces: nonces() };
    const b = await start({ state, stateTimeoutMs: 200 });
    const chat = user(b);
    const card = (await chat.say('reset my MFA')).cards[0]!;
    const yes = await chat.click(card, 'Yes');
    expect(yes.said).toMatch(/Please try again in a minute/);
    expect(yes.said.length).toBeLessThan(200);
    expect(deletes(b, chat.spec.aadObjectId!)).toHaveLength(0);
    expect(live(b, chat.spec.aadObjectId!)).toHaveLength(3);
    expect(refusals(b).at(-1)).toMatchObject({ reason: 'stateUnavailable' });
    expect(b.logs.records().some((r) => r.level === 'error' && String(r.msg).includes('state store fault'))).toBe(true);
  });

  it('shows no card when the store cannot record it (a card that cannot be voided is not offered)', async () => {
    const memory = createMemoryState();
    // Only the newest-card record fails: the day's count (issue 15) and everything else answer, so
    // it is the record that stops the card (a store failing everywhere stops it at the guards).
    const failing: StatePorts = {
      ...memory,
      pending: <T>(name: string) => {
        const p = memory.pending<T>(name);
        return name === 'newestCard' ? { ...p, get: async () => Promise.reject(new StateUnavailableError('get')) } : p;
      },
    };
    const b = await start({ state: failing });
    const chat = user(b);
    const turn = await chat.say('reset my MFA');
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/try again in a minute/);
    expect(refusals(b).at(-1)).toMatchObject({ reason: 'stateUnavailable' });
    expect(b.logs.audits().filter((a) => a.event === 'request')).toHaveLength(0);
    expect(b.logs.records().some((r) => r.level === 'error' && (r.err as { name?: string } | undefined)?.name === 'StateUnavailableError')).toBe(true);
  });

  it('refuses a new confirmation rather than forget a spent one when the nonce store is full', async () => {
    const state = { ...createMemoryState(), nonces: createMemoryState({ maxEntries: 2 }).nonces };
    const b = await start({ state });
    const [a, c, d] = [user(b), user(b), user(b)];
    const cards = [(await a.say('reset my MFA')).cards[0]!, (await c.say('reset my MFA')).cards[0]!, (await d.say('reset my MFA')).cards[0]!];
    expect((await a.click(cards[0]!, 'Yes')).said).toMatch(/I've reset your MFA/);
    expect((await c.click(cards[1]!, 'Yes')).said).toMatch(/I've reset your MFA/);
    const third = await d.click(cards[2]!, 'Yes');
    expect(third.said).toMatch(/try again in a minute/);
    expect(live(b, d.spec.aadObjectId!)).toHaveLength(3);
    // The spent nonces were kept: the first card is still refused.
    expect((await a.click(cards[0]!, 'Yes')).said).toMatch(/already handled/);
  });

  it("makes no store call for a help turn, and a Yes click waits on the claim and the day's count only", async () => {
    const memory = createMemoryState();
    const calls: string[] = [];
    let hangAfterCard = false;
    const hang = new Promise<never>(() => undefined);
    const state: StatePorts = {
      ...memory,
      nonces: { claim: (n, e) => (calls.push('claim'), memory.nonces.claim(n, e)) },
      pending: <T>(name: string) => {
        const p = memory.pending<T>(name);
        return {
          create: (...a: Parameters<typeof p.create>) => (calls.push('create'), p.create(...a)),
          update: (...a: Parameters<typeof p.update>) => (calls.push('update'), p.update(...a)),
          // Once the card is out, every read or delete of the record hangs: a click that waited on one would never answer.
          // The daily reset count (issue 15) is read and written on the click by design: it answers.
          get: (id: string) => (calls.push(`${name}:get`), hangAfterCard && name !== 'selfServiceResets' ? hang : p.get(id)),
          delete: (...a: Parameters<typeof p.delete>) => (calls.push('delete'), hangAfterCard ? hang : p.delete(...a)),
        };
      },
    };
    const b = await start({ state, stateTimeoutMs: 60_000 });
    const chat = user(b);
    await chat.say('help');
    expect(calls).toEqual([]);
    const card = (await chat.say('reset my MFA')).cards[0]!;
    calls.length = 0;
    hangAfterCard = true;
    const yes = await chat.click(card, 'Yes');
    expect(yes.said).toMatch(/I've reset your MFA/);
    expect(calls[0]).toBe('claim');
    expect(calls.filter((c) => c === 'claim')).toHaveLength(1);
    // After the claim: the card's record is forgotten in the background (it hangs here), and the day's count is read and written.
    expect(calls.filter((c) => c !== 'newestCard:get')).toEqual(['claim', 'selfServiceResets:get', 'create']);
  });

  it('limits Graph-backed turns per user per minute, with a kind reply, and caches the list briefly', async () => {
    const b = await start({}, { GRAPH_TURNS_PER_USER_PER_MINUTE: '3', METHOD_LIST_CACHE_SECONDS: '60' });
    const chat = user(b);
    const id = chat.spec.aadObjectId!;
    const gets = () => b.app.simulator!.stats.requests.filter((r) => r.method === 'GET' && r.path.includes(id)).length;
    for (let i = 0; i < 3; i++) expect((await chat.say('show my MFA methods')).cards).toHaveLength(1);
    expect(gets()).toBe(1);
    const limited = await chat.say('show my MFA methods');
    expect(limited.cards).toHaveLength(0);
    expect(limited.said).toMatch(/wait a minute and try again/);
    expect(gets()).toBe(1);
    // Another user is not affected.
    expect((await user(b).say('show my MFA methods')).cards).toHaveLength(1);
  });

  it('answers 30 concurrent "show my MFA methods" from one user with one Graph read and kind refusals beyond the limit', async () => {
    const b = await start({}, { GRAPH_TURNS_PER_USER_PER_MINUTE: '10', METHOD_LIST_CACHE_SECONDS: '10' });
    const chat = user(b);
    const id = chat.spec.aadObjectId!;
    const turns = await Promise.all(Array.from({ length: 30 }, () => chat.say('show my MFA methods')));
    expect(turns.every((t) => t.status === 200)).toBe(true);
    expect(b.app.simulator!.stats.requests.filter((r) => r.method === 'GET' && r.path.includes(id))).toHaveLength(1);
    const listed = bot!.logs.audits().filter((a) => a.event === 'listing' && (a.requester as { userId: string }).userId === id);
    const limited = refusals(b).filter((a) => a.reason === 'rateLimited' && (a.requester as { userId: string }).userId === id);
    expect(listed).toHaveLength(10);
    expect(limited).toHaveLength(20);
  });

  it('reads the list afresh after a reset (the cache is invalidated)', async () => {
    const b = await start({}, { METHOD_LIST_CACHE_SECONDS: '60' });
    const chat = user(b);
    await chat.say('show my MFA methods');
    await chat.click((await chat.say('reset my MFA')).cards[0]!, 'Yes');
    const after = await chat.say('show my MFA methods');
    expect(after.cards).toHaveLength(0);
    expect(after.said).toMatch(/no MFA methods registered/);
  });
});
