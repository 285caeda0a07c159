import { describe, expect, it } from 'vitest';
import { EMAIL_METHOD_ID } from '../../src/simulator/index.js';
import { call, errorOf, getToken, methodsPath, useSimulator } from './harness.js';

const boot = useSimulator();

const USER = 'mia@contoso.com';
const emailPath = `/v1.0/users/${USER}/authentication/emailMethods/${EMAIL_METHOD_ID}`;

describe('injected faults', () => {
  it('429 with a fractional Retry-After fails exactly `times` requests, then normal service resumes', async () => {
    const { s, token } = await boot();
    s.tenant.injectFault({ status: 429, retryAfter: '0.05', times: 2 });
    for (let i = 0; i < 2; i++) {
      const a = await call(s, 'GET', methodsPath(USER), { token });
      expect(a.status).toBe(429);
      expect(a.headers.get('retry-after')).toBe('0.05');
      expect(errorOf(a)).toMatchObject({ code: 'TooManyRequests', message: 'Please retry again later.' });
      expect(errorOf(a).innerError['request-id']).toBe(a.headers.get('request-id'));
    }
    expect((await call(s, 'GET', methodsPath(USER), { token })).status).toBe(200);
  });

  it.each([
    [503, 'serviceNotAvailable'],
    [504, 'gatewayTimeout'],
    [403, 'accessDenied'],
    [500, 'generalException'],
  ])('%i answers with code %s and no Retry-After unless given', async (status, code) => {
    const { s, token } = await boot();
    s.tenant.injectFault({ status });
    const a = await call(s, 'GET', methodsPath(USER), { token });
    expect(a.status).toBe(status);
    expect(errorOf(a).code).toBe(code);
    expect(a.headers.get('retry-after')).toBeNull();
  });

  it('honours overrides, the method and path filters, and FIFO order; a failed DELETE changes nothing', async () => {
    const { s, token } = await boot();
    s.tenant.injectFault({ method: 'DELETE', pathIncludes: '/emailMethods/', status: 503, code: 'UnknownError', message: 'boom', retryAfter: '1' });
    s.tenant.injectFault({ method: 'DELETE', status: 504 });

    expect((await call(s, 'GET', methodsPath(USER), { token })).status).toBe(200); // GET does not match
    const phoneDelete = await call(s, 'DELETE', `/v1.0/users/${USER}/authentication/phoneMethods/x`, { token });
    expect(phoneDelete.status).toBe(504); // first fault's path does not match; second fault does
    const first = await call(s, 'DELETE', emailPath, { token });
    expect(first.status).toBe(503);
    expect(errorOf(first)).toMatchObject({ code: 'UnknownError', message: 'boom' });
    expect(first.headers.get('retry-after')).toBe('1');
    expect(s.tenant.methodsOf(USER).map((m) => m.id)).toContain(EMAIL_METHOD_ID);
    expect((await call(s, 'DELETE', emailPath, { token })).status).toBe(204);
  });

  it('matches a user id against the decoded path and lasts until clearFaults when times is Infinity', async () => {
    const { s, token } = await boot();
    s.tenant.injectFault({ pathIncludes: USER, status: 429, times: Infinity });
    for (let i = 0; i < 3; i++) expect((await call(s, 'GET', methodsPath(USER), { token })).status).toBe(429);
    expect((await call(s, 'GET', methodsPath('other@contoso.com'), { token })).status).toBe(200);
    s.tenant.clearFaults();
    expect((await call(s, 'GET', methodsPath(USER), { token })).status).toBe(200);
  });

  it('does not apply to the token endpoint, nor get used up by unauthenticated requests', async () => {
    const { s, token } = await boot();
    s.tenant.injectFault({ status: 429 });
    await getToken(s);
    expect((await call(s, 'GET', methodsPath(USER))).status).toBe(401);
    expect((await call(s, 'GET', methodsPath(USER), { token })).status).toBe(429);
  });

  it('delayMs with a non-error status delays a normal answer (which a client can time out on)', async () => {
    const { s, token } = await boot();
    s.tenant.injectFault({ status: 200, delayMs: 40 });
    const started = performance.now();
    const a = await call(s, 'GET', methodsPath(USER), { token });
    expect(a.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);

    s.tenant.injectFault({ status: 0, delayMs: 5_000 });
    await expect(fetch(`${s.url}${methodsPath(USER)}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(30) })).rejects.toThrow();
  });
});

describe('latencyMs', () => {
  it('delays Graph responses by at least the latency but not token responses', async () => {
    const { s, token } = await boot({ latencyMs: 40 });
    const t0 = performance.now();
    await getToken(s);
    const tokenMs = performance.now() - t0;
    const t1 = performance.now();
    expect((await call(s, 'GET', methodsPath(USER), { token })).status).toBe(200);
    expect(performance.now() - t1).toBeGreaterThanOrEqual(35); // timer granularity allowance
    expect(tokenMs).toBeLessThan(5_000); // wide for a slow host
  });

  it('close() resolves while a delayed response is pending, and is idempotent', async () => {
    const { s, token } = await boot({ latencyMs: 10_000 });
    const pending = call(s, 'GET', methodsPath(USER), { token }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 20));
    const started = performance.now();
    await Promise.all([s.close(), s.close()]);
    expect(performance.now() - started).toBeLessThan(5_000); // the response waits 10 s: close() did not
    expect(await pending).toBeInstanceOf(Error);
  });
});
