/**
 * The Graph calls the after-reset steps need, as ports: src/graph/tap.ts, sessions.ts and
 * mail.ts implement them over HTTP; nothing here knows a URL.
 */

/** The tenant's Temporary Access Pass policy, as far as issuing a pass needs it. */
export interface TapPolicy {
  readonly enabled: boolean;
  /** Group ids, or 'all_users'. */
  readonly includeGroups: readonly string[];
  readonly excludeGroups: readonly string[];
  readonly minimumLifetimeInMinutes: number;
  readonly maximumLifetimeInMinutes: number;
  /** True: every pass in the tenant is one-time. */
  readonly isUsableOnce: boolean;
}

/** A pass just created. `value` is shown once and never stored, logged or put in an event. */
export interface CreatedPass {
  readonly value: string;
  readonly lifetimeInMinutes: number;
  readonly isUsableOnce: boolean;
  /** When the pass becomes valid (ms). */
  readonly startsAt: number;
  /** Graph's own verdict: false when the user is outside the policy's targets. */
  readonly isUsable: boolean;
  readonly methodUsabilityReason: string | undefined;
}

export interface TapApi {
  policy(): Promise<TapPolicy>;
  /** Which of these group ids the user is a (transitive) member of. */
  memberOfGroups(userId: string, groupIds: readonly string[]): Promise<string[]>;
  /** Ids of the user's current passes (at most one). */
  passes(userId: string): Promise<string[]>;
  deletePass(userId: string, passId: string): Promise<void>;
  createPass(userId: string, body: { readonly lifetimeInMinutes: number; readonly isUsableOnce: boolean }): Promise<CreatedPass>;
}

export interface SessionsApi {
  revoke(userId: string): Promise<void>;
}

export interface MailApi {
  /** The user's primary SMTP address, or undefined when they have no mailbox address. */
  addressOf(userId: string): Promise<string | undefined>;
  send(sender: string, message: { readonly to: string; readonly subject: string; readonly text: string }): Promise<void>;
}
