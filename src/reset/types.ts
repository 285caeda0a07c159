import type { MethodKind, PhoneType } from './catalogue.js';

/** One registered authentication method, parsed from Graph and free of wire details. */
export interface AuthMethod {
  readonly id: string;
  readonly kind: MethodKind;
  /** The raw `@odata.type`, kept for audit and for kinds we do not know. */
  readonly odataType: string;
  readonly phoneType?: PhoneType | undefined;
  readonly phoneNumber?: string | undefined;
  readonly emailAddress?: string | undefined;
  /** Device or key name as registered (user-controlled: escape before display). */
  readonly displayName?: string | undefined;
  readonly createdDateTime?: string | undefined;
}

/**
 * The engine's view of Microsoft Graph. `graph/` implements it over HTTP; the reset engine
 * never sees a URL.
 */
export interface AuthMethodsApi {
  list(userId: string, signal?: AbortSignal): Promise<AuthMethod[]>;
  remove(userId: string, method: AuthMethod, signal?: AbortSignal): Promise<void>;
  /**
   * Make another method the user's default sign-in method (beta `signInPreferences`). Needed
   * only when a user removes their default method but keeps others: Graph refuses that delete.
   */
  setDefault(userId: string, preference: DefaultPreference, signal?: AbortSignal): Promise<void>;
  /** The user's current default (beta `signInPreferences`); undefined when none is set. */
  getDefault(userId: string, signal?: AbortSignal): Promise<CurrentDefault>;
}

/** Graph's `userDefaultAuthenticationMethodType` values the bot may set. */
export type DefaultPreference = 'push' | 'oath' | 'sms' | 'voiceMobile' | 'voiceAlternateMobile' | 'voiceOffice';

export interface CurrentDefault {
  readonly preference?: string | undefined;
  /** Entra picks the most secure method itself and ignores the user's choice for prompts. */
  readonly systemPreferred: boolean;
}

/**
 * Session revocation (`revokeSignInSessions`): a sibling port of AuthMethodsApi, so a reset that
 * also signs the user out is a new flow step, not a new method on the methods API.
 */
/** @public Implemented by the after-reset work (session revocation); declared now so it lands as a sibling port. */
export interface SessionsApi {
  revokeSignInSessions(userId: string, signal?: AbortSignal): Promise<void>;
}

/** A Temporary Access Pass just created. `value` is shown once to the person it is for, never logged. */
/** @public */
export interface IssuedTap {
  readonly value: string;
  readonly startsAt: string;
  readonly lifetimeMinutes: number;
  readonly isUsableOnce: boolean;
}

/** Temporary Access Pass creation: a sibling port of AuthMethodsApi. */
/** @public Implemented by the after-reset work (Temporary Access Pass). */
export interface TapApi {
  create(userId: string, opts: { readonly lifetimeMinutes: number; readonly isUsableOnce: boolean }, signal?: AbortSignal): Promise<IssuedTap>;
}
