import { describe, expect, it } from 'vitest';
import { TargetLocks, type TargetLock } from '../../src/helpdesk/limits.js';
import { RequestBook, type HelpdeskRequest, type NewRequest } from '../../src/helpdesk/requests.js';
import { createMemoryState } from '../../src/state/memory.js';

const TENANT = 'tenant-1';
const TECH = { userId: 'tech-1', displayName: 'Tess Tech' };
const SECOND = 'tech-2';
const OUTSIDER = 'employee-9';
const ANA = { userId: 'ana-1', displayName: 'Ana Lopez', userPrincipalName: 'ana.lopez@contoso.com' };
const TECHNICIANS = new Set([TECH.userId, SECOND, 'tech-3']);

function rig(opts: { ttlSeconds?: number } = {}) {
  let t = 1_700_000_000_000;
  const clock = { now: () => t, advance: (ms: number) => void (t += ms) };
  const state = createMemoryState({ now: clock.now });
  const stores = [state.pending<HelpdeskRequest>('helpdeskRequests'), state.pending<TargetLock>('helpdeskTargets')] as const;
  // Two "instances": separate RequestBooks over one shared store, as two bot processes would be.
  const book = () => new RequestBook(stores[0], stores[1], { now: clock.now, isTechnician: async (id) => TECHNICIANS.has(id), ...opts });
  // Who holds the target's lock (undefined: free), asked through the lock itself, never through a request.
  const probe = new TargetLocks(stores[1]);
  const lockHolder = async (targetId = ANA.userId): Promise<string | undefined> => {
    const claim = await probe.claim(TENANT, targetId, 'probe', clock.now() + 60_000, async () => false);
    if (!claim.ok) return claim.heldBy;
    await probe.release(TENANT, targetId, 'probe');
    return undefined;
  };
  return { clock, book, a: book(), b: book(), lockHolder };
}

const input = (over: Partial<NewRequest> = {}): NewRequest => ({
  tenantId: TENANT,
  requester: TECH,
  target: ANA,
  privileged: false,
  choice: 'app',
  methodIds: ['m-1'],
  methods: [{ kind: 'microsoftAuthenticator' }],
  ticket: 'INC0012345',
  reason: 'lostPhone',
  ...over,
});

async function opened(book: RequestBook, over: Partial<NewRequest> = {}): Promise<HelpdeskRequest> {
  const r = await book.open(input(over));
  if (!r.ok) throw new Error(`open refused: ${r.reason}`);
  return r.request;
}

const ana = { userId: ANA.userId, tenantId: TENANT };

