import type { EventSink, ResetEvent } from '../reset/events.js';
import type { OutboxStore } from '../state/ports.js';

/**
 * The only way product code reaches OpenTelemetry. Without APPLICATIONINSIGHTS_CONNECTION_STRING
 * (and always in demo mode) this is the no-op below and no OpenTelemetry module is ever loaded;
 * with it, src/telemetry/azure-monitor.ts installs the real one before the app is built. Nothing
 * here takes text, names, addresses or ids: callers pass kinds, counts, statuses and Graph's own
 * request ids.
 */
export interface Telemetry {
  /** A span around one authenticated turn (an App Insights request). */
  turn<T>(activityType: string, fn: () => Promise<T>): Promise<T>;
  /** Name the flow that answered the current turn (an intent or card action kind). */
  annotateTurn(flow: string): void;
  /** A span around one Graph call, retries included (an App Insights dependency). */
  graphCall<T>(method: string, url: string, fn: (done: (r: GraphCallResult) => void) => Promise<T>): Promise<T>;
  /** One Graph attempt answered 429 or 503. */
  graphThrottled(status: number): void;
  /** Resets by outcome, confirmations, refusals by reason. */
  event(e: ResetEvent): void;
  /** The ticket outbox, its depth reported as a gauge (the no-op returns it unchanged). */
  countOutbox<T>(store: OutboxStore<T>): OutboxStore<T>;
  /** trace_id / span_id of the active span for a log record; undefined outside one. */
  logFields(): Record<string, string> | undefined;
  /** Flush and stop exporting (process shutdown). */
  shutdown(): Promise<void>;
}

interface GraphCallResult {
  readonly status: number;
  readonly requestId?: string | undefined;
  readonly clientRequestId?: string | undefined;
  /** Attempts after the first (the SDK's RetryHandler and the one fresh-token retry). */
  readonly retries: number;
}

const noop: Telemetry = {
  turn: (_type, fn) => fn(),
  annotateTurn: () => undefined,
  graphCall: (_method, _url, fn) => fn(() => undefined),
  graphThrottled: () => undefined,
  event: () => undefined,
  countOutbox: (store) => store,
  logFields: () => undefined,
  shutdown: () => Promise.resolve(),
};

let current: Telemetry = noop;

export function telemetry(): Telemetry {
  return current;
}

export function installTelemetry(t: Telemetry): void {
  current = t;
}

/** The reset service's events, counted (an event sink next to the audit log). */
export const telemetrySink: EventSink = { emit: (e) => current.event(e) };

/**
 * The outbox, counting what this instance added and what it completed: the gauge reports the
 * difference. With one instance (or the memory store) that is the depth; with several sharing a
 * table, one instance's note may be delivered by another, so sum the gauge over instances (the
 * README's KQL does). A restart starts from 0.
 */
export function countedOutbox<T>(store: OutboxStore<T>, observe: (read: () => number) => void): OutboxStore<T> {
  let depth = 0;
  observe(() => depth);
  return {
    async add(id, payload, opts) {
      const before = await store.get(id);
      await store.add(id, payload, opts);
      if (!before) depth += 1;
    },
    lease: (now, leaseMs, max) => store.lease(now, leaseMs, max),
    async complete(item) {
      await store.complete(item);
      depth -= 1;
    },
    retry: (item, dueAt, lastError) => store.retry(item, dueAt, lastError),
    get: (id) => store.get(id),
  };
}

/** The Graph path with every id replaced: `/v1.0/users/{id}/authentication/phoneMethods/{id}`. */
export function routeTemplate(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '{invalid}';
  }
  return path
    .split('/')
    .map((s) => (s === '' || GRAPH_WORDS.has(s) ? s : /^users\(/i.test(s) ? 'users({id})' : '{id}'))
    .join('/');
}

/** Path segments of the Graph calls this bot makes; anything else (ids, UPNs) is a parameter. */
const GRAPH_WORDS = new Set([
  'v1.0',
  'beta',
  'users',
  'authentication',
  'methods',
  'phoneMethods',
  'emailMethods',
  'microsoftAuthenticatorMethods',
  'passwordlessMicrosoftAuthenticatorMethods',
  'fido2Methods',
  'softwareOathMethods',
  'hardwareOathMethods',
  'windowsHelloForBusinessMethods',
  'temporaryAccessPassMethods',
  'platformCredentialMethods',
  'externalAuthenticationMethods',
  'qrCodePinMethod',
  'passwordMethods',
  'signInPreferences',
  'requirements',
  'revokeSignInSessions',
  'sendMail',
  'groups',
  'members',
  'owners',
  'transitiveMemberOf',
  'memberOf',
  'checkMemberGroups',
  'checkMemberObjects',
  'roleManagement',
  'directory',
  'roleAssignments',
  'roleEligibilityScheduleInstances',
  'transitiveRoleAssignments',
  'roleDefinitions',
  'teamwork',
  'installedApps',
  'chat',
  'appCatalogs',
  'teamsApps',
  'microsoft.graph.group',
  'microsoft.graph.user',
  '$count',
  '$ref',
]);
