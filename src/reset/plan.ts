import { KINDS } from './catalogue.js';
import type { ResetScope } from './scope.js';
import { matchesScope } from './scope.js';
import type { AuthMethod, DefaultPreference } from './types.js';

export interface Inventory {
  /** Methods the bot can remove, in the order Graph listed them (the engine orders deletion). */
  readonly removable: readonly AuthMethod[];
  /** Registered methods the bot cannot remove (unknown kinds); the password is never listed. */
  readonly notRemovable: readonly AuthMethod[];
}

/** Split a user's methods into what a reset of `scope` would remove and what it cannot touch. */
export function inventory(methods: readonly AuthMethod[], scope: ResetScope, canDelete: (m: AuthMethod) => boolean): Inventory {
  const inScope = methods.filter((m) => m.kind !== 'password' && matchesScope(m, scope));
  return {
    removable: inScope.filter((m) => KINDS[m.kind].removable && canDelete(m)),
    notRemovable: inScope.filter((m) => !KINDS[m.kind].removable || !canDelete(m)),
  };
}

const PHONE_RANK = { alternateMobile: 0, office: 1, mobile: 2 } as const;

/**
 * Non-phone methods first, then phones alternateMobile → office → mobile (Graph refuses a
 * mobile number while an alternate mobile exists). The default method is unknown in v1.0, so
 * it is handled at run time: on the default-method 400 it is deferred until it is the last.
 */
export function orderForDeletion(methods: readonly AuthMethod[]): AuthMethod[] {
  const rank = (m: AuthMethod) => (m.kind !== 'phone' ? 0 : 1 + (m.phoneType ? PHONE_RANK[m.phoneType] : 3));
  return [...methods].sort((a, b) => rank(a) - rank(b));
}

/**
 * Which kept method should become the default when the user removes their default one, best
 * first: the Authenticator's push, then a code generator, then phones (mobile, then the
 * voice-only alternate and office numbers). Email, security keys and Windows Hello cannot be a
 * default second factor, so a user who keeps only those gets no replacement.
 */
export function replacementDefault(kept: readonly AuthMethod[]): { method: AuthMethod; preference: DefaultPreference } | undefined {
  const pick = (preference: DefaultPreference, test: (m: AuthMethod) => boolean) => {
    const method = kept.find(test);
    return method ? { method, preference } : undefined;
  };
  return (
    pick('push', (m) => m.kind === 'microsoftAuthenticator') ??
    pick('oath', (m) => m.kind === 'softwareOath' || m.kind === 'hardwareOath') ??
    pick('sms', (m) => m.kind === 'phone' && m.phoneType === 'mobile') ??
    pick('voiceAlternateMobile', (m) => m.kind === 'phone' && m.phoneType === 'alternateMobile') ??
    pick('voiceOffice', (m) => m.kind === 'phone' && m.phoneType === 'office')
  );
}
