import { afterEach, describe, expect, it } from 'vitest';
import { HelpdeskPolicy } from '../../src/helpdesk/policy.js';
import { configureDemoHelpdesk, DEMO_HELPDESK_GROUP_ID, DEMO_PRIVILEGED_GROUP_ID, demoUserId } from '../../src/simulator/index.js';
import { startDirectoryRig, type DirectoryRig } from '../helpers/directory.js';

const TECH = '0a0a0a0a-1111-4222-8333-444444444401';
const SENIOR = '0a0a0a0a-1111-4222-8333-444444444402';
const EMPLOYEE = '0a0a0a0a-1111-4222-8333-444444444403';

let rig: DirectoryRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function setup(opts: { privilegedGroup?: boolean; cacheTtlMs?: number; maxCacheEntries?: number; now?: () => number } = {}) {
  rig = await startDirectoryRig();
  configureDemoHelpdesk(rig.directory, { technicians: [TECH], privilegedTechnicians: [SENIOR] });
  const policy = new HelpdeskPolicy({
    directory: rig.api,
    helpdeskGroupId: DEMO_HELPDESK_GROUP_ID,
    privilegedGroupId: opts.privilegedGroup === false ? undefined : DEMO_PRIVILEGED_GROUP_ID,
    ...(opts.cacheTtlMs === undefined ? {} : { cacheTtlMs: opts.cacheTtlMs }),
    ...(opts.maxCacheEntries === undefined ? {} : { maxCacheEntries: opts.maxCacheEntries }),
    ...(opts.now ? { now: opts.now } : {}),
  });
  return { rig, policy };
}

const upn = (value: string) => ({ kind: 'upn', value }) as const;
const graphPaths = (r: DirectoryRig) => r.sim.stats.requests.map((q) => q.path).filter((p) => p.startsWith('/v1.0/') || p.startsWith('/beta/'));

describe('who is a technician', () => {
  it('lets a member of the helpdesk group resolve and act on a plain user', async () => {
    const { policy } = await setup();
    const d = await policy.decide(TECH, upn('ana.lopez@contoso.com'));
    expect(d).toMatchObject({ kind: 'allowed', privileged: false, user: { id: demoUserId('ana.lopez@contoso.com') } });
  });

  it('answers "only your own" to a non-member without looking the named person up', async () => {
    const { rig, policy } = await setup();
    rig.sim.resetStats();
    expect(await policy.decide(EMPLOYEE, upn('ana.lopez@contoso.com'))).toEqual({ kind: 'onlyOwn' });
    const paths = graphPaths(rig);
    expect(paths).toEqual([`/v1.0/users/${EMPLOYEE}/checkMemberGroups`]);
    expect(paths.join(' ')).not.toMatch(/ana/i);
  });

  it('is off, with no Graph call at all, when no helpdesk group is configured', async () => {
    rig = await startDirectoryRig();
    const policy = new HelpdeskPolicy({ directory: rig.api });
    rig.sim.resetStats();
    expect(await policy.decide(TECH, upn('ana.lopez@contoso.com'))).toEqual({ kind: 'onlyOwn' });
    expect(await policy.standing(TECH)).toEqual({ technician: false, privileged: false });
    expect(rig.sim.stats.graphRequests).toBe(0);
  });

  it('trusts a membership answer for less than the cache time, not at it', async () => {
    let t = 1_000_000;
    const { rig, policy } = await setup({ cacheTtlMs: 60_000, now: () => t });
    expect((await policy.standing(TECH)).technician).toBe(true);
    rig.directory.removeMember(DEMO_HELPDESK_GROUP_ID, TECH);
    rig.sim.resetStats();
    t += 60_000;
    expect((await policy.standing(TECH)).technician).toBe(false);
    expect(rig.sim.stats.graphRequests).toBe(1);
  });

  it('caches the membership briefly: a removal counts once the cache time has passed', async () => {
    let t = 1_000_000;
    const { rig, policy } = await setup({ cacheTtlMs: 60_000, now: () => t });
    expect((await policy.standing(TECH)).technician).toBe(true);
    rig.sim.resetStats();
    rig.directory.removeMember(DEMO_HELPDESK_GROUP_ID, TECH);
    t += 59_000;
    expect((await policy.standing(TECH)).technician).toBe(true); // within the bound, no Graph call
    expect(rig.sim.stats.graphRequests).toBe(0);
    t += 2_000;
    expect((await policy.standing(TECH)).technician).toBe(false);
    expect(rig.sim.stats.graphRequests).toBe(1);
  });

  it('asks Graph once for concurrent turns of one requester', async () => {
    const { rig, policy } = await setup();
    rig.sim.resetStats();
    const all = await Promise.all(Array.from({ length: 10 }, () => policy.standing(TECH)));
    expect(all.every((s) => s.technician)).toBe(true);
    expect(rig.sim.stats.graphRequests).toBe(1);
  });

  it('does not cache a failed membership check', async () => {
    const { rig, policy } = await setup();
    rig.sim.tenant.injectFault({ pathIncludes: '/checkMemberGroups', status: 403 });
    await expect(policy.standing(TECH)).rejects.toBeDefined();
    expect((await policy.standing(TECH)).technician).toBe(true);
  });

  it('keeps at most maxCacheEntries requesters, dropping the least recently used', async () => {
    const { rig, policy } = await setup({ maxCacheEntries: 2 });
    await policy.standing(TECH);
    await policy.standing(SENIOR);
    await policy.standing(TECH); // TECH is now the most recent
    await policy.standing(EMPLOYEE); // evicts SENIOR
    rig.sim.resetStats();
    await policy.standing(TECH);
    expect(rig.sim.stats.graphRequests).toBe(0);
    await policy.standing(SENIOR);
    expect(rig.sim.stats.graphRequests).toBe(1);
  });
});

