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

const PREFERENCES: readonly { preference: DefaultPreference; test: (m: AuthMethod) => boolean }[] = [
  { preference: 'push', test: (m) => m.kind === 'microsoftAuthenticator' },
  { preference: 'oath', test: (m) => m.kind === 'softwareOath' || m.kind === 'hardwareOath' },
  { preference: 'sms', test: (m) => m.kind === 'phone' && m.phoneType === 'mobile' },
  { preference: 'voiceMobile', test: (m) => m.kind === 'phone' && m.phoneType === 'mobile' },
  { preference: 'voiceAlternateMobile', test: (m) => m.kind === 'phone' && m.phoneType === 'alternateMobile' },
  { preference: 'voiceOffice', test: (m) => m.kind === 'phone' && m.phoneType === 'office' },
];

/** Could `m` be what Graph's default `preference` points at? ("oath" may also be the Authenticator's codes.) */
export function isPreference(m: AuthMethod, preference: string): boolean {
  if (preference === 'oath' && m.kind === 'microsoftAuthenticator') return true;
  return PREFERENCES.some((p) => p.preference === preference && p.test(m));
}

/**
 * Which kept methods could become the default when the user removes their default one, best
 * first: the Authenticator's push, then a code generator, then phones (mobile by text, then by
 * call, then the voice-only alternate and office numbers). Email, security keys and Windows Hello
 * cannot be a default second factor, so a user who keeps only those gets none. `current` (the
 * default being removed) is skipped: "oath" can mean the Authenticator's codes as well as a
 * separate token, so asking for it again would change nothing.
 */
export function replacementDefaults(kept: readonly AuthMethod[], current?: string): { method: AuthMethod; preference: DefaultPreference }[] {
  const out: { method: AuthMethod; preference: DefaultPreference }[] = [];
  for (const { preference, test } of PREFERENCES) {
    const method = kept.find(test);
    if (method && preference !== current) out.push({ method, preference });
  }
  return out;
}
