import type { Logger } from 'pino';
import type { OutboxStore, PendingRequests } from '../state/ports.js';
import { createAutotask } from './autotask.js';
import type { SystemConfig, TicketConfig } from './config.js';
import { createConnectWise } from './connectwise.js';
import { createFreshdesk } from './freshdesk.js';
import { createHalo } from './halo.js';
import { createJira } from './jira.js';
import { createKaseyaBms } from './kaseyabms.js';
import { OutboxWorker, TicketSink, type TicketJob, type Timers } from './outbox.js';
import { createServiceNow } from './servicenow.js';
import { memoryStatusStore, statusStoreOver, type StatusRecord } from './status.js';
import type { AdapterDeps, TicketAdapter, TicketRef } from './types.js';
import { createWebhook } from './webhook.js';

export { type TicketConfig } from './config.js';
export type { TicketJob } from './outbox.js';
export type { StatusRecord } from './status.js';

export interface TicketingDeps {
  /** `state.outbox<TicketJob>('ticketnotes')`: durable across restarts and instances. */
  readonly outbox: OutboxStore<TicketJob>;
  /** `state.pending<StatusRecord>('ticketstatus')`: final outcomes for the card; memory if absent. */
  readonly results?: PendingRequests<StatusRecord>;
  readonly log: Logger;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
  readonly timers?: Timers;
  readonly random?: () => number;
}

export interface Ticketing {
  readonly sink: TicketSink;
  /** For the technician's card, before anything is reset: refuses unknown and closed tickets. */
  readonly lookup: (number: string) => Promise<TicketRef>;
  readonly worker: OutboxWorker;
  readonly adapter: TicketAdapter;
}

export function createTicketing(config: TicketConfig, deps: TicketingDeps): Ticketing {
  const now = deps.now ?? Date.now;
  const adapter = createAdapter(config.system, { fetch: deps.fetch ?? fetch, now });
  const log = deps.log.child({ component: 'tickets' });
  const results = deps.results ? statusStoreOver(deps.results, now) : memoryStatusStore();
  const worker = new OutboxWorker({
    store: deps.outbox,
    adapter,
    results,
    log,
    now,
    ...(deps.timers ? { timers: deps.timers } : {}),
    ...(deps.random ? { random: deps.random } : {}),
    credentialHint: CREDENTIAL_HINT[config.system.system],
  });
  const sink = new TicketSink({
    store: deps.outbox,
    worker,
    results,
    system: adapter.system,
    log,
    now,
    giveUpMs: config.giveUpMs,
    setStatus: config.setStatus,
    selfServiceRecords: config.selfServiceRecords,
  });
  return { sink, lookup: (n) => adapter.lookup(n), worker, adapter };
}

function createAdapter(cfg: SystemConfig, deps: AdapterDeps): TicketAdapter {
  switch (cfg.system) {
    case 'servicenow':
      return createServiceNow(cfg, deps);
    case 'jira':
      return createJira(cfg, deps);
    case 'freshdesk':
      return createFreshdesk(cfg, deps);
    case 'connectwise':
      return createConnectWise(cfg, deps);
    case 'halo':
      return createHalo(cfg, deps);
    case 'autotask':
      return createAutotask(cfg, deps);
    case 'kaseyabms':
      return createKaseyaBms(cfg, deps);
    case 'webhook':
      return createWebhook(cfg, deps);
  }
}

const CREDENTIAL_HINT: Readonly<Record<SystemConfig['system'], string>> = {
  servicenow: 'SERVICENOW_USERNAME/SERVICENOW_PASSWORD (or SERVICENOW_CLIENT_ID/SERVICENOW_CLIENT_SECRET)',
  jira: 'JIRA_EMAIL/JIRA_API_TOKEN (an expired token, or a scoped token on the site URL instead of api.atlassian.com)',
  freshdesk: 'FRESHDESK_API_KEY',
  connectwise: 'CONNECTWISE_COMPANY_ID/CONNECTWISE_PUBLIC_KEY/CONNECTWISE_PRIVATE_KEY/CONNECTWISE_CLIENT_ID',
  halo: "HALO_CLIENT_ID/HALO_CLIENT_SECRET (and the application's scopes)",
  autotask: 'AUTOTASK_USERNAME/AUTOTASK_SECRET/AUTOTASK_INTEGRATION_CODE',
  kaseyabms: 'KASEYA_BMS_USERNAME/KASEYA_BMS_PASSWORD/KASEYA_BMS_TENANT/KASEYA_BMS_TOTP_SECRET (and the machine clock)',
  webhook: "TICKET_WEBHOOK_SECRET and the receiver's key",
};
