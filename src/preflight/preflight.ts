import type { Logger } from '../logger.js';
import type { CaPolicy, Finding, FindingId, FindingLevel, PolicyApi, TapPolicy } from './types.js';

/**
 * The pre-flight (issue 15): will a user whose methods were removed be made to register again,
 * can they (Temporary Access Pass), which policy decides the methods they may register, and
 * does the app hold the Graph roles its enabled features need (read from its own token). Each
 * finding is one log line (warn for a problem) and one line on the technician's status card.
 * It never throws and never stops the bot: a read that fails is a finding too.
 */

export interface PreflightOptions {
  readonly api: PolicyApi;
  readonly log: Logger;
  /** Which features are on: each adds the app roles it needs. */
  readonly features: { readonly riskCheck: boolean; readonly helpdesk: boolean; readonly signOut?: boolean; readonly notifyMail?: boolean };
}

const REGISTER_SECURITY_INFO = 'urn:user:registersecurityinfo';

/** Any one role of each inner list satisfies that need (the least first: it is the one named). */
interface Need {
  readonly feature: string;
  readonly anyOf: readonly (readonly string[])[];
}

const RESET: Need = { feature: 'reset', anyOf: [['UserAuthenticationMethod.ReadWrite.All']] };
const PRIVILEGE: Need = {
  feature: 'privileged-user check',
  anyOf: [
    ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'RoleManagement.ReadWrite.Directory', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  ],
};
const RISK: Need = { feature: 'RISK_CHECK', anyOf: [['IdentityRiskyUser.Read.All', 'IdentityRiskyUser.ReadWrite.All']] };
const PREFLIGHT: Need = { feature: 'pre-flight', anyOf: [['Policy.Read.All']] };
// After a reset (README "After a reset"): signing out everywhere, and the notification mail.
const SIGN_OUT: Need = { feature: 'sign out everywhere', anyOf: [['User.RevokeSessions.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All']] };
const MAIL: Need = { feature: 'NOTIFY_MAIL_SENDER', anyOf: [['Mail.Send']] };
const HELPDESK: Need = {
  feature: 'helpdesk mode',
  anyOf: [
    ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    ['TeamsAppInstallation.ReadWriteSelfForUser.All', 'TeamsAppInstallation.ReadWriteAndConsentSelfForUser.All', 'TeamsAppInstallation.ReadWriteForUser.All'],
  ],
};

/** Which read needs which role, for the "grant …" in a denied read's finding. */
const READ_ROLE: Readonly<Record<string, string>> = {
  'security defaults': 'Policy.Read.All',
  'Conditional Access policies': 'Policy.Read.All',
  'authentication methods policy': 'Policy.Read.All',
  'Temporary Access Pass policy': 'Policy.Read.All',
};

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly finding: Finding };

export class Preflight {
  private last: readonly Finding[] | undefined;
  private running: Promise<readonly Finding[]> | undefined;

  constructor(private readonly o: PreflightOptions) {}

  /** The findings of the last completed run (undefined before the first). */
  get latest(): readonly Finding[] | undefined {
    return this.last;
  }

  /** The last run found nothing that makes a user register again after a reset. */
  get reRegistrationUnenforced(): boolean {
    return this.last?.some((f) => f.id === 'registration.none') ?? false;
  }

