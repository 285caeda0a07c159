import { describe, expect, it } from 'vitest';
import {
  ALTERNATE_MOBILE_PHONE_ID,
  believableMethods,
  EMAIL_METHOD_ID,
  MOBILE_PHONE_ID,
  ODATA,
  PASSWORD_METHOD_ID,
  SimulatedTenant,
  type SimMethod,
} from '../../src/simulator/index.js';
import { call, errorOf, manualClock, methodsPath, obj, useSimulator, valueOf } from './harness.js';

const boot = useSimulator();

const authenticator = (id: string): SimMethod => ({
  '@odata.type': ODATA.microsoftAuthenticator,
  id,
  displayName: 'Pixel 8',
  deviceTag: 'SoftwareTokenActivated',
  phoneAppVersion: '6.2401.0119',
});
const phone = (id: string, phoneType: string, phoneNumber: string): SimMethod => ({
  '@odata.type': ODATA.phone,
  id,
  phoneNumber,
  phoneType,
  smsSignInState: 'notSupported',
});
const AUTH_ID = '0f1e2d3c-4b5a-4697-8877-665544332211';
const del = (userId: string, segment: string, id: string) => `/v1.0/users/${encodeURIComponent(userId)}/authentication/${segment}/${id}`;

describe('believableMethods', () => {
  it('is stable for one id, varies across ids, and has the documented shape', () => {
    const a = believableMethods('alice@contoso.com');
    expect(believableMethods('alice@contoso.com')).toEqual(a);
    expect(a.methods.map((m) => m['@odata.type'])).toEqual([ODATA.microsoftAuthenticator, ODATA.phone, ODATA.email, ODATA.password]);
    const [auth, mobile, email, password] = a.methods;
    expect(a.defaultMethodId).toBe(auth?.id);
    expect(auth?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(auth).toMatchObject({ deviceTag: 'SoftwareTokenActivated' });
    expect(String(auth?.['phoneAppVersion'])).toMatch(/^6\.\d{4}\.\d{4}$/);
    expect(mobile).toMatchObject({ id: MOBILE_PHONE_ID, phoneType: 'mobile', smsSignInState: 'notAllowedByPolicy' });
    expect(String(mobile?.['phoneNumber'])).toMatch(/^\+1 \d{3}55501\d{2}$/);
    expect(email?.id).toBe(EMAIL_METHOD_ID);
    expect(String(email?.['emailAddress'])).toMatch(/^[a-z]+\.[a-z]+@contoso\.com$/);
    expect(password).toMatchObject({ id: PASSWORD_METHOD_ID, password: null });

    const ids = Array.from({ length: 12 }, (_, i) => `user${i}@contoso.com`);
    const sets = ids.map((id) => believableMethods(id));
    expect(new Set(sets.map((s) => s.defaultMethodId)).size).toBe(12);
    const looks = new Set(sets.map((s) => `${s.methods[0]?.['displayName']}|${s.methods[1]?.['phoneNumber']}`));
    expect(looks.size).toBeGreaterThan(6);
  });
});

describe('GET /users/{id}/authentication/methods', () => {
  it('returns the Graph list shape with the password, auto-provisioning the believable set', async () => {
    const { s, token } = await boot();
    const user = 'Jordan.Avery@contoso.com';
    const a = await call(s, 'GET', methodsPath(user), { token, headers: { 'client-request-id': 'my-corr-1' } });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toMatch(/^application\/json/);
    expect(a.headers.get('client-request-id')).toBe('my-corr-1');
    expect(a.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(String(obj(a.json)['@odata.context'])).toContain("users('Jordan.Avery%40contoso.com')/authentication/methods");
    expect(valueOf(a)).toEqual(believableMethods(user).methods);
    expect(valueOf(a).at(-1)).toMatchObject({ '@odata.type': ODATA.password, id: PASSWORD_METHOD_ID, password: null });
    // Users are case-insensitive, as in Graph.
    expect(valueOf(await call(s, 'GET', methodsPath(user.toLowerCase()), { token }))).toEqual(valueOf(a));
  });

  it('keeps provisioned order, adds a missing password, and hides beta-only types from v1.0', async () => {
    const { s, token } = await boot();
    const guest = 'guest_fabrikam.com#EXT#@contoso.onmicrosoft.com';
    s.tenant.provision(guest, [phone(MOBILE_PHONE_ID, 'mobile', '+1 4255550100'), { '@odata.type': ODATA.hardwareOath, id: 'hw-1' }, authenticator(AUTH_ID)]);
    const v1 = valueOf(await call(s, 'GET', methodsPath(guest), { token }));
    expect(v1.map((m) => m['id'])).toEqual([MOBILE_PHONE_ID, AUTH_ID, PASSWORD_METHOD_ID]);
    const beta = valueOf(await call(s, 'GET', methodsPath(guest, 'beta'), { token }));
    expect(beta.map((m) => m['id'])).toEqual([MOBILE_PHONE_ID, 'hw-1', AUTH_ID, PASSWORD_METHOD_ID]);
  });

  it('404s Request_ResourceNotFound for an unknown user when auto-provisioning is off', async () => {
    const { s, token } = await boot({ tenant: new SimulatedTenant({ autoProvision: false }) });
    const a = await call(s, 'GET', methodsPath('ghost@contoso.com'), { token });
    expect(a.status).toBe(404);
    expect(errorOf(a).code).toBe('Request_ResourceNotFound');
    expect(errorOf(a).message).toBe("Resource 'ghost@contoso.com' does not exist or one of its queried reference-property objects are not present.");
    expect(errorOf(a).innerError['request-id']).toBe(a.headers.get('request-id'));
    expect(s.tenant.hasUser('ghost@contoso.com')).toBe(false);
  });
});

describe('DELETE a method', () => {
  it('204s, then the method is gone from the list and a second delete 404s', async () => {
    const { s, token } = await boot();
    const user = 'carol@contoso.com';
    const path = del(user, 'emailMethods', EMAIL_METHOD_ID);
    const first = await call(s, 'DELETE', path, { token });
    expect(first.status).toBe(204);
    expect(first.json).toBeUndefined();
    expect(valueOf(await call(s, 'GET', methodsPath(user), { token })).map((m) => m['id'])).not.toContain(EMAIL_METHOD_ID);
    const again = await call(s, 'DELETE', path, { token });
    expect(again.status).toBe(404);
    expect(errorOf(again).code).toBe('itemNotFound');
  });

  it('404s a method addressed under the wrong segment and leaves it in place', async () => {
    const { s, token } = await boot();
    const user = 'dave@contoso.com';
    const a = await call(s, 'DELETE', del(user, 'phoneMethods', EMAIL_METHOD_ID), { token });
    expect(a.status).toBe(404);
    expect(errorOf(a).code).toBe('itemNotFound');
    expect(s.tenant.methodsOf(user).map((m) => m.id)).toContain(EMAIL_METHOD_ID);
  });

  it('405s deleting the password', async () => {
    const { s, token } = await boot();
    const a = await call(s, 'DELETE', del('erin@contoso.com', 'passwordMethods', PASSWORD_METHOD_ID), { token });
    expect(a.status).toBe(405);
    expect(errorOf(a)).toMatchObject({
      code: 'Request_BadRequest',
      message: 'Specified HTTP method is not allowed for the request target.',
    });
  });

  it('refuses the default method while others remain, allows it when last, then there is no default', async () => {
    const { s, token } = await boot();
    const user = 'frank@contoso.com';
    const { methods, defaultMethodId } = believableMethods(user);
    s.tenant.provision(user, methods, { defaultMethodId });
    const refused = await call(s, 'DELETE', del(user, 'microsoftAuthenticatorMethods', defaultMethodId), { token });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).code).toBe('badRequest');
    expect(errorOf(refused).message).toBe(
      `The requested authentication method id of [${defaultMethodId}] matches the user's current default authentication method, and cannot be deleted until the default authentication method is changed`,
    );
    expect((await call(s, 'DELETE', del(user, 'phoneMethods', MOBILE_PHONE_ID), { token })).status).toBe(204);
    expect((await call(s, 'DELETE', del(user, 'emailMethods', EMAIL_METHOD_ID), { token })).status).toBe(204);
    expect((await call(s, 'DELETE', del(user, 'microsoftAuthenticatorMethods', defaultMethodId), { token })).status).toBe(204);
    expect(s.tenant.defaultMethodIdOf(user)).toBeUndefined();
    expect(s.tenant.methodsOf(user).map((m) => m.id)).toEqual([PASSWORD_METHOD_ID]);
  });

  it('refuses the mobile phone while an alternate mobile exists', async () => {
    const { s, token } = await boot();
    const user = 'gina@contoso.com';
    s.tenant.provision(user, [phone(MOBILE_PHONE_ID, 'mobile', '+1 4255550101'), phone(ALTERNATE_MOBILE_PHONE_ID, 'alternateMobile', '+1 4255550102')]);
    const refused = await call(s, 'DELETE', del(user, 'phoneMethods', MOBILE_PHONE_ID), { token });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).code).toBe('badRequest');
    expect(String(errorOf(refused).message)).toMatch(/alternate mobile/);
    expect((await call(s, 'DELETE', del(user, 'phoneMethods', ALTERNATE_MOBILE_PHONE_ID), { token })).status).toBe(204);
    expect((await call(s, 'DELETE', del(user, 'phoneMethods', MOBILE_PHONE_ID), { token })).status).toBe(204);
  });

  it('keeps a deleted method visible in lists for consistencyDelayMs (injected clock)', async () => {
    const clock = manualClock();
    const { s, token } = await boot({ tenant: new SimulatedTenant({ consistencyDelayMs: 10_000, clock: clock.now }) });
    const user = 'hank@contoso.com';
    expect((await call(s, 'DELETE', del(user, 'emailMethods', EMAIL_METHOD_ID), { token })).status).toBe(204);
    expect(s.tenant.methodsOf(user).map((m) => m.id)).not.toContain(EMAIL_METHOD_ID);
    const ids = async () => valueOf(await call(s, 'GET', methodsPath(user), { token })).map((m) => m['id']);
    expect(await ids()).toContain(EMAIL_METHOD_ID);
    expect((await call(s, 'DELETE', del(user, 'emailMethods', EMAIL_METHOD_ID), { token })).status).toBe(404);
    clock.advance(9_999);
    expect(await ids()).toContain(EMAIL_METHOD_ID);
    clock.advance(1);
    expect(await ids()).not.toContain(EMAIL_METHOD_ID);
  });

  it('keeps a deleted method visible for a short real delay too', async () => {
    const { s, token } = await boot({ tenant: new SimulatedTenant({ consistencyDelayMs: 30 }) });
    const user = 'ivy@contoso.com';
    await call(s, 'DELETE', del(user, 'emailMethods', EMAIL_METHOD_ID), { token });
    const ids = async () => valueOf(await call(s, 'GET', methodsPath(user), { token })).map((m) => m['id']);
    expect(await ids()).toContain(EMAIL_METHOD_ID);
    await new Promise((r) => setTimeout(r, 40));
    expect(await ids()).not.toContain(EMAIL_METHOD_ID);
  });
});

