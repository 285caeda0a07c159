import { describe, expect, it } from 'vitest';
import { ACCESS_DENIED } from '../../src/simulator/index.js';
import { call, errorOf, getToken, obj, useSimulator, valueOf } from './harness.js';

/** The simulated tenant's after-reset routes, over raw HTTP in Graph's shapes (reference §E–§G). */
const boot = useSimulator();
const USER = '3f0e0e0e-1111-4222-8333-0000000000c1';
const passes = `/v1.0/users/${USER}/authentication/temporaryAccessPassMethods`;
const POLICY = '/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/temporaryAccessPass';

describe('simulated Temporary Access Pass', () => {
  it('returns the value only in the POST response, at most one pass per user', async () => {
    const { s, token } = await boot();
    const first = await call(s, 'POST', passes, { token, body: JSON.stringify({ lifetimeInMinutes: 60, isUsableOnce: true }) });
    expect(first.status).toBe(201);
    const created = obj(first.json);
    expect(created).toMatchObject({
      '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
      lifetimeInMinutes: 60,
      isUsableOnce: true,
      isUsable: true,
      methodUsabilityReason: 'EnabledByPolicy',
    });
    expect(typeof created.temporaryAccessPass).toBe('string');
    const listed = valueOf(await call(s, 'GET', passes, { token }));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: created.id, temporaryAccessPass: null });
    const second = obj((await call(s, 'POST', passes, { token, body: '{}' })).json);
    const after = valueOf(await call(s, 'GET', passes, { token }));
    expect(after.map((m) => m.id)).toEqual([second.id]);
    expect(second.temporaryAccessPass).not.toBe(created.temporaryAccessPass);
  });

  it('serves the policy tests set, and refuses a pass when it is disabled or the lifetime is out of bounds', async () => {
    const { s, token } = await boot();
    expect(obj((await call(s, 'GET', POLICY, { token })).json)).toMatchObject({ id: 'TemporaryAccessPass', state: 'enabled', minimumLifetimeInMinutes: 60 });
    expect((await call(s, 'POST', passes, { token, body: JSON.stringify({ lifetimeInMinutes: 10 }) })).status).toBe(400);
    s.after.setPolicy({ state: 'disabled' });
    expect(obj((await call(s, 'GET', POLICY, { token })).json)).toMatchObject({ state: 'disabled' });
    const refused = await call(s, 'POST', passes, { token, body: '{}' });
    expect(refused.status).toBe(400);
    expect(String(errorOf(refused).message)).toMatch(/does not allow creating/);
    expect(valueOf(await call(s, 'GET', passes, { token }))).toEqual([]);
  });
});

describe('simulated revokeSignInSessions and sendMail', () => {
  it('revokes with 200 {value:true} and records it; a fault is injectable', async () => {
    const { s, token } = await boot();
    const ok = await call(s, 'POST', `/v1.0/users/${USER}/revokeSignInSessions`, { token });
    expect(ok.status).toBe(200);
    expect(obj(ok.json)).toMatchObject({ value: true });
    expect(s.after.revoked.map((r) => r.userId)).toEqual([USER]);
    s.tenant.injectFault({ method: 'POST', pathIncludes: 'revokeSignInSessions', status: 503 });
    expect((await call(s, 'POST', `/v1.0/users/${USER}/revokeSignInSessions`, { token })).status).toBe(503);
    expect(s.after.revoked).toHaveLength(1);
  });

  it('accepts a mail with 202 and lists it on GET /_sim/mail', async () => {
    const { s, token } = await boot();
    const body = {
      message: { subject: 'Hi', body: { contentType: 'Text', content: 'Hello' }, toRecipients: [{ emailAddress: { address: 'ana@contoso.com' } }] },
      saveToSentItems: false,
    };
    expect((await call(s, 'POST', '/v1.0/users/notify@contoso.com/sendMail', { token, body: JSON.stringify(body) })).status).toBe(202);
    expect((await call(s, 'POST', '/v1.0/users/notify@contoso.com/sendMail', { token, body: '{"message":{}}' })).status).toBe(400);
    expect(valueOf(await call(s, 'GET', '/_sim/mail'))).toEqual([
      expect.objectContaining({ sender: 'notify@contoso.com', to: ['ana@contoso.com'], subject: 'Hi' }),
    ]);
  });

  it('needs the least-privilege roles: 403 without them', async () => {
    const { s } = await boot({ grantedRoles: ['UserAuthenticationMethod.ReadWrite.All'] });
    const token = await getToken(s);
    for (const [method, path] of [
      ['GET', POLICY],
      ['POST', `/v1.0/users/${USER}/revokeSignInSessions`],
      ['POST', '/v1.0/users/notify@contoso.com/sendMail'],
    ] as const) {
      const a = await call(s, method, path, method === 'GET' ? { token } : { token, body: '{}' });
      expect(a.status, path).toBe(403);
      expect(errorOf(a).code).toBe(ACCESS_DENIED.code);
    }
  });
});
