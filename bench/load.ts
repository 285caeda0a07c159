import { randomUUID } from 'node:crypto';
import autocannon, { type RequestSpec } from 'autocannon';

export interface LoadSettings {
  readonly connections: number;
  readonly warmupSeconds: number;
  readonly seconds: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  /** Server CPU (user + system) per request during the measured part, µs. */
  readonly cpuMicrosPerRequest?: number;
}

const DEMO_TENANT = '00000000-0000-4000-8000-00000000de00';

/**
 * One inbound Teams message in a 1:1 chat, the way the channel posts it, from a new user in a new
 * conversation each time. `expectReplies` makes the bot return its replies in the HTTP response
 * body (InvokeResponse) instead of calling the connector back, so one request = one whole turn.
 */
export function teamsMessage(text: string, user = randomUUID(), conversation = `a:${randomUUID()}`): string {
  return JSON.stringify({
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    // Demo mode replies only to a loopback serviceUrl; with expectReplies nothing is sent to it.
    serviceUrl: 'http://127.0.0.1:9/teams/',
    deliveryMode: 'expectReplies',
    from: { id: `29:${user}`, name: 'Load Test', aadObjectId: user, role: 'user' },
    recipient: { id: '28:bot', name: 'MFA Reset', role: 'bot' },
    conversation: { id: conversation, conversationType: 'personal', tenantId: DEMO_TENANT },
    channelData: { tenant: { id: DEMO_TENANT } },
    locale: 'en-US',
    text,
  });
}

/** A request spec whose body is rebuilt for every request (a new user and conversation each time). */
export function messages(text: string): RequestSpec[] {
  return [
    {
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, body: teamsMessage(text) }),
    },
  ];
}

/**
 * Warm up, then measure for `s.seconds`. `cpuMicros` (optional) reads the server's CPU time, so
 * the result also says how much CPU one request cost the server: unlike requests per second,
 * that figure does not depend on what else the machine is doing.
 */
export async function load(baseUrl: string, text: string, s: LoadSettings, cpuMicros?: () => Promise<number>): Promise<LoadResult> {
  const base = { url: baseUrl, connections: s.connections, requests: messages(text) };
  if (s.warmupSeconds > 0) await autocannon({ ...base, duration: s.warmupSeconds });
  const before = await cpuMicros?.();
  const r = summarise(await autocannon({ ...base, duration: s.seconds }));
  const after = await cpuMicros?.();
  return before !== undefined && after !== undefined ? { ...r, cpuMicrosPerRequest: (after - before) / r.requests } : r;
}

/** A fixed number of requests (no time limit): the memory benchmark's 10,000 conversations. */
export async function send(baseUrl: string, text: string, amount: number, connections: number): Promise<LoadResult> {
  return summarise(await autocannon({ url: baseUrl, connections, amount, requests: messages(text) }));
}

function summarise(r: Awaited<ReturnType<typeof autocannon>>): LoadResult {
  return {
    requests: r.requests.total,
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}
