import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import type { ResetEngine } from '../../src/reset/engine.js';
import type { GuardVerdict, SelfServiceGuards } from '../../src/reset/guards.js';
import { ListFailedError, type ResetOutcome } from '../../src/reset/outcome.js';
import type { Party, ResetEvent } from '../../src/reset/events.js';
import { ResetService, type NewestCard, type Requester } from '../../src/reset/service.js';
import { TokenSigner } from '../../src/reset/token.js';
import type { AuthMethod } from '../../src/reset/types.js';
import { createMemoryState } from '../../src/state/memory.js';
import { StateUnavailableError, type PendingRequests } from '../../src/state/ports.js';
import { LogCapture } from '../helpers/logs.js';

/**
 * The reset service's offer and the start of its confirm path, with the real token signer, the
 * real memory store and an engine that only lists (issue 17: the mutation audit of service.ts).
 * The conversation-level proofs are in confirm-safety.test.ts and security/confirmation.test.ts.
 */
const T0 = 1_750_000_000_000;
const METHODS: AuthMethod[] = [
  { id: 'auth-1', kind: 'microsoftAuthenticator', odataType: '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod', displayName: 'iPhone' },
  {
    id: '3179e48a-750b-4051-897c-87b9720928f7',
    kind: 'phone',
    odataType: '#microsoft.graph.phoneAuthenticationMethod',
    phoneType: 'mobile',
    phoneNumber: '+1 4255550199',
  },
];
const alice: Party = { userId: 'alice', tenantId: 'tenant-a' };
const asker: Requester = { ...alice, conversationId: 'conv-1', correlationId: 'corr-1' };
const KEY = randomBytes(32);

interface RigOptions {
  pending?: PendingRequests<NewestCard>;
  reRegistrationUnenforced?: () => boolean;
  guards?: { check: () => Promise<GuardVerdict>; take: () => Promise<GuardVerdict> };
  methodCacheMs?: number;
}

function rig(opts: RigOptions = {}) {
  const memory = createMemoryState({ now: () => T0 });
  const events: ResetEvent[] = [];
  const out = new LogCapture();
  const resets: AuthMethod[][] = [];
  const graph = {
    live: [...METHODS] as AuthMethod[],
    lists: 0,
    listError: undefined as unknown,
    outcome: (targets: readonly AuthMethod[]): ResetOutcome => ({
      removed: targets,
      alreadyGone: [],
      failed: [],
      verified: true,
      requestIds: [],
      graphCalls: 1,
      elapsedMs: 1,
    }),
  };
  const engine = {
    list: async () => {
      graph.lists += 1;
      if (graph.listError !== undefined) throw graph.listError;
      return [...graph.live];
    },
    reset: async (_userId: string, targets: readonly AuthMethod[]) => (resets.push([...targets]), graph.outcome(targets)),
    defaultPreference: async () => undefined,
  } as unknown as ResetEngine;
  const service = new ResetService({
    engine,
    signer: new TokenSigner(KEY, 300, () => T0),
    nonces: memory.nonces,
    pending: opts.pending ?? memory.pending<NewestCard>('newestCard'),
    sink: { emit: (e) => void events.push(e) },
    canDelete: () => true,
    label: (m) => m.kind,
    log: createLogger('debug', out),
    demo: false,
    graphRequestsPerMinute: 100,
    methodCacheMs: opts.methodCacheMs ?? 0,
    stateTimeoutMs: 1000,
    ...(opts.reRegistrationUnenforced ? { reRegistrationUnenforced: opts.reRegistrationUnenforced } : {}),
    ...(opts.guards ? { guards: opts.guards as unknown as SelfServiceGuards } : {}),
    now: () => T0,
  });
  /** A card for alice, offered in her own chat. */
  const card = async () => {
    const offer = await service.offer(alice, { kind: 'all' }, asker);
    if (offer.kind !== 'card') throw new Error(`no card: ${offer.kind}`);
    events.length = 0;
    return offer.token;
  };
  const types = () => events.map((e) => e.type);
  return { service, events, out, resets, graph, card, types };
}

