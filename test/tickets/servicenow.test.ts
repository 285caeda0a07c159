import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTicketConfig } from '../../src/tickets/config.js';
import { TicketError } from '../../src/tickets/types.js';
import { FakeServiceNow, SN_CREDS, type SnRecord } from '../fakes/tickets/servicenow.js';
import { adapterContract, completedEvent, harness } from './harness.js';

let sn: FakeServiceNow;
let open: SnRecord;
beforeEach(async () => {
  sn = await new FakeServiceNow().start();
  open = sn.add('INC0010002');
  sn.add('INC0010003', { active: 'false', state: '7' });
});
afterEach(() => sn.close());

const basic = () =>
  parseTicketConfig({
    TICKET_SYSTEM: 'servicenow',
    SERVICENOW_INSTANCE_URL: sn.url,
    SERVICENOW_USERNAME: SN_CREDS.username,
    SERVICENOW_PASSWORD: SN_CREDS.password,
  })!;

describe('ServiceNow (Basic)', () => {
  adapterContract({
    fake: () => sn,
    config: basic,
    open: 'INC0010002',
    closed: 'INC0010003',
    unknown: 'INC0099999',
    notes: () => open.work_notes,
    expectNote: (recorded, note) => {
      expect(recorded).toBe(note.text);
      expect(open.comments).toEqual([]); // never the customer-visible journal
    },
    secrets: () => [SN_CREDS.password, `${SN_CREDS.username}:${SN_CREDS.password}`],
    tooMany: (s) => ({
      status: 429,
      headers: { 'retry-after': String(s), 'x-ratelimit-limit': '100', 'x-ratelimit-rule': 'a'.repeat(32) },
      body: { error: { message: 'Rate limit exceeded', detail: 'Rate limit of 100 requests per hour for Table API exceeded' }, status: 'failure' },
    }),
  });

  it('resolves the typed number to the sys_id and patches that record', async () => {
    const h = harness(basic());
    const ref = await h.ticketing.lookup('inc0010002');
    expect(ref.id).toBe(open.sys_id);
    await h.emitAndDeliver(completedEvent({ ticket: 'INC0010002' }));
    const patch = sn.requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe(`/api/now/v2/table/incident/${open.sys_id}`);
    expect(Object.keys(JSON.parse(patch!.body) as object)).toEqual(['work_notes']);
  });

  it('uses the sc_task table for catalog task numbers', async () => {
    const task = sn.add('SCTASK0010001');
    const h = harness(basic());
    await h.emitAndDeliver(completedEvent({ ticket: 'SCTASK0010001' }));
    expect(task.work_notes).toHaveLength(1);
  });

  it('refuses a number that is not an incident or task before calling ServiceNow', async () => {
    const h = harness(basic());
    await expect(h.ticketing.lookup('CHG0000001')).rejects.toSatisfy((e: unknown) => e instanceof TicketError && e.kind === 'notFound');
    await expect(h.ticketing.lookup('INC1/../../x')).rejects.toBeInstanceOf(TicketError);
    expect(sn.requests).toHaveLength(0);
  });

  it('resolves the incident with a close code only when TICKET_SET_STATUS=on', async () => {
    const cfg = parseTicketConfig({
      TICKET_SYSTEM: 'servicenow',
      SERVICENOW_INSTANCE_URL: sn.url,
      SERVICENOW_USERNAME: SN_CREDS.username,
      SERVICENOW_PASSWORD: SN_CREDS.password,
      TICKET_SET_STATUS: 'on',
    })!;
    const h = harness(cfg);
    await h.emitAndDeliver(completedEvent({ ticket: 'INC0010002' }));
    expect(open.incident_state).toBe('6');
    expect(open.close_code).toBe('Solution provided');
    const off = harness(basic());
    const other = sn.add('INC0010004');
    await off.emitAndDeliver(completedEvent({ ticket: 'INC0010004', correlationId: 'R-2' }));
    expect(other.work_notes).toHaveLength(1);
    expect(other.incident_state).toBeUndefined();
  });

  it('opens a self-service record incident in the configured group', async () => {
    const cfg = parseTicketConfig({
      TICKET_SYSTEM: 'servicenow',
      SERVICENOW_INSTANCE_URL: sn.url,
      SERVICENOW_USERNAME: SN_CREDS.username,
      SERVICENOW_PASSWORD: SN_CREDS.password,
      TICKET_SELF_SERVICE: 'create',
      SERVICENOW_ASSIGNMENT_GROUP: 'Service Desk',
    })!;
    const h = harness(cfg);
    await h.emitAndDeliver(completedEvent({ ticket: undefined, path: 'self', requester: { userId: 'ana-oid-2', tenantId: 't1' } }));
    const created = [...sn.records.values()].find((r) => r.short_description?.startsWith('MFA reset (self-service)'));
    expect(created?.assignment_group).toBe('Service Desk');
    expect(created?.work_notes[0]).toContain('R-7F3K2Q');
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('updated');
  });
});

describe('ServiceNow (OAuth client credentials)', () => {
  const oauth = () =>
    parseTicketConfig({
      TICKET_SYSTEM: 'servicenow',
      SERVICENOW_INSTANCE_URL: sn.url,
      SERVICENOW_CLIENT_ID: SN_CREDS.clientId,
      SERVICENOW_CLIENT_SECRET: SN_CREDS.clientSecret,
    })!;
  adapterContract({
    fake: () => sn,
    config: oauth,
    open: 'INC0010002',
    closed: 'INC0010003',
    unknown: 'INC0099999',
    notes: () => open.work_notes,
    expectNote: (recorded, note) => expect(recorded).toBe(note.text),
    secrets: () => [SN_CREDS.clientSecret],
    tooMany: (s) => ({
      status: 429,
      headers: { 'retry-after': String(s) },
      body: { error: { message: 'Rate limit exceeded', detail: 'x' }, status: 'failure' },
    }),
  });

  it('fetches one token and reuses it for lookup and note', async () => {
    const h = harness(oauth());
    await h.emitAndDeliver(completedEvent({ ticket: 'INC0010002' }));
    expect(sn.requests.filter((r) => r.path === '/oauth_token.do')).toHaveLength(1);
    expect(sn.requests.filter((r) => r.path.startsWith('/api/'))).toHaveLength(2);
  });

  it('renews a revoked token once instead of giving up', async () => {
    const h = harness(oauth());
    await h.emitAndDeliver(completedEvent({ ticket: 'INC0010002' }));
    sn.revokeTokens();
    await h.emitAndDeliver(completedEvent({ ticket: 'INC0010002', correlationId: 'R-2' }));
    expect(open.work_notes).toHaveLength(2);
    expect(sn.requests.filter((r) => r.path === '/oauth_token.do')).toHaveLength(2);
  });

  it('gives up when a fresh token is refused (wrong client secret), without looping', async () => {
    const cfg = parseTicketConfig({
      TICKET_SYSTEM: 'servicenow',
      SERVICENOW_INSTANCE_URL: sn.url,
      SERVICENOW_CLIENT_ID: SN_CREDS.clientId,
      SERVICENOW_CLIENT_SECRET: 'wrong',
    })!;
    const h = harness(cfg);
    await h.emitAndDeliver(completedEvent({ ticket: 'INC0010002' }));
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toMatch(/^failed: /);
    expect(sn.requests).toHaveLength(1);
    expect(h.log.text()).toContain('SERVICENOW_CLIENT_ID');
    expect(h.log.text()).not.toContain('wrong');
  });
});
