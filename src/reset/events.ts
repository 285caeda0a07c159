import type { Locale } from '../understanding/types.js';
import type { MethodKind, PhoneType } from './catalogue.js';

/**
 * What happened to a reset, as typed events. The audit log, the ticket sink and notifications
 * consume them; none of them parses text. Events carry method kinds and counts, never a phone
 * number, an address, a device name or a Temporary Access Pass.
 */

/** Who: the authenticated sender of the request, and whose methods change. */
export interface Party {
  readonly userId: string;
  readonly tenantId: string;
  /** For helpdesk tickets and notes ("Ana Lopez"); never required. */
  readonly displayName?: string | undefined;
}

export interface MethodSummary {
  readonly kind: MethodKind;
  readonly phoneType?: PhoneType | undefined;
}

export type RefusalReason =
  | 'noIdentity'
  | 'tenantNotAllowed'
  | 'groupConversation'
  | 'otherUser'
  | 'malformedCardData'
  | 'tokenMalformed'
  | 'tokenBadSignature'
  | 'tokenExpired'
  | 'notRequester'
  | 'alreadyUsed'
  | 'superseded'
  | 'rateLimited'
  | 'stateUnavailable'
  | 'notTechnician'
  | 'privilegedTarget'
  | 'targetNotFound'
  | 'pendingExists'
  /** Self-service guards (issue 15): an administrator, a risky user, today's resets used, a check that could not answer. */
  | 'privilegedSubject'
  | 'riskyUser'
  | 'dailyLimit'
  | 'guardUnavailable';

type FailureReason = 'listFailed' | 'partial' | 'failed' | 'stateUnavailable';

/** `declined`: the second technician of a four-eyes request said no (`denied` is the target's own No). */
export type VerificationPath = 'self' | 'targetConfirmed' | 'secondTechnician' | 'denied' | 'declined' | 'expired' | 'cancelled';

interface EventBase {
  /** The reference id users see and quote. */
  readonly correlationId: string;
  readonly at: number;
  readonly requester: Party;
  readonly subject: Party;
  readonly channelId?: string | undefined;
  readonly conversationId?: string | undefined;
  readonly demo?: boolean | undefined;
  readonly ticket?: string | undefined;
  /** Four eyes: the second technician who was asked to approve (and did, or declined). */
  readonly approver?: Party | undefined;
  /** Helpdesk: the request this step belongs to (every event of one request carries the same id). */
  readonly requestId?: string | undefined;
  /** The language of the person who answered (for the notification mail). */
  readonly locale?: Locale | undefined;
}

/** A step after the reset (issue 15). Never a pass value: "issued", its lifetime, one-time. */
export type AfterAction = 'tapIssued' | 'tapRefused' | 'sessionsRevoked' | 'revokeFailed';

export type ResetEvent =
  | (EventBase & { readonly type: 'requested'; readonly scope: string; readonly methods: readonly MethodSummary[] })
  | (EventBase & { readonly type: 'nothingToRemove'; readonly scope: string; readonly notRemovable: readonly MethodSummary[] })
  | (EventBase & { readonly type: 'listed'; readonly methods: readonly MethodSummary[] })
  | (EventBase & { readonly type: 'confirmed'; readonly path: VerificationPath; readonly methods: readonly MethodSummary[] })
  | (EventBase & { readonly type: 'cancelled'; readonly path: VerificationPath; readonly methods: readonly MethodSummary[] })
  | (EventBase & { readonly type: 'refused'; readonly reason: RefusalReason })
  | (EventBase & {
      readonly type: 'completed';
      readonly path: VerificationPath;
      /** Every method the confirmation covered. */
      readonly methods?: readonly MethodSummary[] | undefined;
      readonly removed: readonly MethodSummary[];
      /** Pinned methods Graph no longer had (404): not removed by this click. */
      readonly alreadyGone: readonly MethodSummary[];
      /** Pinned methods changed since the card was shown (number, address or creation time): skipped. */
      readonly changed: readonly MethodSummary[];
      readonly defaultChange?: DefaultChangeSummary | undefined;
      readonly graphRequestIds: readonly string[];
      /** Whether a Temporary Access Pass was issued (never its value); undefined: not known. */
      readonly tapIssued?: boolean | undefined;
      readonly tapLifetimeMinutes?: number | undefined;
      readonly tapUsableOnce?: boolean | undefined;
      readonly sessionsRevoked?: boolean | undefined;
    })
  | (EventBase & {
      readonly type: 'failed';
      readonly reason: FailureReason;
      readonly methods?: readonly MethodSummary[] | undefined;
      readonly alreadyGone?: readonly MethodSummary[] | undefined;
      readonly changed?: readonly MethodSummary[] | undefined;
      readonly defaultChange?: DefaultChangeSummary | undefined;
      readonly removed: readonly MethodSummary[];
      readonly failed: readonly (MethodSummary & { readonly reason: string })[];
      /** For `listFailed`: why the list could not be read. */
      readonly listReason?: string | undefined;
      readonly graphRequestIds: readonly string[];
      readonly tapIssued?: boolean | undefined;
      readonly tapLifetimeMinutes?: number | undefined;
      readonly tapUsableOnce?: boolean | undefined;
      readonly sessionsRevoked?: boolean | undefined;
    })
  | (EventBase & { readonly type: 'security'; readonly kind: 'unexpectedPrompts' | 'unknownSignIn' | 'phishing' | 'deniedByTarget' | 'riskyUser' })
  | (EventBase & {
      readonly type: 'afterReset';
      readonly action: AfterAction;
      readonly lifetimeMinutes?: number | undefined;
      readonly isUsableOnce?: boolean | undefined;
      /** Why a pass was refused or the sign-out failed (a short code). */
      readonly reason?: string | undefined;
    })
  /** The turn threw (a bug): the record carries the reference the user was given. */
  | (EventBase & { readonly type: 'turnFailed' });

/**
 * A kept method was made the default so a removed one could go. `to` and `ok` are the summary
 * every consumer reads; the rest is detail for the audit log.
 */
export interface DefaultChangeSummary {
  readonly from?: string | undefined;
  readonly to?: MethodKind | undefined;
  readonly toPhoneType?: PhoneType | undefined;
  readonly ok: boolean;
  readonly preference?: string | undefined;
  readonly result?: 'set' | 'failed' | 'none' | undefined;
  readonly status?: number | undefined;
  readonly code?: string | undefined;
  readonly requestId?: string | undefined;
}

/** A consumer of events (audit log, ticket sink, notifications). Must not throw into the turn. */
export interface EventSink {
  emit(event: ResetEvent): void | Promise<void>;
}
