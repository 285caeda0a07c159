import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { HelpdeskDesk, type Submission } from '../../src/helpdesk/desk.js';
import { TechnicianRateLimit, type RateWindow, type TargetLock } from '../../src/helpdesk/limits.js';
import { createTeamsNotifier } from '../../src/helpdesk/notifier.js';
import { HelpdeskPolicy } from '../../src/helpdesk/policy.js';
import type { CardAttachment } from '../../src/helpdesk/ports.js';
import { RequestBook, type HelpdeskRequest } from '../../src/helpdesk/requests.js';
import { createLogger } from '../../src/logger.js';
import { configureDemoHelpdesk, DEMO_HELPDESK_GROUP_ID, DEMO_ROLES, DEMO_TEAMS_APP_ID, demoUserId } from '../../src/simulator/index.js';
import { createMemoryState } from '../../src/state/memory.js';
import { FakeTeamsConnector } from '../helpers/conversations.js';
import { startDirectoryRig, type DirectoryRig } from '../helpers/directory.js';
import { LogCapture } from '../helpers/logs.js';

const TENANT = '5e1a7ed0-7e4a-4b5e-9c1d-51a0fa4e0001';
const techId = (i: number) => `0b0b0b0b-1111-4222-8333-${String(i).padStart(12, '0')}`;
const TECH = techId(1);
const SECOND = techId(2);
const EMPLOYEE = '0c0c0c0c-1111-4222-8333-000000000001';

let rig: DirectoryRig | undefined;
let teams: FakeTeamsConnector | undefined;
afterEach(async () => {
  await teams?.stop();
  await rig?.close();
  rig = teams = undefined;
});

async function setup(opts: { perHour?: number; technicians?: number } = {}) {
  rig = await startDirectoryRig();
  const technicians = Array.from({ length: opts.technicians ?? 3 }, (_, i) => techId(i + 1));
  configureDemoHelpdesk(rig.directory, { technicians, privilegedTechnicians: [] });
  const directory = rig.directory;
  teams = await new FakeTeamsConnector((id) => directory.installationOf(id) !== undefined).start();
  const state = createMemoryState();
  const policy = new HelpdeskPolicy({ directory: rig.api, helpdeskGroupId: DEMO_HELPDESK_GROUP_ID });
  const requests = new RequestBook(state.pending<HelpdeskRequest>('helpdeskRequests'), state.pending<TargetLock>('helpdeskTargets'), {
    isTechnician: async (id) => (await policy.standing(id)).technician,
  });
  const desk = new HelpdeskDesk({
    policy,
    directory: rig.api,
    requests,
    rate: new TechnicianRateLimit(state.pending<RateWindow>('helpdeskRate'), { perHour: opts.perHour ?? 20 }),
    notifier: createTeamsNotifier({
      adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
      botAppId: '',
      directory: rig.api,
      teamsAppId: DEMO_TEAMS_APP_ID,
      log: createLogger('warn', new LogCapture()),
    }),
  });
  return { rig, teams, desk, requests };
}

const card = (request: HelpdeskRequest, conversationId: string): CardAttachment => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [],
    actions: [{ type: 'Action.Submit', data: { helpdesk: request.id, conversationId, answer: 'yes' } }],
  },
});

const submission = (targetUpn: string, over: Partial<Submission> = {}): Submission => ({
  tenantId: TENANT,
  requester: { userId: TECH, displayName: 'Tess Tech' },
  targetId: demoUserId(targetUpn),
  choice: 'app',
  methodIds: ['m-1'],
  methods: [{ kind: 'microsoftAuthenticator' }],
  ticket: 'INC0012345',
  reason: 'lostPhone',
  serviceUrl: teams!.url,
  targetCard: card,
  ...over,
});

