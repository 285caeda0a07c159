/**
 * Microsoft Graph's directory routes that helpdesk mode uses (users, group and role checks,
 * Teams app installation) over a SimulatedDirectory, with Graph's shapes, permissions and
 * errors. Returns undefined for any other path, which then goes to the auth-methods routes.
 */
import { DEMO_TEAMS_APP_ID, type SimulatedDirectory, type SimUser } from './directory.js';
import { ACCESS_DENIED, graphError, type GraphContext, type Reply } from './reply.js';

export interface DirectoryRequest {
  readonly method: string;
  /** Percent-decoded path segments, starting with the version. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  readonly consistencyLevel: string | undefined;
  readonly body: Buffer;
  readonly roles: readonly string[];
}

/** Properties Graph returns for a user without $select (user-get.md): no accountEnabled, userType, department. */
const DEFAULT_USER_PROPS = ['id', 'displayName', 'userPrincipalName', 'mail', 'jobTitle', 'preferredLanguage'] as const;
const USER_PROPS = new Set([
  'id',
  'displayName',
  'userPrincipalName',
  'mail',
  'proxyAddresses',
  'department',
  'jobTitle',
  'accountEnabled',
  'userType',
  'preferredLanguage',
]);

const READ_USERS = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const READ_MEMBERS = ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const READ_ROLES = ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'RoleManagement.ReadWrite.Directory', 'Directory.Read.All'];
const READ_ELIGIBILITY = ['RoleEligibilitySchedule.Read.Directory', ...READ_ROLES];
const WRITE_INSTALLS = [
  'TeamsAppInstallation.ReadWriteSelfForUser.All',
  'TeamsAppInstallation.ReadWriteAndConsentSelfForUser.All',
  'TeamsAppInstallation.ReadWriteForUser.All',
];
const READ_INSTALLS = ['TeamsAppInstallation.ReadForUser.All', ...WRITE_INSTALLS];

const STRING = "'((?:[^']|'')*)'";
const unquote = (s: string) => s.replace(/''/g, "'");

