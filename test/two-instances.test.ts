import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedTenant, startSimulator, type RunningSimulator } from '../src/simulator/index.js';
import { createMemoryState } from '../src/state/memory.js';
import type { StatePorts } from '../src/state/ports.js';
import { startAzurite, type Azurite } from './helpers/azurite.js';
import { Chat, cardText, startTestBot, type TestBot } from './helpers/bot.js';
import { ChannelAuthority } from './helpers/channel.js';

const APP_ID = '0b07ac1e-5e1f-4a5e-8bd0-3e5e7b0f0a11';
const TENANT_ID = '7e4a7ed0-1d2c-4b5e-9c1d-51a0fa4e0077';

/**
 * Two bot instances behind one load balancer: the same CONFIRMATION_SIGNING_KEY, the same state
 * store and the same tenant, in production mode (JWT enforced) with local stand-ins for the
 * Bot Connector and Entra + Graph. A card shown by one is confirmed on the other; a click is
 * honoured once, whichever instance it lands on. Once with shared memory ports (the seam), once
 * with Azure Table Storage (Azurite) configured by environment as in production.
 */
interface Pair {
  readonly a: TestBot;
  readonly b: TestBot;
  readonly sim: RunningSimulator;
  restartA(): Promise<TestBot>;
  stop(): Promise<void>;
}

