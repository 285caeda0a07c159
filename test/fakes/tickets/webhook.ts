import { Webhook } from 'standardwebhooks';
import { FakeServer, type FakeRequest, type FakeResponse } from './server.js';

/**
 * A Standard Webhooks receiver: verifies `webhook-id`, `webhook-timestamp` and
 * `webhook-signature` with the `standardwebhooks` library (constant-time, ±5 min), answers 401
 * to a bad signature, dedupes on `webhook-id` (a retry is acknowledged, not stored twice).
 */
export const WH_SECRET = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;

export class FakeWebhookReceiver extends FakeServer {
  readonly received: unknown[] = [];
  readonly ids = new Set<string>();

  constructor(secret = WH_SECRET) {
    const verifier = new Webhook(secret);
    super((r) => this.handle(r, verifier));
  }

  private handle(r: FakeRequest, verifier: Webhook): FakeResponse {
    if (r.method !== 'POST' || r.path !== '/hook') return { status: 404, body: { error: 'not found' } };
    const headers = {
      'webhook-id': str(r.headers['webhook-id']),
      'webhook-timestamp': str(r.headers['webhook-timestamp']),
      'webhook-signature': str(r.headers['webhook-signature']),
    };
    let payload: unknown;
    try {
      payload = verifier.verify(r.body, headers);
    } catch {
      return { status: 401, body: { error: 'invalid signature' } };
    }
    if (this.ids.has(headers['webhook-id'])) return { status: 200, body: { duplicate: true } };
    this.ids.add(headers['webhook-id']);
    this.received.push(payload);
    return { status: 204 };
  }
}

function str(v: string | string[] | undefined): string {
  return typeof v === 'string' ? v : '';
}
