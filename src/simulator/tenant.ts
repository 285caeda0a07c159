/**
 * In-memory state of the simulated Entra tenant: users, their methods, defaults, and queued
 * faults. No HTTP here: operations return outcomes and server/graph.ts maps them to responses.
 */
import { ODATA, PASSWORD_METHOD_ID, type PreferredMethod, type SimMethod } from './model.js';
import { believableMethods } from './seed.js';

export interface FaultSpec {
  /** Default '*'. */
  method?: 'GET' | 'DELETE' | 'PATCH' | 'POST' | '*';
  /** Substring of the request path (matched against both the raw and the percent-decoded path). */
  pathIncludes?: string;
  /** Error status to answer with. A status below 400 (e.g. 0 or 200) with `delayMs` = a slow but normal answer. */
  status: number;
  code?: string;
  message?: string;
  /** Raw Retry-After header value, e.g. '1' or '0.05'. */
  retryAfter?: string;
  /** How many matching requests it affects; default 1, Infinity allowed. */
  times?: number;
  /** Hold the response this long (to provoke client timeouts). */
  delayMs?: number;
  /**
   * Armed only once a request with this method (and matching `pathIncludes`) has arrived after the
   * fault was queued: 'DELETE' makes a GET fault hit the verification list that follows the deletes.
   */
  after?: 'GET' | 'DELETE' | 'PATCH' | 'POST';
  /** The exact JSON body to answer with (a captured Graph error, test/fixtures/graph-errors/), instead of one built from code and message. */
  body?: unknown;
}

const DEFAULT_TENANT_ID = '5e1a7ed0-7e4a-4b5e-9c1d-51a0fa4e0001';

/** Users kept at most (about 8 MB); past this, auto-provisioning forgets the oldest. */
const MAX_USERS = 5_000;

export type DeleteOutcome = { kind: 'deleted' } | { kind: 'notFound' } | { kind: 'isDefault' } | { kind: 'mobileBeforeAlternate' };

export interface SignInPreferences {
  isSystemPreferredAuthenticationMethodEnabled: boolean;
  userPreferredMethodForSecondaryAuthentication: PreferredMethod | null;
}

interface StoredMethod {
  readonly data: SimMethod;
  /** Set once deleted; the method stays visible to lists until `deletedAt + consistencyDelayMs`. */
  deletedAt?: number;
}

interface UserState {
  methods: StoredMethod[];
  defaultMethodId?: string | undefined;
  /** The enum value last PATCHed, kept because `sms` and `voiceMobile` share one method. */
  preferred?: { methodId: string; value: PreferredMethod } | undefined;
}

interface QueuedFault {
  readonly spec: FaultSpec;
  remaining: number;
  armed: boolean;
}

const clone = (m: SimMethod): SimMethod => structuredClone(m);

export class SimulatedTenant {
  readonly tenantId: string;
  private readonly autoProvision: boolean;
  private readonly consistencyDelayMs: number;
  private readonly clock: () => number;
  private readonly users = new Map<string, UserState>();
  private faults: QueuedFault[] = [];

  constructor(opts: { tenantId?: string; autoProvision?: boolean; consistencyDelayMs?: number; clock?: () => number } = {}) {
    this.tenantId = opts.tenantId ?? DEFAULT_TENANT_ID;
    this.autoProvision = opts.autoProvision ?? true;
    this.consistencyDelayMs = Math.max(0, opts.consistencyDelayMs ?? 0);
    this.clock = opts.clock ?? Date.now;
  }

  /** The tenant's notion of time (ms); the server uses it for token expiry too. */
  now(): number {
    return this.clock();
  }

