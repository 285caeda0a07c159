import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { DirectoryApi, DirectoryUser, InstallOutcome, PrivilegeReason } from '../helpdesk/ports.js';
import { isPrivilegedRole, PRIVILEGED_ROLE_TEMPLATE_IDS } from '../helpdesk/roles.js';
import { toGraphCallError } from './client.js';
import { nextPage, withSignal, type Request } from './paging.js';
import { GraphCallError } from './errors.js';

/**
 * The directory side of helpdesk mode over Microsoft Graph v1.0: resolving the person a
 * technician names, group and role checks, and installing our Teams app for a target who never
 * opened it. Needs User.Read.All, GroupMember.Read.All,
 * RoleManagement.Read.Directory and TeamsAppInstallation.ReadWriteSelfForUser.All.
 */

const USER_SELECT = 'id,displayName,userPrincipalName,mail,department,jobTitle,accountEnabled,userType,preferredLanguage';

const UserBody = z
  .object({
    id: z.string().min(1).max(100),
    displayName: z.string().max(256).nullish(),
    userPrincipalName: z.string().min(1).max(1024),
    mail: z.string().max(1024).nullish(),
    department: z.string().max(256).nullish(),
    jobTitle: z.string().max(256).nullish(),
    // Graph omits it unless $select-ed; absent would read as "enabled", so it is required.
    accountEnabled: z.boolean(),
    userType: z.string().max(50).nullish(),
    preferredLanguage: z.string().max(35).nullish(),
  })
  .loose();

const ListBody = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.string().optional() });
const IdsBody = z.object({ value: z.array(z.string()) });
const RoleRow = z.object({ roleDefinitionId: z.string().min(1).max(100) }).loose();
const IdRow = z.object({ id: z.string().min(1).max(200) }).loose();

/** Enough for any real user's role or group list; a longer nextLink chain is a bug. */
const MAX_PAGES = 20;

