/**
 * Someone else's MFA. Only `reset` produces a card, and the bot may only reset the sender's own
 * methods, so any sign that the request is about another person routes it to "contact IT".
 */
import { ACTIONS, MFA_STRONG, OTHER_PRONOUNS, PHONE_METHOD, SELF, SUBJECT_VERBS, USER_NOT_PERSON, type Concept } from './lexicon.js';
import type { Token } from './normalise.js';

/**
 * Someone else's MFA: third-person pronouns, a colleague / boss / user, a name with a
 * possessive or after "for", an e-mail address, "someone else". Not when that person only told
 * the sender what to do ("my manager told me to reset my MFA"), or describes the sender
 * ("I'm a manager").
 */
/** Departments: "for finance", "for all of sales" name a group of people. */
const DEPARTMENTS = new Set([
  'finance',
  'accounting',
  'hr',
  'sales',
  'marketing',
  'legal',
  'engineering',
  'operations',
  'ops',
  'procurement',
  'payroll',
  'reception',
  'support',
  'management',
  'staff',
  'department',
  'dept',
]);

/** Nouns after which a person word only describes a thing: "customer meeting", "client site". */
const PERSON_AS_MODIFIER = new Set([
  'meeting',
  'meetings',
  'call',
  'calls',
  'visit',
  'site',
  'demo',
  'presentation',
  'workshop',
  'event',
  'portal',
  'office',
  'project',
  'deadline',
  'escalation',
]);
/** Devices a "for the …" phrase can name ("for the floor tablets"), round 19. */
const DEVICE_NOUNS = new Set([
  'tablet',
  'tablets',
  'phone',
  'phones',
  'laptop',
  'laptops',
  'pc',
  'pcs',
  'computer',
  'computers',
  'scanner',
  'scanners',
  'terminal',
  'terminals',
  'kiosk',
  'kiosks',
  'device',
  'devices',
  'handhelds',
  'tills',
]);
/** Devices more than one person uses when a word before them says so ("the shared ward phone", round 18). */
const SHARED = new Set(['shared', 'ward', 'team', 'communal', 'common', 'department', 'departmental', 'station', 'kiosk', 'rota', 'pool', 'pooled']);
const SHARED_DEVICES = new Set(['tablet', 'tablets', 'ipad', 'ipads', 'device', 'devices', 'handset', 'handsets', 'terminal', 'scanner']);
/** Places a possessive can name ("the children's hospital"). */
const PLACES = new Set([
  'hospital',
  'ward',
  'clinic',
  'school',
  'college',
  'university',
  'unit',
  'centre',
  'center',
  'campus',
  'lab',
  'building',
  'church',
  'cathedral',
  'infirmary',
]);
/** Occasions after "for a / the" that are no group of people ("flying to Boston for a conference"). */
const OCCASIONS = new Set([
  'conference',
  'congress',
  'symposium',
  'seminar',
  'lecture',
  'course',
  'trip',
  'flight',
  'holiday',
  'vacation',
  'shift',
  'exam',
  'interview',
  'workshop',
  'placement',
  'rotation',
  'fieldwork',
  'while',
  'bit',
  'week',
  'month',
  'day',
]);
/** The old phone went to someone: "gave my old phone to my son", "sold it to my brother". */
const GIVING = new Set(['gave', 'given', 'sold', 'handed', 'passed', 'lent', 'donated', 'traded']);
/** A person who did something for the sender: "my colleague helped me", "IT sorted me out". */
const HELPED = new Set(['helped', 'sorted', 'fixed', 'showed', 'talked', 'walked', 'got']);
/** Ways of parting with a phone for good, old or not. */
const SOLD = new Set(['sold', 'donated', 'traded']);

/**
 * "(the old phone) I gave to", "sold it to": a giving verb within a few words before `to`, about a
 * phone that is old (or sold for good), and not "gave the new phone to my intern".
 */
function gaveAwayOldPhone(t: readonly Token[], to: number): boolean {
  const from = Math.max(0, to - 5);
  const verb = t.slice(from, to).findIndex((y) => GIVING.has(y.w));
  if (verb < 0) return false;
  const between = t.slice(from + verb + 1, to);
  if (between.some((y) => y.c === 'new')) return false;
  return SOLD.has(t[from + verb]!.w) || t.slice(0, to).some((y) => y.c === 'old');
}

