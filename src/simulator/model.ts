/**
 * Graph's vocabulary for authentication methods, as the simulator sees it.
 *
 * Deliberately independent of src/reset/catalogue.ts: the simulator stands in for Microsoft
 * Graph, so if the bot's catalogue were wrong the simulator should expose that, not copy it.
 */

/** Stored Graph JSON for one method: exactly what GET returns for it. */
export interface SimMethod {
  '@odata.type': string;
  id: string;
  [k: string]: unknown;
}

const NS = '#microsoft.graph.';

export const ODATA = Object.freeze({
  password: `${NS}passwordAuthenticationMethod`,
  phone: `${NS}phoneAuthenticationMethod`,
  email: `${NS}emailAuthenticationMethod`,
  microsoftAuthenticator: `${NS}microsoftAuthenticatorAuthenticationMethod`,
  fido2: `${NS}fido2AuthenticationMethod`,
  softwareOath: `${NS}softwareOathAuthenticationMethod`,
  windowsHelloForBusiness: `${NS}windowsHelloForBusinessAuthenticationMethod`,
  temporaryAccessPass: `${NS}temporaryAccessPassAuthenticationMethod`,
  platformCredential: `${NS}platformCredentialAuthenticationMethod`,
  externalAuthentication: `${NS}externalAuthenticationMethod`,
  qrCodePin: `${NS}qrCodePinAuthenticationMethod`,
  hardwareOath: `${NS}hardwareOathAuthenticationMethod`,
  passwordlessMicrosoftAuthenticator: `${NS}passwordlessMicrosoftAuthenticatorAuthenticationMethod`,
});

/** Well-known constant ids (reference/graph-api.md §1.1). */
export const PASSWORD_METHOD_ID = '28c10230-6103-485e-b985-444c60001490';
export const MOBILE_PHONE_ID = '3179e48a-750b-4051-897c-87b9720928f7';
export const ALTERNATE_MOBILE_PHONE_ID = 'b6332ec1-7057-4abe-9331-3d72feddfe41';
export const OFFICE_PHONE_ID = 'e37fc753-ff3b-4958-9484-eaa9425c82bc';
export const EMAIL_METHOD_ID = '3ddfcfc8-9383-446f-83cc-3ab9be4be18f';

/** Types Graph only knows on /beta: the v1.0 list leaves them out ("supported on this API version"). */
export const BETA_ONLY_TYPES: ReadonlySet<string> = new Set([ODATA.hardwareOath, ODATA.passwordlessMicrosoftAuthenticator]);

/** Collection segment under /users/{id}/authentication/ → the one @odata.type it holds. */
export const V1_SEGMENTS: Readonly<Record<string, string>> = Object.freeze({
  passwordMethods: ODATA.password,
  phoneMethods: ODATA.phone,
  emailMethods: ODATA.email,
  microsoftAuthenticatorMethods: ODATA.microsoftAuthenticator,
  fido2Methods: ODATA.fido2,
  softwareOathMethods: ODATA.softwareOath,
  windowsHelloForBusinessMethods: ODATA.windowsHelloForBusiness,
  temporaryAccessPassMethods: ODATA.temporaryAccessPass,
  platformCredentialMethods: ODATA.platformCredential,
  externalAuthenticationMethods: ODATA.externalAuthentication,
});

export const BETA_SEGMENTS: Readonly<Record<string, string>> = Object.freeze({
  ...V1_SEGMENTS,
  hardwareOathMethods: ODATA.hardwareOath,
  passwordlessMicrosoftAuthenticatorMethods: ODATA.passwordlessMicrosoftAuthenticator,
});

/** Enum `userDefaultAuthenticationMethodType` (beta signInPreferences). */
const PREFERRED_METHODS = ['push', 'oath', 'voiceMobile', 'voiceAlternateMobile', 'voiceOffice', 'sms'] as const;
export type PreferredMethod = (typeof PREFERRED_METHODS)[number];

export function isPreferredMethod(v: unknown): v is PreferredMethod {
  return typeof v === 'string' && (PREFERRED_METHODS as readonly string[]).includes(v);
}
