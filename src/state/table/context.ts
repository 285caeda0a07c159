import type { TableClient } from '@azure/data-tables';

/** What each Table-backed store needs: its table, the per-call budget and the clock. */
export interface TableContext {
  readonly client: TableClient;
  readonly timeoutMs: number;
  readonly now: () => number;
}
