import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHelpdeskConfig } from '../../src/helpdesk/config.js';
import { createHelpdesk } from '../../src/helpdesk/wiring.js';
import { createLogger } from '../../src/logger.js';
import { createMemoryState } from '../../src/state/memory.js';
import { startDirectoryRig, type DirectoryRig } from '../helpers/directory.js';
import { LogCapture } from '../helpers/logs.js';

const TECH = '0e0e0e0e-1111-4222-8333-000000000001';
const SENIOR = '0e0e0e0e-1111-4222-8333-000000000002';
const EMPLOYEE = '0e0e0e0e-1111-4222-8333-000000000003';

let rig: DirectoryRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function build(env: Record<string, string>, mode: 'demo' | 'production') {
  rig = await startDirectoryRig();
  return createHelpdesk({
    config: parseHelpdeskConfig(env, mode),
    graph: rig.client,
    graphEndpoint: rig.sim.url,
    state: createMemoryState(),
    adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
    botAppId: '',
    log: createLogger('warn', new LogCapture()),
    demoDirectory: mode === 'demo' ? rig.directory : undefined,
  });
}

describe('helpdesk wiring', () => {
  it('is absent in production without HELPDESK_GROUP_ID', async () => {
    expect(await build({}, 'production')).toBeUndefined();
  });

  it('makes DEMO_TECHNICIANS technicians and DEMO_PRIVILEGED_TECHNICIANS privileged in demo mode', async () => {
    const helpdesk = (await build({ DEMO_TECHNICIANS: TECH, DEMO_PRIVILEGED_TECHNICIANS: SENIOR }, 'demo'))!;
    const admin = { kind: 'upn', value: 'admin.grace@contoso.com' } as const;
    expect((await helpdesk.desk.name(TECH, { kind: 'upn', value: 'ana.lopez@contoso.com' })).kind).toBe('allowed');
    expect((await helpdesk.desk.name(TECH, admin)).kind).toBe('privilegedTarget');
    expect(await helpdesk.desk.name(SENIOR, admin)).toMatchObject({ kind: 'allowed', privileged: true });
    expect(await helpdesk.desk.name(EMPLOYEE, admin)).toEqual({ kind: 'onlyOwn' });
  });
});
