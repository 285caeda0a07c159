import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphApi, simulatorTarget } from '../../src/graph/factory.js';
import { createPolicyApi } from '../../src/graph/policies.js';
import { createLogger } from '../../src/logger.js';
import { Preflight } from '../../src/preflight/preflight.js';
import { MFA_ALL_APPS_POLICY, REGISTER_SECURITY_INFO_POLICY, startSimulator, type SimulatedPolicies } from '../../src/simulator/index.js';
import { Chat, cardText, startTestBot, type TestBot } from '../helpers/bot.js';
import { LogCapture } from '../helpers/logs.js';
import { startProductionBot } from '../helpers/production.js';

/**
 * The pre-flight (issue 15): registration enforcement, the Temporary Access Pass policy, the
 * methods-policy migration and the app roles in the Graph token, read over Graph's HTTP from the
 * simulated tenant. Each finding is one log line and one line on the technician's status card.
 */
const TENANT = '00000000-0000-4000-8000-00000000de00';
const TECH = randomUUID();

describe('the technician\'s "status" command', () => {
  let bot: TestBot;
  let policies: SimulatedPolicies;
  beforeAll(async () => {
    bot = await startTestBot({ env: { DEMO_TECHNICIANS: TECH } });
    policies = bot.app.simulator!.policies;
  });
  afterAll(async () => bot.stop());
  afterEach(() => {
    policies.securityDefaultsEnabled = false;
    policies.conditionalAccess = [REGISTER_SECURITY_INFO_POLICY, MFA_ALL_APPS_POLICY];
    policies.tap = { ...policies.tap, state: 'enabled' };
    policies.migrationState = 'migrationComplete';
  });
  const tech = () => new Chat(bot, { channelId: 'msteams', aadObjectId: TECH, tenantId: TENANT });
  const findings = () => bot.logs.records().filter((r) => typeof r.preflight === 'string' && r.reason === 'status');
  const since = (n: number) => findings().slice(n);

  it('lists every finding on a card, each also one log line, on a tenant set up as Microsoft recommends', async () => {
    const before = findings().length;
    const turn = await tech().say('status');
    expect(turn.cards).toHaveLength(1);
    const text = cardText(turn.cards[0]!.card);
    expect(text).toMatch(/Tenant check before resets/);
    expect(text).toMatch(/Conditional Access requires MFA for all users/);
    expect(text).toMatch(/Temporary Access Pass is enabled \(lifetime 60–480 min \(default 60\)\)/);
    expect(text).toMatch(/every Graph permission/);
    const lines = since(before);
    expect(lines.map((l) => l.preflight)).toEqual(['registration.conditionalAccess', 'tap.enabled', 'migration.complete', 'roles.ok']);
    expect(lines.map((l) => l.severity)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(lines.every((l) => l.level === 'info')).toBe(true);
  });

  it('warns when nothing forces re-registration, and says so in the log before each reset', async () => {
    policies.conditionalAccess = [];
    const before = findings().length;
    const turn = await tech().say('status');
    expect(cardText(turn.cards[0]!.card)).toMatch(/Nothing forces re-registration/);
    const line = since(before).find((l) => l.preflight === 'registration.none');
    expect([line?.severity, line?.level]).toEqual(['warn', 'warn']);
    const logged = bot.logs.records().length;
    const offer = await new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT }).say('reset my MFA');
    expect(offer.cards).toHaveLength(1);
    expect(
      bot.logs
        .records()
        .slice(logged)
        .some((r) => r.preflight === 'registration.none' && r.level === 'warn'),
    ).toBe(true);
  });

  it('counts a report-only or a disabled policy as nothing', async () => {
    policies.conditionalAccess = [
      { ...MFA_ALL_APPS_POLICY, state: 'enabledForReportingButNotEnforced' },
      { ...REGISTER_SECURITY_INFO_POLICY, state: 'disabled' },
    ];
    const turn = await tech().say('status');
    expect(cardText(turn.cards[0]!.card)).toMatch(/Nothing forces re-registration/);
  });

  it('is satisfied by security defaults', async () => {
    policies.conditionalAccess = [];
    policies.securityDefaultsEnabled = true;
    const turn = await tech().say('status');
    expect(cardText(turn.cards[0]!.card)).toMatch(/Security defaults are on/);
    expect(cardText(turn.cards[0]!.card)).not.toMatch(/Nothing forces/);
  });

  it('warns when only chosen groups must register again', async () => {
    policies.conditionalAccess = [
      {
        ...MFA_ALL_APPS_POLICY,
        conditions: { ...MFA_ALL_APPS_POLICY.conditions, users: { includeUsers: [], excludeUsers: [], includeGroups: [randomUUID()] } },
      },
    ];
    const turn = await tech().say('status');
    expect(cardText(turn.cards[0]!.card)).toMatch(/Only some users must register again/);
  });

  it('warns that a user left with no methods cannot register when TAP is disabled under the "register security info" policy', async () => {
    policies.tap = { ...policies.tap, state: 'disabled' };
    const before = findings().length;
    const turn = await tech().say('status');
    expect(cardText(turn.cards[0]!.card)).toMatch(/Temporary Access Pass is disabled, but registering security info requires MFA/);
    expect(since(before).find((l) => l.preflight === 'tap.neededButDisabled')?.level).toBe('warn');
  });

  it('only notes a disabled TAP when registering does not need MFA', async () => {
    policies.tap = { ...policies.tap, state: 'disabled' };
    policies.conditionalAccess = [MFA_ALL_APPS_POLICY];
    const before = findings().length;
    await tech().say('status');
    expect(since(before).find((l) => l.preflight === 'tap.disabled')?.severity).toBe('info');
  });

  it('warns while the authentication methods policy migration is unfinished', async () => {
    policies.migrationState = 'migrationInProgress';
    const turn = await tech().say('status');
    expect(cardText(turn.cards[0]!.card)).toMatch(/migration is "migrationInProgress"/);
  });

  it('turns a failing read into a finding and still answers', async () => {
    bot.tenant.injectFault({ pathIncludes: 'identitySecurityDefaultsEnforcementPolicy', status: 500, times: 1 });
    const turn = await tech().say('status');
    expect(cardText(turn.cards[0]!.card)).toMatch(/security defaults could not be read just now \(Graph status 500\)/);
    // A failed read is not "nothing found": no claim that nothing forces re-registration.
    expect(cardText(turn.cards[0]!.card)).toMatch(/Conditional Access requires MFA/);
  });

  it('is not shown to someone who is not a technician, and reads nothing for them', async () => {
    // Its own technician's status first (alone or shuffled, no earlier test has read the policies):
    // the count below does see the pre-flight's reads.
    const reads = () => bot.app.simulator!.stats.requests.filter((r) => r.path.includes('conditionalAccess')).length;
    const start = reads();
    await tech().say('status');
    const afterTech = reads();
    expect(afterTech).toBeGreaterThan(start);
    const turn = await new Chat(bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT }).say('status');
    expect(turn.said).not.toMatch(/Tenant check/);
    expect(reads()).toBe(afterTech);
  });
});