async function startPair(store: { state?: StatePorts; env?: Record<string, string> }): Promise<Pair> {
  const graph = { clientId: randomUUID(), clientSecret: `graph-secret-${randomUUID()}` };
  const tenant = new SimulatedTenant({ tenantId: TENANT_ID, consistencyDelayMs: 0 });
  const sim = await startSimulator({ tenant, credentials: graph });
  const authority = await new ChannelAuthority(APP_ID).start();
  const env = {
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: `bot-password-${randomUUID()}`,
    MicrosoftAppTenantId: TENANT_ID,
    GRAPH_CLIENT_ID: graph.clientId,
    GRAPH_CLIENT_SECRET: graph.clientSecret,
    CONFIRMATION_SIGNING_KEY: `signing-key-${randomUUID()}`,
    GRAPH_TURNS_PER_USER_PER_MINUTE: '1000',
    ALLOWED_SERVICE_URL_HOSTS: '127.0.0.1',
    LOG_LEVEL: 'info',
    ...store.env,
  };
  const start = async () => {
    const bot = await startTestBot({
      env,
      tenant,
      overrides: {
        botAuth: authority.authentication(),
        tokenEndpoint: sim.tokenEndpoint,
        graphEndpoint: sim.url,
        engine: { verifyBaseDelayMs: 10 },
        // The guards' 15 s Graph-check bound is a production timeout (guard-timeout.test proves it):
        // with 100 concurrent users on a contended host one check once took longer (guard.unavailable).
        guardTimeoutMs: 120_000,
        ...(store.state ? { state: store.state } : {}),
      },
    });
    return bot;
  };
  // One connector for both: Teams' connector does not care which instance answers.
  const sign = (bot: TestBot, connector: TestBot['connector']): TestBot => ({
    ...bot,
    connector,
    async post(body, headers = {}) {
      const activity = (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown>;
      const token = await authority.sign({ serviceUrl: String(activity.serviceUrl ?? ''), key: 'teams' });
      return bot.post(body, { authorization: `Bearer ${token}`, ...headers });
    },
  });
  const rawA = await start();
  const rawB = await start();
  let a = sign(rawA, rawA.connector);
  const b = sign(rawB, rawA.connector);
  const all = [rawA, rawB];
  return {
    get a() {
      return a;
    },
    b,
    sim,
    async restartA() {
      await a.app.close(1000);
      const fresh = await start();
      all.push(fresh);
      a = sign(fresh, rawA.connector);
      return a;
    },
    async stop() {
      for (const bot of all) await bot.app.close(1000);
      await rawA.connector.stop();
      await rawB.connector.stop();
      await sim.close();
      await authority.stop();
      await store.state?.close();
    },
  };
}

const stores: [string, 'memory' | 'table', () => Promise<{ store: { state?: StatePorts; env?: Record<string, string> }; stop: () => Promise<void> }>][] = [
  ['shared memory ports', 'memory', async () => ({ store: { state: createMemoryState() }, stop: async () => undefined })],
  [
    'Azure Table Storage (Azurite)',
    'table',
    async () => {
      const azurite: Azurite = await startAzurite();
      return {
        store: { env: { STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: `two${process.pid}` } },
        stop: () => azurite.stop(),
      };
    },
  ],
];

describe.each(stores)('two bot instances sharing %s', (_name, kind, makeStore) => {
  let pair: Pair;
  let stopStore: () => Promise<void>;
  beforeAll(async () => {
    const s = await makeStore();
    stopStore = s.stop;
    pair = await startPair(s.store);
  }, 60_000);
  afterAll(async () => {
    await pair?.stop();
    await stopStore?.();
  });

  /** The same person, talking through instance A or B (the same conversation). */
  const person = () => {
    const onA = new Chat(pair.a, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID });
    const onB = new Chat(pair.b, { ...onA.spec, fromId: onA.fromId, conversationId: onA.conversationId });
    return { onA, onB, id: onA.spec.aadObjectId! };
  };
  const on = (bot: TestBot, chat: Chat) => new Chat(bot, { ...chat.spec, fromId: chat.fromId, conversationId: chat.conversationId });
  const successfulDeletes = (id: string) => pair.sim.stats.requests.filter((r) => r.method === 'DELETE' && r.path.includes(id) && r.status === 204).length;
  const remaining = (id: string) => pair.sim.tenant.methodsOf(id).filter((m) => !String(m['@odata.type']).includes('password'));
  const confirmations = (id: string) =>
    [pair.a, pair.b].flatMap((bot) => bot.logs.audits()).filter((x) => x.event === 'confirmation' && (x.requester as { userId: string }).userId === id).length;

  it('runs both instances on the store under test', () => {
    expect([pair.a.app.state.kind, pair.b.app.state.kind]).toEqual([kind, kind]);
  });

  it('confirms on B a card shown by A, and refuses the replay on A, on B and after A restarts', async () => {
    const { onA, onB, id } = person();
    const card = (await onA.say('reset my MFA')).cards[0]!;
    const yes = await onB.click(card, 'Yes');
    expect(yes.status).toBe(200);
    expect(yes.said).toMatch(/I've reset your MFA/);
    expect(remaining(id)).toHaveLength(0);
    pair.sim.tenant.provision(id, [
      { '@odata.type': '#microsoft.graph.emailAuthenticationMethod', id: '3ddfcfc8-9383-446f-83cc-3ab9be4be18f', emailAddress: 'new@contoso.com' },
    ]);
    for (const replay of [onA, onB]) expect((await replay.click(card, 'Yes')).said).toMatch(/already handled/);
    const restarted = await pair.restartA();
    expect((await on(restarted, onA).click(card, 'Yes')).said).toMatch(/already handled/);
    expect(remaining(id)).toHaveLength(1);
    expect(confirmations(id)).toBe(1);
  });

  it('runs exactly one reset for a double click landing on A and B at the same moment', async () => {
    const { onA, onB, id } = person();
    const card = (await onA.say('reset my MFA')).cards[0]!;
    const turns = await Promise.all([onA.click(card, 'Yes'), onB.click(card, 'Yes')]);
    expect(turns.map((t) => t.status)).toEqual([200, 200]);
    expect(successfulDeletes(id)).toBe(3);
    expect(pair.sim.stats.requests.filter((r) => r.method === 'DELETE' && r.path.includes(id) && r.status === 404)).toHaveLength(0);
    expect(confirmations(id)).toBe(1);
  });

  it('voids on B a card that A replaced with a newer one', async () => {
    const { onA, onB, id } = person();
    const older = (await onA.say('reset my MFA')).cards[0]!;
    await onB.say('reset my MFA');
    const stale = await onB.click(older, 'Yes');
    expect(cardText(stale.updates[0]!.card)).toMatch(/replaced by a newer one/);
    expect(remaining(id)).toHaveLength(3);
  });

  it('serves 100 concurrent users spread over both instances: no 5xx, every outcome right', async () => {
    const people = Array.from({ length: 100 }, () => person());
    const results = await Promise.all(
      people.map(async (p, i) => {
        const [show, confirm] = i % 2 === 0 ? [p.onA, p.onB] : [p.onB, p.onA];
        const request = await show.say('reset my MFA');
        const card = request.cards[0];
        if (!card) return { p, statuses: [request.status], said: request.said };
        // Every fifth says No: their methods must all stay.
        const answer = await confirm.click(card, i % 5 === 0 ? 'No' : 'Yes');
        return { p, i, statuses: [request.status, answer.status], said: answer.said };
      }),
    );
    for (const r of results) {
      expect(r.statuses.every((s) => s === 200)).toBe(true);
      if (r.i !== undefined && r.i % 5 === 0) {
        expect(r.said).toMatch(/Cancelled, nothing was changed/);
        expect(remaining(r.p.id)).toHaveLength(3);
      } else {
        expect(r.said).toMatch(/I've reset your MFA/);
        expect(remaining(r.p.id)).toHaveLength(0);
      }
    }
  }, 60_000);
});
