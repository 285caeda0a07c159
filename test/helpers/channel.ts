import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ServiceClientCredentialsFactory, TokenCredentials, type BotFrameworkAuthentication, type ServiceClientCredentials } from 'botframework-connector';
import { SignJWT } from 'jose';

/** The issuer the Bot Connector service puts in the tokens it sends to bots. */
const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface ChannelTokenOptions {
  readonly serviceUrl: string;
  readonly audience?: string;
  readonly issuer?: string;
  /** Seconds from now; negative for an expired token. */
  readonly expiresIn?: number;
  /**
   * Which key signs: the channel key endorsed for msteams (default), one endorsed for webchat and
   * directline, a key nobody published (under the Teams key's kid), or an Entra-style key from the
   * "Emulator" metadata (botbuilder accepts those tokens too, see src/auth.ts).
   */
  readonly key?: 'teams' | 'web' | 'rogue' | 'emulator';
  /** Extra claims (e.g. an Emulator token's `ver`, `appid`, `tid`). */
  readonly claims?: Record<string, unknown>;
}

/**
 * A local stand-in for the Bot Connector's token authority (reference/teams-bot.md §1, "offline
 * auth harness"): an OpenID metadata document and a JWKS whose key is endorsed for msteams only,
 * a signer for channel tokens, and the botbuilder authentication wired to both. Outbound calls
 * carry `outboundToken`, so a test can see that replies are authenticated.
 */
export class ChannelAuthority {
  readonly outboundToken = `outbound-${randomUUID()}`;
  private readonly keys = {
    teams: signingKey(['msteams']),
    web: signingKey(['webchat', 'directline']),
    emulator: signingKey(undefined),
  };
  private readonly rogue = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  private server: Server | undefined;
  url = '';

  constructor(readonly appId: string) {}

  async start(): Promise<this> {
    const { teams, web, emulator } = this.keys;
    this.server = createServer((req, res) => {
      const body =
        req.url === '/openid'
          ? { issuer: CHANNEL_ISSUER, jwks_uri: `${this.url}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
          : req.url === '/keys'
            ? { keys: [teams.jwk, web.jwk] }
            : req.url === '/emulator/openid'
              ? { issuer: 'https://login.microsoftonline.com/emulator', jwks_uri: `${this.url}/emulator/keys` }
              : req.url === '/emulator/keys'
                ? { keys: [emulator.jwk] }
                : undefined;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(body ? JSON.stringify(body) : undefined);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** The same endpoints as the app's environment (botbuilder's own keys; http:// is allowed for loopback). */
  endpointEnv(): Record<string, string> {
    return {
      ToBotFromChannelOpenIdMetadataUrl: `${this.url}/openid`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${this.url}/emulator/openid`,
      ToChannelFromBotLoginUrl: `${this.url}/login`,
      OAuthUrl: `${this.url}/oauth`,
    };
  }

  /** botbuilder's own configuration-driven authentication, every parameterized key set locally. */
  authentication(): BotFrameworkAuthentication {
    return new ConfigurationBotFrameworkAuthentication(
      {
        MicrosoftAppId: this.appId,
        ToChannelFromBotLoginUrl: `${this.url}/login`,
        ToChannelFromBotOAuthScope: CHANNEL_ISSUER,
        ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
        OAuthUrl: `${this.url}/oauth`,
        ToBotFromChannelOpenIdMetadataUrl: `${this.url}/openid`,
        ToBotFromEmulatorOpenIdMetadataUrl: `${this.url}/emulator/openid`,
        CallerId: 'urn:botframework:azure',
        ValidateAuthority: true,
      },
      new TestCredentialsFactory(this.appId, this.outboundToken),
    );
  }

  /** A Bot Connector token for one activity (the serviceurl claim binds it to the activity). */
  sign(opts: ChannelTokenOptions): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + (opts.expiresIn ?? 3600);
    const which = opts.key ?? 'teams';
    const key = which === 'rogue' ? { kid: this.keys.teams.kid, privateKey: this.rogue } : this.keys[which];
    return new SignJWT({ serviceurl: opts.serviceUrl, ...opts.claims })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
      .setIssuer(opts.issuer ?? CHANNEL_ISSUER)
      .setAudience(opts.audience ?? this.appId)
      .setIssuedAt(Math.min(now, exp - 60))
      .setNotBefore(Math.min(now, exp - 60))
      .setExpirationTime(exp)
      .sign(key.privateKey);
  }
}

/** An RSA key and its public JWK as an OpenID metadata document publishes it. */
function signingKey(endorsements: string[] | undefined): { kid: string; privateKey: KeyObject; jwk: Record<string, unknown> } {
  const kid = `key-${randomUUID()}`;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { n, e } = publicKey.export({ format: 'jwk' });
  return { kid, privateKey, jwk: { kty: 'RSA', n, e, kid, use: 'sig', ...(endorsements ? { endorsements } : {}) } };
}

/** The bot's own outbound identity, without Entra: a fixed bearer token on every connector call. */
class TestCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(
    private readonly appId: string,
    private readonly token: string,
  ) {
    super();
  }

  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }

  async createCredentials(): Promise<ServiceClientCredentials> {
    return new TokenCredentials(this.token);
  }
}
