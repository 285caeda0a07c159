/**
 * Static checks of the Azure deployment (issue 16): there is no Bicep compiler here, so these read
 * infra/*.bicep, the parameters, m365agents.yml and env/.env.dev and check what can be checked
 * offline. `az bicep build` and `az deployment group what-if` run in an Azure-connected pipeline
 * (README "Deploy to Azure").
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAppPackage } from '../../scripts/package.js';
import { arrayItems, literal, objectProps, parseBicep, prop, stripComments } from '../helpers/bicep.js';
import {
  ROOT,
  loadBotRegistration,
  loadDevEnv,
  loadMain,
  loadParameters,
  loadProject,
  placeholders,
  readRepoFile,
  resourceOfType,
  webAppSettings,
  type YamlStep,
} from '../helpers/deployment.js';

const main = loadMain();
const bot = loadBotRegistration();
const project = loadProject();
const identity = resourceOfType(main, 'Microsoft.ManagedIdentity/userAssignedIdentities');
const CLIENT_ID = `${identity.symbol}.properties.clientId`;

const tmp: string[] = [];
afterAll(() => {
  for (const dir of tmp) rmSync(dir, { recursive: true, force: true });
});

describe('parameters', () => {
  it('every parameters.json entry is a param of azure.bicep, and every param has a value or a default', () => {
    const given = Object.keys(loadParameters().parameters);
    expect(given.filter((name) => !main.params.has(name))).toEqual([]);
    const missing = [...main.params.values()].filter((p) => p.defaultValue === undefined && !given.includes(p.name)).map((p) => p.name);
    expect(missing).toEqual([]);
  });

  it('every param of the bot registration module is passed by azure.bicep or has a default, and nothing else is passed', () => {
    const registration = [...main.modules.values()].find((m) => m.path === './botRegistration/azurebot.bicep');
    expect(registration).toBeDefined();
    const passed = [...objectProps(prop(registration!.body, 'params') as string).keys()];
    expect(passed.filter((name) => !bot.params.has(name))).toEqual([]);
    expect([...bot.params.values()].filter((p) => p.defaultValue === undefined && !passed.includes(p.name)).map((p) => p.name)).toEqual([]);
  });

  it('a secret parameter is @secure(), has no default, and gets its value from a SECRET_ variable (env/.env.dev.user), never a literal', () => {
    const values = loadParameters().parameters;
    const signingKey = main.params.get('confirmationSigningKey');
    expect(signingKey?.secure).toBe(true);
    expect(signingKey?.defaultValue).toBeUndefined();
    const reference = (v: unknown) => typeof v === 'string' && (/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/.test(v) || /^@Microsoft\.KeyVault\(.+\)$/.test(v));
    for (const p of main.params.values()) {
      if (!p.secure || !(p.name in values)) continue;
      const value = values[p.name]?.value;
      if (p.type === 'object') {
        // extraAppSettings: a credential-like setting must be a Key Vault reference or a SECRET_ variable.
        for (const [k, v] of Object.entries((value ?? {}) as Record<string, unknown>)) {
          if (/(SECRET|PASSWORD|TOKEN|KEY|CONNECTION_STRING)$/i.test(k)) expect(reference(v), `${p.name}.${k} must be a reference`).toBe(true);
        }
      } else {
        expect(reference(value) && String(value).startsWith('${{'), `${p.name} must be a \${{SECRET_…}} reference`).toBe(true);
      }
    }
  });
});

describe('m365agents.yml', () => {
  it('parses, has the v1.11 schema and provision → deploy → publish, and downloads no Bicep CLI', () => {
    expect(project.version).toBe('v1.11');
    expect(project.provision.length).toBeGreaterThan(0);
    expect(project.deploy.length).toBeGreaterThan(0);
    expect(project.publish.length).toBeGreaterThan(0);
    for (const step of project.provision) expect(Object.keys(step.with ?? {})).not.toContain('bicepCliVersion');
    expect(project.provision.map((s) => s.uses)).toEqual(['teamsApp/create', 'arm/deploy', 'script', 'teamsApp/validateAppPackage', 'teamsApp/update']);
  });

  it('every ${{VAR}} is defined in env/.env.dev, written by an earlier step, the toolkit’s own, or a SECRET_ of env/.env.dev.user', () => {
    const env = loadDevEnv();
    const defined = new Set(Object.entries(env).flatMap(([k, v]) => (v === undefined ? [] : [k])));
    defined.add('TEAMSFX_ENV'); // set by the toolkit from --env
    const readme = readRepoFile('README.md');
    const problems: string[] = [];
    const steps: YamlStep[] = [...project.provision, ...project.deploy, ...project.publish];
    for (const step of steps) {
      let used = placeholders(JSON.stringify(step.with ?? {}));
      if (step.uses === 'arm/deploy') {
        for (const t of (step.with?.templates ?? []) as { path: string; parameters: string }[]) {
          used = used.concat(placeholders(readRepoFile(t.parameters)));
        }
      }
      for (const name of used) {
        if (defined.has(name)) continue;
        if (name.startsWith('SECRET_') && readme.includes(`${name}=`) && readme.includes('env/.env.dev.user')) continue;
        problems.push(`${step.uses}${step.name ? ` (${step.name})` : ''} uses \${{${name}}} before anything defines it`);
      }
      for (const written of Object.values(step.writeToEnvironmentFile ?? {})) defined.add(written);
      if (step.uses === 'arm/deploy') {
        for (const t of (step.with?.templates ?? []) as { path: string }[]) {
          for (const output of parseBicep(readRepoFile(t.path)).outputs.keys()) defined.add(output);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('env/.env.dev holds no provisioned value and no secret', () => {
    const env = loadDevEnv();
    for (const name of ['BOT_ID', 'TEAMS_APP_ID', 'BOT_AZURE_APP_SERVICE_RESOURCE_ID']) expect(env[name]).toBeUndefined();
    expect(Object.keys(env).filter((k) => k.startsWith('SECRET_'))).toEqual([]);
  });

  it('deploys the staged folder to the Web App the Bicep outputs, with the ignore file', () => {
    const zip = project.deploy.find((s) => s.uses === 'azureAppService/zipDeploy');
    expect(zip?.with?.['resourceId']).toBe('${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(main.outputs.get('BOT_AZURE_APP_SERVICE_RESOURCE_ID')?.value).toBe(`${resourceOfType(main, 'Microsoft.Web/sites').symbol}.id`);
    const stage = project.deploy[project.deploy.indexOf(zip!) - 1];
    expect(stage?.with?.['run']).toBe(`bash scripts/stage-webapp.sh ${String(zip?.with?.['artifactFolder'])}`);
    expect(zip?.with?.['ignoreFile']).toBe('.webappignore');
    expect(readRepoFile('.webappignore')).toMatch(/^\.env$/m);
  });
});

describe('one identity', () => {
  it('the bot registration’s msaAppId, the MicrosoftAppId app setting and the BOT_ID output are the identity’s client id', () => {
    expect(main.outputs.get('BOT_ID')?.value).toBe(CLIENT_ID);
    const setting = webAppSettings(main).settings.find((s) => s.name === 'MicrosoftAppId');
    expect(setting?.value).toBe(CLIENT_ID);

    const registration = [...main.modules.values()].find((m) => m.path === './botRegistration/azurebot.bicep')!;
    const params = objectProps(prop(registration.body, 'params') as string);
    const botService = resourceOfType(bot, 'Microsoft.BotService/botServices');
    const props = objectProps(prop(botService.body, 'properties') as string);
    expect(literal(props.get('msaAppType'))).toBe('UserAssignedMSI');
    expect(params.get(props.get('msaAppId') as string)).toBe(CLIENT_ID);
    expect(params.get(props.get('msaAppMSIResourceId') as string)).toBe(`${identity.symbol}.id`);
    expect(params.get(props.get('msaAppTenantId') as string)).toBe(`${identity.symbol}.properties.tenantId`);
    expect(props.get('endpoint')).toBe("'https://${botAppDomain}/api/messages'");
    expect(params.get('botAppDomain')).toBe(`${resourceOfType(main, 'Microsoft.Web/sites').symbol}.properties.defaultHostName`);
    // No password anywhere in the registration (comments aside).
    expect(stripComments(readRepoFile('infra/botRegistration/azurebot.bicep'))).not.toMatch(/password|secret/i);
  });

  it('the Teams channel is on, and the bot’s logs go to the Log Analytics workspace', () => {
    const channel = resourceOfType(bot, 'Microsoft.BotService/botServices/channels');
    expect(literal(prop(channel.body, 'properties', 'channelName'))).toBe('MsTeamsChannel');
    const diagnostics = resourceOfType(bot, 'Microsoft.Insights/diagnosticSettings');
    expect(prop(diagnostics.body, 'scope')).toBe(resourceOfType(bot, 'Microsoft.BotService/botServices').symbol);
    expect(prop(diagnostics.body, 'properties', 'workspaceId')).toBe('logAnalyticsWorkspaceId');
    const registration = [...main.modules.values()].find((m) => m.path === './botRegistration/azurebot.bicep')!;
    const workspace = resourceOfType(main, 'Microsoft.OperationalInsights/workspaces');
    expect(prop(registration.body, 'params', 'logAnalyticsWorkspaceId')).toBe(`${workspace.symbol}.id`);
    // The Web App's console (the bot's JSON logs) and HTTP logs go to the same workspace.
    const webDiagnostics = resourceOfType(main, 'Microsoft.Insights/diagnosticSettings');
    expect(prop(webDiagnostics.body, 'scope')).toBe(resourceOfType(main, 'Microsoft.Web/sites').symbol);
    expect(prop(webDiagnostics.body, 'properties', 'workspaceId')).toBe(`${workspace.symbol}.id`);
    expect(prop(webDiagnostics.body, 'properties', 'logs')).toMatch(/category: 'AppServiceConsoleLogs'/);
  });

  it('the app package the provision step builds carries BOT_ID as its bot id (npm run package’s own code)', async () => {
    const step = project.provision.find((s) => s.uses === 'script' && String(s.with?.['run']).includes('build-app-package.sh'));
    const run = String(step?.with?.['run']);
    expect(run).toMatch(/(^|\s)MicrosoftAppId=\$\{\{BOT_ID\}\}\s/);
    expect(run).toMatch(/(^|\s)APP_PACKAGE_ID=\$\{\{TEAMS_APP_ID\}\}\s/);
    const zipPath = /build-app-package\.sh\s+(\S+)$/.exec(run)?.[1];
    for (const s of [...project.provision, ...project.publish].filter((x) => x.uses.startsWith('teamsApp/') && x.with?.['appPackagePath'] !== undefined)) {
      expect(s.with?.['appPackagePath']).toBe(zipPath);
    }
    // What the toolkit would substitute for ${{BOT_ID}} / ${{TEAMS_APP_ID}} after arm/deploy and teamsApp/create.
    const botId = '3f2e1d0c-8b7a-4965-a4b3-c2d1e0f9a8b7';
    const teamsAppId = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
    const outDir = mkdtempSync(join(tmpdir(), 'deploy-pkg-'));
    tmp.push(outDir);
    const pkg = await buildAppPackage({ env: { MicrosoftAppId: botId, APP_PACKAGE_ID: teamsAppId }, repoRoot: ROOT, outDir });
    const bots = pkg.manifest['bots'] as { botId: string }[];
    expect(bots[0]?.botId).toBe(botId);
    expect((pkg.manifest['webApplicationInfo'] as { id: string }).id).toBe(botId);
    expect(pkg.manifest['id']).toBe(teamsAppId);
  });
});

describe('the Web App', () => {
  const site = resourceOfType(main, 'Microsoft.Web/sites');
  const siteConfig = (key: string) => prop(site.body, 'properties', 'siteConfig', key);

  it('runs Node 22 LTS on Linux, HTTPS only, FTP off, health check on /healthz, the identity attached', () => {
    expect(literal(siteConfig('linuxFxVersion'))).toBe('NODE|22-lts');
    expect(prop(site.body, 'properties', 'httpsOnly')).toBe('true');
    expect(literal(siteConfig('healthCheckPath'))).toBe('/healthz');
    expect(literal(siteConfig('ftpsState'))).toBe('Disabled');
    expect(literal(prop(site.body, 'identity', 'type'))).toBe('UserAssigned');
    expect([...objectProps(prop(site.body, 'identity', 'userAssignedIdentities') as string).keys()]).toEqual([`\${${identity.symbol}.id}`]);
    expect(prop(site.body, 'properties', 'keyVaultReferenceIdentity')).toBe(`${identity.symbol}.id`);
    const plan = resourceOfType(main, 'Microsoft.Web/serverfarms');
    expect(prop(plan.body, 'properties', 'reserved')).toBe('true'); // Linux
  });

  it('starts with exactly what `npm start` runs after its build, and the staged folder holds that file', () => {
    const pkg = JSON.parse(readRepoFile('package.json')) as { scripts: Record<string, string> };
    expect(literal(siteConfig('appCommandLine'))).toBe(pkg.scripts['start']);
    expect(pkg.scripts['prestart']).toBe('npm run build');
    const entry = /\s(dist\/\S+\.js)$/.exec(pkg.scripts['start'] as string)?.[1];
    expect(entry).toBe('dist/src/index.js');
    const stage = readRepoFile('scripts/stage-webapp.sh');
    expect(stage).toMatch(/cp -R dist\/src dist\/cards "\$dir\/dist\/"/);
  });

  it('sets neither PORT (App Service does), HOST (production binds 0.0.0.0), a password nor a Graph secret', () => {
    const names = webAppSettings(main).settings.map((s) => s.name);
    for (const forbidden of ['PORT', 'HOST', 'MicrosoftAppPassword', 'GRAPH_CLIENT_SECRET', 'GRAPH_CERTIFICATE_PATH', 'IDENTITY_ENDPOINT', 'IDENTITY_HEADER']) {
      expect(names).not.toContain(forbidden);
    }
  });

  it('an optional setting is only set when its parameter is non-empty (an empty credential variable is a start-up error)', () => {
    for (const s of webAppSettings(main).settings.filter((x) => x.onlyWhenSet !== undefined)) {
      expect(s.value, s.name).toBe(s.onlyWhenSet);
      expect(main.params.get(s.onlyWhenSet as string)?.defaultValue, s.name).toBe("''");
    }
    expect(webAppSettings(main).dynamicFrom.every((p) => main.params.get(p)?.secure === true && main.params.get(p)?.type === 'object')).toBe(true);
  });
});

describe('the state store', () => {
  const storage = resourceOfType(main, 'Microsoft.Storage/storageAccounts');
  const props = objectProps(prop(storage.body, 'properties') as string);

  it('TLS 1.2, HTTPS only, no public blob access, no shared keys (the bot uses its managed identity)', () => {
    expect(literal(props.get('minimumTlsVersion'))).toBe('TLS1_2');
    expect(props.get('supportsHttpsTrafficOnly')).toBe('true');
    expect(props.get('allowBlobPublicAccess')).toBe('false');
    expect(props.get('allowSharedKeyAccess')).toBe('false');
    const url = webAppSettings(main).settings.find((s) => s.name === 'STATE_STORAGE_ACCOUNT_URL');
    expect(url?.value).toBe(`'https://\${${storage.symbol}.name}.table.\${environment().suffixes.storage}'`);
    expect(webAppSettings(main).settings.map((s) => s.name)).not.toContain('STATE_STORAGE_CONNECTION_STRING');
  });

  it('the identity is Storage Table Data Contributor on the account', () => {
    const assignment = resourceOfType(main, 'Microsoft.Authorization/roleAssignments');
    expect(prop(assignment.body, 'scope')).toBe(storage.symbol);
    expect(prop(assignment.body, 'properties', 'roleDefinitionId')).toBe(
      "subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')",
    );
    expect(prop(assignment.body, 'properties', 'principalId')).toBe(`${identity.symbol}.properties.principalId`);
    expect(literal(prop(assignment.body, 'properties', 'principalType'))).toBe('ServicePrincipal');
    // The Web App waits for the role, so the bot's first start can create and reach its tables.
    expect(arrayItems(prop(resourceOfType(main, 'Microsoft.Web/sites').body, 'dependsOn') as string)).toContain(assignment.symbol);
  });
});

describe('observability', () => {
  it('Application Insights is workspace-based on the Log Analytics workspace, and its connection string is an app setting', () => {
    const ai = resourceOfType(main, 'Microsoft.Insights/components');
    const workspace = resourceOfType(main, 'Microsoft.OperationalInsights/workspaces');
    expect(prop(ai.body, 'properties', 'WorkspaceResourceId')).toBe(`${workspace.symbol}.id`);
    const setting = webAppSettings(main).settings.find((s) => s.name === 'APPLICATIONINSIGHTS_CONNECTION_STRING');
    expect(setting?.value).toBe(`${ai.symbol}.properties.ConnectionString`);
  });

  it('the alerts watch this Web App and this Application Insights', () => {
    const site = resourceOfType(main, 'Microsoft.Web/sites');
    const ai = resourceOfType(main, 'Microsoft.Insights/components');
    const metricAlerts = [...main.resources.values()].filter((r) => r.type === 'Microsoft.Insights/metricAlerts');
    expect(metricAlerts.map((a) => literal(prop(a.body, 'properties', 'criteria', 'allOf')?.match(/metricName:\s*('[^']+')/)?.[1]))).toEqual([
      'Http5xx',
      'HealthCheckStatus',
    ]);
    for (const a of metricAlerts) expect(arrayItems(prop(a.body, 'properties', 'scopes') as string)).toEqual([`${site.symbol}.id`]);
    const rules = resourceOfType(main, 'Microsoft.Insights/scheduledQueryRules');
    // [for alert in logAlerts: { ... scopes: [ appInsights.id ] ... }]
    const loop = /^\[\s*for\s+(\w+)\s+in\s+(\w+)\s*:\s*(\{[\s\S]*\})\s*\]$/.exec(rules.body);
    expect(loop).not.toBeNull();
    expect(arrayItems(prop(loop![3] as string, 'properties', 'scopes') as string)).toEqual([`${ai.symbol}.id`]);
    const alerts = arrayItems(main.vars.get(loop![2] as string) as string).map((a) => literal(prop(a, 'name')));
    expect(alerts).toEqual(['graph-throttled', 'resets-not-completed', 'ticket-outbox-depth']);
  });
});

describe('no secret is committed', () => {
  const files = ['infra/azure.bicep', 'infra/botRegistration/azurebot.bicep', 'infra/azure.parameters.json', 'm365agents.yml', 'env/.env.dev', '.webappignore'];
  it.each(files)('%s holds no key, password, SAS or connection string', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(text).not.toMatch(/AccountKey=|SharedAccessSignature=|[?&]sig=|InstrumentationKey=|-----BEGIN/i);
    // A long base64 run with digits and both cases is what a generated key looks like (a resource
    // type such as Storage/storageAccounts/tableServices is letters and slashes only).
    const keyLike = [...text.matchAll(/[A-Za-z0-9+/]{32,}={0,2}/g)].map((m) => m[0]).filter((run) => /\d/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run));
    expect(keyLike).toEqual([]);
    expect(text).not.toMatch(/(password|secret|apikey|api_key)\s*[=:]\s*['"]?[^'"\s${}][^\s'"]{5,}/i);
  });

  it('the committed env file is not the user file, and the user file is ignored by git', () => {
    expect(readRepoFile('.gitignore')).toMatch(/^env\/\.env\.\*\.user$/m);
    expect(readRepoFile('.gitignore')).toMatch(/^\.deploy\/$/m);
  });
});
