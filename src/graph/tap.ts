import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { CreatedPass, TapApi, TapPolicy } from '../after/ports.js';
import { toGraphCallError } from './client.js';
import { GraphCallError } from './errors.js';

/**
 * Temporary Access Pass over Graph v1.0 (reference/helpdesk-graph.md §E, graph-api.md §6.1):
 * the tenant policy (Policy.Read.AuthenticationMethod), the group check for its targets
 * (checkMemberGroups, User.Read.All / GroupMember.Read.All), and the user's passes
 * (UserAuthenticationMethod.ReadWrite.All). The pass value is returned to the caller once and
 * never kept here; a failure never carries the response body upward.
 */

const POLICY_PATH = '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/temporaryAccessPass';

const Target = z.object({ id: z.string().min(1).max(100) }).loose();
const PolicyBody = z
  .object({
    state: z.string(),
    minimumLifetimeInMinutes: z.number().int(),
    maximumLifetimeInMinutes: z.number().int(),
    isUsableOnce: z.boolean().nullish(),
    includeTargets: z.array(Target).nullish(),
    excludeTargets: z.array(Target).nullish(),
  })
  .loose();
const PassBody = z
  .object({
    temporaryAccessPass: z.string().min(1).max(64),
    startDateTime: z.string().nullish(),
    lifetimeInMinutes: z.number().int(),
    isUsableOnce: z.boolean(),
    isUsable: z.boolean().nullish(),
    methodUsabilityReason: z.string().max(50).nullish(),
  })
  .loose();
const IdList = z.object({ value: z.array(z.object({ id: z.string().min(1).max(200) }).loose()) });
const Ids = z.object({ value: z.array(z.string()) });

export function createTapApi(client: Client): TapApi {
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      throw toGraphCallError(err);
    }
  };
  const user = (id: string) => `/users/${encodeURIComponent(id)}`;
  const malformed = (what: string) => new GraphCallError(502, 'malformedResponse', `Graph returned an unexpected ${what} body`);

  return {
    async policy(): Promise<TapPolicy> {
      const raw: unknown = await call(() => client.api(POLICY_PATH).get());
      const p = PolicyBody.safeParse(raw);
      if (!p.success) throw malformed('TAP policy');
      return {
        enabled: p.data.state === 'enabled',
        includeGroups: (p.data.includeTargets ?? []).map((t) => t.id),
        excludeGroups: (p.data.excludeTargets ?? []).map((t) => t.id),
        minimumLifetimeInMinutes: p.data.minimumLifetimeInMinutes,
        maximumLifetimeInMinutes: p.data.maximumLifetimeInMinutes,
        isUsableOnce: p.data.isUsableOnce === true,
      };
    },

    async memberOfGroups(userId, groupIds) {
      if (groupIds.length === 0) return [];
      const raw: unknown = await call(() => client.api(`${user(userId)}/checkMemberGroups`).post({ groupIds: groupIds.slice(0, 20) }));
      const body = Ids.safeParse(raw);
      if (!body.success) throw malformed('checkMemberGroups');
      return body.data.value;
    },

    async passes(userId) {
      const raw: unknown = await call(() => client.api(`${user(userId)}/authentication/temporaryAccessPassMethods`).get());
      const body = IdList.safeParse(raw);
      if (!body.success) throw malformed('TAP list');
      return body.data.value.map((m) => m.id);
    },

    async deletePass(userId, passId) {
      await call(() => client.api(`${user(userId)}/authentication/temporaryAccessPassMethods/${encodeURIComponent(passId)}`).delete());
    },

    async createPass(userId, body): Promise<CreatedPass> {
      const raw: unknown = await call(() => client.api(`${user(userId)}/authentication/temporaryAccessPassMethods`).post(body));
      const p = PassBody.safeParse(raw);
      if (!p.success) throw malformed('TAP create');
      const starts = p.data.startDateTime ? Date.parse(p.data.startDateTime) : NaN;
      return {
        value: p.data.temporaryAccessPass,
        lifetimeInMinutes: p.data.lifetimeInMinutes,
        isUsableOnce: p.data.isUsableOnce,
        startsAt: Number.isNaN(starts) ? Date.now() : starts,
        isUsable: p.data.isUsable !== false,
        methodUsabilityReason: p.data.methodUsabilityReason ?? undefined,
      };
    },
  };
}
