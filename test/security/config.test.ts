import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { spawnServer } from '../helpers/process.js';

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
    ['a Graph secret without its client id', 'GRAPH_CLIENT_ID', { ...prod, GRAPH_CLIENT_SECRET: 'graph-secret' }],
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
