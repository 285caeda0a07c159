import { readFileSync } from 'node:fs';
import { parseStateConfig, type StateConfig } from './state/config.js';
import { parseHelpdeskConfig, type HelpdeskConfig } from './helpdesk/config.js';
import { parseTicketConfig, type TicketConfig } from './tickets/config.js';
import { parseAfterConfig, type AfterConfig } from './after/config.js';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { z } from 'zod';
import { BOT_CLOUDS, BOT_FRAMEWORK_KEYS, FETCHED_KEYS, isLoopbackHost, type BotCloud, type BotFrameworkEndpoints } from './bot-cloud.js';

/**
 * Environment → validated, typed, frozen configuration. Read once at startup; every error names
 * the variable and why, so an operator can fix it from one log line.
 */

/**
 * Every variable that only means something in production: set without MicrosoftAppId it is a
 * startup error (production intent must never silently become demo mode), and set but empty it
 * is one too (an unresolved secret reference). Tools that must run the bot in demo mode pass
 * `demoEnvironment(env)` to the child: these removed and `.env` skipped.
 */
export const CREDENTIAL_VARIABLES = [
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppType',
  'MicrosoftAppTenantId',
  'GRAPH_TENANT_ID',
  'GRAPH_CLIENT_ID',
  'GRAPH_CLIENT_SECRET',
  'GRAPH_CERTIFICATE_PATH',
  'GRAPH_CLOUD',
  'GRAPH_ENDPOINT',
  'GRAPH_AUTHORITY_HOST',
  'ALLOWED_TENANT_IDS',
  'CONFIRMATION_SIGNING_KEY',
  'BOT_CLOUD',
  'ALLOWED_SERVICE_URL_HOSTS',
  'DANGEROUSLY_ALLOW_EXPECT_REPLIES',
  ...BOT_FRAMEWORK_KEYS,
  'ValidateAuthority',
] as const;

/** Set to `true` by tools that spawn the bot: index.ts then ignores any `.env` in its folder. */
export const SKIP_DOTENV = 'SKIP_DOTENV';

/** A copy of `env` that runs the bot in demo mode whatever the shell or `.env` holds. */
export function demoEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy: NodeJS.ProcessEnv = { ...env, [SKIP_DOTENV]: 'true' };
  for (const v of CREDENTIAL_VARIABLES) delete copy[v];
  return copy;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
  }
}

type Cloud = 'Public' | 'USGov' | 'USGovDoD' | 'China';