describe('the target decides', () => {
  it("runs on the target's own Yes, once, and frees the target when done", async () => {
    const { a } = rig();
    const r = await opened(a);
    expect((await a.markSent(r.id)).ok).toBe(true);
    const yes = await a.answerAsTarget(r.id, ana, 'yes');
    expect(yes).toMatchObject({ ok: true, request: { state: 'targetConfirmed' } });
    expect(await a.finish(r.id, 'removed')).toMatchObject({ ok: true, request: { state: 'done', outcome: 'removed' } });
    expect((await a.open(input())).ok).toBe(true);
  });

  it('changes nothing on "No, this wasn\'t me" and records who said it', async () => {
    const { a } = rig();
    const r = await opened(a);
    await a.markSent(r.id);
    const no = await a.answerAsTarget(r.id, ana, 'no');
    expect(no).toMatchObject({ ok: true, request: { state: 'denied' } });
    expect(no.request?.history.at(-1)).toMatchObject({ state: 'denied', by: ANA.userId });
    expect(await a.answerAsTarget(r.id, ana, 'yes')).toMatchObject({ ok: false, reason: 'wrongState' });
  });

  it('refuses a click by anyone but the target, and from another tenant, leaving the request waiting', async () => {
    const { a } = rig();
    const r = await opened(a);
    await a.markSent(r.id);
    expect(await a.answerAsTarget(r.id, { userId: OUTSIDER, tenantId: TENANT }, 'yes')).toMatchObject({ ok: false, reason: 'notTarget' });
    expect(await a.answerAsTarget(r.id, { userId: TECH.userId, tenantId: TENANT }, 'yes')).toMatchObject({ ok: false, reason: 'notTarget' });
    expect(await a.answerAsTarget(r.id, { userId: ANA.userId, tenantId: 'other-tenant' }, 'yes')).toMatchObject({ ok: false, reason: 'otherTenant' });
    expect((await a.get(r.id))?.state).toBe('waitingForTarget');
  });

  it('refuses a replayed Yes and a replayed finish', async () => {
    const { a } = rig();
    const r = await opened(a);
    await a.markSent(r.id);
    expect((await a.answerAsTarget(r.id, ana, 'yes')).ok).toBe(true);
    expect(await a.answerAsTarget(r.id, ana, 'yes')).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'targetConfirmed' } });
    expect((await a.finish(r.id, 'removed')).ok).toBe(true);
    expect(await a.finish(r.id, 'removed')).toMatchObject({ ok: false, reason: 'wrongState' });
  });

  it('expires after HELPDESK_REQUEST_TTL_SECONDS (default 900): a late Yes changes nothing', async () => {
    const { a, clock } = rig();
    const r = await opened(a);
    expect(r.expiresAt - r.createdAt).toBe(900_000);
    await a.markSent(r.id);
    clock.advance(899_999);
    expect((await a.get(r.id))?.state).toBe('waitingForTarget');
    clock.advance(1);
    expect(await a.answerAsTarget(r.id, ana, 'yes')).toMatchObject({ ok: false, reason: 'expired', request: { state: 'expired' } });
    expect(await a.answerAsTarget(r.id, ana, 'yes')).toMatchObject({ ok: false, reason: 'expired' });
    expect((await a.open(input())).ok).toBe(true); // the target is free again
  });

  it('honours a configured TTL', async () => {
    const { a, clock } = rig({ ttlSeconds: 60 });
    const r = await opened(a);
    clock.advance(60_000);
    expect(await a.expire(r.id)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('lets only the requester cancel, and a cancelled request cannot be confirmed', async () => {
    const { a } = rig();
    const r = await opened(a);
    await a.markSent(r.id);
    expect(await a.cancel(r.id, SECOND)).toMatchObject({ ok: false, reason: 'notRequester' });
    expect(await a.cancel(r.id, TECH.userId)).toMatchObject({ ok: true, request: { state: 'cancelled' } });
    expect(await a.answerAsTarget(r.id, ana, 'yes')).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'cancelled' } });
  });

  it('keeps one pending request per target and answers a second with the first one', async () => {
    const { a } = rig();
    const first = await opened(a);
    await a.markSent(first.id);
    const second = await a.open(input({ requester: { userId: SECOND } }));
    expect(second).toMatchObject({ ok: false, reason: 'pendingExists', request: { id: first.id, state: 'waitingForTarget' } });
    expect((await a.open(input({ target: { ...ANA, userId: 'bob-1' } }))).ok).toBe(true);
  });

  it('frees a target whose request expired unread', async () => {
    const { a, clock } = rig();
    await opened(a);
    clock.advance(900_000);
    expect((await a.open(input())).ok).toBe(true);
  });
});

