import { ConfigError } from '../config.js';

/**
 * Helpdesk mode's settings, parsed once at start-up (for the lead to fold into Config).
 * Helpdesk mode is on when HELPDESK_GROUP_ID is set (production) or in demo mode.
 */
export interface HelpdeskConfig {
  readonly enabled: boolean;
  readonly groupId: string | undefined;
  /** Unset: privileged targets are never reset through the bot. */
  readonly privilegedGroupId: string | undefined;
  readonly requestTtlSeconds: number;
  readonly requestsPerHour: number;
  /** Our app's id in the org app catalog (for installing it for a target); unset = no install. */
  readonly teamsAppId: string | undefined;
  /** Demo only: aadObjectIds made members of the simulated groups. */
  readonly demoTechnicians: readonly string[];
  readonly demoPrivilegedTechnicians: readonly string[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseHelpdeskConfig(env: Readonly<Record<string, string | undefined>>, mode: 'demo' | 'production'): HelpdeskConfig {
  const guid = (name: string): string | undefined => {
    const v = env[name]?.trim();
    if (!v) return undefined;
    if (!GUID.test(v)) throw new ConfigError(name, 'must be an Entra object id (GUID)');
    return v.toLowerCase();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const v = env[name]?.trim();
    if (!v) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(name, `must be a whole number from ${min} to ${max}`);
    return n;
  };
  const ids = (name: string): string[] => {
    const list = (env[name] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (list.length > 0 && mode !== 'demo') throw new ConfigError(name, 'is for demo mode only; in production add people to the Entra groups');
    const bad = list.find((id) => !GUID.test(id));
    if (bad !== undefined) throw new ConfigError(name, `"${bad}" is not an aadObjectId (GUID)`);
    return list.map((s) => s.toLowerCase());
  };
  const groupId = guid('HELPDESK_GROUP_ID');
  const privilegedGroupId = guid('HELPDESK_PRIVILEGED_GROUP_ID');
  if (privilegedGroupId && !groupId) throw new ConfigError('HELPDESK_PRIVILEGED_GROUP_ID', 'needs HELPDESK_GROUP_ID as well');
  if (privilegedGroupId && privilegedGroupId === groupId) {
    throw new ConfigError('HELPDESK_PRIVILEGED_GROUP_ID', 'must differ from HELPDESK_GROUP_ID (otherwise every technician may reset admins)');
  }
  return Object.freeze({
    enabled: mode === 'demo' || groupId !== undefined,
    groupId,
    privilegedGroupId,
    // Minimum 60 s: a person needs time to read the card in another chat.
    requestTtlSeconds: int('HELPDESK_REQUEST_TTL_SECONDS', 900, 60, 86_400),
    requestsPerHour: int('HELPDESK_REQUESTS_PER_HOUR', 20, 1, 1_000),
    teamsAppId: guid('HELPDESK_TEAMS_APP_ID'),
    demoTechnicians: Object.freeze(ids('DEMO_TECHNICIANS')),
    demoPrivilegedTechnicians: Object.freeze(ids('DEMO_PRIVILEGED_TECHNICIANS')),
  });
}
