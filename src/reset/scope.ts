import type { MethodKind, PhoneType } from './catalogue.js';
import type { AuthMethod } from './types.js';

/** Which methods a reset covers: everything, or one family the user named. */
export type ResetScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'authenticator' }
  | { readonly kind: 'phone'; readonly phoneType?: PhoneType }
  | { readonly kind: 'email' }
  | { readonly kind: 'securityKey' }
  | { readonly kind: 'other'; readonly methodKinds: readonly MethodKind[] };

const AUTHENTICATOR: readonly MethodKind[] = ['microsoftAuthenticator', 'passwordlessMicrosoftAuthenticator'];

export function matchesScope(m: AuthMethod, scope: ResetScope): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'authenticator':
      return AUTHENTICATOR.includes(m.kind);
    case 'phone':
      return m.kind === 'phone' && (scope.phoneType === undefined || m.phoneType === scope.phoneType);
    case 'email':
      return m.kind === 'email';
    case 'securityKey':
      return m.kind === 'fido2';
    case 'other':
      return scope.methodKinds.includes(m.kind);
  }
}
