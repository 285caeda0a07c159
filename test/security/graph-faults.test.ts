import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppOverrides } from '../../src/app.js';
import { EMAIL_METHOD_ID, MOBILE_PHONE_ID, ODATA, SimulatedTenant, type SimMethod } from '../../src/simulator/index.js';
import { Chat, startTestBot, type TestBot, type Turn } from '../helpers/bot.js';

const TENANT = '00000000-0000-4000-8000-00000000de00';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const authenticator: SimMethod = { '@odata.type': ODATA.microsoftAuthenticator, id: 'auth-1', displayName: 'iPhone 15' };
const mobile: SimMethod = { '@odata.type': ODATA.phone, id: MOBILE_PHONE_ID, phoneType: 'mobile', phoneNumber: '+1 4255550123' };
const email: SimMethod = { '@odata.type': ODATA.email, id: EMAIL_METHOD_ID, emailAddress: 'jordan@contoso.com' };
const STANDARD = [authenticator, mobile, email];

/** A tenant whose clock a test can move (token expiry, eventual consistency). */
function clockedTenant(consistencyDelayMs = 0) {
  const clock = { offset: 0 };
  const tenant = new SimulatedTenant({ consistencyDelayMs, clock: () => Date.now() + clock.offset });
  return { tenant, clock };
}

interface Rig {
  bot: TestBot;
  clock: { offset: number };
}

async function startRig(opts: { env?: Record<string, string>; overrides?: AppOverrides; consistencyDelayMs?: number } = {}): Promise<Rig> {
  const { tenant, clock } = clockedTenant(opts.consistencyDelayMs);
  const bot = await startTestBot({
    tenant,
    // The smallest per-request timeout the config allows; fast retries that still honour Retry-After.
    env: { GRAPH_REQUEST_TIMEOUT_SECONDS: '1', ...opts.env },
    overrides: {
      graphRetry: { baseDelaySeconds: 0.01, maxRetryWaitMs: 1500 },
      engine: { verifyBaseDelayMs: 10, resetTimeoutMs: 4000 },
      ...opts.overrides,
    },
  });
  return { bot, clock };
}

function newUser(rig: Rig, methods: SimMethod[] = STANDARD, defaultMethodId: string | undefined = authenticator.id) {
  const chat = new Chat(rig.bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT });
  const user = chat.spec.aadObjectId!;
  rig.bot.tenant.provision(user, methods, defaultMethodId ? { defaultMethodId } : {});
  return { chat, user };
}

/** "reset my MFA", then Yes if a card came. */
async function resetFlow(chat: Chat): Promise<{ request: Turn; yes: Turn | undefined; text: string }> {
  const request = await chat.say('reset my MFA');
  const card = request.cards[0];
  const yes = card ? await chat.click(card, 'Yes') : undefined;
  return { request, yes, text: [request.said, yes?.said ?? ''].join('\n') };
}

function remaining(rig: Rig, user: string): string[] {
  return rig.bot.tenant
    .methodsOf(user)
    .filter((m) => m['@odata.type'] !== ODATA.password)
    .map((m) => m.id);
}

