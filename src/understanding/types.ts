import type { ResetScope } from '../reset/scope.js';

export type { ResetScope } from '../reset/scope.js';

/** The languages the bot understands and answers in. */
export const LOCALES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

/** Someone a message names: for helpdesk requests, and so the sender's own address is not "someone else". */
export type TargetEntity =
  | { readonly kind: 'upn'; readonly value: string }
  | { readonly kind: 'mention'; readonly aadObjectId?: string; readonly name: string }
  | { readonly kind: 'name'; readonly value: string };

export type SecurityKind = 'unexpectedPrompts' | 'unknownSignIn' | 'phishing';

/**
 * What a message asks for. Only `reset` may produce a Yes/No reset card directly; `clarify` shows
 * a prompt whose buttons lead to the same flows; everything else is a short answer.
 */
export type Intent =
  /** A clear request to reset the sender's own MFA (all methods or one family). */
  | { readonly type: 'reset'; readonly scope: ResetScope }
  /** About the sender's own MFA but unclear: ask (Reset my MFA / Remove one method / Show my methods / No thanks). */
  | { readonly type: 'clarify'; readonly scope?: ResetScope }
  /** "show my MFA methods", "first tell me what would be removed": read-only list. */
  | { readonly type: 'list' }
  /** A request about another person (helpdesk mode decides; otherwise "only your own"). */
  | { readonly type: 'otherUser'; readonly target?: TargetEntity; readonly scope?: ResetScope }
  /** Prompts the user did not start, a sign-in they did not make, a phishing message about MFA. */
  | { readonly type: 'security'; readonly kind: SecurityKind }
  /** "don't reset my MFA", "forget it". */
  | { readonly type: 'negation' }
  /** "undo the reset": a reset cannot be undone; explain how to register again. */
  | { readonly type: 'undo' }
  /** "yes", "go ahead" typed while a card may be waiting. */
  | { readonly type: 'typedConfirm' }
  /** "no", "cancel" typed while a card may be waiting. */
  | { readonly type: 'typedCancel' }
  /** "reset my password": not MFA; point to self-service password reset. */
  | { readonly type: 'password' }
  /** About MFA but not a request: past events, general questions. */
  | { readonly type: 'aboutMfa' }
  | { readonly type: 'help' }
  | { readonly type: 'greeting' }
  | { readonly type: 'thanks' }
  | { readonly type: 'unknown' };

export type IntentType = Intent['type'];

/** The result of understanding one message. */
export interface Understanding {
  readonly intent: Intent;
  /** The message's language when it is one of ours and clear enough; undefined otherwise. */
  readonly language: Locale | undefined;
  /** The message looks like a language we do not support (answer in English and say so). */
  readonly unsupportedLanguage: boolean;
  /** Addresses, mentions or names found in the message that are not the sender. */
  readonly targets: readonly TargetEntity[];
  /** Which rule or feature decided, for the debug log (no message text). */
  readonly explain: string;
}

export interface UnderstandOptions {
  /** The activity's Teams locale, e.g. "de-DE". */
  readonly locale?: string | undefined;
  /** The sender's own addresses (UPN, mail) and display name: never "someone else". */
  readonly self?: { readonly upn?: string; readonly mail?: string; readonly name?: string };
}
