/**
 * Which methods a reset request names, and how several mentions combine into one ResetScope.
 */
import { KINDS, type MethodKind } from '../../reset/catalogue.js';
import type { ResetScope } from '../legacy-intent.js';
import type { Token } from './normalise.js';

/** A method family the sender named: the same shape as a ResetScope other than `all`. */
export type Mention = Exclude<ResetScope, { kind: 'all' }>;

const AUTHENTICATOR_KINDS: readonly MethodKind[] = ['microsoftAuthenticator', 'passwordlessMicrosoftAuthenticator'];

/** Words after "call" that make it the voice-call method even after a meeting word. */
const CALL_METHOD_AFTER = new Set(['method', 'methods', 'option', 'options', 'verification']);
/** Words after "tap" that make it a verb. */
const TAP_VERB_AFTER = new Set([
  'on',
  'the',
  'it',
  'yes',
  'deny',
  'allow',
  'approve',
  'notification',
  'notifications',
  'number',
  'button',
  'a',
  'that',
  'this',
]);
/** Words before a device word that make it the device another method lives on ("on my old phone"). */
const HOLDER_BEFORE = new Set(['on', 'from', 'to', 'onto', 'got', 'bought', 'into']);
/** Numbers that are not phone numbers. */
const NOT_PHONE_NUMBER = new Set([
  'ticket',
  'case',
  'order',
  'invoice',
  'badge',
  'employee',
  'meeting',
  'conference',
  'dialin',
  'bridge',
  'room',
  'version',
  'serial',
  'reference',
  'tracking',
  'account',
]);
/** Words before "call" that make it a meeting, not the voice-call method. */
const MEETING_CALL = new Set([
  'client',
  'customer',
  'team',
  'conference',
  'zoom',
  'teams',
  'sales',
  'video',
  'board',
  'status',
  'sync',
  'important',
  'urgent',
  'quick',
  'work',
  'business',
  'group',
]);

/** The mention a method token stands for (phone types from the words around it). */
export function mentionOf(t: readonly Token[], i: number): Mention | undefined {
  const x = t[i];
  if (x === undefined) return undefined;
  switch (x.c) {
    case 'authApp':
    case 'app':
      return { kind: 'authenticator' };
    case 'swOath':
      return { kind: 'other', methodKinds: ['softwareOath'] };
    case 'hwOath':
      return { kind: 'other', methodKinds: ['hardwareOath'] };
    case 'oath':
      return { kind: 'other', methodKinds: ['softwareOath', 'hardwareOath'] };
    case 'whfb':
      return { kind: 'other', methodKinds: ['windowsHelloForBusiness'] };
    case 'tap':
      // "can't tap approve", "tap on the notification": the verb, not a Temporary Access Pass
      if (x.w === 'tap' && (TAP_VERB_AFTER.has(t[i + 1]?.w ?? '') || t[i + 1]?.c === 'approve')) return undefined;
      return { kind: 'other', methodKinds: ['temporaryAccessPass'] };
    case 'qr':
      return { kind: 'other', methodKinds: ['qrCodePin'] };
    case 'platform':
      return { kind: 'other', methodKinds: ['platformCredential'] };
    case 'secKey':
      return { kind: 'securityKey' };
    case 'email':
      return { kind: 'email' };
    case 'officePhone':
      return { kind: 'phone', phoneType: 'office' };
    case 'altPhone':
      return { kind: 'phone', phoneType: 'alternateMobile' };
    case 'mobileNumber': {
      const before = t[i - 1]?.w;
      if (before === 'backup' || before === 'second' || before === '2nd' || before === 'alternate' || before === 'spare')
        return { kind: 'phone', phoneType: 'alternateMobile' };
      return { kind: 'phone', phoneType: 'mobile' };
    }
    case 'phone': {
      const prev = t[i - 1]?.w;
      // "my backup mobile", "2nd mobile": the alternate mobile, before "mobile" alone
      if (prev === 'alternate' || prev === 'backup' || prev === 'second' || prev === 'secondary' || prev === '2nd' || prev === 'spare')
        return { kind: 'phone', phoneType: 'alternateMobile' };
      if (x.w === 'mobile' || x.w === 'cell' || x.w === 'cellphone') return { kind: 'phone', phoneType: 'mobile' };
      if (prev === 'office' || prev === 'desk') return { kind: 'phone', phoneType: 'office' };
      // "the authenticator on my old company phone", "from my iPhone to the new one": the phone
      // holds another method, it is not the phone method
      if (
        HOLDER_BEFORE.has(t[i - 1]?.w ?? '') ||
        HOLDER_BEFORE.has(t[i - 2]?.w ?? '') ||
        HOLDER_BEFORE.has(t[i - 3]?.w ?? '') ||
        HOLDER_BEFORE.has(t[i - 4]?.w ?? '')
      )
        return undefined;
      return { kind: 'phone' };
    }
    case 'number': {
      const prev = t[i - 1]?.w;
      // "the zoom call number", "the ticket number": not a phone method
      if ((prev === 'call' && (MEETING_CALL.has(t[i - 2]?.w ?? '') || t[i - 2]?.c === 'person')) || NOT_PHONE_NUMBER.has(prev ?? '')) return undefined;
      if (prev === 'mobile' || prev === 'cell') return { kind: 'phone', phoneType: 'mobile' };
      if (prev === 'office' || prev === 'desk') return { kind: 'phone', phoneType: 'office' };
      return { kind: 'phone' };
    }
    case 'sms':
      // Entra sends text messages only to the mobile phone method
      return { kind: 'phone', phoneType: 'mobile' };
    case 'call':
      // "before a client call", "in a team call": a meeting, not the voice-call method (but "the
      // work call option" is the method)
      if ((MEETING_CALL.has(t[i - 1]?.w ?? '') || t[i - 1]?.c === 'person') && !CALL_METHOD_AFTER.has(t[i + 1]?.w ?? '') && t[i + 1]?.c !== 'methods')
        return undefined;
      return { kind: 'phone' };
    default:
      return undefined;
  }
}

