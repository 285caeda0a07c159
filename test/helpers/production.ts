import { randomUUID } from 'node:crypto';
import type { AppOverrides } from '../../src/app.js';
import { SimulatedTenant, startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { startTestBot, type TestBot } from './bot.js';
import { ChannelAuthority, type ChannelTokenOptions } from './channel.js';

export const APP_ID = '0b07ac1e-5e1f-4a5e-8bd0-3e5e7b0f0a11';
export const TENANT_ID = '7e4a7ed0-1d2c-4b5e-9c1d-51a0fa4e0077';

export interface ProductionBot {
  readonly bot: TestBot;
  /** The same bot, but every POST carries a valid Bot Connector token for its activity. */
  readonly signed: TestBot;
  readonly authority: ChannelAuthority;
  readonly sim: RunningSimulator;
  readonly secrets: { readonly appPassword: string; readonly graphSecret: string; readonly signingKey: string };
  /** A token for `activity` with some claim spoiled (or a valid one with no options). */
  token(activity: Record<string, unknown>, opts?: Partial<ChannelTokenOptions>): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The bot in production mode (MicrosoftAppId set, JWT enforced) with everything external
 * replaced by a local stand-in: the Bot Connector's OpenID metadata and signing key, the
 * connector, and Entra + Graph (the simulator, reached through msal-node and the Graph client
 * exactly as in production). The Graph app registration is separate from the bot's, so a test
 * can tell the two secrets apart.
 */
export async function startProductionBot(
  opts: {
    env?: Record<string, string>;
    overrides?: AppOverrides;
    /**
     * 'configured': no injected authentication; the app builds botbuilder's own production
     * authentication from its configuration (app id, password, the channel's endpoint keys pointed
     * at the local authority), exactly as `npm start` does. Replies then fail (no local Entra for
     * the bot's outbound token); whether a turn ran shows in Graph's request count.
     */
    channelAuth?: 'injected' | 'configured';
  } = {},
): Promise<ProductionBot> {
  const secrets = {
    appPassword: `bot-password-${randomUUID()}`,
    graphSecret: `graph-secret-${randomUUID()}`,
    signingKey: `signing-key-${randomUUID()}`,
  };
  const graphClientId = randomUUID();
  const tenant = new SimulatedTenant({ tenantId: TENANT_ID });
  const sim = await startSimulator({ tenant, credentials: { clientId: graphClientId, clientSecret: secrets.graphSecret } });
  const authority = await new ChannelAuthority(APP_ID).start();
  const configured = opts.channelAuth === 'configured';
  const bot = await startTestBot({
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: secrets.appPassword,
      MicrosoftAppTenantId: TENANT_ID,
      GRAPH_CLIENT_ID: graphClientId,
      GRAPH_CLIENT_SECRET: secrets.graphSecret,
      CONFIRMATION_SIGNING_KEY: secrets.signingKey,
      // The local connector stands in for Teams' (smba.trafficmanager.net by default).
      ALLOWED_SERVICE_URL_HOSTS: '127.0.0.1',
      ...(configured ? authority.endpointEnv() : {}),
      ...opts.env,
    },
    tenant,
    overrides: { ...(configured ? {} : { botAuth: authority.authentication() }), tokenEndpoint: sim.tokenEndpoint, graphEndpoint: sim.url, ...opts.overrides },
  });
  const token = (activity: Record<string, unknown>, o: Partial<ChannelTokenOptions> = {}) =>
    authority.sign({ serviceUrl: String(activity.serviceUrl ?? ''), ...o });
  const signed: TestBot = {
    ...bot,
    async post(body, headers = {}) {
      const activity = (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown>;
      const key = activity.channelId === 'msteams' ? 'teams' : 'web';
      return bot.post(body, { authorization: `Bearer ${await token(activity, { key })}`, ...headers });
    },
  };
  return {
    bot,
    signed,
    authority,
    sim,
    secrets,
    token,
    async stop() {
      await bot.stop();
      await sim.close();
      await authority.stop();
    },
  };
}