export function handleDirectory(dir: SimulatedDirectory, req: DirectoryRequest, ctx: GraphContext): Reply | undefined {
  const [version, first, ...rest] = req.segments;
  if (version === undefined || first === undefined) return undefined;
  const verb = req.method.toUpperCase();
  const lower = first.toLowerCase();

  if (lower === 'rolemanagement' && rest[0]?.toLowerCase() === 'directory' && rest.length === 2) {
    const which = rest[1]!.toLowerCase();
    if (which !== 'roleassignments' && which !== 'roleeligibilityscheduleinstances') return undefined;
    if (verb !== 'GET') return methodNotAllowed(ctx);
    const eligible = which === 'roleeligibilityscheduleinstances';
    if (!has(req.roles, eligible ? READ_ELIGIBILITY : READ_ROLES)) return denied(ctx);
    const filter = req.query.get('$filter');
    let principal: string | undefined;
    if (filter !== null) {
      const m = new RegExp(`^principalId eq ${STRING}$`, 'i').exec(filter.trim());
      if (!m) return unsupported(ctx);
      principal = unquote(m[1]!);
    }
    const rows = eligible ? dir.roleEligibilities(principal) : dir.roleAssignments(principal);
    const value = rows.map((r) => ({ ...r, ...(eligible ? { memberType: 'Direct', startDateTime: null, endDateTime: null } : {}) }));
    return ok(ctx, version, `roleManagement/directory/${eligible ? 'roleEligibilityScheduleInstances' : 'roleAssignments'}`, { value });
  }

  // `/users/{key}…` or the key form `/users('{key}')…`.
  let key: string | undefined;
  let tail: readonly string[];
  const keyForm = /^users\('((?:[^']|'')*)'\)$/i.exec(first);
  if (keyForm) {
    key = unquote(keyForm[1]!);
    tail = rest;
  } else if (lower === 'users') {
    key = rest[0];
    tail = rest.slice(1);
  } else {
    return undefined;
  }
  const tailLower = tail.map((s) => s.toLowerCase());
  if (tailLower[0] === 'authentication') return undefined; // the auth-methods routes

  if (key === undefined) {
    if (verb !== 'GET') return methodNotAllowed(ctx);
    if (!has(req.roles, READ_USERS)) return denied(ctx);
    return listUsers(dir, req, ctx, version);
  }
  if (key === '') return undefined;
  // Graph reads a path segment starting with '$' as a system query option (Graph docs, user-get).
  if (!keyForm && key.startsWith('$')) {
    return graphError(ctx, 400, 'BadRequest', `Resource not found for the segment '${key}'.`);
  }
  const found = dir.lookup(key);
  if (found.kind === 'badId') return graphError(ctx, 400, 'Request_BadRequest', `Invalid object identifier '${key}'.`);

  const route = tailLower.join('/');
  const ALLOWED: Record<string, string> = {
    '': 'GET',
    checkmembergroups: 'POST',
    checkmemberobjects: 'POST',
    transitivememberof: 'GET',
    'transitivememberof/microsoft.graph.group': 'GET',
    ownedobjects: 'GET',
    'ownedobjects/microsoft.graph.group': 'GET',
    'teamwork/installedapps': 'GET POST',
  };
  const chatRoute = tailLower.length === 4 && tailLower[0] === 'teamwork' && tailLower[1] === 'installedapps' && tailLower[3] === 'chat';
  const allowed = chatRoute ? 'GET' : ALLOWED[route];
  if (allowed === undefined) return undefined;
  if (!allowed.split(' ').includes(verb)) return methodNotAllowed(ctx);
  const needs = route.startsWith('teamwork') ? (verb === 'GET' ? READ_INSTALLS : WRITE_INSTALLS) : route === 'checkmembergroups' ? READ_MEMBERS : READ_USERS;
  if (!has(req.roles, needs) || (route === 'checkmembergroups' && !has(req.roles, READ_USERS))) return denied(ctx);
  if (found.kind === 'notFound') {
    return graphError(
      ctx,
      404,
      'Request_ResourceNotFound',
      `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }
  const user = found.user;

  if (route === '') {
    const selected = select(user, req.query.get('$select'));
    return selected ? ok(ctx, version, 'users/$entity', selected) : badSelect(ctx);
  }
  if (route === 'checkmembergroups' || route === 'checkmemberobjects') {
    const ids = idsFrom(req.body, route === 'checkmembergroups' ? 'groupIds' : 'ids');
    if (ids === undefined) return graphError(ctx, 400, 'Request_BadRequest', 'Invalid request body: expected a list of ids.');
    if (ids.length > 20) return graphError(ctx, 400, 'Request_BadRequest', 'The number of ids exceeds the limit of 20.');
    const held = new Set(dir.groupsOf(user.id).map((g) => g.id));
    if (route === 'checkmemberobjects') for (const r of dir.activeRolesOf(user.id)) held.add(r);
    return ok(ctx, version, 'Collection(Edm.String)', { value: ids.filter((id) => held.has(id.toLowerCase())) });
  }
  if (route.startsWith('transitivememberof') || route.startsWith('ownedobjects')) {
    const cast = route.endsWith('microsoft.graph.group');
    const filter = req.query.get('$filter');
    // Advanced queries (an OData cast, $filter here) need ConsistencyLevel: eventual and $count.
    if ((cast || filter !== null) && (req.consistencyLevel?.toLowerCase() !== 'eventual' || req.query.get('$count') !== 'true')) {
      return graphError(ctx, 400, 'Request_UnsupportedQuery', "This query requires the 'ConsistencyLevel: eventual' header and '$count=true'.");
    }
    let groups = route.startsWith('ownedobjects') ? dir.groupsOwnedBy(user.id) : dir.groupsOf(user.id);
    if (filter !== null) {
      if (!/^isAssignableToRole eq true$/i.test(filter.trim())) return unsupported(ctx);
      groups = groups.filter((g) => g.isAssignableToRole);
    }
    const value = groups.map((g) => ({
      '@odata.type': '#microsoft.graph.group',
      id: g.id,
      displayName: g.displayName,
      isAssignableToRole: g.isAssignableToRole,
    }));
    return ok(ctx, version, 'directoryObjects', { ...(req.query.get('$count') === 'true' ? { '@odata.count': value.length } : {}), value });
  }
  if (route === 'teamwork/installedapps' && verb === 'POST') {
    const appId = boundAppId(req.body);
    if (appId === undefined) return graphError(ctx, 400, 'BadRequest', "The 'teamsApp@odata.bind' property is required.");
    switch (dir.install(user.id, appId)) {
      case 'installed':
        return { status: 201 };
      case 'exists':
        return graphError(ctx, 409, 'Conflict', 'App is already installed for this user.');
      case 'blocked':
        return graphError(ctx, 403, 'Forbidden', 'App is blocked by app permission policy.');
      case 'noSuchApp':
        return graphError(ctx, 404, 'NotFound', `The app '${appId}' was not found in the app catalog.`);
    }
  }
  const installation = dir.installationOf(user.id);
  if (route === 'teamwork/installedapps') {
    const filter = req.query.get('$filter');
    let wanted: string | undefined;
    if (filter !== null) {
      const m = new RegExp(`^teamsApp/id eq ${STRING}$`, 'i').exec(filter.trim());
      if (!m) return unsupported(ctx);
      wanted = unquote(m[1]!).toLowerCase();
    }
    const expand = (req.query.get('$expand') ?? '').toLowerCase() === 'teamsapp';
    const rows = installation && (wanted === undefined || wanted === DEMO_TEAMS_APP_ID) ? [installation] : [];
    const value = rows.map((id) => ({
      id,
      ...(expand ? { teamsApp: { id: DEMO_TEAMS_APP_ID, externalId: 'mfa-reset-bot', displayName: 'MFA Reset', distributionMethod: 'organization' } } : {}),
    }));
    return ok(ctx, version, `users('${user.id}')/teamwork/installedApps`, { value });
  }
  // …/installedApps/{installationId}/chat
  if (!installation || tail[2] !== installation) return graphError(ctx, 404, 'NotFound', 'The app installation was not found.');
  return ok(ctx, version, 'chats/$entity', { id: dir.chatIdOf(user.id) });
}

function listUsers(dir: SimulatedDirectory, req: DirectoryRequest, ctx: GraphContext, version: string): Reply {
  const search = req.query.get('$search');
  const filter = req.query.get('$filter');
  let users: SimUser[];
  if (search !== null) {
    if (req.consistencyLevel?.toLowerCase() !== 'eventual') {
      return graphError(
        ctx,
        400,
        'Request_UnsupportedQuery',
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      );
    }
    const m = /^"displayName:([^"]*)"$/i.exec(search.trim());
    if (!m) return graphError(ctx, 400, 'Request_UnsupportedQuery', 'Invalid $search query.');
    users = dir.searchDisplayName(m[1]!);
  } else if (filter !== null) {
    const both = new RegExp(`^mail eq ${STRING} or proxyAddresses/any\\(p:p eq 'smtp:((?:[^']|'')*)'\\)$`, 'i').exec(filter.trim());
    const mailOnly = new RegExp(`^mail eq ${STRING}$`, 'i').exec(filter.trim());
    const address = both ? unquote(both[1]!) : mailOnly ? unquote(mailOnly[1]!) : undefined;
    if (address === undefined) return unsupported(ctx);
    users = dir.findByMail(address);
    // Only the primary mail when proxyAddresses is not asked for.
    if (!both) users = users.filter((u) => u.mail?.toLowerCase() === address.toLowerCase());
  } else {
    users = dir.searchDisplayName('');
  }
  const top = Number(req.query.get('$top') ?? '100');
  if (!Number.isInteger(top) || top < 1 || top > 999) return graphError(ctx, 400, 'Request_BadRequest', "Invalid page size specified: '$top'.");
  const value: Record<string, unknown>[] = [];
  for (const u of users.slice(0, top)) {
    const s = select(u, req.query.get('$select'));
    if (!s) return badSelect(ctx);
    value.push(s);
  }
  const count = req.query.get('$count') === 'true' ? { '@odata.count': users.length } : {};
  return ok(ctx, version, 'users', { ...count, value });
}

