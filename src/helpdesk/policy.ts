import type { TargetEntity } from '../understanding/types.js';
import type { DirectoryApi, DirectoryUser, PrivilegeReason } from './ports.js';
import { resolveTarget, type TargetResolution } from './resolve.js';

/** What the requester may do in helpdesk mode, from their group memberships. */
export interface Standing {
  readonly technician: boolean;
  /** May act on privileged targets (member of both groups). */
  readonly privileged: boolean;
}

export type HelpdeskDecision =
  /** Not a technician: "I can only reset your own MFA". The named person was never looked up. */
  | { readonly kind: 'onlyOwn' }
  | Exclude<TargetResolution, { kind: 'found' }>
  /** The technician named themselves: self-service is the way, with their own confirmation. */
  | { readonly kind: 'self'; readonly user: DirectoryUser }
  /** Privileged target and the requester is not in the privileged group (or there is none). */
  | { readonly kind: 'privilegedTarget'; readonly user: DirectoryUser; readonly reasons: readonly PrivilegeReason[] }
  | { readonly kind: 'allowed'; readonly user: DirectoryUser; readonly privileged: boolean; readonly standing: Standing };

export interface HelpdeskPolicyOptions {
  readonly directory: DirectoryApi;
  /** `HELPDESK_GROUP_ID`; unset = helpdesk mode off (nobody is a technician, no Graph call). */
  readonly helpdeskGroupId?: string | undefined;
  /** `HELPDESK_PRIVILEGED_GROUP_ID`; unset = privileged targets never through the bot. */
  readonly privilegedGroupId?: string | undefined;
  /**
   * How long a membership answer is trusted. Short, because removing someone from the group
   * must take effect quickly; not zero, because a technician's card round trip would otherwise
   * cost a Graph call per step. Default 60 s.
   */
  readonly cacheTtlMs?: number;
  /** Requesters remembered at most (least recently used dropped first). Default 1,000. */
  readonly maxCacheEntries?: number;
  readonly now?: () => number;
}

/**
 * Who may reset whom. Every helpdesk request goes through `decide`, which checks the requester
 * first and looks nobody else up for a non-technician: the bot must not become a directory
 * oracle ("does this address exist? is she an admin?") for any employee.
 */
export class HelpdeskPolicy {
  private readonly cache = new Map<string, { standing: Standing; at: number }>();
  /** One Graph question per requester at a time: concurrent turns share its answer. */
  private readonly inflight = new Map<string, Promise<Standing>>();
  private readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor(private readonly opts: HelpdeskPolicyOptions) {
    this.ttlMs = Math.max(0, opts.cacheTtlMs ?? 60_000);
    this.max = Math.max(1, opts.maxCacheEntries ?? 1_000);
    this.now = opts.now ?? Date.now;
  }

  /** The requester's standing, through Graph (transitive checkMemberGroups), cached briefly. */
  async standing(userId: string, signal?: AbortSignal): Promise<Standing> {
    const { helpdeskGroupId, privilegedGroupId } = this.opts;
    if (!helpdeskGroupId) return { technician: false, privileged: false };
    // Stryker disable next-line MethodExpression: toUpperCase folds case just as well for the GUIDs used as ids
    const key = userId.toLowerCase();
    const t = this.now();
    const hit = this.cache.get(key);
    this.cache.delete(key);
    if (hit && t - hit.at < this.ttlMs) {
      this.cache.set(key, hit); // most recently used last
      return hit.standing;
    }
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const asking = this.ask(userId, helpdeskGroupId, privilegedGroupId, signal)
      .then((standing) => {
        this.cache.set(key, { standing, at: t });
        while (this.cache.size > this.max) this.cache.delete(this.cache.keys().next().value as string);
        return standing;
      })
      .finally(() => this.inflight.delete(key)); // a failure is not cached: the next turn asks again
    this.inflight.set(key, asking);
    return asking;
  }

  private async ask(userId: string, helpdeskGroupId: string, privilegedGroupId: string | undefined, signal?: AbortSignal): Promise<Standing> {
    const groups = privilegedGroupId ? [helpdeskGroupId, privilegedGroupId] : [helpdeskGroupId];
    const found = new Set((await this.opts.directory.memberOfGroups(userId, groups, signal)).map((g) => g.toLowerCase()));
    const technician = found.has(helpdeskGroupId.toLowerCase());
    return { technician, privileged: technician && privilegedGroupId !== undefined && found.has(privilegedGroupId.toLowerCase()) };
  }

  /** May `requesterId` start a reset for the person `entity` names? Graph errors propagate (typed). */
  async decide(requesterId: string, entity: TargetEntity, signal?: AbortSignal): Promise<HelpdeskDecision> {
    const standing = await this.standing(requesterId, signal);
    if (!standing.technician) return { kind: 'onlyOwn' };
    const resolved = await resolveTarget(this.opts.directory, entity, signal);
    if (resolved.kind !== 'found') return resolved;
    return this.checkTarget(requesterId, standing, resolved.user, signal);
  }

  /** The target-side rules, for a user already resolved (or picked from the candidates). */
  async checkTarget(requesterId: string, standing: Standing, user: DirectoryUser, signal?: AbortSignal): Promise<HelpdeskDecision> {
    if (!standing.technician) return { kind: 'onlyOwn' };
    if (user.id.toLowerCase() === requesterId.toLowerCase()) return { kind: 'self', user };
    if (!user.accountEnabled) return { kind: 'disabled', user };
    // Asked every time, never cached: a role granted a minute ago counts now.
    const privilege = await this.opts.directory.privilegeOf(user.id, signal);
    if (privilege.privileged && !standing.privileged) return { kind: 'privilegedTarget', user, reasons: privilege.reasons };
    return { kind: 'allowed', user, privileged: privilege.privileged, standing };
  }
}
