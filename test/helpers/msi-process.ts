import { randomBytes, randomUUID } from 'node:crypto';
import { SimulatedTenant, startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import type { TestBot } from './bot.js';
import { ChannelAuthority } from './channel.js';
import { FakeConnector } from './connector.js';
import { spawnServer, type ServerProcess } from './process.js';
import { APP_ID, TENANT_ID } from './production.js';

export interface MsiProcessBot {
  readonly process: ServerProcess;
  /** `post` signs each activity as the Bot Connector would; Chat (helpers/bot.ts) drives it. */
  readonly bot: Pick<TestBot, 'connector' | 'post'>;
  readonly sim: RunningSimulator;
  readonly authority: ChannelAuthority;
  readonly identityHeader: string;
  stop(): Promise<void>;
}

/**
 * The built server (`node dist/src/index.js`) as Azure App Service runs it with the Bicep's app
 * settings: `MicrosoftAppType=UserAssignedMSI`, `MicrosoftAppId` = the identity's client id, no
 * password, no Graph secret, and App Service's `IDENTITY_ENDPOINT`/`IDENTITY_HEADER`, here
 * pointing at the simulator's managed-identity endpoint. Only the hosts are local: the Bot
 * Connector's OpenID metadata and keys (ChannelAuthority), the connector, Graph.
 */
export async function startMsiProcessBot(opts: { env?: Record<string, string>; identityClientId?: string } = {}): Promise<MsiProcessBot> {
  const identityHeader = randomBytes(16).toString('hex');
  const tenant = new SimulatedTenant({ tenantId: TENANT_ID });
  const sim = await startSimulator({
    tenant,
    managedIdentity: { header: identityHeader, clientIds: [opts.identityClientId ?? APP_ID], extraResources: ['https://api.botframework.com'] },
  });
  const authority = await new ChannelAuthority(APP_ID).start();
  const connector = await new FakeConnector().start();
  const child = spawnServer({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    MicrosoftAppType: 'UserAssignedMSI',
    MicrosoftAppId: APP_ID,
    MicrosoftAppTenantId: TENANT_ID,
    CONFIRMATION_SIGNING_KEY: randomUUID() + randomUUID(),
    ToBotFromChannelOpenIdMetadataUrl: `${authority.url}/openid`,
    ToBotFromEmulatorOpenIdMetadataUrl: `${authority.url}/emulator/openid`,
    ALLOWED_SERVICE_URL_HOSTS: '127.0.0.1',
    // Graph is the simulator (http:// is accepted for a loopback host only); the authority host
    // is not used by a managed identity.
    GRAPH_ENDPOINT: sim.url,
    GRAPH_AUTHORITY_HOST: 'https://login.microsoftonline.com',
    IDENTITY_ENDPOINT: sim.identityEndpoint,
    IDENTITY_HEADER: identityHeader,
    SIMULATOR_CONSISTENCY_DELAY_MS: '0',
    ...opts.env,
  });
  const stop = async () => {
    if (child.child.exitCode === null && child.child.signalCode === null) child.child.kill('SIGTERM');
    await child.exited;
    await connector.stop();
    await authority.stop();
    await sim.close();
  };
  let base: string;
  try {
    const line = await child.waitForLog((r) => r.msg === 'MFA reset bot listening', 45_000);
    base = new URL(String(line.url)).origin;
  } catch (err) {
    await stop();
    throw err;
  }
  const bot: MsiProcessBot['bot'] = {
    connector,
    async post(body, headers = {}) {
      const activity = (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown>;
      const token = await authority.sign({ serviceUrl: String(activity.serviceUrl ?? ''), key: activity.channelId === 'msteams' ? 'teams' : 'web' });
      const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: await res.text() };
    },
  };
  return { process: child, bot, sim, authority, identityHeader, stop };
}
