import { GraphCallError } from '../graph/errors.js';
import type { Logger } from '../logger.js';
import type { CreatedPass, TapApi } from './ports.js';

/**
 * Issue a Temporary Access Pass the way Entra would let it be used: read the tenant's policy
 * first (enabled? is the user a target? lifetime bounds? one-time?), say plainly why not when a
 * pass cannot be issued, replace an existing pass, and ask for a lifetime within the policy.
 * Always one-time: the person needs it once, to register a new method (reference §E).
 */

export type TapRefusal = 'disabled' | 'notInScope' | 'permission' | 'failed';

export type TapResult =
  { readonly kind: 'issued'; readonly pass: CreatedPass; readonly expiresAt: number } | { readonly kind: 'refused'; readonly reason: TapRefusal };

export async function issuePass(api: TapApi, userId: string, wantedMinutes: number, log: Logger): Promise<TapResult> {
  const refuse = (reason: TapRefusal, err?: unknown): TapResult => {
    const e = err instanceof GraphCallError ? { status: err.status, code: err.code, requestId: err.requestId } : {};
    log.warn({ reason, ...e }, 'temporary access pass not issued');
    return { kind: 'refused', reason };
  };
  const failure = (err: unknown): TapResult => refuse(err instanceof GraphCallError && err.status === 403 ? 'permission' : 'failed', err);
  try {
    const policy = await api.policy();
    if (!policy.enabled) return refuse('disabled');
    const everyone = policy.includeGroups.some((g) => g.toLowerCase() === 'all_users');
    const groups = [...policy.includeGroups, ...policy.excludeGroups].filter((g) => g.toLowerCase() !== 'all_users');
    const member = new Set((await api.memberOfGroups(userId, groups)).map((g) => g.toLowerCase()));
    const included = everyone || policy.includeGroups.some((g) => member.has(g.toLowerCase()));
    const excluded = policy.excludeGroups.some((g) => g.toLowerCase() === 'all_users' || member.has(g.toLowerCase()));
    // "You can create a pass for any user, only users included in the policy can sign in with it."
    if (!included || excluded) return refuse('notInScope');
    const lifetimeInMinutes = Math.min(Math.max(wantedMinutes, policy.minimumLifetimeInMinutes), policy.maximumLifetimeInMinutes);
    // One pass per user: an existing one is removed first, so the new one is the only one.
    for (const id of await api.passes(userId)) await api.deletePass(userId, id);
    const pass = await api.createPass(userId, { lifetimeInMinutes, isUsableOnce: true });
    if (!pass.isUsable && pass.methodUsabilityReason === 'DisabledByPolicy') return refuse('notInScope');
    log.info({ lifetimeMinutes: pass.lifetimeInMinutes, isUsableOnce: pass.isUsableOnce }, 'temporary access pass issued');
    return { kind: 'issued', pass, expiresAt: pass.startsAt + pass.lifetimeInMinutes * 60_000 };
  } catch (err) {
    return failure(err);
  }
}