export function isOther(t: readonly Token[]): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  const c = (i: number): Concept | undefined => t[i]?.c;
  const reporting = (i: number): boolean => {
    for (let j = i + 1; j <= i + 3 && j < t.length; j++) if (c(j) === 'report' && !(w(j) === 'wants' && w(j + 1) !== 'me')) return true;
    for (let j = i - 1; j >= i - 2 && j >= 0; j--) if (c(j) === 'report') return true;
    return false;
  };
  const describesSelf = (i: number): boolean => {
    for (let j = i - 1; j >= i - 4 && j >= 0; j--) if (w(j) === 'am' || w(j) === 'as' || (w(j) === 'is' && w(j - 1) === 'this')) return true;
    return false;
  };
  const same = t.some((x) => x.w === 'same' || x.w === 'like' || x.w === 'too');
  const objectAhead = (i: number, span: number): boolean => {
    for (let j = i + 1; j <= i + span && j < t.length; j++) {
      const cj = c(j);
      if (
        MFA_STRONG.has(cj) ||
        PHONE_METHOD.has(cj) ||
        cj === 'phone' ||
        cj === 'email' ||
        cj === 'account' ||
        cj === 'codes' ||
        cj === 'methods' ||
        cj === 'password' ||
        cj === 'app'
      )
        return true;
    }
    return false;
  };
  /** "for the whole sales team", "for our finance department": a group after "for" and its modifiers. */
  const inForPhrase = (i: number): boolean => {
    for (let j = i - 1; j >= i - 5 && j >= 0; j--) {
      if (w(j) === 'for' || w(j) === 'of') return true;
      const cj = c(j);
      if (ACTIONS.has(cj) || MFA_STRONG.has(cj) || cj === 'please' || cj === 'want' || SELF.has(w(j))) return false;
    }
    return false;
  };
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x === undefined) continue;
    const prev = w(i - 1);
    if (x.email) {
      if (!['my', 'me', 'is', 'am', 'mine'].includes(prev) && !['my', 'me', 'is', 'am'].includes(w(i - 2))) return true;
      continue;
    }
    if (OTHER_PRONOUNS.has(x.w)) {
      if (!reporting(i) && !(x.w === 'her' && prev === 'told')) return true;
      continue;
    }
    if ((x.w === 'their' || x.w === 'our') && objectAhead(i, 2)) return true;
    if ((x.w === 'them' || x.w === 'their' || x.w === 'us') && (prev === 'for' || (ACTIONS.has(c(i - 1)) && x.w !== 'them'))) return true;
    if (x.w === 'theirs' || x.w === 'hers' || x.w === 'his') return true; // "reset theirs please"
    if (x.c === 'person') {
      if ((x.w === 'user' || x.w === 'users') && USER_NOT_PERSON.has(w(i + 1))) continue;
      if (PERSON_AS_MODIFIER.has(w(i + 1))) continue; // "in a customer meeting", "a client call"
      if (HELPED.has(w(i + 1)) && w(i + 2) === 'me') continue; // "my colleague helped me re-sync it"
      // "the old phone I gave to my son": the old phone went to them, the request is still mine
      // (not "I gave the new phone to my intern, set up MFA on it": that one is for the intern)
      if (prev === 'my' && w(i - 2) === 'to' && gaveAwayOldPhone(t, i - 2)) continue;
      if (x.w === 'manager' && prev === 'password') continue;
      // "not sure you're the right person for this": the bot (or IT) addressed, round 16
      if (
        (x.w === 'person' || x.w === 'people') &&
        ['right', 'correct', 'best', 'proper'].includes(prev) &&
        w(i - 2) === 'the' &&
        ['are', 're'].includes(w(i - 3)) &&
        ['you', 'u'].includes(w(i - 4))
      )
        continue;
      if (describesSelf(i) || reporting(i) || same) continue;
      // round 20: "Not for my manager this time, it's mine": the person is the one it is not for
      // (review: not "why not for my boss as well?", "if not for …", nor with too / as well / also / both)
      const notAt = w(i - 2) === 'for' && w(i - 3) === 'not' ? i - 3 : w(i - 1) === 'for' && w(i - 2) === 'not' ? i - 2 : -1;
      if (notAt >= 0 && !['why', 'if', 'then', 'it', 'is'].includes(w(notAt - 1)) && !t.some((y) => ['too', 'also', 'both', 'well'].includes(y.w))) continue;
      if ((x.w === 'admin' || x.w === 'admins' || x.w === 'administrator') && !t.some((y) => y.w === 'for' || y.w === 'their' || y.w === 'users')) continue;
      return true;
    }
    if (x.c === 'group' && (x.poss || ['my', 'our', 'his', 'her', 'their', 'whole', 'entire', 'for', 'all'].includes(prev) || inForPhrase(i))) return true;
    if (x.c === 'everyone' || x.c === 'someoneElse') return true;
    // "the 2FA of someone who reports to me", "for anybody in my team"
    if (['someone', 'somebody', 'anyone', 'anybody'].includes(x.w) && (prev === 'of' || prev === 'for')) return true;
    if (
      x.c === 'account' &&
      ([
        'second',
        'other',
        'another',
        'admin',
        'different',
        'alt',
        'secondary',
        'test',
        'service',
        'shared',
        'room',
        'resource',
        'kiosk',
        'mailbox',
        'generic',
        'departmental',
        'team',
      ].includes(prev) ||
        (t[i + 1]?.known === false && /^[a-z][a-z0-9.]+$/.test(w(i + 1))))
    )
      return true;
    // "the shared ward phone", "the team tablet": a shared device signs in more than one person (round 18)
    // (not "reset the verify thing for me, the one that asks me on the ward tablet": the sender's own, asked on it)
    if (
      (x.c === 'phone' || SHARED_DEVICES.has(x.w)) &&
      (SHARED.has(prev) || (SHARED.has(w(i - 2)) && !t[i - 1]?.known)) &&
      !t.some((y) => y.w === 'me' || y.w === 'my' || y.w === 'mine') &&
      // (review: the shared device as the object of a reset in this clause, not "I registered the team phone by mistake")
      t.some((y) => y.c === 'reset' || y.c === 'remove')
    )
      return true;
    if (x.poss && (['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody'].includes(x.w) || x.c === 'name' || x.c === 'group')) return true;
    if (
      x.c === 'name' &&
      !describesSelf(i) &&
      prev !== 'name' &&
      (['for', 'of', 'behalf', 'user', 'help', 'and', 'account'].includes(prev) ||
        ACTIONS.has(c(i - 1)) ||
        (SUBJECT_VERBS.has(w(i + 1)) && x.w !== '<mention>'))
    )
      return true;
    // "the children's hospital", "St Mary's ward": a possessive that names a place, not a person's account
    if (x.poss && !x.known && !PLACES.has(w(i + 1))) return true;
    // ("sorry for bothering you": a gerund after "for" is not a name, round 16)
    if (prev === 'for' && !x.known && /^[a-z][a-z.]+$/.test(x.w) && !(x.w.endsWith('ing') && ['you', 'u', 'ya'].includes(w(i + 1)))) return true;
    // an initial: "reset mfa for j jones", "the mfa of r smith", "for J. Smith", "for A.K." (the dot ends the clause)
    if (
      (prev === 'for' || prev === 'of') &&
      /^[a-z]$/.test(x.w) &&
      (x.w !== 'a' || t[i + 1] === undefined) &&
      (t[i + 1] === undefined || !t[i + 1]!.known || t[i + 1]!.c === 'name')
    )
      return true;
    // "the boardroom account's mfa", "on svc-backup account": an account named after something else
    if (
      x.c === 'account' &&
      ((x.poss && !SELF.has(prev)) || (['on', 'the', 'for', 'of'].includes(w(i - 2)) && t[i - 1]?.known === false && !prev.endsWith('ing')))
    )
      return true;
    // "for user ID 48213"
    if ((x.w === 'id' || x.w === 'number') && w(i - 1) === 'user' && /^\d+$/.test(w(i + 1))) return true;
    if (prev === 'for' && DEPARTMENTS.has(x.w) && !ACTIONS.has(c(i + 1))) return true; // "reset MFA for finance"
    if (prev === 'for' && ['all', 'the', 'every', 'each', 'our', 'some', 'a', 'an', 'one'].includes(x.w)) {
      // "for all the new starters", "for every contractor", "for all of finance"
      let j = i;
      // (round 19: "for one of my pickers")
      while (['all', 'the', 'every', 'each', 'our', 'some', 'a', 'an', 'of', 'new', 'other', 'one'].includes(w(j)) || (w(j) === 'my' && w(j - 1) === 'of')) j++;
      const y = t[j];
      // "for a conference", "for the night shift": an occasion, not a group of people
      // (round 19: "for the floor tablets": devices, not people)
      if (
        y !== undefined &&
        j > i &&
        !OCCASIONS.has(y.w) &&
        // (review: only as the phrase's last word, "for the tablet guys" are people; and beside the sender's own method,
        // "reset the mfa for the floor tablets" stays a shared device's)
        !(t.some((z) => z.w === 'my') && ((DEVICE_NOUNS.has(w(j + 1)) && t[j + 2] === undefined) || (DEVICE_NOUNS.has(y.w) && t[j + 1] === undefined))) &&
        (y.c === 'person' || y.c === 'everyone' || y.c === 'name' || DEPARTMENTS.has(y.w) || (!y.known && /^[a-z]+$/.test(y.w)))
      )
        return true;
    }
  }
  return false;
}
