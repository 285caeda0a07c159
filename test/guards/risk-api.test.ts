import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/client.js';
import { createRiskApi } from '../../src/graph/risk.js';

/**
 * The Identity Protection read against a local Graph stand-in, for the shapes the simulator does
 * not send: the documentation's GET example wraps the riskyUser in "value": [...] (reference
 * §H: parse defensively), and a body that is neither must not read as "no risk".
 */
describe('reading a riskyUser', () => {
  let server: Server;
  let url = '';
  let body: unknown = {};
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const api = () => createRiskApi(createGraphClient({ endpoint: url, tokens: { getToken: async () => 'token' }, requestTimeoutMs: 5000 }));

  it('accepts the object itself', async () => {
    body = { id: 'u', riskLevel: 'medium', riskState: 'atRisk' };
    expect(await api().riskOf('u')).toEqual({ record: true, riskLevel: 'medium', riskState: 'atRisk' });
  });

  it('accepts the object wrapped in "value", as the documentation example shows', async () => {
    body = { value: [{ id: 'u', riskLevel: 'high', riskState: 'atRisk' }] };
    expect(await api().riskOf('u')).toEqual({ record: true, riskLevel: 'high', riskState: 'atRisk' });
  });

  it('reads a record without a level as an unknown level (refused), never as no risk', async () => {
    body = { id: 'u' };
    expect(await api().riskOf('u')).toEqual({ record: true, riskLevel: 'unknown', riskState: 'unknown' });
  });

  it('refuses a body that is not a riskyUser at all', async () => {
    body = { riskLevel: 42 };
    await expect(api().riskOf('u')).rejects.toMatchObject({ status: 502, code: 'malformedResponse' });
  });
});
