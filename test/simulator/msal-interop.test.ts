import { createHash, generateKeyPairSync } from 'node:crypto';
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { call, methodsPath } from './harness.js';

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** MSAL needs an https authority; authorityMetadata redirects only the token POST to the simulator. */
function msalFor(s: RunningSimulator, credential: Partial<Configuration['auth']>): ConfidentialClientApplication {
  const tid = s.tenant.tenantId;
  const authority = `https://login.microsoftonline.com/${tid}`;
  return new ConfidentialClientApplication({
    auth: {
      clientId: 'bot-app',
      ...credential,
      authority,
      authorityMetadata: JSON.stringify({
        token_endpoint: s.tokenEndpoint,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
        issuer: `${authority}/v2.0`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
      }),
    },
  });
}

describe('@azure/msal-node against the simulator', () => {
  it('acquires a token the Graph routes accept, and surfaces invalid_client for a wrong secret', async () => {
    sim = await startSimulator({ credentials: { clientId: 'bot-app', clientSecret: 'right' } });
    const result = await msalFor(sim, { clientSecret: 'right' }).acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    expect(result?.accessToken).toBeTruthy();
    expect(sim.stats.tokenRequests).toBe(1);
    expect((await call(sim, 'GET', methodsPath('p@contoso.com'), { token: result?.accessToken ?? '' })).status).toBe(200);

    await expect(
      msalFor(sim, { clientSecret: 'wrong' }).acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }),
    ).rejects.toMatchObject({ errorCode: 'invalid_client' });
  });

  it('accepts the certificate flow (MSAL-signed client assertion)', async () => {
    sim = await startSimulator({ credentials: { clientId: 'bot-app', clientSecret: 'unused' } });
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const der = publicKey.export({ type: 'spki', format: 'der' });
    const msal = msalFor(sim, {
      clientCertificate: {
        thumbprintSha256: createHash('sha256').update(der).digest('hex'),
        privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      },
    });
    const result = await msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    expect(result?.accessToken).toBeTruthy();
  });
});