  /** Replaces the user's methods; list order is kept; a password method is appended if missing. */
  provision(userId: string, methods: SimMethod[], opts: { defaultMethodId?: string } = {}): void {
    const ids = new Set<string>();
    for (const m of methods) {
      if (typeof m.id !== 'string' || typeof m['@odata.type'] !== 'string') {
        throw new Error('each method needs a string id and @odata.type');
      }
      if (ids.has(m.id)) throw new Error(`duplicate method id ${m.id}`);
      ids.add(m.id);
    }
    const { defaultMethodId } = opts;
    if (defaultMethodId !== undefined && !ids.has(defaultMethodId)) {
      throw new Error(`default method ${defaultMethodId} is not among the user's methods`);
    }
    const stored: StoredMethod[] = methods.map((m) => ({ data: clone(m) }));
    if (!methods.some((m) => m['@odata.type'] === ODATA.password)) {
      stored.push({ data: { '@odata.type': ODATA.password, id: PASSWORD_METHOD_ID, password: null } });
    }
    this.users.set(key(userId), { methods: stored, defaultMethodId });
  }

  hasUser(userId: string): boolean {
    return this.users.has(key(userId));
  }

  removeUser(userId: string): void {
    this.users.delete(key(userId));
  }

  /** Adds one method to an existing user (a new Temporary Access Pass). */
  addMethod(userId: string, m: SimMethod): void {
    this.users.get(key(userId))?.methods.push({ data: clone(m) });
  }

  /** True current state (ignores eventual-consistency visibility), password included. Unknown user → []. */
  methodsOf(userId: string): SimMethod[] {
    const u = this.users.get(key(userId));
    return u ? u.methods.filter((m) => m.deletedAt === undefined).map((m) => clone(m.data)) : [];
  }

  defaultMethodIdOf(userId: string): string | undefined {
    return this.users.get(key(userId))?.defaultMethodId;
  }

  /** Does the user exist, provisioning the believable set first when auto-provisioning is on? */
  ensureUser(userId: string): boolean {
    if (this.hasUser(userId)) return true;
    if (!this.autoProvision) return false;
    const { methods, defaultMethodId } = believableMethods(userId);
    this.provision(userId, methods, { defaultMethodId });
    // Bounded like the token store: a demo under load must not keep every user it ever saw.
    // A forgotten user who comes back gets the same believable set again (it is deterministic).
    for (const [oldest] of this.users) {
      if (this.users.size <= MAX_USERS) break;
      this.users.delete(oldest);
    }
    return true;
  }

  /** What a list response shows now: live methods plus deleted ones still within the consistency window. */
  visibleMethods(userId: string): SimMethod[] {
    const u = this.users.get(key(userId));
    if (!u) return [];
    this.purge(u);
    return u.methods.map((m) => clone(m.data));
  }

  /** Deletes a live method. `expectedType` is the type its URL segment holds (wrong segment → notFound). */
  deleteMethod(userId: string, methodId: string, expectedType: string): DeleteOutcome {
    const u = this.users.get(key(userId));
    const target = u?.methods.find((m) => m.deletedAt === undefined && m.data.id === methodId);
    if (!u || !target || target.data['@odata.type'] !== expectedType || expectedType === ODATA.password) {
      return { kind: 'notFound' };
    }
    const live = u.methods.filter((m) => m.deletedAt === undefined);
    // Rules use the true state, not what lists show (Graph's own checks are consistent).
    if (methodId === u.defaultMethodId && live.some((m) => m.data.id !== methodId && m.data['@odata.type'] !== ODATA.password)) {
      return { kind: 'isDefault' };
    }
    if (
      target.data['@odata.type'] === ODATA.phone &&
      target.data['phoneType'] === 'mobile' &&
      live.some((m) => m.data['@odata.type'] === ODATA.phone && m.data['phoneType'] === 'alternateMobile')
    ) {
      return { kind: 'mobileBeforeAlternate' };
    }
    target.deletedAt = this.clock();
    if (methodId === u.defaultMethodId) {
      u.defaultMethodId = undefined;
      u.preferred = undefined;
    }
    this.purge(u);
    return { kind: 'deleted' };
  }

  /** For singletons such as beta `qrCodePinMethod`: deletes the user's live method of that type. */
  deleteSingleton(userId: string, odataType: string): DeleteOutcome {
    const live = this.methodsOf(userId).find((m) => m['@odata.type'] === odataType);
    return live ? this.deleteMethod(userId, live.id, odataType) : { kind: 'notFound' };
  }

