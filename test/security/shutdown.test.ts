import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../helpers/connector.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';

const LATENCY_MS = 1500;

/** An Emulator-shaped message, as the channel would POST it. */
function message(connector: FakeConnector, text: string) {
  const conversationId = `${randomUUID()}|livechat`;
  return {
    conversationId,
    body: JSON.stringify({
      type: 'message',
      id: randomUUID(),
      channelId: 'emulator',
      serviceUrl: connector.url,
      from: { id: randomUUID(), name: 'Jordan', role: 'user' },
      recipient: { id: 'bot-1', role: 'bot' },
      conversation: { id: conversationId },
      text,
    }),
  };
}

async function listening(p: ServerProcess): Promise<string> {
  const line = await p.waitForLog((r) => r.msg === 'MFA reset bot listening');
  return String(line.url);
}

/** The built server, stopped with SIGTERM the way a container runtime stops it. */
describe('graceful shutdown', () => {
  let server: ServerProcess | undefined;
  let connector: FakeConnector | undefined;
  afterEach(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await connector?.stop();
    server = connector = undefined;
  });

  it('finishes the turn in flight, refuses new requests, and exits 0 within the bound', async () => {
    connector = await new FakeConnector().start();
    server = spawnServer({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', SIMULATOR_LATENCY_MS: String(LATENCY_MS) });
    const url = await listening(server);

    // A slow turn: listing the methods takes LATENCY_MS in the simulated Graph.
    const slow = message(connector, 'reset my MFA');
    const started = Date.now();
    const inFlight = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: slow.body });
    await server.waitForLog((r) => r.msg === 'recognised');

    server.child.kill('SIGTERM');
    await server.waitForLog((r) => typeof r.msg === 'string' && r.msg.startsWith('shutting down'));

    // New work is refused (connection refused, or 503 on a kept-alive connection).
    const late = message(connector, 'reset my MFA');
    const refused = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: late.body }).then(
      (r) => r.status,
      () => 'connection refused',
    );
    expect([503, 'connection refused']).toContain(refused);

    // The turn in flight completes and its reply (the confirmation card) is delivered.
    expect((await inFlight).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(LATENCY_MS);
    const replies = connector.calls.filter((c) => c.conversationId === slow.conversationId);
    expect(replies.some((c) => Array.isArray(c.body.attachments) && c.body.attachments.length === 1)).toBe(true);
    expect(connector.calls.filter((c) => c.conversationId === late.conversationId)).toEqual([]);

    expect(await server.exited).toBe(0);
    // drained: true below is the proof; the clock only guards against waiting out the whole grace.
    expect(Date.now() - started).toBeLessThan(LATENCY_MS + 20_000);
    const records = server.stdout.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.find((r) => r.msg === 'stopped')).toMatchObject({ drained: true });
    expect(records.filter((r) => r.level === 'error' || r.level === 'fatal')).toEqual([]);
  });

  it('exits 0 at once when idle', async () => {
    server = spawnServer({ PORT: '0', HOST: '127.0.0.1' });
    await listening(server);
    const started = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000); // idle: no grace period waited out (wide for a slow host)
  });
});