describe('four eyes when the target cannot be reached', () => {
  async function unreachable(book: RequestBook, over: Partial<NewRequest> = {}) {
    const r = await opened(book, over);
    expect((await book.markUnreachable(r.id, 'blocked')).request?.state).toBe('targetUnreachable');
    return r;
  }

  it('lets the named second technician approve', async () => {
    const { a } = rig();
    const r = await unreachable(a);
    expect(await a.requestApproval(r.id, TECH.userId, SECOND)).toMatchObject({ ok: true, request: { state: 'waitingForApproval' } });
    expect(await a.approve(r.id, { userId: SECOND, tenantId: TENANT })).toMatchObject({ ok: true, request: { state: 'approved' } });
    expect((await a.finish(r.id, 'removed')).request?.state).toBe('done');
  });

  it("lets only the named approver decline: the request ends as the approver's decision and cannot be approved after", async () => {
    const { a } = rig();
    const r = await unreachable(a);
    expect(await a.decline(r.id, { userId: SECOND, tenantId: TENANT })).toMatchObject({ ok: false, reason: 'notApprover' });
    await a.requestApproval(r.id, TECH.userId, SECOND);
    expect(await a.decline(r.id, { userId: TECH.userId, tenantId: TENANT })).toMatchObject({ ok: false, reason: 'notApprover' });
    expect(await a.decline(r.id, { userId: SECOND, tenantId: 'other-tenant' })).toMatchObject({ ok: false, reason: 'otherTenant' });
    const declined = await a.decline(r.id, { userId: SECOND, tenantId: TENANT });
    expect(declined).toMatchObject({ ok: true, request: { state: 'declined' } });
    expect(declined.request?.history.at(-1)).toMatchObject({ state: 'declined', by: SECOND });
    expect(await a.approve(r.id, { userId: SECOND, tenantId: TENANT })).toMatchObject({ ok: false, reason: 'wrongState' });
    // The target is free for a new request.
    expect((await a.open(input())).ok).toBe(true);
  });

  it('refuses self-approval, in the ask and in the click', async () => {
    const { a } = rig();
    const r = await unreachable(a);
    expect(await a.requestApproval(r.id, TECH.userId, TECH.userId)).toMatchObject({ ok: false, reason: 'selfApproval' });
    expect(await a.requestApproval(r.id, TECH.userId, ANA.userId)).toMatchObject({ ok: false, reason: 'selfApproval' });
    await a.requestApproval(r.id, TECH.userId, SECOND);
    expect(await a.approve(r.id, { userId: TECH.userId, tenantId: TENANT })).toMatchObject({ ok: false, reason: 'selfApproval' });
    expect((await a.get(r.id))?.state).toBe('waitingForApproval');
  });

  it('refuses an approval by someone other than the named approver, or by a non-technician', async () => {
    const { a } = rig();
    const r = await unreachable(a);
    await a.requestApproval(r.id, TECH.userId, OUTSIDER);
    expect(await a.approve(r.id, { userId: 'tech-3', tenantId: TENANT })).toMatchObject({ ok: false, reason: 'notApprover' });
    expect(await a.approve(r.id, { userId: OUTSIDER, tenantId: TENANT })).toMatchObject({ ok: false, reason: 'notTechnician' });
  });

  it('never takes the approval path for a privileged target', async () => {
    const { a } = rig();
    const r = await unreachable(a, { privileged: true });
    expect(await a.requestApproval(r.id, TECH.userId, SECOND)).toMatchObject({ ok: false, reason: 'privilegedNeedsTarget' });
    expect(await a.approve(r.id, { userId: SECOND, tenantId: TENANT })).toMatchObject({ ok: false, reason: 'privilegedNeedsTarget' });
  });

  it('does not ask for approval while the target can still answer', async () => {
    const { a } = rig();
    const r = await opened(a);
    await a.markSent(r.id);
    expect(await a.requestApproval(r.id, TECH.userId, SECOND)).toMatchObject({ ok: false, reason: 'wrongState' });
  });
});

describe('two instances at once', () => {
  it('lets exactly one of a concurrent Yes and No win', async () => {
    for (let i = 0; i < 20; i++) {
      const { a, b } = rig();
      const r = await opened(a);
      await a.markSent(r.id);
      const results = await Promise.all([a.answerAsTarget(r.id, ana, 'yes'), b.answerAsTarget(r.id, ana, 'no')]);
      expect(results.filter((x) => x.ok)).toHaveLength(1);
      expect(results.find((x) => !x.ok)).toMatchObject({ reason: 'wrongState' });
    }
  });

  it('lets exactly one of two concurrent Yes clicks run the reset', async () => {
    const { a, b } = rig();
    const r = await opened(a);
    await a.markSent(r.id);
    const results = await Promise.all([a.answerAsTarget(r.id, ana, 'yes'), b.answerAsTarget(r.id, ana, 'yes'), a.answerAsTarget(r.id, ana, 'yes')]);
    expect(results.filter((x) => x.ok)).toHaveLength(1);
  });

  it('opens exactly one of two concurrent requests for the same target', async () => {
    const { a, b } = rig();
    const results = await Promise.all([a.open(input()), b.open(input({ requester: { userId: SECOND } }))]);
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect(results.find((x) => !x.ok)).toMatchObject({ reason: 'pendingExists' });
  });

  it('lets exactly one of a concurrent cancel and Yes win', async () => {
    const { a, b } = rig();
    const r = await opened(a);
    await a.markSent(r.id);
    const [cancel, yes] = await Promise.all([a.cancel(r.id, TECH.userId), b.answerAsTarget(r.id, ana, 'yes')]);
    expect([cancel.ok, yes.ok].filter(Boolean)).toHaveLength(1);
    expect(['cancelled', 'targetConfirmed']).toContain((await a.get(r.id))?.state);
  });
});

