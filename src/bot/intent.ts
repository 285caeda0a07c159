import type { MethodKind, PhoneType } from '../reset/catalogue.js';

/**
 * Which methods a reset request is about. `all` is the full MFA reset; the others narrow the
 * confirmation card (and the deletion) to the methods of that kind.
 */
export type ResetScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'authenticator' }
  /** `phoneType` set when the user named one ("my office phone"); absent = every phone. */
  | { readonly kind: 'phone'; readonly phoneType?: PhoneType }
  | { readonly kind: 'email' }
  | { readonly kind: 'securityKey' }
  /** Anything else the user named (Windows Hello, OATH token, TAP, ...). */
  | { readonly kind: 'other'; readonly methodKinds: readonly MethodKind[] };

export type Intent =
  /** Reset the sender's own MFA (all methods or a scope). The only intent that may produce a card. */
  | { readonly type: 'reset'; readonly scope: ResetScope }
  /** "show my MFA methods": read-only list. */
  | { readonly type: 'list' }
  | { readonly type: 'help' }
  | { readonly type: 'greeting' }
  /** About someone else's MFA ("reset MFA for kim@fabrikam.com"): refuse, point to IT. */
  | { readonly type: 'otherUser' }
  /** The user says not to reset ("leave my MFA alone", "forget it"). */
  | { readonly type: 'negation' }
  /** About MFA but not a request: past events, general questions ("why do we need MFA?"). */
  | { readonly type: 'aboutMfa' }
  /** Not about MFA at all (including "reset my password"). */
  | { readonly type: 'unknown' };

export type IntentType = Intent['type'];
