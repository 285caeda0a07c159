import type { Activity } from 'botbuilder';
import {
  AuthenticationError,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { StrictAuthentication } from '../../src/auth.js';

/**
 * StrictAuthentication on its own, rule by rule (issue 17, mutation group `auth`), in front of an
 * inner authentication that accepts whatever it is told to: every refusal here is the wrapper's,
 * and a rule removed from it turns a refusal into an acceptance. The same rules over HTTP with
 * botbuilder's real verification: inbound-auth.test.ts and production-auth.test.ts.
 */

const CHANNEL = 'https://api.botframework.com';
const SERVICE_URL = 'https://smba.trafficmanager.net/teams/';
const APP = '0b07ac1e-5e1f-4a5e-8bd0-3e5e7b0f0a11';

const b64url = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
/** A JWT-shaped bearer (unsigned: the inner authentication here verifies nothing). */
const bearer = (payload: unknown, signature = 'c2ln') => `Bearer ${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(payload)}.${signature}`;

/** An inner authentication that verifies nothing: it returns the claims it was given, or throws. */
class Inner extends BotFrameworkAuthentication {
  calls: string[] = [];
  constructor(private readonly behaviour: { claims?: { type: string; value: string }[]; throws?: unknown; factory?: ConnectorFactory } = {}) {
    super();
  }
  private answer(): Promise<AuthenticateRequestResult> {
    if (this.behaviour.throws !== undefined) return Promise.reject(this.behaviour.throws);
    const claimsIdentity = new ClaimsIdentity(this.behaviour.claims ?? [], true);
    return Promise.resolve({ claimsIdentity, audience: APP, callerId: '', ...(this.behaviour.factory ? { connectorFactory: this.behaviour.factory } : {}) });
  }
  override authenticateRequest(): Promise<AuthenticateRequestResult> {
    this.calls.push('request');
    return this.answer();
  }
  override authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    this.calls.push('streaming');
    return this.answer();
  }
  override async authenticateChannelRequest(): Promise<ClaimsIdentity> {
    this.calls.push('channel');
    return (await this.answer()).claimsIdentity;
  }
  override createConnectorFactory(): ConnectorFactory {
    if (!this.behaviour.factory) throw new Error('not used');
    return this.behaviour.factory;
  }
  override createUserTokenClient(): Promise<UserTokenClient> {
    throw new Error('not used');
  }
  override createBotFrameworkClient(): BotFrameworkClient {
    return botFrameworkClient;
  }
  override getOriginatingAudience(): string {
    return 'https://api.botframework.com/.default';
  }
}
const botFrameworkClient = { postActivity: () => Promise.reject(new Error('not used')) } as unknown as BotFrameworkClient;

/** What the channel's verified token says: the channel issuer, this bot, bound to `serviceUrl`. */
const channelClaims = (serviceUrl: string | null = SERVICE_URL, iss = CHANNEL) => [
  { type: 'iss', value: iss },
  { type: 'aud', value: APP },
  ...(serviceUrl === null ? [] : [{ type: 'serviceurl', value: serviceUrl }]),
];
/** A Teams message; `null`: without a serviceUrl. */
const activity = (serviceUrl: string | null = SERVICE_URL) =>
  ({ type: 'message', channelId: 'msteams', ...(serviceUrl === null ? {} : { serviceUrl }) }) as Activity;
const channelToken = bearer({ iss: CHANNEL, aud: APP, serviceurl: SERVICE_URL });