/** Graph endpoint and login host per national cloud (reference/graph-api.md §7.1). */
const CLOUDS: Readonly<Record<Cloud, { graphEndpoint: string; authorityHost: string }>> = Object.freeze({
  Public: { graphEndpoint: 'https://graph.microsoft.com', authorityHost: 'https://login.microsoftonline.com' },
  USGov: { graphEndpoint: 'https://graph.microsoft.us', authorityHost: 'https://login.microsoftonline.us' },
  USGovDoD: { graphEndpoint: 'https://dod-graph.microsoft.us', authorityHost: 'https://login.microsoftonline.us' },
  China: { graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn', authorityHost: 'https://login.chinacloudapi.cn' },
});

export type GraphCredential =
  | { readonly kind: 'secret'; readonly clientSecret: string }
  | {
      readonly kind: 'certificate';
      readonly privateKey: string;
      readonly thumbprintSha256: string;
      /** PEM certificate chain, sent as x5c so certificate rotation (SNI) works. */
      readonly x5c: string;
    }
  /** No secret at all: msal-node's managed identity source (App Service, IMDS, ...) for this user-assigned identity. */
  | { readonly kind: 'managedIdentity'; readonly userAssignedClientId: string };

interface GraphConfig {
  readonly tenantId: string;
  readonly clientId: string;
  readonly credential: GraphCredential;
  readonly graphEndpoint: string;
  readonly authorityHost: string;
}

interface BotAuthConfig {
  readonly appId: string;
  readonly appPassword: string;
  readonly appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  readonly appTenantId: string | undefined;
  readonly cloud: BotCloud;
  /** botbuilder's own configuration keys: BOT_CLOUD's values, each overridable by its own variable. */
  readonly endpoints: BotFrameworkEndpoints;
  readonly validateAuthority: boolean;
  /** Lower-case hosts a production activity's serviceUrl may name (replies carry the bot's token). */
  readonly serviceUrlHosts: readonly string[];
  /**
   * deliveryMode other than normal returns replies (and a card's signed token) in the HTTP
   * response instead of through Teams. Teams never asks for it; only benchmarks may.
   */
  readonly dangerouslyAllowExpectReplies: boolean;
}

export interface Config {
  readonly mode: 'demo' | 'production';
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  /** Absent in demo mode: the bot accepts unauthenticated traffic and talks to the simulator. */
  readonly bot: BotAuthConfig | undefined;
  readonly graph: GraphConfig | undefined;
  /** Tenants whose users may use the bot; empty in demo mode means "any". */
  readonly allowedTenantIds: readonly string[];
  readonly confirmation: { readonly ttlSeconds: number; readonly signingKey: Buffer; readonly keyIsEphemeral: boolean };
  readonly limits: {
    readonly graphRequestTimeoutMs: number;
    readonly resetTimeoutMs: number;
    readonly maxBodyBytes: number;
  };
  readonly texts: { readonly helpdesk: string; readonly setupUrl: string };
  readonly simulator: { readonly latencyMs: number; readonly consistencyDelayMs: number };
  /** Who to tell about a suspected attack, and where passwords are reset (copy parameters). */
  readonly support: { readonly securityContact: string; readonly ssprUrl: string; readonly privilegedSupport: string };
  /** Per-user Graph budget and the method-list cache (issue 10, item 8). */
  readonly tuning: { readonly graphTurnsPerUserPerMinute: number; readonly methodListCacheMs: number };
  /** Shared state (Azure Table Storage); undefined: memory, one instance only. */
  readonly state: StateConfig | undefined;
  /** Ticket updates (TICKET_SYSTEM); undefined: none. */
  readonly tickets: TicketConfig | undefined;
  /** Helpdesk mode (HELPDESK_GROUP_ID, or demo mode); `enabled: false` = off. */
  readonly helpdesk: HelpdeskConfig;
  /** Before a self-service reset (issue 15): Identity Protection (RISK_CHECK) and the daily limit. */
  readonly guards: { readonly riskCheck: boolean; readonly resetsPerDay: number };
  /**
   * OpenTelemetry to Application Insights (APPLICATIONINSIGHTS_CONNECTION_STRING); undefined: off,
   * nothing loaded. Never in demo mode: `ignoredInDemo` says a connection string was set anyway.
   */
  readonly telemetry: { readonly connectionString: string } | undefined;
  readonly telemetryIgnoredInDemo: boolean;
  /** After a reset: Temporary Access Pass, sign-out, notification mail. */
  readonly after: AfterConfig;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const intInRange = (min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      if (!/^\d+$/.test(v)) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number between ${min} and ${max}` });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be between ${min} and ${max}, got ${n}` });
        return z.NEVER;
      }
      return n;
    });

const EnvSchema = z.object({
  PORT: intInRange(0, 65535, 3978),
  HOST: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: optionalText,
  MicrosoftAppTenantId: optionalText,
  GRAPH_TENANT_ID: optionalText,
  GRAPH_CLIENT_ID: optionalText,
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_CERTIFICATE_PATH: optionalText,
  GRAPH_CLOUD: z.enum(['Public', 'USGov', 'USGovDoD', 'China']).default('Public'),
  BOT_CLOUD: z.enum(['Public', 'USGov', 'USGovDoD', 'China']).default('Public'),
  ALLOWED_SERVICE_URL_HOSTS: optionalText,
  DANGEROUSLY_ALLOW_EXPECT_REPLIES: z.enum(['true', 'false']).default('false'),
  ChannelService: optionalText,
  ToChannelFromBotLoginUrl: optionalText,
  ToChannelFromBotOAuthScope: optionalText,
  ToBotFromChannelTokenIssuer: optionalText,
  OAuthUrl: optionalText,
  ToBotFromChannelOpenIdMetadataUrl: optionalText,
  ToBotFromEmulatorOpenIdMetadataUrl: optionalText,
  CallerId: optionalText,
  ValidateAuthority: z.enum(['true', 'false']).optional(),
  GRAPH_ENDPOINT: optionalText,
  GRAPH_AUTHORITY_HOST: optionalText,
  ALLOWED_TENANT_IDS: optionalText,
  CONFIRMATION_TTL_SECONDS: intInRange(30, 3600, 300),
  CONFIRMATION_SIGNING_KEY: optionalText,
  GRAPH_REQUEST_TIMEOUT_SECONDS: intInRange(1, 120, 65),
  RESET_TIMEOUT_SECONDS: intInRange(5, 600, 180),
  HELPDESK_CONTACT: optionalText,
  MFA_SETUP_URL: optionalText,
  SIMULATOR_LATENCY_MS: intInRange(0, 10_000, 0),
  SIMULATOR_CONSISTENCY_DELAY_MS: intInRange(0, 60_000, 1500),
  SECURITY_CONTACT: optionalText,
  SSPR_URL: optionalText,
  GRAPH_TURNS_PER_USER_PER_MINUTE: intInRange(0, 10_000, 10),
  METHOD_LIST_CACHE_SECONDS: intInRange(0, 300, 10),
  RISK_CHECK: z.enum(['true', 'false'], { message: "must be 'true' or 'false'" }).default('false'),
  SELF_SERVICE_RESETS_PER_DAY: intInRange(1, 100, 3),
  PRIVILEGED_SUPPORT_CONTACT: optionalText,
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
});

