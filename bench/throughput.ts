import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { botNodeFlags, childEnv, startChild, type Child } from './children.js';
import { load, teamsMessage, type LoadResult, type LoadSettings } from './load.js';
import { median } from './stats.js';

export type ScenarioId = 'baseline' | 'help' | 'card' | 'cardEmbedded' | 'baselineGraph';

export interface Scenario {
  readonly id: ScenarioId;
  readonly label: string;
  readonly text: string;
}

export const SCENARIOS: readonly Scenario[] = [
  { id: 'baseline', label: 'baseline: bare CloudAdapter + restify echo bot', text: 'help' },
  { id: 'help', label: '(a) "help" (production wiring: Graph in another process)', text: 'help' },
  { id: 'card', label: '(b) reset request → card (Graph list; simulator in its own process)', text: 'reset my MFA' },
  { id: 'cardEmbedded', label: "(b') same, demo mode as shipped (simulator inside the bot process)", text: 'reset my MFA' },
  { id: 'baselineGraph', label: 'floor for (b): echo bot + one plain fetch of the same Graph list', text: 'reset my MFA' },
];

export interface ScenarioResult extends LoadResult {
  readonly id: ScenarioId;
  readonly label: string;
  /** Per round, for the spread. */
  readonly rounds: readonly LoadResult[];
  /** Median over rounds of (this scenario's rps / the baseline's rps in the same round). */
  readonly ratioToBaseline: number;
}

export interface ThroughputResult {
  readonly settings: LoadSettings & { readonly rounds: number };
  readonly scenarios: readonly ScenarioResult[];
}

/**
 * Item 1. Every server runs in its own child process on 127.0.0.1 and autocannon runs here, so
 * on a 2-core machine the load generator and the server under test each have a core, and a
 * server's cost is measured in its own process (its CPU time per request is reported next to
 * requests per second: that figure does not move with background load). Scenarios are measured
 * in interleaved rounds, each ratio against the baseline of the same round, so a slow moment of
 * the machine does not favour one side.
 */
export async function measureThroughput(settings: LoadSettings, rounds: number, logDir: string): Promise<ThroughputResult> {
  const dist = new URL('.', import.meta.url).pathname;
  const clientId = randomUUID();
  const clientSecret = randomUUID();
  const children: Child[] = [];
  const start = async (name: string, module: string, env: Record<string, string> = {}) => {
    // Every server gets the flags `npm start` uses, the baselines too: like for like.
    const child = await startChild(join(dist, module), join(logDir, `${name}.log`), childEnv(env), undefined, botNodeFlags());
    children.push(child);
    return child;
  };
  try {
    const sim = await start('simulator', 'simulator-server.js', { BENCH_CLIENT_ID: clientId, BENCH_CLIENT_SECRET: clientSecret });
    const creds = { BENCH_CLIENT_ID: clientId, BENCH_CLIENT_SECRET: clientSecret };
    const bot = await start('bot', 'bot-server.js');
    const production = await start('bot-external-graph', 'bot-server.js', {
      ...creds,
      BENCH_GRAPH_URL: sim.url,
      BENCH_TOKEN_ENDPOINT: sim.ready.tokenEndpoint ?? '',
      BENCH_TENANT_ID: sim.ready.tenantId ?? '',
    });
    const servers: Record<ScenarioId, Child> = {
      baseline: await start('baseline-echo', 'baseline-echo.js'),
      // Production wiring (Graph in another process) for (a) too: the embedded simulator's users
      // would otherwise sit in this heap and bill a help turn for the demo's garbage collection.
      help: production,
      card: production,
      cardEmbedded: bot,
      baselineGraph: await start('baseline-echo-graph', 'baseline-echo.js', {
        ...creds,
        BASELINE_GRAPH_URL: sim.url,
        BASELINE_TOKEN_ENDPOINT: sim.ready.tokenEndpoint ?? '',
      }),
    };
    for (const s of SCENARIOS) await check(servers[s.id].url, s);

    const perRound: Record<ScenarioId, LoadResult[]> = { baseline: [], help: [], card: [], cardEmbedded: [], baselineGraph: [] };
    for (let r = 0; r < rounds; r++) {
      for (const s of SCENARIOS) {
        const server = servers[s.id];
        perRound[s.id].push(await load(server.url, s.text, settings, async () => (await server.stats(false)).cpuMicros));
      }
    }
    const scenarios = SCENARIOS.map((s): ScenarioResult => {
      const rs = perRound[s.id];
      return {
        id: s.id,
        label: s.label,
        requests: rs.reduce((a, x) => a + x.requests, 0),
        rps: median(rs.map((x) => x.rps)),
        p50: median(rs.map((x) => x.p50)),
        p99: median(rs.map((x) => x.p99)),
        errors: rs.reduce((a, x) => a + x.errors, 0),
        non2xx: rs.reduce((a, x) => a + x.non2xx, 0),
        cpuMicrosPerRequest: median(rs.map((x) => x.cpuMicrosPerRequest ?? 0)),
        rounds: rs,
        ratioToBaseline: median(rs.map((x, i) => x.rps / perRound.baseline[i]!.rps)),
      };
    });
    return { settings: { ...settings, rounds }, scenarios };
  } finally {
    for (const c of children.reverse()) await c.stop();
  }
}

/** One request first: the scenario must do what it claims (a help text, a card), or the figures mean nothing. */
async function check(url: string, s: Scenario): Promise<void> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: teamsMessage(s.text) });
  const body = (await res.json()) as { activities?: { text?: string; attachments?: { contentType: string }[] }[] };
  const replies = body.activities ?? [];
  const ok =
    res.status === 200 &&
    (s.id === 'card' || s.id === 'cardEmbedded'
      ? replies.some((a) => a.attachments?.some((x) => x.contentType === 'application/vnd.microsoft.card.adaptive'))
      : s.id === 'help'
        ? replies.some((a) => a.text?.includes('reset my MFA'))
        : s.id === 'baselineGraph'
          ? replies.some((a) => /\(\d+ methods\)/.test(a.text ?? ''))
          : replies.some((a) => a.text?.startsWith('Echo:')));
  if (!ok) throw new Error(`${s.label}: unexpected answer ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
}
