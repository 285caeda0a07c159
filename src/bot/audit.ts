import type { DefaultChange } from '../reset/outcome.js';
import type { Logger } from '../logger.js';

export type AuditEvent = 'request' | 'confirmation' | 'cancellation' | 'refusal' | 'completion' | 'failure' | 'listing';

export interface AuditRecord {
  readonly event: AuditEvent;
  readonly correlationId: string;
  readonly requester: { readonly userId?: string | undefined; readonly tenantId?: string | undefined };
  readonly conversationId?: string | undefined;
  readonly channelId?: string | undefined;
  /** Method kinds only: never numbers, addresses or device names. */
  readonly methods?: { readonly kinds: readonly string[]; readonly count: number } | undefined;
  readonly outcome: string;
  readonly reason?: string | undefined;
  readonly removed?: number | undefined;
  readonly failed?: number | undefined;
  readonly graphRequestIds?: readonly string[] | undefined;
  /** A kept method was made the default so a removed one could go: kind and Graph's answer. */
  readonly defaultChange?: (Omit<DefaultChange, 'to'> & { readonly to?: string | undefined }) | undefined;
  readonly demo?: boolean | undefined;
}

/** One structured record per security-relevant step, on its own logger channel for SIEM export. */
export function audit(log: Logger, record: AuditRecord): void {
  log.info({ audit: { time: new Date().toISOString(), ...record } }, `audit ${record.event}: ${record.outcome}`);
}