describe('StrictAuthentication: the unverified issuer, before botbuilder sees the token (production)', () => {
  it('passes a token that claims the channel issuer on to the inner authentication, and returns its result', async () => {
    const inner = new Inner({ claims: channelClaims() });
    const result = await new StrictAuthentication(inner, { production: true }).authenticateRequest(activity(), channelToken);
    expect(inner.calls).toEqual(['request']);
    expect(result.claimsIdentity.getClaimValue('iss')).toBe(CHANNEL);
    expect(result.audience).toBe(APP);
    // The inner authentication gave no connector factory: none is invented.
    expect(result.connectorFactory).toBeUndefined();
  });

  // Characters base64url writes as '-' and '_' ('>>>' and '???'), in every part of the token.
  const dashes = { iss: CHANNEL, x: '>>>???' };
  it.each([
    ['surrounding whitespace', ` ${channelToken}  `],
    ["'-' and '_' in the header, payload and signature", `Bearer ${b64url({ alg: 'RS256', kid: '>>>???' })}.${b64url(dashes)}.a-b_c`],
    ['an empty signature (verifying it is botbuilder’s job)', bearer({ iss: CHANNEL }, '')],
  ])('reads the issuer of a well-formed bearer with %s', async (_what, header) => {
    const inner = new Inner({ claims: channelClaims() });
    await expect(new StrictAuthentication(inner, { production: true }).authenticateRequest(activity(), header)).resolves.toBeDefined();
    expect(inner.calls).toEqual(['request']);
  });

  const good = channelToken.slice('Bearer '.length);
  const [h, p, s] = good.split('.') as [string, string, string];
  it.each([
    ['no header at all', ''],
    ['a bare "Bearer"', 'Bearer'],
    ['"Bearer " alone', 'Bearer '],
    ['a token without the scheme', good],
    ['another scheme', `Basic ${good}`],
    ['a lower-case scheme', `bearer ${good}`],
    ['text before the scheme', `xBearer ${good}`],
    ['two spaces after the scheme', `Bearer  ${good}`],
    ['text after the token', `Bearer ${good} x`],
    ['a fourth part', `Bearer ${good}.x`],
    ['two parts only', `Bearer ${h}.${p}`],
    ['an empty header part', `Bearer .${p}.${s}`],
    ['an empty payload', `Bearer ${h}..${s}`],
    ['base64 (not base64url) characters', `Bearer ${h}.${p}+/.${s}`],
    ['a payload that is not JSON', `Bearer ${h}.${b64url('not json')}.${s}`],
    ['a payload that is JSON but not an object', `Bearer ${h}.${b64url('"iss"')}.${s}`],
    ['no issuer', bearer({ aud: APP })],
    ['an issuer that is not a string', bearer({ iss: [CHANNEL] })],
    ['another issuer', bearer({ iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/' })],
    ['the channel issuer with a trailing slash', bearer({ iss: `${CHANNEL}/` })],
  ])('refuses %s with a 401 without asking the inner authentication', async (_what, header) => {
    const inner = new Inner({ claims: channelClaims() });
    const err = await new StrictAuthentication(inner, { production: true }).authenticateRequest(activity(), header).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ statusCode: 401, message: 'Unauthorized. Not a channel token.' });
    expect(inner.calls).toEqual([]);
  });

  it('uses the configured cloud’s channel issuer instead of the public one', async () => {
    const gov = 'https://api.botframework.us';
    const inner = new Inner({ claims: channelClaims(SERVICE_URL, gov) });
    const strict = new StrictAuthentication(inner, { production: true, issuer: gov });
    await expect(strict.authenticateRequest(activity(), bearer({ iss: gov }))).resolves.toBeDefined();
    await expect(strict.authenticateRequest(activity(), channelToken)).rejects.toMatchObject({
      statusCode: 401,
      message: 'Unauthorized. Not a channel token.',
    });
    expect(inner.calls).toEqual(['request']);
  });

  it('leaves demo mode to botbuilder: no issuer or serviceUrl rule of its own', async () => {
    const inner = new Inner({ claims: [] });
    const strict = new StrictAuthentication(inner, { production: false });
    await expect(strict.authenticateRequest(activity(null), '')).resolves.toBeDefined();
    await expect(strict.authenticateRequest(activity(), bearer({ iss: 'https://evil.example' }))).resolves.toBeDefined();
    expect(inner.calls).toEqual(['request', 'request']);
  });
});

describe('StrictAuthentication: what the inner authentication verified (production)', () => {
  const check = (claims: { type: string; value: string }[], a: Activity = activity(), opts: { issuer?: string } = {}) =>
    new StrictAuthentication(new Inner({ claims }), { production: true, ...opts }).authenticateRequest(
      a,
      opts.issuer ? bearer({ iss: opts.issuer }) : channelToken,
    );

  it('refuses a verified identity from another issuer, or without one, though the token claimed the channel’s', async () => {
    for (const claims of [channelClaims(SERVICE_URL, 'https://sts.windows.net/x/'), channelClaims().filter((c) => c.type !== 'iss')]) {
      await expect(check(claims)).rejects.toMatchObject({ statusCode: 401, message: 'Unauthorized. Not a channel token.' });
    }
    const gov = 'https://api.botframework.us';
    await expect(check(channelClaims(SERVICE_URL, CHANNEL), activity(), { issuer: gov })).rejects.toMatchObject({ statusCode: 401 });
    await expect(check(channelClaims(SERVICE_URL, gov), activity(), { issuer: gov })).resolves.toBeDefined();
  });

  it.each([
    ['another serviceUrl', channelClaims('https://evil.example/'), activity()],
    ['no serviceurl claim', channelClaims(null), activity()],
    ['an activity without a serviceUrl', channelClaims(), activity(null)],
    ['neither', channelClaims(null), activity(null)],
    ['both empty', channelClaims(''), activity('')],
    ['a serviceUrl differing only in case', channelClaims(SERVICE_URL.toUpperCase()), activity()],
  ])('refuses a token not bound to the activity’s serviceUrl: %s', async (_what, claims, a) => {
    await expect(check(claims, a)).rejects.toMatchObject({ statusCode: 401, message: 'Unauthorized. The token is not bound to this serviceUrl.' });
  });

  it('accepts a token bound to exactly the activity’s serviceUrl', async () => {
    await expect(check(channelClaims())).resolves.toMatchObject({ audience: APP });
  });
});

describe('StrictAuthentication: jsonwebtoken’s errors are authentication failures (401), other errors stay what they are', () => {
  const named = (name: string) => Object.assign(new Error(`jwt says no (${name})`), { name });
  const methods = {
    request: (s: StrictAuthentication) => s.authenticateRequest(activity(), ''),
    streaming: (s: StrictAuthentication) => s.authenticateStreamingRequest('', 'msteams'),
    channel: (s: StrictAuthentication) => s.authenticateChannelRequest(''),
  };

  it.each(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError'])('turns %s into a 401, on every authentication entry point', async (name) => {
    for (const [method, call] of Object.entries(methods)) {
      const inner = new Inner({ throws: named(name) });
      const err = await call(new StrictAuthentication(inner, { production: false })).catch((e: unknown) => e);
      expect({ method, err }).toEqual({ method, err: expect.any(AuthenticationError) });
      expect(err).toMatchObject({ statusCode: 401, message: 'Unauthorized. Invalid token.' });
      expect(inner.calls).toEqual([method]);
    }
  });

  it.each([
    ['a plain Error', new Error('metadata parse failed')],
    ['a FetchError (the OpenID metadata unreachable)', named('FetchError')],
    ['an AuthenticationError of its own', new AuthenticationError('keys unavailable', 500)],
    ['an error whose name only resembles one', named('JsonWebTokenErrorX')],
    ['a thrown string', 'JsonWebTokenError'],
  ])('rethrows %s unchanged (an outage is not an attack)', async (_what, thrown) => {
    for (const call of Object.values(methods)) {
      const err = await call(new StrictAuthentication(new Inner({ throws: thrown }), { production: false })).catch((e: unknown) => e);
      expect(err).toBe(thrown);
    }
  });

  it('returns what the streaming and channel entry points verified', async () => {
    const strict = new StrictAuthentication(new Inner({ claims: channelClaims() }), { production: false });
    expect((await strict.authenticateStreamingRequest('', 'msteams')).claimsIdentity.getClaimValue('iss')).toBe(CHANNEL);
    expect((await strict.authenticateChannelRequest('')).getClaimValue('serviceurl')).toBe(SERVICE_URL);
  });

  it('hands the remaining members through to botbuilder’s authentication', () => {
    const strict = new StrictAuthentication(new Inner(), { production: false });
    expect(strict.createBotFrameworkClient()).toBe(botFrameworkClient);
    expect(strict.getOriginatingAudience()).toBe('https://api.botframework.com/.default');
  });
});