function kindsOf(m: Mention): readonly MethodKind[] {
  switch (m.kind) {
    case 'authenticator':
      return AUTHENTICATOR_KINDS;
    case 'phone':
      return ['phone'];
    case 'email':
      return ['email'];
    case 'securityKey':
      return ['fido2'];
    case 'other':
      return m.methodKinds;
  }
}

function key(m: Mention): string {
  return m.kind === 'phone' ? `phone:${m.phoneType ?? ''}` : m.kind === 'other' ? `other:${m.methodKinds.join(',')}` : m.kind;
}

/**
 * One scope from the mentions of a request.
 * - none → everything;
 * - one family → that family ("reset my authenticator app");
 * - several phone types → every phone;
 * - several families → `other` with the union of their method kinds
 *   ("remove my authenticator and my phone number");
 * - `excluded` ("everything except my YubiKey") → `other` with every removable kind but those.
 */
export function combine(mentions: readonly Mention[], excluded: readonly Mention[], forceAll: boolean): ResetScope {
  const distinct = new Map<string, Mention>();
  if (!forceAll) for (const m of mentions) distinct.set(key(m), m);
  if (distinct.size === 0) {
    if (excluded.length === 0) return { kind: 'all' };
    const out = new Set<MethodKind>(excluded.flatMap(kindsOf));
    const keep = (Object.keys(KINDS) as MethodKind[]).filter((k) => KINDS[k].removable && !out.has(k));
    return { kind: 'other', methodKinds: keep };
  }
  // "that Authy token": the third-party app's software token, not every OATH token
  if (distinct.has('other:softwareOath')) distinct.delete('other:softwareOath,hardwareOath');
  // "my OATH hardware token": the hardware token, not every OATH token
  if (distinct.has('other:hardwareOath')) distinct.delete('other:softwareOath,hardwareOath');
  const list = [...distinct.values()];
  const first = list[0];
  if (list.length === 1 && first !== undefined) return first;
  if (list.every((m) => m.kind === 'phone')) return { kind: 'phone' };
  const kinds = new Set<MethodKind>(list.flatMap(kindsOf));
  return { kind: 'other', methodKinds: (Object.keys(KINDS) as MethodKind[]).filter((k) => kinds.has(k)) };
}
