import { randomUUID } from 'node:crypto';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../src/graph/client.js';
import { createDirectoryApi } from '../../src/graph/directory.js';
import { createMsalTokenProvider } from '../../src/graph/token.js';
import type { DirectoryApi } from '../../src/helpdesk/ports.js';
import { createLogger } from '../../src/logger.js';
import { SimulatedDirectory, SimulatedTenant, startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { LogCapture } from './logs.js';

export interface DirectoryRig {
  readonly sim: RunningSimulator;
  readonly directory: SimulatedDirectory;
  readonly api: DirectoryApi;
  /** The Graph client behind `api` (production middleware chain, pointed at the simulator). */
  readonly client: Client;
  /** GET/POST straight to the simulator with the rig's token, for checking Graph's own rules. */
  raw(path: string, init?: { method?: string; headers?: Record<string, string>; body?: unknown }): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** The production directory path (msal-node → Graph client → HTTP) against the simulator. */
export async function startDirectoryRig(opts: { grantedRoles?: string[]; directory?: SimulatedDirectory } = {}): Promise<DirectoryRig> {
  const clientId = randomUUID();
  const secret = `secret-${randomUUID()}`;
  const tenant = new SimulatedTenant();
  const directory = opts.directory ?? new SimulatedDirectory();
  const sim = await startSimulator({
    tenant,
    directory,
    credentials: { clientId, clientSecret: secret },
    ...(opts.grantedRoles ? { grantedRoles: opts.grantedRoles } : {}),
  });
  const tokens = createMsalTokenProvider(
    {
      tenantId: tenant.tenantId,
      clientId,
      credential: { kind: 'secret', clientSecret: secret },
      authorityHost: 'https://login.microsoftonline.com',
      graphEndpoint: sim.url,
      tokenEndpointOverride: sim.tokenEndpoint,
    },
    createLogger('warn', new LogCapture()),
  );
  // 30 s per request: a hang bound, not a speed check (5 s flipped for 50 concurrent submissions on a contended host).
  const client = createGraphClient({ endpoint: sim.url, tokens, requestTimeoutMs: 30_000, retryBaseDelaySeconds: 0.01, maxRetries: 1 });
  return {
    sim,
    directory,
    api: createDirectoryApi(client, sim.url),
    client,
    async raw(path, init = {}) {
      const res = await fetch(`${sim.url}${path}`, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${await tokens.getToken()}`, 'content-type': 'application/json', ...init.headers },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
    },
    close: () => sim.close(),
  };
}
