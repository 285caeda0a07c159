import { deadline } from '../deadline.js';
import { GraphCallError, failureReasonOf, isGone, isRefusedValue, isUserNotFound } from '../graph/errors.js';
import { ListFailedError, type DefaultChange, type FailedMethod, type FailureReason, type ResetOutcome } from './outcome.js';
import { isPreference, orderForDeletion, replacementDefaults } from './plan.js';
import type { AuthMethod, AuthMethodsApi, CurrentDefault, DefaultPreference } from './types.js';

export interface EngineOptions {
  /** Bound on the whole reset, deletes and verification together. */
  readonly resetTimeoutMs: number;
  /** Verification re-lists: deletions are not instantly visible in the list. */
  readonly verifyAttempts?: number;
  readonly verifyBaseDelayMs?: number;
  /** Parallel DELETEs per wave. */
  readonly concurrency?: number;
  /** Injected for tests; resolves after `ms` or rejects when the signal aborts. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const MAX_WAVES = 8;

/**
 * The MFA reset engine. It knows the ordering rules and how to verify; it does not know Teams
 * or URLs. Deletion runs in waves of parallel DELETEs:
 *   wave 1: every method except a mobile phone held back behind its alternate mobile;
 *   later waves: what is left, with methods refused as "the default" retried only once they
 *   are the last ones standing;
 * then the list is read again (with bounded backoff) until every removed method is gone.
 * For a typical user that is 3–4 Graph round trips instead of one per method.
 */
/** A card waits at most this long for the default method before it is shown unmarked. */
const DEFAULT_READ_MS = 3_000;

export class ResetEngine {
  private readonly verifyAttempts: number;
  private readonly verifyBaseDelayMs: number;
  private readonly concurrency: number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;

  constructor(
    private readonly api: AuthMethodsApi,
    private readonly opts: EngineOptions,
  ) {
    this.verifyAttempts = opts.verifyAttempts ?? 6;
    this.verifyBaseDelayMs = opts.verifyBaseDelayMs ?? 500;
    this.concurrency = opts.concurrency ?? 8;
    this.sleep = opts.sleep ?? abortableSleep;
  }

  /** The user's registered methods. Throws ListFailedError with a plain reason. */
  async list(userId: string, callerSignal?: AbortSignal): Promise<AuthMethod[]> {
    // Bounded like a reset: retries and per-request timeouts alone could hold a turn for minutes.
    const bound = deadline(this.opts.resetTimeoutMs, callerSignal);
    try {
      return await this.api.list(userId, bound.signal);
    } catch (err) {
      const e = asGraphError(err);
      throw new ListFailedError(isUserNotFound(e) ? 'userNotFound' : failureReasonOf(e), e.status, e.code, e.requestId);
    } finally {
      bound.dispose();
    }
  }

  // mutate:begin engine-outcome
  /**
   * The user's default sign-in method preference ("push", "sms", …), read for display only: undefined
   * when none is set or it could not be read in time. Never throws: a card simply goes unmarked.
   */
  async defaultPreference(userId: string, callerSignal?: AbortSignal): Promise<string | undefined> {
    const bound = deadline(Math.min(this.opts.resetTimeoutMs, DEFAULT_READ_MS), callerSignal);
    try {
      return (await this.api.getDefault(userId, bound.signal)).preference;
    } catch {
      return undefined;
    } finally {
      bound.dispose();
    }
  }

