import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TechnicianRateLimit, type RateWindow, type TargetLock } from '../../src/helpdesk/limits.js';
import { RequestBook, type HelpdeskRequest, type NewRequest } from '../../src/helpdesk/requests.js';
import { parseStateConfig } from '../../src/state/config.js';
import { createTableState, type TableStatePorts } from '../../src/state/table.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';

/** The helpdesk request and its limits on the Azure Table store (Azurite), two "instances" per test. */
let azurite: Azurite;
const open: TableStatePorts[] = [];
let n = 0;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await Promise.all(open.map((p) => p.close()));
  await azurite?.stop();
});

const ANA = { userId: '0d0d0d0d-1111-4222-8333-000000000001', displayName: 'Ana Lopez', userPrincipalName: 'ana.lopez@contoso.com' };
const TENANT = '5e1a7ed0-7e4a-4b5e-9c1d-51a0fa4e0001';

/** Two bot instances: separate state ports (separate clients) over one storage account and prefix. */
async function twoInstances() {
  n += 1;
  const config = parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: `hd${n}x${process.pid}` })!;
  const instance = async () => {
    const ports = await createTableState({ config, sweepEveryMs: 0 });
    open.push(ports);
    return {
      book: new RequestBook(ports.pending<HelpdeskRequest>('helpdeskRequests'), ports.pending<TargetLock>('helpdeskTargets'), {
        isTechnician: async () => true,
      }),
      rate: new TechnicianRateLimit(ports.pending<RateWindow>('helpdeskRate'), { perHour: 3 }),
    };
  };
  return [await instance(), await instance()] as const;
}

const input = (requester: string): NewRequest => ({
  tenantId: TENANT,
  requester: { userId: requester },
  target: ANA,
  privileged: false,
  choice: 'all',
  methodIds: ['m-1', 'm-2'],
  methods: [{ kind: 'microsoftAuthenticator' }, { kind: 'phone', phoneType: 'mobile' }],
  reason: 'newPhone',
});

describe('helpdesk requests on the shared Table store', () => {
  it("lets exactly one of the target's Yes and No win when they land on different instances", async () => {
    const [a, b] = await twoInstances();
    const opened = await a.book.open(input('tech-1'));
    if (!opened.ok) throw new Error(opened.reason);
    await a.book.markSent(opened.request.id);
    const clicker = { userId: ANA.userId, tenantId: TENANT };
    const results = await Promise.all([a.book.answerAsTarget(opened.request.id, clicker, 'yes'), b.book.answerAsTarget(opened.request.id, clicker, 'no')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const final = await b.book.get(opened.request.id);
    expect(['targetConfirmed', 'denied']).toContain(final?.state);
  });

  it('keeps one pending request per target across instances, and frees it when done', async () => {
    const [a, b] = await twoInstances();
    const results = await Promise.all([a.book.open(input('tech-1')), b.book.open(input('tech-2'))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results.find((r) => r.ok)!;
    const id = winner.request!.id;
    await a.book.markSent(id);
    await b.book.answerAsTarget(id, { userId: ANA.userId, tenantId: TENANT }, 'yes');
    expect((await a.book.finish(id, 'removed')).ok).toBe(true);
    expect((await b.book.open(input('tech-2'))).ok).toBe(true);
  });

  it('counts one technician across instances against one hourly limit', async () => {
    const [a, b] = await twoInstances();
    const results = [];
    for (const r of [a, b, a, b]) results.push(await r.rate.take(TENANT, 'tech-1'));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
  });
});
