import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { CaPolicy, PolicyApi, TapPolicy } from '../preflight/types.js';
import type { TokenProvider } from './token.js';
import { toGraphCallError } from './client.js';
import { GraphCallError } from './errors.js';
import { nextPage } from './paging.js';

/**
 * The tenant reads of the pre-flight (reference/helpdesk-graph.md §I, §E): security defaults,
 * Conditional Access policies, the authentication-methods policy and its Temporary Access Pass
 * configuration, and the application roles in our own Graph token. Each read throws a typed
 * GraphCallError; the pre-flight turns a failure into a finding of its own.
 */
const SecurityDefaults = z.object({ isEnabled: z.boolean() }).loose();
const Strings = z.array(z.string()).nullish();
const CaRow = z
  .object({
    id: z.string(),
    displayName: z.string().nullish(),
    state: z.string(),
    conditions: z
      .object({
        users: z.object({ includeUsers: Strings, includeGroups: Strings, includeRoles: Strings }).loose().nullish(),
        applications: z.object({ includeApplications: Strings, includeUserActions: Strings }).loose().nullish(),
      })
      .loose()
      .nullish(),
    grantControls: z
      .object({ builtInControls: Strings, authenticationStrength: z.object({ id: z.string().nullish() }).loose().nullish() })
      .loose()
      .nullish(),
  })
  .loose();
const CaList = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.string().optional() });
const MethodsPolicy = z.object({ policyMigrationState: z.string().nullish() }).loose();
const Tap = z
  .object({
    state: z.string(),
    defaultLifetimeInMinutes: z.number().nullish(),
    minimumLifetimeInMinutes: z.number().nullish(),
    maximumLifetimeInMinutes: z.number().nullish(),
    isUsableOnce: z.boolean().nullish(),
  })
  .loose();
const Claims = z.object({ roles: z.array(z.string()).optional() }).loose();

const MAX_PAGES = 10;

export function createPolicyApi(client: Client, endpoint: string, tokens: TokenProvider | undefined): PolicyApi {
  const origin = new URL(endpoint).origin;
  const get = async <T>(path: string | ReturnType<Client['api']>, schema: z.ZodType<T>, what: string): Promise<T> => {
    let raw: unknown;
    try {
      raw = await (typeof path === 'string' ? client.api(path) : path).get();
    } catch (err) {
      throw toGraphCallError(err);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new GraphCallError(502, 'malformedResponse', `Graph returned an unexpected ${what} body`);
    return parsed.data;
  };

  return {
    async securityDefaults() {
      return (await get('/policies/identitySecurityDefaultsEnforcementPolicy', SecurityDefaults, 'security defaults')).isEnabled;
    },

    async conditionalAccess() {
      const out: CaPolicy[] = [];
      let request = client.api('/identity/conditionalAccess/policies');
      for (let page = 0; page < MAX_PAGES; page++) {
        const body = await get(request, CaList, 'Conditional Access list');
        for (const item of body.value) {
          const p = CaRow.safeParse(item);
          if (!p.success) continue;
          const c = p.data;
          out.push({
            id: c.id,
            displayName: c.displayName ?? c.id,
            state: c.state,
            includeUsers: c.conditions?.users?.includeUsers ?? [],
            includeApplications: c.conditions?.applications?.includeApplications ?? [],
            includeUserActions: c.conditions?.applications?.includeUserActions ?? [],
            requiresMfa: (c.grantControls?.builtInControls ?? []).includes('mfa') || Boolean(c.grantControls?.authenticationStrength?.id),
          });
        }
        const next = body['@odata.nextLink'];
        if (!next) return out;
        request = nextPage(client, origin, next);
      }
      throw new GraphCallError(502, 'tooManyPages', 'Graph kept paging');
    },

    async migrationState() {
      return (await get('/policies/authenticationMethodsPolicy', MethodsPolicy, 'authentication methods policy')).policyMigrationState ?? 'unknown';
    },

    async tapPolicy(): Promise<TapPolicy> {
      const t = await get('/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass', Tap, 'Temporary Access Pass policy');
      return {
        enabled: t.state === 'enabled',
        defaultLifetimeInMinutes: t.defaultLifetimeInMinutes ?? undefined,
        minimumLifetimeInMinutes: t.minimumLifetimeInMinutes ?? undefined,
        maximumLifetimeInMinutes: t.maximumLifetimeInMinutes ?? undefined,
        isUsableOnce: t.isUsableOnce ?? undefined,
      };
    },

    async grantedRoles() {
      if (!tokens) return undefined;
      return rolesOf(await tokens.getToken());
    },
  };
}

/**
 * The `roles` claim of an app-only Graph token: what was actually consented, not what the
 * README asked for. The token is read, never verified (Graph verifies it; this is a report), and
 * never logged. Undefined when it is not a JWT.
 */
function rolesOf(accessToken: string): string[] | undefined {
  const payload = accessToken.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = Claims.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return claims.success ? (claims.data.roles ?? []) : undefined;
  } catch {
    return undefined;
  }
}
