import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

/** The variables of issue 15's guards: defaults, and a clear start-up error naming the variable. */
describe('guard configuration', () => {
  it('defaults to three resets a day, no risk check, and the privileged service desk in words', () => {
    const c = loadConfig({});
    expect(c.guards).toEqual({ riskCheck: false, resetsPerDay: 3 });
    expect(c.support.privilegedSupport).toBe('the service desk for administrator accounts');
  });

  it('reads RISK_CHECK, SELF_SERVICE_RESETS_PER_DAY and PRIVILEGED_SUPPORT_CONTACT', () => {
    const c = loadConfig({ RISK_CHECK: 'true', SELF_SERVICE_RESETS_PER_DAY: '5', PRIVILEGED_SUPPORT_CONTACT: 'Tier 0 desk, +1 555 0100' });
    expect(c.guards).toEqual({ riskCheck: true, resetsPerDay: 5 });
    expect(c.support.privilegedSupport).toBe('Tier 0 desk, +1 555 0100');
  });

  for (const [variable, value] of [
    ['RISK_CHECK', 'yes'],
    ['SELF_SERVICE_RESETS_PER_DAY', '0'],
    ['SELF_SERVICE_RESETS_PER_DAY', 'three'],
    ['SELF_SERVICE_RESETS_PER_DAY', '101'],
  ] as const) {
    it(`refuses ${variable}=${value} with an error naming the variable`, () => {
      let error: unknown;
      try {
        loadConfig({ [variable]: value });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe(variable);
    });
  }
});
