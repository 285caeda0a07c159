/**
 * Graph's Identity Protection and policy routes over SimulatedPolicies, with Graph's shapes and
 * permissions (reference/helpdesk-graph.md §H, §I, §E). Returns undefined for any other path.
 */
import type { SimulatedDirectory } from './directory.js';
import type { SimulatedPolicies } from './policies.js';
import { ACCESS_DENIED, graphError, type GraphContext, type Reply } from './reply.js';

export interface PolicyRequest {
  readonly method: string;
  /** Percent-decoded path segments, starting with the version. */
  readonly segments: readonly string[];
  readonly roles: readonly string[];
}

const READ_RISK = ['IdentityRiskyUser.Read.All', 'IdentityRiskyUser.ReadWrite.All'];
const READ_POLICY = ['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess'];
const READ_CA = ['Policy.Read.All', 'Policy.Read.ConditionalAccess', 'Policy.ReadWrite.ConditionalAccess'];
const READ_AUTH_METHODS_POLICY = ['Policy.Read.AuthenticationMethod', 'Policy.ReadWrite.AuthenticationMethod', 'Policy.Read.All'];
const SECURITY_DEFAULTS_ID = '00000000-0000-0000-0000-000000000005';

export function handlePolicies(policies: SimulatedPolicies, directory: SimulatedDirectory, req: PolicyRequest, ctx: GraphContext): Reply | undefined {
  const [version, ...rest] = req.segments;
  if (version === undefined) return undefined;
  const path = rest.map((s) => s.toLowerCase());
  const route = path.join('/');
  const get = (roles: readonly string[], body: () => Reply): Reply => {
    if (req.method.toUpperCase() !== 'GET') return graphError(ctx, 405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
    if (!roles.some((r) => req.roles.includes(r))) return graphError(ctx, 403, ACCESS_DENIED.code, ACCESS_DENIED.message);
    return body();
  };

  if (path.length === 3 && path[0] === 'identityprotection' && path[1] === 'riskyusers') {
    const id = rest[2]!;
    return get(READ_RISK, () => {
      const found = directory.lookup(id);
      const user = found.kind === 'found' ? found.user : undefined;
      const risk = user && policies.riskOf(user.id, user.userPrincipalName);
      if (!user || !risk) return graphError(ctx, 404, 'ResourceNotFound', `Resource '${id}' does not exist.`);
      return ok(ctx, version, 'identityProtection/riskyUsers/$entity', {
        id: user.id,
        isDeleted: false,
        isProcessing: false,
        riskLastUpdatedDateTime: new Date(ctx.now).toISOString(),
        riskLevel: risk.riskLevel,
        riskState: risk.riskState,
        riskDetail: 'none',
        userDisplayName: user.displayName,
        userPrincipalName: user.userPrincipalName,
      });
    });
  }
  if (route === 'policies/identitysecuritydefaultsenforcementpolicy') {
    return get(READ_POLICY, () =>
      ok(ctx, version, 'policies/identitySecurityDefaultsEnforcementPolicy/$entity', {
        id: SECURITY_DEFAULTS_ID,
        displayName: 'Security Defaults',
        description: 'Security defaults is a set of basic identity security mechanisms recommended by Microsoft.',
        isEnabled: policies.securityDefaultsEnabled,
      }),
    );
  }
  if (route === 'identity/conditionalaccess/policies') {
    return get(READ_CA, () => ok(ctx, version, 'identity/conditionalAccess/policies', { value: policies.conditionalAccess }));
  }
  if (route === 'policies/authenticationmethodspolicy') {
    return get(READ_AUTH_METHODS_POLICY, () =>
      ok(ctx, version, 'policies/authenticationMethodsPolicy/$entity', {
        id: 'authenticationMethodsPolicy',
        displayName: 'Authentication Methods Policy',
        policyVersion: '1.5',
        policyMigrationState: policies.migrationState,
        registrationEnforcement: {
          authenticationMethodsRegistrationCampaign: { snoozeDurationInDays: 1, state: 'default', excludeTargets: [], includeTargets: [] },
        },
        authenticationMethodConfigurations: [tapConfiguration(policies)],
      }),
    );
  }
  if (route === 'policies/authenticationmethodspolicy/authenticationmethodconfigurations/temporaryaccesspass') {
    return get(READ_AUTH_METHODS_POLICY, () =>
      ok(ctx, version, 'policies/authenticationMethodsPolicy/authenticationMethodConfigurations/$entity', tapConfiguration(policies)),
    );
  }
  return undefined;
}

function tapConfiguration(policies: SimulatedPolicies): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
    id: 'TemporaryAccessPass',
    ...policies.tap,
  };
}

function ok(ctx: GraphContext, version: string, context: string, body: Record<string, unknown>): Reply {
  return { status: 200, body: { '@odata.context': `${ctx.baseUrl}/${version}/$metadata#${context}`, ...body } };
}
