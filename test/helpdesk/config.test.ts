import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { parseHelpdeskConfig } from '../../src/helpdesk/config.js';

const G1 = '4d3c2b1a-0000-4000-8000-00000000d001';
const G2 = '4d3c2b1a-0000-4000-8000-00000000d002';

const variableOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof ConfigError ? e.variable : 'not a ConfigError';
  }
  return undefined;
};

describe('helpdesk settings', () => {
  it('defaults: off in production without a group, 900 s TTL, 20 requests an hour, no privileged group', () => {
    const c = parseHelpdeskConfig({}, 'production');
    expect(c).toMatchObject({ enabled: false, requestTtlSeconds: 900, requestsPerHour: 20, privilegedGroupId: undefined });
    expect(parseHelpdeskConfig({ HELPDESK_GROUP_ID: G1.toUpperCase() }, 'production')).toMatchObject({ enabled: true, groupId: G1 });
  });

  it('names the wrong variable', () => {
    expect(variableOf(() => parseHelpdeskConfig({ HELPDESK_GROUP_ID: 'helpdesk' }, 'production'))).toBe('HELPDESK_GROUP_ID');
    expect(variableOf(() => parseHelpdeskConfig({ HELPDESK_PRIVILEGED_GROUP_ID: G2 }, 'production'))).toBe('HELPDESK_PRIVILEGED_GROUP_ID');
    expect(variableOf(() => parseHelpdeskConfig({ HELPDESK_GROUP_ID: G1, HELPDESK_PRIVILEGED_GROUP_ID: G1 }, 'production'))).toBe(
      'HELPDESK_PRIVILEGED_GROUP_ID',
    );
    expect(variableOf(() => parseHelpdeskConfig({ HELPDESK_REQUEST_TTL_SECONDS: '10' }, 'demo'))).toBe('HELPDESK_REQUEST_TTL_SECONDS');
    expect(variableOf(() => parseHelpdeskConfig({ DEMO_TECHNICIANS: `${G1},nope` }, 'demo'))).toBe('DEMO_TECHNICIANS');
  });

  it('accepts demo technicians only in demo mode', () => {
    expect(parseHelpdeskConfig({ DEMO_TECHNICIANS: ` ${G1} , ${G2}` }, 'demo').demoTechnicians).toEqual([G1, G2]);
    expect(variableOf(() => parseHelpdeskConfig({ HELPDESK_GROUP_ID: G1, DEMO_TECHNICIANS: G2 }, 'production'))).toBe('DEMO_TECHNICIANS');
  });
});
