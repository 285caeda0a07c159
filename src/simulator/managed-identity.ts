/**
 * Azure App Service's managed-identity endpoint (api-version 2019-08-01), as msal-node's App
 * Service source calls it: `GET $IDENTITY_ENDPOINT?api-version=2019-08-01&resource=...&client_id=...`
 * with the `X-IDENTITY-HEADER: $IDENTITY_HEADER` secret. The token it issues is one the
 * simulator's Graph accepts, so a managed-identity bot runs against it end to end.
 */
import { randomUUID } from 'node:crypto';
import type { Reply } from './reply.js';
import type { TokenStore } from './token.js';

export interface ManagedIdentityConfig {
  /** The App Service secret (IDENTITY_HEADER); a request without it is refused. */
  readonly header: string;
  /** User-assigned identities attached to the "app" (their client ids). */
  readonly clientIds: readonly string[];
  /** Resources besides the simulator's Graph, e.g. the Bot Framework (https://api.botframework.com). */
  readonly extraResources?: readonly string[];
}

export interface ManagedIdentityRequest {
  readonly method: string;
  readonly query: URLSearchParams;
  readonly identityHeader: string | string[] | undefined;
  /** The resources this endpoint issues tokens for (the simulator's Graph origin). */
  readonly resources: readonly string[];
  readonly roles: readonly string[];
  readonly lifetimeSeconds: number;
  readonly now: number;
}

/** The path the simulator serves it on; IDENTITY_ENDPOINT is `${url}${MANAGED_IDENTITY_PATH}`. */
export const MANAGED_IDENTITY_PATH = '/msi/token';

export function handleManagedIdentity(req: ManagedIdentityRequest, cfg: ManagedIdentityConfig, store: TokenStore): Reply {
  const fail = (status: number, message: string): Reply => ({ status, body: { statusCode: status, message, correlationId: randomUUID() } });
  if (req.method.toUpperCase() !== 'GET') return fail(405, 'The managed identity endpoint only accepts GET.');
  if (req.identityHeader !== cfg.header) return fail(401, 'The X-IDENTITY-HEADER header is missing or wrong.');
  if (req.query.get('api-version') !== '2019-08-01') return fail(400, 'The api-version parameter must be 2019-08-01.');
  const resource = (req.query.get('resource') ?? '').replace(/\/+$/, '');
  if (![...req.resources, ...(cfg.extraResources ?? [])].includes(resource)) return fail(400, `No token can be issued for the resource '${resource}'.`);
  // Only a user-assigned identity attached to the app; no system-assigned identity here.
  const clientId = req.query.get('client_id');
  if (clientId === null || !cfg.clientIds.includes(clientId)) {
    return fail(400, 'Unable to load the proper Managed Identity: no user-assigned identity with this client_id is attached.');
  }
  const expiresOn = Math.floor(req.now / 1000) + req.lifetimeSeconds;
  return {
    status: 200,
    body: {
      access_token: store.issue(req.roles, req.lifetimeSeconds, req.now),
      expires_on: String(expiresOn),
      resource,
      token_type: 'Bearer',
      client_id: clientId,
    },
  };
}
