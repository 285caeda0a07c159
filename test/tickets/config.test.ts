import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { parseTicketConfig } from '../../src/tickets/config.js';

const variableOf = (env: Record<string, string>): string | undefined => {
  try {
    parseTicketConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.variable;
    throw e;
  }
  return undefined;
};

const sn = {
  TICKET_SYSTEM: 'servicenow',
  SERVICENOW_INSTANCE_URL: 'https://contoso.service-now.com',
  SERVICENOW_USERNAME: 'u',
  SERVICENOW_PASSWORD: 'Secret-Pw-1',
};

describe('ticket configuration', () => {
  it('is off when TICKET_SYSTEM is unset', () => {
    expect(parseTicketConfig({})).toBeUndefined();
    expect(parseTicketConfig({ TICKET_SYSTEM: '' })).toBeUndefined();
  });

  it('names TICKET_SYSTEM when it is unknown', () => {
    expect(variableOf({ TICKET_SYSTEM: 'zendesk' })).toBe('TICKET_SYSTEM');
  });

  it('names the missing variable', () => {
    expect(variableOf({ ...sn, SERVICENOW_PASSWORD: '' })).toBe('SERVICENOW_PASSWORD');
    expect(variableOf({ TICKET_SYSTEM: 'freshdesk', FRESHDESK_URL: 'https://contoso.freshdesk.com' })).toBe('FRESHDESK_API_KEY');
    expect(variableOf({ TICKET_SYSTEM: 'webhook', TICKET_WEBHOOK_SECRET: `whsec_${Buffer.alloc(32, 7).toString('base64')}` })).toBe('TICKET_WEBHOOK_URL');
    expect(
      variableOf({ TICKET_SYSTEM: 'kaseyabms', KASEYA_BMS_USERNAME: 'u', KASEYA_BMS_PASSWORD: 'p', KASEYA_BMS_TENANT: 't', KASEYA_BMS_NOTE_TYPE_ID: '1' }),
    ).toBe('KASEYA_BMS_TOTP_SECRET');
  });

  it('refuses http:// to a non-loopback host and accepts it for loopback', () => {
    expect(variableOf({ ...sn, SERVICENOW_INSTANCE_URL: 'http://contoso.service-now.com' })).toBe('SERVICENOW_INSTANCE_URL');
    expect(variableOf({ ...sn, SERVICENOW_INSTANCE_URL: 'http://127.0.0.1:8080' })).toBeUndefined();
    expect(variableOf({ ...sn, SERVICENOW_INSTANCE_URL: 'http://localhost:8080' })).toBeUndefined();
    expect(variableOf({ ...sn, SERVICENOW_INSTANCE_URL: 'ftp://x' })).toBe('SERVICENOW_INSTANCE_URL');
  });

  it('refuses credentials inside a URL', () => {
    expect(variableOf({ ...sn, SERVICENOW_INSTANCE_URL: 'https://u:p@contoso.service-now.com' })).toBe('SERVICENOW_INSTANCE_URL');
  });

  it('never echoes a secret in the error', () => {
    try {
      parseTicketConfig({ TICKET_SYSTEM: 'webhook', TICKET_WEBHOOK_URL: 'https://x.example/hook', TICKET_WEBHOOK_SECRET: 'not-a-whsec-secret-value' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).variable).toBe('TICKET_WEBHOOK_SECRET');
      expect((e as Error).message).not.toContain('not-a-whsec-secret-value');
    }
  });

  it('keeps self-service records and status changes off by default, and checks their values', () => {
    const c = parseTicketConfig(sn)!;
    expect(c.selfServiceRecords).toBe(false);
    expect(c.setStatus).toBe(false);
    expect(variableOf({ ...sn, TICKET_SELF_SERVICE: 'yes' })).toBe('TICKET_SELF_SERVICE');
    expect(variableOf({ ...sn, TICKET_SET_STATUS: 'true' })).toBe('TICKET_SET_STATUS');
  });

  it('refuses self-service records where creating one is not simple', () => {
    expect(
      variableOf({ TICKET_SYSTEM: 'halo', HALO_URL: 'https://x.halopsa.com', HALO_CLIENT_ID: 'a', HALO_CLIENT_SECRET: 'b', TICKET_SELF_SERVICE: 'create' }),
    ).toBe('TICKET_SELF_SERVICE');
    expect(
      variableOf({ TICKET_SYSTEM: 'jira', JIRA_URL: 'https://x.atlassian.net', JIRA_EMAIL: 'a', JIRA_API_TOKEN: 'b', TICKET_SELF_SERVICE: 'create' }),
    ).toBe('JIRA_SERVICE_DESK_ID');
  });

  it('chooses OAuth for ServiceNow when a client id is set, and then needs the secret', () => {
    expect(variableOf({ TICKET_SYSTEM: 'servicenow', SERVICENOW_INSTANCE_URL: 'https://x.service-now.com', SERVICENOW_CLIENT_ID: 'c' })).toBe(
      'SERVICENOW_CLIENT_SECRET',
    );
  });

  it('defaults the Halo outcome to 7 (Internal Note) and Autotask discovery to the public host', () => {
    const h = parseTicketConfig({ TICKET_SYSTEM: 'halo', HALO_URL: 'https://x.halopsa.com', HALO_CLIENT_ID: 'a', HALO_CLIENT_SECRET: 'b' })!;
    expect(h.system).toMatchObject({ outcomeId: 7 });
    const a = parseTicketConfig({ TICKET_SYSTEM: 'autotask', AUTOTASK_USERNAME: 'u@x', AUTOTASK_SECRET: 's', AUTOTASK_INTEGRATION_CODE: 'c' })!;
    expect(a.system).toMatchObject({ discoveryUrl: 'https://webservices.autotask.net/atservicesrest' });
  });

  it('in demo mode accepts only loopback ticket URLs, defaults included', () => {
    expect(() => parseTicketConfig(sn, { demo: true })).toThrow(ConfigError);
    expect(parseTicketConfig({ ...sn, SERVICENOW_INSTANCE_URL: 'http://127.0.0.1:9000' }, { demo: true })?.system.system).toBe('servicenow');
    try {
      parseTicketConfig({ TICKET_SYSTEM: 'autotask', AUTOTASK_USERNAME: 'u@x', AUTOTASK_SECRET: 's', AUTOTASK_INTEGRATION_CODE: 'c' }, { demo: true });
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).variable).toBe('AUTOTASK_URL');
    }
  });
});
