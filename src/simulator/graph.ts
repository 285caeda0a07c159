/**
 * Microsoft Graph's authentication-methods routes over a SimulatedTenant. Auth, faults and
 * timing happen earlier in server.ts; this file only maps (verb, path, roles) to a reply.
 */
import { BETA_ONLY_TYPES, BETA_SEGMENTS, isPreferredMethod, ODATA, V1_SEGMENTS, type SimMethod } from './model.js';
import { ACCESS_DENIED, graphError, type GraphContext, type Reply } from './reply.js';
import type { SimulatedTenant } from './tenant.js';

export interface GraphRequest {
  method: string;
  /** Percent-decoded path segments, starting with the version ('v1.0' | 'beta'). */
  segments: readonly string[];
  body: Buffer;
  /** Application roles of the caller's (already validated) token. */
  roles: readonly string[];
}

const READ_WRITE = 'UserAuthenticationMethod.ReadWrite.All';
const READ = 'UserAuthenticationMethod.Read.All';

type Version = 'v1.0' | 'beta';
type Route =
  | { kind: 'methods' }
  | { kind: 'collection'; segment: string; odataType: string }
  | { kind: 'item'; segment: string; odataType: string; methodId: string }
  | { kind: 'qrCodePin' }
  | { kind: 'signInPreferences' };

const ALLOWED: Readonly<Record<Route['kind'], readonly string[]>> = {
  methods: ['GET'],
  collection: ['GET'],
  item: ['GET', 'DELETE'],
  qrCodePin: ['GET', 'DELETE'],
  signInPreferences: ['GET', 'PATCH'],
};

/** Graph matches path segments case-insensitively; keep the canonical spelling for @odata.context. */
function canonicalSegment(version: Version, seg: string): string | undefined {
  const table = version === 'beta' ? BETA_SEGMENTS : V1_SEGMENTS;
  return Object.keys(table).find((k) => k.toLowerCase() === seg.toLowerCase());
}

function matchRoute(version: Version, rest: readonly string[]): Route | undefined {
  const [first, second, ...extra] = rest;
  if (first === undefined || extra.length > 0) return undefined;
  const lower = first.toLowerCase();
  if (second === undefined) {
    if (lower === 'methods') return { kind: 'methods' };
    if (version === 'beta' && lower === 'qrcodepinmethod') return { kind: 'qrCodePin' };
    if (version === 'beta' && lower === 'signinpreferences') return { kind: 'signInPreferences' };
  }
  const segment = canonicalSegment(version, first);
  if (segment === undefined) return undefined;
  const odataType = (version === 'beta' ? BETA_SEGMENTS : V1_SEGMENTS)[segment] ?? '';
  if (second === undefined) return { kind: 'collection', segment, odataType };
  return second === '' ? undefined : { kind: 'item', segment, odataType, methodId: second };
}

