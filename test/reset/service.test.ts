import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import type { ResetEngine } from '../../src/reset/engine.js';
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

function rig(opts: { pending?: PendingRequests<NewestCard>; reRegistrationUnenforced?: () => boolean } = {}) {
  const memory = createMemoryState({ now: () => T0 });
  const events: ResetEvent[] = [];
  const out = new LogCapture();
  const resets: string[] = [];
  const engine = {
    list: async () => METHODS,
    reset: async (userId: string) => (resets.push(userId), Promise.reject(new Error('the engine must not be called here'))),
    defaultPreference: async () => undefined,
  } as unknown as ResetEngine;
  const service = new ResetService({
    engine,
    signer: new TokenSigner(randomBytes(32), 300, () => T0),
    nonces: memory.nonces,
    pending: opts.pending ?? memory.pending<NewestCard>('newestCard'),
    sink: { emit: (e) => void events.push(e) },
    canDelete: () => true,
    label: (m) => m.kind,
    log: createLogger('debug', out),
    demo: false,
    graphRequestsPerMinute: 100,
    methodCacheMs: 0,
    stateTimeoutMs: 1000,
    ...(opts.reRegistrationUnenforced ? { reRegistrationUnenforced: opts.reRegistrationUnenforced } : {}),
    now: () => T0,
  });
  return { service, events, out, resets };
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