type Env = z.infer<typeof EnvSchema>;

/** Parse and check the environment. Throws ConfigError naming the first bad variable. */
/**
 * Who to contact when HELPDESK_CONTACT / SECURITY_CONTACT are unset. English words, so the bot
 * says them in the user's language instead (copy keys 'contact.helpdesk', 'contact.security').
 */
export const DEFAULT_HELPDESK = 'your IT service desk';
export const DEFAULT_SECURITY_CONTACT = 'your IT security team';
/** Where administrators are sent when PRIVILEGED_SUPPORT_CONTACT is unset (copy key 'contact.privileged'). */
export const DEFAULT_PRIVILEGED_SUPPORT = 'the service desk for administrator accounts';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  checkPresence(env);
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(variable, issue?.message ?? 'invalid value');
  }
  const e = parsed.data;
  const bot = botAuth(e);
  const graph = graphConfig(e, bot);
  const mode = bot ? 'production' : 'demo';

  const allowedTenantIds = tenantList(e, graph);
  const signingKey = e.CONFIRMATION_SIGNING_KEY;
  if (signingKey !== undefined && Buffer.byteLength(signingKey) < 32) {
    throw new ConfigError('CONFIRMATION_SIGNING_KEY', 'must be at least 32 characters (use a random secret)');
  }

  return deepFreeze({
    mode,
    port: e.PORT,
    // Demo mode accepts unauthenticated traffic: never expose it beyond this machine by default.
    host: e.HOST ?? (mode === 'demo' ? '127.0.0.1' : '0.0.0.0'),
    logLevel: e.LOG_LEVEL,
    bot,
    graph,
    allowedTenantIds,
    confirmation: {
      ttlSeconds: e.CONFIRMATION_TTL_SECONDS,
      signingKey: signingKey ? Buffer.from(signingKey) : randomKey(),
      keyIsEphemeral: signingKey === undefined,
    },
    limits: {
      graphRequestTimeoutMs: e.GRAPH_REQUEST_TIMEOUT_SECONDS * 1000,
      resetTimeoutMs: e.RESET_TIMEOUT_SECONDS * 1000,
      maxBodyBytes: 256 * 1024,
    },
    texts: {
      helpdesk: e.HELPDESK_CONTACT ?? DEFAULT_HELPDESK,
      setupUrl: e.MFA_SETUP_URL ?? 'https://aka.ms/mysecurityinfo',
    },
    simulator: { latencyMs: e.SIMULATOR_LATENCY_MS, consistencyDelayMs: e.SIMULATOR_CONSISTENCY_DELAY_MS },
    support: {
      securityContact: e.SECURITY_CONTACT ?? e.HELPDESK_CONTACT ?? DEFAULT_SECURITY_CONTACT,
      ssprUrl: e.SSPR_URL ?? 'https://aka.ms/sspr',
      privilegedSupport: e.PRIVILEGED_SUPPORT_CONTACT ?? DEFAULT_PRIVILEGED_SUPPORT,
    },
    tuning: { graphTurnsPerUserPerMinute: e.GRAPH_TURNS_PER_USER_PER_MINUTE, methodListCacheMs: e.METHOD_LIST_CACHE_SECONDS * 1000 },
    state: parseStateConfig(env),
    tickets: parseTicketConfig(env, { demo: mode === 'demo' }),
    helpdesk: parseHelpdeskConfig(env, mode),
    guards: { riskCheck: e.RISK_CHECK === 'true', resetsPerDay: e.SELF_SERVICE_RESETS_PER_DAY },
    telemetry:
      e.APPLICATIONINSIGHTS_CONNECTION_STRING && mode === 'production'
        ? { connectionString: connectionString(e.APPLICATIONINSIGHTS_CONNECTION_STRING) }
        : undefined,
    telemetryIgnoredInDemo: e.APPLICATIONINSIGHTS_CONNECTION_STRING !== undefined && mode === 'demo',
    after: parseAfterConfig(env),
  } satisfies Config);
}