export function handleGraph(tenant: SimulatedTenant, req: GraphRequest, ctx: GraphContext): Reply {
  const [v, users, userId, authentication, ...rest] = req.segments;
  const version = v?.toLowerCase() === 'beta' ? 'beta' : v?.toLowerCase() === 'v1.0' ? 'v1.0' : undefined;
  const route =
    version && users?.toLowerCase() === 'users' && userId && authentication?.toLowerCase() === 'authentication' ? matchRoute(version, rest) : undefined;
  if (!version || !userId || !route) return unknownRoute(ctx, req.segments);

  const verb = req.method.toUpperCase();
  if (!ALLOWED[route.kind].includes(verb)) return methodNotAllowed(ctx);
  const canRead = req.roles.includes(READ_WRITE) || req.roles.includes(READ);
  if (!(verb === 'GET' ? canRead : req.roles.includes(READ_WRITE))) {
    return graphError(ctx, 403, ACCESS_DENIED.code, ACCESS_DENIED.message);
  }
  if (!tenant.ensureUser(userId)) {
    return graphError(
      ctx,
      404,
      'Request_ResourceNotFound',
      `Resource '${userId}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }

  const contextUrl = (suffix: string) => `${ctx.baseUrl}/${version}/$metadata#users('${encodeURIComponent(userId)}')/authentication/${suffix}`;
  const visible = tenant.visibleMethods(userId).filter((m) => version === 'beta' || !BETA_ONLY_TYPES.has(m['@odata.type']));
  const entity = (m: SimMethod | undefined, suffix: string): Reply =>
    m ? { status: 200, body: { '@odata.context': contextUrl(suffix), ...m } } : notFound(ctx);

  switch (route.kind) {
    case 'methods':
      return { status: 200, body: { '@odata.context': contextUrl('methods'), value: visible } };
    case 'collection':
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(route.segment),
          value: visible.filter((m) => m['@odata.type'] === route.odataType),
        },
      };
    case 'item':
      if (verb === 'GET') {
        const m = visible.find((x) => x.id === route.methodId && x['@odata.type'] === route.odataType);
        return entity(m, `${route.segment}/$entity`);
      }
      // The password is reset, never deleted: Graph refuses the verb on that collection.
      if (route.odataType === ODATA.password) return methodNotAllowed(ctx);
      return deleteReply(ctx, route.methodId, tenant.deleteMethod(userId, route.methodId, route.odataType));
    case 'qrCodePin':
      if (verb === 'GET') {
        return entity(
          visible.find((x) => x['@odata.type'] === ODATA.qrCodePin),
          'qrCodePinMethod/$entity',
        );
      }
      {
        const qrId = tenant.methodsOf(userId).find((x) => x['@odata.type'] === ODATA.qrCodePin)?.id ?? '';
        return deleteReply(ctx, qrId, tenant.deleteSingleton(userId, ODATA.qrCodePin));
      }
    case 'signInPreferences':
      if (verb === 'GET') {
        return {
          status: 200,
          body: { '@odata.context': contextUrl('signInPreferences'), ...tenant.signInPreferences(userId) },
        };
      }
      return patchSignInPreferences(tenant, userId, req.body, ctx);
  }
}

function deleteReply(ctx: GraphContext, methodId: string, outcome: ReturnType<SimulatedTenant['deleteMethod']>): Reply {
  switch (outcome.kind) {
    case 'deleted':
      return { status: 204 };
    case 'notFound':
      return notFound(ctx);
    case 'isDefault':
      return graphError(
        ctx,
        400,
        'badRequest',
        `The requested authentication method id of [${methodId}] matches the user's current default authentication method, and cannot be deleted until the default authentication method is changed`,
        { innerMessage: true },
      );
    case 'mobileBeforeAlternate':
      return graphError(
        ctx,
        400,
        'badRequest',
        'The mobile phone number cannot be deleted while an alternate mobile phone number is registered. Delete the alternate mobile phone number first.',
      );
  }
}

function patchSignInPreferences(tenant: SimulatedTenant, userId: string, body: Buffer, ctx: GraphContext): Reply {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return graphError(
      ctx,
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
  const PROPERTY = 'userPreferredMethodForSecondaryAuthentication';
  const unknownKey = Object.keys(parsed).find((k) => k !== PROPERTY && k !== '@odata.type');
  if (unknownKey !== undefined) {
    return graphError(ctx, 400, 'BadRequest', `The property '${unknownKey}' does not exist on type 'microsoft.graph.signInPreferences' or cannot be updated.`);
  }
  const value: unknown = (parsed as Record<string, unknown>)[PROPERTY];
  if (value === undefined) return { status: 204 };
  if (!isPreferredMethod(value)) {
    return graphError(ctx, 400, 'BadRequest', `Requested value '${String(value)}' was not found.`);
  }
  if (!tenant.setPreferredMethod(userId, value)) {
    return graphError(ctx, 400, 'badRequest', `The user has no registered authentication method that can be used as '${value}'.`);
  }
  return { status: 204 };
}

export function unknownRoute(ctx: GraphContext, segments: readonly string[]): Reply {
  const last = segments.filter((s) => s !== '').at(-1) ?? '';
  return graphError(ctx, 404, 'Request_BadRequest', `Resource not found for the segment '${last}'.`);
}

function methodNotAllowed(ctx: GraphContext): Reply {
  return graphError(ctx, 405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
}

function notFound(ctx: GraphContext): Reply {
  return graphError(ctx, 404, 'itemNotFound', 'The requested resource was not found.');
}
