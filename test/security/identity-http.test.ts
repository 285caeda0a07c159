import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat } from '../helpers/bot.js';
import { TENANT_ID, startProductionBot, type ProductionBot } from '../helpers/production.js';

/**
 * The identity refusals as a Teams user sees them (issue 17, mutation group `identity`): a validly
 * signed activity in production whose sender the bot cannot vouch for gets a short refusal, an
 * audit record, and no Graph call. The rules one by one: test/bot/identity.test.ts.
 */
describe('production refuses a sender it cannot identify, over HTTP', () => {
  let p: ProductionBot;
  beforeAll(async () => {
    p = await startProductionBot();
  });
  afterAll(async () => p.stop());

  /** A signed Teams "reset my MFA" from a provisioned user, with `patch` applied to the activity. */
  async function send(patch: (a: Record<string, unknown>) => Record<string, unknown>) {
    const user = randomUUID();
    p.sim.tenant.provision(user, []);
    const chat = new Chat(p.signed, { channelId: 'msteams', aadObjectId: user, tenantId: TENANT_ID });
    const graph = p.sim.stats.graphRequests;
    const turn = await chat.send(patch(chat.activity({ text: 'reset my MFA' })));
    return { turn, graphCalls: p.sim.stats.graphRequests - graph, audit: p.bot.logs.audits().at(-1) };
  }
  const from = (a: Record<string, unknown>) => a.from as Record<string, unknown>;

  it.each([
    ['an aadObjectId that is not a GUID', (a: Record<string, unknown>) => ({ ...a, from: { ...from(a), aadObjectId: 'jordan@contoso.com' } })],
    [
      'an aadObjectId with text around the GUID',
      (a: Record<string, unknown>) => ({ ...a, from: { ...from(a), aadObjectId: `x${String(from(a).aadObjectId)}` } }),
    ],
    ['no aadObjectId', (a: Record<string, unknown>) => ({ ...a, from: { id: from(a).id, name: 'Jordan' } })],
  ])('refuses %s: "couldn’t confirm who you are", audited, no Graph call', async (_what, patch) => {
    const { turn, graphCalls, audit } = await send(patch);
    expect(turn.status).toBe(200);
    expect(turn.cards).toHaveLength(0);
    expect(turn.said).toMatch(/I couldn't confirm who you are/);
    expect(graphCalls).toBe(0);
    expect(audit).toMatchObject({ event: 'refusal', reason: 'noIdentity' });
  });

  it('accepts the same activity with the sender’s GUID in upper case, acting for the lower-case id', async () => {
    const { turn, graphCalls } = await send((a) => ({ ...a, from: { ...from(a), aadObjectId: String(from(a).aadObjectId).toUpperCase() } }));
    expect(turn.said).not.toMatch(/I couldn't confirm who you are/);
    expect(graphCalls).toBeGreaterThan(0);
  });

  /*
   * A number or an array where Teams sends a string: botbuilder's serializer would refuse the reply
   * that echoes it ("must be of type string"), so the edge answers 400 before authentication or any
   * turn: nothing read, nothing changed (the shapes one by one: edge-checks.test.ts).
   */
  it.each([
    ['an aadObjectId that is a number', (a: Record<string, unknown>) => ({ ...a, from: { ...from(a), aadObjectId: 42 } })],
    [
      'a conversation tenant id that is an array',
      (a: Record<string, unknown>) => ({ ...a, conversation: { ...(a.conversation as object), tenantId: [TENANT_ID] } }),
    ],
  ])('refuses %s at the edge (400), no turn, no Graph call', async (_what, patch) => {
    const audits = p.bot.logs.audits().length;
    const { turn, graphCalls } = await send(patch);
    expect(turn.status).toBe(400);
    expect(turn.cards).toHaveLength(0);
    expect(graphCalls).toBe(0);
    expect(p.bot.logs.audits().slice(audits)).toEqual([]);
  });
});
