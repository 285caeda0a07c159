import { afterEach, describe, expect, it } from 'vitest';
import { GraphCallError } from '../../src/graph/errors.js';
import { DEMO_HELPDESK_GROUP_ID, DEMO_PRIVILEGED_GROUP_ID, DEMO_ROLES, DEMO_TEAMS_APP_ID, DEMO_TIER0_GROUP_ID, demoUserId } from '../../src/simulator/index.js';
import { startDirectoryRig, type DirectoryRig } from '../helpers/directory.js';

let rig: DirectoryRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const TECH = '11111111-2222-4333-8444-555555555555';

describe('resolving the person a technician names', () => {
  it('finds a UPN with a stable object id and the properties Graph only returns when $select-ed', async () => {
    rig = await startDirectoryRig();
    const user = await rig.api.getUser('Ana.Lopez@contoso.com');
    expect(user).toMatchObject({
      id: demoUserId('ana.lopez@contoso.com'),
      displayName: 'Ana Lopez',
      userPrincipalName: 'ana.lopez@contoso.com',
      accountEnabled: true,
      userType: 'Member',
    });
    expect(user?.department).toEqual(expect.any(String));
    expect(user?.jobTitle).toEqual(expect.any(String));
    // Any name@contoso.com exists, with the same id every time.
    expect((await rig.api.getUser('new.person@contoso.com'))?.id).toBe(demoUserId('new.person@contoso.com'));
  });

  it('encodes a guest UPN so #EXT# reaches Graph instead of becoming a URL fragment', async () => {
    rig = await startDirectoryRig();
    const guest = await rig.api.getUser('kim.park_northwind.com#EXT#@contoso.com');
    expect(guest).toMatchObject({ userType: 'Guest', mail: 'kim.park@northwind.com', displayName: 'Kim Park (Northwind)' });
    expect(rig.sim.stats.requests.some((r) => r.path.includes('%23EXT%23'))).toBe(true);
  });

  it("uses the /users('…') form for a UPN starting with $, which Graph refuses in the path form", async () => {
    rig = await startDirectoryRig();
    const user = await rig.api.getUser('$svc.desk@contoso.com');
    expect(user?.userPrincipalName).toBe('$svc.desk@contoso.com');
    expect(rig.sim.stats.requests.at(-1)?.path).toContain("users('$svc.desk%40contoso.com')");
    expect((await rig.raw('/v1.0/users/$svc.desk@contoso.com')).status).toBe(400);
    // A quote inside the key form is doubled, as OData string literals require.
    expect((await rig.api.getUser("$o'neil@contoso.com"))?.userPrincipalName).toBe("$o'neil@contoso.com");
  });

  it('answers undefined for a user who does not exist, and reports a disabled account as disabled', async () => {
    rig = await startDirectoryRig();
    expect(await rig.api.getUser('kim@fabrikam.com')).toBeUndefined();
    expect((await rig.api.getUser('disabled.user@contoso.com'))?.accountEnabled).toBe(false);
  });

  it('finds a user by a secondary proxy address, and nobody for an unknown address', async () => {
    rig = await startDirectoryRig();
    const hits = await rig.api.findByMail('ana.lopez@contoso.eu');
    expect(hits.map((u) => u.displayName)).toEqual(['Ana Lopez']);
    expect(await rig.api.findByMail('nobody@fabrikam.com')).toEqual([]);
    // A quote cannot end the OData literal early (it is doubled) and still finds its owner.
    expect((await rig.api.findByMail("o'neil@contoso.com")).map((u) => u.userPrincipalName)).toEqual(["o'neil@contoso.com"]);
    expect(await rig.api.findByMail("x' or mail ne 'y@contoso.com")).toEqual([]);
  });

  it('searches display names with ConsistencyLevel: eventual and returns look-alikes as candidates', async () => {
    rig = await startDirectoryRig();
    expect((await rig.api.searchByDisplayName('Ana', 6)).map((u) => u.displayName)).toEqual(['Ana Lopes', 'Ana Lopez', 'Ana Lorenz']);
    expect((await rig.api.searchByDisplayName('ana lopez', 6)).map((u) => u.userPrincipalName)).toEqual(['ana.lopez@contoso.com']);
    expect(await rig.api.searchByDisplayName('Sam', 6)).toHaveLength(6);
    expect(await rig.api.searchByDisplayName('"\\', 6)).toEqual([]);
    // Graph refuses $search without the header: the client must send it.
    const bare = await rig.raw(`/v1.0/users?$search=${encodeURIComponent('"displayName:Ana"')}`);
    expect(bare.status).toBe(400);
  });
});

