import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphCallError, failureReasonOf, isGone, isRefusedValue, isUserNotFound } from '../../src/graph/errors.js';
import { isComplete } from '../../src/reset/outcome.js';
import { orderForDeletion } from '../../src/reset/plan.js';
import { EMAIL_METHOD_ID, MOBILE_PHONE_ID, ODATA, type SimMethod } from '../../src/simulator/index.js';
import { startGraphRig, type GraphRig } from '../helpers/graph.js';
import { call } from '../simulator/harness.js';

/**
 * Graph's own error bodies, as published (the docs and their issues, /work/shared/reference/graph-api.md
 * §2.1 and §5.1), kept verbatim in test/fixtures/graph-errors/. The classification in
 * src/graph/errors.ts is tested against them through the real client (the simulator answers with the
 * fixture's exact body), and the simulator's own bodies are compared with them. The phone-order
 * refusal (a mobile number deleted while an alternate mobile remains) has no published text: its
 * branch is matched on the simulator's wording only, and says so (README, "Decisions worth knowing").
 */
interface Fixture {
  readonly source: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body: { error: { code: string; message: string; innerError: Record<string, string> } };
}

const DIR = new URL('../fixtures/graph-errors/', import.meta.url);
const fixtures = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Fixture]),
);

/** What each published body must mean to the reset. */
const EXPECTED: Record<string, { reason: string; conflict?: string; gone?: boolean; refusedValue?: boolean }> = {
  'default-method-2022': { reason: 'defaultMethod', conflict: 'defaultMethod', refusedValue: false },
  'default-method-2021': { reason: 'defaultMethod', conflict: 'defaultMethod', refusedValue: false },
  'throttled-429': { reason: 'busy' },
  'invalid-token-401': { reason: 'unauthorized' },
  'insufficient-privileges-403': { reason: 'permission' },
  'resource-not-found-404': { reason: 'unexpected', gone: true },
  'method-not-allowed-405': { reason: 'notDeletable' },
};

const USER = '6e1d6a2b-8b7c-4b0e-9a55-3c2d1e0f9a11';
const authenticator: SimMethod = { '@odata.type': ODATA.microsoftAuthenticator, id: 'auth-1', displayName: 'iPhone 15' };
const mobile: SimMethod = { '@odata.type': ODATA.phone, id: MOBILE_PHONE_ID, phoneType: 'mobile', phoneNumber: '+1 4255550101' };
const email: SimMethod = { '@odata.type': ODATA.email, id: EMAIL_METHOD_ID, emailAddress: 'jordan@contoso.com' };

let rig: GraphRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('Graph error fixtures (published bodies)', () => {
  it('has a fixture for every expectation and an expectation for every fixture', () => {
    expect(Object.keys(fixtures).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`classifies ${name} as ${expected.reason}, read through the real Graph client`, async () => {
      const f = fixtures[name]!;
      rig = await startGraphRig({ maxRetries: 0 });
      rig.tenant.provision(USER, [authenticator, email], { defaultMethodId: authenticator.id });
      const [target] = (await rig.api.list(USER)).filter((m) => m.id === email.id);
      rig.tenant.injectFault({
        method: 'DELETE',
        status: f.status,
        body: f.body,
        times: Infinity,
        ...(f.headers?.['retry-after'] ? { retryAfter: f.headers['retry-after'] } : {}),
      });
      const err = await rig.api.remove(USER, target!).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(GraphCallError);
      const e = err as GraphCallError;
      expect({ status: e.status, code: e.code, requestId: e.requestId }).toEqual({
        status: f.status,
        code: f.body.error.code,
        requestId: f.body.error.innerError['request-id'],
      });
      expect(failureReasonOf(e)).toBe(expected.reason);
      expect(e.conflict).toBe(expected.conflict);
      expect(isGone(e)).toBe(expected.gone ?? false);
      expect(isUserNotFound(e)).toBe(expected.gone ?? false);
      if (expected.refusedValue !== undefined) expect(isRefusedValue(e)).toBe(expected.refusedValue);
    });
  }

  it('defers a method refused with either published default-method text and removes it last', async () => {
    for (const name of ['default-method-2022', 'default-method-2021']) {
      rig = await startGraphRig();
      rig.tenant.provision(USER, [authenticator, mobile, email], { defaultMethodId: authenticator.id });
      const targets = orderForDeletion((await rig.api.list(USER)).filter((m) => m.kind !== 'password'));
      // The authenticator's first DELETE gets Graph's published refusal, whatever the simulator would say.
      rig.tenant.injectFault({ method: 'DELETE', pathIncludes: `microsoftAuthenticatorMethods/${authenticator.id}`, status: 400, body: fixtures[name]!.body });
      const outcome = await rig.engine.reset(USER, targets);
      expect({ name, complete: isComplete(outcome) }).toEqual({ name, complete: true });
      const deletes = rig.sim.stats.requests.filter((r) => r.method === 'DELETE').map((r) => r.path.split('/').at(-1));
      expect(deletes.at(-1)).toBe(authenticator.id);
      expect(deletes.filter((d) => d === authenticator.id)).toHaveLength(2);
      await rig.close();
      rig = undefined;
    }
  });

  it('the simulator’s own default-method refusal is the published body (2022 text), ids and dates aside', async () => {
    rig = await startGraphRig();
    rig.tenant.provision(USER, [mobile, email], { defaultMethodId: mobile.id });
    const token = await rig.tokens.getToken();
    const a = await call(rig.sim, 'DELETE', `/v1.0/users/${USER}/authentication/phoneMethods/${MOBILE_PHONE_ID}`, { token });
    const published = fixtures['default-method-2022']!;
    expect(a.status).toBe(published.status);
    const body = a.json as Fixture['body'];
    const inner = published.body.error.innerError;
    expect(Object.keys(body.error).sort()).toEqual(Object.keys(published.body.error).sort());
    expect(Object.keys(body.error.innerError).sort()).toEqual(Object.keys(inner).sort());
    // The fixture's method id is the mobile phone's: the whole message is the same text.
    expect(body.error.code).toBe(published.body.error.code);
    expect(body.error.message).toBe(published.body.error.message);
    expect(body.error.innerError.message).toBe(published.body.error.message);
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('the simulator’s injected faults default to the published codes and messages', async () => {
    rig = await startGraphRig({ maxRetries: 0 });
    rig.tenant.provision(USER, [authenticator, email], { defaultMethodId: authenticator.id });
    const token = await rig.tokens.getToken();
    for (const name of ['throttled-429']) {
      const f = fixtures[name]!;
      rig.tenant.injectFault({ method: 'GET', status: f.status });
      const a = await call(rig.sim, 'GET', `/v1.0/users/${USER}/authentication/methods`, { token });
      const e = (a.json as Fixture['body']).error;
      expect({ status: a.status, code: e.code, message: e.message }).toEqual({ status: f.status, code: f.body.error.code, message: f.body.error.message });
    }
    const noToken = await call(rig.sim, 'GET', `/v1.0/users/${USER}/authentication/methods`);
    const f401 = fixtures['invalid-token-401']!.body.error;
    const e401 = (noToken.json as Fixture['body']).error;
    expect({ status: noToken.status, code: e401.code, message: e401.message }).toEqual({ status: 401, code: f401.code, message: f401.message });
  });
});