  /** Read, evaluate, log every finding; concurrent callers share one run. */
  run(reason: 'startup' | 'status'): Promise<readonly Finding[]> {
    this.running ??= this.evaluate()
      // A bug here must not become an unhandled rejection at start-up: it is a finding too.
      .catch(() => [finding('read.failed', 'warn', 'pre-flight failed unexpectedly; it runs again on the next "status".', { what: 'pre-flight', status: 0 })])
      .then((findings) => {
        this.last = findings;
        for (const f of findings) this.o.log[f.level === 'warn' ? 'warn' : 'info']({ preflight: f.id, severity: f.level, reason, ...f.params }, f.message);
        return findings;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async evaluate(): Promise<Finding[]> {
    const api = this.o.api;
    const [defaults, ca, migration, tap, roles] = await Promise.all([
      read('security defaults', () => api.securityDefaults()),
      read('Conditional Access policies', () => api.conditionalAccess()),
      read('authentication methods policy', () => api.migrationState()),
      read('Temporary Access Pass policy', () => api.tapPolicy()),
      read('app roles', () => api.grantedRoles()),
    ]);
    const out: Finding[] = [];
    out.push(...registration(defaults, ca));
    out.push(...tapFindings(tap, ca));
    out.push(migration.ok ? migrationFinding(migration.value) : migration.finding);
    out.push(...roleFindings(roles, this.needs()));
    return out;
  }

  private needs(): Need[] {
    const f = this.o.features;
    return [
      RESET,
      PRIVILEGE,
      PREFLIGHT,
      ...(f.riskCheck ? [RISK] : []),
      ...(f.helpdesk ? [HELPDESK] : []),
      ...(f.signOut ? [SIGN_OUT] : []),
      ...(f.notifyMail ? [MAIL] : []),
    ];
  }
}

function finding(id: FindingId, level: FindingLevel, message: string, params: Record<string, string | number> = {}): Finding {
  return { id, level, message, params };
}

async function read<T>(what: string, fn: () => Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 0;
    const role = READ_ROLE[what];
    if (status === 403 && role) {
      return {
        ok: false,
        finding: finding('read.denied', 'warn', `pre-flight could not read the ${what}: the app lacks permission. Grant it the ${role} application role.`, {
          what,
          role,
        }),
      };
    }
    return {
      ok: false,
      finding: finding('read.failed', 'warn', `pre-flight could not read the ${what} (Graph status ${status || 'none'}); it runs again on the next "status".`, {
        what,
        status,
      }),
    };
  }
}

const enforcing = (p: CaPolicy) =>
  p.state === 'enabled' && p.requiresMfa && (p.includeApplications.includes('All') || p.includeUserActions.includes(REGISTER_SECURITY_INFO));
const everyone = (p: CaPolicy) => p.includeUsers.includes('All');

function registration(defaults: Read<boolean>, ca: Read<CaPolicy[]>): Finding[] {
  const out: Finding[] = [];
  if (!defaults.ok) out.push(defaults.finding);
  if (!ca.ok) out.push(ca.finding);
  if (defaults.ok && defaults.value) {
    return [
      ...out,
      finding('registration.securityDefaults', 'ok', 'security defaults are on: a user whose methods were removed must register again at the next sign-in'),
    ];
  }
  const policies = ca.ok ? ca.value.filter(enforcing) : [];
  const forAll = policies.filter(everyone);
  if (forAll.length > 0) {
    const names = forAll.map((p) => p.displayName).join(', ');
    return [
      ...out,
      finding(
        'registration.conditionalAccess',
        'ok',
        `Conditional Access requires MFA for all users (${names}): a user whose methods were removed must register again`,
        {
          policies: names,
        },
      ),
    ];
  }
  if (policies.length > 0) {
    const names = policies.map((p) => p.displayName).join(', ');
    return [
      ...out,
      finding(
        'registration.partial',
        'warn',
        `only some users are made to register again after a reset (Conditional Access policies for chosen users or groups: ${names}); for the others a reset leaves sign-in with the password alone. Extend a policy that requires MFA to all users.`,
        { policies: names },
      ),
    ];
  }
  // Only when both reads answered: "nothing found" must not be said of a read that failed.
  if (defaults.ok && ca.ok) {
    out.push(
      finding(
        'registration.none',
        'warn',
        'nothing forces re-registration: security defaults are off and no enabled Conditional Access policy requires MFA, so after a reset a user signs in with the password alone until they register again. Turn on security defaults or a Conditional Access policy requiring MFA (all users, all apps or "register security info").',
      ),
    );
  }
  return out;
}

function tapFindings(tap: Read<TapPolicy>, ca: Read<CaPolicy[]>): Finding[] {
  if (!tap.ok) return [tap.finding];
  const guarded = ca.ok && ca.value.some((p) => p.state === 'enabled' && p.requiresMfa && p.includeUserActions.includes(REGISTER_SECURITY_INFO));
  if (tap.value.enabled) {
    const t = tap.value;
    const lifetime = `${t.minimumLifetimeInMinutes ?? '?'}–${t.maximumLifetimeInMinutes ?? '?'} min (default ${t.defaultLifetimeInMinutes ?? '?'})`;
    return [finding('tap.enabled', 'ok', `Temporary Access Pass is enabled (lifetime ${lifetime}${t.isUsableOnce ? ', one-time only' : ''})`, { lifetime })];
  }
  if (guarded) {
    return [
      finding(
        'tap.neededButDisabled',
        'warn',
        'Temporary Access Pass is disabled, but Conditional Access requires MFA to register security info: a user whose methods were all removed cannot register new ones. Enable the Temporary Access Pass method in the authentication methods policy.',
      ),
    ];
  }
  return [finding('tap.disabled', 'info', 'Temporary Access Pass is disabled: no pass can be issued after a reset')];
}

function migrationFinding(state: string): Finding {
  if (state === 'migrationComplete') {
    return finding('migration.complete', 'ok', 'the authentication methods policy alone decides which methods users may register (migration complete)');
  }
  return finding(
    'migration.incomplete',
    'warn',
    `authentication methods policy migration is "${state}": the legacy per-user MFA and SSPR settings still decide which methods users may register. Finish the migration in Entra ID (Authentication methods, Manage migration).`,
    { state },
  );
}

function roleFindings(roles: Read<string[] | undefined>, needs: readonly Need[]): Finding[] {
  if (!roles.ok) return [roles.finding];
  if (roles.value === undefined)
    return [finding('roles.unreadable', 'info', 'the Graph token carries no readable roles claim: the app roles granted could not be checked')];
  const granted = new Set(roles.value);
  const missing: { role: string; feature: string }[] = [];
  const used = new Set<string>();
  for (const need of needs) {
    for (const alternatives of need.anyOf) {
      const held = alternatives.filter((r) => granted.has(r));
      if (held.length === 0) missing.push({ role: alternatives[0]!, feature: need.feature });
      // The least of the held alternatives is the one in use; a broader one beside it is spare.
      if (held[0] !== undefined) used.add(held[0]);
    }
  }
  const out: Finding[] = [];
  if (missing.length > 0) {
    const list = [...new Set(missing.map((m) => m.role))].join(', ');
    const features = [...new Set(missing.map((m) => m.feature))].join(', ');
    out.push(
      finding('roles.missing', 'warn', `the app lacks Graph application roles: ${list} (needed by: ${features}). Grant them with admin consent.`, {
        roles: list,
        features,
      }),
    );
  } else {
    out.push(finding('roles.ok', 'ok', 'the app holds every Graph application role its enabled features need'));
  }
  // Least privilege: a write role no enabled feature uses is an attacker's gain, not ours.
  const unneeded = [...granted].filter((r) => /ReadWrite/.test(r) && !used.has(r)).sort();
  if (unneeded.length > 0) {
    const list = unneeded.join(', ');
    out.push(finding('roles.unneeded', 'info', `the app holds write roles no enabled feature uses: ${list}. Remove them (least privilege).`, { roles: list }));
  }
  return out;
}
