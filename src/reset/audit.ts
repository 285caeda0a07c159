import type { Logger } from '../logger.js';
import type { DefaultChangeSummary, EventSink, MethodSummary, ResetEvent, VerificationPath } from './events.js';

/**
 * The audit log as an event sink: one structured record per security-relevant step, on its own
 * logger channel for SIEM export. Method kinds and counts only, never a number, an address, a
 * device name or a Temporary Access Pass.
 */
type AuditEvent = 'request' | 'confirmation' | 'cancellation' | 'refusal' | 'completion' | 'failure' | 'listing' | 'security' | 'afterReset';

interface AuditRecord {
  readonly event: AuditEvent;
  readonly outcome: string;
  readonly correlationId: string;
  readonly requester: { readonly userId?: string | undefined; readonly tenantId?: string | undefined };
  readonly subject?: { readonly userId?: string | undefined; readonly tenantId?: string | undefined } | undefined;
  readonly conversationId?: string | undefined;
  readonly channelId?: string | undefined;
  readonly methods?: { readonly kinds: readonly string[]; readonly count: number } | undefined;
  readonly scope?: string | undefined;
  readonly reason?: string | undefined;
  readonly removed?: number | undefined;
  readonly failed?: number | undefined;
  readonly alreadyGone?: number | undefined;
  readonly changed?: number | undefined;
  readonly failures?: readonly { readonly kind: string; readonly reason: string }[] | undefined;
  readonly graphRequestIds?: readonly string[] | undefined;
  readonly defaultChange?: Record<string, unknown> | undefined;
  readonly demo?: boolean | undefined;
  /** Helpdesk: the ticket the technician named, and how the reset was verified (or why not). */
  readonly ticket?: string | undefined;
  readonly verification?: VerificationPath | undefined;
  /** Helpdesk: the request id, the same on every record of one request. */
  readonly requestId?: string | undefined;
  /** Four eyes: the second technician who approved or declined. */
  readonly approver?: { readonly userId?: string | undefined; readonly tenantId?: string | undefined } | undefined;
  /** After a reset: "issued", the lifetime and one-time use of a Temporary Access Pass (never its value); sessions revoked. */
  readonly tapIssued?: boolean | undefined;
  readonly tapLifetimeMinutes?: number | undefined;
  readonly tapUsableOnce?: boolean | undefined;
  readonly sessionsRevoked?: boolean | undefined;
}

function kindName(m: MethodSummary): string {
  return m.kind === 'phone' && m.phoneType ? `phone:${m.phoneType}` : m.kind;
}

function kinds(ms: readonly MethodSummary[]): { kinds: string[]; count: number } {
  return { kinds: ms.map(kindName), count: ms.length };
}

/** Method kinds only; the kept method as "phone:mobile" like every other kind in the record. */
function defaultChange(d: DefaultChangeSummary | undefined): Record<string, unknown> | undefined {
  if (!d) return undefined;
  const { toPhoneType, ok: _ok, ...rest } = d;
  return { ...rest, to: d.to && kindName({ kind: d.to, phoneType: toPhoneType }) };
}

/** Self-service records stay as they were; a helpdesk path is always named. */
function path(p: VerificationPath): { verification?: VerificationPath } {
  return p === 'self' ? {} : { verification: p };
}

/** Only when they happened: a self-service record without them stays as it was. */
function after(e: {
  readonly tapIssued?: boolean | undefined;
  readonly tapLifetimeMinutes?: number | undefined;
  readonly tapUsableOnce?: boolean | undefined;
  readonly sessionsRevoked?: boolean | undefined;
}): Partial<AuditRecord> {
  return {
    ...(e.tapIssued ? { tapIssued: true, tapLifetimeMinutes: e.tapLifetimeMinutes, tapUsableOnce: e.tapUsableOnce } : {}),
    ...(e.sessionsRevoked ? { sessionsRevoked: true } : {}),
  };
}

function toAuditRecord(e: ResetEvent): AuditRecord {
  const base = {
    correlationId: e.correlationId,
    requester: e.requester,
    subject: e.subject,
    conversationId: e.conversationId,
    channelId: e.channelId,
    demo: e.demo,
    ...(e.ticket ? { ticket: e.ticket } : {}),
    ...(e.approver ? { approver: e.approver } : {}),
    ...(e.requestId ? { requestId: e.requestId } : {}),
  };
  switch (e.type) {
    case 'requested':
      return { ...base, event: 'request', outcome: 'cardShown', scope: e.scope, methods: kinds(e.methods) };
    case 'nothingToRemove':
      return { ...base, event: 'request', outcome: 'nothingToRemove', scope: e.scope, methods: kinds(e.notRemovable) };
    case 'listed':
      return { ...base, event: 'listing', outcome: 'listed', methods: kinds(e.methods) };
    case 'confirmed':
      return { ...base, event: 'confirmation', outcome: 'confirmed', methods: kinds(e.methods), ...path(e.path) };
    case 'cancelled':
      return { ...base, event: 'cancellation', outcome: 'cancelled', methods: kinds(e.methods), ...path(e.path) };
    case 'refused':
      return { ...base, event: 'refusal', outcome: 'refused', reason: e.reason };
    case 'security':
      return { ...base, event: 'security', outcome: 'reported', reason: e.kind };
    case 'turnFailed':
      return { ...base, event: 'failure', outcome: 'turnFailed' };
    case 'afterReset':
      return {
        ...base,
        event: 'afterReset',
        outcome: e.action,
        reason: e.reason,
        ...(e.action === 'tapIssued' ? { tapIssued: true, tapLifetimeMinutes: e.lifetimeMinutes, tapUsableOnce: e.isUsableOnce } : {}),
        ...(e.action === 'sessionsRevoked' ? { sessionsRevoked: true } : {}),
      };
    case 'completed':
      return {
        ...base,
        event: 'completion',
        outcome: e.removed.length > 0 ? 'reset' : 'nothingRemoved',
        ...path(e.path),
        methods: kinds(e.methods ?? []),
        removed: e.removed.length,
        failed: 0,
        alreadyGone: e.alreadyGone.length,
        changed: e.changed.length,
        graphRequestIds: e.graphRequestIds,
        defaultChange: defaultChange(e.defaultChange),
        ...after(e),
      };
    case 'failed':
      return {
        ...base,
        event: 'failure',
        outcome: e.reason,
        reason: e.listReason,
        methods: kinds(e.methods ?? []),
        removed: e.removed.length,
        failed: e.failed.length,
        alreadyGone: e.alreadyGone?.length ?? 0,
        changed: e.changed?.length ?? 0,
        failures: e.failed.map((f) => ({ kind: kindName(f), reason: f.reason })),
        graphRequestIds: e.graphRequestIds,
        defaultChange: defaultChange(e.defaultChange),
        ...after(e),
      };
  }
}

export function createAuditSink(log: Logger): EventSink {
  return {
    emit(e) {
      const record = toAuditRecord(e);
      log.info({ audit: { time: new Date(e.at).toISOString(), ...record } }, `audit ${record.event}: ${record.outcome}`);
    },
  };
}

/** Several sinks as one; a failing sink never stops the others. */
export function fanOut(sinks: readonly EventSink[], log: Logger): EventSink {
  return {
    emit(e) {
      for (const s of sinks) {
        try {
          void Promise.resolve(s.emit(e)).catch((err: unknown) => log.warn({ err: String(err), event: e.type }, 'event sink failed'));
        } catch (err) {
          log.warn({ err: String(err), event: e.type }, 'event sink failed');
        }
      }
    },
  };
}
