import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** Who sent this activity, and whether we may act for them. */
export type Sender =
  | {
      readonly ok: true;
      /** Graph user id the bot acts on: always the sender's own Entra object id. */
      readonly userId: string;
      readonly tenantId: string;
      readonly conversationId: string;
      /** 1:1 chat with the bot; resets and listings happen only here. */
      readonly personal: boolean;
      /** Demo mode without an aadObjectId (the Emulator): a simulated user stands in. */
      readonly simulated: boolean;
    }
  | {
      readonly ok: false;
      readonly reason: 'noIdentity' | 'tenantNotAllowed';
      readonly tenantId?: string | undefined;
      /** The object id the activity claims, for the audit record only. */
      readonly userId?: string | undefined;
    };

export interface IdentityPolicy {
  readonly demo: boolean;
  /** Lower-case tenant ids. Empty = any (demo mode only). */
  readonly allowedTenantIds: readonly string[];
}

const DEMO_TENANT_ID = '00000000-0000-4000-8000-00000000de00';

/** Stands for a channelData tenant id that is present but unusable (not a string, too long). */
// Stryker disable next-line StringLiteral: only ever compared with itself; readTenant never returns '' (an empty id is dropped), so even '' would do
const INVALID_TENANT = '(invalid tenant id)';

export function resolveSender(activity: Partial<Activity>, policy: IdentityPolicy): Sender {
  const conversationId = activity.conversation?.id;
  const fromId = activity.from?.id;
  if (!conversationId || !fromId) return { ok: false, reason: 'noIdentity' };
  // Only Teams vouches for from.aadObjectId and the tenant: on Web Chat, Direct Line or the
  // Emulator the client writes `from` itself. Outside demo mode, act for Teams users only.
  if (!policy.demo && activity.channelId !== 'msteams') return { ok: false, reason: 'noIdentity' };

  // Teams puts the tenant in conversation.tenantId and/or channelData.tenant.id; prefer the
  // conversation, like Microsoft's own Teams SDK, and fall back to channel data.
  const channelTenant = readTenant(activity.channelData)?.toLowerCase();
  // Stryker disable next-line OptionalChaining: the conversation is known to exist here (its id was checked above)
  const conversationTenant = activity.conversation?.tenantId;
  // Activities are parsed JSON: a field typed string may hold anything (an array passes a regex
  // test by string coercion), so every field read here is checked to be a string first.
  const tenantId = (typeof conversationTenant === 'string' && conversationTenant !== '' ? conversationTenant.toLowerCase() : undefined) ?? channelTenant;
  // Stryker disable next-line OptionalChaining: the sender is known to exist here (its id was checked above)
  const rawAad: unknown = activity.from?.aadObjectId;
  // Stryker disable next-line ConditionalExpression: a non-string aadObjectId is refused below before aad is used, and isGuid rejects non-strings anyway
  const aad = typeof rawAad === 'string' ? rawAad : undefined;
  const claimedUser = aad && isGuid(aad) ? aad.toLowerCase() : undefined;
  if (rawAad !== undefined && rawAad !== null && typeof rawAad !== 'string') return { ok: false, reason: 'noIdentity' };
  if ((conversationTenant !== undefined && typeof conversationTenant !== 'string') || channelTenant === INVALID_TENANT) {
    return { ok: false, reason: 'tenantNotAllowed', userId: claimedUser };
  }
  if (policy.allowedTenantIds.length > 0 && (!tenantId || !policy.allowedTenantIds.includes(tenantId))) {
    return { ok: false, reason: 'tenantNotAllowed', tenantId, userId: claimedUser };
  }
  // Two different tenants in one activity: refuse rather than pick the one that passes.
  if (channelTenant !== undefined && tenantId !== channelTenant) {
    return { ok: false, reason: 'tenantNotAllowed', tenantId: channelTenant, userId: claimedUser };
  }

  const personal = isPersonal(activity);
  if (aad && isGuid(aad)) {
    return { ok: true, userId: aad.toLowerCase(), tenantId: tenantId ?? DEMO_TENANT_ID, conversationId, personal, simulated: false };
  }
  if (!policy.demo) return { ok: false, reason: 'noIdentity' };
  // The Emulator has no Entra identity: map its user id to a stable simulated user.
  return {
    ok: true,
    userId: simulatedUserId(`${activity.channelId}:${fromId}`),
    tenantId: tenantId ?? DEMO_TENANT_ID,
    conversationId,
    personal,
    simulated: true,
  };
}

function isPersonal(activity: Partial<Activity>): boolean {
  // Stryker disable next-line OptionalChaining: only called after resolveSender checked the conversation id
  const type = activity.conversation?.conversationType;
  if (type) return type === 'personal';
  // Stryker disable next-line OptionalChaining: only called after resolveSender checked the conversation id
  return activity.conversation?.isGroup !== true;
}

function readTenant(channelData: unknown): string | undefined {
  if (!channelData) return undefined;
  // Stryker disable next-line ConditionalExpression: defence in depth; a primitive's .tenant is undefined anyway (null is caught above)
  if (typeof channelData !== 'object') return undefined;
  const tenant = (channelData as { tenant?: unknown }).tenant;
  if (!tenant) return undefined;
  // Stryker disable next-line ConditionalExpression: defence in depth; a primitive's .id is undefined anyway (null is caught above)
  if (typeof tenant !== 'object') return undefined;
  const id = (tenant as { id?: unknown }).id;
  if (id === undefined || id === '') return undefined;
  // Present but not a plausible tenant id: keep it (it never matches an allowed tenant) rather
  // than drop it, which skipped the two-tenants check.
  return typeof id === 'string' && id.length <= 100 ? id : INVALID_TENANT;
}

function isGuid(s: unknown): boolean {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: every caller passes a string (aad is checked first); the guard is defence in depth
  if (typeof s !== 'string') return false;
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}

function simulatedUserId(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
