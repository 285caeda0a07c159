import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ODATA } from '../../src/simulator/index.js';
import { Chat } from '../helpers/bot.js';
import { FakeIngestion, type Envelope } from '../helpers/app-insights.js';
import { startMsiProcessBot, type MsiProcessBot } from '../helpers/msi-process.js';
import { spawnServer } from '../helpers/process.js';
import { TENANT_ID } from '../helpers/production.js';
import { WH_SECRET } from '../fakes/tickets/webhook.js';

/** Refuses every non-loopback connection in the bot process (the distro's VM detector asks IMDS). */
const OFFLINE = fileURLToPath(new URL('../e2e/offline-preload.cjs', import.meta.url));
/** Makes the bot process fail to start if it resolves any OpenTelemetry or Azure Monitor module. */
const NO_OTEL = fileURLToPath(new URL('../helpers/no-otel-preload.mjs', import.meta.url));

async function until<T>(what: string, read: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = read();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const metric = (e: Envelope) => (e.data.baseData.metrics as { name: string; value: number }[] | undefined)?.[0];

/**
 * The built server with the connection string, exporting through the real Azure Monitor distro
 * to a local ingestion endpoint (test/helpers/app-insights.ts), while a user lists and resets.
 */
describe('OpenTelemetry to Application Insights (APPLICATIONINSIGHTS_CONNECTION_STRING set)', () => {
  let ai: FakeIngestion;
  let p: MsiProcessBot;
  beforeAll(async () => {
    ai = await new FakeIngestion().start();
    p = await startMsiProcessBot({
      env: {
        APPLICATIONINSIGHTS_CONNECTION_STRING: ai.connectionString(),
        NODE_EXTRA_CA_CERTS: ai.caPath,
        NODE_OPTIONS: `-r ${OFFLINE}`,
        // The distro samples at most 5 traces a second by default (rate-limited sampler): the
        // start-up pre-flight's Graph reads and the test's turns together can exceed it, and a turn's
        // span would then be missing at random. Every trace here.
        OTEL_TRACES_SAMPLER: 'always_on',
        // Export quickly instead of every 60 s / 5 s.
        OTEL_METRIC_EXPORT_INTERVAL: '500',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
    });
  }, 60_000);
  afterAll(async () => {
    await p?.stop();
    await ai?.stop();
  });

  it('sends a request per turn, a dependency per Graph call, the reset metrics, and no user data', async () => {
    const user = randomUUID();
    p.sim.tenant.ensureUser(user);
    const details = p.sim.tenant
      .methodsOf(user)
      .filter((m) => m['@odata.type'] !== ODATA.password)
      .flatMap((m) => [m.id, m.phoneNumber, m.emailAddress, m.displayName].filter((v): v is string => typeof v === 'string' && v.length > 3));
    expect(details.length).toBeGreaterThan(3);
    // Only this test's spans and Graph calls (others in this file share the process).
    p.sim.resetStats();
    // Span times come from the bot process's high-resolution clock, which may run a little behind
    // Date.now() here: a second's slack, and the requests are told apart by their flows below.
    const t0 = Date.now() - 1_000;
    const mine = (baseType: string) => ai.of(baseType).filter((e) => Date.parse(e.time) >= t0);
    const chat = new Chat(p.bot, { channelId: 'msteams', aadObjectId: user, tenantId: TENANT_ID, name: 'Jordan Avery' });
    const listText = `show my MFA methods ${randomUUID().slice(0, 8)}`;
    expect((await chat.say(listText)).said).toMatch(/Microsoft Authenticator/);
    const card = (await chat.say('reset my MFA')).cards[0]!;
    expect((await chat.click(card, 'Yes')).said).toMatch(/I've reset your MFA/);

    const requests = await until('3 request envelopes', () => (mine('RequestData').length >= 3 ? mine('RequestData') : undefined));
    expect(requests.map((r) => r.data.baseData.properties?.['bot.flow'])).toEqual(expect.arrayContaining(['list', 'reset', 'cardAction']));
    for (const r of requests) {
      expect(r.data.baseData).toMatchObject({ responseCode: '200', success: true });
      expect(r.data.baseData.properties?.['bot.activity.type']).toBe('message');
    }
    const resetTurn = requests.find((r) => r.data.baseData.properties?.['bot.flow'] === 'cardAction')!;
    expect(resetTurn.data.baseData.properties?.['bot.outcome']).toBe('completed');

    // Graph calls: one dependency each, inside its turn, ids replaced, Graph's own request ids.
    // (The start-up pre-flight's policy reads run outside any turn: not this test's calls.)
    const preflight = /^\/v1\.0\/(policies|identity)\//i;
    const graphCalls = p.sim.stats.requests.filter((r) => (r.path.startsWith('/v1.0/') || r.path.startsWith('/beta/')) && !preflight.test(r.path));
    const operations = new Set(requests.map((r) => r.tags?.['ai.operation.id']));
    const deps = await until('a dependency per Graph call', () => {
      const d = mine('RemoteDependencyData').filter((e) => operations.has(e.tags?.['ai.operation.id']));
      return d.length >= graphCalls.length ? d : undefined;
    });
    expect(deps).toHaveLength(graphCalls.length);
    for (const d of deps) {
      // The methods, and the pre-reset guards' directory reads (roles, groups): ids replaced.
      expect(d.data.baseData.properties?.['url.template']).toMatch(/^\/(v1\.0|beta)\/(users\/\{id\}\/|roleManagement\/directory\/)/);
      expect(d.data.baseData.properties?.['url.template']).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
      expect(d.data.baseData.properties?.['graph.request_id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(d.data.baseData.properties?.['graph.retry_count']).toBe('0');
    }
    // Each dependency's result code is the status Graph (the simulator) answered.
    const codes = (xs: string[]) => [...xs].sort().join(',');
    expect(codes(deps.map((d) => String(d.data.baseData.resultCode)))).toBe(codes(graphCalls.map((r) => String(r.status))));
    expect(deps.some((d) => d.data.baseData.properties?.['url.template']?.includes('Methods/{id}') && d.data.baseData.data !== undefined)).toBe(true);

    const metrics = await until('the reset and confirmation metrics', () => {
      const m = ai.of('MetricData');
      const names = new Set(m.map((e) => metric(e)?.name));
      return names.has('mfa.resets') && names.has('mfa.confirmations') ? m : undefined;
    });
    expect(metrics.find((e) => metric(e)?.name === 'mfa.resets')?.data.baseData.properties).toEqual({ outcome: 'completed' });
    expect(metrics.find((e) => metric(e)?.name === 'mfa.confirmations')?.data.baseData.properties).toEqual({ path: 'self' });

    // Logs written inside a turn carry its trace: they join the request in Log Analytics.
    const audit = p.process.stdout
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((r) => (r.audit as { event?: string } | undefined)?.event === 'completion');
    expect(operations.has(audit?.trace_id as string)).toBe(true);

    // Nothing identifying anywhere in what was sent: not the user, the conversation, the text,
    // a method's number, address or id, a display name, or a token the bot held.
    const sent = ai.payloads.join('\n');
    const tokens = p.bot.connector.calls.map((c) => c.authorization?.replace(/^Bearer /, '')).filter((t): t is string => !!t);
    for (const secret of [user, chat.conversationId, chat.fromId, listText, 'Jordan Avery', ...details, ...new Set(tokens), p.identityHeader]) {
      expect(sent).not.toContain(secret);
    }
    expect(sent).not.toMatch(/@contoso\.com|\+1 \d/);
    // The exporter kept nothing on disk (offline storage is off).
    expect(readdirSync(p.process.tmpdir)).toEqual([]);
  }, 60_000);

  it('counts a throttled Graph attempt and the retry on its dependency', async () => {
    const user = randomUUID();
    p.sim.tenant.ensureUser(user);
    p.sim.tenant.injectFault({ method: 'GET', pathIncludes: user, status: 429, retryAfter: '0' });
    const before = ai.of('RemoteDependencyData').length;
    const chat = new Chat(p.bot, { channelId: 'msteams', aadObjectId: user, tenantId: TENANT_ID });
    expect((await chat.say('show my MFA methods')).said).toMatch(/Microsoft Authenticator/);
    const throttled = await until('a throttling metric', () => ai.of('MetricData').find((e) => metric(e)?.name === 'mfa.graph.throttled'));
    expect(throttled.data.baseData.properties).toEqual({ status: '429' });
    const dep = await until('the retried dependency', () =>
      ai
        .of('RemoteDependencyData')
        .slice(before)
        .find((d) => d.data.baseData.properties?.['graph.retry_count'] === '1'),
    );
    expect(dep.data.baseData.resultCode).toBe('200');
  }, 60_000);

  it('counts refusals by reason', async () => {
    const chat = new Chat(p.bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: randomUUID() });
    await chat.say('reset my MFA');
    const refusal = await until('a refusal metric', () => ai.of('MetricData').find((e) => metric(e)?.name === 'mfa.refusals'));
    expect(refusal.data.baseData.properties).toEqual({ reason: 'tenantNotAllowed' });
  }, 60_000);
});

describe('the ticket outbox gauge', () => {
  it('reports mfa.ticket_outbox.depth when a ticket system is configured', async () => {
    const ai = await new FakeIngestion().start();
    const p = await startMsiProcessBot({
      env: {
        APPLICATIONINSIGHTS_CONNECTION_STRING: ai.connectionString(),
        NODE_EXTRA_CA_CERTS: ai.caPath,
        NODE_OPTIONS: `-r ${OFFLINE}`,
        OTEL_METRIC_EXPORT_INTERVAL: '500',
        TICKET_SYSTEM: 'webhook',
        // Never called: no reset here names a ticket.
        TICKET_WEBHOOK_URL: 'http://127.0.0.1:9/hook',
        TICKET_WEBHOOK_SECRET: WH_SECRET,
      },
    });
    try {
      const gauge = await until('the outbox gauge', () => ai.of('MetricData').find((e) => metric(e)?.name === 'mfa.ticket_outbox.depth'));
      expect(metric(gauge)?.value).toBe(0);
    } finally {
      await p.stop();
      await ai.stop();
    }
  }, 60_000);
});

describe('without APPLICATIONINSIGHTS_CONNECTION_STRING', () => {
  it('never loads OpenTelemetry, and still serves a reset', async () => {
    const p = await startMsiProcessBot({ env: { NODE_OPTIONS: `--import ${NO_OTEL}` } });
    try {
      const user = randomUUID();
      const chat = new Chat(p.bot, { channelId: 'msteams', aadObjectId: user, tenantId: TENANT_ID });
      const card = (await chat.say('reset my MFA')).cards[0]!;
      expect((await chat.click(card, 'Yes')).said).toMatch(/I've reset your MFA/);
      expect(p.process.stderr.join('\n')).not.toContain('[no-otel]');
    } finally {
      await p.stop();
    }
  }, 60_000);

  it('(the probe works: with the connection string the same process refuses to start)', async () => {
    const ai = await new FakeIngestion().start();
    try {
      await expect(
        startMsiProcessBot({ env: { NODE_OPTIONS: `--import ${NO_OTEL}`, APPLICATIONINSIGHTS_CONNECTION_STRING: ai.connectionString() } }),
      ).rejects.toThrow(/\[no-otel\]/);
    } finally {
      await ai.stop();
    }
  }, 60_000);
});

describe('demo mode with APPLICATIONINSIGHTS_CONNECTION_STRING', () => {
  it('says telemetry is off in demo mode, loads no OpenTelemetry and sends nothing', async () => {
    const ai = await new FakeIngestion().start();
    const p = spawnServer({
      PORT: '0',
      HOST: '127.0.0.1',
      APPLICATIONINSIGHTS_CONNECTION_STRING: ai.connectionString(),
      NODE_EXTRA_CA_CERTS: ai.caPath,
      NODE_OPTIONS: `--import ${NO_OTEL}`,
    });
    try {
      const notice = await p.waitForLog((r) => typeof r.msg === 'string' && r.msg.includes('telemetry is off in demo mode'), 45_000);
      expect(notice.level).toBe('warn');
      await p.waitForLog((r) => r.msg === 'MFA reset bot listening');
      expect(ai.paths).toEqual([]);
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
      await ai.stop();
    }
  }, 60_000);
});