  /** Remove exactly `targets` (already confirmed by the user), then verify. Never throws for Graph errors. */
  async reset(userId: string, targets: readonly AuthMethod[], callerSignal?: AbortSignal): Promise<ResetOutcome> {
    const started = Date.now();
    const bound = deadline(this.opts.resetTimeoutMs, callerSignal);
    const run = new Run(this.api, userId, bound.signal, this.concurrency, (ms) => this.sleep(ms, bound.signal), this.verifyBaseDelayMs);
    const verified = await run
      .deleteInWaves(orderForDeletion(targets))
      .then(() => this.verify(run, targets, bound.signal))
      .finally(() => bound.dispose());

    const failed: FailedMethod[] = [];
    const removed: AuthMethod[] = [];
    const alreadyGone: AuthMethod[] = [];
    for (const m of targets) {
      const failure = run.failures.get(m.id);
      const visible = verified.visible?.has(m.id);
      if (verified.visible && !visible) (run.notFound.has(m.id) ? alreadyGone : removed).push(m);
      else if (failure) failed.push(failure);
      else failed.push({ method: m, reason: verified.visible ? 'stillVisible' : 'timeout' });
    }
    return {
      removed,
      alreadyGone,
      failed,
      verified: verified.visible !== undefined,
      requestIds: [...run.requestIds],
      graphCalls: run.calls + verified.calls,
      elapsedMs: Date.now() - started,
      defaultChange: run.defaultChange,
    };
  }

  /** Re-list until none of the deleted methods is visible, or the attempts run out. */
  private async verify(run: Run, targets: readonly AuthMethod[], signal: AbortSignal) {
    let calls = 0;
    let visible: Set<string> | undefined;
    // Stryker disable next-line OptionalChaining: only called after a list succeeded, so `visible` is always set here
    const expectedGone = () => targets.filter((m) => !run.failures.has(m.id) && visible?.has(m.id));
    for (let attempt = 0; attempt < this.verifyAttempts && !signal.aborted; attempt++) {
      if (attempt > 0) {
        try {
          await this.sleep(this.verifyBaseDelayMs * 2 ** (attempt - 1), signal);
        } catch {
          break;
        }
      }
      try {
        calls++;
        visible = new Set((await this.api.list(run.userId, signal)).map((m) => m.id));
      } catch (err) {
        const e = asGraphError(err);
        if (e.requestId) run.requestIds.add(e.requestId);
        continue;
      }
      if (expectedGone().length === 0) break;
    }
    return { visible, calls };
  }
  // mutate:end engine-outcome
}

/** State of one reset: what failed and why, and how many calls it took. */
class Run {
  readonly failures = new Map<string, FailedMethod>();
  readonly requestIds = new Set<string>();
  /** Methods whose DELETE Graph answered 404: gone, but not removed by us. */
  readonly notFound = new Set<string>();
  calls = 0;
  defaultChange: DefaultChange | undefined;

  constructor(
    private readonly api: AuthMethodsApi,
    readonly userId: string,
    private readonly signal: AbortSignal,
    private readonly concurrency: number,
    private readonly pause: (ms: number) => Promise<void>,
    private readonly baseDelayMs: number,
  ) {}