function select(u: SimUser, $select: string | null): Record<string, unknown> | undefined {
  const props = $select === null ? [...DEFAULT_USER_PROPS] : $select.split(',').map((p) => p.trim());
  const out: Record<string, unknown> = {};
  for (const p of props) {
    if (!USER_PROPS.has(p)) return undefined;
    out[p] = u[p as keyof SimUser] ?? null;
  }
  out['id'] = u.id;
  return out;
}

function idsFrom(body: Buffer, field: string): string[] | undefined {
  const parsed = json(body);
  const ids = parsed?.[field];
  return Array.isArray(ids) && ids.every((x) => typeof x === 'string') ? (ids as string[]) : undefined;
}

function boundAppId(body: Buffer): string | undefined {
  const bind = json(body)?.['teamsApp@odata.bind'];
  if (typeof bind !== 'string') return undefined;
  const m = /\/appCatalogs\/teamsApps\/([^/?#]+)$/i.exec(bind);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

function json(body: Buffer): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(body.toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function has(roles: readonly string[], anyOf: readonly string[]): boolean {
  return anyOf.some((r) => roles.includes(r));
}

function ok(ctx: GraphContext, version: string, context: string, body: Record<string, unknown>): Reply {
  return { status: 200, body: { '@odata.context': `${ctx.baseUrl}/${version}/$metadata#${context}`, ...body } };
}

function denied(ctx: GraphContext): Reply {
  return graphError(ctx, 403, ACCESS_DENIED.code, ACCESS_DENIED.message);
}

function unsupported(ctx: GraphContext): Reply {
  return graphError(ctx, 400, 'Request_UnsupportedQuery', 'Unsupported query.');
}

function badSelect(ctx: GraphContext): Reply {
  return graphError(ctx, 400, 'Request_BadRequest', 'Could not find a property named in $select on type microsoft.graph.user.');
}

function methodNotAllowed(ctx: GraphContext): Reply {
  return graphError(ctx, 405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
}
