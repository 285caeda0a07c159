/**
 * One small interface per ticket system. The number a technician types ("INC0010002",
 * "T20260226.0044", "HELP-12", "4711") is not the system's internal id: `lookup` resolves it, and
 * every later call takes the resolved `TicketRef` so the two can never be mixed up.
 */

export const TICKET_SYSTEMS = ['servicenow', 'jira', 'freshdesk', 'connectwise', 'halo', 'autotask', 'kaseyabms', 'webhook'] as const;
export type TicketSystem = (typeof TICKET_SYSTEMS)[number];

export interface TicketRef {
  /** The system's internal id (ServiceNow sys_id, Autotask id, Jira key, numeric ids elsewhere). */
  readonly id: string;
  /** What the technician typed, as the system spells it. */
  readonly number: string;
  readonly closed: boolean;
  readonly url?: string | undefined;
}

/** The note, once as plain text and once as HTML for the systems whose note field is HTML. */
export interface TicketNote {
  readonly text: string;
  readonly html: string;
  /** The reset's reference id; also inside the text, so a duplicate after a retry is recognisable. */
  readonly correlationId: string;
}

/** A record ticket for a self-service reset (`TICKET_SELF_SERVICE=create`). */
export interface RecordTicket {
  readonly title: string;
  readonly note: TicketNote;
  /** The requester's sign-in name or display name, for systems that need a caller. */
  readonly requester: string;
}

export interface TicketAdapter {
  readonly system: TicketSystem;
  /**
   * Resolve a typed ticket number. Throws `TicketError` kind `notFound` for an unknown ticket and
   * kind `closed` for a closed one, unless `allowClosed` (a note after the fact still lands).
   */
  lookup(number: string, opts?: { allowClosed?: boolean }): Promise<TicketRef>;
  /** Write a note that only agents see; never customer-visible. */
  addInternalNote(ticket: TicketRef, note: TicketNote): Promise<void>;
  /** Only where creating a record is simple (ServiceNow, Jira, Freshdesk). */
  create?(record: RecordTicket): Promise<TicketRef>;
  /** Only where configured (off by default): move the ticket to the configured "resolved" status. */
  setStatus?(ticket: TicketRef): Promise<void>;
}

export type TicketErrorKind = 'notFound' | 'closed' | 'auth' | 'forbidden' | 'rateLimited' | 'transient' | 'invalid';

/**
 * Everything an adapter throws. The outbox branches on `kind`: retry `rateLimited`/`transient`,
 * give up on the rest. `message` is a short operator text that never holds a credential.
 */
export class TicketError extends Error {
  override readonly name = 'TicketError';
  constructor(
    readonly kind: TicketErrorKind,
    message: string,
    readonly extra: { readonly status?: number; readonly retryAfterMs?: number; readonly cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
  }

  get status(): number | undefined {
    return this.extra.status;
  }

  get retryAfterMs(): number | undefined {
    return this.extra.retryAfterMs;
  }
}

export function isRetryable(err: TicketError): boolean {
  return err.kind === 'rateLimited' || err.kind === 'transient';
}

/** What every adapter receives: plain fetch (undici under Node) and a clock. */
export interface AdapterDeps {
  readonly fetch: typeof fetch;
  readonly now: () => number;
  /** Per-request timeout; the outbox retries a timeout as transient. */
  readonly timeoutMs?: number;
}
