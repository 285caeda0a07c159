/**
 * The simulated tenant's policies and Identity Protection: what the pre-flight reads (security
 * defaults, Conditional Access, the authentication-methods policy and its Temporary Access Pass
 * configuration) and the risk of each user. No HTTP here (policy-routes.ts serves it), shapes as
 * Graph v1.0 returns them. Tests change them through the setters.
 *
 * Risk naming rule: a user whose sign-in name starts with `risky` (risky.rita@contoso.com) is at
 * high risk, one starting with `mediumrisk` at medium, `lowrisk` at low; everyone else has no
 * risk record (Graph's 404). `setRisk` overrides it for one user.
 */

type RiskLevel = 'low' | 'medium' | 'high' | 'hidden' | 'none';

export interface SimRisk {
  readonly riskLevel: RiskLevel;
  readonly riskState: 'none' | 'atRisk' | 'confirmedCompromised' | 'remediated' | 'dismissed' | 'confirmedSafe';
}

/** A Conditional Access policy as Graph returns it (the fields the pre-flight reads, and a few more). */
export interface SimCaPolicy {
  readonly id: string;
  readonly displayName: string;
  readonly state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
  readonly conditions: {
    readonly users: { readonly includeUsers: readonly string[]; readonly excludeUsers: readonly string[]; readonly includeGroups: readonly string[] };
    readonly applications: { readonly includeApplications: readonly string[]; readonly includeUserActions: readonly string[] };
  };
  readonly grantControls: {
    readonly operator: 'OR' | 'AND';
    readonly builtInControls: readonly string[];
    readonly authenticationStrength: null | { id: string };
  } | null;
}

export interface SimTapPolicy {
  readonly state: 'enabled' | 'disabled';
  readonly defaultLifetimeInMinutes: number;
  readonly minimumLifetimeInMinutes: number;
  readonly maximumLifetimeInMinutes: number;
  readonly isUsableOnce: boolean;
  readonly defaultLength: number;
  readonly includeTargets: readonly { readonly targetType: 'group'; readonly id: string; readonly isRegistrationRequired: boolean }[];
  readonly excludeTargets: readonly { readonly targetType: 'group'; readonly id: string }[];
}

export type MigrationState = 'preMigration' | 'migrationInProgress' | 'migrationComplete';

/** Microsoft's recommended policy: MFA to register security info, for all users. */
export const REGISTER_SECURITY_INFO_POLICY: SimCaPolicy = Object.freeze<SimCaPolicy>({
  id: '7a1c0f5e-0000-4000-8000-0000000ca001',
  displayName: 'Require MFA to register security info',
  state: 'enabled',
  conditions: {
    users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [] },
    applications: { includeApplications: [], includeUserActions: ['urn:user:registersecurityinfo'] },
  },
  grantControls: { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null },
});

/** Every cloud app requires MFA, for all users. */
export const MFA_ALL_APPS_POLICY: SimCaPolicy = Object.freeze<SimCaPolicy>({
  id: '7a1c0f5e-0000-4000-8000-0000000ca002',
  displayName: 'Require MFA for all users',
  state: 'enabled',
  conditions: {
    users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [] },
    applications: { includeApplications: ['All'], includeUserActions: [] },
  },
  grantControls: { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null },
});

export class SimulatedPolicies {
  private readonly risks = new Map<string, SimRisk | null>();
  securityDefaultsEnabled = false;
  conditionalAccess: SimCaPolicy[] = [REGISTER_SECURITY_INFO_POLICY, MFA_ALL_APPS_POLICY];
  migrationState: MigrationState = 'migrationComplete';
  tap: SimTapPolicy = {
    state: 'enabled',
    defaultLifetimeInMinutes: 60,
    minimumLifetimeInMinutes: 60,
    maximumLifetimeInMinutes: 480,
    isUsableOnce: false,
    defaultLength: 8,
    includeTargets: [{ targetType: 'group', id: 'all_users', isRegistrationRequired: false }],
    excludeTargets: [],
  };

  /** Give one user a risk record (or `null`: no record, whatever the naming rule says). */
  setRisk(userId: string, risk: SimRisk | null): void {
    this.risks.set(userId.toLowerCase(), risk);
  }

  /** The user's risk record; undefined = none (Graph answers 404). */
  riskOf(userId: string, userPrincipalName: string | undefined): SimRisk | undefined {
    const set = this.risks.get(userId.toLowerCase());
    if (set !== undefined) return set ?? undefined;
    const local = (userPrincipalName ?? '').toLowerCase();
    if (local.startsWith('risky')) return { riskLevel: 'high', riskState: 'atRisk' };
    if (local.startsWith('mediumrisk')) return { riskLevel: 'medium', riskState: 'atRisk' };
    if (local.startsWith('lowrisk')) return { riskLevel: 'low', riskState: 'atRisk' };
    return undefined;
  }
}
