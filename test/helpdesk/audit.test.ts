import { describe, expect, it } from 'vitest';
import { requestedEvent, transitionEvents, type AuditContext } from '../../src/helpdesk/audit.js';
import type { TargetLock } from '../../src/helpdesk/limits.js';
import { RequestBook, type HelpdeskRequest } from '../../src/helpdesk/requests.js';
import { createMemoryState } from '../../src/state/memory.js';

const TENANT = 'tenant-1';
const TECH = { userId: 'tech-1', displayName: 'Tess Tech' };
const ANA = { userId: 'ana-1', displayName: 'Ana Lopez', userPrincipalName: 'ana.lopez@contoso.com' };

function setup() {
  let t = 1_700_000_000_000;
  const clock = { now: () => t, advance: (ms: number) => void (t += ms) };
  const state = createMemoryState({ now: clock.now });
  const book = new RequestBook(state.pending<HelpdeskRequest>('r'), state.pending<TargetLock>('l'), { now: clock.now, isTechnician: async () => true });
  const ctx = (actor: string): AuditContext => ({ correlationId: 'ref-1', at: clock.now(), actor: { userId: actor, tenantId: TENANT } });
  return { book, clock, ctx };
}

async function open(book: RequestBook) {
  const r = await book.open({
    tenantId: TENANT,
    requester: TECH,
    target: ANA,
    privileged: false,
    choice: 'mobile',
    methodIds: ['3179e48a-750b-4051-897c-87b9720928f7'],
    methods: [{ kind: 'phone', phoneType: 'mobile' }],
    ticket: 'INC0012345',
    reason: 'newPhone',
  });
  if (!r.ok) throw new Error(r.reason);
  await book.markSent(r.request.id);
  return r.request;
}

describe('helpdesk audit events', () => {
  it('records the request with the technician, the target, the ticket and the method kinds only', async () => {
    const { book, ctx } = setup();
    const r = await open(book);
    const e = requestedEvent(r, ctx(TECH.userId));
    expect(e).toMatchObject({
      type: 'requested',
      requester: { userId: TECH.userId },
      subject: { userId: ANA.userId },
      ticket: 'INC0012345',
      methods: [{ kind: 'phone', phoneType: 'mobile' }],
    });
    expect(JSON.stringify(e)).not.toContain('ana.lopez@contoso.com');
  });

  it("records the target's Yes as confirmed on the targetConfirmed path, naming both people", async () => {
    const { book, ctx } = setup();
    const r = await open(book);
    const events = transitionEvents(await book.answerAsTarget(r.id, { userId: ANA.userId, tenantId: TENANT }, 'yes'), ctx(ANA.userId));
    expect(events).toEqual([
      expect.objectContaining({
        type: 'confirmed',
        path: 'targetConfirmed',
        requester: expect.objectContaining({ userId: TECH.userId }),
        subject: expect.objectContaining({ userId: ANA.userId }),
      }),
    ]);
  });

  it('records "No, this wasn\'t me" as denied plus a security event', async () => {
    const { book, ctx } = setup();
    const r = await open(book);
    const events = transitionEvents(await book.answerAsTarget(r.id, { userId: ANA.userId, tenantId: TENANT }, 'no'), ctx(ANA.userId));
    expect(events.map((e) => e.type)).toEqual(['cancelled', 'security']);
    expect(events[0]).toMatchObject({ path: 'denied' });
    expect(events[1]).toMatchObject({ kind: 'deniedByTarget', ticket: 'INC0012345' });
  });

  it('records a click by someone else as a refusal by that person', async () => {
    const { book, ctx } = setup();
    const r = await open(book);
    const events = transitionEvents(await book.answerAsTarget(r.id, { userId: 'mallory', tenantId: TENANT }, 'yes'), ctx('mallory'));
    expect(events).toEqual([
      expect.objectContaining({
        type: 'refused',
        reason: 'notRequester',
        requester: { userId: 'mallory', tenantId: TENANT },
        subject: expect.objectContaining({ userId: ANA.userId }),
      }),
    ]);
  });

  it('records an expiry once, when it is found, and later late clicks only as refusals', async () => {
    const { book, clock, ctx } = setup();
    const r = await open(book);
    clock.advance(900_000);
    const first = transitionEvents(await book.answerAsTarget(r.id, { userId: ANA.userId, tenantId: TENANT }, 'yes'), ctx(ANA.userId));
    expect(first.map((e) => [e.type, 'path' in e ? e.path : 'reason' in e ? e.reason : ''])).toEqual([
      ['cancelled', 'expired'],
      ['refused', 'tokenExpired'],
    ]);
    const again = transitionEvents(await book.answerAsTarget(r.id, { userId: ANA.userId, tenantId: TENANT }, 'yes'), ctx(ANA.userId));
    expect(again.map((e) => e.type)).toEqual(['refused']);
  });

  it('records a second-technician approval on its own path', async () => {
    const { book, ctx } = setup();
    const opened = await book.open({
      tenantId: TENANT,
      requester: TECH,
      target: { ...ANA, userId: 'bob-1' },
      privileged: false,
      choice: 'all',
      methodIds: [],
      methods: [],
      reason: 'other',
    });
    if (!opened.ok) throw new Error(opened.reason);
    await book.markUnreachable(opened.request.id, 'blocked');
    await book.requestApproval(opened.request.id, TECH.userId, 'tech-2');
    const events = transitionEvents(await book.approve(opened.request.id, { userId: 'tech-2', tenantId: TENANT }), ctx('tech-2'));
    expect(events).toEqual([expect.objectContaining({ type: 'confirmed', path: 'secondTechnician' })]);
  });
});
