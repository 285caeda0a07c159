import {
  ConfidentialClientApplication,
  LogLevel,
  ManagedIdentityApplication,
  type AuthenticationResult,
  type Configuration,
  type NodeSystemOptions,
} from '@azure/msal-node';
import type { Logger } from '../logger.js';
import type { GraphCredential } from '../config.js';

/** Something that hands out a bearer token for Graph. */
export interface TokenProvider {
  /** `fresh`: bypass the cache (Graph rejected the cached token, e.g. it was revoked). */
  getToken(opts?: { readonly fresh?: boolean }): Promise<string>;
}

export interface MsalTokenOptions {
  readonly tenantId: string;
  readonly clientId: string;
  readonly credential: GraphCredential;
  readonly authorityHost: string;
  readonly graphEndpoint: string;
  /**
   * Send the token request to this URL instead of the cloud's endpoint. Used for the embedded
   * simulator (demo mode, tests): MSAL refuses http:// authorities, but accepts authority
   * metadata whose token endpoint is local.
   */
  readonly tokenEndpointOverride?: string | undefined;
}

/**
 * Client-credentials tokens from msal-node. The token is reused until 5 minutes before expiry
 * (as MSAL's own cache does), so this costs one token request per hour, not per reset.
 */
export function createMsalTokenProvider(opts: MsalTokenOptions, log: Logger): TokenProvider {
  const system: NodeSystemOptions = {
    loggerOptions: {
      piiLoggingEnabled: false,
      // MSAL warns about routine things (e.g. "No client info" on client credentials); only
      // its errors are worth an operator's attention.
      logLevel: LogLevel.Error,
      loggerCallback: (_level, message) => log.warn({ msal: message }, 'msal error'),
    },
  };
  let request: (skipCache: boolean) => Promise<AuthenticationResult | null>;
  if (opts.credential.kind === 'managedIdentity') {
    // msal-node picks the source from the environment (App Service: IDENTITY_ENDPOINT and
    // IDENTITY_HEADER; otherwise IMDS). The resource is Graph's origin, not a scope.
    const mi = new ManagedIdentityApplication({ managedIdentityIdParams: { userAssignedClientId: opts.credential.userAssignedClientId }, system });
    request = (skipCache) => mi.acquireToken({ resource: opts.graphEndpoint, forceRefresh: skipCache });
  } else {
    const app = new ConfidentialClientApplication({ auth: confidentialAuth(opts, opts.credential), system });
    const scopes = [`${opts.graphEndpoint}/.default`];
    request = (skipCache) => app.acquireTokenByClientCredential({ scopes, skipCache });
  }
  // MSAL's cache lookup costs ~0.2 ms of CPU per call (as much as a whole echo turn; see
  // bench/), so the token is held here until MSAL would renew it anyway, and concurrent callers
  // share one acquisition instead of each asking the token endpoint.
  let held: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;
  let pendingFresh: Promise<string> | undefined;
  const acquire = async (skipCache: boolean): Promise<string> => {
    const result = await request(skipCache).catch((err: unknown) => {
      // The token endpoint refused the app's secret or certificate (OAuth error codes, not prose):
      // a configuration fault the operator must fix, named so the Graph client maps it to a 401.
      const code = (err as { errorCode?: unknown } | null)?.errorCode;
      if (code === 'invalid_client' || code === 'unauthorized_client')
        throw Object.assign(new Error(`token endpoint: ${code}`), { name: CREDENTIALS_REJECTED });
      throw err;
    });
    if (!result?.accessToken) throw new Error('MSAL returned no access token');
    held = { token: result.accessToken, renewAt: renewAt(result.expiresOn, result.refreshOn) };
    return result.accessToken;
  };
  return {
    getToken(o) {
      if (o?.fresh) {
        held = undefined;
        pendingFresh ??= acquire(true).finally(() => {
          pendingFresh = undefined;
        });
        return pendingFresh;
      }
      if (held && Date.now() < held.renewAt) return Promise.resolve(held.token);
      pending ??= acquire(false).finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}

/** The name of the error a rejected client secret or certificate is thrown as (see toGraphCallError). */
export const CREDENTIALS_REJECTED = 'CredentialsRejected';

/** MSAL's own rule: renew 5 minutes before expiry, or at the server's refresh_in hint if sooner. */
const RENEW_BEFORE_EXPIRY_MS = 5 * 60_000;

function renewAt(expiresOn: Date | null, refreshOn: Date | undefined): number {
  if (!expiresOn) return 0;
  const byExpiry = expiresOn.getTime() - RENEW_BEFORE_EXPIRY_MS;
  return refreshOn ? Math.min(byExpiry, refreshOn.getTime()) : byExpiry;
}

function confidentialAuth(opts: MsalTokenOptions, credential: Exclude<GraphCredential, { kind: 'managedIdentity' }>): Configuration['auth'] {
  const authority = `${opts.authorityHost}/${opts.tenantId}`;
  return {
    clientId: opts.clientId,
    authority,
    ...(credential.kind === 'secret'
      ? { clientSecret: credential.clientSecret }
      : { clientCertificate: { thumbprintSha256: credential.thumbprintSha256, privateKey: credential.privateKey, x5c: credential.x5c } }),
    ...(opts.tokenEndpointOverride ? { authorityMetadata: authorityMetadata(authority, opts.tokenEndpointOverride) } : {}),
  };
}

function authorityMetadata(authority: string, tokenEndpoint: string): string {
  return JSON.stringify({
    token_endpoint: tokenEndpoint,
    issuer: `${authority}/v2.0`,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
  });
}