describe('offering a reset', () => {
  it('records one "requested" event for a self-service card, naming the scope and the methods', async () => {
    const r = rig();
    const offer = await r.service.offer(alice, { kind: 'all' }, asker);
    expect(offer).toMatchObject({ kind: 'card', expiresAt: T0 + 300_000 });
    expect(r.events.map((e) => e.type)).toEqual(['requested']);
    expect(r.events[0]).toMatchObject({
      type: 'requested',
      scope: 'all',
      methods: [{ kind: 'microsoftAuthenticator' }, { kind: 'phone', phoneType: 'mobile' }],
      correlationId: 'corr-1',
      subject: alice,
    });
  });

  it('records no event of its own for a helpdesk card (the request’s own event names both people)', async () => {
    const r = rig();
    const technician: Party = { userId: 'tech', tenantId: 'tenant-a' };
    const offer = await r.service.offer(
      alice,
      { kind: 'all' },
      { ...technician, conversationId: 'conv-t', correlationId: 'corr-2' },
      { onBehalf: { requester: technician, path: 'targetConfirmed' } },
    );
    expect(offer.kind).toBe('card');
    expect(r.events).toEqual([]);
  });

  it('warns the operator with each card while nothing forces re-registration, and only then', async () => {
    const warnings = (r: ReturnType<typeof rig>) => r.out.records().filter((l) => l.level === 'warn');
    const unenforced = rig({ reRegistrationUnenforced: () => true });
    await unenforced.service.offer(alice, { kind: 'all' }, asker);
    expect(warnings(unenforced)).toHaveLength(1);
    expect(warnings(unenforced)[0]).toMatchObject({ preflight: 'registration.none', correlationId: 'corr-1', msg: expect.stringMatching(/re-registration/) });
    const enforced = rig({ reRegistrationUnenforced: () => false });
    expect((await enforced.service.offer(alice, { kind: 'all' }, asker)).kind).toBe('card');
    expect(warnings(enforced)).toEqual([]);
    const unknown = rig();
    expect((await unknown.service.offer(alice, { kind: 'all' }, asker)).kind).toBe('card');
    expect(warnings(unknown)).toEqual([]);
  });

  it('shows no card when the newest-card record cannot be written: refused, logged, no "requested" event', async () => {
    const memory = createMemoryState({ now: () => T0 });
    const broken = { ...memory.pending<NewestCard>('newestCard'), get: async () => Promise.reject(new StateUnavailableError('get')) };
    const r = rig({ pending: broken });
    expect(await r.service.offer(alice, { kind: 'all' }, asker)).toEqual({ kind: 'refused', reason: 'stateUnavailable' });
    expect(r.events).toMatchObject([{ type: 'refused', reason: 'stateUnavailable' }]);
    const errors = r.out.records().filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.err).toEqual({ name: 'StateUnavailableError', message: 'state store unavailable during get' });
  });

  it('tells a typed "yes" when the waiting card expires, and nothing else about it', async () => {
    const r = rig();
    expect(await r.service.pendingCard(alice)).toBeUndefined();
    await r.service.offer(alice, { kind: 'all' }, asker);
    expect(await r.service.pendingCard(alice)).toEqual({ expiresAt: T0 + 300_000 });
    expect(await r.service.pendingCard({ userId: 'alice', tenantId: 'tenant-b' })).toBeUndefined();
  });
});

