import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { call } from './call.js';
import { hourBucket, int64 } from './keys.js';

/** Most rows one sweep removes per table: a backlog is worked off over several sweeps. */
const MAX_ROWS_PER_SWEEP = 2000;
/** Entity-group transactions take at most 100 operations, all in one partition. */
const BATCH = 100;

/**
 * Table Storage has no TTL. Expired rows are removed off the hot path: a nonce partition is
 * dropped once its whole hour has passed (a spent nonce only has to outlive its token, whose
 * expiry was checked before the claim), pending rows once their own expiry has passed.
 */
export async function sweepExpired(tables: { nonces: TableClient; pending: TableClient }, now: number, timeoutMs: number): Promise<number> {
  const nonceFilter = odata`PartitionKey lt ${hourBucket(now)}`;
  const pendingFilter = odata`expiresAt le ${int64(now)}L`;
  const a = await deleteWhere(tables.nonces, nonceFilter, timeoutMs);
  const b = await deleteWhere(tables.pending, pendingFilter, timeoutMs);
  return a + b;
}

async function deleteWhere(client: TableClient, filter: string, timeoutMs: number): Promise<number> {
  const r = await call(
    'sweep.list',
    async (abortSignal) => {
      const keys: { partitionKey: string; rowKey: string }[] = [];
      const it = client.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] }, abortSignal });
      for await (const e of it) {
        if (e.partitionKey !== undefined && e.rowKey !== undefined) keys.push({ partitionKey: e.partitionKey, rowKey: e.rowKey });
        if (keys.length >= MAX_ROWS_PER_SWEEP) break;
      }
      return keys;
    },
    { timeoutMs: timeoutMs * 4, retry: true },
  );
  if (!r.ok) return 0;
  const byPartition = new Map<string, TransactionAction[]>();
  for (const k of r.value) {
    const list = byPartition.get(k.partitionKey) ?? [];
    list.push(['delete', k]);
    byPartition.set(k.partitionKey, list);
  }
  let removed = 0;
  for (const actions of byPartition.values()) {
    for (let i = 0; i < actions.length; i += BATCH) {
      const chunk = actions.slice(i, i + BATCH);
      // A row updated or removed since the listing fails its batch; the next sweep retries the rest.
      const done = await call('sweep.delete', (abortSignal) => client.submitTransaction(chunk, { abortSignal }), {
        timeoutMs,
        expect: [404, 409, 412],
      });
      if (done.ok) removed += chunk.length;
    }
  }
  return removed;
}
