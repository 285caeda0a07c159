import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_VARIABLES, ConfigError, demoEnvironment, loadConfig } from '../src/config.js';

const APP = '11111111-2222-4333-8444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const prod = { MicrosoftAppId: APP, MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: TENANT };

function variableOf(env: Record<string, string>): string | undefined {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.variable;
    throw e;
  }
  return undefined;
}

describe('configuration', () => {
  it('runs in demo mode with no credentials, on loopback, with the documented defaults', () => {
    const c = loadConfig({});
    expect(c.mode).toBe('demo');
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(3978);
    expect(c.confirmation.ttlSeconds).toBe(300);
    expect(c.graph).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.limits)).toBe(true);
  });

  it('defaults Graph to the bot registration, SingleTenant, the public cloud and its own tenant', () => {
    const c = loadConfig(prod);
    expect(c.mode).toBe('production');
    expect(c.host).toBe('0.0.0.0');
    expect(c.bot?.appType).toBe('SingleTenant');
    expect(c.graph).toMatchObject({
      tenantId: TENANT,
      clientId: APP,
      credential: { kind: 'secret', clientSecret: 'pw' },
      graphEndpoint: 'https://graph.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com',
    });
    expect(c.allowedTenantIds).toEqual([TENANT]);
  });

  it.each([
    ['USGov', 'https://graph.microsoft.us', 'https://login.microsoftonline.us'],
    ['USGovDoD', 'https://dod-graph.microsoft.us', 'https://login.microsoftonline.us'],
    ['China', 'https://microsoftgraph.chinacloudapi.cn', 'https://login.chinacloudapi.cn'],
  ])('points Graph and the authority at the %s cloud', (cloud, graph, authority) => {
    const c = loadConfig({ ...prod, GRAPH_CLOUD: cloud });
    expect(c.graph?.graphEndpoint).toBe(graph);
    expect(c.graph?.authorityHost).toBe(authority);
  });

  it('reads a certificate credential and computes its SHA-256 thumbprint', () => {
    const { pem, cert } = certificatePem();
    const fingerprint = execFileSync('openssl', ['x509', '-in', cert, '-noout', '-fingerprint', '-sha256']).toString();
    const c = loadConfig({ ...prod, GRAPH_CLIENT_ID: APP, GRAPH_CERTIFICATE_PATH: pem });
    expect(c.graph?.credential.kind).toBe('certificate');
    if (c.graph?.credential.kind !== 'certificate') return;
    expect(c.graph.credential.thumbprintSha256).toBe(fingerprint.split('=')[1]!.trim().replace(/:/g, ''));
  });

  it("uses the bot's own app registration for Graph with a certificate or a second secret alone (README: production setup)", () => {
    const { pem } = certificatePem();
    const withCert = loadConfig({ ...prod, GRAPH_CERTIFICATE_PATH: pem });
    expect(withCert.graph?.clientId).toBe(prod.MicrosoftAppId);
    expect(withCert.graph?.credential.kind).toBe('certificate');
    const withSecret = loadConfig({ ...prod, GRAPH_CLIENT_SECRET: 'graph-only-secret' });
    expect(withSecret.graph?.clientId).toBe(prod.MicrosoftAppId);
    expect(withSecret.graph?.credential).toEqual({ kind: 'secret', clientSecret: 'graph-only-secret' });
  });

  it('uses the managed identity for Graph when MicrosoftAppType is UserAssignedMSI and Graph has no secret or certificate', () => {
    const msi = { MicrosoftAppId: APP, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT };
    expect(loadConfig(msi).graph).toMatchObject({ clientId: APP, tenantId: TENANT, credential: { kind: 'managedIdentity', userAssignedClientId: APP } });
    // A second user-assigned identity for Graph.
    const other = 'cccccccc-dddd-4eee-8fff-000000000000';
    expect(loadConfig({ ...msi, GRAPH_CLIENT_ID: other }).graph?.credential).toEqual({ kind: 'managedIdentity', userAssignedClientId: other });
    // A Graph app registration with its own secret or certificate still wins over the identity.
    expect(loadConfig({ ...msi, GRAPH_CLIENT_ID: other, GRAPH_CLIENT_SECRET: 's' }).graph?.credential).toEqual({ kind: 'secret', clientSecret: 's' });
    const { pem } = certificatePem();
    expect(loadConfig({ ...msi, GRAPH_CLIENT_ID: other, GRAPH_CERTIFICATE_PATH: pem }).graph?.credential.kind).toBe('certificate');
    // Never for a bot with a password: that stays a client secret.
    expect(loadConfig(prod).graph?.credential.kind).toBe('secret');
    expect(variableOf({ ...msi, GRAPH_CLIENT_ID: 'not-a-guid' })).toBe('GRAPH_CLIENT_ID');
  });

  it('accepts a plain-http GRAPH_ENDPOINT for a loopback host only (a local Graph double)', () => {
    const local = loadConfig({ ...prod, GRAPH_ENDPOINT: 'http://127.0.0.1:4567/', GRAPH_AUTHORITY_HOST: 'https://login.microsoftonline.com' });
    expect(local.graph?.graphEndpoint).toBe('http://127.0.0.1:4567');
    expect(variableOf({ ...prod, GRAPH_ENDPOINT: 'http://graph.example', GRAPH_AUTHORITY_HOST: 'https://login.microsoftonline.com' })).toBe('GRAPH_ENDPOINT');
    expect(variableOf({ ...prod, GRAPH_ENDPOINT: 'https://graph.microsoft.com', GRAPH_AUTHORITY_HOST: 'http://127.0.0.1:1' })).toBe('GRAPH_AUTHORITY_HOST');
  });

  it('turns telemetry on with a well-formed APPLICATIONINSIGHTS_CONNECTION_STRING, outside demo mode only', () => {
    const cs =
      'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/;ApplicationId=abc';
    expect(loadConfig({ ...prod, APPLICATIONINSIGHTS_CONNECTION_STRING: cs })).toMatchObject({
      telemetry: { connectionString: cs },
      telemetryIgnoredInDemo: false,
    });
    expect(loadConfig(prod)).toMatchObject({ telemetry: undefined, telemetryIgnoredInDemo: false });
    expect(loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: cs })).toMatchObject({ mode: 'demo', telemetry: undefined, telemetryIgnoredInDemo: true });
  });

  it.each([
    ['a bare instrumentation key', '00000000-0000-0000-0000-000000000000'],
    ['no instrumentation key', 'IngestionEndpoint=https://dc.example/'],
    ['a key that is not a GUID', 'InstrumentationKey=my-key;IngestionEndpoint=https://dc.example/'],
    ['an http ingestion endpoint', 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://dc.example/'],
    ['an ingestion endpoint with a path', 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://dc.example/v2.1/track'],
    ['a pair without a value', 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint'],
  ])('refuses APPLICATIONINSIGHTS_CONNECTION_STRING with %s, naming it without echoing it', (_name, cs) => {
    let error: unknown;
    try {
      loadConfig({ ...prod, APPLICATIONINSIGHTS_CONNECTION_STRING: cs });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('APPLICATIONINSIGHTS_CONNECTION_STRING');
    expect((error as ConfigError).message).not.toContain(cs);
  });

  it.each([
    [{ MicrosoftAppPassword: 'pw' }, 'MicrosoftAppPassword'],
    [{ ...prod, MicrosoftAppTenantId: '' }, 'MicrosoftAppTenantId'],
    [{ ...prod, MicrosoftAppType: 'Single-Tenant' }, 'MicrosoftAppType'],
    [{ ...prod, MicrosoftAppId: 'not-a-guid' }, 'MicrosoftAppId'],
    [{ ...prod, GRAPH_CLIENT_ID: APP }, 'GRAPH_CLIENT_SECRET'],
    [{ MicrosoftAppId: APP, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT, GRAPH_CLIENT_SECRET: 's' }, 'GRAPH_CLIENT_ID'],
    [{ ...prod, GRAPH_ENDPOINT: 'https://graph.microsoft.com' }, 'GRAPH_AUTHORITY_HOST'],
    [{ ...prod, GRAPH_ENDPOINT: 'http://graph.local', GRAPH_AUTHORITY_HOST: 'https://login.local' }, 'GRAPH_ENDPOINT'],
    [{ ...prod, GRAPH_CERTIFICATE_PATH: '/nonexistent.pem', GRAPH_CLIENT_ID: APP }, 'GRAPH_CERTIFICATE_PATH'],
    [{ CONFIRMATION_TTL_SECONDS: 'five' }, 'CONFIRMATION_TTL_SECONDS'],
    [{ CONFIRMATION_TTL_SECONDS: '5' }, 'CONFIRMATION_TTL_SECONDS'],
    [{ CONFIRMATION_SIGNING_KEY: 'short' }, 'CONFIRMATION_SIGNING_KEY'],
    [{ ...prod, ALLOWED_TENANT_IDS: 'contoso.com' }, 'ALLOWED_TENANT_IDS'],
    [{ PORT: '99999' }, 'PORT'],
    [{ GRAPH_CLIENT_SECRET: 'orphan' }, 'GRAPH_CLIENT_SECRET'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(variableOf(env as Record<string, string>)).toBe(variable);
  });

  it.each([
    ['Public', 'https://api.botframework.com', 'https://login.botframework.com/v1/.well-known/openidconfiguration', 'smba.trafficmanager.net'],
    ['USGov', 'https://api.botframework.us', 'https://login.botframework.azure.us/v1/.well-known/openidconfiguration', 'smba.infra.gov.teams.microsoft.us'],
    ['USGovDoD', 'https://api.botframework.us', 'https://login.botframework.azure.us/v1/.well-known/openidconfiguration', 'smba.infra.dod.teams.microsoft.us'],
    [
      'China',
      'https://api.botframework.azure.cn',
      'https://login.botframework.azure.cn/v1/.well-known/openidconfiguration',
      'frontend.botapi.msg.infra.teams.microsoftonline.cn',
    ],
  ])('BOT_CLOUD=%s fills botbuilder’s channel keys and the connector hosts', (cloud, issuer, openId, host) => {
    const c = loadConfig({ ...prod, BOT_CLOUD: cloud });
    expect(c.bot?.endpoints.ToBotFromChannelTokenIssuer).toBe(issuer);
    expect(c.bot?.endpoints.ToBotFromChannelOpenIdMetadataUrl).toBe(openId);
    expect(c.bot?.endpoints.ToChannelFromBotOAuthScope).toBe(issuer);
    expect(c.bot?.serviceUrlHosts).toContain(host);
  });

  it('lets botbuilder’s own keys win over BOT_CLOUD, http:// only for a loopback host', () => {
    const c = loadConfig({ ...prod, BOT_CLOUD: 'USGov', ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1234/openid', OAuthUrl: 'https://token.example' });
    expect(c.bot?.endpoints.ToBotFromChannelOpenIdMetadataUrl).toBe('http://127.0.0.1:1234/openid');
    expect(c.bot?.endpoints.OAuthUrl).toBe('https://token.example');
    expect(c.bot?.endpoints.ToBotFromChannelTokenIssuer).toBe('https://api.botframework.us');
    expect(variableOf({ ...prod, ToChannelFromBotLoginUrl: 'http://login.example/x' })).toBe('ToChannelFromBotLoginUrl');
  });

  it('allows only Teams connector hosts by default, and never expectReplies unless dangerously asked', () => {
    const c = loadConfig(prod);
    expect(c.bot?.serviceUrlHosts).toEqual(['smba.trafficmanager.net', 'smba.onyx.prod.teams.trafficmanager.net', 'smba.infra.gcc.teams.microsoft.com']);
    expect(c.bot?.dangerouslyAllowExpectReplies).toBe(false);
    expect(loadConfig({ ...prod, ALLOWED_SERVICE_URL_HOSTS: 'Smba.TrafficManager.net, 127.0.0.1' }).bot?.serviceUrlHosts).toEqual([
      'smba.trafficmanager.net',
      '127.0.0.1',
    ]);
    expect(loadConfig({ ...prod, DANGEROUSLY_ALLOW_EXPECT_REPLIES: 'true' }).bot?.dangerouslyAllowExpectReplies).toBe(true);
  });

  it('demoEnvironment() removes every credential variable and skips .env, so a runner always gets demo mode', () => {
    const env = demoEnvironment({ ...prod, GRAPH_CLOUD: 'USGov', PATH: '/bin' });
    expect(CREDENTIAL_VARIABLES.filter((v) => v in env)).toEqual([]);
    expect(env).toMatchObject({ PATH: '/bin', SKIP_DOTENV: 'true' });
    expect(loadConfig(env).mode).toBe('demo');
  });
});

/** A throwaway self-signed certificate and key in one PEM file, as GRAPH_CERTIFICATE_PATH takes it. */
function certificatePem(): { pem: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  const cert = join(dir, 'c.pem');
  const key = join(dir, 'k.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=test'], {
    stdio: 'ignore',
  });
  const pem = join(dir, 'graph.pem');
  writeFileSync(pem, execFileSync('cat', [cert, key]));
  return { pem, cert };
}