describe('each refusal leaves the request where it was (mutation audit)', () => {
  const second = { userId: SECOND, tenantId: TENANT };

  async function waitingForApproval(book: RequestBook) {
    const r = await opened(book);
    await book.markUnreachable(r.id, 'blocked');
    expect((await book.requestApproval(r.id, TECH.userId, SECOND)).ok).toBe(true);
    return r;
  }

  it('lets only the requester ask for an approval', async () => {
    const { a } = rig();
    const r = await opened(a);
    await a.markUnreachable(r.id, 'blocked');
    expect(await a.requestApproval(r.id, SECOND, 'tech-3')).toMatchObject({ ok: false, reason: 'notRequester' });
    expect(await a.requestApproval(r.id, OUTSIDER, SECOND)).toMatchObject({ ok: false, reason: 'notRequester' });
    expect(await a.get(r.id)).toMatchObject({ state: 'targetUnreachable' });
    expect((await a.get(r.id))?.approverId).toBeUndefined();
  });

  it('refuses an approval before anyone was asked to approve, even by a technician', async () => {
    const { a } = rig();
    const r = await opened(a);
    await a.markUnreachable(r.id, 'blocked');
    expect(await a.approve(r.id, second)).toMatchObject({ ok: false, reason: 'notApprover' });
    expect(await a.decline(r.id, second)).toMatchObject({ ok: false, reason: 'notApprover' });
    expect((await a.get(r.id))?.state).toBe('targetUnreachable');
  });

  it("refuses the named approver's click from another tenant", async () => {
    const { a } = rig();
    const r = await waitingForApproval(a);
    expect(await a.approve(r.id, { userId: SECOND, tenantId: 'other-tenant' })).toMatchObject({ ok: false, reason: 'otherTenant' });
    expect((await a.get(r.id))?.state).toBe('waitingForApproval');
  });

  it('approves once: a replayed approval and a decline after it are refused, and the reset runs once', async () => {
    const { a } = rig();
    const r = await waitingForApproval(a);
    expect((await a.approve(r.id, second)).ok).toBe(true);
    expect(await a.approve(r.id, second)).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'approved' } });
    expect(await a.decline(r.id, second)).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'approved' } });
    const approved = await a.get(r.id);
    expect(approved?.history.map((h) => h.state)).toEqual(['created', 'targetUnreachable', 'waitingForApproval', 'approved']);
    expect((await a.finish(r.id, 'removed')).ok).toBe(true);
  });

  it('cannot be cancelled once decided (the reset is already running)', async () => {
    const { a } = rig();
    const r = await opened(a);
    await a.markSent(r.id);
    await a.answerAsTarget(r.id, ana, 'yes');
    expect(await a.cancel(r.id, TECH.userId)).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'targetConfirmed' } });
    const b = rig().a; // one pending request per target: a fresh store for the approval path
    const s = await waitingForApproval(b);
    expect((await b.approve(s.id, second)).ok).toBe(true);
    expect(await b.cancel(s.id, TECH.userId)).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'approved' } });
  });

  it('does not expire a request before its time, nor finish one nobody decided', async () => {
    const { a, clock } = rig();
    const r = await opened(a);
    await a.markSent(r.id);
    clock.advance(899_999);
    expect(await a.expire(r.id)).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'waitingForTarget' } });
    expect(await a.finish(r.id, 'removed')).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'waitingForTarget' } });
    expect((await a.get(r.id))?.history.map((h) => h.state)).toEqual(['created', 'waitingForTarget']);
  });

  it('answers an unknown request id with "not found", changing nothing', async () => {
    const { a } = rig();
    for (const t of [
      a.answerAsTarget('no-such-request', ana, 'yes'),
      a.approve('no-such-request', second),
      a.finish('no-such-request', 'removed'),
      a.cancel('no-such-request', TECH.userId),
    ]) {
      expect(await t).toEqual({ ok: false, reason: 'notFound' });
    }
  });

  it('gives up after four tries when another instance changes the request every time, and writes nothing', async () => {
    const t = 1_700_000_000_000;
    const state = createMemoryState({ now: () => t });
    const base = state.pending<HelpdeskRequest>('helpdeskRequests');
    let updates = 0;
    let contend = false;
    // Another instance writes the row between our read and our compare-and-set, every time.
    const contended: typeof base = {
      create: (id, value, expiresAt) => base.create(id, value, expiresAt),
      get: (id) => base.get(id),
      delete: (id, etag) => base.delete(id, etag),
      async update(id, value, etag, expiresAt) {
        if (!contend) return base.update(id, value, etag, expiresAt);
        updates++;
        const now = (await base.get(id))!;
        await base.update(id, now.value, now.etag);
        return base.update(id, value, etag, expiresAt);
      },
    };
    const book = new RequestBook(contended, state.pending<TargetLock>('helpdeskTargets'), { now: () => t, isTechnician: async () => true });
    const r = await opened(book);
    await book.markSent(r.id);
    contend = true;
    expect(await book.answerAsTarget(r.id, ana, 'yes')).toEqual({ ok: false, reason: 'contention' });
    expect(updates).toBe(4);
    contend = false;
    expect((await book.get(r.id))?.state).toBe('waitingForTarget');
  });
});

