import { operatorHint } from '../graph/errors.js';
import type { Logger } from '../logger.js';
import type { EventSink, MethodSummary, Party, ResetEvent, VerificationPath } from './events.js';
import { ListFailedError, isComplete, type ResetOutcome } from './outcome.js';
import type { Requester } from './service.js';
import type { PinnedMethod } from './token.js';
import type { AuthMethod } from './types.js';

type Base = Pick<ResetEvent, 'correlationId' | 'at' | 'requester' | 'subject' | 'channelId' | 'conversationId' | 'demo'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event as the service states it; who, when and where are filled in here. */
export type EventInput = DistributiveOmit<ResetEvent, keyof Base>;

/**
 * How the reset service says what happened: typed events to the sink (never throwing into the
 * turn), and for a failed Graph call an operator log line naming what to fix.
 */
/**
 * A helpdesk confirmation: the target clicked, but the event's requester is the technician who
 * asked, the subject carries the target's name, and the ticket is named (for the note).
 */
export interface OnBehalf {
  readonly requester: Party;
  readonly subject?: Party | undefined;
  readonly ticket?: string | undefined;
  readonly path: VerificationPath;
  /** Four eyes: the second technician who approved. */
  readonly approver?: Party | undefined;
  /** The helpdesk request. */
  readonly requestId?: string | undefined;
  /**
   * Steps the helpdesk request asked for after the reset (a Temporary Access Pass, signing out),
   * run before the outcome is reported so the reset event says whether they happened. The pass
   * itself stays with the caller; what comes back is only what the event may carry. A step that
   * fails never changes the reset's outcome.
   */
  readonly afterReset?: ((outcome: ResetOutcome) => Promise<AfterResetFacts>) | undefined;
}

/** What the reset event says about the steps after it (never a pass value). */
export interface AfterResetFacts {
  readonly tapIssued: boolean;
  readonly tapLifetimeMinutes?: number | undefined;
  readonly tapUsableOnce?: boolean | undefined;
  readonly sessionsRevoked: boolean;
}

export class Reporter {
  constructor(
    private readonly sink: EventSink,
    private readonly log: Logger,
    private readonly demo: boolean,
    private readonly now: () => number,
  ) {}

  private logGraphFailure(status: number, code: string | undefined, requestId: string | undefined): void {
    const h = operatorHint(status);
    this.log[h.level]({ status, code, requestId, ...(h.hint ? { hint: h.hint } : {}) }, h.msg);
  }

  listFailed(subject: Party, requester: Requester, error: ListFailedError) {
    this.logGraphFailure(error.status, error.code, error.requestId);
    this.emit(subject, requester, {
      type: 'failed',
      reason: 'listFailed',
      methods: [],
      alreadyGone: [],
      changed: [],
      removed: [],
      failed: [],
      graphRequestIds: error.requestId ? [error.requestId] : [],
      listReason: error.reason,
    });
    return { kind: 'listFailed' as const, reason: error.reason, error };
  }

  listFailedOnConfirm(subject: Party, requester: Requester, pinned: readonly PinnedMethod[], error: ListFailedError, as?: OnBehalf): void {
    this.logGraphFailure(error.status, error.code, error.requestId);
    this.emit(
      subject,
      requester,
      {
        type: 'failed',
        reason: 'listFailed',
        methods: pinned.map(summary),
        alreadyGone: [],
        changed: [],
        removed: [],
        failed: [],
        graphRequestIds: error.requestId ? [error.requestId] : [],
        listReason: error.reason,
      },
      as,
    );
  }

  outcome(
    subject: Party,
    requester: Requester,
    pinned: readonly PinnedMethod[],
    outcome: ResetOutcome,
    gone: readonly PinnedMethod[],
    changed: readonly PinnedMethod[],
    as?: OnBehalf,
    after?: AfterResetFacts,
  ): void {
    for (const f of outcome.failed) if (f.status !== undefined) this.logGraphFailure(f.status, f.code, f.requestId);
    const dc = outcome.defaultChange;
    const defaultChange = dc && {
      to: dc.to?.kind,
      toPhoneType: dc.to?.phoneType,
      ok: dc.result === 'set',
      preference: dc.preference,
      result: dc.result,
      status: dc.status,
      code: dc.code,
      requestId: dc.requestId,
    };
    const common = {
      methods: pinned.map(summary),
      removed: summaries(outcome.removed),
      alreadyGone: gone.map(summary),
      changed: changed.map(summary),
      defaultChange,
      graphRequestIds: outcome.requestIds,
      // Self-service offers both afterwards, on their own card (their own `afterReset` events).
      tapIssued: after?.tapIssued ?? false,
      ...(after?.tapIssued ? { tapLifetimeMinutes: after.tapLifetimeMinutes, tapUsableOnce: after.tapUsableOnce } : {}),
      sessionsRevoked: after?.sessionsRevoked ?? false,
    };
    if (isComplete(outcome)) {
      this.emit(subject, requester, { type: 'completed', path: as?.path ?? 'self', ...common }, as);
    } else {
      this.emit(
        subject,
        requester,
        {
          type: 'failed',
          reason: outcome.removed.length > 0 ? 'partial' : 'failed',
          ...common,
          failed: outcome.failed.map((f) => ({ ...summary(f.method), reason: f.reason })),
        },
        as,
      );
    }
    this.log.info({ graphCalls: outcome.graphCalls, elapsedMs: outcome.elapsedMs }, 'reset finished');
  }

  emit(subject: Party, requester: Requester, e: EventInput, as?: OnBehalf): void {
    const event = {
      ...e,
      correlationId: requester.correlationId,
      at: this.now(),
      requester: as ? as.requester : { userId: requester.userId, tenantId: requester.tenantId },
      subject: as?.subject ?? { userId: subject.userId, tenantId: subject.tenantId },
      ...(as?.ticket ? { ticket: as.ticket } : {}),
      ...(as?.approver ? { approver: as.approver } : {}),
      ...(as?.requestId ? { requestId: as.requestId } : {}),
      channelId: requester.channelId,
      conversationId: requester.conversationId,
      demo: this.demo,
      ...(requester.locale ? { locale: requester.locale } : {}),
    } as ResetEvent;
    this.publish(event);
  }

  /** Hand a complete event to the sink; a failing sink never reaches the turn. */
  publish(event: ResetEvent): void {
    try {
      void Promise.resolve(this.sink.emit(event)).catch((err: unknown) => this.log.warn({ err: String(err) }, 'event sink failed'));
    } catch (err) {
      this.log.warn({ err: String(err) }, 'event sink failed');
    }
  }
}

export function summary(m: { readonly kind: AuthMethod['kind']; readonly phoneType?: AuthMethod['phoneType'] }): MethodSummary {
  return m.phoneType ? { kind: m.kind, phoneType: m.phoneType } : { kind: m.kind };
}

export function summaries(ms: readonly AuthMethod[]): MethodSummary[] {
  return ms.map(summary);
}
