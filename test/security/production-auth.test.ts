import { randomUUID } from 'node:crypto';
// botbuilder's process-wide list of "Emulator" issuers: its probe adds every unverified token's `tid`.
import { ToBotFromBotOrEmulatorTokenValidationParameters } from 'botframework-connector/lib/auth/tokenValidationParameters.js';
import type { Activity } from 'botbuilder';
import {
  BotFrameworkAuthentication,
  ClaimsIdentity,
  type AuthenticateRequestResult,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StrictAuthentication } from '../../src/auth.js';
import { Chat } from '../helpers/bot.js';
import { ChannelAuthority } from '../helpers/channel.js';
import { APP_ID, TENANT_ID, startProductionBot, type ProductionBot } from '../helpers/production.js';

/**
 * The production authentication exactly as the app builds it from its configuration: no
 * `botAuth` injected, botbuilder's ConfigurationBotFrameworkAuthentication made by
 * src/adapter.ts from MicrosoftAppId / MicrosoftAppPassword and the channel's endpoint keys,
 * which point at a local OpenID metadata + JWKS. Issue 17: every other in-process token test
 * injected its own authentication, so building it without credentials (anonymous: botbuilder
 * then accepts any request) went unnoticed.
 */
describe('production authentication built from the configuration (no injected botAuth)', () => {
  let p: ProductionBot;
  beforeAll(async () => {
    p = await startProductionBot({ channelAuth: 'configured' });
  });
  afterAll(async () => p.stop());

  const user = () => new Chat(p.bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID });
  /** Graph requests for this user: a turn that ran lists their methods. */
  const graphFor = (userId: string) => p.sim.stats.requests.filter((r) => r.path.includes(userId)).length;

  it('accepts a token signed by the channel’s published key: the turn runs', async () => {
    const chat = user();
    p.sim.tenant.provision(chat.spec.aadObjectId!, []);
    const a = chat.activity({ text: 'reset my MFA' });
    const res = await p.bot.post(a, { authorization: `Bearer ${await p.token(a)}` });
    expect(res.status).toBe(200);
    expect(graphFor(chat.spec.aadObjectId!)).toBeGreaterThan(0);
  });

  it('rejects no token, a garbage token, a forged signature, another audience, an expired token and another issuer', async () => {
    for (const spoil of [
      undefined,
      'garbage',
      { key: 'rogue' },
      { audience: randomUUID() },
      { expiresIn: -3600 },
      { issuer: 'https://evil.example' },
    ] as const) {
      const chat = user();
      const a = chat.activity({ text: 'reset my MFA' });
      const authorization =
        spoil === undefined ? undefined : spoil === 'garbage' ? 'Bearer not-a-jwt' : `Bearer ${await p.token(a, spoil as Record<string, unknown>)}`;
      const res = await p.bot.post(a, authorization === undefined ? {} : { authorization });
      expect({ spoil, status: res.status, body: res.body }).toEqual({ spoil, status: 401, body: JSON.stringify({ error: 'Unauthorized' }) });
      expect(graphFor(chat.spec.aadObjectId!)).toBe(0);
    }
  });

  it('rejects an Entra ("Emulator") token before botbuilder sees it: its issuer list does not grow with the token’s tenant', async () => {
    const issuers = ToBotFromBotOrEmulatorTokenValidationParameters.issuer as string[];
    const before = issuers.length;
    const tid = randomUUID();
    const chat = user();
    const a = chat.activity({ text: 'reset my MFA' });
    const token = await p.token(a, {
      key: 'emulator',
      issuer: `https://sts.windows.net/${tid}/`,
      audience: APP_ID,
      claims: { ver: '1.0', appid: APP_ID, tid },
    });
    const res = await p.bot.post(a, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(graphFor(chat.spec.aadObjectId!)).toBe(0);
    expect(issuers.filter((i) => i.includes(tid))).toEqual([]);
    expect(issuers.length).toBe(before);
  });
});

/**
 * The second issuer check, on what the inner authentication verified. With botbuilder's own
 * verification behind the first (unverified) check the two agree, so it is proven here on its own:
 * whatever an inner authentication accepts (a future botbuilder, another validation path), only a
 * channel-issued identity gets a turn.
 */
describe('StrictAuthentication checks the verified issuer too', () => {
  class AcceptsAnything extends BotFrameworkAuthentication {
    constructor(private readonly iss: string) {
      super();
    }
    override authenticateRequest(activity: Activity): Promise<AuthenticateRequestResult> {
      const claims = [
        { type: 'iss', value: this.iss },
        { type: 'aud', value: APP_ID },
        { type: 'serviceurl', value: String(activity.serviceUrl) },
      ];
      return Promise.resolve({ claimsIdentity: new ClaimsIdentity(claims, true), audience: APP_ID, callerId: '' });
    }
    authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
      throw new Error('not used');
    }
    createConnectorFactory(): ConnectorFactory {
      throw new Error('not used');
    }
    createUserTokenClient(): Promise<UserTokenClient> {
      throw new Error('not used');
    }
  }
  let authority: ChannelAuthority;
  beforeAll(async () => {
    authority = await new ChannelAuthority(APP_ID).start();
  });
  afterAll(async () => authority.stop());

  const serviceUrl = 'http://127.0.0.1:9/';
  const activity = { type: 'message', channelId: 'msteams', serviceUrl } as Activity;

  it('refuses an identity verified with another issuer, though the token claims the channel’s', async () => {
    const header = `Bearer ${await authority.sign({ serviceUrl })}`;
    const strict = new StrictAuthentication(new AcceptsAnything(`https://sts.windows.net/${randomUUID()}/`), { production: true });
    await expect(strict.authenticateRequest(activity, header)).rejects.toMatchObject({ statusCode: 401 });
    // The same token, verified as the channel's, passes: the refusal above is the issuer's.
    const channel = new StrictAuthentication(new AcceptsAnything('https://api.botframework.com'), { production: true });
    await expect(channel.authenticateRequest(activity, header)).resolves.toMatchObject({ audience: APP_ID });
  });
});
