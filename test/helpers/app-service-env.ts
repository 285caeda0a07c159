/**
 * What App Service hands the bot's process: the Bicep's app settings, each value evaluated as ARM
 * would for a sample deployment, plus the variables the platform sets itself (PORT, the managed
 * identity endpoint). An expression this table does not know fails the test that uses it, so a
 * new app setting cannot slip past the checks unevaluated.
 */
import { randomBytes } from 'node:crypto';
import type { BicepFile } from './bicep.js';
import { literal } from './bicep.js';
import { resourceOfType, webAppSettings } from './deployment.js';

export const SAMPLE = {
  clientId: '3f2e1d0c-8b7a-4965-a4b3-c2d1e0f9a8b7',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  storageAccount: 'mfaresetdevst',
  connectionString:
    'InstrumentationKey=00000000-0000-4000-8000-000000000001;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;ApplicationId=00000000-0000-4000-8000-000000000002',
} as const;

/** Values for the optional parameters, as an admin would give them. */
const OPTIONAL_PARAM_SAMPLES: Readonly<Record<string, string>> = {
  helpdeskContact: 'the IT service desk (ext. 4357)',
  securityContact: 'security@contoso.com',
  ssprUrl: 'https://passwordreset.microsoftonline.com',
  helpdeskGroupId: '0b5c1d9e-2f3a-4b6c-8d7e-9f0a1b2c3d4e',
  helpdeskPrivilegedGroupId: '1c6d2e0f-3a4b-4c7d-9e8f-0a1b2c3d4e5f',
  helpdeskTeamsAppId: '2d7e3f1a-4b5c-4d8e-8f9a-1b2c3d4e5f6a',
};

export interface EnvOptions {
  /** Also set every optional setting (as if each parameter were given). Default false. */
  readonly withOptional?: boolean;
}

/** The Bicep's app settings as name → value, for a sample deployment. */
export function appSettingsEnv(file: BicepFile, opts: EnvOptions = {}): Record<string, string> {
  const identity = resourceOfType(file, 'Microsoft.ManagedIdentity/userAssignedIdentities').symbol;
  const storage = resourceOfType(file, 'Microsoft.Storage/storageAccounts').symbol;
  const insights = resourceOfType(file, 'Microsoft.Insights/components').symbol;
  const signingKey = randomBytes(48).toString('base64');
  const known: Record<string, string> = {
    [`${identity}.properties.clientId`]: SAMPLE.clientId,
    [`${identity}.properties.tenantId`]: SAMPLE.tenantId,
    [`${storage}.name`]: SAMPLE.storageAccount,
    'environment().suffixes.storage': 'core.windows.net',
    [`${insights}.properties.ConnectionString`]: SAMPLE.connectionString,
  };

  const evaluate = (expr: string): string => {
    const e = expr.trim();
    const lit = literal(e);
    if (lit !== undefined) return lit;
    if (/^'.*'$/.test(e)) return e.slice(1, -1).replace(/\$\{([^}]+)\}/g, (_m, inner: string) => evaluate(inner));
    if (known[e] !== undefined) return known[e];
    const variable = file.vars.get(e);
    if (variable !== undefined) return evaluate(variable);
    const param = file.params.get(e);
    if (param !== undefined) {
      if (param.secure && param.name === 'confirmationSigningKey') return signingKey;
      const sample = OPTIONAL_PARAM_SAMPLES[param.name];
      if (sample !== undefined) return sample;
      if (param.defaultValue !== undefined && literal(param.defaultValue) !== undefined) return literal(param.defaultValue) as string;
    }
    throw new Error(`no sample value for the Bicep expression ${JSON.stringify(e)}: add it to test/helpers/app-service-env.ts`);
  };

  const env: Record<string, string> = {};
  for (const s of webAppSettings(file).settings) {
    if (s.onlyWhenSet !== undefined && !opts.withOptional) continue;
    env[s.name] = evaluate(s.value);
  }
  return env;
}

/** What App Service sets itself in a Linux Node container with a managed identity attached. */
export function platformEnv(): Record<string, string> {
  return {
    PORT: '8080',
    WEBSITE_SITE_NAME: 'mfaresetdev',
    IDENTITY_ENDPOINT: 'http://127.0.0.1:41741/msi/token',
    IDENTITY_HEADER: 'c2FtcGxlLWhlYWRlcg',
    SKIP_DOTENV: 'true',
  };
}
