/**
 * The "believable set" the simulator gives a user it has not seen: what a typical employee has
 * registered (Authenticator as default, a mobile phone, an SSPR email, the password).
 * Deterministic so a demo shows the same phone model and number every time for the same user.
 */
import { createHash } from 'node:crypto';
import { EMAIL_METHOD_ID, MOBILE_PHONE_ID, ODATA, PASSWORD_METHOD_ID, type SimMethod } from './model.js';

const DEVICES = ['iPhone 15', 'iPhone 14 Pro', 'iPhone 13 mini', 'iPhone SE', 'Pixel 8', 'Pixel 7a', 'Galaxy S24', 'Galaxy A54'] as const;
const FIRST_NAMES = ['jordan', 'taylor', 'morgan', 'casey', 'riley', 'jamie', 'alex', 'quinn'] as const;
const LAST_NAMES = ['avery', 'chen', 'patel', 'garcia', 'nguyen', 'okafor', 'schmidt', 'tanaka'] as const;
/** Any area code works: 555-0100..0199 is the fictional range in every North American area code. */
const AREA_CODES = ['425', '206', '312', '415', '617', '646', '512', '303'] as const;

const DAY_MS = 86_400_000;
const EPOCH_2023 = Date.UTC(2023, 0, 1);

/** Bytes derived from the user and a label, so each field varies independently. */
function bytes(userKey: string, label: string): Buffer {
  return createHash('sha256').update(`${userKey}\u0000${label}`).digest();
}

function pick<T>(list: readonly T[], b: Buffer, i: number): T {
  const item = list[(b[i] ?? 0) % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** A version-4-shaped GUID, so clients validating GUID syntax accept it. */
function guid(b: Buffer): string {
  const h = Buffer.from(b.subarray(0, 16));
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x40;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** Graph's timestamp style: second precision, `Z`. */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function timeIn2023to2024(b: Buffer): number {
  return EPOCH_2023 + (b.readUInt16BE(0) % 700) * DAY_MS + (b.readUInt32BE(2) % DAY_MS);
}

export function believableMethods(userId: string): { methods: SimMethod[]; defaultMethodId: string } {
  // Graph addresses users case-insensitively, so "Jo@x.com" and "jo@x.com" are one user.
  const key = userId.toLowerCase();
  const auth = bytes(key, 'authenticator');
  const created = timeIn2023to2024(auth);
  const appBuild = bytes(key, 'appVersion');
  const phone = bytes(key, 'phone');
  const person = bytes(key, 'person');

  const authenticatorId = guid(auth);
  const yy = 24 + ((appBuild[0] ?? 0) % 2);
  const mm = 1 + ((appBuild[1] ?? 0) % 12);
  const build = appBuild.readUInt16BE(2) % 10_000;
  const methods: SimMethod[] = [
    {
      '@odata.type': ODATA.microsoftAuthenticator,
      id: authenticatorId,
      displayName: pick(DEVICES, auth, 16),
      deviceTag: 'SoftwareTokenActivated',
      phoneAppVersion: `6.${yy}${String(mm).padStart(2, '0')}.${String(build).padStart(4, '0')}`,
      createdDateTime: isoSeconds(created),
    },
    {
      '@odata.type': ODATA.phone,
      id: MOBILE_PHONE_ID,
      phoneNumber: `+1 ${pick(AREA_CODES, phone, 0)}55501${String((phone[1] ?? 0) % 100).padStart(2, '0')}`,
      phoneType: 'mobile',
      smsSignInState: 'notAllowedByPolicy',
    },
    {
      '@odata.type': ODATA.email,
      id: EMAIL_METHOD_ID,
      emailAddress: `${pick(FIRST_NAMES, person, 0)}.${pick(LAST_NAMES, person, 1)}@contoso.com`,
    },
    {
      '@odata.type': ODATA.password,
      id: PASSWORD_METHOD_ID,
      password: null,
      createdDateTime: isoSeconds(created - ((person[2] ?? 0) + 30) * DAY_MS),
    },
  ];
  return { methods, defaultMethodId: authenticatorId };
}
