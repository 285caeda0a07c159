import { inspect } from 'node:util';
import { ConfigError } from '../config.js';

/**
 * Where shared state lives, from the environment. Undefined = in memory (one instance only).
 *
 * - `STATE_STORAGE_CONNECTION_STRING`: account key or SAS connection string (Azurite's works).
 * - `STATE_STORAGE_ACCOUNT_URL`: `https://<account>.table.core.windows.net`, reached with a
 *   managed identity (the bot's user-assigned identity when MicrosoftAppType is UserAssignedMSI).
 * - `STATE_TABLE_PREFIX`: the table names' prefix (default `mfareset`).
 */
export type StateConfig = ConnectionStringStateConfig | AccountUrlStateConfig;

interface CommonStateConfig {
  readonly tablePrefix: string;
  /** `scheme://host[:port]/path` of the table endpoint: safe to log (no key, no SAS). */
  readonly endpoint: string;
  /** Plain http is accepted only for a loopback host (Azurite); the SDK must be told so. */
  readonly allowInsecureConnection: boolean;
}

interface ConnectionStringStateConfig extends CommonStateConfig {
  readonly auth: 'connectionString';
  readonly connectionString: Secret;
}

interface AccountUrlStateConfig extends CommonStateConfig {
  readonly auth: 'managedIdentity';
  readonly accountUrl: string;
  /** The user-assigned identity's client id, or undefined for DefaultAzureCredential. */
  readonly managedIdentityClientId: string | undefined;
}

/**
 * A secret value that never prints: JSON, `util.inspect` and string conversion all show
 * `[redacted]`, so logging a whole config object cannot leak the account key.
 */
class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toJSON(): string {
    return '[redacted]';
  }
  toString(): string {
    return '[redacted]';
  }
  [inspect.custom](): string {
    return '[redacted]';
  }
}

const DEFAULT_TABLE_PREFIX = 'mfareset';
/** The longest suffix `table.ts` appends (`pending`); Azure table names are at most 63 characters. */
const LONGEST_TABLE_SUFFIX = 7;

type Env = Readonly<Record<string, string | undefined>>;

export function parseStateConfig(env: Env): StateConfig | undefined {
  const connectionString = text(env.STATE_STORAGE_CONNECTION_STRING);
  const accountUrl = text(env.STATE_STORAGE_ACCOUNT_URL);
  const tablePrefix = parsePrefix(text(env.STATE_TABLE_PREFIX));
  if (connectionString && accountUrl) {
    throw new ConfigError('STATE_STORAGE_ACCOUNT_URL', 'must not be set together with STATE_STORAGE_CONNECTION_STRING; choose one');
  }
  if (connectionString) {
    const endpoint = tableEndpointOf(connectionString);
    return { auth: 'connectionString', connectionString: new Secret(connectionString), tablePrefix, ...endpoint };
  }
  if (accountUrl) {
    const url = parseUrl(accountUrl, 'STATE_STORAGE_ACCOUNT_URL');
    // A managed-identity token must never travel in clear text, not even to a loopback test host.
    if (url.protocol !== 'https:') throw new ConfigError('STATE_STORAGE_ACCOUNT_URL', 'must be an https:// URL');
    if (url.username || url.password || url.search) {
      throw new ConfigError('STATE_STORAGE_ACCOUNT_URL', 'must be a plain account URL (no credentials or query); access is by managed identity');
    }
    const appType = text(env.MicrosoftAppType)?.toLowerCase();
    const appId = text(env.MicrosoftAppId);
    return {
      auth: 'managedIdentity',
      accountUrl: stripSlash(url.href),
      endpoint: stripSlash(url.href),
      allowInsecureConnection: false,
      tablePrefix,
      managedIdentityClientId: appType === 'userassignedmsi' && appId ? appId : undefined,
    };
  }
  return undefined;
}

function parsePrefix(raw: string | undefined): string {
  if (raw === undefined) return DEFAULT_TABLE_PREFIX;
  const max = 63 - LONGEST_TABLE_SUFFIX;
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(raw) || raw.length < 3 || raw.length > max) {
    throw new ConfigError('STATE_TABLE_PREFIX', `must be 3-${max} letters or digits, starting with a letter (Azure table names allow nothing else)`);
  }
  return raw;
}

/**
 * The table endpoint a connection string points at, checked without ever echoing the string
 * (it holds the key). Follows the storage connection-string rules: an explicit `TableEndpoint`,
 * else `<protocol>://<account>.table.<suffix>`. (`UseDevelopmentStorage=true` is not understood by
 * @azure/data-tables; Azurite needs its full connection string.)
 */
function tableEndpointOf(cs: string): { endpoint: string; allowInsecureConnection: boolean } {
  const V = 'STATE_STORAGE_CONNECTION_STRING';
  const parts = new Map<string, string>();
  for (const piece of cs.split(';')) {
    if (!piece.trim()) continue;
    const eq = piece.indexOf('=');
    if (eq <= 0) throw new ConfigError(V, 'is not a storage connection string (expected Name=value pairs separated by ";")');
    parts.set(piece.slice(0, eq).trim().toLowerCase(), piece.slice(eq + 1).trim());
  }
  let raw: string;
  if (parts.get('tableendpoint')) {
    raw = parts.get('tableendpoint') as string;
  } else {
    const account = parts.get('accountname');
    if (!account) throw new ConfigError(V, 'has neither TableEndpoint nor AccountName');
    const protocol = parts.get('defaultendpointsprotocol') ?? 'https';
    raw = `${protocol}://${account}.table.${parts.get('endpointsuffix') ?? 'core.windows.net'}`;
  }
  if (!parts.get('accountkey') && !parts.get('sharedaccesssignature')) {
    throw new ConfigError(V, 'has neither AccountKey nor SharedAccessSignature (for managed identity use STATE_STORAGE_ACCOUNT_URL)');
  }
  const url = parseUrl(raw, V);
  if (url.protocol === 'http:') {
    if (!isLoopback(url.hostname)) throw new ConfigError(V, 'may use http:// only for a loopback host (Azurite); use https:// for Azure');
    return { endpoint: stripSlash(`${url.protocol}//${url.host}${url.pathname}`), allowInsecureConnection: true };
  }
  if (url.protocol !== 'https:') throw new ConfigError(V, 'has a table endpoint that is neither https:// nor a loopback http://');
  return { endpoint: stripSlash(`${url.protocol}//${url.host}${url.pathname}`), allowInsecureConnection: false };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function parseUrl(raw: string, variable: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new ConfigError(variable, 'has an endpoint that is not a valid URL');
  }
}

function stripSlash(s: string): string {
  return s.endsWith('/') ? s.slice(0, -1) : s;
}

function text(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t : undefined;
}
