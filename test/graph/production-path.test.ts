import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { orderForDeletion } from '../../src/reset/plan.js';
import { ListFailedError, isComplete } from '../../src/reset/outcome.js';
import { ODATA } from '../../src/simulator/index.js';
import { createGraphClient } from '../../src/graph/client.js';
import { createAuthMethodsApi } from '../../src/graph/methods.js';
import { startGraphRig, type GraphRig } from '../helpers/graph.js';

let rig: GraphRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('the production token and Graph path', () => {
  it('gets one token from the token endpoint with msal-node and reuses it for 25 resets', async () => {
    rig = await startGraphRig();
    for (let i = 0; i < 25; i++) {
      const user = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const targets = orderForDeletion((await rig.engine.list(user)).filter((m) => m.kind !== 'password'));
      expect(targets.length).toBeGreaterThan(0);
      const outcome = await rig.engine.reset(user, targets);
      expect(isComplete(outcome)).toBe(true);
    }
    expect(rig.sim.stats.tokenRequests).toBe(1);
    expect(rig.sim.stats.graphRequests).toBeGreaterThan(25 * 3);
  });

  it('fails clearly when the client secret is wrong, and sends no Graph request', async () => {
    const badRig = await startGraphRig({ sim: { credentials: { clientId: 'x', clientSecret: 'not-the-secret' } } });
    try {
      // Clearly: the reason the operator hint is keyed on (check the secret), not "unexpected".
      const err = await badRig.engine.list('00000000-0000-4000-8000-000000000001').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ListFailedError);
      expect(err).toMatchObject({ reason: 'unauthorized', status: 401 });
      expect(badRig.sim.stats.graphRequests).toBe(0);
      expect(badRig.logs.text()).not.toContain(badRig.secret);
    } finally {
      await badRig.close();
    }
  });

  it('sends Authorization: Bearer to a plain-http Graph host (the SDK would silently drop it)', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const graph = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ value: [{ '@odata.type': ODATA.email, id: 'e1', emailAddress: 'a@b.c' }] }));
    });
    await new Promise<void>((r) => graph.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(graph.address() as AddressInfo).port}`;
      const client = createGraphClient({ endpoint: url, tokens: { getToken: async () => 'token-123' }, requestTimeoutMs: 2000 });
      const methods = await createAuthMethodsApi(client, url).list('user-1');
      expect(methods.map((m) => m.kind)).toEqual(['email']);
      expect(seen[0]?.authorization).toBe('Bearer token-123');
    } finally {
      graph.closeAllConnections();
      await new Promise((r) => graph.close(r));
    }
  });

  it('refuses to follow a nextLink to another origin with the token', async () => {
    const graph = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ value: [], '@odata.nextLink': 'http://127.0.0.2:1/v1.0/steal' }));
    });
    await new Promise<void>((r) => graph.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(graph.address() as AddressInfo).port}`;
      const client = createGraphClient({ endpoint: url, tokens: { getToken: async () => 'token-123' }, requestTimeoutMs: 2000 });
      await expect(createAuthMethodsApi(client, url).list('user-1')).rejects.toMatchObject({ code: 'untrustedOrigin' });
    } finally {
      graph.closeAllConnections();
      await new Promise((r) => graph.close(r));
    }
  });

  it('bounds a request that hangs with the per-request timeout', async () => {
    rig = await startGraphRig({ requestTimeoutMs: 200, maxRetries: 0 });
    rig.tenant.injectFault({ method: 'GET', status: 200, delayMs: 2000 });
    await expect(rig.engine.list('00000000-0000-4000-8000-000000000009')).rejects.toMatchObject({ reason: 'timeout' });
  });
});
