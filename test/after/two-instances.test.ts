import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedTenant, startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { createMemoryState } from '../../src/state/memory.js';
import type { StatePorts } from '../../src/state/ports.js';
import { startAzurite } from '../helpers/azurite.js';
import { Chat, startTestBot, type TestBot } from '../helpers/bot.js';
import { ChannelAuthority } from '../helpers/channel.js';

/**
 * Two production instances (JWT enforced, local stand-ins for the connector, Entra and Graph)
 * sharing one store and one signing key, as test/two-instances.test.ts runs them: a follow-up
 * button is spent once whichever instance gets it, and a pass card shown through one is cleared
 * at expiry by the other. Once with shared memory ports, once with Azure Table Storage (Azurite).
 */
const APP_ID = '0b07ac1e-5e1f-4a5e-8bd0-3e5e7b0f0a15';
const TENANT_ID = '7e4a7ed0-1d2c-4b5e-9c1d-51a0fa4e0015';

let clock = Date.now();

const stores: [string, () => Promise<{ state?: StatePorts; env?: Record<string, string>; stop: () => Promise<void> }>][] = [
  ['shared memory ports', async () => ({ state: createMemoryState({ now: () => clock }), stop: async () => undefined })],
  [
    'Azure Table Storage (Azurite)',
    async () => {
      const azurite = await startAzurite();
      return {
        env: { STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: `after${process.pid}` },
        stop: () => azurite.stop(),
      };
    },
  ],
];

describe.each(stores)('after-reset steps on two instances sharing %s', (_name, makeStore) => {
  let a: TestBot;
  let b: TestBot;
  let sim: RunningSimulator;
  let authority: ChannelAuthority;
  let stopStore: () => Promise<void>;
  const raw: TestBot[] = [];

  beforeAll(async () => {
    const store = await makeStore();
    stopStore = store.stop;
    const graph = { clientId: randomUUID(), clientSecret: `graph-secret-${randomUUID()}` };
    const tenant = new SimulatedTenant({ tenantId: TENANT_ID, consistencyDelayMs: 0 });
    sim = await startSimulator({ tenant, credentials: graph });
    authority = await new ChannelAuthority(APP_ID).start();
    const env = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: `bot-password-${randomUUID()}`,
      MicrosoftAppTenantId: TENANT_ID,
      GRAPH_CLIENT_ID: graph.clientId,
      GRAPH_CLIENT_SECRET: graph.clientSecret,
      CONFIRMATION_SIGNING_KEY: `signing-key-${randomUUID()}`,
      ALLOWED_SERVICE_URL_HOSTS: '127.0.0.1',
      SELF_SERVICE_TAP: 'true',
      LOG_LEVEL: 'info',
      ...store.env,
    };
    const start = () =>
      startTestBot({
        env,
        tenant,
        overrides: {
          botAuth: authority.authentication(),
          tokenEndpoint: sim.tokenEndpoint,
          graphEndpoint: sim.url,
          engine: { verifyBaseDelayMs: 10 },
          now: () => clock,
          ...(store.state ? { state: store.state } : {}),
        },
      });
    const sign = (bot: TestBot, connector: TestBot['connector']): TestBot => ({
      ...bot,
      connector,
      async post(body, headers = {}) {
        const activity = (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown>;
        const token = await authority.sign({ serviceUrl: String(activity.serviceUrl ?? ''), key: 'teams' });
        return bot.post(body, { authorization: `Bearer ${token}`, ...headers });
      },
    });
    raw.push(await start(), await start());
    // One connector for both: Teams' connector does not care which instance answers.
    a = sign(raw[0]!, raw[0]!.connector);
    b = sign(raw[1]!, raw[0]!.connector);
  }, 60_000);

  afterAll(async () => {
    for (const bot of raw) await bot.app.close(1000);
    for (const bot of raw) await bot.connector.stop();
    await sim?.close();
    await authority?.stop();
    await stopStore?.();
  });

  it('spends a follow-up button once across instances, and clears the pass card from the other instance at expiry', async () => {
    clock = Date.now(); // the simulated tenant (which dates the pass) runs on real time
    const onA = new Chat(a, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID });
    const onB = new Chat(b, { ...onA.spec, fromId: onA.fromId, conversationId: onA.conversationId });
    const done = await onA.click((await onA.say('reset my MFA')).cards[0]!, 'Yes');
    const followUp = done.cards[0]!;
    const press = followUp.card.actions!.find((x) => x.title === 'Get a Temporary Access Pass')!.data;
    const passCard = (await onB.submit(followUp.id, press)).cards[0]!;
    expect(passCard).toBeDefined();
    expect((await onA.submit(followUp.id, press)).said).toMatch(/already done/);
    expect(sim.after.issuedPasses).toHaveLength(1);

    expect(await a.app.after!.cards.runOnce()).toBe(0);
    clock += 61 * 60_000;
    const before = a.connector.calls.length;
    expect(await a.app.after!.cards.runOnce()).toBe(1);
    const put = a.connector.since(before).find((c) => c.method === 'PUT');
    expect(put?.id).toBe(passCard.id);
    expect(JSON.stringify(put?.body)).toMatch(/expired and is no longer shown/);
    expect(JSON.stringify(put?.body)).not.toContain(sim.after.issuedPasses[0]!);
    expect(await b.app.after!.cards.runOnce()).toBe(0);
  });
});
