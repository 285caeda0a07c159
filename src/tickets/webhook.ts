import { Webhook } from 'standardwebhooks';
import { call, oneLine, type Call } from './http.js';
import { TicketError, type AdapterDeps, type TicketAdapter } from './types.js';

/**
 * A Standard Webhooks (v1) sender for any receiver: a Power Automate flow whose PSA connector
 * writes the note, or a PSA's own inbound hook. `webhook-id` is the reset's reference id, stable
 * across retries, so the receiver can drop a duplicate; the body is the same bytes on every
 * attempt and only the timestamp and signature change. There is nothing to look up: the number
 * is checked for shape and passed on.
 */
export interface WebhookConfig {
  readonly system: 'webhook';
  readonly url: string;
  /** `whsec_` + base64 of 24-64 random bytes. */
  readonly secret: string;
}

interface WebhookPayload {
  readonly type: 'mfa_reset.ticket_note';
  readonly ticket: string;
  readonly referenceId: string;
  /** Internal: the receiver must write it where customers cannot see it. */
  readonly visibility: 'internal';
  readonly text: string;
  readonly html: string;
}

const NUMBER = /^[A-Za-z0-9][A-Za-z0-9._#-]{0,63}$/;

export function createWebhook(cfg: WebhookConfig, deps: AdapterDeps): TicketAdapter {
  const signer = new Webhook(cfg.secret);
  // 410 is the receiver's "disable this endpoint" (Standard Webhooks), not a missing ticket.
  const callReceiver = (c: Call) =>
    call('webhook', deps, c).catch((err: unknown) => {
      if (err instanceof TicketError && err.status === 410)
        throw new TicketError('invalid', 'webhook: the receiver disabled this endpoint (HTTP 410)', { status: 410 });
      throw err;
    });
  return {
    system: 'webhook',
    async lookup(input) {
      const number = input.trim();
      if (!NUMBER.test(number)) throw new TicketError('notFound', `webhook: "${oneLine(input, 40)}" is not a ticket number`);
      return { id: number, number, closed: false };
    },
    async addInternalNote(ticket, note) {
      const payload: WebhookPayload = {
        type: 'mfa_reset.ticket_note',
        ticket: ticket.id,
        referenceId: note.correlationId,
        visibility: 'internal',
        text: note.text,
        html: note.html,
      };
      const body = JSON.stringify(payload);
      const msgId = `msg_${note.correlationId.replace(/[^A-Za-z0-9_-]/g, '')}`;
      const at = new Date(deps.now());
      await callReceiver({
        method: 'POST',
        url: cfg.url,
        headers: {
          'content-type': 'application/json',
          'webhook-id': msgId,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signer.sign(msgId, at, body),
        },
        body,
        what: `note ${ticket.number}`,
      });
    },
  };
}
