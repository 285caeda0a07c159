import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createGraphClient } from '../src/graph/client.js';
import { createAuthMethodsApi } from '../src/graph/methods.js';
import type { RecordedRequest, RunningSimulator } from '../src/simulator/index.js';
import { Chat, startTestBot, type TestBot } from '../test/helpers/bot.js';
import { naiveReset } from './naive-reset.js';
import { PROFILES, type Profile } from './profiles.js';
import { median, sequentialRounds } from './stats.js';

const DEMO_TENANT = '00000000-0000-4000-8000-00000000de00';

export interface ResetTiming {
  readonly profile: string;
  /** Median wall time, ms. */
  readonly ms: number;
  /** Median wall time in units of one simulated Graph round trip. */
  readonly roundTrips: number;
  /** Median number of sequential Graph round trips, from the simulator's arrival times. */
  readonly sequentialCalls: number;
  /** Median number of Graph calls (lists and DELETEs). */
  readonly graphCalls: number;
}

export interface ResetLatencyResult {
  readonly latencyMs: number;
  readonly ours: ResetTiming[];
  readonly naive: ResetTiming[];
}

/**
 * Item 2: from the Yes click to the verified result, for a user with six methods (a default and
 * two phones), next to the naive loop, against the simulator with a fixed latency per Graph call
 * and no consistency delay. Ours is measured end to end (HTTP turn, card replaced, result sent);
 * the naive loop only as Graph calls, which flatters it slightly.
 * Both must leave nothing but the password: the simulator enforces the ordering rules (400).
 */
export async function measureResetLatency(latencyMs: number, repeats: number): Promise<ResetLatencyResult> {
  const bot = await startTestBot({
    env: { LOG_LEVEL: 'info', SIMULATOR_LATENCY_MS: String(latencyMs), SIMULATOR_CONSISTENCY_DELAY_MS: '0' },
  });
  try {
    const sim = bot.app.simulator!;
    const client = createGraphClient({ endpoint: sim.url, tokens: bot.app.tokens!, requestTimeoutMs: 10_000 });
    const api = createAuthMethodsApi(client, sim.url);
    const ours: ResetTiming[] = [];
    const naive: ResetTiming[] = [];
    for (const profile of PROFILES) {
      const o: Sample[] = [];
      const n: Sample[] = [];
      for (let i = 0; i < repeats; i++) {
        o.push(await oursOnce(bot, sim, profile));
        const userId = provision(bot, profile);
        const t0 = performance.now();
        const result = await naiveReset(api, userId);
        const ms = performance.now() - t0;
        if (!result.complete || !onlyPassword(bot, userId)) throw new Error(`naive reset left methods behind (${profile.name})`);
        n.push({ ms, requests: graphRequestsOf(sim, userId) });
      }
      ours.push(summarise(profile, o, latencyMs));
      naive.push(summarise(profile, n, latencyMs));
    }
    return { latencyMs, ours, naive };
  } finally {
    await bot.stop();
  }
}

interface Sample {
  readonly ms: number;
  readonly requests: RecordedRequest[];
}

async function oursOnce(bot: TestBot, sim: RunningSimulator, profile: Profile): Promise<Sample> {
  const userId = provision(bot, profile);
  const chat = new Chat(bot, { channelId: 'msteams', aadObjectId: userId, tenantId: DEMO_TENANT });
  const card = (await chat.say('reset my MFA')).cards[0];
  if (!card) throw new Error('no confirmation card');
  const shown = sim.stats.requests.length;
  const t0 = performance.now();
  const yes = await chat.click(card, 'Yes');
  const ms = performance.now() - t0;
  if (!yes.said.includes("I've reset your MFA") || !onlyPassword(bot, userId)) {
    throw new Error(`reset did not complete (${profile.name}): ${yes.said}`);
  }
  return { ms, requests: sim.stats.requests.slice(shown).filter((r) => r.path.includes(userId)) };
}

function provision(bot: TestBot, profile: Profile): string {
  const userId = randomUUID();
  bot.tenant.provision(userId, structuredClone(profile.methods), { defaultMethodId: profile.defaultMethodId });
  return userId;
}

function onlyPassword(bot: TestBot, userId: string): boolean {
  return bot.tenant.methodsOf(userId).every((m) => m['@odata.type'] === '#microsoft.graph.passwordAuthenticationMethod');
}

function graphRequestsOf(sim: RunningSimulator, userId: string): RecordedRequest[] {
  return sim.stats.requests.filter((r) => r.path.includes(userId));
}

function summarise(profile: Profile, samples: readonly Sample[], latencyMs: number): ResetTiming {
  const ms = median(samples.map((s) => s.ms));
  return {
    profile: profile.name,
    ms,
    roundTrips: ms / latencyMs,
    sequentialCalls: median(samples.map((s) => sequentialRounds(s.requests, latencyMs))),
    graphCalls: median(samples.map((s) => s.requests.length)),
  };
}

export interface TokenResult {
  readonly resets: number;
  readonly tokenRequests: number;
  readonly graphRequests: number;
}

/** Item 3: token requests for 100 complete resets (card, Yes, verified), 10 conversations at a time. */
export async function tokensPerResets(resets = 100, parallel = 10): Promise<TokenResult> {
  const bot = await startTestBot({ env: { LOG_LEVEL: 'info', SIMULATOR_CONSISTENCY_DELAY_MS: '0' } });
  try {
    let next = 0;
    const worker = async () => {
      while (next < resets) {
        next++;
        const chat = new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: DEMO_TENANT });
        const card = (await chat.say('reset my MFA')).cards[0];
        if (!card) throw new Error('no confirmation card');
        const yes = await chat.click(card, 'Yes');
        if (!yes.said.includes("I've reset your MFA")) throw new Error(`reset failed: ${yes.said}`);
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    const stats = bot.app.simulator!.stats;
    return { resets, tokenRequests: stats.tokenRequests, graphRequests: stats.graphRequests };
  } finally {
    await bot.stop();
  }
}