/** The reply never claims a reset while a method remains, and claims one when none does. */
function expectTruthful(rig: Rig, user: string, text: string) {
  if (remaining(rig, user).length > 0) expect(text).not.toMatch(/I've reset your MFA|Done\. I removed/);
  else expect(text).toMatch(/I've reset your MFA/);
}

/** The last audit record about this user: complete, and of the expected kind. */
function lastAudit(rig: Rig, user: string, event: string, outcome: RegExp) {
  const records = rig.bot.logs.audits().filter((a) => (a.requester as { userId?: string } | undefined)?.userId === user);
  const a = records.at(-1)!;
  expect(a).toBeDefined();
  expect(a.event).toBe(event);
  expect(a.outcome).toMatch(outcome);
  expect(Date.parse(a.time as string)).toBeGreaterThan(Date.now() - 60_000);
  expect(a.correlationId).toMatch(GUID);
  expect(a.requester).toEqual({ userId: user, tenantId: TENANT });
  return a;
}

/** Faults cleared, the same user can reset at once: nothing was left half-done or locked. */
async function expectNotStuck(rig: Rig, chat: Chat, user: string) {
  rig.bot.tenant.clearFaults();
  const again = await resetFlow(chat);
  expect(again.text).toMatch(/I've reset your MFA|nothing to reset/);
  expect(remaining(rig, user)).toEqual([]);
}

function graphRequests(rig: Rig, method: string, pathPart: string) {
  return rig.bot.app.simulator!.stats.requests.filter((r) => r.method === method && decodeURIComponent(r.path).includes(pathPart));
}

describe('Graph faults, end to end through the bot', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => rig.bot.stop());
  afterEach(() => rig.bot.tenant.clearFaults());

  it('waits out a 429 with an integer Retry-After and completes the reset', async () => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'DELETE', pathIncludes: `${user}/authentication/emailMethods`, status: 429, retryAfter: '1' });
    const started = Date.now();
    const { text } = await resetFlow(chat);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // Retry-After honoured
    expect(text).toMatch(/I've reset your MFA/);
    expectTruthful(rig, user, text);
    lastAudit(rig, user, 'completion', /^reset$/);
  });

  it('waits out 429s with a fractional Retry-After while listing', async () => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'GET', pathIncludes: `${user}/authentication/methods`, status: 429, retryAfter: '0.05', times: 2 });
    const { text } = await resetFlow(chat);
    expect(graphRequests(rig, 'GET', `${user}/authentication/methods`).filter((r) => r.status === 429)).toHaveLength(2);
    expect(text).toMatch(/I've reset your MFA/);
    expectTruthful(rig, user, text);
  });

  it('does not wait for a Retry-After longer than its bound: says Microsoft is busy at once', async () => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'GET', pathIncludes: `${user}/authentication/methods`, status: 429, retryAfter: '3600' });
    const { request, text } = await resetFlow(chat);
    // At once: one GET, no retry after the refused Retry-After (a count, not a clock).
    expect(graphRequests(rig, 'GET', `${user}/authentication/methods`)).toHaveLength(1);
    expect(request.cards).toHaveLength(0);
    expect(text).toMatch(/Microsoft's service is busy right now/);
    expect(graphRequests(rig, 'GET', `${user}/authentication/methods`)).toHaveLength(1);
    const a = lastAudit(rig, user, 'failure', /^listFailed$/);
    expect((a.graphRequestIds as string[])[0]).toMatch(GUID);
    await expectNotStuck(rig, chat, user);
  });

  it.each([503, 504])('retries a transient %i and completes the reset', async (status) => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'DELETE', pathIncludes: `${user}/authentication/phoneMethods`, status, retryAfter: '0.01', times: 2 });
    const { text } = await resetFlow(chat);
    expect(text).toMatch(/I've reset your MFA/);
    expectTruthful(rig, user, text);
  });

  it('bounds retries of a persistent 503 in count and time, and tells the truth', async () => {
    const { chat, user } = newUser(rig);
    // (Without Retry-After the SDK backs off ~1, 2 and 4 s plus jitter: bounded, but slow for a test.)
    rig.bot.tenant.injectFault({ method: 'DELETE', pathIncludes: `${user}/authentication/phoneMethods`, status: 503, retryAfter: '0.01', times: Infinity });
    const started = Date.now();
    const { text } = await resetFlow(chat);
    // The count is the bound; the clock only guards against a hang (wide: a slow host must not flip it).
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(graphRequests(rig, 'DELETE', `${user}/authentication/phoneMethods`)).toHaveLength(4); // 1 + 3 retries
    // The phone stays, so Graph also refuses the default method (Authenticator) while it remains.
    expect(text).toMatch(
      /I could only partly reset your MFA\. Removed: email j•••@contoso\.com\. Not removed: Microsoft Authenticator \(iPhone 15\) \(it's your default .*\) and mobile phone \+1 ••• ••• 0123 \(Microsoft's service was too busy\)/,
    );
    expectTruthful(rig, user, text);
    const a = lastAudit(rig, user, 'failure', /^partial$/);
    expect(a).toMatchObject({ removed: 1, failed: 2, methods: { count: 3 } });
    expect((a.graphRequestIds as string[]).length).toBeGreaterThan(0);
    await expectNotStuck(rig, chat, user);
  });

  it('gives up on a hanging list after the per-request timeout and says so', async () => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'GET', pathIncludes: `${user}/authentication/methods`, status: 200, delayMs: 10_000 });
    const started = Date.now();
    const { request, text } = await resetFlow(chat);
    expect(Date.now() - started).toBeLessThan(9000); // the list hangs 10 s: it gave up before (wide for a slow host)
    expect(request.cards).toHaveLength(0);
    expect(text).toMatch(/Microsoft's service is busy right now, so I couldn't read your MFA methods/);
    lastAudit(rig, user, 'failure', /^listFailed$/);
    await expectNotStuck(rig, chat, user);
  });

  it('reports hanging deletes truthfully: verification decides, not the timeout', async () => {
    const { chat, user } = newUser(rig);
    // The simulator applies a DELETE on arrival and only delays the answer, like a Graph call
    // that succeeds after the client gave up.
    rig.bot.tenant.injectFault({ method: 'DELETE', pathIncludes: user, status: 200, delayMs: 10_000, times: Infinity });
    const { text } = await resetFlow(chat);
    // Mobile and email: deleted on arrival, their answers lost to the client's timeout, and the
    // verification list shows them gone. The Authenticator is the default: Graph's refusal (while
    // the others remained) never reached the client either, so it is reported as not removed.
    expect(remaining(rig, user)).toEqual([authenticator.id]);
    expectTruthful(rig, user, text);
    expect(text).toMatch(
      /I could only partly reset your MFA\. Removed: mobile phone .+ and email .+\. Not removed: Microsoft Authenticator \(iPhone 15\) \(Microsoft didn't answer in time\)/,
    );
    const a = lastAudit(rig, user, 'failure', /^partial$/);
    expect(a).toMatchObject({ removed: 2, failed: 1 });
    await expectNotStuck(rig, chat, user);
  });

  it('does not say "I\'ve reset your MFA" when the list that verifies the deletes fails (issue 17)', async () => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'GET', pathIncludes: user, status: 503, times: Infinity, after: 'DELETE' });
    const { yes } = await resetFlow(chat);
    expect(remaining(rig, user)).toEqual([]); // the deletes went through ...
    expect(yes?.said).not.toMatch(/I've reset your MFA|Done\. I removed/); // ... but nothing confirmed it
    expect(yes?.said).toMatch(/I couldn't finish checking your MFA reset/);
    lastAudit(rig, user, 'failure', /^failed$/);
  });

  it('explains a 403 (missing permission) to the user and names the permission for the operator', async () => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'GET', pathIncludes: `${user}/authentication/methods`, status: 403 });
    const logged = rig.bot.logs.lines.length; // the hint must come from this flow, not an earlier test's 403
    const { request, text } = await resetFlow(chat);
    expect(request.cards).toHaveLength(0);
    expect(text).toMatch(/I'm not set up to manage MFA methods yet, so nothing was changed/);
    // The reply carries a random reference (a UUID such as 9403cf2d-…): look for the status outside it.
    expect(text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<reference>')).not.toMatch(
      /UserAuthenticationMethod|403|accessDenied/,
    );
    const hint = rig.bot.logs
      .records()
      .slice(logged)
      .find((r) => r.level === 'error' && JSON.stringify(r).includes('UserAuthenticationMethod.ReadWrite.All'));
    expect(hint).toBeDefined();
    lastAudit(rig, user, 'failure', /^listFailed$/);
    await expectNotStuck(rig, chat, user);
  });

  it('reports a 403 on delete as nothing removed, with the reason', async () => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'DELETE', pathIncludes: user, status: 403, times: Infinity });
    const { text } = await resetFlow(chat);
    expect(text).toMatch(/I couldn't reset your MFA: nothing was removed\..*I'm not allowed to change sign-in methods yet/);
    expect(remaining(rig, user)).toHaveLength(3);
    lastAudit(rig, user, 'failure', /^failed$/);
    await expectNotStuck(rig, chat, user);
  });

  it('explains a 401 from Graph and logs an operator hint', async () => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'GET', pathIncludes: `${user}/authentication/methods`, status: 401, times: 2 });
    const { text } = await resetFlow(chat);
    expect(text).toMatch(/I'm not set up to manage MFA methods yet/);
    expect(rig.bot.logs.records().some((r) => r.level === 'error' && r.msg === 'Graph rejected the token')).toBe(true);
    lastAudit(rig, user, 'failure', /^listFailed$/);
    await expectNotStuck(rig, chat, user);
  });

  it('recovers from a revoked token by fetching a fresh one, once', async () => {
    const { chat, user } = newUser(rig);
    await resetFlow(newUser(rig).chat); // a token is cached
    const sim = rig.bot.app.simulator!;
    const tokenRequests = sim.stats.tokenRequests;
    rig.clock.offset += 2 * 3600_000; // Graph now rejects the cached token (MSAL still thinks it valid)
    const { text } = await resetFlow(chat);
    expect(text).toMatch(/I've reset your MFA/);
    expect(sim.stats.tokenRequests).toBe(tokenRequests + 1);
    expect(graphRequests(rig, 'GET', `${user}/authentication/methods`).filter((r) => r.status === 401)).toHaveLength(1);
  });

  it('tells a user Graph does not know (404) to contact the helpdesk', async () => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'GET', pathIncludes: `${user}/authentication/methods`, status: 404, code: 'Request_ResourceNotFound' });
    const { request, text } = await resetFlow(chat);
    expect(request.cards).toHaveLength(0);
    expect(text).toMatch(/I couldn't find your account in the directory/);
    lastAudit(rig, user, 'failure', /^listFailed$/);
  });

  it('explains a default method Graph will not remove while another method remains', async () => {
    const future: SimMethod = { '@odata.type': '#microsoft.graph.futureAuthenticationMethod', id: 'future-1' };
    const { chat, user } = newUser(rig, [authenticator, email, future], authenticator.id);
    const { text } = await resetFlow(chat);
    expect(text).toMatch(
      /I could only partly reset your MFA\. Removed: email j•••@contoso\.com\. Not removed: Microsoft Authenticator \(iPhone 15\) \(it's your default sign-in method/,
    );
    expectTruthful(rig, user, text);
    lastAudit(rig, user, 'failure', /^partial$/);
    // An administrator removes the unknown method; the user's next reset goes through.
    rig.bot.tenant.provision(user, [authenticator], { defaultMethodId: authenticator.id });
    await expectNotStuck(rig, chat, user);
  });

  it('names the method left behind on a partial failure, with request ids in the audit', async () => {
    const { chat, user } = newUser(rig);
    rig.bot.tenant.injectFault({ method: 'DELETE', pathIncludes: `${user}/authentication/emailMethods`, status: 500, times: Infinity });
    const { text } = await resetFlow(chat);
    // The email stays, so Graph also refuses the default method (Authenticator) while it remains.
    expect(text).toMatch(
      /Removed: mobile phone \+1 ••• ••• 0123\. Not removed: Microsoft Authenticator \(iPhone 15\) \(it's your default sign-in method.*\) and email j•••@contoso\.com \(something unexpected went wrong\)/,
    );
    expect(text).toMatch(/reference [0-9a-f-]{36}/);
    expectTruthful(rig, user, text);
    const a = lastAudit(rig, user, 'failure', /^partial$/);
    expect(a).toMatchObject({
      removed: 1,
      failed: 2,
      failures: [
        { kind: 'microsoftAuthenticator', reason: 'defaultMethod' },
        { kind: 'email', reason: 'unexpected' },
      ],
    });
    const ids = a.graphRequestIds as string[];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) expect(id).toMatch(GUID);
    await expectNotStuck(rig, chat, user);
  });
});