/**
 * Before the schema: a credential variable that is present but empty, a production-only variable
 * without MicrosoftAppId, or a wrong-case spelling of one (MICROSOFT_APP_ID) would otherwise
 * quietly give demo mode to someone who meant production.
 */
function checkPresence(env: NodeJS.ProcessEnv): void {
  const known = new Map<string, string>(CREDENTIAL_VARIABLES.map((v) => [squash(v), v]));
  for (const name of Object.keys(env)) {
    const meant = known.get(squash(name));
    if (meant !== undefined && meant !== name) {
      throw new ConfigError(name, `is not read by this bot; did you mean ${meant}? (names are case-sensitive)`);
    }
  }
  for (const v of CREDENTIAL_VARIABLES) {
    const value = env[v];
    if (value !== undefined && value.trim() === '') {
      throw new ConfigError(v, 'is set but empty (an unresolved secret reference?); give it a value or unset it');
    }
  }
  if (env.MicrosoftAppId === undefined) {
    const orphan = CREDENTIAL_VARIABLES.find((v) => env[v] !== undefined);
    if (orphan !== undefined) {
      throw new ConfigError(orphan, 'is set but MicrosoftAppId is not; set MicrosoftAppId for production, or unset it for demo mode');
    }
  }
}

function squash(name: string): string {
  return name.replace(/[_-]/g, '').toLowerCase();
}

function botAuth(e: Env): BotAuthConfig | undefined {
  if (!e.MicrosoftAppId) return undefined;
  if (!GUID.test(e.MicrosoftAppId)) throw new ConfigError('MicrosoftAppId', "must be the app registration's client id (a GUID)");
  const appType = normaliseAppType(e.MicrosoftAppType);
  if (appType === 'UserAssignedMSI') {
    if (e.MicrosoftAppPassword) throw new ConfigError('MicrosoftAppPassword', 'must not be set when MicrosoftAppType is UserAssignedMSI');
  } else if (!e.MicrosoftAppPassword) {
    throw new ConfigError('MicrosoftAppPassword', `is required when MicrosoftAppType is ${appType}`);
  }
  if (appType !== 'MultiTenant') {
    if (!e.MicrosoftAppTenantId) throw new ConfigError('MicrosoftAppTenantId', `is required when MicrosoftAppType is ${appType}`);
    if (!GUID.test(e.MicrosoftAppTenantId)) throw new ConfigError('MicrosoftAppTenantId', 'must be a tenant id (GUID)');
  }
  const cloud = BOT_CLOUDS[e.BOT_CLOUD];
  const endpoints = { ...cloud } as Record<keyof BotFrameworkEndpoints, string> & { serviceUrlHosts?: unknown };
  delete endpoints.serviceUrlHosts;
  for (const key of BOT_FRAMEWORK_KEYS) {
    const value = e[key];
    if (value === undefined) continue;
    endpoints[key] = FETCHED_KEYS.has(key) ? endpointUrl(key, value) : value;
  }
  return {
    appId: e.MicrosoftAppId,
    appPassword: e.MicrosoftAppPassword ?? '',
    appType,
    appTenantId: e.MicrosoftAppTenantId,
    cloud: e.BOT_CLOUD,
    endpoints,
    validateAuthority: e.ValidateAuthority !== 'false',
    serviceUrlHosts: serviceUrlHosts(e.ALLOWED_SERVICE_URL_HOSTS, cloud.serviceUrlHosts),
    dangerouslyAllowExpectReplies: e.DANGEROUSLY_ALLOW_EXPECT_REPLIES === 'true',
  };
}

