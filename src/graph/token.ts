import { ConfidentialClientApplication, LogLevel, type Configuration } from '@azure/msal-node';
import type { Logger } from '../logger.js';
import type { GraphCredential } from '../config.js';

/** Something that hands out a bearer token for Graph. */
export interface TokenProvider {
  getToken(): Promise<string>;
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
 * Client-credentials tokens from msal-node. MSAL keeps the token in its in-memory cache and
 * refreshes it shortly before expiry, so this costs one token request per hour, not per reset.
 */
export function createMsalTokenProvider(opts: MsalTokenOptions, log: Logger): TokenProvider {
  const authority = `${opts.authorityHost}/${opts.tenantId}`;
  const auth: Configuration['auth'] = {
    clientId: opts.clientId,
    authority,
    ...(opts.credential.kind === 'secret'
      ? { clientSecret: opts.credential.clientSecret }
      : {
          clientCertificate: {
            thumbprintSha256: opts.credential.thumbprintSha256,
            privateKey: opts.credential.privateKey,
            x5c: opts.credential.x5c,
          },
        }),
    ...(opts.tokenEndpointOverride ? { authorityMetadata: authorityMetadata(authority, opts.tokenEndpointOverride) } : {}),
  };
  const app = new ConfidentialClientApplication({
    auth,
    system: {
      loggerOptions: {
        piiLoggingEnabled: false,
        // MSAL warns about routine things (e.g. "No client info" on client credentials); only
        // its errors are worth an operator's attention.
        logLevel: LogLevel.Error,
        loggerCallback: (_level, message) => log.warn({ msal: message }, 'msal error'),
      },
    },
  });
  const scopes = [`${opts.graphEndpoint}/.default`];
  return {
    async getToken() {
      const result = await app.acquireTokenByClientCredential({ scopes });
      if (!result?.accessToken) throw new Error('MSAL returned no access token');
      return result.accessToken;
    },
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
