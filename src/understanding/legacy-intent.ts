import type { ResetScope } from '../reset/scope.js';

export type { ResetScope } from '../reset/scope.js';

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