describe('StrictAuthentication: the shared connector clients', () => {
  /** A connector factory whose clients are distinct objects, and whose promises a test may hold. */
  class Factory extends ConnectorFactory {
    made: { serviceUrl: string; audience: string | undefined }[] = [];
    hold: { reject: (e: Error) => void } | undefined;
    create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
      this.made.push({ serviceUrl, audience });
      if (this.hold) {
        const held = this.hold;
        this.hold = undefined;
        return new Promise((_resolve, reject) => (held.reject = reject));
      }
      return Promise.resolve({ serviceUrl, audience, n: this.made.length } as unknown as ConnectorClient);
    }
  }
  const withFactory = (claims: { type: string; value: string }[] = channelClaims()) => {
    const factory = new Factory();
    const strict = new StrictAuthentication(new Inner({ claims, factory }), { production: false });
    return {
      factory,
      strict,
      connectorFor: async (serviceUrl: string, audience?: string) =>
        (await strict.authenticateRequest(activity(), '')).connectorFactory!.create(serviceUrl, audience),
    };
  };

  it('keeps one client per service URL and audience', async () => {
    const { factory, connectorFor } = withFactory();
    const a = await connectorFor(SERVICE_URL);
    expect(await connectorFor(SERVICE_URL)).toBe(a);
    expect(await connectorFor(SERVICE_URL, 'https://api.botframework.com')).not.toBe(a);
    expect(await connectorFor(SERVICE_URL, '')).toBe(a);
    expect(factory.made).toEqual([
      { serviceUrl: SERVICE_URL, audience: undefined },
      { serviceUrl: SERVICE_URL, audience: 'https://api.botframework.com' },
    ]);
  });

  it('keeps clients apart per bot app id: the audience claim, else the appid claim', async () => {
    const { factory, strict } = withFactory();
    const connector = (claims: { type: string; value: string }[]) => strict.createConnectorFactory(new ClaimsIdentity(claims, true)).create(SERVICE_URL);
    const byAud = await connector([{ type: 'aud', value: 'app-a' }]);
    expect(
      await connector([
        { type: 'aud', value: 'app-a' },
        { type: 'appid', value: 'app-x' },
      ]),
    ).toBe(byAud);
    expect(await connector([{ type: 'aud', value: 'app-b' }])).not.toBe(byAud);
    expect(await connector([{ type: 'appid', value: 'app-a' }])).toBe(byAud);
    expect(await connector([{ type: 'appid', value: 'app-c' }])).not.toBe(byAud);
    const anonymous = await connector([]);
    expect(anonymous).not.toBe(byAud);
    expect(await connector([])).toBe(anonymous);
    expect(factory.made).toHaveLength(4);
  });

  it('holds 64 clients, then drops the least recently used', async () => {
    const { factory, connectorFor } = withFactory();
    const url = (i: number) => `https://example.test/${i}/`;
    const first = await connectorFor(url(0));
    for (let i = 1; i < 64; i++) await connectorFor(url(i));
    // 64 held: the first is still there.
    expect(await connectorFor(url(0))).toBe(first);
    const second = await connectorFor(url(1));
    // url(0) and url(1) were just used; the 65th drops url(2), the least recently used.
    await connectorFor(url(64));
    expect(await connectorFor(url(0))).toBe(first);
    expect(await connectorFor(url(1))).toBe(second);
    const made = factory.made.length;
    await connectorFor(url(2));
    expect(factory.made.length).toBe(made + 1);
  });

  it('a failure of a client already dropped does not evict its replacement', async () => {
    const { factory, connectorFor } = withFactory();
    const hold = { reject: (_e: Error) => undefined as void };
    factory.hold = hold;
    const stale = connectorFor('https://example.test/held/');
    const staleFailed = stale.catch((e: unknown) => e);
    // Push the held one out, then make its replacement.
    for (let i = 0; i < 64; i++) await connectorFor(`https://example.test/${i}/`);
    const replacement = await connectorFor('https://example.test/held/');
    hold.reject(new Error('credentials unavailable'));
    expect(await staleFailed).toBeInstanceOf(Error);
    const made = factory.made.length;
    expect(await connectorFor('https://example.test/held/')).toBe(replacement);
    expect(factory.made.length).toBe(made);
  });
});