describe('Graph faults that need their own tenant', () => {
  let rig: Rig | undefined;
  afterEach(async () => {
    await rig?.bot.stop();
    rig = undefined;
  });

  it('reports a method that stays visible after deletion, and not as reset', async () => {
    rig = await startRig({ consistencyDelayMs: 600_000, overrides: { engine: { verifyAttempts: 3, verifyBaseDelayMs: 10, resetTimeoutMs: 4000 } } });
    const { chat, user } = newUser(rig);
    const { text } = await resetFlow(chat);
    expect(text).not.toMatch(/I've reset your MFA/);
    expect(text).toMatch(/Microsoft accepted the removal but still lists it/);
    lastAudit(rig, user, 'failure', /^failed$/);
    // Once Graph catches up, the user sees the truth and nothing is stuck.
    rig.clock.offset += 601_000;
    await expectNotStuck(rig, chat, user);
  });

  it('removes nothing when the list before the DELETEs does not answer, and says so', async () => {
    rig = await startRig({ env: { GRAPH_REQUEST_TIMEOUT_SECONDS: '30' }, overrides: { engine: { verifyBaseDelayMs: 10, resetTimeoutMs: 1000 } } });
    const { chat, user } = newUser(rig);
    const card = (await chat.say('reset my MFA')).cards[0]!;
    rig.bot.tenant.injectFault({ method: '*', pathIncludes: `${user}/authentication`, status: 200, delayMs: 20_000, times: Infinity });
    const yes = await chat.click(card, 'Yes');
    rig.bot.tenant.clearFaults();
    expect(yes.said).toMatch(/couldn't read your MFA methods/);
    expect(yes.said).not.toMatch(/I've reset your MFA|Removed/);
    expect(rig.bot.app.simulator!.stats.requests.filter((r) => r.method === 'DELETE' && r.path.includes(user))).toHaveLength(0);
    expect(remaining(rig, user)).toHaveLength(3);
    lastAudit(rig, user, 'failure', /^listFailed$/);
  });

  it('bounds the whole reset, and does not claim "nothing removed" when it could not check', async () => {
    rig = await startRig({ env: { GRAPH_REQUEST_TIMEOUT_SECONDS: '30' }, overrides: { engine: { verifyBaseDelayMs: 10, resetTimeoutMs: 1000 } } });
    const { chat, user } = newUser(rig);
    const card = (await chat.say('reset my MFA')).cards[0]!;
    // The DELETEs hang (the list before them, which checks nothing changed since the card, answers).
    rig.bot.tenant.injectFault({ method: 'DELETE', pathIncludes: user, status: 200, delayMs: 20_000, times: Infinity });
    const started = Date.now();
    const yes = await chat.click(card, 'Yes');
    expect(Date.now() - started).toBeLessThan(15_000); // the deletes hang 20 s: the 1 s bound held (wide for a slow host)
    const text = yes.said;
    expect(text).toMatch(/I couldn't finish checking your MFA reset because Microsoft didn't answer in time/);
    expect(text).not.toMatch(/nothing was removed|I've reset your MFA/);
    lastAudit(rig, user, 'failure', /^failed$/);
    await expectNotStuck(rig, chat, user);
  });
});
