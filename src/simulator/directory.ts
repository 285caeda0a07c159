/**
 * The simulated tenant's directory: users, groups, role assignments and Teams app installations,
 * for helpdesk mode. No HTTP here (directory-routes.ts maps requests to these operations).
 *
 * Any `name@contoso.com` exists, with an object id derived from the UPN (stable across runs), so
 * a demo can name anyone. A few fixed users model the hard cases: disabled accounts, a guest,
 * role holders (`admin…@contoso.com` hold Global Administrator), look-alike display names.
 */
import { createHash } from 'node:crypto';

const DEMO_DOMAIN = 'contoso.com';
/** Fixed ids so a demo can be configured (and a test can assert) without reading state. */
export const DEMO_HELPDESK_GROUP_ID = '4d3c2b1a-0000-4000-8000-00000000d001';
export const DEMO_PRIVILEGED_GROUP_ID = '4d3c2b1a-0000-4000-8000-00000000d002';
/** A role-assignable group holding Privileged Role Administrator ("Tier 0 operators"). */
export const DEMO_TIER0_GROUP_ID = '4d3c2b1a-0000-4000-8000-00000000d003';
/** Our app in the simulated org catalog (the catalog id, which differs from the manifest id). */
export const DEMO_TEAMS_APP_ID = '8f0e7d6c-0000-4000-8000-0000000a0001';

export const ROLE = Object.freeze({
  globalAdmin: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdmin: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  passwordAdmin: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  /** A custom role definition: not a template id, privileged by Entra's table ("all other roles"). */
  customHelpdeskRole: 'c0ffee00-0000-4000-8000-00000000c001',
});

export interface SimUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly mail: string | null;
  readonly proxyAddresses: readonly string[];
  readonly department: string | null;
  readonly jobTitle: string | null;
  readonly accountEnabled: boolean;
  readonly userType: 'Member' | 'Guest';
  /** Entra's preferred language tag; unset (null to Graph) for most users, as in real tenants. */
  readonly preferredLanguage?: string;
  /** Install of our app refused by the tenant's app permission policy. */
  readonly appBlocked?: boolean;
}

export interface SimGroup {
  readonly id: string;
  readonly displayName: string;
  readonly isAssignableToRole: boolean;
  readonly members: Set<string>;
  readonly owners: Set<string>;
  /** Role template ids assigned to the group (only role-assignable groups may hold roles). */
  readonly roles: readonly string[];
}

export interface SimRoleAssignment {
  readonly id: string;
  readonly principalId: string;
  readonly roleDefinitionId: string;
  readonly directoryScopeId: string;
}

