import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTicketConfig } from '../../src/tickets/config.js';
import { FakeHalo, HALO_CREDS, type HaloTicket } from '../fakes/tickets/halo.js';
import { adapterContract, completedEvent, harness } from './harness.js';

let halo: FakeHalo;
let open: HaloTicket;
beforeEach(async () => {
  halo = await new FakeHalo().start();
  open = halo.add(2001);
  halo.add(2002, true);
});
afterEach(() => halo.close());

const env = (extra: Record<string, string> = {}) => ({
  TICKET_SYSTEM: 'halo',
  HALO_URL: halo.url,
  HALO_CLIENT_ID: HALO_CREDS.clientId,
  HALO_CLIENT_SECRET: HALO_CREDS.clientSecret,
  ...extra,
});

describe('Halo PSA', () => {
  adapterContract({
    fake: () => halo,
    config: () => parseTicketConfig(env())!,
    open: '2001',
    closed: '2002',
    unknown: '9999',
    notes: () => open.actions,
    expectNote: (recorded, note) => expect(recorded).toEqual({ ticket_id: 2001, outcome_id: 7, hiddenfromuser: true, note_html: note.html }),
    secrets: () => [HALO_CREDS.clientSecret],
    tooMany: (s) => ({ status: 429, headers: { 'retry-after': String(s) }, body: 'Too many requests' }),
  });

  it('uses the configured outcome and falls back to /auth/token when authinfo is missing', async () => {
    halo.authinfo = false;
    const h = harness(parseTicketConfig(env({ HALO_OUTCOME_ID: '12', HALO_TENANT: HALO_CREDS.tenant }))!);
    await h.emitAndDeliver(completedEvent({ ticket: '2001' }));
    expect(open.actions[0]?.outcome_id).toBe(12);
  });

  it('gives up with the product message when the outcome is refused', async () => {
    halo.fail(1, { status: 400, body: 'An Outcome must be entered for this Action' }, (r) => r.path === '/api/Actions');
    const h = harness(parseTicketConfig(env())!);
    await h.emitAndDeliver(completedEvent({ ticket: '2001' }));
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('failed: the ticket system rejected the note');
  });

  it('sets the configured status only when status changes are on', async () => {
    const h = harness(parseTicketConfig(env({ TICKET_SET_STATUS: 'on', HALO_STATUS_ID: '9' }))!);
    await h.emitAndDeliver(completedEvent({ ticket: '2001' }));
    expect(open.status_id).toBe(9);
  });
});
