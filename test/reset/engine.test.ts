import { afterEach, describe, expect, it } from 'vitest';
import { getEventListeners } from 'node:events';
import { orderForDeletion, replacementDefaults } from '../../src/reset/plan.js';
import type { AuthMethod } from '../../src/reset/types.js';
import { isComplete } from '../../src/reset/outcome.js';
import { ResetEngine } from '../../src/reset/engine.js';
import {
  ALTERNATE_MOBILE_PHONE_ID,
  EMAIL_METHOD_ID,
  MOBILE_PHONE_ID,
  ODATA,
  OFFICE_PHONE_ID,
  SimulatedTenant,
  type SimMethod,
} from '../../src/simulator/index.js';
import { startGraphRig, type GraphRig } from '../helpers/graph.js';

const USER = '6e1d6a2b-8b7c-4b0e-9a55-3c2d1e0f9a11';
const authenticator: SimMethod = { '@odata.type': ODATA.microsoftAuthenticator, id: 'auth-1', displayName: 'iPhone 15' };
const authenticator2: SimMethod = { '@odata.type': ODATA.microsoftAuthenticator, id: 'auth-2', displayName: 'Old Pixel' };
const mobile: SimMethod = { '@odata.type': ODATA.phone, id: MOBILE_PHONE_ID, phoneType: 'mobile', phoneNumber: '+1 4255550101' };
const alternate: SimMethod = { '@odata.type': ODATA.phone, id: ALTERNATE_MOBILE_PHONE_ID, phoneType: 'alternateMobile', phoneNumber: '+1 4255550102' };
const office: SimMethod = { '@odata.type': ODATA.phone, id: OFFICE_PHONE_ID, phoneType: 'office', phoneNumber: '+1 4255550103' };
const email: SimMethod = { '@odata.type': ODATA.email, id: EMAIL_METHOD_ID, emailAddress: 'jordan@contoso.com' };
const fido2: SimMethod = { '@odata.type': ODATA.fido2, id: 'fido-1', displayName: 'YubiKey 5C', model: 'YubiKey 5C' };

let rig: GraphRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function setup(methods: SimMethod[], defaultMethodId?: string, opts: Parameters<typeof startGraphRig>[0] = {}) {
  rig = await startGraphRig(opts);
  rig.tenant.provision(USER, methods, defaultMethodId ? { defaultMethodId } : {});
  const listed = await rig.engine.list(USER);
  const targets = orderForDeletion(listed.filter((m) => m.kind !== 'password'));
  return { rig, targets };
}

/** Graph answers the method's DELETE with the default-method 400, `times` times. */
function refuseAsDefault(r: GraphRig, methodId: string, times: number): void {
  r.tenant.injectFault({
    method: 'DELETE',
    pathIncludes: `microsoftAuthenticatorMethods/${methodId}`,
    status: 400,
    code: 'badRequest',
    message: `The requested authentication method id of [${methodId}] matches the user's current default authentication method, and cannot be deleted until the default authentication method is changed`,
    times,
  });
}

const remainingKinds = (r: GraphRig) =>
  r.tenant
    .methodsOf(USER)
    .filter((m) => m['@odata.type'] !== ODATA.password)
    .map((m) => m.id);

