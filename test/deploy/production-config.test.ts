/**
 * The production path on App Service: the real configuration parser, given exactly the Bicep's
 * app settings plus what App Service sets itself (PORT, the managed identity endpoint), accepts
 * them as a managed-identity deployment with no secret (channel, Graph and state store on the one
 * identity), and every setting it needs is load-bearing: removing it fails or loses a property.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { appSettingsEnv, platformEnv, SAMPLE } from '../helpers/app-service-env.js';
import { loadMain, webAppSettings } from '../helpers/deployment.js';

const main = loadMain();
const appServiceEnv = () => ({ ...appSettingsEnv(main), ...platformEnv() });

/** Set for clarity only: the code's default is the same value, so removing them changes nothing. */
const SAME_AS_DEFAULT = ['LOG_LEVEL', 'STATE_TABLE_PREFIX'];
/** Read by the Azure Monitor distro, not by loadConfig (see app-settings.test.ts). */
const NOT_CONFIG = ['APPLICATIONINSIGHTS_CONNECTION_STRING'];

/** What makes this a secret-free, multi-instance-safe production deployment. */
function fingerprint(c: Config) {
  return {
    mode: c.mode,
    host: c.host,
    port: c.port,
    appType: c.bot?.appType,
    appId: c.bot?.appId,
    appPassword: c.bot?.appPassword,
    appTenantId: c.bot?.appTenantId,
    graphCredential: c.graph?.credential.kind,
    graphClientId: c.graph?.clientId,
    graphTenantId: c.graph?.tenantId,
    state: c.state?.auth,
    stateIdentity: c.state?.auth === 'managedIdentity' ? c.state.managedIdentityClientId : undefined,
    stateEndpoint: c.state?.endpoint,
    sharedSigningKey: !c.confirmation.keyIsEphemeral,
    logLevel: c.logLevel,
    tablePrefix: c.state?.tablePrefix,
  };
}

describe('production config from the Bicep', () => {
  it('accepts exactly the Bicep’s settings: managed identity for the channel, Graph and the store, a shared signing key, no secret', () => {
    const config = loadConfig(appServiceEnv());
    expect(fingerprint(config)).toEqual({
      mode: 'production',
      host: '0.0.0.0',
      port: 8080,
      appType: 'UserAssignedMSI',
      appId: SAMPLE.clientId,
      appPassword: '',
      appTenantId: SAMPLE.tenantId,
      graphCredential: 'managedIdentity',
      graphClientId: SAMPLE.clientId,
      graphTenantId: SAMPLE.tenantId,
      state: 'managedIdentity',
      stateIdentity: SAMPLE.clientId,
      stateEndpoint: `https://${SAMPLE.storageAccount}.table.core.windows.net`,
      sharedSigningKey: true,
      logLevel: 'info',
      tablePrefix: 'mfareset',
    });
  });

  it('also accepts every optional setting set at once', () => {
    const config = loadConfig({ ...appSettingsEnv(main, { withOptional: true }), ...platformEnv() });
    expect(config.helpdesk.enabled).toBe(true);
    expect(config.support.securityContact).toBe('security@contoso.com');
  });

  const required = webAppSettings(main)
    .settings.filter((s) => s.onlyWhenSet === undefined && !SAME_AS_DEFAULT.includes(s.name) && !NOT_CONFIG.includes(s.name))
    .map((s) => s.name);

  it('has required settings to check', () => {
    expect(required).toEqual(
      expect.arrayContaining(['MicrosoftAppType', 'MicrosoftAppId', 'MicrosoftAppTenantId', 'STATE_STORAGE_ACCOUNT_URL', 'CONFIRMATION_SIGNING_KEY']),
    );
  });

  it.each(required)('without %s the deployment fails to start or is no longer the secret-free shared one', (name) => {
    const whole = fingerprint(loadConfig(appServiceEnv()));
    const env: Record<string, string> = appServiceEnv();
    delete env[name];
    let without: ReturnType<typeof fingerprint> | undefined;
    try {
      without = fingerprint(loadConfig(env));
    } catch {
      without = undefined; // a start-up error naming the variable: the deployment would not run
    }
    expect(without).not.toEqual(whole);
  });

  it.each(SAME_AS_DEFAULT)('%s is set to the code’s own default', (name) => {
    const env: Record<string, string> = appServiceEnv();
    delete env[name];
    expect(fingerprint(loadConfig(env))).toEqual(fingerprint(loadConfig(appServiceEnv())));
  });
});
