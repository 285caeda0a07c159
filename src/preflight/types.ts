/**
 * What the pre-flight reads from the tenant, as interfaces (graph/policies.ts implements them
 * over Microsoft Graph; the simulator speaks the same HTTP). Nothing here knows a URL.
 */
export interface CaPolicy {
  readonly id: string;
  readonly displayName: string;
  /** `enabled`, `disabled` or `enabledForReportingButNotEnforced`. */
  readonly state: string;
  readonly includeUsers: readonly string[];
  readonly includeApplications: readonly string[];
  readonly includeUserActions: readonly string[];
  /** `mfa` among the built-in grant controls, or an authentication strength. */
  readonly requiresMfa: boolean;
}

export interface TapPolicy {
  readonly enabled: boolean;
  readonly defaultLifetimeInMinutes?: number | undefined;
  readonly minimumLifetimeInMinutes?: number | undefined;
  readonly maximumLifetimeInMinutes?: number | undefined;
  readonly isUsableOnce?: boolean | undefined;
}

export interface PolicyApi {
  securityDefaults(): Promise<boolean>;
  conditionalAccess(): Promise<CaPolicy[]>;
  migrationState(): Promise<string>;
  tapPolicy(): Promise<TapPolicy>;
  /** The `roles` claim of the app's Graph token; undefined when the token cannot be read. */
  grantedRoles(): Promise<string[] | undefined>;
}

export type FindingLevel = 'ok' | 'info' | 'warn';

export type FindingId =
  | 'registration.securityDefaults'
  | 'registration.conditionalAccess'
  | 'registration.partial'
  | 'registration.none'
  | 'tap.enabled'
  | 'tap.disabled'
  | 'tap.neededButDisabled'
  | 'migration.complete'
  | 'migration.incomplete'
  | 'roles.ok'
  | 'roles.missing'
  | 'roles.unneeded'
  | 'roles.unreadable'
  | 'read.denied'
  | 'read.failed';

/** One thing an operator can act on: one log line, one line on the technician's status card. */
export interface Finding {
  readonly id: FindingId;
  readonly level: FindingLevel;
  /** Values for the card's words (names, counts), never a secret. */
  readonly params: Readonly<Record<string, string | number>>;
  /** The operator's log line (English). */
  readonly message: string;
}
