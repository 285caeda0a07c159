import { ConfigError } from '../config.js';
import type { AutotaskConfig } from './autotask.js';
import { isLoopback } from './autotask.js';
import type { ConnectWiseConfig } from './connectwise.js';
import type { FreshdeskConfig } from './freshdesk.js';
import type { HaloConfig } from './halo.js';
import type { JiraConfig } from './jira.js';
import type { KaseyaBmsConfig } from './kaseyabms.js';
import type { ServiceNowConfig } from './servicenow.js';
import { base32Decode } from './totp.js';
import { TICKET_SYSTEMS, type TicketSystem } from './types.js';
import type { WebhookConfig } from './webhook.js';

/**
 * Ticket variables → a typed configuration, or undefined when `TICKET_SYSTEM` is unset (no
 * ticket updates). Every error is a `ConfigError` naming the variable; no value is echoed.
 */
export type SystemConfig = ServiceNowConfig | JiraConfig | FreshdeskConfig | ConnectWiseConfig | HaloConfig | AutotaskConfig | KaseyaBmsConfig | WebhookConfig;

export interface TicketConfig {
  readonly system: SystemConfig;
  /** `TICKET_SELF_SERVICE=create`: open a record ticket for self-service resets. */
  readonly selfServiceRecords: boolean;
  /** `TICKET_SET_STATUS=on`: resolve the ticket after a successful reset (off by default). */
  readonly setStatus: boolean;
  /** `TICKET_RETRY_HOURS`: how long an undelivered note is retried (default 24). */
  readonly giveUpMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;

export interface ParseOptions {
  /**
   * Demo mode accepts unauthenticated traffic, so it must not be able to write into a real ticket
   * system: every ticket URL must then be a loopback host (a local fake).
   */
  readonly demo?: boolean;
}

export function parseTicketConfig(env: Env, opts: ParseOptions = {}): TicketConfig | undefined {
  const name = val(env, 'TICKET_SYSTEM')?.toLowerCase();
  if (!name || name === 'none' || name === 'off') return undefined;
  if (!(TICKET_SYSTEMS as readonly string[]).includes(name)) {
    throw new ConfigError('TICKET_SYSTEM', `must be one of ${TICKET_SYSTEMS.join(', ')} (or unset for no ticket updates)`);
  }
  const selfService = val(env, 'TICKET_SELF_SERVICE')?.toLowerCase() ?? 'off';
  if (selfService !== 'create' && selfService !== 'off') throw new ConfigError('TICKET_SELF_SERVICE', 'must be create or off');
  const setStatus = val(env, 'TICKET_SET_STATUS')?.toLowerCase() ?? 'off';
  if (setStatus !== 'on' && setStatus !== 'off') throw new ConfigError('TICKET_SET_STATUS', 'must be on or off');
  const hours = optInt(env, 'TICKET_RETRY_HOURS') ?? 24;
  if (hours < 1 || hours > 168) throw new ConfigError('TICKET_RETRY_HOURS', 'must be between 1 and 168');
  const system = parseSystem(name as TicketSystem, env);
  // mutate:begin config-demo-loopback
  if (opts.demo) {
    for (const [variable, value] of urlsOf(system)) {
      if (!isLoopback(new URL(value).hostname))
        throw new ConfigError(variable, 'must be a loopback URL in demo mode (demo mode never writes to a real ticket system)');
    }
  }
  // mutate:end config-demo-loopback
  if (selfService === 'create' && !['servicenow', 'jira', 'freshdesk'].includes(system.system)) {
    throw new ConfigError('TICKET_SELF_SERVICE', `create is supported for servicenow, jira and freshdesk, not ${system.system}`);
  }
  if (selfService === 'create' && system.system === 'jira' && !(system.serviceDeskId && system.requestTypeId)) {
    throw new ConfigError('JIRA_SERVICE_DESK_ID', 'and JIRA_REQUEST_TYPE_ID are required when TICKET_SELF_SERVICE=create');
  }
  if (selfService === 'create' && system.system === 'freshdesk' && !system.requesterEmail) {
    throw new ConfigError('FRESHDESK_REQUESTER_EMAIL', 'is required when TICKET_SELF_SERVICE=create');
  }
  return Object.freeze({
    system: Object.freeze(system),
    selfServiceRecords: selfService === 'create',
    setStatus: setStatus === 'on',
    giveUpMs: hours * 3600_000,
  });
}

function parseSystem(system: TicketSystem, env: Env): SystemConfig {
  switch (system) {
    case 'servicenow': {
      const instanceUrl = url(env, 'SERVICENOW_INSTANCE_URL');
      const clientId = val(env, 'SERVICENOW_CLIENT_ID');
      const common = {
        system,
        instanceUrl,
        assignmentGroup: val(env, 'SERVICENOW_ASSIGNMENT_GROUP'),
        closeCode: val(env, 'SERVICENOW_CLOSE_CODE') ?? 'Solution provided',
      } as const;
      if (clientId) return { ...common, auth: { kind: 'oauth', clientId, clientSecret: req(env, 'SERVICENOW_CLIENT_SECRET') } };
      return { ...common, auth: { kind: 'basic', username: req(env, 'SERVICENOW_USERNAME'), password: req(env, 'SERVICENOW_PASSWORD') } };
    }
    case 'jira':
      return {
        system,
        baseUrl: url(env, 'JIRA_URL'),
        email: req(env, 'JIRA_EMAIL'),
        apiToken: req(env, 'JIRA_API_TOKEN'),
        serviceDeskId: digits(env, 'JIRA_SERVICE_DESK_ID'),
        requestTypeId: digits(env, 'JIRA_REQUEST_TYPE_ID'),
        transitionId: digits(env, 'JIRA_TRANSITION_ID'),
      };
    case 'freshdesk':
      return {
        system,
        url: url(env, 'FRESHDESK_URL'),
        apiKey: req(env, 'FRESHDESK_API_KEY'),
        groupId: optInt(env, 'FRESHDESK_GROUP_ID'),
        requesterEmail: val(env, 'FRESHDESK_REQUESTER_EMAIL'),
      };
    case 'connectwise':
      return {
        system,
        siteUrl: url(env, 'CONNECTWISE_URL'),
        companyId: req(env, 'CONNECTWISE_COMPANY_ID'),
        publicKey: req(env, 'CONNECTWISE_PUBLIC_KEY'),
        privateKey: req(env, 'CONNECTWISE_PRIVATE_KEY'),
        clientId: req(env, 'CONNECTWISE_CLIENT_ID'),
        statusId: optInt(env, 'CONNECTWISE_STATUS_ID'),
      };
    case 'halo':
      return {
        system,
        url: url(env, 'HALO_URL'),
        clientId: req(env, 'HALO_CLIENT_ID'),
        clientSecret: req(env, 'HALO_CLIENT_SECRET'),
        tenant: val(env, 'HALO_TENANT'),
        outcomeId: optInt(env, 'HALO_OUTCOME_ID') ?? 7,
        statusId: optInt(env, 'HALO_STATUS_ID'),
      };
    case 'autotask':
      return {
        system,
        discoveryUrl: val(env, 'AUTOTASK_URL') ? url(env, 'AUTOTASK_URL') : 'https://webservices.autotask.net/atservicesrest',
        username: req(env, 'AUTOTASK_USERNAME'),
        secret: req(env, 'AUTOTASK_SECRET'),
        integrationCode: req(env, 'AUTOTASK_INTEGRATION_CODE'),
        noteType: optInt(env, 'AUTOTASK_NOTE_TYPE'),
        publish: optInt(env, 'AUTOTASK_NOTE_PUBLISH'),
        completeStatus: optInt(env, 'AUTOTASK_COMPLETE_STATUS') ?? 5,
        setStatusTo: optInt(env, 'AUTOTASK_STATUS_ID'),
      };
    case 'kaseyabms': {
      const totpSecret = req(env, 'KASEYA_BMS_TOTP_SECRET');
      try {
        if (base32Decode(totpSecret).length < 10) throw new RangeError('short');
      } catch {
        throw new ConfigError('KASEYA_BMS_TOTP_SECRET', 'must be the base32 TOTP secret shown when MFA was set up for the BMS user');
      }
      const noteTypeId = optInt(env, 'KASEYA_BMS_NOTE_TYPE_ID');
      if (noteTypeId === undefined) throw new ConfigError('KASEYA_BMS_NOTE_TYPE_ID', 'is required (the id of the internal note type in BMS)');
      return {
        system,
        url: val(env, 'KASEYA_BMS_URL') ? url(env, 'KASEYA_BMS_URL') : 'https://api.bms.kaseya.com',
        username: req(env, 'KASEYA_BMS_USERNAME'),
        password: req(env, 'KASEYA_BMS_PASSWORD'),
        tenant: req(env, 'KASEYA_BMS_TENANT'),
        totpSecret,
        noteTypeId,
        statusId: optInt(env, 'KASEYA_BMS_STATUS_ID'),
      };
    }
    case 'webhook': {
      const secret = req(env, 'TICKET_WEBHOOK_SECRET');
      const raw = secret.startsWith('whsec_') ? Buffer.from(secret.slice(6), 'base64') : Buffer.alloc(0);
      if (raw.length < 24 || raw.length > 64) throw new ConfigError('TICKET_WEBHOOK_SECRET', 'must be whsec_ followed by base64 of 24 to 64 random bytes');
      return { system, url: url(env, 'TICKET_WEBHOOK_URL'), secret };
    }
  }
}

function urlsOf(s: SystemConfig): [string, string][] {
  switch (s.system) {
    case 'servicenow':
      return [['SERVICENOW_INSTANCE_URL', s.instanceUrl]];
    case 'jira':
      return [['JIRA_URL', s.baseUrl]];
    case 'freshdesk':
      return [['FRESHDESK_URL', s.url]];
    case 'connectwise':
      return [['CONNECTWISE_URL', s.siteUrl]];
    case 'halo':
      return [['HALO_URL', s.url]];
    case 'autotask':
      return [['AUTOTASK_URL', s.discoveryUrl]];
    case 'kaseyabms':
      return [['KASEYA_BMS_URL', s.url]];
    case 'webhook':
      return [['TICKET_WEBHOOK_URL', s.url]];
  }
}

function val(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

function req(env: Env, name: string): string {
  const v = val(env, name);
  if (v === undefined) throw new ConfigError(name, `is required when TICKET_SYSTEM=${val(env, 'TICKET_SYSTEM')?.toLowerCase()}`);
  return v;
}

// mutate:begin config-ticket-url
/** https, or http to a loopback host only (a local fake or a proxy on the same machine). */
function url(env: Env, name: string): string {
  const v = req(env, name);
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new ConfigError(name, 'must be an absolute URL (https://…)');
  }
  if (u.username || u.password) throw new ConfigError(name, 'must not contain credentials; use the dedicated variables');
  if (u.protocol === 'https:') return v.replace(/\/+$/, '');
  if (u.protocol === 'http:' && isLoopback(u.hostname)) return v.replace(/\/+$/, '');
  throw new ConfigError(name, 'must be https:// (http:// only for a loopback host)');
}
// mutate:end config-ticket-url

function optInt(env: Env, name: string): number | undefined {
  const v = val(env, name);
  if (v === undefined) return undefined;
  if (!/^\d{1,9}$/.test(v)) throw new ConfigError(name, 'must be a whole number');
  return Number(v);
}

function digits(env: Env, name: string): string | undefined {
  const n = optInt(env, name);
  return n === undefined ? undefined : String(n);
}
