import { ALTERNATE_MOBILE_PHONE_ID, EMAIL_METHOD_ID, MOBILE_PHONE_ID, ODATA, type SimMethod } from '../src/simulator/index.js';

/** A user for the reset benchmark: six removable methods, one of them the default, two phones. */
export interface Profile {
  readonly name: string;
  readonly methods: SimMethod[];
  readonly defaultMethodId: string;
}

const AUTHENTICATOR_ID = '6c2a8e0e-3b4f-4a55-9b1e-0d5c8f1a2b3c';
const FIDO2_ID = 'a1b2c3d4-0000-4c1e-8d2f-000000000f1d';
const OATH_ID = 'b2c3d4e5-0000-4a2b-9c3d-00000000047a';

const m = {
  authenticator: { '@odata.type': ODATA.microsoftAuthenticator, id: AUTHENTICATOR_ID, displayName: 'iPhone 15', deviceTag: 'SoftwareTokenActivated' },
  mobile: { '@odata.type': ODATA.phone, id: MOBILE_PHONE_ID, phoneNumber: '+1 4255550100', phoneType: 'mobile', smsSignInState: 'notAllowedByPolicy' },
  alternateMobile: {
    '@odata.type': ODATA.phone,
    id: ALTERNATE_MOBILE_PHONE_ID,
    phoneNumber: '+1 2065550101',
    phoneType: 'alternateMobile',
    smsSignInState: 'notSupported',
  },
  email: { '@odata.type': ODATA.email, id: EMAIL_METHOD_ID, emailAddress: 'jordan.avery@contoso.com' },
  fido2: { '@odata.type': ODATA.fido2, id: FIDO2_ID, displayName: 'YubiKey 5 NFC', model: 'YubiKey 5 NFC' },
  softwareOath: { '@odata.type': ODATA.softwareOath, id: OATH_ID, secretKey: null },
} satisfies Record<string, SimMethod>;

export const PROFILES: readonly Profile[] = [
  {
    // The naive loop's best case: nothing is refused, so it needs exactly list + 6 + list = 8.
    name: 'default listed last, phones in safe order',
    methods: [m.email, m.fido2, m.softwareOath, m.alternateMobile, m.mobile, m.authenticator],
    defaultMethodId: AUTHENTICATOR_ID,
  },
  {
    // Graph's usual order: the naive loop pays one extra round trip per refusal (default, mobile).
    name: 'default listed first, mobile before alternate',
    methods: [m.authenticator, m.mobile, m.alternateMobile, m.email, m.fido2, m.softwareOath],
    defaultMethodId: AUTHENTICATOR_ID,
  },
];
