import type { Logger } from '../logger.js';
import type { Party } from './events.js';
import type { DailyResetQuota } from './quota.js';

/**
 * The checks a self-service reset passes before a card is shown and again before a Yes runs
 * (issue 15, "Before a reset"): the subject holds no privileged role, Identity Protection does
 * not see them at medium or high risk, and they have a confirmed reset left for the day. Every
 * check that cannot be answered refuses (fail closed): a Graph or store fault is never a yes.
 */

/** The privileged-target rule of helpdesk mode (active or eligible roles, role-assignable groups). */
interface PrivilegeApi {
  privilegeOf(userId: string, signal?: AbortSignal): Promise<{ readonly privileged: boolean; readonly reasons: readonly { readonly kind: string }[] }>;
}

export type RiskAnswer = { readonly record: false } | { readonly record: true; readonly riskLevel: string; readonly riskState: string };

export interface RiskApi {
  /** `{ record: false }` when Identity Protection has no record of the user (Graph's 404). */
  riskOf(userId: string, signal?: AbortSignal): Promise<RiskAnswer>;
}

export type GuardRefusal = 'privilegedSubject' | 'riskyUser' | 'dailyLimit' | 'guardUnavailable';

export type GuardVerdict =
  | { readonly ok: true }
  /** `stateUnavailable`: the shared store could not count (the bot's usual "try again in a minute"). */
  | { readonly ok: false; readonly reason: Exclude<GuardRefusal, 'dailyLimit'> | 'stateUnavailable' }
  | { readonly ok: false; readonly reason: 'dailyLimit'; readonly retryAt: number };

export interface GuardOptions {
  /** Undefined only when the app runs on an injected Graph port with no directory (tests). */
  readonly privilege?: PrivilegeApi | undefined;
  /** RISK_CHECK=true; undefined = not asked. */
  readonly risk?: RiskApi | undefined;
  readonly quota: DailyResetQuota;
  readonly log: Logger;
  /** A Graph check slower than this refuses (default 15 s): the user is told to try later. */
  readonly timeoutMs?: number;
  /** A store call slower than this counts as a fault (default 5 s), as for every other store call. */
  readonly stateTimeoutMs?: number | undefined;
}

/** Risk levels a self-service reset may go ahead at; `medium`, `high`, `hidden` and anything new refuse. */
const ALLOWED_RISK_LEVELS: ReadonlySet<string> = new Set(['none', 'low']);

/** Medium or high risk (or an unreadable level), or an administrator confirmed the account compromised. */
function isRisky(a: RiskAnswer): a is Extract<RiskAnswer, { record: true }> {
  if (!a.record) return false;
  if (a.riskState === 'confirmedCompromised') return true;
  return !ALLOWED_RISK_LEVELS.has(a.riskLevel);
}

export class SelfServiceGuards {
  private readonly timeoutMs: number;

  constructor(private readonly o: GuardOptions) {
    this.timeoutMs = o.timeoutMs ?? 15_000;
  }

  /**
   * Who the subject is (privilege, risk) and whether a reset is left for today, without using
   * one. At the offer (no card when refused) and before a Yes is counted.
   */
  async check(subject: Party, opts: { quota?: boolean } = {}): Promise<GuardVerdict> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    const [privilege, risk, quota] = await Promise.allSettled([
      this.o.privilege ? this.o.privilege.privilegeOf(subject.userId, signal) : Promise.resolve(undefined),
      this.o.risk ? this.o.risk.riskOf(subject.userId, signal) : Promise.resolve(undefined),
      opts.quota === false ? Promise.resolve(undefined) : this.bounded(this.o.quota.peek(subject)),
    ]);
    // Privilege first: an administrator is told where to go, whatever else holds.
    if (privilege.status === 'rejected') return this.unavailable('privilege', privilege.reason);
    if (privilege.value?.privileged) {
      this.o.log.info({ guard: 'privilege', reasons: privilege.value.reasons.map((r) => r.kind) }, 'self-service refused: privileged subject');
      return { ok: false, reason: 'privilegedSubject' };
    }
    if (risk.status === 'rejected') return this.unavailable('risk', risk.reason);
    if (risk.value && isRisky(risk.value)) {
      this.o.log.warn({ guard: 'risk', riskLevel: risk.value.riskLevel, riskState: risk.value.riskState }, 'self-service refused: risky user');
      return { ok: false, reason: 'riskyUser' };
    }
    if (quota.status === 'rejected') return this.storeFault(quota.reason);
    if (quota.value && !quota.value.ok) return { ok: false, reason: 'dailyLimit', retryAt: quota.value.retryAt };
    return { ok: true };
  }

  /** Count one confirmed reset (compare-and-set in the shared store): false for the one over the limit. */
  async take(subject: Party): Promise<GuardVerdict> {
    try {
      const r = await this.bounded(this.o.quota.take(subject));
      if (r.ok) return { ok: true };
      if (r.reason === 'limited') return { ok: false, reason: 'dailyLimit', retryAt: r.retryAt };
      return this.storeFault(new Error('contention'));
    } catch (err) {
      return this.storeFault(err);
    }
  }

  private bounded<T>(p: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('state store timeout')), this.o.stateTimeoutMs ?? 5000);
    });
    return Promise.race([p, late]).finally(() => clearTimeout(timer));
  }

  /** No count, no reset: the store's fault gets the store's words. */
  private storeFault(err: unknown): GuardVerdict {
    this.o.log.error(
      { guard: 'quota', err: err instanceof Error ? err.name : 'error' },
      'state store fault: the daily reset count could not be read or written; refusing',
    );
    return { ok: false, reason: 'stateUnavailable' };
  }

  private unavailable(guard: string, err: unknown): GuardVerdict {
    const e = err as { name?: unknown; status?: unknown; code?: unknown; requestId?: unknown };
    this.o.log.warn(
      {
        guard,
        err: typeof e?.name === 'string' ? e.name : 'error',
        status: typeof e?.status === 'number' ? e.status : undefined,
        code: typeof e?.code === 'string' ? e.code : undefined,
        requestId: typeof e?.requestId === 'string' ? e.requestId : undefined,
        ...(e?.status === 403 ? { hint: guardPermissionHint(guard) } : {}),
      },
      'self-service refused: a pre-reset check could not be answered (fail closed)',
    );
    return { ok: false, reason: 'guardUnavailable' };
  }
}

function guardPermissionHint(guard: string): string {
  return guard === 'risk'
    ? 'grant the app IdentityRiskyUser.Read.All (Entra ID P2) or set RISK_CHECK=false'
    : 'grant the app User.Read.All and RoleManagement.Read.Directory (the privileged-user check)';
}
