import type { BotFrameworkAuthentication } from 'botframework-connector';
import { createAdapter } from './adapter.js';
import { createAfterReset, type AfterReset } from './after/wiring.js';
import { clearedPassCard } from './bot/flows/after-reset.js';
import { MfaResetBot } from './bot/bot.js';
import { DemoNotice } from './bot/turn.js';
import { t } from './bot/copy/index.js';
import { describeMethod } from './bot/describe.js';
import type { Config } from './config.js';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createDirectoryApi } from './graph/directory.js';
import { createRiskApi } from './graph/risk.js';
import { createPolicyApi } from './graph/policies.js';
import { Preflight } from './preflight/preflight.js';
import { createGraphApi, startDemoGraph, type GraphRetry, type GraphTarget } from './graph/factory.js';
import { canDelete } from './graph/methods.js';
import type { TokenProvider } from './graph/token.js';
import { createHelpdesk } from './helpdesk/wiring.js';
import type { Logger } from './logger.js';
import { createAuditSink, fanOut } from './reset/audit.js';
import { ResetEngine, type EngineOptions } from './reset/engine.js';
import { SelfServiceGuards } from './reset/guards.js';
import { DailyResetQuota, type ResetWindow } from './reset/quota.js';
import type { EventSink } from './reset/events.js';
import { ResetService, type NewestCard } from './reset/service.js';
import { TokenSigner } from './reset/token.js';
import type { AuthMethodsApi } from './reset/types.js';
import { createServer, type BotServer } from './server.js';
import { SimulatedTenant, type RunningSimulator } from './simulator/index.js';
import { createState } from './state/index.js';
import { createMemoryState } from './state/memory.js';
import type { StatePorts } from './state/ports.js';
import { createTicketing, type Ticketing, type TicketJob, type StatusRecord } from './tickets/index.js';
import { understand, type Understand } from './understanding/index.js';
import { telemetry, telemetrySink } from './telemetry/metrics.js';

/**
 * What the app is built from besides configuration. Production passes none: Graph comes from
 * the config, state from memory (or the shared store once chosen by config), events go to the
 * audit log. Each field replaces one port; none changes how the others are wired.
 */
export interface AppPorts {
  /** Shared state (NonceStore, PendingRequests, ...). Two instances given the same one act as one bot. */
  readonly state?: StatePorts;
  /** The Graph port itself (rare: tests prefer the simulator behind the real client). */
  readonly api?: AuthMethodsApi;
  /** Where Graph is and how to get a token (a simulator in another process, a local fake). */
  readonly graph?: GraphTarget;
  /** Point the configured Graph credentials at a local Graph / token endpoint (production wiring against a fake). */
  readonly graphEndpoint?: string;
  readonly tokenEndpoint?: string;
  readonly graphRetry?: GraphRetry;
  /** Demo mode: use this simulated tenant (tests inject faults into it). */
  readonly tenant?: SimulatedTenant;
  /** Replace the Bot Framework authentication (e.g. a local OpenID metadata for JWT tests). */
  readonly botAuth?: BotFrameworkAuthentication;
  readonly engine?: Partial<EngineOptions>;
  readonly understand?: Understand;
  /** More event consumers next to the audit log (the ticket sink, a test probe). */
  readonly events?: readonly EventSink[];
  readonly now?: () => number;
  /** A store call slower than this counts as a fault (default 5 s). */
  readonly stateTimeoutMs?: number;
  /** A self-service guard's Graph check slower than this refuses (default 15 s; the load test widens it). */
  readonly guardTimeoutMs?: number;
}

/** @deprecated name kept for callers not yet moved: the same thing as AppPorts. */
export type AppOverrides = AppPorts;

export interface App {
  readonly http: BotServer;
  readonly simulator: RunningSimulator | undefined;
  readonly tokens: TokenProvider | undefined;
  readonly state: StatePorts;
  /** Ticket updates when TICKET_SYSTEM is set: the sink is already one of the service's event sinks. */
  readonly tickets: Ticketing | undefined;
  /** The tenant pre-flight (issue 15): index.ts runs it at start-up in production; a technician's "status" runs it too. */
  readonly preflight: Preflight | undefined;
  /** After-reset steps (Temporary Access Pass cards' expiry worker among them); undefined without a Graph client. */
  readonly after: AfterReset | undefined;
  /** Stop accepting, let in-flight turns finish (bounded), close the simulator. */
  close(graceMs?: number): Promise<{ drained: boolean }>;
}

