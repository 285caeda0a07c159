import type { Activity } from 'botbuilder';
import {
  AuthenticationError,
  BotFrameworkAuthentication,
  ConnectorFactory,
  AuthenticationConstants,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';

/** The issuer of the tokens the public cloud's Bot Connector service sends to bots. */
const CHANNEL_TOKEN_ISSUER = 'https://api.botframework.com';

const JWT_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * botbuilder's inbound authentication, with two gaps closed:
 *
 * - jsonwebtoken's own errors (a bad signature, a malformed token) escape botframework-connector
 *   and CloudAdapter answers them with 500. A forged token is an authentication failure: 401.
 *   Other errors (the OpenID metadata unreachable, say) stay 500, so an outage is not an attack.
 * - botframework-connector also accepts "Emulator" tokens: an Entra token from any tenant whose
 *   appid/azp is this bot's app id (audience the bot itself), whatever the activity's channel.
 *   Teams never sends those. In production every request must carry a Bot Connector token, so a
 *   token merely issued *to* the bot's app (by whoever holds its secret, or to a user if someone
 *   enables public-client flows or redirect URIs on the registration) cannot speak for a user.
 *   (Production serves Teams only; use demo mode for the Emulator.)
 */
export class StrictAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly opts: {
      readonly production: boolean;
      /** The channel's token issuer in this cloud (ToBotFromChannelTokenIssuer). */
      readonly issuer?: string;
    },
  ) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    // Before botbuilder sees it: its "is this an Emulator token?" probe adds every unverified
    // token's `tid` to a process-wide issuer list, so junk tokens would grow it without bound.
    const issuer = this.opts.issuer ?? CHANNEL_TOKEN_ISSUER;
    if (this.opts.production && unverifiedIssuer(authHeader) !== issuer) {
      throw new AuthenticationError('Unauthorized. Not a channel token.', 401);
    }
    const result = await asAuthFailure(this.inner.authenticateRequest(activity, authHeader));
    if (this.opts.production) {
      if (result.claimsIdentity.getClaimValue('iss') !== issuer) throw new AuthenticationError('Unauthorized. Not a channel token.', 401);
      // botbuilder compares the token's serviceurl claim only when the activity has a serviceUrl,
      // so a captured token would otherwise speak for an activity without one (issue 10, item 4).
      const claimed = result.claimsIdentity.getClaimValue(AuthenticationConstants.ServiceUrlClaim);
      if (!activity.serviceUrl || claimed !== activity.serviceUrl) {
        throw new AuthenticationError('Unauthorized. The token is not bound to this serviceUrl.', 401);
      }
    }
    // CloudAdapter takes the turn's connector from this factory, not from createConnectorFactory.
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: new CachingConnectorFactory(factory, this.connectors, appIdOf(result.claimsIdentity)) } : result;
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return asAuthFailure(this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return asAuthFailure(this.inner.authenticateChannelRequest(authHeader));
  }

  /**
   * CloudAdapter asks for a connector client and a user-token client on every turn, and botbuilder
   * builds each from scratch: a new HTTP pipeline and credentials, about a fifth of a simple
   * turn's CPU (measured with `npm run bench`). Both are safe to share across turns (requests
   * are independent, the credentials cache their own token), so they are kept per bot app id,
   * service URL and audience, in small bounded caches.
   */
  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    return new CachingConnectorFactory(this.inner.createConnectorFactory(claimsIdentity), this.connectors, appId);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return cached(this.userTokenClients, appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }
}

class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly cache: Map<string, Promise<ConnectorClient>>,
    private readonly appId: string,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return cached(this.cache, `${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () => this.inner.create(serviceUrl, audience));
  }
}

/** Teams uses a handful of service URLs; beyond this many, the least recently used is dropped. */
const MAX_CACHED_CLIENTS = 64;

/** A shared promise per key; a failed one is forgotten, so the next turn tries again. */
function cached<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) {
    // Least recently used goes first: move a hit to the end.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const made = make();
  cache.set(key, made);
  made.catch(() => {
    if (cache.get(key) === made) cache.delete(key);
  });
  if (cache.size > MAX_CACHED_CLIENTS) cache.delete(cache.keys().next().value as string);
  return made;
}

/** The app id botbuilder builds the clients' credentials for (its own rule: audience, else appid). */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  // Stryker disable next-line StringLiteral: any constant key serves an identity without an app id (anonymous, demo mode)
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** The `iss` a bearer token claims, unverified (verification is botbuilder's job). */
function unverifiedIssuer(authHeader: string): string | undefined {
  const payload = /^Bearer [\w-]+\.([\w-]+)\.[\w-]*$/.exec(authHeader.trim())?.[1];
  // Stryker disable next-line ConditionalExpression: without it Buffer.from(undefined) throws and the catch below answers undefined all the same
  if (!payload) return undefined;
  // Stryker disable BlockStatement: an emptied catch returns undefined too (this also skips the emptied try block, which the tests do catch)
  try {
    const iss: unknown = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown }).iss;
    // Stryker disable next-line ConditionalExpression: a non-string iss never equals the (string) channel issuer it is compared with
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return undefined;
  }
}

// Stryker restore BlockStatement
async function asAuthFailure<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof Error && JWT_ERRORS.has(err.name)) throw new AuthenticationError('Unauthorized. Invalid token.', 401);
    throw err;
  }
}
