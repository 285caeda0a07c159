import { afterEach, describe, expect, it } from 'vitest';
import { ACCESS_DENIED, AUTH_ERRORS, SimulatedTenant, startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { call, errorOf, getToken, GRAPH_SCOPE, manualClock, methodsPath, obj, requestToken } from './harness.js';

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const b64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
const jwt = (payload: Record<string, unknown>): string => `${b64url({ alg: 'RS256', typ: 'JWT', x5t: 'abc' })}.${b64url(payload)}.c2lnbmF0dXJl`;

describe('token endpoint', () => {
  it('issues an opaque bearer token with the configured lifetime and counts the request', async () => {
    sim = await startSimulator({ tokenLifetimeSeconds: 1234 });
    const a = await requestToken(sim, {
      grant_type: 'client_credentials',
      client_id: 'any-app',
      client_secret: 'anything',
      scope: GRAPH_SCOPE,
    });
    expect(a.status).toBe(200);
    const body = obj(a.json);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 1234, ext_expires_in: 1234 });
    expect(typeof body['access_token']).toBe('string');
    expect(String(body['access_token']).length).toBeGreaterThan(20);
    expect(sim.stats.tokenRequests).toBe(1);
    expect(sim.stats.graphRequests).toBe(0);
  });

  it('checks configured credentials: wrong secret and unknown client are invalid_client 401', async () => {
    sim = await startSimulator({ credentials: { clientId: 'bot-app', clientSecret: 's3cret' } });
    const base = { grant_type: 'client_credentials', scope: GRAPH_SCOPE };
    const wrongSecret = await requestToken(sim, { ...base, client_id: 'bot-app', client_secret: 'nope' });
    expect(wrongSecret.status).toBe(401);
    expect(obj(wrongSecret.json)['error']).toBe('invalid_client');
    expect(String(obj(wrongSecret.json)['error_description'])).toMatch(/^AADSTS7000215: Invalid client secret provided/);

    const wrongClient = await requestToken(sim, { ...base, client_id: 'other-app', client_secret: 's3cret' });
    expect(wrongClient.status).toBe(401);
    expect(obj(wrongClient.json)['error']).toBe('invalid_client');

    const noSecret = await requestToken(sim, { ...base, client_id: 'bot-app' });
    expect(noSecret.status).toBe(401);

    expect((await requestToken(sim, { ...base, client_id: 'bot-app', client_secret: 's3cret' })).status).toBe(200);
    expect(sim.stats.tokenRequests).toBe(4);
  });

  it('rejects a wrong tenant, a non-.default scope and other grant types; ignores the query string', async () => {
    sim = await startSimulator();
    const form = { grant_type: 'client_credentials', client_id: 'a', client_secret: 'b', scope: GRAPH_SCOPE };
    const wrongTenant = await requestToken(sim, form, `${sim.url}/not-my-tenant/oauth2/v2.0/token`);
    expect(wrongTenant.status).toBe(400);
    expect(obj(wrongTenant.json)['error']).toBe('invalid_request');

    const badScope = await requestToken(sim, { ...form, scope: 'User.Read' });
    expect(badScope.status).toBe(400);
    expect(obj(badScope.json)['error']).toBe('invalid_scope');

    const badGrant = await requestToken(sim, { ...form, grant_type: 'password' });
    expect(badGrant.status).toBe(400);
    expect(obj(badGrant.json)['error']).toBe('unsupported_grant_type');

    // MSAL appends ?client-request-id=... to the token URL.
    const withQuery = await requestToken(sim, form, `${sim.tokenEndpoint}?client-request-id=${crypto.randomUUID()}`);
    expect(withQuery.status).toBe(200);
  });

  it('accepts a well-formed client assertion (certificate flow) and rejects malformed or mis-addressed ones', async () => {
    sim = await startSimulator({ credentials: { clientId: 'bot-app', clientSecret: 'unused' } });
    const form = (assertion: string) => ({
      grant_type: 'client_credentials',
      client_id: 'bot-app',
      scope: GRAPH_SCOPE,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    });
    const now = Math.floor(Date.now() / 1000);
    const good = { aud: `https://login.microsoftonline.com/${sim.tenant.tenantId}/oauth2/v2.0/token`, iss: 'bot-app', sub: 'bot-app', exp: now + 600 };
    expect((await requestToken(sim, form(jwt(good)))).status).toBe(200);
    expect((await requestToken(sim, form('not-a-jwt'))).status).toBe(401);
    expect((await requestToken(sim, form(jwt({ ...good, aud: 'https://graph.microsoft.com' })))).status).toBe(401);
    expect((await requestToken(sim, form(jwt({ ...good, sub: 'someone-else' })))).status).toBe(401);
    expect((await requestToken(sim, form(jwt({ ...good, exp: now - 60 })))).status).toBe(401);
  });
});

describe('Graph authentication', () => {
  it('answers 401 InvalidAuthenticationToken for a missing, unknown or expired token', async () => {
    const clock = manualClock();
    sim = await startSimulator({ tenant: new SimulatedTenant({ clock: clock.now }), tokenLifetimeSeconds: 60 });
    const path = methodsPath('alice@contoso.com');

    const missing = await call(sim, 'GET', path);
    expect(missing.status).toBe(401);
    expect(errorOf(missing)).toMatchObject({ code: AUTH_ERRORS.code, message: 'Access token is empty.' });
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer /);

    const unknown = await call(sim, 'GET', path, { token: 'eyJ0eXAiOiJKV1QifQ.forged.sig' });
    expect(unknown.status).toBe(401);
    expect(errorOf(unknown).message).toBe('CompactToken parsing failed with error code: 80049217');

    const token = await getToken(sim);
    expect((await call(sim, 'GET', path, { token })).status).toBe(200);
    clock.advance(60_000);
    const expired = await call(sim, 'GET', path, { token });
    expect(expired.status).toBe(401);
    expect(errorOf(expired).message).toBe('Access token has expired or is not yet valid.');
  });

  it('answers 403 accessDenied when the token lacks the needed role', async () => {
    sim = await startSimulator({ grantedRoles: ['UserAuthenticationMethod.Read.All'] });
    const token = await getToken(sim);
    const user = 'bob@contoso.com';
    expect((await call(sim, 'GET', methodsPath(user), { token })).status).toBe(200);
    const del = await call(sim, 'DELETE', `/v1.0/users/${user}/authentication/emailMethods/3ddfcfc8-9383-446f-83cc-3ab9be4be18f`, { token });
    expect(del.status).toBe(403);
    expect(errorOf(del)).toMatchObject({ code: ACCESS_DENIED.code, message: ACCESS_DENIED.message });
    expect(sim.tenant.methodsOf(user)).toHaveLength(4); // nothing was deleted
    await sim.close();

    sim = await startSimulator({ grantedRoles: ['User.Read.All'] });
    const weak = await getToken(sim);
    const get = await call(sim, 'GET', methodsPath(user), { token: weak });
    expect(get.status).toBe(403);
    expect(errorOf(get).code).toBe('accessDenied');
  });
});