describe('group and role checks', () => {
  it('tells a technician from a non-member with checkMemberGroups', async () => {
    rig = await startDirectoryRig();
    rig.directory.addMembers(DEMO_HELPDESK_GROUP_ID, [TECH]);
    expect(await rig.api.memberOfGroups(TECH, [DEMO_HELPDESK_GROUP_ID, DEMO_PRIVILEGED_GROUP_ID])).toEqual([DEMO_HELPDESK_GROUP_ID]);
    expect(await rig.api.memberOfGroups('22222222-2222-4333-8444-555555555555', [DEMO_HELPDESK_GROUP_ID])).toEqual([]);
  });

  it('finds an active Global Administrator on admin… accounts', async () => {
    rig = await startDirectoryRig();
    const id = (await rig.api.getUser('admin.jo@contoso.com'))!.id;
    const check = await rig.api.privilegeOf(id);
    expect(check.privileged).toBe(true);
    expect(check.reasons).toContainEqual({ kind: 'activeRole', roleId: DEMO_ROLES.globalAdmin });
  });

  it('finds an eligible-only role, membership and ownership of a role-assignable group, and a custom role', async () => {
    rig = await startDirectoryRig();
    expect((await rig.api.privilegeOf(demoUserId('eligible.admin@contoso.com'))).reasons).toEqual([{ kind: 'eligibleRole', roleId: DEMO_ROLES.globalAdmin }]);
    expect((await rig.api.privilegeOf(demoUserId('tier0.operator@contoso.com'))).reasons).toEqual(
      expect.arrayContaining([
        { kind: 'roleAssignableGroup', groupId: DEMO_TIER0_GROUP_ID },
        { kind: 'activeRole', roleId: DEMO_ROLES.privilegedRoleAdmin },
      ]),
    );
    expect((await rig.api.privilegeOf(demoUserId('tier0.owner@contoso.com'))).reasons).toEqual([{ kind: 'roleAssignableGroup', groupId: DEMO_TIER0_GROUP_ID }]);
    expect((await rig.api.privilegeOf(demoUserId('custom.role@contoso.com'))).reasons).toEqual([{ kind: 'activeRole', roleId: DEMO_ROLES.customHelpdeskRole }]);
  });

  it('counts a Password Administrator and a plain user as unprivileged (Entra lets an Authentication Administrator act on them)', async () => {
    rig = await startDirectoryRig();
    expect(await rig.api.privilegeOf(demoUserId('password.admin@contoso.com'))).toEqual({ privileged: false, reasons: [] });
    expect(await rig.api.privilegeOf(demoUserId('plain.user@contoso.com'))).toEqual({ privileged: false, reasons: [] });
  });

  it('fails the privilege check, not passes it, when Graph refuses the role query', async () => {
    rig = await startDirectoryRig({ grantedRoles: ['UserAuthenticationMethod.ReadWrite.All', 'User.Read.All'] });
    await expect(rig.api.privilegeOf(demoUserId('admin.jo@contoso.com'))).rejects.toSatisfy((e: unknown) => e instanceof GraphCallError && e.status === 403);
  });
});

describe('installing the app for a target who never opened it', () => {
  it('installs once, reports 409 as already installed, then finds the 1:1 chat', async () => {
    rig = await startDirectoryRig();
    const id = demoUserId('ana.lopez@contoso.com');
    expect(await rig.api.chatIdFor(id, DEMO_TEAMS_APP_ID)).toBeUndefined();
    expect(await rig.api.installApp(id, DEMO_TEAMS_APP_ID)).toBe('installed');
    expect(await rig.api.installApp(id, DEMO_TEAMS_APP_ID)).toBe('alreadyInstalled');
    expect(await rig.api.chatIdFor(id, DEMO_TEAMS_APP_ID)).toBe(`19:${id}_${DEMO_TEAMS_APP_ID}@unq.gbl.spaces`);
  });

  it('reports an app blocked by policy as blocked', async () => {
    rig = await startDirectoryRig();
    expect(await rig.api.installApp(demoUserId('blocked.user@contoso.com'), DEMO_TEAMS_APP_ID)).toBe('blocked');
  });
});
