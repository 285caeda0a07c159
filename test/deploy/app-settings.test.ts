/**
 * The Bicep's app settings against the code that reads them: every name it sets is a variable the
 * configuration parser actually reads (recorded while the real parser runs, so a name merely
 * mentioned somewhere does not count), and the tables it provisions are the ones the state store
 * creates (the real store on Azurite).
 */
import { TableServiceClient } from '@azure/data-tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createTableState } from '../../src/state/table.js';
import { parseStateConfig } from '../../src/state/config.js';
import { arrayItems, literal, prop } from '../helpers/bicep.js';
import { appSettingsEnv, platformEnv } from '../helpers/app-service-env.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { loadMain, readRepoFile, resourceOfType, webAppSettings } from '../helpers/deployment.js';

const main = loadMain();

/**
 * Set by the Bicep, read by something other than the bot's configuration parser. Each entry says
 * who reads it; nothing else may be here.
 */
const READ_OUTSIDE_CONFIG: Readonly<Record<string, string>> = {};

/**
 * A base that the configuration on any branch accepts: the Bicep's settings plus a separate Graph
 * app registration (so Graph does not depend on managed-identity support; production-config.test.ts
 * checks that path). The names check below is about which variables the parser reads.
 */
function acceptedBase(withOptional: boolean): Record<string, string> {
  return {
    ...appSettingsEnv(main, { withOptional }),
    ...platformEnv(),
    GRAPH_CLIENT_ID: '4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b',
    GRAPH_CLIENT_SECRET: 'graph-secret-for-the-names-check',
  };
}

/** What loadConfig makes of `env`: the frozen config as JSON, or the error it names. */
function outcome(env: Record<string, string>): string {
  try {
    return JSON.stringify(loadConfig(env));
  } catch (err) {
    return `error: ${(err as Error).message}`;
  }
}

/**
 * True when the configuration parser reads `name`: changing its value (appending a character,
 * which also makes a GUID or an enum invalid) changes what loadConfig returns or the error it
 * gives. A variable nobody reads changes nothing, whatever the source mentions.
 */
function configReads(base: Record<string, string>, name: string): boolean {
  return outcome(base) !== outcome({ ...base, [name]: `${base[name] ?? ''}x` });
}

describe('app settings', () => {
  it('every app setting the Bicep sets is a variable the bot’s configuration reads', () => {
    const base = acceptedBase(true);
    expect(outcome(base)).not.toMatch(/^error/);
    const unknown = Object.keys(appSettingsEnv(main, { withOptional: true })).filter(
      (name) => READ_OUTSIDE_CONFIG[name] === undefined && !configReads(base, name),
    );
    expect(unknown).toEqual([]);
  });

  it('the recorder notices a name nobody reads (the check above can fail)', () => {
    const base = { ...acceptedBase(false), MFA_RESET_NOT_A_SETTING: 'x', HELPDESK_CONTACTS: 'a typo' };
    expect(configReads(base, 'MFA_RESET_NOT_A_SETTING')).toBe(false);
    expect(configReads(base, 'HELPDESK_CONTACTS')).toBe(false);
    expect(configReads(base, 'MicrosoftAppId')).toBe(true);
    expect(configReads(base, 'STATE_TABLE_PREFIX')).toBe(true);
  });

  it('the README’s Deploy to Azure section lists every app setting the Bicep sets', () => {
    const readme = readRepoFile('README.md');
    const start = readme.indexOf('\n## Deploy to Azure\n');
    expect(start, 'README has a "## Deploy to Azure" section').toBeGreaterThan(0);
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end < 0 ? undefined : end);
    const missing = webAppSettings(main)
      .settings.filter((s) => !new RegExp(`^\\| [^\\n|]*\`${s.name}\``, 'm').test(section))
      .map((s) => s.name);
    expect(missing).toEqual([]);
  });

  it('the storage URL is one the state configuration accepts for managed identity, with the bot’s identity', () => {
    const env = appSettingsEnv(main);
    const state = parseStateConfig(env);
    expect(state?.auth).toBe('managedIdentity');
    expect(state && state.auth === 'managedIdentity' ? state.managedIdentityClientId : undefined).toBe(env['MicrosoftAppId']);
  });
});

describe('state tables', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite?.stop();
  });

  it('the Bicep provisions exactly the tables the store creates for STATE_TABLE_PREFIX', async () => {
    const prefix = appSettingsEnv(main)['STATE_TABLE_PREFIX'] as string;
    const tables = resourceOfType(main, 'Microsoft.Storage/storageAccounts/tableServices/tables');
    // [for suffix in [...]: { ... name: '${statePrefix}${suffix}' }]
    const loop = /^\[\s*for\s+(\w+)\s+in\s+(\[[\s\S]*?\])\s*:\s*(\{[\s\S]*\})\s*\]$/.exec(tables.body);
    expect(loop).not.toBeNull();
    const suffixes = arrayItems(loop![2] as string).map((s) => literal(s) as string);
    expect(prop(loop![3] as string, 'name')).toBe(`'\${${main.vars.has('statePrefix') ? 'statePrefix' : ''}}\${${loop![1]}}'`);
    const provisioned = suffixes.map((s) => `${prefix}${s}`).sort();

    const config = parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: prefix })!;
    const store = await createTableState({ config, sweepEveryMs: 0 });
    await store.close();
    const service = TableServiceClient.fromConnectionString(azurite.connectionString, { allowInsecureConnection: true });
    const created: string[] = [];
    for await (const t of service.listTables()) if (t.name) created.push(t.name);
    expect(created.sort()).toEqual(provisioned);
  });
});

describe('the Web App settings model', () => {
  it('reads every setting with a value (no setting silently dropped by the reader)', () => {
    const { settings } = webAppSettings(main);
    const source = readRepoFile('infra/azure.bicep');
    const named = [...source.matchAll(/^\s*name: '([A-Za-z][A-Za-z0-9_]*)'\s*\n\s*value:/gm)].map((m) => m[1]);
    expect(settings.map((s) => s.name).sort()).toEqual([...named].sort());
  });
});