describe('the target answers before markSent, and terminal states free the target (mutation audit)', () => {
  it("takes the target's Yes on a card that arrived before markSent was written, and a late markSent changes nothing", async () => {
    const { a } = rig();
    const r = await opened(a);
    expect((await a.get(r.id))?.state).toBe('created');
    expect(await a.answerAsTarget(r.id, ana, 'yes')).toMatchObject({ ok: true, request: { state: 'targetConfirmed' } });
    expect(await a.markSent(r.id)).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'targetConfirmed' } });
    expect((await a.get(r.id))?.history.map((h) => [h.state, h.by])).toEqual([
      ['created', TECH.userId],
      ['targetConfirmed', ANA.userId],
    ]);
  });

  it('takes the target\'s "No" before markSent too: denied, by the target', async () => {
    const { a } = rig();
    const r = await opened(a);
    expect(await a.answerAsTarget(r.id, ana, 'no')).toMatchObject({ ok: true, request: { state: 'denied' } });
    expect((await a.get(r.id))?.history.at(-1)).toMatchObject({ state: 'denied', by: ANA.userId });
  });

  it('still refuses a stranger before markSent, changing nothing', async () => {
    const { a } = rig();
    const r = await opened(a);
    expect(await a.answerAsTarget(r.id, { userId: OUTSIDER, tenantId: TENANT }, 'yes')).toMatchObject({ ok: false, reason: 'notTarget' });
    expect((await a.get(r.id))?.history.map((h) => h.state)).toEqual(['created']);
  });

  it("refuses the target's answer once the request went the approval path, changing nothing", async () => {
    const { a } = rig();
    const r = await opened(a);
    await a.markUnreachable(r.id, 'blocked');
    expect(await a.answerAsTarget(r.id, ana, 'yes')).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'targetUnreachable' } });
    expect((await a.requestApproval(r.id, TECH.userId, SECOND)).ok).toBe(true);
    expect(await a.answerAsTarget(r.id, ana, 'no')).toMatchObject({ ok: false, reason: 'wrongState', request: { state: 'waitingForApproval' } });
    expect((await a.get(r.id))?.history.map((h) => h.state)).toEqual(['created', 'targetUnreachable', 'waitingForApproval']);
  });

  const second = { userId: SECOND, tenantId: TENANT };
  const endings: [string, (book: RequestBook, id: string, clock: { advance(ms: number): void }) => Promise<unknown>][] = [
    [
      'denied',
      async (book, id) => {
        await book.markSent(id);
        return book.answerAsTarget(id, ana, 'no');
      },
    ],
    ['cancelled', (book, id) => book.cancel(id, TECH.userId)],
    [
      'declined',
      async (book, id) => {
        await book.markUnreachable(id, 'blocked');
        await book.requestApproval(id, TECH.userId, SECOND);
        return book.decline(id, second);
      },
    ],
    [
      'done',
      async (book, id) => {
        await book.markSent(id);
        await book.answerAsTarget(id, ana, 'yes');
        return book.finish(id, 'removed');
      },
    ],
    [
      'expired',
      (book, id, clock) => {
        clock.advance(900_000);
        return book.expire(id);
      },
    ],
  ];

  // A new request would open even with the lock left behind (open() takes over a lock whose holder
  // has ended), so the lock itself is asked: released on the terminal transition, not merely stale.
  for (const [state, end] of endings) {
    it(`releases the target's lock when a request ends ${state}`, async () => {
      const { a, clock, lockHolder } = rig();
      const r = await opened(a);
      expect(await lockHolder()).toBe(r.id);
      await end(a, r.id, clock);
      expect((await a.get(r.id))?.state).toBe(state);
      expect(await lockHolder()).toBeUndefined();
      expect((await a.open(input({ requester: { userId: SECOND } }))).ok).toBe(true);
    });
  }
});
