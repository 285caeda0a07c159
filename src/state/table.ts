import { TableClient, type TableServiceClientOptions } from '@azure/data-tables';
import { DefaultAzureCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { Logger } from '../logger.js';
import type { StateConfig } from './config.js';
import type { StatePorts } from './ports.js';
import { call } from './table/call.js';
import type { TableContext } from './table/context.js';
import { checkCollectionName } from './table/keys.js';
import { TableNonces } from './table/nonces.js';
import { TableOutbox } from './table/outbox.js';
import { TablePending } from './table/pending.js';
import { TableConversationRefs } from './table/refs.js';
import { sweepExpired } from './table/sweep.js';

/**
 * Shared state on Azure Table Storage (or Azurite): any number of bot instances may share it.
 *
 * Tables `<prefix>nonces`, `<prefix>pending`, `<prefix>refs`, `<prefix>outbox` are created at
 * start-up if missing. Every call has its own deadline and the SDK's retries are off: a slow or
 * failing store answers `StateUnavailableError` in bounded time instead of holding a user's turn.
 */
export interface TableStateOptions {
  readonly config: StateConfig;
  /** Deadline per store call (default 2,500 ms). */
  readonly timeoutMs?: number;
  readonly now?: () => number;
  /** How often expired rows are removed (default 15 min; 0 = never, e.g. tests that sweep by hand). */
  readonly sweepEveryMs?: number;
  readonly log?: Logger;
  /** For tests: a credential instead of a managed identity (account-URL configurations only). */
  readonly credential?: TokenCredential;
}

export interface TableStatePorts extends StatePorts {
  readonly kind: 'table';
  /** Remove expired rows now; returns how many. Also runs on a timer (see `sweepEveryMs`). */
  sweepExpired(): Promise<number>;
}

const TABLES = ['nonces', 'pending', 'refs', 'outbox'] as const;
type TableName = (typeof TABLES)[number];

export async function createTableState(opts: TableStateOptions): Promise<TableStatePorts> {
  const timeoutMs = opts.timeoutMs ?? 2500;
  const now = opts.now ?? Date.now;
  const clients = makeClients(opts.config, opts.credential);
  await Promise.all(TABLES.map((t) => ensureTable(clients[t], timeoutMs)));

  const ctx = (t: TableName): TableContext => ({ client: clients[t], timeoutMs, now });
  const pendings = new Map<string, TablePending<unknown>>();
  const outboxes = new Map<string, TableOutbox<unknown>>();
  const sweep = () => sweepExpired({ nonces: clients.nonces, pending: clients.pending }, now(), timeoutMs);

  const every = opts.sweepEveryMs ?? 15 * 60_000;
  const timer =
    every > 0
      ? setInterval(() => {
          sweep().then(
            (n) => n > 0 && opts.log?.info({ removed: n }, 'state sweep removed expired rows'),
            (err: unknown) => opts.log?.warn({ err }, 'state sweep failed; it runs again later'),
          );
        }, every)
      : undefined;
  // The sweep is housekeeping: it must never keep the process alive on shutdown.
  timer?.unref();

  return {
    kind: 'table',
    nonces: new TableNonces(ctx('nonces')),
    pending: <T>(name: string) => memo(pendings, checkCollectionName(name), () => new TablePending<unknown>(ctx('pending'), name)) as TablePending<T>,
    conversations: new TableConversationRefs(ctx('refs')),
    outbox: <T>(name: string) => memo(outboxes, checkCollectionName(name), () => new TableOutbox<unknown>(ctx('outbox'), name)) as TableOutbox<T>,
    sweepExpired: sweep,
    async close() {
      if (timer) clearInterval(timer);
    },
  };
}

function makeClients(config: StateConfig, credential: TokenCredential | undefined): Record<TableName, TableClient> {
  // Retries are ours (one, for reads only, inside the call's budget): the SDK's default of three
  // exponential retries would turn a store outage into a 30-second hang on the user's click.
  const options: TableServiceClientOptions = { retryOptions: { maxRetries: 0 }, allowInsecureConnection: config.allowInsecureConnection };
  let make: (table: string) => TableClient;
  if (config.auth === 'connectionString') {
    const cs = config.connectionString.reveal();
    make = (table) => TableClient.fromConnectionString(cs, table, options);
  } else {
    const cred =
      credential ??
      (config.managedIdentityClientId ? new ManagedIdentityCredential({ clientId: config.managedIdentityClientId }) : new DefaultAzureCredential());
    make = (table) => new TableClient(config.accountUrl, table, cred, options);
  }
  const out = {} as Record<TableName, TableClient>;
  for (const t of TABLES) out[t] = make(`${config.tablePrefix}${t}`);
  return out;
}

async function ensureTable(client: TableClient, timeoutMs: number): Promise<void> {
  // 409 TableAlreadyExists: another instance (or an earlier start) made it, which is fine.
  await call('createTable', (abortSignal) => client.createTable({ abortSignal }), { timeoutMs: timeoutMs * 2, expect: [409] });
}

function memo<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}
