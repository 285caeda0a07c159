import { randomUUID } from 'node:crypto';
import { createGraphClient } from '../../src/graph/client.js';
import { createAuthMethodsApi } from '../../src/graph/methods.js';
import { createMsalTokenProvider, type TokenProvider } from '../../src/graph/token.js';
import { createLogger } from '../../src/logger.js';
import { ResetEngine, type EngineOptions } from '../../src/reset/engine.js';
import type { AuthMethodsApi } from '../../src/reset/types.js';
import { SimulatedTenant, startSimulator, type RunningSimulator, type SimulatorOptions } from '../../src/simulator/index.js';
import { LogCapture } from './logs.js';

export interface GraphRig {
  readonly sim: RunningSimulator;
  readonly tenant: SimulatedTenant;
  readonly tokens: TokenProvider;
  readonly api: AuthMethodsApi;
  readonly engine: ResetEngine;
  readonly logs: LogCapture;
  readonly secret: string;
  close(): Promise<void>;
}

/**
 * The production Graph path (msal-node client credentials → Graph client v3 with retry →
 * HTTP) pointed at the simulator on 127.0.0.1.
 */
export async function startGraphRig(
  opts: { sim?: SimulatorOptions; engine?: Partial<EngineOptions>; requestTimeoutMs?: number; tenant?: SimulatedTenant; maxRetries?: number } = {},
): Promise<GraphRig> {
  const clientId = randomUUID();
  const secret = `secret-${randomUUID()}`;
  const tenant = opts.tenant ?? new SimulatedTenant();
  const sim = await startSimulator({ tenant, credentials: { clientId, clientSecret: secret }, ...opts.sim });
  const logs = new LogCapture();
  const log = createLogger('debug', logs);
  const tokens = createMsalTokenProvider(
    {
      tenantId: tenant.tenantId,
      clientId,
      credential: { kind: 'secret', clientSecret: secret },
      authorityHost: 'https://login.microsoftonline.com',
      graphEndpoint: sim.url,
      tokenEndpointOverride: sim.tokenEndpoint,
    },
    log,
  );
  const client = createGraphClient({
    endpoint: sim.url,
    tokens,
    requestTimeoutMs: opts.requestTimeoutMs ?? 5000,
    retryBaseDelaySeconds: 0.01,
    maxRetries: opts.maxRetries ?? 3,
    maxRetryWaitMs: 2000,
  });
  const api = createAuthMethodsApi(client, sim.url);
  const engine = new ResetEngine(api, { resetTimeoutMs: 20_000, verifyBaseDelayMs: 10, ...opts.engine });
  return { sim, tenant, tokens, api, engine, logs, secret, close: () => sim.close() };
}