  async deleteInWaves(targets: readonly AuthMethod[]): Promise<void> {
    let pending = [...targets];
    const conflicted = new Set<string>(); // refused as default or phone order: retry when last
    let triedSwitch = false;
    let lagging = false;
    let retries = 0;
    for (let wave = 0; wave < MAX_WAVES && pending.length > 0 && !this.signal.aborted; wave++) {
      const eligible = this.eligible(pending, conflicted);
      const results = await this.deleteAll(eligible);
      let progress = false;
      for (const [m, result] of results) {
        if (result === 'gone') {
          progress = true;
          this.failures.delete(m.id);
          pending = pending.filter((p) => p.id !== m.id);
        } else if (result.reason === 'defaultMethod' || result.reason === 'phoneOrder') {
          conflicted.add(m.id);
          this.failures.set(m.id, result);
        } else {
          this.failures.set(m.id, result);
          pending = pending.filter((p) => p.id !== m.id);
        }
      }
      // No progress while only conflicted methods remain: Graph will keep refusing, unless the
      // refusal is the default-method rule and the user keeps a method that can take over.
      if (progress || !eligible.every((m) => conflicted.has(m.id)) || eligible.length !== pending.length) continue;
      const refusedAsDefault = pending.filter((m) => this.failures.get(m.id)?.reason === 'defaultMethod');
      if (refusedAsDefault.length === 0) break;
      if (!triedSwitch) {
        triedSwitch = true;
        const change = await this.switchDefault(targets, refusedAsDefault, pending);
        if (change.result === 'blocked') break;
        if (change.result === 'retry') {
          lagging = true;
        } else {
          this.defaultChange = change;
          if (change.result === 'failed' || change.result === 'none') break;
        }
        // 'set': retry at once, then back off; 'retry' (nothing to hand over: Graph's view of the
        // deletes or of an earlier change lags) likewise.
      } else {
        // A new default, or the last method standing, may take a moment to count: back off.
        if (retries >= 3) break;
        try {
          await this.pause(this.baseDelayMs * 2 ** retries++);
        } catch {
          break;
        }
      }
      conflicted.clear(); // everything refused so far gets another go, in the usual order
    }
    for (const m of pending) {
      if (!this.failures.has(m.id)) this.failures.set(m.id, { method: m, reason: 'timeout' });
      // The default moved to a kept method, yet Graph still refuses: say that, not "it's your default".
      if (this.failures.get(m.id)?.reason !== 'defaultMethod') continue;
      if (this.defaultChange?.result === 'set') this.relabel(m, 'defaultPending');
      else if (lagging) this.relabel(m, 'defaultLag');
    }
  }

  /**
   * A method to remove is the default while the user keeps others, so Graph refuses the delete:
   * make a kept method the default (beta signInPreferences). Candidates are tried best first; a
   * 400 (Graph or policy will not take that one) moves to the next, any other error stops. On
   * failure the refused methods carry the real reason (a missing permission, say) instead of
   * "it's your default".
   */
  private async switchDefault(
    targets: readonly AuthMethod[],
    refused: readonly AuthMethod[],
    pending: readonly AuthMethod[],
  ): Promise<DefaultChange | { result: 'retry' } | { result: 'blocked' }> {
    // Another method we meant to remove failed for its own reason and is still there: that is
    // what Graph's default rule refers to ("while other methods remain"), and it is true.
    if (targets.some((m) => !pending.includes(m) && this.failures.has(m.id))) return { result: 'blocked' };
    const fail = (e: GraphCallError, to?: AuthMethod, preference?: string): DefaultChange => {
      if (e.requestId) this.requestIds.add(e.requestId);
      for (const m of refused) {
        this.failures.set(m.id, { method: m, reason: failureReasonOf(e), status: e.status, code: e.code, requestId: e.requestId });
      }
      return { to, preference, result: 'failed', status: e.status, code: e.code, requestId: e.requestId };
    };
    let live: AuthMethod[];
    let current: CurrentDefault | undefined;
    try {
      this.calls += 2;
      [live, current] = await Promise.all([
        this.api.list(this.userId, this.signal),
        // Only a hint: without it every candidate is still tried.
        this.api.getDefault(this.userId, this.signal).catch(() => undefined),
      ]);
    } catch (err) {
      return fail(asGraphError(err));
    }
    // Every target is leaving; those already deleted may still be listed for a while.
    const leaving = new Set(targets.map((m) => m.id));
    const kept = live.filter((m) => !leaving.has(m.id) && m.kind !== 'password');
    // A mobile number cannot go while a kept alternate mobile stays, whatever the default is:
    // moving the default would change the user's sign-in for nothing.
    const altKept = kept.some((m) => m.kind === 'phone' && m.phoneType === 'alternateMobile');
    const stuck = refused.filter((m) => altKept && m.kind === 'phone' && m.phoneType === 'mobile');
    for (const m of stuck) this.relabel(m, 'phoneOrder');
    if (stuck.length === refused.length) return { result: 'none', systemPreferred: current?.systemPreferred };
    if (kept.length === 0) {
      // Nothing stays. If another target is itself held up by the default (a mobile behind the
      // default alternate mobile), make the one that goes last the default for a moment;
      // otherwise Graph's view of the deletes lags, and retrying after a pause is what helps.
      const others = pending.filter((m) => !refused.includes(m));
      const interim = replacementDefaults(others, current?.preference);
      if (interim.length === 0) return { result: 'retry' };
      return this.trySetDefault(interim, current, fail);
    }
    // The default already is a kept method: Graph's view of an earlier change lags.
    if (current?.preference !== undefined && !targets.some((m) => isPreference(m, current.preference!))) return { result: 'retry' };
    const candidates = replacementDefaults(kept, current?.preference);
    if (candidates.length === 0) return { result: 'none', systemPreferred: current?.systemPreferred };
    return this.trySetDefault(candidates, current, fail);
  }