describe('the pre-flight against a tenant that granted too little', () => {
  it('names the roles the after-reset steps need: signing out everywhere, and Mail.Send when a sender is set', async () => {
    const sim = await startSimulator({
      grantedRoles: ['UserAuthenticationMethod.ReadWrite.All', 'User.Read.All', 'RoleManagement.Read.Directory', 'Policy.Read.All'],
    });
    const log = createLogger('silent');
    try {
      const { client, tokens } = createGraphApi(
        simulatorTarget(sim.url, sim.tokenEndpoint, sim.tenant.tenantId, { clientId: randomUUID(), clientSecret: 'x' }),
        log,
        { requestTimeoutMs: 5000 },
      );
      const run = (notifyMail: boolean) =>
        new Preflight({ api: createPolicyApi(client, sim.url, tokens), log, features: { riskCheck: false, helpdesk: false, signOut: true, notifyMail } }).run(
          'startup',
        );
      const withMail = new Map((await run(true)).map((f) => [f.id, f]));
      expect(withMail.get('roles.missing')?.params).toEqual({
        roles: 'User.RevokeSessions.All, Mail.Send',
        features: 'sign out everywhere, NOTIFY_MAIL_SENDER',
      });
      const withoutMail = new Map((await run(false)).map((f) => [f.id, f]));
      expect(withoutMail.get('roles.missing')?.params).toEqual({ roles: 'User.RevokeSessions.All', features: 'sign out everywhere' });
    } finally {
      await sim.close();
    }
  });

  it("names the missing app roles per feature, and a read it may not make, from the token's roles claim", async () => {
    const sim = await startSimulator({ grantedRoles: ['UserAuthenticationMethod.ReadWrite.All', 'User.Read.All', 'User.ReadWrite.All'] });
    const logs = new LogCapture();
    const log = createLogger('info', logs);
    try {
      const { client, tokens } = createGraphApi(
        simulatorTarget(sim.url, sim.tokenEndpoint, sim.tenant.tenantId, { clientId: randomUUID(), clientSecret: 'x' }),
        log,
        { requestTimeoutMs: 5000 },
      );
      const preflight = new Preflight({ api: createPolicyApi(client, sim.url, tokens), log, features: { riskCheck: true, helpdesk: false } });
      const found = await preflight.run('startup');
      const byId = new Map(found.map((f) => [f.id, f]));
      expect(byId.get('roles.missing')?.params).toEqual({
        roles: 'RoleManagement.Read.Directory, Policy.Read.All, IdentityRiskyUser.Read.All',
        features: 'privileged-user check, pre-flight, RISK_CHECK',
      });
      expect(byId.get('roles.unneeded')?.params).toEqual({ roles: 'User.ReadWrite.All' });
      expect(found.filter((f) => f.id === 'read.denied').map((f) => f.params.what)).toEqual([
        'security defaults',
        'Conditional Access policies',
        'Temporary Access Pass policy',
        'authentication methods policy',
      ]);
      // No "nothing forces re-registration" from reads that were refused.
      expect(byId.has('registration.none')).toBe(false);
      const warnLines = logs.records().filter((r) => r.level === 'warn' && typeof r.preflight === 'string');
      expect(warnLines.map((r) => r.preflight)).toEqual(['read.denied', 'read.denied', 'read.denied', 'read.denied', 'roles.missing']);
      // The token itself is never logged.
      expect(logs.text()).not.toMatch(/eyJ/);
    } finally {
      await sim.close();
    }
  });
});

describe('the pre-flight in production mode', () => {
  it('reads the roles of the token msal-node obtained, and the policies, over the production Graph wiring', async () => {
    const p = await startProductionBot();
    try {
      expect(p.bot.config.mode).toBe('production');
      const found = await p.bot.app.preflight!.run('startup');
      expect(found.map((f) => f.id)).toEqual(['registration.conditionalAccess', 'tap.enabled', 'migration.complete', 'roles.ok', 'roles.unneeded']);
      // Helpdesk mode is off here: its Teams-app write role is spare (least privilege).
      expect(found.at(-1)?.params).toEqual({ roles: 'TeamsAppInstallation.ReadWriteSelfForUser.All' });
      const lines = p.bot.logs.records().filter((r) => r.reason === 'startup' && typeof r.preflight === 'string');
      expect(lines).toHaveLength(5);
      expect(p.bot.logs.text()).not.toContain(p.secrets.graphSecret);
    } finally {
      await p.stop();
    }
  });
});