  signInPreferences(userId: string): SignInPreferences {
    const u = this.users.get(key(userId));
    const def = u?.methods.find((m) => m.deletedAt === undefined && m.data.id === u.defaultMethodId)?.data;
    let value: PreferredMethod | null = def ? preferenceOf(def) : null;
    if (def && u?.preferred?.methodId === def.id) value = u.preferred.value;
    return { isSystemPreferredAuthenticationMethodEnabled: false, userPreferredMethodForSecondaryAuthentication: value };
  }

  /** Makes the method matching `value` the default; false when the user has no such method. */
  setPreferredMethod(userId: string, value: PreferredMethod): boolean {
    const u = this.users.get(key(userId));
    if (!u) return false;
    const live = u.methods.filter((m) => m.deletedAt === undefined).map((m) => m.data);
    const target = candidatesFor(value)
      .map((test) => live.find(test))
      .find((m) => m !== undefined);
    if (!target) return false;
    u.defaultMethodId = target.id;
    u.preferred = { methodId: target.id, value };
    return true;
  }

  injectFault(f: FaultSpec): void {
    if (f.retryAfter !== undefined && !/^[\x20-\x7e]+$/.test(f.retryAfter)) {
      throw new Error(`retryAfter must be a printable header value, got ${JSON.stringify(f.retryAfter)}`);
    }
    const remaining = f.times ?? 1;
    if (remaining > 0) this.faults.push({ spec: { ...f }, remaining, armed: f.after === undefined });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** First queued fault (FIFO) matching this request; consumes one of its `times`. */
  takeFault(method: string, paths: readonly string[]): FaultSpec | undefined {
    const verb = method.toUpperCase();
    const onPath = (part: string | undefined) => part === undefined || paths.some((p) => p.includes(part));
    const i = this.faults.findIndex(
      ({ spec: { method: m, pathIncludes: part }, armed }) => armed && (m === undefined || m === '*' || m === verb) && onPath(part),
    );
    for (const q of this.faults) if (!q.armed && q.spec.after === verb && onPath(q.spec.pathIncludes)) q.armed = true;
    const hit = this.faults[i];
    if (!hit) return undefined;
    hit.remaining -= 1;
    if (hit.remaining <= 0) this.faults.splice(i, 1);
    return hit.spec;
  }

  private purge(u: UserState): void {
    const now = this.clock();
    u.methods = u.methods.filter((m) => m.deletedAt === undefined || now < m.deletedAt + this.consistencyDelayMs);
  }
}

/** Graph addresses users by id or UPN, both case-insensitive. */
function key(userId: string): string {
  return userId.toLowerCase();
}

const isType = (t: string) => (m: SimMethod) => m['@odata.type'] === t;
const isPhone = (phoneType: string) => (m: SimMethod) => m['@odata.type'] === ODATA.phone && m['phoneType'] === phoneType;

/** Which registered method a preference selects, in order of preference. */
function candidatesFor(value: PreferredMethod): Array<(m: SimMethod) => boolean> {
  switch (value) {
    case 'push':
      return [isType(ODATA.microsoftAuthenticator)];
    case 'oath':
      // Authenticator also shows OATH codes, so it qualifies when no dedicated token exists.
      return [isType(ODATA.softwareOath), isType(ODATA.hardwareOath), isType(ODATA.microsoftAuthenticator)];
    case 'sms':
    case 'voiceMobile':
      return [isPhone('mobile')];
    case 'voiceAlternateMobile':
      return [isPhone('alternateMobile')];
    case 'voiceOffice':
      return [isPhone('office')];
  }
}

function preferenceOf(m: SimMethod): PreferredMethod | null {
  switch (m['@odata.type']) {
    case ODATA.microsoftAuthenticator:
      return 'push';
    case ODATA.softwareOath:
    case ODATA.hardwareOath:
      return 'oath';
    case ODATA.phone:
      if (m['phoneType'] === 'mobile') return 'sms';
      if (m['phoneType'] === 'alternateMobile') return 'voiceAlternateMobile';
      if (m['phoneType'] === 'office') return 'voiceOffice';
      return null;
    default:
      return null;
  }
}