describe('which targets', () => {
  it('refuses a privileged target for a plain technician', async () => {
    const { policy } = await setup();
    const d = await policy.decide(TECH, upn('admin.jo@contoso.com'));
    expect(d.kind).toBe('privilegedTarget');
  });

  it('allows a privileged target for the privileged group, marked privileged', async () => {
    const { policy } = await setup();
    expect(await policy.decide(SENIOR, upn('admin.jo@contoso.com'))).toMatchObject({ kind: 'allowed', privileged: true });
    expect(await policy.decide(SENIOR, upn('eligible.admin@contoso.com'))).toMatchObject({ kind: 'allowed', privileged: true });
  });

  it('refuses privileged targets to everyone when no privileged group is configured', async () => {
    const { policy } = await setup({ privilegedGroup: false });
    expect((await policy.decide(SENIOR, upn('admin.jo@contoso.com'))).kind).toBe('privilegedTarget');
    expect((await policy.decide(SENIOR, upn('tier0.operator@contoso.com'))).kind).toBe('privilegedTarget');
  });

  it('refuses the technician as their own target', async () => {
    const { rig, policy } = await setup();
    const me = (await rig.api.getUser(TECH))!;
    expect((await policy.decide(TECH, { kind: 'mention', aadObjectId: TECH, name: me.displayName })).kind).toBe('self');
    expect((await policy.decide(TECH, upn(me.userPrincipalName))).kind).toBe('self');
  });

  it('reports a disabled account, a guest, an unknown person and an invalid address each as itself', async () => {
    const { policy } = await setup();
    expect((await policy.decide(TECH, upn('former.employee@contoso.com'))).kind).toBe('disabled');
    expect(await policy.decide(TECH, upn('kim.park_northwind.com#EXT#@contoso.com'))).toMatchObject({
      kind: 'allowed',
      user: { userType: 'Guest' },
    });
    expect(await policy.decide(TECH, upn('kim@fabrikam.com'))).toEqual({ kind: 'notFound' });
    expect(await policy.decide(TECH, upn('ana lopez@contoso.com'))).toEqual({ kind: 'invalid' });
    expect(await policy.decide(TECH, { kind: 'mention', aadObjectId: 'not-a-guid', name: 'x' })).toEqual({ kind: 'invalid' });
  });

  it('resolves an address that is only a proxy address', async () => {
    const { policy } = await setup();
    expect(await policy.decide(TECH, upn('ana.lopez@contoso.eu'))).toMatchObject({ kind: 'allowed', user: { displayName: 'Ana Lopez' } });
  });

  it('offers candidates for an ambiguous name, at most five, and says when there are more', async () => {
    const { policy } = await setup();
    const ana = await policy.decide(TECH, { kind: 'name', value: 'Ana' });
    expect(ana).toMatchObject({ kind: 'ambiguous', more: false });
    expect(ana.kind === 'ambiguous' && ana.candidates.map((c) => c.displayName)).toEqual(['Ana Lopes', 'Ana Lopez', 'Ana Lorenz']);
    const sam = await policy.decide(TECH, { kind: 'mention', name: 'Sam' });
    expect(sam).toMatchObject({ kind: 'ambiguous', more: true });
    expect(sam.kind === 'ambiguous' && sam.candidates).toHaveLength(5);
    expect(await policy.decide(TECH, { kind: 'name', value: 'Ana Lorenz' })).toMatchObject({ kind: 'allowed' });
  });
});

describe('a target picked from the candidates (checkTarget)', () => {
  it('answers "only your own" to a non-technician without asking anything about the person', async () => {
    const { rig, policy } = await setup();
    const ana = (await rig.api.getUser(demoUserId('ana.lopez@contoso.com')))!;
    rig.sim.resetStats();
    expect(await policy.checkTarget(EMPLOYEE, { technician: false, privileged: false }, ana)).toEqual({ kind: 'onlyOwn' });
    expect(rig.sim.stats.graphRequests).toBe(0);
  });

  it('refuses a disabled account before looking up its privileges', async () => {
    const { rig, policy } = await setup();
    const former = (await rig.api.getUser(demoUserId('former.employee@contoso.com')))!;
    expect(former.accountEnabled).toBe(false);
    const standing = await policy.standing(TECH);
    rig.sim.resetStats();
    expect(await policy.checkTarget(TECH, standing, former)).toEqual({ kind: 'disabled', user: former });
    expect(rig.sim.stats.graphRequests).toBe(0);
  });

  it('allows an enabled plain user picked by a technician, asking Graph about their roles', async () => {
    const { rig, policy } = await setup();
    const ana = (await rig.api.getUser(demoUserId('ana.lopez@contoso.com')))!;
    const standing = await policy.standing(TECH);
    rig.sim.resetStats();
    expect(await policy.checkTarget(TECH, standing, ana)).toMatchObject({ kind: 'allowed', privileged: false, user: { id: ana.id } });
    expect(rig.sim.stats.graphRequests).toBeGreaterThan(0);
  });
});
