import { randomUUID } from 'node:crypto';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { createAdapter } from './adapter.js';
import { MfaResetBot } from './bot/bot.js';
import { ConfirmationSigner, UsedNonces } from './bot/confirmation.js';
import type { Intent } from './understanding/legacy-intent.js';
import { recognize } from './understanding/legacy.js';
import type { Config } from './config.js';
import { createGraphClient } from './graph/client.js';
import { canDelete, createAuthMethodsApi } from './graph/methods.js';
import { createMsalTokenProvider, type TokenProvider } from './graph/token.js';
import type { Logger } from './logger.js';
import { ResetEngine, type EngineOptions } from './reset/engine.js';
import type { AuthMethodsApi } from './reset/types.js';
import { createServer, type BotServer } from './server.js';
import { SimulatedTenant, startSimulator, type RunningSimulator } from './simulator/index.js';

/** Seams for tests and benchmarks; production passes none of these. */
export interface AppOverrides {
  /** Replace the Bot Framework authentication (e.g. a local OpenID metadata for JWT tests). */
  readonly botAuth?: BotFrameworkAuthentication;
  /** Use this Graph implementation instead of the HTTP one (rarely: tests prefer the simulator). */
  readonly api?: AuthMethodsApi;
  /** Send token requests here instead of the cloud (production wiring against a local fake). */
  readonly tokenEndpoint?: string;
  /** Graph origin override that may be http:// (a local fake). */
  readonly graphEndpoint?: string;
  readonly engine?: Partial<EngineOptions>;
  readonly graphRetry?: { readonly baseDelaySeconds?: number; readonly maxRetries?: number; readonly maxRetryWaitMs?: number };
  /** Demo mode: use this simulated tenant (tests inject faults into it). */
  readonly tenant?: SimulatedTenant;
  readonly recognize?: (text: string) => Intent;
  readonly now?: () => number;
}

export interface App {
  readonly http: BotServer;
  readonly simulator: RunningSimulator | undefined;
  readonly tokens: TokenProvider | undefined;
  readonly nonces: UsedNonces;
  /** Stop accepting, let in-flight turns finish (bounded), close the simulator. */
  close(graceMs?: number): Promise<{ drained: boolean }>;
}

/** Wire the whole bot: Graph (real or simulated) → reset engine → conversation → HTTP server. */
export async function buildApp(config: Config, log: Logger, o: AppOverrides = {}): Promise<App> {
  let simulator: RunningSimulator | undefined;
  let tokens: TokenProvider | undefined;
  let api = o.api;

  if (!api) {
    let graphEndpoint: string;
    if (config.graph) {
      graphEndpoint = o.graphEndpoint ?? config.graph.graphEndpoint;
      tokens = createMsalTokenProvider({ ...config.graph, graphEndpoint, tokenEndpointOverride: o.tokenEndpoint }, log);
    } else {
      // Demo mode: the embedded simulated tenant, behind the very same MSAL + Graph client code.
      const credentials = { clientId: randomUUID(), clientSecret: randomUUID() };
      simulator = await startSimulator({
        tenant:
          o.tenant ??
          new SimulatedTenant({ consistencyDelayMs: config.simulator.consistencyDelayMs }),
        latencyMs: config.simulator.latencyMs,
        credentials,
      });
      graphEndpoint = simulator.url;
      tokens = createMsalTokenProvider(
        {
          tenantId: simulator.tenant.tenantId,
          clientId: credentials.clientId,
          credential: { kind: 'secret', clientSecret: credentials.clientSecret },
          authorityHost: 'https://login.microsoftonline.com',
          graphEndpoint,
          tokenEndpointOverride: simulator.tokenEndpoint,
        },
        log,
      );
    }
    const client = createGraphClient({
      endpoint: graphEndpoint,
      tokens,
      requestTimeoutMs: config.limits.graphRequestTimeoutMs,
      retryBaseDelaySeconds: o.graphRetry?.baseDelaySeconds,
      maxRetries: o.graphRetry?.maxRetries,
      maxRetryWaitMs: o.graphRetry?.maxRetryWaitMs,
    });
    api = createAuthMethodsApi(client, graphEndpoint);
  }

  const engine = new ResetEngine(api, { resetTimeoutMs: config.limits.resetTimeoutMs, ...o.engine });
  const nonces = new UsedNonces(100_000, o.now);
  const bot = new MfaResetBot({
    engine,
    recognize: o.recognize ?? recognize,
    signer: new ConfirmationSigner(config.confirmation.signingKey, config.confirmation.ttlSeconds, o.now),
    nonces,
    canDelete: (m) => canDelete(m.kind),
    policy: { demo: config.mode === 'demo', allowedTenantIds: config.allowedTenantIds },
    texts: config.texts,
    ttlSeconds: config.confirmation.ttlSeconds,
    log,
  });
  const adapter = createAdapter(config, log, o.botAuth);
  const http = createServer({ adapter, bot, log, maxBodyBytes: config.limits.maxBodyBytes });

  return {
    http,
    simulator,
    tokens,
    nonces,
    async close(graceMs = 10_000) {
      const result = await http.shutdown(graceMs);
      await simulator?.close();
      return result;
    },
  };
}
