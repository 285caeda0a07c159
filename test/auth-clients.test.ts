import { ClaimsIdentity, ConnectorClient, ConnectorFactory, type UserTokenClient } from 'botframework-connector';
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { StrictAuthentication } from '../src/auth.js';

/** botbuilder's own authentication, counting the clients it builds. */
function countingAuth() {
  const real = new ConfigurationBotFrameworkAuthentication({});
  const counts = { connectors: 0, userTokenClients: 0 };
  let failNext = false;
  const inner = Object.create(real) as ConfigurationBotFrameworkAuthentication;
  inner.createConnectorFactory = (claims: ClaimsIdentity) => {
    const factory = real.createConnectorFactory(claims);
    return new (class extends ConnectorFactory {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        counts.connectors++;
        if (failNext) {
          failNext = false;
          throw new Error('credentials unavailable');
        }
        return factory.create(serviceUrl, audience);
      }
    })();
  };
  inner.createUserTokenClient = async (claims: ClaimsIdentity): Promise<UserTokenClient> => {
    counts.userTokenClients++;
    return real.createUserTokenClient(claims);
  };
  return { inner, counts, failOnce: () => (failNext = true) };
}

const anonymous = new ClaimsIdentity([], 'anonymous');
const teams = 'https://smba.trafficmanager.net/teams/';

describe('the per-turn Bot Framework clients', () => {
  it('reuses one connector client per service URL instead of building one per turn', async () => {
    const { inner, counts } = countingAuth();
    const auth = new StrictAuthentication(inner, { production: false });
    const first = await auth.createConnectorFactory(anonymous).create(teams);
    const second = await auth.createConnectorFactory(anonymous).create(teams);
    expect(second).toBe(first);
    expect(first).toBeInstanceOf(ConnectorClient);
    const other = await auth.createConnectorFactory(anonymous).create('https://smba.trafficmanager.net/emea/');
    expect(other).not.toBe(first);
    expect(counts.connectors).toBe(2);
  });

  it("reuses the turn's connector client, the one CloudAdapter takes from authenticateRequest", async () => {
    const auth = new StrictAuthentication(new ConfigurationBotFrameworkAuthentication({}), { production: false });
    const activity = { type: 'message', channelId: 'emulator', serviceUrl: teams } as Activity;
    const connectorOf = async () => {
      const result = await auth.authenticateRequest(activity, ''); // demo mode: anonymous
      if (!result.connectorFactory) throw new Error('no connector factory');
      return result.connectorFactory.create(teams, result.audience);
    };
    const first = await connectorOf();
    expect(first).toBeInstanceOf(ConnectorClient);
    expect(await connectorOf()).toBe(first);
  });

  it('reuses the user-token client per bot app id', async () => {
    const { inner, counts } = countingAuth();
    const auth = new StrictAuthentication(inner, { production: false });
    const a = await auth.createUserTokenClient(anonymous);
    expect(await auth.createUserTokenClient(anonymous)).toBe(a);
    expect(counts.userTokenClients).toBe(1);
  });

  it('forgets a failed client so the next turn tries again', async () => {
    const { inner, counts, failOnce } = countingAuth();
    const auth = new StrictAuthentication(inner, { production: false });
    failOnce();
    await expect(auth.createConnectorFactory(anonymous).create(teams)).rejects.toThrow('credentials unavailable');
    await expect(auth.createConnectorFactory(anonymous).create(teams)).resolves.toBeInstanceOf(ConnectorClient);
    expect(counts.connectors).toBe(2);
  });

  it('keeps a bounded number of clients whatever service URLs arrive', async () => {
    const { inner, counts } = countingAuth();
    const auth = new StrictAuthentication(inner, { production: false });
    const first = await auth.createConnectorFactory(anonymous).create('https://example.test/0/');
    for (let i = 1; i <= 100; i++) await auth.createConnectorFactory(anonymous).create(`https://example.test/${i}/`);
    // The oldest was dropped: asking again builds a new one.
    expect(await auth.createConnectorFactory(anonymous).create('https://example.test/0/')).not.toBe(first);
    expect(counts.connectors).toBe(102);
  });
});
