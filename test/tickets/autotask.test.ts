import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTicketConfig } from '../../src/tickets/config.js';
import { AT_CREDS, FakeAutotask, type AtTicket } from '../fakes/tickets/autotask.js';
import { adapterContract, completedEvent, harness } from './harness.js';

let at: FakeAutotask;
let open: AtTicket;
beforeEach(async () => {
  at = await new FakeAutotask().start();
  open = at.add(7001, 'T20261201.0044');
  at.add(7002, 'T20261201.0045', 5);
});
afterEach(() => at.close());

const env = (extra: Record<string, string> = {}) => ({
  TICKET_SYSTEM: 'autotask',
  AUTOTASK_URL: `${at.url}/atservicesrest`,
  AUTOTASK_USERNAME: AT_CREDS.username,
  AUTOTASK_SECRET: AT_CREDS.secret,
  AUTOTASK_INTEGRATION_CODE: AT_CREDS.code,
  ...extra,
});

describe('Datto PSA (Autotask)', () => {
  adapterContract({
    fake: () => at,
    config: () => parseTicketConfig(env())!,
    open: 'T20261201.0044',
    closed: 'T20261201.0045',
    unknown: 'T20261201.9999',
    notes: () => open.notes,
    // publish 2 = the "Internal…" picklist value (not co-managed, not all users); noteType = the default.
    expectNote: (recorded, note) => expect(recorded).toEqual({ title: 'MFA reset R-7F3K2Q', description: note.text, noteType: 3, publish: 2 }),
    secrets: () => [AT_CREDS.secret],
    tooMany: (s) => ({ status: 429, headers: { 'retry-after': String(s) }, body: { errors: ['Request threshold exceeded'] } }),
  });

  it('resolves ticketNumber to the numeric id and writes the note under that id', async () => {
    const h = harness(parseTicketConfig(env())!);
    const ref = await h.ticketing.lookup('t20261201.0044');
    expect(ref.id).toBe('7001');
    await h.emitAndDeliver(completedEvent({ ticket: 'T20261201.0044' }));
    expect(at.requests.some((r) => r.method === 'POST' && r.path === '/ATServicesRest/V1.0/Tickets/7001/Notes')).toBe(true);
  });

  it('uses configured picklist values without reading entityInformation', async () => {
    const h = harness(parseTicketConfig(env({ AUTOTASK_NOTE_TYPE: '1', AUTOTASK_NOTE_PUBLISH: '2' }))!);
    await h.emitAndDeliver(completedEvent({ ticket: 'T20261201.0044' }));
    expect(open.notes[0]).toMatchObject({ noteType: 1, publish: 2 });
    expect(at.requests.some((r) => r.path.includes('entityInformation'))).toBe(false);
  });

  it('marks the ticket complete only when configured', async () => {
    const h = harness(parseTicketConfig(env({ TICKET_SET_STATUS: 'on', AUTOTASK_STATUS_ID: '5' }))!);
    await h.emitAndDeliver(completedEvent({ ticket: 'T20261201.0044' }));
    expect(open.status).toBe(5);
  });

  it('refuses a zone URL that is not an Autotask host (the secret would go there)', async () => {
    const evil = await new FakeAutotask().start();
    // Same fake, but reached through "localhost": the zone answer names 127.0.0.1, a different host.
    const h = harness(parseTicketConfig({ ...env(), AUTOTASK_URL: `${evil.url.replace('127.0.0.1', 'localhost')}/atservicesrest` })!);
    await expect(h.ticketing.lookup('T20261201.0044')).rejects.toMatchObject({ kind: 'invalid' });
    expect(evil.requests.filter((r) => r.headers.secret !== undefined)).toHaveLength(0);
    await evil.close();
  });
});
