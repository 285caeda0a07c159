import type { NonceStore } from '../ports.js';
import { StateUnavailableError } from '../ports.js';
import { call } from './call.js';
import type { TableContext } from './context.js';
import { hourBucket, int64, sha256 } from './keys.js';

/**
 * Spent nonces. `createEntity` is the claim: the table refuses a second row with the same keys
 * (409 EntityAlreadyExists), atomically across every instance. Rows are partitioned by the hour
 * their token expires, so a whole partition can be dropped once that hour has passed; the row key
 * is a hash, so the store never holds a usable nonce.
 */
export class TableNonces implements NonceStore {
  constructor(private readonly t: TableContext) {}

  async claim(nonce: string, expiresAt: number): Promise<boolean> {
    const entity = { partitionKey: hourBucket(expiresAt), rowKey: sha256(nonce), expiresAt: int64(expiresAt) };
    const r = await call('nonces.claim', (abortSignal) => this.t.client.createEntity(entity, { abortSignal }), {
      timeoutMs: this.t.timeoutMs,
      expect: [409],
    });
    if (r.ok) return true;
    // Only "already exists" means "already claimed"; any other conflict is the store's trouble.
    if (r.code !== undefined && r.code !== 'EntityAlreadyExists') throw new StateUnavailableError('nonces.claim');
    return false;
  }
}
