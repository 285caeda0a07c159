import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTicketConfig } from '../../src/tickets/config.js';
import { FakeWebhookReceiver, WH_SECRET } from '../fakes/tickets/webhook.js';
import { adapterContract, completedEvent, harness } from './harness.js';

let rx: FakeWebhookReceiver;
beforeEach(async () => {
  rx = await new FakeWebhookReceiver().start();
});
afterEach(() => rx.close());

const env = (secret = WH_SECRET) => ({ TICKET_SYSTEM: 'webhook', TICKET_WEBHOOK_URL: `${rx.url}/hook`, TICKET_WEBHOOK_SECRET: secret });

describe('Standard Webhooks sender', () => {
  adapterContract({
    fake: () => rx,
    config: () => parseTicketConfig(env())!,
    open: 'INC0010002',
    notes: () => rx.received,
    expectNote: (recorded, note) =>
      expect(recorded).toEqual({
        type: 'mfa_reset.ticket_note',
        ticket: 'INC0010002',
        referenceId: 'R-7F3K2Q',
        visibility: 'internal',
        text: note.text,
        html: note.html,
      }),
    secrets: () => [WH_SECRET, WH_SECRET.slice(6)],
    tooMany: (s) => ({ status: 429, headers: { 'retry-after': String(s) } }),
  });

  it('signs with the Standard Webhooks headers and keeps webhook-id stable across retries', async () => {
    rx.fail(1, { status: 502 });
    const h = harness(parseTicketConfig(env())!);
    await h.emitAndDeliver(completedEvent({ ticket: 'INC0010002' }));
    h.advance(10_000);
    await h.ticketing.worker.runOnce();
    const ids = rx.requests.map((r) => r.headers['webhook-id']);
    expect(ids).toEqual(['msg_R-7F3K2Q', 'msg_R-7F3K2Q']);
    const ts = rx.requests.map((r) => Number(r.headers['webhook-timestamp']));
    expect(ts[1]! - ts[0]!).toBe(10);
    expect(rx.requests[0]?.body).toBe(rx.requests[1]?.body);
    expect(String(rx.requests[1]?.headers['webhook-signature'])).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(rx.received).toHaveLength(1);
  });

  it('is refused by a receiver holding another key, and gives up as an auth failure', async () => {
    const other = `whsec_${Buffer.from('another-secret-of-32-bytes-long!').toString('base64')}`;
    const h = harness(parseTicketConfig(env(other))!);
    await h.emitAndDeliver(completedEvent({ ticket: 'INC0010002' }));
    expect(rx.received).toHaveLength(0);
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe("failed: the ticket system refused the bot's credentials");
  });

  it('refuses a malformed ticket number before sending anything', async () => {
    const h = harness(parseTicketConfig(env())!);
    await expect(h.ticketing.lookup('INC 1; drop')).rejects.toMatchObject({ kind: 'notFound' });
    expect(rx.requests).toHaveLength(0);
  });

  it('treats 410 as the receiver disabling the endpoint and stops', async () => {
    rx.fail(1, { status: 410 });
    const h = harness(parseTicketConfig(env())!);
    await h.emitAndDeliver(completedEvent({ ticket: 'INC0010002' }));
    expect(await h.ticketing.sink.status('R-7F3K2Q')).toBe('failed: the ticket system rejected the note');
    expect(h.log.text()).toContain('disabled this endpoint');
  });
});
