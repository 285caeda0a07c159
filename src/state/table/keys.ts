import { createHash } from 'node:crypto';

export function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/**
 * A row key for a caller's id. Readable ids stay as they are (an operator can find a row); any
 * other id is hashed, since row keys refuse `/ \ # ?` and control characters. `~` never occurs
 * in a readable key, so the two forms cannot collide.
 */
export function rowKeyOf(id: string): string {
  return /^[A-Za-z0-9._:@-]{1,200}$/.test(id) ? id : `~${sha256(id)}`;
}

/** Names of a `pending(name)` or `outbox(name)` collection: they become partition keys. */
export function checkCollectionName(name: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new TypeError(`state collection name must be 1-64 of [A-Za-z0-9_-]: ${JSON.stringify(name)}`);
  return name;
}

/** Epoch ms as the Int64 the table stores, so `le`/`lt` filters compare numbers, not doubles. */
export function int64(ms: number): bigint {
  return BigInt(Math.trunc(ms));
}

export function numberOf(v: unknown): number | undefined {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return undefined;
}

/** UTC hour bucket `yyyymmddhh`: every nonce row in a partition expires within that hour. */
export function hourBucket(ms: number): string {
  return new Date(ms).toISOString().slice(0, 13).replace(/[-T]/g, '');
}