/** Wire the whole bot: Graph (real or simulated) → engine → reset service → conversation → HTTP. */
export async function buildApp(config: Config, log: Logger, ports: AppPorts = {}): Promise<App> {
  let simulator: RunningSimulator | undefined;
  let tokens: TokenProvider | undefined;
  let api = ports.api;
  let graphClient: { client: Client; endpoint: string } | undefined;
  if (!api) {
    let target = ports.graph;
    if (!target && config.graph) {
      target = { ...config.graph, graphEndpoint: ports.graphEndpoint ?? config.graph.graphEndpoint, tokenEndpoint: ports.tokenEndpoint };
    }
    if (!target) {
      const demo = await startDemoGraph(config, ports.tenant);
      simulator = demo.simulator;
      target = demo.target;
    }
    let client: Client;
    ({ api, tokens, client } = createGraphApi(target, log, { requestTimeoutMs: config.limits.graphRequestTimeoutMs, retry: ports.graphRetry }));
    graphClient = { client, endpoint: target.graphEndpoint };
  }

  const now = ports.now ?? Date.now;
  const ownState = ports.state === undefined;
  // Memory follows an injected clock (tests); otherwise the store the configuration names.
  const state =
    ports.state ??
    (ports.now && !config.state ? createMemoryState({ now }) : await createState(config.state, log, { production: config.mode === 'production' }));
  const demo = config.mode === 'demo';
  // Ticket notes go through the durable outbox of the same store, so a restart loses none.
  const tickets = config.tickets
    ? createTicketing(config.tickets, {
        outbox: telemetry().countOutbox(state.outbox<TicketJob>('ticketnotes')),
        results: state.pending<StatusRecord>('ticketstatus'),
        log,
        now,
      })
    : undefined;
  tickets?.worker.start();
  const engine = new ResetEngine(api, { resetTimeoutMs: config.limits.resetTimeoutMs, ...ports.engine });
  // Before a self-service reset (issue 15). With an injected Graph port there is no directory to ask: the daily limit still holds.
  const guards = new SelfServiceGuards({
    privilege: graphClient ? createDirectoryApi(graphClient.client, graphClient.endpoint) : undefined,
    risk: graphClient && config.guards.riskCheck ? createRiskApi(graphClient.client) : undefined,
    quota: new DailyResetQuota(state.pending<ResetWindow>('selfServiceResets'), config.guards.resetsPerDay, now),
    log,
    stateTimeoutMs: ports.stateTimeoutMs,
    timeoutMs: ports.guardTimeoutMs,
  });
  const preflight = graphClient
    ? new Preflight({
        api: createPolicyApi(graphClient.client, graphClient.endpoint, tokens),
        log,
        features: {
          riskCheck: config.guards.riskCheck,
          helpdesk: config.helpdesk.enabled,
          // The after-reset steps are wired with the Graph client: signing out is always on offer.
          signOut: true,
          notifyMail: config.after.notifyMailSender !== undefined,
        },
      })
    : undefined;
  const adapter = createAdapter(config, log, ports.botAuth);
  // After a reset (issue 15): needs the Graph client itself, like helpdesk mode.
  const afterReset = graphClient
    ? createAfterReset({
        config: config.after,
        graph: graphClient.client,
        state,
        adapter,
        botAppId: config.bot?.appId ?? '',
        signingKey: config.confirmation.signingKey,
        texts: { ...config.texts, ...config.support },
        clearedCard: (locale) => clearedPassCard(locale, demo ? t(locale, 'demo.notice') : ''),
        log,
        now,
      })
    : undefined;
  afterReset?.after.cards.start();
  const service = new ResetService({
    engine,
    signer: new TokenSigner(config.confirmation.signingKey, config.confirmation.ttlSeconds, now),
    nonces: state.nonces,
    pending: state.pending<NewestCard>('newestCard'),
    sink: fanOut(
      [createAuditSink(log), telemetrySink, ...(tickets ? [tickets.sink] : []), ...(afterReset?.sink ? [afterReset.sink] : []), ...(ports.events ?? [])],
      log,
    ),
    canDelete: (m) => canDelete(m.kind),
    label: (m, locale) => describeMethod(m, locale).label,
    log,
    demo,
    graphRequestsPerMinute: config.tuning.graphTurnsPerUserPerMinute,
    methodCacheMs: config.tuning.methodListCacheMs,
    stateTimeoutMs: ports.stateTimeoutMs,
    guards,
    reRegistrationUnenforced: () => preflight?.reRegistrationUnenforced ?? false,
    now,
  });
  // Helpdesk mode needs the Graph client itself (directory calls); an injected `api` has none, so it stays off.
  const helpdesk = graphClient
    ? createHelpdesk({
        config: config.helpdesk,
        graph: graphClient.client,
        graphEndpoint: graphClient.endpoint,
        state,
        adapter,
        botAppId: config.bot?.appId ?? '',
        audience: config.bot?.endpoints.ToChannelFromBotOAuthScope,
        log,
        demoDirectory: simulator?.directory,
        now,
      })
    : undefined;
  const bot = new MfaResetBot(
    {
      service,
      understand: ports.understand ?? understand,
      demo,
      ttlSeconds: config.confirmation.ttlSeconds,
      texts: { ...config.texts, ...config.support },
      demoNotice: new DemoNotice(),
      log,
      now,
      helpdesk,
      tickets,
      preflight,
      after: afterReset?.after,
    },
    { demo, allowedTenantIds: config.allowedTenantIds },
  );
  const http = createServer({ adapter, bot, log, maxBodyBytes: config.limits.maxBodyBytes });

  return {
    http,
    simulator,
    tokens,
    state,
    tickets,
    preflight,
    after: afterReset?.after,
    async close(graceMs = 10_000) {
      const result = await http.shutdown(graceMs);
      tickets?.worker.stop();
      afterReset?.after.cards.stop();
      await simulator?.close();
      if (ownState) await state.close();
      return result;
    },
  };
}