describe('the reset engine against the simulated Graph', () => {
  it('removes a default method listed first, by deferring it until it is the last one', async () => {
    const { rig, targets } = await setup([authenticator, mobile, email], authenticator.id);
    const outcome = await rig.engine.reset(USER, targets);
    expect(isComplete(outcome)).toBe(true);
    expect(outcome.removed.map((m) => m.id).sort()).toEqual([authenticator.id, mobile.id, email.id].sort());
    expect(remainingKinds(rig)).toEqual([]);
  });

  it('hands the default to a kept method before removing it in a scoped reset', async () => {
    const { rig } = await setup([authenticator, alternate, mobile, email], authenticator.id);
    const listed = await rig.engine.list(USER);
    const outcome = await rig.engine.reset(
      USER,
      listed.filter((m) => m.id === authenticator.id),
    );
    expect(isComplete(outcome)).toBe(true);
    expect(outcome.defaultChange).toMatchObject({ result: 'set', preference: 'sms', to: { id: mobile.id } }); // mobile beats the voice-only alternate
    expect(rig.tenant.signInPreferences(USER).userPreferredMethodForSecondaryAuthentication).toBe('sms');
    expect(remainingKinds(rig).sort()).toEqual([alternate.id, mobile.id, email.id].sort());
    const patches = rig.sim.stats.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => [r.path, r.status])).toEqual([[`/beta/users/${USER}/authentication/signInPreferences`, 204]]);
  });

  it('never picks a method removed in the same reset, even while Graph still lists it', async () => {
    // Deleted methods stay listed for a while: the mobile phone (the best candidate) is gone but shown.
    // The tenant's clock moves only when the engine sleeps, so the phone is certainly still listed
    // when the new default is chosen (no sleep comes before that), and gone after the first backoff.
    const clock = { offset: 0 };
    const tenant = new SimulatedTenant({ consistencyDelayMs: 60_000, clock: () => Date.now() + clock.offset });
    const sleep = (_ms: number, signal: AbortSignal) => {
      clock.offset += 61_000;
      return signal.aborted ? Promise.reject(signal.reason as Error) : Promise.resolve();
    };
    rig = await startGraphRig({ tenant, engine: { sleep } });
    rig.tenant.provision(USER, [authenticator, mobile, office, email], { defaultMethodId: authenticator.id });
    const listed = await rig.engine.list(USER);
    const outcome = await rig.engine.reset(
      USER,
      listed.filter((m) => m.id === authenticator.id || m.id === mobile.id),
    );
    expect(isComplete(outcome)).toBe(true);
    expect(outcome.defaultChange).toMatchObject({ result: 'set', preference: 'voiceOffice', to: { id: office.id } });
    expect(rig.sim.stats.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([204]);
    expect(remainingKinds(rig).sort()).toEqual([office.id, email.id].sort());
    // The first verification list still showed the deleted mobile phone: it was listed throughout.
    expect(clock.offset).toBeGreaterThan(0);
  });

  it('tries the next candidate when Graph will not take the first as the default', async () => {
    const { rig } = await setup([authenticator, mobile, office], authenticator.id);
    rig.tenant.injectFault({
      method: 'PATCH',
      pathIncludes: 'signInPreferences',
      status: 400,
      code: 'badRequest',
      message: 'Text message is disabled by policy.',
    });
    const listed = await rig.engine.list(USER);
    const outcome = await rig.engine.reset(
      USER,
      listed.filter((m) => m.id === authenticator.id),
    );
    expect(isComplete(outcome)).toBe(true);
    expect(outcome.defaultChange).toMatchObject({ result: 'set', preference: 'voiceMobile', to: { id: mobile.id } });
  });

  it('reports a missing permission, not "it is your default", when Graph refuses the change of default', async () => {
    const { rig } = await setup([authenticator, mobile], authenticator.id);
    rig.tenant.injectFault({ method: 'PATCH', pathIncludes: 'signInPreferences', status: 403, code: 'accessDenied', message: 'Insufficient privileges.' });
    const listed = await rig.engine.list(USER);
    const outcome = await rig.engine.reset(
      USER,
      listed.filter((m) => m.id === authenticator.id),
    );
    expect(isComplete(outcome)).toBe(false);
    expect(outcome.failed.map((f) => [f.method.id, f.reason, f.status])).toEqual([[authenticator.id, 'permission', 403]]);
    expect(outcome.defaultChange).toMatchObject({ result: 'failed', status: 403, preference: 'sms' });
    expect(remainingKinds(rig).sort()).toEqual([authenticator.id, mobile.id].sort());
  });

  it('retries with backoff after changing the default, and says so when Graph still refuses', async () => {
    const { rig } = await setup([authenticator, mobile], authenticator.id);
    refuseAsDefault(rig, authenticator.id, Infinity);
    const listed = await rig.engine.list(USER);
    const outcome = await rig.engine.reset(
      USER,
      listed.filter((m) => m.id === authenticator.id),
    );
    expect(isComplete(outcome)).toBe(false);
    expect(outcome.defaultChange).toMatchObject({ result: 'set', to: { id: mobile.id } });
    expect(outcome.failed.map((f) => [f.method.id, f.reason])).toEqual([[authenticator.id, 'defaultPending']]);
    // The first refusal, then one retry at once and three more after growing pauses.
    expect(rig.sim.stats.requests.filter((r) => r.method === 'DELETE').length).toBe(5);
  });

  it('keeps retrying the last method standing when Graph still calls it the default (its view lags)', async () => {
    const { rig, targets } = await setup([authenticator, mobile], authenticator.id);
    // Refused twice more after the mobile phone is gone, then accepted.
    refuseAsDefault(rig, authenticator.id, 3);
    const outcome = await rig.engine.reset(USER, targets);
    expect(isComplete(outcome)).toBe(true);
    expect(outcome.defaultChange).toBeUndefined(); // nothing is kept, so there was nothing to hand over
    expect(rig.sim.stats.requests.some((r) => r.method === 'PATCH')).toBe(false);
    expect(remainingKinds(rig)).toEqual([]);
  });

  it('does not move the default again when it already is a kept method', async () => {
    const { rig } = await setup([authenticator, mobile], mobile.id); // the mobile phone is the default already
    refuseAsDefault(rig, authenticator.id, 2);
    const listed = await rig.engine.list(USER);
    const outcome = await rig.engine.reset(
      USER,
      listed.filter((m) => m.id === authenticator.id),
    );
    expect(isComplete(outcome)).toBe(true);
    expect(rig.sim.stats.requests.some((r) => r.method === 'PATCH')).toBe(false);
    expect(rig.tenant.signInPreferences(USER).userPreferredMethodForSecondaryAuthentication).toBe('sms');
  });

  it('unlocks a full reset where the default alternate mobile and the mobile block each other', async () => {
    // Graph: the alternate can't go while it is the default and the mobile stays; the mobile
    // can't go while the alternate stays. Making the mobile the default for a moment frees both.
    const { rig, targets } = await setup([alternate, mobile], alternate.id);
    const outcome = await rig.engine.reset(USER, targets);
    expect(isComplete(outcome)).toBe(true);
    expect(remainingKinds(rig)).toEqual([]);
    expect(outcome.defaultChange).toMatchObject({ result: 'set', preference: 'sms', to: { id: mobile.id } });
  });

  it('gives every refused method another go once the default has moved', async () => {
    const { rig, targets } = await setup([authenticator, alternate, mobile], authenticator.id);
    // The mobile is refused twice as if the alternate were still there (Graph's view lags).
    rig.tenant.injectFault({
      method: 'DELETE',
      pathIncludes: `phoneMethods/${MOBILE_PHONE_ID}`,
      status: 400,
      code: 'badRequest',
      message: 'A mobile phone method cannot be deleted while an alternate mobile phone method is registered.',
      times: 2,
    });
    const outcome = await rig.engine.reset(USER, targets);
    expect(isComplete(outcome)).toBe(true);
    expect(remainingKinds(rig)).toEqual([]);
  });

  it('does not move the default for a mobile number that must stay behind a kept alternate', async () => {
    const { rig } = await setup([mobile, alternate], mobile.id);
    const listed = await rig.engine.list(USER);
    const outcome = await rig.engine.reset(
      USER,
      listed.filter((m) => m.id === mobile.id),
    );
    expect(isComplete(outcome)).toBe(false);
    expect(outcome.failed.map((f) => [f.method.id, f.reason])).toEqual([[mobile.id, 'phoneOrder']]);
    expect(rig.sim.stats.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('leaves the default in place and says why when nothing kept can become the default', async () => {
    const { rig } = await setup([authenticator, email, fido2], authenticator.id);
    const listed = await rig.engine.list(USER);
    const outcome = await rig.engine.reset(
      USER,
      listed.filter((m) => m.id === authenticator.id),
    );
    expect(isComplete(outcome)).toBe(false);
    expect(outcome.failed.map((f) => [f.method.id, f.reason])).toEqual([[authenticator.id, 'defaultMethod']]);
    expect(outcome.defaultChange).toMatchObject({ result: 'none' });
    expect(rig.sim.stats.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('ranks replacement defaults and skips the value being removed ("oath" may be the Authenticator itself)', () => {
    const m = (id: string, kind: AuthMethod['kind'], phoneType?: AuthMethod['phoneType']): AuthMethod => ({ id, kind, odataType: '', phoneType });
    const kept = [m('o', 'phone', 'office'), m('s', 'softwareOath'), m('p', 'phone', 'mobile')];
    expect(replacementDefaults(kept).map((c) => c.preference)).toEqual(['oath', 'sms', 'voiceMobile', 'voiceOffice']);
    expect(replacementDefaults(kept, 'oath').map((c) => c.preference)).toEqual(['sms', 'voiceMobile', 'voiceOffice']);
    expect(replacementDefaults([m('e', 'email'), m('f', 'fido2')])).toEqual([]);
  });

  it('removes two phones, alternate mobile before mobile, even when mobile is listed first', async () => {
    const { rig, targets } = await setup([mobile, alternate, authenticator], authenticator.id);
    const outcome = await rig.engine.reset(USER, targets);
    expect(isComplete(outcome)).toBe(true);
    const deletes = rig.sim.stats.requests.filter((r) => r.method === 'DELETE' && r.path.includes('/phoneMethods/'));
    expect(deletes.every((r) => r.status === 204)).toBe(true);
    expect(deletes.map((r) => r.path.split('/').pop())).toEqual([ALTERNATE_MOBILE_PHONE_ID, MOBILE_PHONE_ID]);
  });

  it('removes every deletable type v1.0 lists, and never the password', async () => {
    const every: SimMethod[] = [
      authenticator,
      authenticator2,
      mobile,
      alternate,
      office,
      email,
      fido2,
      { '@odata.type': ODATA.softwareOath, id: 'oath-1' },
      { '@odata.type': ODATA.windowsHelloForBusiness, id: 'whfb-1', displayName: 'LAPTOP-42' },
      { '@odata.type': ODATA.temporaryAccessPass, id: 'tap-1' },
      { '@odata.type': ODATA.platformCredential, id: 'psso-1', displayName: 'MacBook Pro' },
      { '@odata.type': ODATA.externalAuthentication, id: 'ext-1', displayName: 'Duo' },
      { '@odata.type': ODATA.qrCodePin, id: 'qr-1' },
    ];
    const { rig, targets } = await setup(every, mobile.id);
    expect(targets).toHaveLength(every.length);
    const outcome = await rig.engine.reset(USER, targets);
    expect(outcome.failed).toEqual([]);
    expect(isComplete(outcome)).toBe(true);
    const left = rig.tenant.methodsOf(USER);
    expect(left.map((m) => m['@odata.type'])).toEqual([ODATA.password]);
  });

  it('waits for deletions to become visible before declaring success (eventual consistency)', async () => {
    // The tenant's clock moves only when the engine sleeps (30 s a backoff; deletions show after
    // 60 s), so however slow the host, the first two verification lists still show the deleted
    // methods and the third does not (a real 120 ms delay could pass before the first list).
    const clock = { offset: 0 };
    const tenant = new SimulatedTenant({ consistencyDelayMs: 60_000, clock: () => Date.now() + clock.offset });
    const sleeps: number[] = [];
    const sleep = (ms: number, signal: AbortSignal) => {
      sleeps.push(ms);
      clock.offset += 30_000;
      return signal.aborted ? Promise.reject(signal.reason as Error) : Promise.resolve();
    };
    const { rig, targets } = await setup([authenticator, email], authenticator.id, { tenant, engine: { sleep, verifyBaseDelayMs: 40, verifyAttempts: 6 } });
    const before = rig.sim.stats.requests.length;
    const outcome = await rig.engine.reset(USER, targets);
    expect(isComplete(outcome)).toBe(true);
    expect(outcome.removed.map((m) => m.id).sort()).toEqual([authenticator.id, email.id].sort());
    const lists = rig.sim.stats.requests.slice(before).filter((r) => r.method === 'GET' && r.path.includes(`${USER}/authentication/methods`));
    expect(lists).toHaveLength(3); // listed, still listed after one backoff, gone after two
    expect(sleeps).toEqual([40, 80]); // the verification backoff doubles
  });

  it('reports a method that is still listed after the verification window instead of claiming success', async () => {
    const tenant = new SimulatedTenant({ consistencyDelayMs: 60_000 });
    const { rig, targets } = await setup([authenticator, email], authenticator.id, { tenant, engine: { verifyBaseDelayMs: 5, verifyAttempts: 3 } });
    const outcome = await rig.engine.reset(USER, targets);
    expect(isComplete(outcome)).toBe(false);
    expect(outcome.failed.map((f) => f.reason)).toEqual(['stillVisible', 'stillVisible']);
  });

  it('does not count a verification list that fails after the deletes as "all gone" (issue 17)', async () => {
    const { rig, targets } = await setup([authenticator, email], authenticator.id, { engine: { verifyBaseDelayMs: 5, verifyAttempts: 3 } });
    // Every list after the first DELETE fails: the deletes happen, nothing confirms them.
    rig.tenant.injectFault({ method: 'GET', pathIncludes: USER, status: 403, times: Infinity, after: 'DELETE' });
    const outcome = await rig.engine.reset(USER, targets);
    expect(remainingKinds(rig)).toEqual([]);
    expect(outcome.verified).toBe(false);
    expect(outcome.removed).toEqual([]);
    expect(isComplete(outcome)).toBe(false);
    expect(outcome.failed.map((f) => [f.method.id, f.reason])).toEqual(targets.map((t) => [t.id, 'timeout']));
    const lists = rig.sim.stats.requests.filter((r) => r.method === 'GET' && r.path.includes(USER));
    expect(lists.length).toBeGreaterThan(1); // the list before the reset, and verification attempts after it
  });

  it('honours 429 Retry-After (fractional) and still removes everything', async () => {
    const { rig, targets } = await setup([authenticator, email], authenticator.id);
    rig.tenant.injectFault({ method: 'DELETE', status: 429, retryAfter: '0.05', times: 2 });
    const outcome = await rig.engine.reset(USER, targets);
    expect(isComplete(outcome)).toBe(true);
    expect(rig.sim.stats.requests.filter((r) => r.status === 429)).toHaveLength(2);
  });

  it('retries a 503 and succeeds', async () => {
    const { rig, targets } = await setup([authenticator, email], authenticator.id);
    rig.tenant.injectFault({ method: 'DELETE', pathIncludes: '/emailMethods/', status: 503 });
    const outcome = await rig.engine.reset(USER, targets);
    expect(isComplete(outcome)).toBe(true);
  });

  it('gives up on a method after bounded retries of 503 and reports it as busy', async () => {
    const { rig, targets } = await setup([authenticator, email], email.id, { maxRetries: 2 });
    rig.tenant.injectFault({ method: 'DELETE', pathIncludes: '/emailMethods/', status: 503, times: Infinity });
    const outcome = await rig.engine.reset(USER, targets);
    expect(outcome.failed.map((f) => [f.method.kind, f.reason])).toEqual([['email', 'busy']]);
    expect(outcome.removed.map((m) => m.kind)).toEqual(['microsoftAuthenticator']);
    const emailDeletes = rig.sim.stats.requests.filter((r) => r.path.includes('/emailMethods/'));
    expect(emailDeletes).toHaveLength(3); // 1 + 2 retries, then stop
  });

  it('reports 403 as a missing permission with the request id', async () => {
    const { rig, targets } = await setup([authenticator, email], authenticator.id);
    rig.tenant.injectFault({ method: 'DELETE', status: 403, times: Infinity });
    const outcome = await rig.engine.reset(USER, targets);
    expect(outcome.removed).toEqual([]);
    expect(outcome.failed.length).toBe(targets.length); // not vacuous: every target failed, each for this reason
    expect(outcome.failed.every((f) => f.reason === 'permission' && f.status === 403 && !!f.requestId)).toBe(true);
  });

  it('turns a 404 on list into "user not found"', async () => {
    rig = await startGraphRig({ tenant: new SimulatedTenant({ autoProvision: false }) });
    await expect(rig.engine.list('00000000-0000-4000-8000-000000000404')).rejects.toMatchObject({ reason: 'userNotFound', status: 404 });
  });

  it('treats a 404 on delete as already gone (a repeated confirmation has nothing left to do)', async () => {
    const { rig, targets } = await setup([authenticator, email], authenticator.id);
    await rig.engine.reset(USER, targets);
    const again = await rig.engine.reset(USER, targets);
    expect(isComplete(again)).toBe(true);
    expect(remainingKinds(rig)).toEqual([]);
    // Gone, but not removed by this reset: the reply must not say "removed".
    expect(again.removed).toEqual([]);
    expect(again.alreadyGone.map((m) => m.id).sort()).toEqual(targets.map((m) => m.id).sort());
  });
});

describe('the outcome of a reset, counted and bounded (mutation audit)', () => {
  const graphRequests = (r: GraphRig) => r.sim.stats.requests.filter((q) => q.path.startsWith('/v1.0/') || q.path.startsWith('/beta/'));

  it('counts every Graph call it made, deletes and verification lists together, and its own duration', async () => {
    // Consistency delay: the first verification list still shows the deleted methods, so it lists more than once.
    const tenant = new SimulatedTenant({ consistencyDelayMs: 80 });
    const { rig, targets } = await setup([authenticator, email], authenticator.id, { tenant, engine: { verifyBaseDelayMs: 40, verifyAttempts: 6 } });
    rig.sim.resetStats();
    const before = Date.now();
    const outcome = await rig.engine.reset(USER, targets);
    const wall = Date.now() - before;
    expect(isComplete(outcome)).toBe(true);
    const seen = graphRequests(rig);
    const lists = seen.filter((q) => q.method === 'GET').length;
    expect(lists).toBeGreaterThan(1);
    expect(seen.filter((q) => q.method === 'DELETE').length).toBeGreaterThan(0);
    expect(outcome.graphCalls).toBe(seen.length);
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(outcome.elapsedMs).toBeLessThanOrEqual(wall);
  });

  it('lists once to verify when everything it removed is gone, even though another method failed', async () => {
    // No default: the Authenticator may go while the email stays.
    const { rig, targets } = await setup([authenticator, email], undefined, { engine: { verifyBaseDelayMs: 5, verifyAttempts: 4 } });
    rig.tenant.injectFault({ method: 'DELETE', pathIncludes: '/emailMethods/', status: 403, times: Infinity });
    rig.sim.resetStats();
    const outcome = await rig.engine.reset(USER, targets);
    expect(outcome.removed.map((m) => m.id)).toEqual([authenticator.id]);
    expect(outcome.failed.map((f) => [f.method.id, f.reason])).toEqual([[email.id, 'permission']]);
    expect(outcome.verified).toBe(true);
    // The email is still listed because its delete failed, not because Graph lags: no second list.
    expect(graphRequests(rig).filter((q) => q.method === 'GET')).toHaveLength(1);
  });

  it('lists exactly verifyAttempts times, pausing between (not before) attempts with growing delays', async () => {
    const tenant = new SimulatedTenant({ consistencyDelayMs: 60_000 });
    const pauses: number[] = [];
    const sleep = (ms: number, signal: AbortSignal) => {
      pauses.push(ms);
      return signal.aborted ? Promise.reject(signal.reason as Error) : Promise.resolve();
    };
    const { rig, targets } = await setup([email], undefined, { tenant, engine: { verifyBaseDelayMs: 100, verifyAttempts: 3, sleep } });
    rig.sim.resetStats();
    const outcome = await rig.engine.reset(USER, targets);
    expect(outcome.failed.map((f) => [f.method.id, f.reason])).toEqual([[email.id, 'stillVisible']]);
    expect(graphRequests(rig).filter((q) => q.method === 'GET')).toHaveLength(3);
    expect(pauses).toEqual([100, 200]);
  });

  it('pauses through its own sleep, with growing delays, before retrying a delete Graph still refuses as the default', async () => {
    const pauses: number[] = [];
    const sleep = (ms: number, signal: AbortSignal) => {
      pauses.push(ms);
      return signal.aborted ? Promise.reject(signal.reason as Error) : Promise.resolve();
    };
    const { rig } = await setup([authenticator, mobile], authenticator.id, { engine: { verifyBaseDelayMs: 10, sleep } });
    refuseAsDefault(rig, authenticator.id, Infinity);
    const listed = await rig.engine.list(USER);
    const outcome = await rig.engine.reset(
      USER,
      listed.filter((m) => m.id === authenticator.id),
    );
    expect(outcome.failed.map((f) => [f.method.id, f.reason])).toEqual([[authenticator.id, 'defaultPending']]);
    // Three backoff pauses between the five DELETEs; the one verification list needs none.
    expect(pauses).toEqual([10, 20, 40]);
  });

  it('makes no Graph call at all when the caller has already given up, and claims nothing', async () => {
    const { rig, targets } = await setup([authenticator, email], authenticator.id);
    rig.sim.resetStats();
    const gone = new AbortController();
    gone.abort();
    const outcome = await rig.engine.reset(USER, targets, gone.signal);
    expect(graphRequests(rig)).toEqual([]);
    expect(outcome.graphCalls).toBe(0);
    expect(outcome).toMatchObject({ removed: [], alreadyGone: [], verified: false });
    expect(outcome.failed.map((f) => f.reason)).toEqual(targets.map(() => 'timeout'));
    expect(remainingKinds(rig).sort()).toEqual([authenticator.id, email.id].sort());
  });

  it("lets go of the caller's signal when a reset or a default read ends (no listener left behind)", async () => {
    const { rig, targets } = await setup([authenticator, email], authenticator.id);
    const caller = new AbortController();
    await rig.engine.defaultPreference(USER, caller.signal);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
    await rig.engine.reset(USER, targets, caller.signal);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
  });

  it('carries the request ids of failed Graph calls in the outcome (the support reference)', async () => {
    const { rig, targets } = await setup([authenticator, email], authenticator.id);
    rig.tenant.injectFault({ method: 'DELETE', pathIncludes: '/emailMethods/', status: 403, times: Infinity });
    const outcome = await rig.engine.reset(USER, targets);
    const failedEmail = outcome.failed.find((f) => f.method.id === email.id);
    expect(failedEmail?.requestId).toBeTruthy();
    expect(outcome.requestIds).toContain(failedEmail?.requestId);
  });

  const verificationLists = (r: GraphRig) => graphRequests(r).filter((q) => q.method === 'GET' && q.path.includes(`${USER}/authentication/methods`));

  it("reads the list again when a verification read fails once, and keeps that failure's request id", async () => {
    // No default: both DELETEs land in the first wave, so the first GET after them is the verification list.
    const { rig, targets } = await setup([authenticator, email], undefined, { engine: { verifyBaseDelayMs: 5, verifyAttempts: 3 } });
    rig.tenant.injectFault({
      method: 'GET',
      pathIncludes: USER,
      status: 403,
      after: 'DELETE',
      body: {
        error: {
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.',
          innerError: { 'request-id': 'verify-list-403' },
        },
      },
    });
    rig.sim.resetStats();
    const outcome = await rig.engine.reset(USER, targets);
    // The failed read is not taken as "nothing is visible": the retry confirms the removal.
    expect(outcome.verified).toBe(true);
    expect(isComplete(outcome)).toBe(true);
    expect(outcome.removed.map((m) => m.id).sort()).toEqual([authenticator.id, email.id].sort());
    expect(verificationLists(rig).map((q) => q.status)).toEqual([403, 200]);
    // Graph's request id of the failed read is the support reference; nothing else failed.
    expect(outcome.requestIds).toEqual(['verify-list-403']);
  });

  it('records no request id for a failed verification read that carried none (a timeout)', async () => {
    const { rig, targets } = await setup([authenticator, email], undefined, { requestTimeoutMs: 400, engine: { verifyBaseDelayMs: 5, verifyAttempts: 3 } });
    // A normal answer held past the client's timeout: the read fails with no response, so no request id.
    rig.tenant.injectFault({ method: 'GET', pathIncludes: USER, status: 0, delayMs: 5_000, after: 'DELETE' });
    rig.sim.resetStats();
    const outcome = await rig.engine.reset(USER, targets);
    expect(outcome.verified).toBe(true);
    expect(isComplete(outcome)).toBe(true);
    // Two DELETEs and two verification reads: the timed-out one (never answered) and the retry.
    expect(outcome.graphCalls).toBe(4);
    expect(verificationLists(rig).map((q) => q.status)).toEqual([200]);
    expect(outcome.requestIds).toEqual([]);
  });
});

describe('the default method read for display', () => {
  it('reads the default preference', async () => {
    const { rig } = await setup([authenticator, mobile], mobile.id);
    expect(await rig.engine.defaultPreference(USER)).toBe('sms');
  });

  it('is undefined, not an error, when Graph refuses the read', async () => {
    const { rig } = await setup([authenticator, mobile], mobile.id);
    rig.tenant.injectFault({ method: 'GET', pathIncludes: 'signInPreferences', status: 403, times: Infinity });
    expect(await rig.engine.defaultPreference(USER)).toBeUndefined();
  });

  it('waits no longer than the reset bound when that is shorter than its own 3 s', async () => {
    const { rig } = await setup([authenticator, mobile], mobile.id);
    const hurried = new ResetEngine(rig.api, { resetTimeoutMs: 300 });
    rig.tenant.injectFault({ method: 'GET', pathIncludes: 'signInPreferences', status: 0, delayMs: 2_000 });
    const started = Date.now();
    expect(await hurried.defaultPreference(USER)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1_800);
  });
});
