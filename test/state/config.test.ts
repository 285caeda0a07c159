import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { parseStateConfig } from '../../src/state/config.js';

const KEY = 'c2VjcmV0LWFjY291bnQta2V5LWZvci10ZXN0cw==';
const AZURE = `DefaultEndpointsProtocol=https;AccountName=mfabot;AccountKey=${KEY};EndpointSuffix=core.windows.net`;
const AZURITE = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${KEY};TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;`;

function configError(env: Record<string, string>): ConfigError {
  try {
    parseStateConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect(String(e)).not.toContain(KEY);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('state configuration', () => {
  it('is in memory when nothing is set (or only blanks)', () => {
    expect(parseStateConfig({})).toBeUndefined();
    expect(parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: '  ', STATE_STORAGE_ACCOUNT_URL: '' })).toBeUndefined();
  });

  it('reads an Azure connection string into an https endpoint and a secret that never prints', () => {
    const c = parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: AZURE });
    expect(c).toMatchObject({
      auth: 'connectionString',
      endpoint: 'https://mfabot.table.core.windows.net',
      allowInsecureConnection: false,
      tablePrefix: 'mfareset',
    });
    expect(JSON.stringify(c)).not.toContain(KEY);
    expect(inspect(c, { depth: 5 })).not.toContain(KEY);
    expect(`${c?.auth === 'connectionString' ? c.connectionString : ''}`).not.toContain(KEY);
  });

  it("accepts Azurite's http endpoint on a loopback host only", () => {
    expect(parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: AZURITE })).toMatchObject({
      allowInsecureConnection: true,
      endpoint: 'http://127.0.0.1:10002/devstoreaccount1',
    });
    const remote = AZURITE.replace('127.0.0.1', 'storage.example.com');
    expect(configError({ STATE_STORAGE_CONNECTION_STRING: remote }).variable).toBe('STATE_STORAGE_CONNECTION_STRING');
    const plain = AZURE.replace('https', 'http');
    expect(configError({ STATE_STORAGE_CONNECTION_STRING: plain }).variable).toBe('STATE_STORAGE_CONNECTION_STRING');
  });

  it('refuses a connection string without a key or SAS, or that is not one', () => {
    expect(configError({ STATE_STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=mfabot' }).variable).toBe(
      'STATE_STORAGE_CONNECTION_STRING',
    );
    expect(configError({ STATE_STORAGE_CONNECTION_STRING: 'just some text' }).variable).toBe('STATE_STORAGE_CONNECTION_STRING');
  });

  it('refuses both ways at once', () => {
    const e = configError({ STATE_STORAGE_CONNECTION_STRING: AZURE, STATE_STORAGE_ACCOUNT_URL: 'https://mfabot.table.core.windows.net' });
    expect(e.variable).toBe('STATE_STORAGE_ACCOUNT_URL');
  });

  it("uses the bot's user-assigned identity for an account URL, else the default credential chain", () => {
    const url = 'https://mfabot.table.core.windows.net/';
    expect(parseStateConfig({ STATE_STORAGE_ACCOUNT_URL: url, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: 'client-id-1' })).toMatchObject({
      auth: 'managedIdentity',
      accountUrl: 'https://mfabot.table.core.windows.net',
      managedIdentityClientId: 'client-id-1',
    });
    expect(parseStateConfig({ STATE_STORAGE_ACCOUNT_URL: url, MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'app' })).toMatchObject({
      managedIdentityClientId: undefined,
    });
  });

  it('requires https and no embedded credentials for an account URL', () => {
    expect(configError({ STATE_STORAGE_ACCOUNT_URL: 'http://127.0.0.1:10002/devstoreaccount1' }).variable).toBe('STATE_STORAGE_ACCOUNT_URL');
    expect(configError({ STATE_STORAGE_ACCOUNT_URL: 'https://mfabot.table.core.windows.net/?sv=2022&sig=abc' }).variable).toBe('STATE_STORAGE_ACCOUNT_URL');
    expect(configError({ STATE_STORAGE_ACCOUNT_URL: 'not a url' }).variable).toBe('STATE_STORAGE_ACCOUNT_URL');
  });

  it('checks the table prefix against Azure table-name rules', () => {
    expect(parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: AZURE, STATE_TABLE_PREFIX: 'contoso1' })).toMatchObject({ tablePrefix: 'contoso1' });
    for (const bad of ['1abc', 'ab', 'mfa-reset', 'mfa_reset', 'a'.repeat(57)]) {
      expect(configError({ STATE_STORAGE_CONNECTION_STRING: AZURE, STATE_TABLE_PREFIX: bad }).variable).toBe('STATE_TABLE_PREFIX');
    }
  });
});
