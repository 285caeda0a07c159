import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { createTeamsNotifier } from '../../src/helpdesk/notifier.js';
import type { CardAttachment } from '../../src/helpdesk/ports.js';
import { createLogger } from '../../src/logger.js';
import { DEMO_TEAMS_APP_ID, demoUserId } from '../../src/simulator/index.js';
import { createMemoryState } from '../../src/state/memory.js';
import type { ConversationRefs } from '../../src/state/ports.js';
import { FakeTeamsConnector } from '../helpers/conversations.js';
import { startDirectoryRig, type DirectoryRig } from '../helpers/directory.js';
import { LogCapture } from '../helpers/logs.js';

const TENANT = '5e1a7ed0-7e4a-4b5e-9c1d-51a0fa4e0001';
const CARD: CardAttachment = {
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Tess asked to reset your MFA' }] },
};

let rig: DirectoryRig | undefined;
let teams: FakeTeamsConnector | undefined;
afterEach(async () => {
  await teams?.stop();
  await rig?.close();
  rig = undefined;
  teams = undefined;
});

async function setup(opts: { teamsCatchesUp?: boolean; teamsAppId?: string | undefined; onTurnError?: boolean } = {}) {
  rig = await startDirectoryRig();
  const directory = rig.directory;
  // Teams accepts a 1:1 chat once our app is installed for the user, which the simulated Graph records.
  teams = await new FakeTeamsConnector((id) => opts.teamsCatchesUp !== false && directory.installationOf(id) !== undefined).start();
  const conversations: ConversationRefs = createMemoryState().conversations;
  const logs = new LogCapture();
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  // Production's adapter (src/adapter.ts) has one: it swallows what the turn's logic throws.
  if (opts.onTurnError) adapter.onTurnError = async () => undefined;
  const notifier = createTeamsNotifier({
    adapter,
    botAppId: '',
    directory: rig.api,
    teamsAppId: 'teamsAppId' in opts ? opts.teamsAppId : DEMO_TEAMS_APP_ID,
    conversations,
    log: createLogger('debug', logs),
  });
  const send = (upn: string, card: (conversationId: string) => CardAttachment = () => CARD) =>
    notifier.sendToUser({ tenantId: TENANT, userId: demoUserId(upn), serviceUrl: teams!.url, card });
  return { rig, teams, conversations, send, logs };
}

const installs = (r: DirectoryRig) => r.sim.stats.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/teamwork/installedApps'));

describe('the proactive message to the target', () => {
  it("creates the 1:1 chat with the target's object id and tenant, and delivers the card", async () => {
    const { rig, teams, conversations, send } = await setup();
    const ana = demoUserId('ana.lopez@contoso.com');
    await rig.api.installApp(ana, DEMO_TEAMS_APP_ID);
    const result = await send('ana.lopez@contoso.com');
    expect(result).toEqual({ ok: true, conversationId: `a:1on1-${ana}`, activityId: expect.any(String) });
    expect(teams.created).toHaveLength(1);
    expect(teams.created[0]!.body).toMatchObject({ isGroup: false, members: [{ id: ana }], tenantId: TENANT, channelData: { tenant: { id: TENANT } } });
    expect(teams.created[0]!.body['members']).not.toContainEqual(expect.objectContaining({ aadObjectId: expect.anything() }));
    expect(teams.activities).toHaveLength(1);
    expect(teams.activities[0]!.body).toMatchObject({ type: 'message', attachments: [CARD] });
    expect(await conversations.get(ana)).toMatchObject({ conversationId: `a:1on1-${ana}`, tenantId: TENANT, channelId: 'msteams' });
  });

  it('installs the app through Graph when Teams says it is not installed, then tries once more', async () => {
    const { rig, teams, send } = await setup();
    expect((await send('bo.newcomer@contoso.com')).ok).toBe(true);
    expect(installs(rig)).toHaveLength(1);
    expect(teams.attempts).toHaveLength(2);
    expect(teams.activities).toHaveLength(1);
  });

  it('reports "blocked" when the app permission policy refuses the install, and sends nothing', async () => {
    const { teams, send } = await setup();
    expect(await send('blocked.user@contoso.com')).toEqual({ ok: false, reason: 'blocked' });
    expect(teams.activities).toHaveLength(0);
  });

  it('reports "blocked" on 403 MessageWritesBlocked', async () => {
    const { rig, teams, send, logs } = await setup();
    const ana = demoUserId('ana.lopez@contoso.com');
    await rig.api.installApp(ana, DEMO_TEAMS_APP_ID);
    teams.blocked.add(ana);
    expect(await send('ana.lopez@contoso.com')).toEqual({ ok: false, reason: 'blocked' });
    expect(logs.text()).not.toContain('proactive message failed');
  });

  it('reports "notInstalled" when Teams still refuses after the install, without retrying further', async () => {
    const { teams, send } = await setup({ teamsCatchesUp: false });
    expect(await send('ana.lopez@contoso.com')).toEqual({ ok: false, reason: 'notInstalled' });
    expect(teams.attempts).toHaveLength(2);
  });

  it('builds the card in the new conversation, so a token can be bound to it', async () => {
    const { teams, send } = await setup();
    const withId = (conversationId: string): CardAttachment => ({ ...CARD, content: { ...CARD.content, conversationId } });
    const result = await send('ana.lopez@contoso.com', withId);
    expect(result.ok && teams.activities[0]!.body['attachments']).toEqual([withId(result.ok ? result.conversationId : '')]);
  });

  it('sends nothing and reports "failed" when the card cannot be built', async () => {
    const { teams, send } = await setup();
    const result = await send('ana.lopez@contoso.com', () => {
      throw new Error('no token');
    });
    expect(result).toEqual({ ok: false, reason: 'failed' });
    expect(teams.activities).toHaveLength(0);
  });

  it('reports "notInstalled" without touching Graph when no catalog app id is configured', async () => {
    const { rig, teams, send } = await setup({ teamsAppId: undefined });
    expect(await send('ana.lopez@contoso.com')).toEqual({ ok: false, reason: 'notInstalled' });
    expect(installs(rig)).toHaveLength(0);
    expect(teams.attempts).toHaveLength(1);
  });

  it("reports a refused send or an unbuildable card as not sent when the adapter has an onTurnError, as production's does", async () => {
    const { rig, teams, send } = await setup({ onTurnError: true });
    const ana = demoUserId('ana.lopez@contoso.com');
    await rig.api.installApp(ana, DEMO_TEAMS_APP_ID);
    teams.blocked.add(ana);
    expect(await send('ana.lopez@contoso.com')).toEqual({ ok: false, reason: 'blocked' });
    teams.blocked.delete(ana);
    teams.failing.add(ana);
    expect(await send('ana.lopez@contoso.com')).toEqual({ ok: false, reason: 'failed' });
    teams.failing.delete(ana);
    const noToken = () => {
      throw new Error('no token');
    };
    expect(await send('ana.lopez@contoso.com', noToken)).toEqual({ ok: false, reason: 'failed' });
    expect(teams.activities).toHaveLength(0);
    expect((await send('ana.lopez@contoso.com')).ok).toBe(true);
  });

  it('reports "failed" when Teams refuses for any other reason', async () => {
    const { rig, teams, send } = await setup();
    const ana = demoUserId('ana.lopez@contoso.com');
    await rig.api.installApp(ana, DEMO_TEAMS_APP_ID);
    teams.failing.add(ana);
    expect(await send('ana.lopez@contoso.com')).toEqual({ ok: false, reason: 'failed' });
  });
});
