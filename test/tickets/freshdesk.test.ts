import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTicketConfig } from '../../src/tickets/config.js';
import { FakeFreshdesk, FD_KEY, type FdTicket } from '../fakes/tickets/freshdesk.js';
import { adapterContract, completedEvent, harness } from './harness.js';

let fd: FakeFreshdesk;
let open: FdTicket;
beforeEach(async () => {
  fd = await new FakeFreshdesk().start();
  open = fd.add(4711);
  fd.add(4712, 5);
});
afterEach(() => fd.close());

const env = (extra: Record<string, string> = {}) => ({ TICKET_SYSTEM: 'freshdesk', FRESHDESK_URL: fd.url, FRESHDESK_API_KEY: FD_KEY, ...extra });

describe('Freshdesk', () => {
  adapterContract({
    fake: () => fd,
    config: () => parseTicketConfig(env())!,
    open: '4711',
    closed: '4712',
    unknown: '9999',
    notes: () => open.notes,
    expectNote: (recorded, note) => expect(recorded).toEqual({ body: note.html, private: true }),
    secrets: () => [FD_KEY],
    tooMany: (s) => ({
      status: 429,
      headers: { 'retry-after': String(s), 'x-ratelimit-total': '200', 'x-ratelimit-remaining': '0' },
      body: { description: 'You have exceeded the limit of requests per minute' },
    }),
  });

  it('sends the private flag explicitly and HTML-escapes names', async () => {
    const h = harness(parseTicketConfig(env())!);
    await h.emitAndDeliver(completedEvent({ ticket: '#4711', subject: { userId: 'u', tenantId: 't', displayName: 'Ana <b>Lopez</b>' } }));
    const sent = JSON.parse(fd.requests.find((r) => r.method === 'POST')!.body) as { private: boolean; body: string };
    expect(sent.private).toBe(true);
    expect(sent.body).toContain('Ana &#60;b&#62;Lopez&#60;/b&#62;');
    expect(sent.body).not.toContain('<b>');
  });

  it('resolves the ticket (status 4) when status changes are on', async () => {
    const h = harness(parseTicketConfig(env({ TICKET_SET_STATUS: 'on' }))!);
    await h.emitAndDeliver(completedEvent({ ticket: '4711' }));
    expect(open.status).toBe(4);
  });

  it('opens a self-service record ticket in the configured group with a private note', async () => {
    const h = harness(parseTicketConfig(env({ TICKET_SELF_SERVICE: 'create', FRESHDESK_REQUESTER_EMAIL: 'it@contoso.com', FRESHDESK_GROUP_ID: '77' }))!);
    await h.emitAndDeliver(completedEvent({ ticket: undefined, path: 'self' }));
    const created = [...fd.tickets.values()].find((t) => t.subject?.startsWith('MFA reset'));
    expect(created?.group_id).toBe(77);
    expect(created?.notes[0]?.private).toBe(true);
  });
});