describe('submitting a helpdesk request', () => {
  it('sends the target their card in their own chat and waits for them (the app installed on the way)', async () => {
    const { teams, desk } = await setup();
    const result = await desk.submit(submission('ana.lopez@contoso.com'));
    expect(result).toMatchObject({ kind: 'sent', request: { state: 'waitingForTarget', target: { displayName: 'Ana Lopez' } } });
    expect(teams.created.map((c) => c.memberId)).toEqual([demoUserId('ana.lopez@contoso.com')]);
    const request = result.kind === 'sent' ? result.request : undefined;
    expect(teams.activities[0]!.body['attachments']).toEqual([card(request!, teams.created[0]!.id)]);
  });

  it('refuses forged card data naming a privileged target, and messages nobody', async () => {
    const { teams, desk } = await setup();
    expect(await desk.submit(submission('admin.grace@contoso.com'))).toMatchObject({ kind: 'refused', decision: { kind: 'privilegedTarget' } });
    expect(teams.attempts).toEqual([]);
  });

  it('refuses a submit from someone who is not a technician (any more)', async () => {
    const { teams, desk } = await setup();
    expect(await desk.submit(submission('ana.lopez@contoso.com', { requester: { userId: EMPLOYEE } }))).toEqual({
      kind: 'refused',
      decision: { kind: 'onlyOwn' },
    });
    expect(teams.attempts).toEqual([]);
  });

  it('answers a second request for the same target with the first one', async () => {
    const { desk } = await setup();
    const first = await desk.submit(submission('ana.lopez@contoso.com'));
    const second = await desk.submit(submission('ana.lopez@contoso.com', { requester: { userId: SECOND } }));
    expect(second).toMatchObject({ kind: 'pendingExists', request: { id: first.kind === 'sent' ? first.request.id : '', state: 'waitingForTarget' } });
  });

  it('stops a technician at the hourly limit', async () => {
    const { desk } = await setup({ perHour: 2 });
    expect((await desk.submit(submission('a.one@contoso.com'))).kind).toBe('sent');
    expect((await desk.submit(submission('a.two@contoso.com'))).kind).toBe('sent');
    expect(await desk.submit(submission('a.three@contoso.com'))).toMatchObject({ kind: 'rateLimited', retryAfterMs: expect.any(Number) });
  });

  it('lets a second technician approve for a target who cannot be reached', async () => {
    const { teams, desk, requests } = await setup();
    const result = await desk.submit(submission('blocked.user@contoso.com'));
    expect(result).toMatchObject({ kind: 'unreachable', reason: 'blocked', canAskApproval: true });
    const id = result.kind === 'unreachable' ? result.request.id : '';
    expect(await desk.askApproval(id, TECH, EMPLOYEE, teams.url, card)).toEqual({ kind: 'approverNotTechnician' });
    expect(await desk.askApproval(id, TECH, SECOND, teams.url, card)).toMatchObject({ kind: 'asked', request: { state: 'waitingForApproval' } });
    expect(teams.created.map((c) => c.memberId)).toEqual([SECOND]);
    expect(await requests.approve(id, { userId: TECH, tenantId: TENANT })).toMatchObject({ ok: false, reason: 'selfApproval' });
    expect(await requests.approve(id, { userId: SECOND, tenantId: TENANT })).toMatchObject({ ok: true, request: { state: 'approved' } });
  });

  it("refuses the target's Yes, and cancels, when the target became an admin since the request", async () => {
    const { rig, desk, requests } = await setup();
    const sent = await desk.submit(submission('ana.lopez@contoso.com'));
    const id = sent.kind === 'sent' ? sent.request.id : '';
    rig.directory.grantRole(demoUserId('ana.lopez@contoso.com'), DEMO_ROLES.globalAdmin, { eligible: true });
    const ana = { userId: demoUserId('ana.lopez@contoso.com'), tenantId: TENANT };
    expect(await desk.answer(id, ana, 'yes')).toMatchObject({ kind: 'privilegedNow', transition: { ok: true, request: { state: 'cancelled' } } });
    expect((await requests.get(id))?.state).toBe('cancelled');
  });

  it('refuses a four-eyes approval when the unreachable target became an admin since', async () => {
    const { rig, teams, desk } = await setup();
    const result = await desk.submit(submission('blocked.user@contoso.com'));
    const id = result.kind === 'unreachable' ? result.request.id : '';
    await desk.askApproval(id, TECH, SECOND, teams.url, card);
    rig.directory.grantRole(demoUserId('blocked.user@contoso.com'), DEMO_ROLES.globalAdmin);
    expect(await desk.approve(id, { userId: SECOND, tenantId: TENANT })).toMatchObject({ kind: 'privilegedNow' });
  });

  it("passes an unchanged target's Yes through to the request", async () => {
    const { desk } = await setup();
    const sent = await desk.submit(submission('ana.lopez@contoso.com'));
    const id = sent.kind === 'sent' ? sent.request.id : '';
    const ana = { userId: demoUserId('ana.lopez@contoso.com'), tenantId: TENANT };
    expect(await desk.answer(id, ana, 'yes')).toMatchObject({ kind: 'transition', transition: { ok: true, request: { state: 'targetConfirmed' } } });
  });

  it('serves 50 technicians at once, each target messaged exactly once', async () => {
    const { teams, desk } = await setup({ technicians: 50 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => desk.submit(submission(`target.${i}@contoso.com`, { requester: { userId: techId(i + 1) } }))),
    );
    expect(results.map((r) => r.kind)).toEqual(Array(50).fill('sent'));
    const members = teams.created.map((c) => c.memberId);
    expect(new Set(members).size).toBe(50);
    expect(members).toHaveLength(50);
  }, 90_000); // a hang bound: 50 submissions at once took most of the default 20 s on a contended host
});
