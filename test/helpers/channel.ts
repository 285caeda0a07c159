import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  ServiceClientCredentialsFactory,
  TokenCredentials,
  type BotFrameworkAuthentication,
  type ServiceClientCredentials,
} from 'botframework-connector';
import { SignJWT } from 'jose';

/** The issuer the Bot Connector service puts in the tokens it sends to bots. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface ChannelTokenOptions {
  readonly serviceUrl: string;
  readonly audience?: string;
  readonly issuer?: string;
  /** Seconds from now; negative for an expired token. */
  readonly expiresIn?: number;
  /** Sign with a key the metadata does not publish (under the published kid). */
  readonly rogueKey?: boolean;
}

/**
 * A local stand-in for the Bot Connector's token authority (reference/teams-bot.md §1, "offline
 * auth harness"): an OpenID metadata document and a JWKS whose key is endorsed for msteams only,
 * a signer for channel tokens, and the botbuilder authentication wired to both. Outbound calls
 * carry `outboundToken`, so a test can see that replies are authenticated.
 */
export class ChannelAuthority {
  readonly outboundToken = `outbound-${randomUUID()}`;
  private readonly kid = `key-${randomUUID()}`;
  private readonly key: KeyObject;
  private readonly rogue: KeyObject;
  private server: Server | undefined;
  url = '';

  constructor(readonly appId: string) {
    this.key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    this.rogue = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  }

  async start(): Promise<this> {
    const jwk = { ...this.key.export({ format: 'jwk' }) };
    const published = { kty: 'RSA', n: jwk.n, e: jwk.e, kid: this.kid, use: 'sig', endorsements: ['msteams'] };
    this.server = createServer((req, res) => {
      const body =
        req.url === '/openid'
          ? { issuer: CHANNEL_ISSUER, jwks_uri: `${this.url}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
          : req.url === '/keys'
            ? { keys: [published] }
            : req.url === '/emulator/openid'
              ? { issuer: 'https://login.microsoftonline.com/emulator', jwks_uri: `${this.url}/emulator/keys` }
              : req.url === '/emulator/keys'
                ? { keys: [] }
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
    return new SignJWT({ serviceurl: opts.serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .setIssuer(opts.issuer ?? CHANNEL_ISSUER)
      .setAudience(opts.audience ?? this.appId)
      .setIssuedAt(Math.min(now, exp - 60))
      .setNotBefore(Math.min(now, exp - 60))
      .setExpirationTime(exp)
      .sign(opts.rogueKey ? this.rogue : this.key);
  }
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