// mutate:begin config-endpoint-url
/** A URL botbuilder fetches: https, or http for a loopback host only (a local test double). */
function endpointUrl(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(variable, 'must be a URL');
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return value;
  throw new ConfigError(variable, 'must be an https:// URL (http:// only for a loopback host)');
}
// mutate:end config-endpoint-url

function serviceUrlHosts(raw: string | undefined, defaults: readonly string[]): string[] {
  if (raw === undefined) return [...defaults];
  const hosts = raw
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const bad = hosts.find((h) => !/^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(h));
  if (bad !== undefined || hosts.length === 0) {
    throw new ConfigError('ALLOWED_SERVICE_URL_HOSTS', `must be comma-separated host names${bad ? `; "${bad}" is not one` : ''}`);
  }
  return hosts;
}

function normaliseAppType(raw: string | undefined): BotAuthConfig['appType'] {
  // botbuilder silently treats a typo as MultiTenant; we refuse it instead.
  switch ((raw ?? 'SingleTenant').toLowerCase()) {
    case 'singletenant':
      return 'SingleTenant';
    case 'multitenant':
      return 'MultiTenant';
    case 'userassignedmsi':
      return 'UserAssignedMSI';
    default:
      throw new ConfigError('MicrosoftAppType', 'must be SingleTenant, MultiTenant or UserAssignedMSI');
  }
}

function graphConfig(e: Env, bot: BotAuthConfig | undefined): GraphConfig | undefined {
  if (!bot) return undefined;
  if ((e.GRAPH_ENDPOINT === undefined) !== (e.GRAPH_AUTHORITY_HOST === undefined)) {
    const missing = e.GRAPH_ENDPOINT === undefined ? 'GRAPH_ENDPOINT' : 'GRAPH_AUTHORITY_HOST';
    throw new ConfigError(missing, 'GRAPH_ENDPOINT and GRAPH_AUTHORITY_HOST must be set together');
  }
  const cloud = CLOUDS[e.GRAPH_CLOUD];
  // http:// only for a loopback host: a local test double (the simulator), as for botbuilder's keys.
  const graphEndpoint = new URL(e.GRAPH_ENDPOINT === undefined ? cloud.graphEndpoint : endpointUrl('GRAPH_ENDPOINT', e.GRAPH_ENDPOINT)).origin;
  const authorityHost = httpsUrl('GRAPH_AUTHORITY_HOST', e.GRAPH_AUTHORITY_HOST ?? cloud.authorityHost);

  // A separate Graph app registration brings its own credential. A credential alone is the bot's
  // own registration with a certificate (or a second secret) for Graph. A managed-identity bot
  // with neither uses its managed identity for Graph too: GRAPH_CLIENT_ID names another
  // user-assigned identity, unset means the bot's own (MicrosoftAppId).
  const managedIdentity = bot.appType === 'UserAssignedMSI' && e.GRAPH_CLIENT_SECRET === undefined && e.GRAPH_CERTIFICATE_PATH === undefined;
  if (!managedIdentity && e.GRAPH_CLIENT_ID !== undefined && e.GRAPH_CLIENT_SECRET === undefined && e.GRAPH_CERTIFICATE_PATH === undefined) {
    throw new ConfigError('GRAPH_CLIENT_SECRET', 'a separate Graph app registration (GRAPH_CLIENT_ID) needs GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH');
  }
  if (e.GRAPH_CLIENT_ID === undefined && bot.appType === 'UserAssignedMSI' && (e.GRAPH_CLIENT_SECRET ?? e.GRAPH_CERTIFICATE_PATH) !== undefined) {
    throw new ConfigError('GRAPH_CLIENT_ID', 'a managed identity has no secret or certificate: name the Graph app registration they belong to');
  }
  if (e.GRAPH_CLIENT_SECRET && e.GRAPH_CERTIFICATE_PATH) {
    throw new ConfigError('GRAPH_CERTIFICATE_PATH', 'set either GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH, not both');
  }
  const tenantId = e.GRAPH_TENANT_ID ?? bot.appTenantId;
  if (!tenantId) throw new ConfigError('GRAPH_TENANT_ID', 'is required when MicrosoftAppType is MultiTenant');
  if (!GUID.test(tenantId)) throw new ConfigError('GRAPH_TENANT_ID', 'must be a tenant id (GUID)');

  const clientId = e.GRAPH_CLIENT_ID ?? bot.appId;
  if (!GUID.test(clientId)) throw new ConfigError('GRAPH_CLIENT_ID', `must be a ${managedIdentity ? 'managed identity' : 'client'} id (GUID)`);
  let credential: GraphCredential;
  if (managedIdentity) {
    credential = { kind: 'managedIdentity', userAssignedClientId: clientId };
  } else if (e.GRAPH_CERTIFICATE_PATH) {
    credential = certificate(e.GRAPH_CERTIFICATE_PATH);
  } else {
    // Not a managed identity: either GRAPH_CLIENT_SECRET or the bot's password (checked above).
    credential = { kind: 'secret', clientSecret: e.GRAPH_CLIENT_SECRET ?? bot.appPassword };
  }
  return { tenantId, clientId, credential, graphEndpoint, authorityHost };
}

