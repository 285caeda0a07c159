/**
 * What the simulated tenant does after a reset (issue 15): the Temporary Access Pass policy and
 * passes, revokeSignInSessions, and sendMail. Shapes from reference/helpdesk-graph.md §E-§G and
 * graph-api.md §6. Tests set the policy and read what was revoked and mailed through this object
 * (or GET /_sim/mail); no HTTP here, server.ts maps the replies.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { ODATA, type SimMethod } from './model.js';
import { ACCESS_DENIED, graphError, type GraphContext, type Reply } from './reply.js';
import type { SimulatedDirectory } from './directory.js';
import type { SimTapPolicy, SimulatedPolicies } from './policies.js';
import type { SimulatedTenant } from './tenant.js';

export interface SentMail {
  readonly sender: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly contentType: string;
  readonly content: string;
  readonly saveToSentItems: boolean | undefined;
  readonly at: number;
}

/** Roles each route needs (least privilege, reference §E-§G). */
const ROLES = {
  tap: ['UserAuthenticationMethod.ReadWrite.All'],
  policy: ['Policy.Read.AuthenticationMethod', 'Policy.Read.All'],
  revoke: ['User.RevokeSessions.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'],
  mail: ['Mail.Send'],
} as const;

/** The portal's defaults for a new TAP configuration (reference §E). */
const MAX_RECORDS = 1_000;
const PASS_ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789+@#%&=';

export class SimulatedAfterReset {
  /** Users whose sign-in sessions were revoked, oldest first (object id or UPN as called). */
  readonly revoked: { readonly userId: string; readonly at: number }[] = [];
  readonly mail: SentMail[] = [];
  /** Each pass value ever handed out (tests scan logs and notes for them). */
  readonly issuedPasses: string[] = [];
  constructor(
    private readonly tenant: SimulatedTenant,
    private readonly directory: SimulatedDirectory,
    /** The one TAP policy of the tenant: the pre-flight reads the same object (src/simulator/policies.ts). */
    private readonly policies: SimulatedPolicies,
  ) {}

  get policy(): SimTapPolicy {
    return this.policies.tap;
  }

  setPolicy(p: Partial<SimTapPolicy>): void {
    this.policies.tap = { ...this.policies.tap, ...p };
  }

  /** A policy target: everyone, or a group of the simulated directory (transitive, as checkMemberGroups). */
  private inGroup(groupId: string, userId: string): boolean {
    return groupId === 'all_users' || this.directory.groupsOf(userId).some((g) => g.id.toLowerCase() === groupId.toLowerCase());
  }

  /** The user's current pass method (never its value: Graph returns null after create). */
  passOf(userId: string): SimMethod | undefined {
    return this.tenant.methodsOf(userId).find((m) => m['@odata.type'] === ODATA.temporaryAccessPass);
  }