  /** The same failure, explained better now that more is known. */
  private relabel(m: AuthMethod, reason: FailureReason): void {
    this.failures.set(m.id, { ...this.failures.get(m.id)!, reason });
  }

  /** PATCH the default to the first candidate Graph accepts: the next one on a 400, stop on anything else. */
  private async trySetDefault(
    candidates: readonly { method: AuthMethod; preference: DefaultPreference }[],
    current: CurrentDefault | undefined,
    fail: (e: GraphCallError, to?: AuthMethod, preference?: string) => DefaultChange,
  ): Promise<DefaultChange> {
    let last: { e: GraphCallError; to: AuthMethod; preference: string } | undefined;
    for (const { method, preference } of candidates) {
      try {
        this.calls++;
        await this.api.setDefault(this.userId, preference, this.signal);
        return { to: method, preference, result: 'set', systemPreferred: current?.systemPreferred };
      } catch (err) {
        last = { e: asGraphError(err), to: method, preference };
        if (!isRefusedValue(last.e)) break;
      }
    }
    return fail(last!.e, last!.to, last!.preference);
  }

  /**
   * What to attempt in the next wave. A mobile phone waits for a pending alternate mobile;
   * methods Graph refused as conflicting wait until nothing else is pending.
   */
  private eligible(pending: readonly AuthMethod[], conflicted: ReadonlySet<string>): AuthMethod[] {
    const fresh = pending.filter((m) => !conflicted.has(m.id));
    const altPending = fresh.some((m) => m.kind === 'phone' && m.phoneType === 'alternateMobile');
    const now = fresh.filter((m) => !(altPending && m.kind === 'phone' && m.phoneType === 'mobile'));
    if (now.length > 0) return now;
    if (fresh.length > 0) return fresh;
    return [...pending];
  }

  private async deleteAll(methods: readonly AuthMethod[]): Promise<Map<AuthMethod, 'gone' | FailedMethod>> {
    const results = new Map<AuthMethod, 'gone' | FailedMethod>();
    let next = 0;
    const worker = async () => {
      while (next < methods.length && !this.signal.aborted) {
        const m = methods[next++]!;
        results.set(m, await this.deleteOne(m));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, methods.length) }, worker));
    return results;
  }

  private async deleteOne(m: AuthMethod): Promise<'gone' | FailedMethod> {
    this.calls++;
    try {
      await this.api.remove(this.userId, m, this.signal);
      return 'gone';
    } catch (err) {
      const e = asGraphError(err);
      if (e.requestId) this.requestIds.add(e.requestId);
      // Already gone (deleted elsewhere, or a repeated confirmation): the goal is met.
      if (isGone(e)) {
        this.notFound.add(m.id);
        return 'gone';
      }
      return { method: m, reason: failureReasonOf(e), status: e.status, code: e.code, requestId: e.requestId };
    }
  }
}

function asGraphError(err: unknown): GraphCallError {
  if (err instanceof GraphCallError) return err;
  const name = err instanceof Error ? err.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return new GraphCallError(0, 'timeout', 'aborted');
  return new GraphCallError(0, 'unexpected', err instanceof Error ? err.message : String(err));
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