/** Generated users kept at most; fixed users and group members are never forgotten. */
const MAX_GENERATED = 5_000;
const LOCAL_PART = /^[a-z0-9$][a-z0-9._'$-]{0,63}$/i;
const GUEST_LOCAL = /^([a-z0-9._-]{1,64})_([a-z0-9.-]{1,128})#EXT#$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEPARTMENTS = ['Finance', 'Sales', 'Engineering', 'Operations', 'Marketing', 'Legal', 'People'] as const;
const TITLES = ['Analyst', 'Manager', 'Specialist', 'Engineer', 'Coordinator', 'Consultant'] as const;

function digest(label: string): Buffer {
  return createHash('sha256').update(`directory\u0000${label}`).digest();
}

/** A version-4-shaped GUID derived from the label. */
function stableId(label: string): string {
  const h = Buffer.from(digest(label).subarray(0, 16));
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x40;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** The object id the simulated directory gives `upn` (tests and demos may want it up front). */
export function demoUserId(upn: string): string {
  return stableId(`user\u0000${upn.toLowerCase()}`);
}

function titleCase(local: string): string {
  return local
    .split(/[._-]+/)
    .filter((w) => w !== '' && !/^\$+$/.test(w))
    .map((w) => w.replace(/^\$/, '').charAt(0).toUpperCase() + w.replace(/^\$/, '').slice(1).toLowerCase())
    .join(' ');
}

function pick<T>(list: readonly T[], b: Buffer, i: number): T {
  return list[(b[i] ?? 0) % list.length] as T;
}

export type UserLookup = { kind: 'found'; user: SimUser } | { kind: 'notFound' } | { kind: 'badId' };

export class SimulatedDirectory {
  readonly domain = DEMO_DOMAIN;
  private readonly users = new Map<string, SimUser>(); // by id
  private readonly byUpn = new Map<string, string>(); // lower-case UPN → id
  private readonly fixed = new Set<string>(); // ids never evicted, searchable
  private readonly groups = new Map<string, SimGroup>();
  private readonly assignments: SimRoleAssignment[] = [];
  private readonly eligibilities: SimRoleAssignment[] = [];
  private readonly installations = new Map<string, string>(); // user id → installation id

  constructor() {
    this.addGroup({ id: DEMO_HELPDESK_GROUP_ID, displayName: 'MFA reset technicians', isAssignableToRole: false, roles: [] });
    this.addGroup({ id: DEMO_PRIVILEGED_GROUP_ID, displayName: 'MFA reset technicians (privileged)', isAssignableToRole: false, roles: [] });
    this.addGroup({ id: DEMO_TIER0_GROUP_ID, displayName: 'Tier 0 operators', isAssignableToRole: true, roles: [ROLE.privilegedRoleAdmin] });
    this.seed();
  }

  /** Make these object ids (Teams `aadObjectId`s) members of the group; unknown ids become users. */
  addMembers(groupId: string, userIds: readonly string[]): void {
    const g = this.groups.get(groupId.toLowerCase());
    if (!g) throw new Error(`no simulated group ${groupId}`);
    for (const raw of userIds) {
      const id = raw.trim().toLowerCase();
      if (!GUID.test(id)) throw new Error(`not an object id: ${raw}`);
      const user = this.userById(id);
      this.fixed.add(user.id);
      g.members.add(user.id);
    }
  }

  /** Give a user a directory role (a template or custom role definition id), active or PIM-eligible. */
  grantRole(userId: string, roleDefinitionId: string, opts: { eligible?: boolean } = {}): void {
    const user = this.lookup(userId);
    if (user.kind !== 'found') throw new Error(`no simulated user ${userId}`);
    this.fixed.add(user.user.id);
    this.assign(user.user.id, roleDefinitionId.toLowerCase(), opts.eligible ?? false);
  }

  removeMember(groupId: string, userId: string): void {
    this.groups.get(groupId.toLowerCase())?.members.delete(userId.toLowerCase());
  }

  /** By object id or UPN. Unknown GUIDs are users too (as in the method store: anyone exists). */
  lookup(idOrUpn: string): UserLookup {
    const key = idOrUpn.trim().toLowerCase();
    if (GUID.test(key)) return { kind: 'found', user: this.userById(key) };
    if (!key.includes('@')) return { kind: 'badId' };
    const known = this.byUpn.get(key);
    if (known) return { kind: 'found', user: this.users.get(known)! };
    const generated = this.generate(key);
    return generated ? { kind: 'found', user: generated } : { kind: 'notFound' };
  }

  /** Mail or proxy address match, case-insensitive (fixed users, and generated members by UPN). */
  findByMail(address: string): SimUser[] {
    const a = address.toLowerCase();
    const hits = [...this.users.values()].filter((u) => u.mail?.toLowerCase() === a || u.proxyAddresses.some((p) => p.toLowerCase() === `smtp:${a}`));
    if (hits.length > 0) return hits;
    // Every contoso.com address is someone's primary mail (generated users are created on demand).
    const r = this.lookup(a);
    return r.kind === 'found' && r.user.mail?.toLowerCase() === a ? [r.user] : [];
  }

  /** Graph's `$search="displayName:…"`: every term is the start of a word of the name. */
  searchDisplayName(term: string): SimUser[] {
    const terms = term
      .toLowerCase()
      .split(/\s+/)
      .filter((t) => t !== '');
    if (terms.length === 0) return [];
    return [...this.fixed]
      .map((id) => this.users.get(id)!)
      .filter((u) => {
        const words = u.displayName.toLowerCase().split(/[\s()._-]+/);
        return terms.every((t) => words.some((w) => w.startsWith(t)));
      })
      .sort((x, y) => x.displayName.localeCompare(y.displayName));
  }

  /** Groups the user is a (transitive: no nesting here) member of. */
  groupsOf(userId: string): SimGroup[] {
    const id = userId.toLowerCase();
    return [...this.groups.values()].filter((g) => g.members.has(id));
  }

  /** Groups the user owns. */
  groupsOwnedBy(userId: string): SimGroup[] {
    const id = userId.toLowerCase();
    return [...this.groups.values()].filter((g) => g.owners.has(id));
  }

  /** Role template ids the user holds actively, directly or through a group. */
  activeRolesOf(userId: string): string[] {
    const id = userId.toLowerCase();
    const direct = this.assignments.filter((a) => a.principalId === id).map((a) => a.roleDefinitionId);
    return [...new Set([...direct, ...this.groupsOf(id).flatMap((g) => g.roles)])];
  }

  roleAssignments(principalId?: string): SimRoleAssignment[] {
    return this.assignments.filter((a) => principalId === undefined || a.principalId === principalId.toLowerCase());
  }

  roleEligibilities(principalId?: string): SimRoleAssignment[] {
    return this.eligibilities.filter((a) => principalId === undefined || a.principalId === principalId.toLowerCase());
  }

  hasGroup(id: string): boolean {
    return this.groups.has(id.toLowerCase());
  }

  /** Installs our app for the user: 'blocked' by policy, 'exists' when already installed. */
  install(userId: string, teamsAppId: string): 'installed' | 'exists' | 'blocked' | 'noSuchApp' {
    if (teamsAppId.toLowerCase() !== DEMO_TEAMS_APP_ID) return 'noSuchApp';
    const user = this.users.get(userId.toLowerCase());
    if (!user) return 'noSuchApp';
    if (user.appBlocked) return 'blocked';
    if (this.installations.has(user.id)) return 'exists';
    this.installations.set(user.id, stableId(`installation\u0000${user.id}`));
    this.fixed.add(user.id); // an installed user must not be forgotten under load
    return 'installed';
  }

  installationOf(userId: string): string | undefined {
    return this.installations.get(userId.toLowerCase());
  }

  /** Teams' personal chat id between a user and an app. */
  chatIdOf(userId: string): string {
    return `19:${userId.toLowerCase()}_${DEMO_TEAMS_APP_ID}@unq.gbl.spaces`;
  }

  private userById(id: string): SimUser {
    const known = this.users.get(id);
    if (known) return known;
    // A Teams user the directory has not seen (an Emulator or Playground identity).
    return this.put({
      id,
      displayName: `Demo User ${id.slice(0, 4).toUpperCase()}`,
      // The whole id: a UPN must be unique, and ids may share any prefix.
      userPrincipalName: `user.${id}@${DEMO_DOMAIN}`,
      mail: `user.${id}@${DEMO_DOMAIN}`,
      proxyAddresses: [],
      department: null,
      jobTitle: null,
      accountEnabled: true,
      userType: 'Member',
    });
  }

  private generate(upn: string): SimUser | undefined {
    const at = upn.lastIndexOf('@');
    const local = upn.slice(0, at);
    if (upn.slice(at + 1) !== DEMO_DOMAIN) return undefined;
    const b = digest(`profile\u0000${upn}`);
    const guest = GUEST_LOCAL.exec(local);
    if (guest) {
      const home = `${guest[1]}@${guest[2]}`;
      return this.put({
        id: demoUserId(upn),
        displayName: `${titleCase(guest[1]!)} (${guest[2]})`,
        userPrincipalName: upn,
        mail: home,
        proxyAddresses: [`SMTP:${home}`],
        department: null,
        jobTitle: null,
        accountEnabled: true,
        userType: 'Guest',
      });
    }
    if (!LOCAL_PART.test(local)) return undefined;
    const user = this.put({
      id: demoUserId(upn),
      displayName: titleCase(local) || local,
      userPrincipalName: upn,
      mail: upn,
      proxyAddresses: [`SMTP:${upn}`],
      department: pick(DEPARTMENTS, b, 0),
      jobTitle: pick(TITLES, b, 1),
      accountEnabled: true,
      userType: 'Member',
    });
    if (local.startsWith('admin')) this.assign(user.id, ROLE.globalAdmin);
    return user;
  }

  private put(user: SimUser, fixed = false): SimUser {
    this.users.set(user.id, user);
    this.byUpn.set(user.userPrincipalName.toLowerCase(), user.id);
    if (fixed) this.fixed.add(user.id);
    // Bounded like the method store: forget the oldest generated (never fixed) users first.
    if (this.users.size > MAX_GENERATED + this.fixed.size) {
      for (const [id, u] of this.users) {
        if (this.fixed.has(id)) continue;
        this.users.delete(id);
        this.byUpn.delete(u.userPrincipalName.toLowerCase());
        this.assignments.splice(0, this.assignments.length, ...this.assignments.filter((a) => a.principalId !== id));
        break;
      }
    }
    return user;
  }

  private assign(principalId: string, roleDefinitionId: string, eligible = false): void {
    const list = eligible ? this.eligibilities : this.assignments;
    if (list.some((a) => a.principalId === principalId && a.roleDefinitionId === roleDefinitionId)) return;
    list.push({ id: stableId(`${eligible ? 'e' : 'a'}\u0000${principalId}\u0000${roleDefinitionId}`), principalId, roleDefinitionId, directoryScopeId: '/' });
  }

  private addGroup(g: Omit<SimGroup, 'members' | 'owners'>): void {
    this.groups.set(g.id, { ...g, members: new Set(), owners: new Set() });
  }

  private seedUser(local: string, displayName: string, extra: Partial<SimUser> = {}): SimUser {
    const upn = `${local}@${DEMO_DOMAIN}`;
    const b = digest(`profile\u0000${upn}`);
    return this.put(
      {
        id: demoUserId(upn),
        displayName,
        userPrincipalName: upn,
        mail: upn,
        proxyAddresses: [`SMTP:${upn}`],
        department: pick(DEPARTMENTS, b, 0),
        jobTitle: pick(TITLES, b, 1),
        accountEnabled: true,
        userType: 'Member',
        ...extra,
      },
      true,
    );
  }

  private seed(): void {
    // Look-alike names: "Ana" is ambiguous, "Ana Lopez" is one person, "Sam" has more than five.
    this.seedUser('ana.lopez', 'Ana Lopez', { proxyAddresses: ['SMTP:ana.lopez@contoso.com', 'smtp:ana.lopez@contoso.eu'] });
    this.seedUser('ana.lopes', 'Ana Lopes');
    this.seedUser('ana.lorenz', 'Ana Lorenz');
    for (const last of ['Taylor', 'Tanaka', 'Torres', 'Turner', 'Tran', 'Thomas']) this.seedUser(`sam.${last.toLowerCase()}`, `Sam ${last}`);
    this.seedUser('disabled.user', 'Dana Disabled', { accountEnabled: false });
    this.seedUser('former.employee', 'Frank Former', { accountEnabled: false });
    this.seedUser('blocked.user', 'Blake Blocked', { appBlocked: true });
    // People whose Entra preferred language is set: their cards speak it, whoever asks.
    this.seedUser('camille.martin', 'Camille Martin', { preferredLanguage: 'fr-FR' });
    this.seedUser('jonas.weber', 'Jonas Weber', { preferredLanguage: 'de-DE' });
    const guestUpn = `kim.park_northwind.com#EXT#@${DEMO_DOMAIN}`;
    this.put(
      {
        id: demoUserId(guestUpn),
        displayName: 'Kim Park (Northwind)',
        userPrincipalName: guestUpn,
        mail: 'kim.park@northwind.com',
        proxyAddresses: ['SMTP:kim.park@northwind.com'],
        department: null,
        jobTitle: null,
        accountEnabled: true,
        userType: 'Guest',
      },
      true,
    );
    this.assign(this.seedUser('admin.grace', 'Grace Admin').id, ROLE.globalAdmin);
    this.assign(this.seedUser('eligible.admin', 'Eli Eligible').id, ROLE.globalAdmin, true);
    this.groups.get(DEMO_TIER0_GROUP_ID)!.members.add(this.seedUser('tier0.operator', 'Toni Tier0').id);
    this.groups.get(DEMO_TIER0_GROUP_ID)!.owners.add(this.seedUser('tier0.owner', 'Olu Owner').id);
    this.assign(this.seedUser('password.admin', 'Pat Password').id, ROLE.passwordAdmin);
    this.assign(this.seedUser('custom.role', 'Cory Custom').id, ROLE.customHelpdeskRole);
    // Identity Protection's naming rule (policies.ts): known by object id too, as a Teams sender is.
    this.seedUser('risky.rita', 'Rita Risky');
    this.seedUser('mediumrisk.max', 'Max Mediumrisk');
    this.seedUser('lowrisk.lou', 'Lou Lowrisk');
  }
}

/** Demo wiring for DEMO_TECHNICIANS / DEMO_PRIVILEGED_TECHNICIANS (comma-separated aadObjectIds). */
export function configureDemoHelpdesk(
  directory: SimulatedDirectory,
  members: { readonly technicians: readonly string[]; readonly privilegedTechnicians: readonly string[] },
): { readonly helpdeskGroupId: string; readonly privilegedGroupId: string; readonly teamsAppId: string } {
  // A privileged technician is a technician too: the policy asks for both groups.
  directory.addMembers(DEMO_HELPDESK_GROUP_ID, [...members.technicians, ...members.privilegedTechnicians]);
  directory.addMembers(DEMO_PRIVILEGED_GROUP_ID, members.privilegedTechnicians);
  return { helpdeskGroupId: DEMO_HELPDESK_GROUP_ID, privilegedGroupId: DEMO_PRIVILEGED_GROUP_ID, teamsAppId: DEMO_TEAMS_APP_ID };
}
