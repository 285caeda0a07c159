import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { AuthMethodsApi } from '../reset/types.js';
import { SimulatedTenant, startSimulator, type RunningSimulator } from '../simulator/index.js';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from './client.js';
import { createAuthMethodsApi } from './methods.js';
import { createMsalTokenProvider, type TokenProvider } from './token.js';

/** Where Graph is and how to get a token for it; production, demo and the bench all end here. */
export interface GraphTarget {
  readonly graphEndpoint: string;
  readonly tenantId: string;
  readonly clientId: string;
  readonly credential: Parameters<typeof createMsalTokenProvider>[0]['credential'];
  readonly authorityHost: string;
  /** A local token endpoint (the simulator, or a fake in tests). */
  readonly tokenEndpoint?: string | undefined;
}

export interface GraphRetry {
  readonly baseDelaySeconds?: number;
  readonly maxRetries?: number;
  readonly maxRetryWaitMs?: number;
}

/** The one way to build the Graph port: MSAL client credentials + the Graph client + the methods API. */
export function createGraphApi(
  target: GraphTarget,
  log: Logger,
  opts: { requestTimeoutMs: number; retry?: GraphRetry | undefined },
): { api: AuthMethodsApi; tokens: TokenProvider; client: Client } {
  const tokens = createMsalTokenProvider(
    {
      tenantId: target.tenantId,
      clientId: target.clientId,
      credential: target.credential,
      authorityHost: target.authorityHost,
      graphEndpoint: target.graphEndpoint,
      tokenEndpointOverride: target.tokenEndpoint,
    },
    log,
  );
  const client = createGraphClient({
    endpoint: target.graphEndpoint,
    tokens,
    requestTimeoutMs: opts.requestTimeoutMs,
    retryBaseDelaySeconds: opts.retry?.baseDelaySeconds,
    maxRetries: opts.retry?.maxRetries,
    maxRetryWaitMs: opts.retry?.maxRetryWaitMs,
  });
  // The client too: helpdesk mode's directory calls share its token cache and middleware.
  return { api: createAuthMethodsApi(client, target.graphEndpoint), tokens, client };
}

/** Demo mode: the embedded simulated tenant, reached through the very same MSAL + Graph code. */
export async function startDemoGraph(config: Config, tenant?: SimulatedTenant): Promise<{ simulator: RunningSimulator; target: GraphTarget }> {
  const credentials = { clientId: randomUUID(), clientSecret: randomUUID() };
  const simulator = await startSimulator({
    tenant: tenant ?? new SimulatedTenant({ consistencyDelayMs: config.simulator.consistencyDelayMs }),
    latencyMs: config.simulator.latencyMs,
    credentials,
  });
  return { simulator, target: simulatorTarget(simulator.url, simulator.tokenEndpoint, simulator.tenant.tenantId, credentials) };
}

/** A simulator (embedded or in another process) as a Graph target. */
export function simulatorTarget(url: string, tokenEndpoint: string | undefined, tenantId: string, c: { clientId: string; clientSecret: string }): GraphTarget {
  return {
    graphEndpoint: url,
    tenantId,
    clientId: c.clientId,
    credential: { kind: 'secret', clientSecret: c.clientSecret },
    authorityHost: 'https://login.microsoftonline.com',
    tokenEndpoint,
  };
}
