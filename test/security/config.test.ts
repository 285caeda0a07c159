import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';

const APP = '11111111-2222-4333-8444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const PASSWORD = 'bot-password-value-0123456789';
const prod = { MicrosoftAppId: APP, MicrosoftAppPassword: PASSWORD, MicrosoftAppTenantId: TENANT };

/**
 * The built server refuses inconsistent configuration at startup: a non-zero exit code and one
 * line on stderr naming the variable and why. Never a silent fall back to demo mode.
 */
describe('startup refuses inconsistent configuration', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['a bot password without an app id', 'MicrosoftAppPassword', { MicrosoftAppPassword: PASSWORD }],
    ['a bot tenant without an app id', 'MicrosoftAppTenantId', { MicrosoftAppTenantId: TENANT }],
    ['SingleTenant without a tenant id', 'MicrosoftAppTenantId', { MicrosoftAppId: APP, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'SingleTenant' }],
    ['the default app type (SingleTenant) without a tenant id', 'MicrosoftAppTenantId', { MicrosoftAppId: APP, MicrosoftAppPassword: PASSWORD }],
    ['an app id without a password', 'MicrosoftAppPassword', { MicrosoftAppId: APP, MicrosoftAppTenantId: TENANT }],
    ['a misspelt app type (botbuilder would silently use MultiTenant)', 'MicrosoftAppType', { ...prod, MicrosoftAppType: 'Single-Tenant' }],
    ['UserAssignedMSI with a password', 'MicrosoftAppPassword', { ...prod, MicrosoftAppType: 'UserAssignedMSI' }],
    ['a Graph client id without its secret', 'GRAPH_CLIENT_SECRET', { ...prod, GRAPH_CLIENT_ID: APP }],
    [
      'a Graph secret for a managed-identity bot without the client id it belongs to',
      'GRAPH_CLIENT_ID',
      { MicrosoftAppId: APP, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT, GRAPH_CLIENT_SECRET: 'graph-secret' },
    ],
    ['a Graph endpoint without its authority host', 'GRAPH_AUTHORITY_HOST', { ...prod, GRAPH_ENDPOINT: 'https://graph.microsoft.us' }],
    ['a Graph authority host without its endpoint', 'GRAPH_ENDPOINT', { ...prod, GRAPH_AUTHORITY_HOST: 'https://login.microsoftonline.us' }],
    ['Graph credentials in demo mode', 'GRAPH_CLIENT_SECRET', { GRAPH_CLIENT_SECRET: 'graph-secret' }],
    ['a non-numeric confirmation TTL', 'CONFIRMATION_TTL_SECONDS', { CONFIRMATION_TTL_SECONDS: 'five minutes' }],
    ['a zero confirmation TTL', 'CONFIRMATION_TTL_SECONDS', { CONFIRMATION_TTL_SECONDS: '0' }],
    ['a negative confirmation TTL', 'CONFIRMATION_TTL_SECONDS', { CONFIRMATION_TTL_SECONDS: '-300' }],
    ['a fractional confirmation TTL', 'CONFIRMATION_TTL_SECONDS', { CONFIRMATION_TTL_SECONDS: '300.5' }],
    ['a day-long confirmation TTL', 'CONFIRMATION_TTL_SECONDS', { CONFIRMATION_TTL_SECONDS: '86400' }],
    ['a short confirmation signing key', 'CONFIRMATION_SIGNING_KEY', { CONFIRMATION_SIGNING_KEY: 'short' }],
    ['a tenant allow-list entry that is not a tenant id', 'ALLOWED_TENANT_IDS', { ...prod, ALLOWED_TENANT_IDS: 'contoso.com' }],
    // Production intent must never silently become demo mode (issue 10, item 6).
    ['an app id that is present but empty (an unresolved secret reference)', 'MicrosoftAppId', { MicrosoftAppId: '' }],
    ['every credential variable present but empty', 'MicrosoftAppId', { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppTenantId: ' ' }],
    ['a bot password that is present but blank', 'MicrosoftAppPassword', { ...prod, MicrosoftAppPassword: '  ' }],
    ['an app type without an app id', 'MicrosoftAppType', { MicrosoftAppType: 'SingleTenant' }],
    ['a tenant allow-list without an app id', 'ALLOWED_TENANT_IDS', { ALLOWED_TENANT_IDS: TENANT }],
    ['a confirmation signing key without an app id', 'CONFIRMATION_SIGNING_KEY', { CONFIRMATION_SIGNING_KEY: PASSWORD + PASSWORD }],
    ['a Graph cloud without an app id', 'GRAPH_CLOUD', { GRAPH_CLOUD: 'USGov' }],
    ['a Bot Framework cloud without an app id', 'BOT_CLOUD', { BOT_CLOUD: 'USGov' }],
    ['the app id in the wrong case', 'MICROSOFT_APP_ID', { MICROSOFT_APP_ID: APP }],
    ['the password in the wrong case, next to a right app id', 'MICROSOFTAPPPASSWORD', { ...prod, MICROSOFTAPPPASSWORD: PASSWORD }],
    ['an unknown Bot Framework cloud', 'BOT_CLOUD', { ...prod, BOT_CLOUD: 'Mars' }],
    [
      'a plain-http OpenID metadata URL on another host',
      'ToBotFromChannelOpenIdMetadataUrl',
      { ...prod, ToBotFromChannelOpenIdMetadataUrl: 'http://login.example/openid' },
    ],
    [
      'a service URL host list that is not host names',
      'ALLOWED_SERVICE_URL_HOSTS',
      { ...prod, ALLOWED_SERVICE_URL_HOSTS: 'https://smba.trafficmanager.net/teams' },
    ],
  ];

  it.concurrent.each(cases)('refuses %s, naming %s', async (_what, variable, env) => {
    const p = spawnServer(env);
    const code = await p.exited;
    expect(code).not.toBe(0);
    expect(typeof code).toBe('number');
    expect(p.stdout.filter((l) => l.trim())).toEqual([]);
    const lines = p.stderr.filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Configuration error: ${variable}: \\S.{8,}$`));
    expect(lines[0]).not.toContain(PASSWORD); // names the variable, never echoes a secret
  });

  it('defaults MicrosoftAppType to SingleTenant', () => {
    expect(loadConfig(prod).bot?.appType).toBe('SingleTenant');
  });
});

/** Everything a newcomer or an operator reads on stderr at start-up (items 6 and 17). */
describe('start-up messages', () => {
  async function stderrOf(p: ServerProcess, pattern: RegExp): Promise<string> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && p.child.exitCode === null && !p.stderr.some((l) => pattern.test(l))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    return p.stderr.join('\n');
  }

  it('prints the demo notice and the next steps on stderr even with LOG_LEVEL=error', async () => {
    const p = spawnServer({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' });
    try {
      const text = await stderrOf(p, /reset my MFA/);
      expect(text).toMatch(/DEMO MODE/);
      expect(text).toMatch(/Bot URL http:\/\/127\.0\.0\.1:\d+\/api\/messages/);
      expect(text).toMatch(/npx @microsoft\/m365agentsplayground -e http:\/\/127\.0\.0\.1:\d+\/api\/messages/);
      expect(p.stdout.filter((l) => l.trim())).toEqual([]); // LOG_LEVEL=error still holds for the JSON log
    } finally {
      p.child.kill('SIGKILL');
      await p.exited;
    }
  });

  it('says which variable to change when the port is busy, and exits 2', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const p = spawnServer({ PORT: String(port), HOST: '127.0.0.1' });
      expect(await p.exited).toBe(2);
      const lines = p.stderr.filter((l) => l.trim() && !/DEMO MODE/.test(l));
      expect(lines).toEqual([expect.stringMatching(new RegExp(`port ${port} .*already in use.*set PORT`))]);
    } finally {
      await new Promise<void>((resolve) => busy.close(() => resolve()));
    }
  });

  it('says which variable to change when HOST is not an address of this machine, and exits 2', async () => {
    const p = spawnServer({ PORT: '0', HOST: '192.0.2.1' }); // TEST-NET-1: never local
    expect(await p.exited).toBe(2);
    expect(p.stderr.filter((l) => l.trim())).toEqual([expect.stringMatching(/HOST=192\.0\.2\.1 is not an address of this machine\. Set HOST to/)]);
  });
});
