/**
 * The authentication-method catalogue: every `@odata.type` the v1.0 list endpoint can return,
 * what we call it in plain words, and whether the bot may remove it.
 *
 * Explicit on purpose: deriving names by string munging (strip "Authentication", add "s") breaks
 * for externalAuthenticationMethod and the qrCodePin singleton (Graph docs: the authenticationMethod resource type and its derived types).
 */

export type MethodKind =
  | 'password'
  | 'microsoftAuthenticator'
  | 'phone'
  | 'email'
  | 'fido2'
  | 'softwareOath'
  | 'windowsHelloForBusiness'
  | 'temporaryAccessPass'
  | 'platformCredential'
  | 'externalAuthentication'
  | 'qrCodePin'
  | 'hardwareOath'
  | 'passwordlessMicrosoftAuthenticator'
  | 'unknown';

export type PhoneType = 'mobile' | 'alternateMobile' | 'office';

export interface KindInfo {
  /** Plain words for an employee, e.g. "Microsoft Authenticator". */
  readonly label: string;
  /** False only for the password: a reset never deletes it. */
  readonly removable: boolean;
}

export const KINDS: Readonly<Record<MethodKind, KindInfo>> = Object.freeze({
  password: { label: 'password', removable: false },
  microsoftAuthenticator: { label: 'Microsoft Authenticator', removable: true },
  phone: { label: 'phone', removable: true },
  email: { label: 'email', removable: true },
  fido2: { label: 'security key or passkey', removable: true },
  softwareOath: { label: 'authenticator app code (OATH)', removable: true },
  windowsHelloForBusiness: { label: 'Windows Hello for Business', removable: true },
  temporaryAccessPass: { label: 'Temporary Access Pass', removable: true },
  platformCredential: { label: 'platform credential (macOS Platform SSO)', removable: true },
  externalAuthentication: { label: 'external authentication method', removable: true },
  qrCodePin: { label: 'QR code sign-in', removable: true },
  hardwareOath: { label: 'hardware token (OATH)', removable: true },
  passwordlessMicrosoftAuthenticator: { label: 'Microsoft Authenticator (passwordless)', removable: true },
  unknown: { label: 'sign-in method', removable: false },
});

const ODATA_TO_KIND: Readonly<Record<string, MethodKind>> = Object.freeze({
  '#microsoft.graph.passwordAuthenticationMethod': 'password',
  '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod': 'microsoftAuthenticator',
  '#microsoft.graph.phoneAuthenticationMethod': 'phone',
  '#microsoft.graph.emailAuthenticationMethod': 'email',
  '#microsoft.graph.fido2AuthenticationMethod': 'fido2',
  '#microsoft.graph.softwareOathAuthenticationMethod': 'softwareOath',
  '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod': 'windowsHelloForBusiness',
  '#microsoft.graph.temporaryAccessPassAuthenticationMethod': 'temporaryAccessPass',
  '#microsoft.graph.platformCredentialAuthenticationMethod': 'platformCredential',
  '#microsoft.graph.externalAuthenticationMethod': 'externalAuthentication',
  '#microsoft.graph.qrCodePinAuthenticationMethod': 'qrCodePin',
  '#microsoft.graph.hardwareOathAuthenticationMethod': 'hardwareOath',
  '#microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod': 'passwordlessMicrosoftAuthenticator',
});

export function kindOfODataType(odataType: string): MethodKind {
  return ODATA_TO_KIND[odataType] ?? 'unknown';
}
