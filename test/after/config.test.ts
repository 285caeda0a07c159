import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const load = (env: Record<string, string>) => loadConfig(env);

describe('after-reset configuration', () => {
  it('is off by default: no self-service pass, 60 minutes, no mail', () => {
    expect(load({}).after).toEqual({ selfServiceTap: false, tapLifetimeMinutes: 60, notifyMailSender: undefined });
  });

  it('reads SELF_SERVICE_TAP, TAP_LIFETIME_MINUTES and NOTIFY_MAIL_SENDER', () => {
    expect(load({ SELF_SERVICE_TAP: 'true', TAP_LIFETIME_MINUTES: '120', NOTIFY_MAIL_SENDER: 'mfa-notify@contoso.com' }).after).toEqual({
      selfServiceTap: true,
      tapLifetimeMinutes: 120,
      notifyMailSender: 'mfa-notify@contoso.com',
    });
    expect(load({ NOTIFY_MAIL_SENDER: '0e0e0e0e-1111-4222-8333-00000000aa01' }).after.notifyMailSender).toBe('0e0e0e0e-1111-4222-8333-00000000aa01');
  });

  it.each([
    ['SELF_SERVICE_TAP', 'yes'],
    ['TAP_LIFETIME_MINUTES', '5'],
    ['TAP_LIFETIME_MINUTES', '43201'],
    ['TAP_LIFETIME_MINUTES', '60.5'],
    ['NOTIFY_MAIL_SENDER', 'a@contoso.com, b@contoso.com'],
    ['NOTIFY_MAIL_SENDER', '../users/x'],
    ['NOTIFY_MAIL_SENDER', 'Notify <notify@contoso.com>'],
  ])('refuses %s=%s at start-up, naming the variable', (variable, value) => {
    let err: unknown;
    try {
      load({ [variable]: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe(variable);
  });
});