  /** The route, when it is one of ours; undefined for everything else. */
  handle(req: { method: string; segments: readonly string[]; body: Buffer; roles: readonly string[] }, ctx: GraphContext): Reply | undefined {
    const [version, ...rest] = req.segments;
    if (version?.toLowerCase() !== 'v1.0') return undefined;
    const lower = rest.map((s) => s.toLowerCase());
    const verb = req.method.toUpperCase();
    const has = (needs: readonly string[]) => needs.some((r) => req.roles.includes(r));
    if (lower.join('/') === 'policies/authenticationmethodspolicy/authenticationmethodconfigurations/temporaryaccesspass') {
      if (verb !== 'GET') return methodNotAllowed(ctx);
      if (!has(ROLES.policy)) return denied(ctx);
      return {
        status: 200,
        body: {
          '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#policies/authenticationMethodsPolicy/authenticationMethodConfigurations/$entity`,
          '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
          id: 'TemporaryAccessPass',
          ...structuredClone(this.policy),
        },
      };
    }
    if (lower[0] !== 'users' || !rest[1] || rest.length < 3) return undefined;
    const userId = rest[1];
    const tail = lower.slice(2).join('/');
    if (tail === 'authentication/temporaryaccesspassmethods' && verb === 'POST') {
      if (!has(ROLES.tap)) return denied(ctx);
      if (!this.tenant.ensureUser(userId)) return userNotFound(ctx, userId);
      return this.createPass(userId, req.body, ctx);
    }
    if (tail === 'revokesigninsessions') {
      if (verb !== 'POST') return methodNotAllowed(ctx);
      if (!has(ROLES.revoke)) return denied(ctx);
      if (!this.tenant.ensureUser(userId)) return userNotFound(ctx, userId);
      this.revoked.push({ userId, at: ctx.now });
      if (this.revoked.length > MAX_RECORDS) this.revoked.shift();
      // Documented 200 {value:true} (the known issue says 204 would be right; clients take any 2xx).
      return { status: 200, body: { '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#Edm.Boolean`, value: true } };
    }
    if (tail === 'sendmail') {
      if (verb !== 'POST') return methodNotAllowed(ctx);
      if (!has(ROLES.mail)) return denied(ctx);
      return this.sendMail(userId, req.body, ctx);
    }
    return undefined;
  }

  private createPass(userId: string, body: Buffer, ctx: GraphContext): Reply {
    const parsed = json(body);
    if (parsed === undefined) return badJson(ctx);
    const p = this.policy;
    if (p.state !== 'enabled') {
      // The create failure observed in the field (glueckkanja/MyWorkID#47).
      return graphError(
        ctx,
        400,
        'badRequest',
        'Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].',
      );
    }
    const lifetime = parsed.lifetimeInMinutes ?? p.defaultLifetimeInMinutes;
    if (typeof lifetime !== 'number' || !Number.isInteger(lifetime) || lifetime < p.minimumLifetimeInMinutes || lifetime > p.maximumLifetimeInMinutes) {
      return graphError(ctx, 400, 'badRequest', 'The lifetime of the Temporary Access Pass is outside the range the policy allows.');
    }
    const once = parsed.isUsableOnce ?? p.isUsableOnce;
    if (typeof once !== 'boolean') return badJson(ctx);
    if (p.isUsableOnce && !once) return graphError(ctx, 400, 'badRequest', 'The policy only allows one-time Temporary Access Passes.');
    const inScope = p.includeTargets.some((t) => this.inGroup(t.id, userId)) && !p.excludeTargets.some((t) => this.inGroup(t.id, userId));
    // One pass per user: a new one replaces the old (v1.0 doc).
    const old = this.passOf(userId);
    if (old) this.tenant.deleteMethod(userId, old.id, ODATA.temporaryAccessPass);
    const pass = Array.from(randomBytes(p.defaultLength), (b) => PASS_ALPHABET[b % PASS_ALPHABET.length]).join('');
    this.issuedPasses.push(pass);
    if (this.issuedPasses.length > MAX_RECORDS) this.issuedPasses.shift();
    const created = new Date(ctx.now).toISOString();
    const method = {
      '@odata.type': ODATA.temporaryAccessPass,
      id: randomUUID(),
      temporaryAccessPass: null,
      createdDateTime: created,
      startDateTime: created,
      lifetimeInMinutes: lifetime,
      isUsableOnce: once,
      isUsable: inScope,
      methodUsabilityReason: inScope ? 'EnabledByPolicy' : 'DisabledByPolicy',
    } as SimMethod;
    this.tenant.addMethod(userId, method);
    return {
      status: 201,
      body: {
        '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#users('${encodeURIComponent(userId)}')/authentication/temporaryAccessPassMethods/$entity`,
        ...method,
        // The value is in this response only; GET and list return null.
        temporaryAccessPass: pass,
      },
    };
  }

  private sendMail(sender: string, body: Buffer, ctx: GraphContext): Reply {
    const parsed = json(body);
    const message = parsed?.message as Record<string, unknown> | undefined;
    const content = message?.body as Record<string, unknown> | undefined;
    const to = Array.isArray(message?.toRecipients)
      ? (message.toRecipients as unknown[]).map((r) => (r as { emailAddress?: { address?: unknown } }).emailAddress?.address)
      : [];
    if (!message || typeof message.subject !== 'string' || typeof content?.content !== 'string' || to.length === 0 || to.some((a) => typeof a !== 'string')) {
      return graphError(ctx, 400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    }
    this.mail.push({
      sender,
      to: to as string[],
      subject: message.subject,
      contentType: typeof content.contentType === 'string' ? content.contentType : 'Text',
      content: content.content,
      saveToSentItems: typeof parsed?.saveToSentItems === 'boolean' ? parsed.saveToSentItems : undefined,
      at: ctx.now,
    });
    if (this.mail.length > MAX_RECORDS) this.mail.shift();
    // 202 means accepted, not delivered (reference §G).
    return { status: 202 };
  }
}

function json(body: Buffer): Record<string, unknown> | undefined {
  if (body.length === 0) return {};
  try {
    const v: unknown = JSON.parse(body.toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function badJson(ctx: GraphContext): Reply {
  return graphError(
    ctx,
    400,
    'BadRequest',
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
  );
}

function denied(ctx: GraphContext): Reply {
  return graphError(ctx, 403, ACCESS_DENIED.code, ACCESS_DENIED.message);
}

function methodNotAllowed(ctx: GraphContext): Reply {
  return graphError(ctx, 405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
}

function userNotFound(ctx: GraphContext, userId: string): Reply {
  return graphError(
    ctx,
    404,
    'Request_ResourceNotFound',
    `Resource '${userId}' does not exist or one of its queried reference-property objects are not present.`,
  );
}