describe('answering a card', () => {
  const pinnedIds = (ms: readonly { id: string }[]) => ms.map((m) => m.id);

  it('refuses a token that does not verify, with its reason, and spends nothing', async () => {
    const r = rig();
    const token = await r.card();
    const forged = new TokenSigner(randomBytes(32), 300, () => T0).issue({
      confirmerId: 'alice',
      subjectId: 'alice',
      tenantId: 'tenant-a',
      conversationId: 'conv-1',
      scope: 'all',
      methods: [],
    }).token;
    expect(await r.service.confirm(forged, asker, 'yes')).toEqual({ kind: 'refused', reason: 'tokenBadSignature' });
    expect(await r.service.confirm('not a token', asker, 'yes')).toEqual({ kind: 'refused', reason: 'tokenMalformed' });
    expect(r.events).toMatchObject([
      { type: 'refused', reason: 'tokenBadSignature', subject: alice },
      { type: 'refused', reason: 'tokenMalformed', subject: alice },
    ]);
    expect(r.resets).toEqual([]);
    expect((await r.service.confirm(token, asker, 'yes')).kind).toBe('done');
  });

  it.each([
    ['another user', { userId: 'mallory' }],
    ['the same user id in another tenant', { tenantId: 'tenant-b' }],
    ['another conversation', { conversationId: 'conv-group' }],
  ])('refuses a click by %s as notRequester, spends nothing, and the owner can still confirm', async (_name, patch) => {
    const r = rig();
    const token = await r.card();
    expect(await r.service.confirm(token, { ...asker, ...patch }, 'yes')).toEqual({ kind: 'refused', reason: 'notRequester' });
    expect(r.events).toMatchObject([{ type: 'refused', reason: 'notRequester', subject: alice }]);
    expect(r.graph.lists).toBe(1); // the offer's only
    expect((await r.service.confirm(token, asker, 'yes')).kind).toBe('done');
  });

  it('keeps everything on No: one "cancelled" event naming the pinned methods, no Graph call, the card forgotten, a second answer refused', async () => {
    const r = rig();
    const token = await r.card();
    const lists = r.graph.lists;
    const no = await r.service.confirm(token, asker, 'no');
    expect(no.kind).toBe('cancelled');
    expect(r.events).toMatchObject([
      { type: 'cancelled', path: 'self', methods: [{ kind: 'microsoftAuthenticator' }, { kind: 'phone', phoneType: 'mobile' }] },
    ]);
    expect(r.graph.lists).toBe(lists);
    expect(r.resets).toEqual([]);
    await new Promise((done) => setTimeout(done, 10)); // the card is forgotten in the background
    expect(await r.service.pendingCard(alice)).toBeUndefined();
    expect(await r.service.confirm(token, asker, 'yes')).toEqual({ kind: 'refused', reason: 'alreadyUsed' });
  });

  it('records no event of its own for a helpdesk No or Yes (the request’s transition does)', async () => {
    const r = rig();
    const as = { requester: { userId: 'tech', tenantId: 'tenant-a' }, path: 'targetConfirmed' as const };
    expect((await r.service.confirm(await r.card(), asker, 'no', as)).kind).toBe('cancelled');
    expect(r.events).toEqual([]);
    expect((await r.service.confirm(await r.card(), asker, 'yes', as)).kind).toBe('done');
    expect(r.types()).toEqual(['completed']);
    expect(r.events[0]).toMatchObject({ path: 'targetConfirmed', requester: as.requester });
  });

  it('on Yes removes exactly the methods still as shown: a changed one is left, a vanished one is "already gone"', async () => {
    const r = rig();
    const extra: AuthMethod = { id: 'email-1', kind: 'email', odataType: '#microsoft.graph.emailAuthenticationMethod', emailAddress: 'a@contoso.com' };
    r.graph.live = [...METHODS, extra];
    const token = await r.card();
    r.graph.live = [METHODS[0]!, { ...METHODS[1]!, phoneNumber: '+1 2065550123' }];
    const yes = await r.service.confirm(token, asker, 'yes');
    expect(r.resets).toEqual([[METHODS[0]]]);
    expect(yes.kind === 'done' && { changed: pinnedIds(yes.changed), gone: pinnedIds(yes.alreadyGone) }).toEqual({
      changed: [METHODS[1]!.id],
      gone: ['email-1'],
    });
    expect(r.types()).toEqual(['confirmed', 'completed']);
    expect(r.events[0]).toMatchObject({
      type: 'confirmed',
      path: 'self',
      methods: [{ kind: 'microsoftAuthenticator' }, { kind: 'phone', phoneType: 'mobile' }, { kind: 'email' }],
    });
    expect(r.events[1]).toMatchObject({ removed: [{ kind: 'microsoftAuthenticator' }], changed: [{ kind: 'phone' }], alreadyGone: [{ kind: 'email' }] });
  });

  it('leaves a method whose kind changed under the same id', async () => {
    const r = rig();
    const token = await r.card();
    r.graph.live = [{ ...METHODS[0]!, kind: 'passwordlessMicrosoftAuthenticator' }, METHODS[1]!];
    const yes = await r.service.confirm(token, asker, 'yes');
    expect(r.resets).toEqual([[METHODS[1]]]);
    expect(yes.kind === 'done' && pinnedIds(yes.changed)).toEqual([METHODS[0]!.id]);
  });

  it('calls no delete when everything is already gone, and names a DELETE answered 404 as already gone', async () => {
    const r = rig();
    const token = await r.card();
    r.graph.live = [];
    const yes = await r.service.confirm(token, asker, 'yes');
    expect(r.resets).toEqual([]);
    expect(yes).toMatchObject({ kind: 'done', outcome: { removed: [], failed: [], verified: true }, changed: [] });
    expect(yes.kind === 'done' && pinnedIds(yes.alreadyGone)).toEqual(pinnedIds(METHODS));

    // The second method's DELETE answered 404: it, and only it, is "already gone".
    const raced = rig();
    raced.graph.outcome = (targets) => ({
      removed: targets.slice(0, 1),
      alreadyGone: targets.slice(1),
      failed: [],
      verified: true,
      requestIds: [],
      graphCalls: 2,
      elapsedMs: 1,
    });
    const second = await raced.service.confirm(await raced.card(), asker, 'yes');
    expect(second.kind === 'done' && pinnedIds(second.alreadyGone)).toEqual([METHODS[1]!.id]);
    expect(raced.events.at(-1)).toMatchObject({
      type: 'completed',
      removed: [{ kind: 'microsoftAuthenticator' }],
      alreadyGone: [{ kind: 'phone', phoneType: 'mobile' }],
    });
  });

  it('names only pinned methods as already gone, even if the engine reports one the card never showed', async () => {
    const r = rig();
    const stranger: AuthMethod = { id: 'not-on-the-card', kind: 'email', odataType: '#microsoft.graph.emailAuthenticationMethod' };
    r.graph.outcome = (targets) => ({ removed: targets, alreadyGone: [stranger], failed: [], verified: true, requestIds: [], graphCalls: 2, elapsedMs: 1 });
    const yes = await r.service.confirm(await r.card(), asker, 'yes');
    expect(yes.kind === 'done' && yes.alreadyGone).toEqual([]);
    expect(r.events.at(-1)).toMatchObject({ type: 'completed', alreadyGone: [] });
  });

  it('reports a failed fresh list as listFailed and removes nothing; an unexpected error is not swallowed', async () => {
    const r = rig();
    const token = await r.card();
    r.graph.listError = new ListFailedError('busy', 503, 'serviceUnavailable', 'req-1');
    const failed = await r.service.confirm(token, asker, 'yes');
    expect(failed).toMatchObject({ kind: 'listFailed', reason: 'busy' });
    expect(r.resets).toEqual([]);
    expect(r.types()).toEqual(['confirmed', 'failed']);
    const other = rig();
    const second = await other.card();
    other.graph.listError = new TypeError('a bug');
    await expect(other.service.confirm(second, asker, 'yes')).rejects.toThrow('a bug');
    expect(other.resets).toEqual([]);
  });

  it('asks the guards again at the click and counts the reset only then; a refusal removes nothing', async () => {
    const calls: string[] = [];
    const verdicts: { check: GuardVerdict; take: GuardVerdict } = { check: { ok: true }, take: { ok: true } };
    const guards = { check: async () => (calls.push('check'), verdicts.check), take: async () => (calls.push('take'), verdicts.take) };
    const r = rig({ guards });
    expect((await r.service.confirm(await r.card(), asker, 'yes')).kind).toBe('done');
    expect(calls).toEqual(['check', 'take']);

    calls.length = 0;
    verdicts.check = { ok: false, reason: 'riskyUser' };
    expect(await r.service.confirm(await r.card(), asker, 'yes')).toEqual({ kind: 'refused', reason: 'riskyUser' });
    expect(calls).toEqual(['check']);
    expect(r.types()).toEqual(['security', 'refused']);

    verdicts.check = { ok: true };
    verdicts.take = { ok: false, reason: 'dailyLimit', retryAt: T0 + 3600_000 };
    expect(await r.service.confirm(await r.card(), asker, 'yes')).toEqual({ kind: 'refused', reason: 'dailyLimit', retryAt: T0 + 3600_000 });
    expect(r.resets).toHaveLength(1);

    calls.length = 0;
    const as = { requester: { userId: 'tech', tenantId: 'tenant-a' }, path: 'targetConfirmed' as const };
    expect((await r.service.confirm(await r.card(), asker, 'yes', as)).kind).toBe('done');
    expect(calls).toEqual([]); // a helpdesk decision is not self-service: no guard, no count
  });

  it('runs the helpdesk steps after the reset with its outcome, and a failing step changes nothing', async () => {
    const r = rig();
    const seen: ResetOutcome[] = [];
    const as = {
      requester: { userId: 'tech', tenantId: 'tenant-a' },
      path: 'targetConfirmed' as const,
      afterReset: async (o: ResetOutcome) => (seen.push(o), { tapIssued: true, tapLifetimeMinutes: 60, tapUsableOnce: true, sessionsRevoked: true }),
    };
    const yes = await r.service.confirm(await r.card(), asker, 'yes', as);
    expect(yes.kind === 'done' && seen).toEqual([yes.kind === 'done' ? yes.outcome : undefined]);
    expect(r.events.at(-1)).toMatchObject({ type: 'completed', tapIssued: true, sessionsRevoked: true });
    const failing = { ...as, afterReset: async () => Promise.reject(new Error('TAP refused')) };
    expect((await r.service.confirm(await r.card(), asker, 'yes', failing)).kind).toBe('done');
    expect(r.events.at(-1)).toMatchObject({ type: 'completed', tapIssued: false, sessionsRevoked: false });
  });

  it('reads the list afresh after a click, whatever the click’s outcome', async () => {
    const verdicts: { check: GuardVerdict } = { check: { ok: true } };
    const r = rig({ methodCacheMs: 60_000, guards: { check: async () => verdicts.check, take: async () => ({ ok: true }) } });
    await r.service.list(alice, asker);
    const token = await r.card(); // served from the cache
    expect(r.graph.lists).toBe(1);
    verdicts.check = { ok: false, reason: 'privilegedSubject' };
    await r.service.confirm(token, asker, 'yes'); // the fresh list at the click, then a refusal
    expect(r.graph.lists).toBe(2);
    await r.service.list(alice, asker);
    expect(r.graph.lists).toBe(3);
    verdicts.check = { ok: true };
    await r.service.confirm(await r.card(), asker, 'yes');
    const before = r.graph.lists;
    await r.service.list(alice, asker);
    expect(r.graph.lists).toBe(before + 1);
  });
});
