import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTicketConfig } from '../../src/tickets/config.js';
import { CW_CREDS, FakeConnectWise, type CwTicket } from '../fakes/tickets/connectwise.js';
import { adapterContract, completedEvent, harness } from './harness.js';

let cw: FakeConnectWise;
let open: CwTicket;
beforeEach(async () => {
  cw = await new FakeConnectWise().start();
  open = cw.add(31337);
  cw.add(31338, true);
});
afterEach(() => cw.close());

const env = (extra: Record<string, string> = {}) => ({
  TICKET_SYSTEM: 'connectwise',
  CONNECTWISE_URL: cw.url,
  CONNECTWISE_COMPANY_ID: CW_CREDS.company,
  CONNECTWISE_PUBLIC_KEY: CW_CREDS.publicKey,
  CONNECTWISE_PRIVATE_KEY: CW_CREDS.privateKey,
  CONNECTWISE_CLIENT_ID: CW_CREDS.clientId,
  ...extra,
});

describe('ConnectWise PSA', () => {
  adapterContract({
    fake: () => cw,
    config: () => parseTicketConfig(env())!,
    open: '31337',
    closed: '31338',
    unknown: '40404',
    notes: () => open.notes,
    expectNote: (recorded, note) =>
      expect(recorded).toEqual({
        text: note.text,
        internalAnalysisFlag: true,
        detailDescriptionFlag: false,
        resolutionFlag: false,
        customerUpdatedFlag: false,
        processNotifications: false,
      }),
    secrets: () => [CW_CREDS.privateKey],
    tooMany: (s) => ({ status: 429, headers: { 'retry-after': String(s), server: 'cloudflare' }, body: '<html>429 Too Many Requests</html>' }),
  });

  it('discovers the codebase once and sends the clientId header', async () => {
    const h = harness(parseTicketConfig(env())!);
    await h.emitAndDeliver(completedEvent({ ticket: '31337' }));
    await h.emitAndDeliver(completedEvent({ ticket: '31337', correlationId: 'R-2' }));
    expect(cw.requests.filter((r) => r.path.startsWith('/login/companyinfo/'))).toHaveLength(1);
    expect(open.notes).toHaveLength(2);
  });

  it('moves the ticket to the configured status only when status changes are on', async () => {
    const h = harness(parseTicketConfig(env({ TICKET_SET_STATUS: 'on', CONNECTWISE_STATUS_ID: '17' }))!);
    await h.emitAndDeliver(completedEvent({ ticket: '31337' }));
    expect(open.statusId).toBe(17);
  });
});
