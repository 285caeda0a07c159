import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTicketConfig } from '../../src/tickets/config.js';
import { totp } from '../../src/tickets/totp.js';
import { BMS_CREDS, FakeKaseyaBms, type BmsTicket } from '../fakes/tickets/kaseyabms.js';
import { adapterContract, completedEvent, harness } from './harness.js';

let bms: FakeKaseyaBms;
let open: BmsTicket;
beforeEach(async () => {
  bms = await new FakeKaseyaBms().start();
  open = bms.add(880, 'T20261201.0007');
  bms.add(881, 'T20261201.0008', true);
});
afterEach(() => bms.close());

const env = (extra: Record<string, string> = {}) => ({
  TICKET_SYSTEM: 'kaseyabms',
  KASEYA_BMS_URL: bms.url,
  KASEYA_BMS_USERNAME: BMS_CREDS.username,
  KASEYA_BMS_PASSWORD: BMS_CREDS.password,
  KASEYA_BMS_TENANT: BMS_CREDS.tenant,
  KASEYA_BMS_TOTP_SECRET: BMS_CREDS.totpSecret,
  KASEYA_BMS_NOTE_TYPE_ID: '4',
  ...extra,
});

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors for SHA-1', () => {
    // Secret "12345678901234567890" in base32; RFC 6238 appendix B, 8 digits.
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(totp(secret, 59_000, { digits: 8 })).toBe('94287082');
    expect(totp(secret, 1_111_111_109_000, { digits: 8 })).toBe('07081804');
    expect(totp(secret, 20_000_000_000_000, { digits: 8 })).toBe('65353130');
  });
});

describe('Kaseya BMS', () => {
  adapterContract({
    fake: () => bms,
    config: () => parseTicketConfig(env())!,
    open: 'T20261201.0007',
    closed: '881',
    unknown: '999',
    notes: () => open.notes,
    expectNote: (recorded, note) => expect(recorded).toMatchObject({ Details: note.text, IsInternal: true, TypeId: 4, EmailNotification: false }),
    secrets: () => [BMS_CREDS.password, BMS_CREDS.totpSecret],
    tooMany: (s) => ({ status: 429, headers: { 'retry-after': String(s) }, body: { success: false, error: { code: 429, message: 'Too many requests' } } }),
  });

  it('logs in with a current TOTP code once and reuses the token', async () => {
    const h = harness(parseTicketConfig(env())!);
    await h.emitAndDeliver(completedEvent({ ticket: '880' }));
    await h.emitAndDeliver(completedEvent({ ticket: 'T20261201.0007', correlationId: 'R-2' }));
    expect(bms.logins).toBe(1);
    expect(open.notes).toHaveLength(2);
  });

  it('refuses a login with a wrong TOTP secret as an auth failure', async () => {
    const h = harness(parseTicketConfig(env({ KASEYA_BMS_TOTP_SECRET: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' }))!);
    await expect(h.ticketing.lookup('880')).rejects.toMatchObject({ kind: 'auth' });
  });

  it('finds a ticket by its ticket number', async () => {
    const h = harness(parseTicketConfig(env())!);
    expect((await h.ticketing.lookup('T20261201.0007')).id).toBe('880');
    await expect(h.ticketing.lookup('T20261201.0008')).rejects.toMatchObject({ kind: 'closed' });
  });

  it('resolves with an internal comment only when configured', async () => {
    const h = harness(parseTicketConfig(env({ TICKET_SET_STATUS: 'on', KASEYA_BMS_STATUS_ID: '6' }))!);
    await h.emitAndDeliver(completedEvent({ ticket: '880' }));
    expect(open.resolved).toMatchObject({ StatusId: 6, IsInternal: true });
  });
});