function certificate(path: string): GraphCredential {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError('GRAPH_CERTIFICATE_PATH', `cannot read ${path}`);
  }
  const certMatch = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/);
  const keyMatch = pem.match(/-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/);
  if (!certMatch || !keyMatch) {
    throw new ConfigError('GRAPH_CERTIFICATE_PATH', 'must be a PEM file holding both the certificate and its private key');
  }
  try {
    createPrivateKey(keyMatch[0]);
    const cert = new X509Certificate(certMatch[0]);
    return {
      kind: 'certificate',
      privateKey: keyMatch[0],
      thumbprintSha256: cert.fingerprint256.replace(/:/g, ''),
      x5c: certMatch[0],
    };
  } catch {
    throw new ConfigError('GRAPH_CERTIFICATE_PATH', 'holds a certificate or private key that cannot be parsed');
  }
}

function tenantList(e: Env, graph: GraphConfig | undefined): string[] {
  if (e.ALLOWED_TENANT_IDS) {
    const ids = e.ALLOWED_TENANT_IDS.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = ids.find((id) => !GUID.test(id));
    if (bad !== undefined) throw new ConfigError('ALLOWED_TENANT_IDS', `"${bad}" is not a tenant id (GUID)`);
    return ids.map((id) => id.toLowerCase());
  }
  return graph ? [graph.tenantId.toLowerCase()] : [];
}

/**
 * Application Insights' form: `InstrumentationKey=<guid>;IngestionEndpoint=https://...;...`. The
 * exporter discards a malformed string with one diagnostic line and sends nothing; refuse it here
 * instead. Errors never echo the value.
 */
function connectionString(value: string): string {
  const V = 'APPLICATIONINSIGHTS_CONNECTION_STRING';
  const fields = new Map<string, string>();
  for (const part of value.split(';')) {
    if (part.trim() === '') continue;
    const kv = part.split('=');
    if (kv.length !== 2 || !kv[0]!.trim() || !kv[1]!.trim())
      throw new ConfigError(V, 'must be the resource\'s connection string (Key=value pairs separated by ";")');
    fields.set(kv[0]!.trim().toLowerCase(), kv[1]!.trim());
  }
  if (!GUID.test(fields.get('instrumentationkey') ?? '')) {
    throw new ConfigError(V, 'must hold InstrumentationKey=<GUID> (copy the connection string from the Application Insights resource)');
  }
  for (const key of ['ingestionendpoint', 'liveendpoint']) {
    const url = fields.get(key);
    if (url !== undefined && !/^https:\/\/[^\s/?#]+\/?$/i.test(url))
      throw new ConfigError(V, `its ${key === 'ingestionendpoint' ? 'IngestionEndpoint' : 'LiveEndpoint'} must be an https:// origin`);
  }
  return value.trim();
}

// mutate:begin config-https-url
function httpsUrl(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(variable, 'must be a URL');
  }
  if (url.protocol !== 'https:') throw new ConfigError(variable, 'must be an https:// URL');
  return url.origin;
}
// mutate:end config-https-url

function randomKey(): Buffer {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
