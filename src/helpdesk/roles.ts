/**
 * Entra's tiering for "manage a user's authentication methods" (Entra docs, privileged roles and
 * permissions: the "who can perform sensitive actions" table, Authentication Administrator column).
 *
 * Graph does not enforce this for an app-only token: with UserAuthenticationMethod.ReadWrite.All
 * the bot could delete a Global Administrator's methods. So the bot keeps Entra's rule itself:
 * a target holding only the roles below is one an Authentication Administrator may act on; any
 * other role (built-in or custom, active or eligible) makes the target privileged.
 */

/** Role template ids an Authentication Administrator may act on (the allow-list). */
const UNPRIVILEGED_ROLE_TEMPLATE_IDS: ReadonlySet<string> = new Set([
  'c4e39bd9-1100-46d3-8c65-fb160da0071f', // Authentication Administrator
  '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', // Directory Readers
  '95e79109-95c0-4d8e-aee3-d01accf2d47b', // Guest Inviter
  '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b', // Message Center Reader
  '966707d0-3269-4727-9be2-8c3a10f19b9d', // Password Administrator
  '4a5d8f65-41da-4de4-8968-e035b65339cf', // Reports Reader
  '27460883-1df1-4691-b032-3b79643e5e63', // User Experience Success Manager
  '75934031-6c7e-415a-99d7-48dbd49e875e', // Usage Summary Reports Reader
]);

/**
 * Well-known privileged role templates, asked for with `checkMemberObjects` (transitive, v1.0,
 * at most 20 ids a call). Not the whole rule: direct assignments of any other role are read
 * from roleAssignments, and group-based ones are caught by the role-assignable-group check
 * (Entra assigns roles to groups only when they are role-assignable).
 */
export const PRIVILEGED_ROLE_TEMPLATE_IDS: readonly string[] = Object.freeze([
  '62e90394-69f5-4237-9190-012177145e10', // Global Administrator
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', // Privileged Authentication Administrator
  'e8611ab8-c189-46e8-94e1-60213ab1f814', // Privileged Role Administrator
  'fe930be7-5e62-47db-91af-98c3a49a38b1', // User Administrator
  '729827e3-9c14-49f7-bb1b-9608f156bbb8', // Helpdesk Administrator
  'fdd7a751-b60b-444a-984c-02652fe8fa1c', // Groups Administrator
  '0526716b-113d-4c15-b2c8-68e3c22b9f80', // Authentication Policy Administrator
  '194ae4cb-b126-40b2-bd5b-6091b380977d', // Security Administrator
  '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', // Security Operator
  '5d6b6bb7-de71-4623-b4af-96380a352509', // Security Reader
  'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', // Conditional Access Administrator
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451', // Global Reader
]);

/** A role (template or custom definition id) that puts its holder above the Auth Admin tier. */
export function isPrivilegedRole(roleId: string): boolean {
  return !UNPRIVILEGED_ROLE_TEMPLATE_IDS.has(roleId.toLowerCase());
}
