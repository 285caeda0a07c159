import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { SimulatedTenant, startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { call, errorOf, getToken, methodsPath, obj } from './harness.js';

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** fetch normalises paths, so malformed ones go through node:http directly. */
function rawGet(s: RunningSimulator, path: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.url}/`, { path, headers: { authorization: `Bearer ${token}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('robustness', () => {
  it('answers unknown routes with a 404 Graph error body, never a stack trace', async () => {
    sim = await startSimulator();
    const token = await getToken(sim);
    for (const path of ['/', '/favicon.ico', '/v1.0/me', '/v1.0/users/x/authentication/nope', '/v2.0/users/x/authentication/methods']) {
      const a = await call(sim, 'GET', path, { token });
      expect(a.status, path).toBe(404);
      expect(errorOf(a).code).toBe('Request_BadRequest');
      expect(JSON.stringify(a.json)).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
    // A known route with an unsupported verb is 405, not 404.
    expect((await call(sim, 'POST', methodsPath('x@contoso.com'), { token, body: '{}' })).status).toBe(405);
  });

  it('rejects bodies over 64 KiB with 413 and keeps serving', async () => {
    sim = await startSimulator();
    const token = await getToken(sim);
    const path = '/beta/users/x@contoso.com/authentication/signInPreferences';
    const big = JSON.stringify({ userPreferredMethodForSecondaryAuthentication: 'push', pad: 'x'.repeat(70 * 1024) });
    const a = await call(sim, 'PATCH', path, { token, body: big });
    expect(a.status).toBe(413);
    expect(errorOf(a).code).toBe('RequestEntityTooLarge');
    const tokenTooBig = await fetch(sim.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `client_id=${'a'.repeat(70 * 1024)}`,
    });
    expect(tokenTooBig.status).toBe(413);
    expect((await call(sim, 'GET', methodsPath('x@contoso.com'), { token })).status).toBe(200);
  });

  it('answers bad percent-encoding with 400 and bad PATCH JSON with 400', async () => {
    sim = await startSimulator();
    const token = await getToken(sim);
    const bad = await rawGet(sim, '/v1.0/users/%E0%A4%A/authentication/methods', token);
    expect(bad.status).toBe(400);
    expect(obj(obj(JSON.parse(bad.body) as unknown)['error'])['code']).toBe('BadRequest');

    const path = '/beta/users/x@contoso.com/authentication/signInPreferences';
    for (const body of ['{not json', '[]', '"push"']) {
      const a = await call(sim, 'PATCH', path, { token, body });
      expect(a.status, body).toBe(400);
    }
    expect((await call(sim, 'GET', methodsPath('x@contoso.com'), { token })).status).toBe(200);
  });

  it('keeps an encoded slash inside the user id segment', async () => {
    sim = await startSimulator();
    const token = await getToken(sim);
    const a = await call(sim, 'GET', methodsPath('odd/name@contoso.com'), { token });
    expect(a.status).toBe(200);
    expect(sim.tenant.hasUser('odd/name@contoso.com')).toBe(true);
  });

  it('records requests in stats and resets them', async () => {
    sim = await startSimulator();
    const token = await getToken(sim);
    await call(sim, 'GET', `${methodsPath('n@contoso.com')}?$select=id`, { token });
    expect(sim.stats.graphRequests).toBe(1);
    expect(sim.stats.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', `/${sim.tenant.tenantId}/oauth2/v2.0/token`, 200],
      ['GET', '/v1.0/users/n%40contoso.com/authentication/methods', 200],
    ]);
    sim.resetStats();
    expect(sim.stats).toEqual({ tokenRequests: 0, graphRequests: 0, requests: [] });
  });

  it('keeps a bounded number of auto-provisioned users (a demo under load must not grow without end)', () => {
    const tenant = new SimulatedTenant();
    for (let i = 0; i < 5_200; i++) tenant.ensureUser(`user-${i}`);
    expect(tenant.hasUser('user-5199')).toBe(true);
    expect(tenant.hasUser('user-0')).toBe(false); // the oldest were forgotten
    expect(tenant.hasUser('user-200')).toBe(true);
  });
});
