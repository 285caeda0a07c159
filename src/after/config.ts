import { ConfigError } from '../config.js';

/**
 * What happens after a reset (issue 15): a Temporary Access Pass, signing the person out
 * everywhere, and a notification e-mail. Parsed once at start-up.
 */
export interface AfterConfig {
  /** Self-service may issue a pass to oneself (off by default: a stolen Teams session plus a pass is a takeover). */
  readonly selfServiceTap: boolean;
  /** The lifetime asked for; clamped into the tenant's TAP policy when a pass is issued. */
  readonly tapLifetimeMinutes: number;
  /** The mailbox notifications are sent from (UPN or object id); undefined: no e-mail. */
  readonly notifyMailSender: string | undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One address, no display name, no list: it becomes a path segment of /users/{sender}/sendMail. */
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+=?^_`{|}~-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$/;

export function parseAfterConfig(env: Readonly<Record<string, string | undefined>>): AfterConfig {
  const flag = env.SELF_SERVICE_TAP?.trim().toLowerCase();
  if (flag !== undefined && flag !== '' && flag !== 'true' && flag !== 'false') throw new ConfigError('SELF_SERVICE_TAP', 'must be true or false');
  const lifetime = env.TAP_LIFETIME_MINUTES?.trim();
  let tapLifetimeMinutes = 60;
  if (lifetime) {
    const n = Number(lifetime);
    // Graph's own bounds for lifetimeInMinutes (temporaryAccessPassMethods POST).
    if (!Number.isInteger(n) || n < 10 || n > 43_200) throw new ConfigError('TAP_LIFETIME_MINUTES', 'must be a whole number of minutes from 10 to 43200');
    tapLifetimeMinutes = n;
  }
  const sender = env.NOTIFY_MAIL_SENDER?.trim();
  if (sender && !ADDRESS.test(sender) && !GUID.test(sender)) {
    throw new ConfigError('NOTIFY_MAIL_SENDER', 'must be one mailbox address (notifications@contoso.com) or its Entra object id');
  }
  return Object.freeze({ selfServiceTap: flag === 'true', tapLifetimeMinutes, notifyMailSender: sender || undefined });
}
