import type { Logger } from '../logger.js';
import type { StateConfig } from './config.js';
import { createMemoryState } from './memory.js';
import type { StatePorts } from './ports.js';
import { createTableState } from './table.js';

export { parseStateConfig, type StateConfig } from './config.js';
export { type StatePorts } from './ports.js';

export interface CreateStateOptions {
  /** Production mode: in-memory state there is worth a warning (replays across instances). */
  readonly production: boolean;
  /** Per-call deadline for the Table store (default 2,500 ms). */
  readonly timeoutMs?: number;
}

/**
 * The state ports for this process: Table Storage when configured, else memory. Creating the
 * Table store makes its tables; if the store cannot be reached this rejects with
 * `StateUnavailableError` and the caller should fail start-up (a bot that cannot record claims
 * must not accept clicks).
 */
export async function createState(config: StateConfig | undefined, log: Logger, opts: CreateStateOptions): Promise<StatePorts> {
  if (config === undefined) {
    if (opts.production) {
      log.warn(
        { state: 'memory' },
        'shared state is in memory: run one instance only (set STATE_STORAGE_CONNECTION_STRING or STATE_STORAGE_ACCOUNT_URL for more)',
      );
    }
    return createMemoryState();
  }
  const ports = await createTableState({ config, log, ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}) });
  log.info({ state: 'table', endpoint: config.endpoint, auth: config.auth, tablePrefix: config.tablePrefix }, 'shared state on Azure Table Storage');
  return ports;
}