describe('beta endpoints', () => {
  it('deletes the qrCodePin singleton on /beta only', async () => {
    const { s, token } = await boot();
    const user = 'jack@contoso.com';
    s.tenant.provision(user, [{ '@odata.type': ODATA.qrCodePin, id: 'qr-1', pin: null }]);
    const path = `/users/${user}/authentication/qrCodePinMethod`;
    expect((await call(s, 'DELETE', `/v1.0${path}`, { token })).status).toBe(404);
    expect((await call(s, 'GET', `/beta${path}`, { token })).status).toBe(200);
    expect((await call(s, 'DELETE', `/beta${path}`, { token })).status).toBe(204);
    expect(s.tenant.methodsOf(user).map((m) => m.id)).toEqual([PASSWORD_METHOD_ID]);
    expect((await call(s, 'DELETE', `/beta${path}`, { token })).status).toBe(404);
  });

  it('deletes a hardware OATH token via /beta hardwareOathMethods', async () => {
    const { s, token } = await boot();
    const user = 'kim@contoso.com';
    s.tenant.provision(user, [{ '@odata.type': ODATA.hardwareOath, id: 'hw-9' }]);
    expect((await call(s, 'DELETE', `/v1.0/users/${user}/authentication/hardwareOathMethods/hw-9`, { token })).status).toBe(404);
    expect((await call(s, 'DELETE', `/beta/users/${user}/authentication/hardwareOathMethods/hw-9`, { token })).status).toBe(204);
  });

  it('reads signInPreferences from the default and PATCHes it (204), validating the enum', async () => {
    const { s, token } = await boot();
    const user = 'lena@contoso.com';
    s.tenant.provision(
      user,
      [authenticator(AUTH_ID), phone(MOBILE_PHONE_ID, 'mobile', '+1 4255550103'), phone(ALTERNATE_MOBILE_PHONE_ID, 'alternateMobile', '+1 4255550104')],
      { defaultMethodId: AUTH_ID },
    );
    const path = `/beta/users/${user}/authentication/signInPreferences`;
    const prefs = async () => obj((await call(s, 'GET', path, { token })).json);
    expect(await prefs()).toMatchObject({
      isSystemPreferredAuthenticationMethodEnabled: false,
      userPreferredMethodForSecondaryAuthentication: 'push',
    });

    const patch = (value: unknown) => call(s, 'PATCH', path, { token, body: JSON.stringify({ userPreferredMethodForSecondaryAuthentication: value }) });
    expect((await patch('sms')).status).toBe(204);
    expect(s.tenant.defaultMethodIdOf(user)).toBe(MOBILE_PHONE_ID);
    expect((await prefs())['userPreferredMethodForSecondaryAuthentication']).toBe('sms');
    expect((await patch('voiceMobile')).status).toBe(204);
    expect((await prefs())['userPreferredMethodForSecondaryAuthentication']).toBe('voiceMobile');
    expect((await patch('voiceAlternateMobile')).status).toBe(204);
    expect(s.tenant.defaultMethodIdOf(user)).toBe(ALTERNATE_MOBILE_PHONE_ID);

    const invalid = await patch('carrierPigeon');
    expect(invalid.status).toBe(400);
    expect(s.tenant.defaultMethodIdOf(user)).toBe(ALTERNATE_MOBILE_PHONE_ID);
    expect((await patch('voiceOffice')).status).toBe(400); // no office phone registered

    // Now the Authenticator is no longer the default, so it can go first.
    expect((await call(s, 'DELETE', del(user, 'microsoftAuthenticatorMethods', AUTH_ID), { token })).status).toBe(204);
    expect((await call(s, 'GET', `/v1.0/users/${user}/authentication/signInPreferences`, { token })).status).toBe(404);
  });
});