export function createDirectoryApi(client: Client, endpoint: string): DirectoryApi {
  const origin = new URL(endpoint).origin;

  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      throw toGraphCallError(err);
    }
  };

  /** Every page of a collection (nextLink only on our own origin: the token must not leak). */
  const listAll = async (first: Request, signal: AbortSignal | undefined, eventual = false): Promise<unknown[]> => {
    const items: unknown[] = [];
    let request = first;
    for (let page = 0; page < MAX_PAGES; page++) {
      const raw: unknown = await call(() => withSignal(request, signal).get());
      const body = ListBody.safeParse(raw);
      if (!body.success) throw new GraphCallError(502, 'malformedResponse', 'Graph returned an unexpected list body');
      items.push(...body.data.value);
      const next = body.data['@odata.nextLink'];
      if (!next) return items;
      request = nextPage(client, origin, next);
      // An advanced query's later pages need the same header as its first.
      if (eventual) request = request.header('ConsistencyLevel', 'eventual');
    }
    throw new GraphCallError(502, 'tooManyPages', 'Graph kept paging');
  };

  const users = (raw: readonly unknown[]): DirectoryUser[] =>
    raw.flatMap((item) => {
      const u = UserBody.safeParse(item);
      return u.success ? [toUser(u.data)] : [];
    });

  const roleIds = (rows: readonly unknown[]): string[] =>
    rows.flatMap((r) => {
      const p = RoleRow.safeParse(r);
      return p.success ? [p.data.roleDefinitionId.toLowerCase()] : [];
    });

  return {
    async getUser(idOrUpn, signal) {
      try {
        const raw: unknown = await withSignal(client.api(userPath(idOrUpn)).select(USER_SELECT), signal).get();
        const u = UserBody.safeParse(raw);
        if (!u.success) throw new GraphCallError(502, 'malformedResponse', 'Graph returned an unexpected user body');
        return toUser(u.data);
      } catch (err) {
        const e = toGraphCallError(err);
        if (e.status === 404) return undefined;
        throw e;
      }
    },

    async findByMail(address, signal) {
      const a = odataString(address);
      const filter = `mail eq '${a}' or proxyAddresses/any(p:p eq 'smtp:${a}')`;
      const request = client.api('/users').filter(encodeURIComponent(filter)).select(USER_SELECT).top(5);
      return users(await listOne(request, signal, call));
    },

    async searchByDisplayName(name, max, signal) {
      // $search needs ConsistencyLevel: eventual and $count (Graph docs, advanced query capabilities). Double quotes delimit
      // the term, so they and backslashes are removed rather than escaped.
      const term = name.replace(/["\\]/g, ' ').trim();
      if (term === '') return [];
      const request = client
        .api('/users')
        .header('ConsistencyLevel', 'eventual')
        .search(encodeURIComponent(`"displayName:${term}"`))
        .query({ $count: 'true' })
        .select(USER_SELECT)
        .top(Math.max(1, Math.min(max, 25)));
      return users(await listOne(request, signal, call)).slice(0, max);
    },

    async memberOfGroups(userId, groupIds, signal) {
      if (groupIds.length === 0) return [];
      if (groupIds.length > 20) throw new GraphCallError(400, 'tooManyIds', 'checkMemberGroups takes at most 20 ids');
      const raw: unknown = await call(() => withSignal(client.api(`${userPath(userId)}/checkMemberGroups`), signal).post({ groupIds: [...groupIds] }));
      const body = IdsBody.safeParse(raw);
      if (!body.success) throw new GraphCallError(502, 'malformedResponse', 'Graph returned an unexpected checkMemberGroups body');
      const asked = new Set(groupIds.map((g) => g.toLowerCase()));
      return body.data.value.filter((g) => asked.has(g.toLowerCase()));
    },

    async privilegeOf(userId, signal) {
      const principal = odataString(userId);
      // An OData cast with $filter needs ConsistencyLevel: eventual and $count.
      const assignableGroups = (relation: 'transitiveMemberOf' | 'ownedObjects') =>
        listAll(
          client
            .api(`${userPath(userId)}/${relation}/microsoft.graph.group`)
            .header('ConsistencyLevel', 'eventual')
            .filter(encodeURIComponent('isAssignableToRole eq true'))
            .query({ $count: 'true' })
            .select('id'),
          signal,
          true,
        );
      // All five must answer: a check that failed is not a check that found nothing.
      const [active, direct, groups, owned, eligible] = await Promise.all([
        call(() => withSignal(client.api(`${userPath(userId)}/checkMemberObjects`), signal).post({ ids: [...PRIVILEGED_ROLE_TEMPLATE_IDS] })),
        listAll(
          client
            .api('/roleManagement/directory/roleAssignments')
            .filter(encodeURIComponent(`principalId eq '${principal}'`))
            .select('roleDefinitionId,directoryScopeId'),
          signal,
        ),
        // Members and owners: an Authentication Administrator may act on neither.
        assignableGroups('transitiveMemberOf'),
        assignableGroups('ownedObjects'),
        listAll(
          client
            .api('/roleManagement/directory/roleEligibilityScheduleInstances')
            .filter(encodeURIComponent(`principalId eq '${principal}'`))
            .select('roleDefinitionId'),
          signal,
        ),
      ]);
      const activeIds = IdsBody.safeParse(active);
      if (!activeIds.success) throw new GraphCallError(502, 'malformedResponse', 'Graph returned an unexpected checkMemberObjects body');
      const reasons: PrivilegeReason[] = [];
      const seen = new Set<string>();
      const add = (r: PrivilegeReason, key: string) => {
        if (seen.has(key)) return;
        seen.add(key);
        reasons.push(r);
      };
      for (const id of activeIds.data.value) if (isPrivilegedRole(id)) add({ kind: 'activeRole', roleId: id.toLowerCase() }, `a:${id.toLowerCase()}`);
      for (const id of roleIds(direct)) if (isPrivilegedRole(id)) add({ kind: 'activeRole', roleId: id }, `a:${id}`);
      for (const g of [...groups, ...owned]) {
        const p = IdRow.safeParse(g);
        if (p.success) add({ kind: 'roleAssignableGroup', groupId: p.data.id }, `g:${p.data.id}`);
      }
      for (const id of roleIds(eligible)) if (isPrivilegedRole(id)) add({ kind: 'eligibleRole', roleId: id }, `e:${id}`);
      return { privileged: reasons.length > 0, reasons };
    },

    async installApp(userId, teamsAppId, signal): Promise<InstallOutcome> {
      // The bind URL names Graph itself (the simulator's origin in demo mode).
      const body = { 'teamsApp@odata.bind': `${origin}/v1.0/appCatalogs/teamsApps/${encodeURIComponent(teamsAppId)}` };
      try {
        await withSignal(client.api(`${userPath(userId)}/teamwork/installedApps`), signal).post(body);
        return 'installed';
      } catch (err) {
        const e = toGraphCallError(err);
        if (e.status === 409) return 'alreadyInstalled';
        // App permission policy (or an app not in the org catalog). Graph gives no field that
        // tells it from our own missing permission, so the code goes to the log upstream.
        if (e.status === 403) return 'blocked';
        throw e;
      }
    },

    async chatIdFor(userId, teamsAppId, signal) {
      const request = client
        .api(`${userPath(userId)}/teamwork/installedApps`)
        .expand('teamsApp')
        .filter(encodeURIComponent(`teamsApp/id eq '${odataString(teamsAppId)}'`));
      const installation = (await listOne(request, signal, call)).map((i) => IdRow.safeParse(i)).find((p) => p.success);
      if (!installation?.success) return undefined;
      const raw: unknown = await call(() =>
        withSignal(client.api(`${userPath(userId)}/teamwork/installedApps/${encodeURIComponent(installation.data.id)}/chat`), signal).get(),
      );
      const chat = IdRow.safeParse(raw);
      return chat.success ? chat.data.id : undefined;
    },
  };
}

/**
 * `/users/{id|upn}`. `encodeURIComponent` turns a guest's `#EXT#` into `%23EXT%23` (unencoded,
 * `#` starts a fragment and cuts the path). A UPN starting with `$` is refused by Graph in the
 * path form, so it goes in the key form `/users('$x@y.com')` (Graph docs, user-get).
 */
function userPath(idOrUpn: string): string {
  if (idOrUpn.startsWith('$')) {
    return `/users('${encodeURIComponent(odataString(idOrUpn)).replace(/^%24/, '$')}')`;
  }
  return `/users/${encodeURIComponent(idOrUpn)}`;
}

/** An OData string literal's content: a single quote is written twice. */
function odataString(value: string): string {
  return value.replace(/'/g, "''");
}

async function listOne(request: Request, signal: AbortSignal | undefined, call: <T>(run: () => Promise<T>) => Promise<T>): Promise<unknown[]> {
  const raw: unknown = await call(() => withSignal(request, signal).get());
  const body = ListBody.safeParse(raw);
  if (!body.success) throw new GraphCallError(502, 'malformedResponse', 'Graph returned an unexpected list body');
  return body.data.value;
}

function toUser(u: z.infer<typeof UserBody>): DirectoryUser {
  return {
    id: u.id,
    displayName: u.displayName?.trim() || u.userPrincipalName,
    userPrincipalName: u.userPrincipalName,
    mail: u.mail ?? undefined,
    department: u.department ?? undefined,
    jobTitle: u.jobTitle ?? undefined,
    accountEnabled: u.accountEnabled,
    userType: u.userType ?? 'Member',
    ...(u.preferredLanguage ? { preferredLanguage: u.preferredLanguage } : {}),
  };
}
