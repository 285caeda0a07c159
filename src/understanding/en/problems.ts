/**
 * Problems the sender has now, each attached to the object it is about: a lost, stolen, new or
 * broken phone ("device": everything on it is gone), or a failing method ("my authenticator app
 * broke", "the codes go to my old number"). And their resolution ("it works now").
 */
import {
  ACTIONS,
  DEVICE_ADJECTIVES,
  INABLE_VERBS,
  KEEP_FAIL,
  MFA_STRONG,
  RESOLVED_AFTER_WORK,
  TARGETS,
  THIRD_SUBJECTS,
  WEAK_TARGETS,
  type Concept,
} from './lexicon.js';
import type { MessageContext } from './clause.js';
import { isHypothetical, pastSubject } from './mood.js';
import type { Token } from './normalise.js';
import { type Mention, mentionOf } from './scope.js';

/** The sender no longer has the phone: "the phone I sold", "which I gave to my son". */
const GAVE_AWAY = new Set(['sold', 'gave', 'traded', 'donated', 'returned', 'handed']);

/** If the verb at i acts on the phone itself ("wipe my phone", "reset my iPhone"): the phone's index. */
export function deviceObject(t: readonly Token[], i: number): number {
  const verb = t[i]?.w ?? '';
  if (
    ![
      'reset',
      'resets',
      'resetting',
      'reseting',
      'resetted',
      'wipe',
      'wiped',
      'wiping',
      'wipes',
      'erase',
      'erased',
      'erasing',
      'restart',
      'restarted',
      'nuke',
      'nuked',
      'nuking',
    ].includes(verb)
  )
    return -1;
  for (let j = i + 1; j <= i + 4 && j < t.length; j++) {
    const x = t[j];
    if (x === undefined) break;
    if (x.c === 'phone') {
      const next = t[j + 1];
      if (
        x.poss ||
        (next !== undefined &&
          (next.c === 'number' ||
            next.c === 'methods' ||
            next.c === 'authApp' ||
            next.c === 'app' ||
            next.c === 'mfa' ||
            ['part', 'method', 'option', 'one', 'bit', 'side'].includes(next.w)))
      )
        return -1;
      return j;
    }
    if (!(x.w === 'my' || x.w === 'the' || x.w === 'a' || DEVICE_ADJECTIVES.has(x.w) || x.w === 'whole')) break;
  }
  // "my phone got reset", "after the phone was wiped"
  // (round 19: not "got a new phone pls reset my mfa": a request with its own MFA object, unless the verb is the
  // phone's own past ("my phone was factory reset my authenticator is gone"))
  if (
    !['factory', 'was', 'got', 'been', 'had', 'is', 'were', 'gets', 'get'].includes(t[i - 1]?.w ?? '') &&
    t.slice(i + 1, i + 4).some((x) => x.c === 'mfa' || x.c === 'authApp' || x.c === 'secKey' || x.c === 'methods')
  )
    return -1;
  for (let j = i - 1; j >= i - 4 && j >= 0; j--) {
    const x = t[j];
    if (x?.c === 'phone' && t[j + 1]?.c !== 'number') return j;
  }
  return -1;
}

/** "I changed my number" → 'number'; "switched phones", "upgraded my phone" → 'device'. */
export function changedNumberOrDevice(t: readonly Token[], i: number): 'number' | 'device' | null {
  const verb = t[i]?.w ?? '';
  if (['update', 'updated', 'updating', 'updates'].includes(verb) && !t.some((x) => x.c === 'number' || x.c === 'mobileNumber')) return null;
  for (let j = Math.max(0, i - 3); j <= i + 4 && j < t.length; j++) {
    if (j === i) continue;
    const x = t[j];
    if (x === undefined) continue;
    if (x.c === 'number' || x.c === 'mobileNumber') return 'number';
    if (x.c === 'phone' && t[j + 1]?.c !== 'number' && !['on', 'in'].includes(t[j - 1]?.w ?? '') && !['on', 'in'].includes(t[j - 2]?.w ?? '')) {
      if (j < i && !['changed', 'switched', 'replaced', 'swapped', 'upgraded', 'traded'].includes(verb)) continue;
      return 'device';
    }
    if (x.c === 'phone' && j > i && (t[j - 1]?.w === 'new' || t[j - 2]?.w === 'new')) return 'device'; // "moved to a new phone"
  }
  for (let j = i + 5; j <= i + 7 && j < t.length; j++) {
    if (
      t[j]?.c === 'phone' &&
      (t[j - 1]?.w === 'new' || t[j - 2]?.w === 'new') &&
      ['move', 'moving', 'transfer', 'transferring', 'migrate', 'switch', 'moved'].includes(verb)
    )
      return 'device';
  }
  return null;
}

/** Index of the object nearest to `i`: MFA words, methods, phones, off-topic things; else weaker ones. */
export function nearestTarget(t: readonly Token[], i: number, after = 0): number {
  let best = -1;
  let bestDistance = Infinity;
  for (const tier of [TARGETS, WEAK_TARGETS]) {
    for (let j = 0; j < t.length; j++) {
      if (j === i || !tier.has(t[j]?.c)) continue;
      const d = Math.abs(j - i) - (after && j > i ? 0.5 : 0);
      if (d < bestDistance) {
        bestDistance = d;
        best = j;
      }
    }
    if (best >= 0) return best;
  }
  return -1;
}

export type SetProblem = (kind: 'device' | 'method', at: number, m?: Mention) => void;

/** Problems the sender has now, each attached to the object it is about. */
export function findProblems(t: readonly Token[], ctx: MessageContext, self: boolean, question: boolean, setProblem: SetProblem): boolean {
  let foreign = false;
  const n = t.length;
  const w = (i: number): string => t[i]?.w ?? '';
  const c = (i: number): Concept | undefined => t[i]?.c;
  const negatedBefore = (i: number): boolean => {
    if (['not', 'never', 'no'].includes(w(i - 1)) || ['not', 'never'].includes(w(i - 2))) return true;
    for (let j = i - 1; j >= i - 4 && j >= 0; j--) {
      if (w(j) === 'not' || w(j) === 'never') return true;
      if (!['want', 'wanna', 'to', 'going', 'gonna', 'would', 'like', 'need', 'really', 'i'].includes(w(j))) return false;
    }
    return false;
  };

  /** Attach a problem word at i to its object and record it. */
  const attach = (i: number, deviceKind: boolean, mfaImplied = false): void => {
    const target = nearestTarget(t, i);
    const tc = c(target);
    if (target < 0) {
      if (mfaImplied || ctx.mfaStrong) setProblem('method', i);
      return;
    }
    if (tc === 'thing' || tc === 'password') return;
    if (tc === 'codes' && c(target - 1) === 'thing') return;
    if (tc === 'phone') {
      const det = w(target - 1);
      if (det === 'her' || det === 'his' || det === 'their' || t[target - 1]?.poss === true) foreign = true;
      const selfish = self || !(det === 'the' || det === 'a' || det === 'this' || det === 'that' || det === 'her' || det === 'his' || det === 'their');
      if (!selfish) return;
      if (deviceKind || ctx.mfaish || mfaImplied) setProblem('device', i);
      return;
    }
    if ((tc === 'app' || tc === 'account' || tc === 'signin') && !ctx.mfaish && !mfaImplied) return;
    if (tc === 'email' && !ctx.mfaStrong && !t.some((x) => x.c === 'codes')) return;
    if (tc === 'call' && !ctx.mfaish) return;
    setProblem('method', i, mentionOf(t, target));
  };

  /** "the app isn't on my phone anymore": the subject before the negation is what is missing. */
  const attachBefore = (i: number): void => {
    for (let j = i - 1; j >= 0; j--) {
      if (TARGETS.has(c(j)) || WEAK_TARGETS.has(c(j))) {
        if (c(j) === 'phone' || c(j) === 'thing' || c(j) === 'password') return;
        if ((c(j) === 'app' || c(j) === 'account') && !ctx.mfaish) return;
        setProblem('method', i, mentionOf(t, j));
        return;
      }
    }
  };

  for (let i = 0; i < n; i++) {
    const x = w(i);
    const concept = c(i);
    if ((x === 'dead' || x === 'died' || x === 'flat') && ctx.battery) continue; // "my phone is dead, can I borrow a charger?"
    if (concept === 'lost' || concept === 'broken' || concept === 'missing') {
      if (negatedBefore(i)) continue;
      if ((x === 'lose' || x === 'loses') && ((question && !isHypothetical(t)) || (w(i - 1) !== 'i' && w(i - 1) !== 'to'))) continue; // "do I lose my accounts?"
      attach(i, true);
    } else if (concept === 'fail') {
      if (['no', 'not', 'any', 'without'].includes(w(i - 1)) || (w(i - 1) === 'a' && w(i - 2) === 'not')) continue;
      attach(i, false, (x === 'loop' || x === 'looping' || x === 'stuck') && ctx.mfaish);
    } else if (concept === 'locked') {
      if (ctx.mfaish) attach(i, false, true);
    } else if (x === 'not' || x === 'never' || (x === 'no' && w(i + 1) === 'longer')) {
      const prev = w(i - 1);
      const inability =
        ['can', 'could', 'will', 'able', 'would'].includes(prev) || (prev === 'am' && w(i + 1) === 'able') || (prev === 'is' && w(i + 1) === 'able');
      for (let j = i + 1; j <= i + 4 && j < n; j++) {
        const y = w(j);
        const cy = c(j);
        if (cy === 'work' && !(t[j + 1]?.c === 'account' || t[j + 1]?.c === 'phone' || t[j + 1]?.c === 'email' || t[j + 1]?.c === 'number')) {
          attach(j, false);
          break;
        }
        if (
          cy === 'receive' ||
          [
            'showup',
            'show',
            'showing',
            'shows',
            'pop',
            'popping',
            'sent',
            'sending',
            'send',
            'sends',
            'texts',
            'gives',
            'delivers',
            'pops',
            'appear',
            'appears',
          ].includes(y)
        ) {
          attach(j, false);
          break;
        }
        if (inability && (INABLE_VERBS.has(y) || cy === 'approve' || cy === 'signin')) {
          attach(j, false, cy === 'approve');
          break;
        }
        if (
          !inability &&
          ['did', 'does', 'do', 'will', 'would', 'is'].includes(prev) &&
          ([
            'transfer',
            'move',
            'carry',
            'sync',
            'migrate',
            'load',
            'open',
            'come',
            'copy',
            'accept',
            'recognize',
            'recognise',
            'respond',
            'match',
            'pass',
            'go',
            'validate',
            'verify',
            'arrive',
          ].includes(y) ||
            cy === 'change')
        ) {
          attach(j, false);
          break;
        }
        if (['on', 'in', 'installed', 'available', 'here'].includes(y) && !inability && j === i + 1) {
          attachBefore(i);
          break;
        }
        if (
          (['have', 'has', 'having', 'see', 'find', 'there', 'list', 'mine', 'own'].includes(y) ||
            ((y === 'use' || y === 'using') && t.some((z) => z.w === 'anymore' || z.w === 'longer'))) &&
          !inability
        ) {
          attach(j, ['have', 'has', 'having', 'mine', 'own', 'use', 'using'].includes(y));
          break;
        }
        if (
          ![
            'be',
            'been',
            'even',
            'really',
            'longer',
            'able',
            'to',
            'seem',
            'seems',
            'anymore',
            'any',
            'the',
            'my',
            'a',
            'get',
            'going',
            'always',
            'ever',
            'actually',
          ].includes(y)
        )
          break;
      }
    } else if (x === 'unable' || (x === 'able' && w(i - 1) === 'not')) {
      for (let j = i + 1; j <= i + 3 && j < n; j++) {
        if (INABLE_VERBS.has(w(j)) || c(j) === 'approve' || c(j) === 'signin') {
          attach(j, false, c(j) === 'approve');
          break;
        }
      }
    } else if (
      (x === 'stopped' || x === 'stops' || x === 'quit') &&
      (c(i + 1) === 'work' || c(i + 1) === 'receive' || ['sending', 'showing', 'coming', 'arriving', 'popping', 'asking'].includes(w(i + 1)))
    ) {
      attach(i, false);
    } else if (x === 'no' && (c(i + 1) === 'codes' || c(i + 1) === 'sms' || (w(i + 1) === 'more' && c(i + 2) === 'codes'))) {
      attach(i + 1, false, true);
    } else if (x === 'no' && (c(i + 1) === 'account' || w(i + 1) === 'entry' || w(i + 1) === 'entries') && ctx.mfaish) {
      attach(i + 1, false, true); // "there's no account in my authenticator anymore"
    } else if ((x === 'keep' || x === 'keeps' || x === 'kept') && KEEP_FAIL.has(w(i + 1))) {
      if (ctx.mfaish) attach(i, false, true);
    } else if (x === 'over' && w(i + 1) === 'and' && w(i + 2) === 'over' && ctx.mfaish) {
      attach(i, false, true);
    } else if (concept === 'new' || x === 'different' || x === 'another') {
      // "new phone", "new work phone", "new number"; not "I need a new phone"
      let j = i + 1;
      if (DEVICE_ADJECTIVES.has(w(j)) && c(j) !== 'phone') j++;
      const obj = c(j);
      if (obj !== 'phone' && obj !== 'number' && obj !== 'mobileNumber') continue;
      if (obj === 'phone' && c(j + 1) === 'number') continue;
      const before = w(i - 1) === 'a' || w(i - 1) === 'an' ? i - 2 : i - 1;
      if (
        [
          'need',
          'needs',
          'want',
          'wants',
          'order',
          'request',
          'get',
          'buy',
          'getting',
          'buying',
          'ordering',
          'requesting',
          'receive',
          'wanna',
          'like',
          'register',
          'add',
          'enroll',
          'enrol',
          'setup',
          'set',
        ].includes(w(before))
      )
        continue;
      if (x !== 'new' && obj === 'phone') continue;
      if (obj === 'phone') setProblem('device', i);
      else setProblem('method', i, mentionOf(t, j));
    } else if (concept === 'old' && (c(i + 1) === 'phone' || c(i + 1) === 'number' || c(i + 1) === 'mobileNumber' || w(i + 1) === 'one')) {
      if (!ctx.mfaish && !t.some((y) => y.c === 'receive' || y.c === 'sms')) continue;
      if (t.some((y) => y.w === 'found' || y.w === 'recovered' || y.w === 'back')) continue;
      if (t.slice(Math.max(0, i - 4), i).some((y) => ACTIONS.has(y.c))) continue; // "remove my old number": a request
      if (c(i + 1) === 'phone' && c(i + 2) !== 'number') setProblem('device', i);
      else setProblem('method', i, c(i + 1) === 'phone' || w(i + 1) === 'one' ? { kind: 'phone' } : mentionOf(t, i + 1));
    } else if (GAVE_AWAY.has(x) && (ctx.mfaish || t.some((y) => y.c === 'approve')) && t.some((y) => y.c === 'phone') && w(i - 1) === 'i') {
      setProblem('device', i); // "approvals go to the phone I sold to my brother", "a phone I traded in"
    } else if (concept === 'change') {
      const what = changedNumberOrDevice(t, i);
      if (what === 'device') setProblem('device', i);
      else if (what === 'number' && (pastSubject(t, i) !== null || t.slice(0, i).some((y) => y.c === 'number' || y.c === 'mobileNumber'))) {
        const numberAt = t.findIndex((y) => y.c === 'number' || y.c === 'mobileNumber');
        setProblem('method', i, mentionOf(t, numberAt));
      }
    } else if (
      ['bought', 'purchased', 'upgraded', 'replaced'].includes(x) &&
      t.slice(i + 1, i + 4).some((y) => y.c === 'phone') &&
      !t.slice(i + 1, i + 4).some((y) => y.c === 'number')
    ) {
      setProblem('device', i); // "bought a Pixel"
    } else if (['restored', 'formatted', 'factory', 'reimaged', 'wiped'].includes(x)) {
      if (t.some((y) => y.c === 'phone') && !t.some((y) => MFA_STRONG.has(y.c) && y.c !== 'authApp')) {
        if ((x !== 'factory' && x !== 'wiped') || self) setProblem('device', i);
      }
    }
  }
  return foreign;
}

export function findResolved(t: readonly Token[]): number {
  const w = (i: number): string => t[i]?.w ?? '';
  let at = -1;
  for (let i = 0; i < t.length; i++) {
    const x = w(i);
    const cx = t[i]?.c;
    const negated = ['not', 'never', 'no'].includes(w(i - 1)) || ['not', 'never'].includes(w(i - 2)) || w(i - 1) === 'stopped';
    if (
      cx === 'work' &&
      !negated &&
      (RESOLVED_AFTER_WORK.has(w(i + 1)) || RESOLVED_AFTER_WORK.has(w(i + 2)) || (i === t.length - 1 && (w(i - 1) === 'is' || w(i - 1) === 'it')))
    )
      at = i;
    else if (cx === 'resolved' && !negated) at = i;
    else if (x === 'all' && ['good', 'set', 'sorted', 'fine', 'ok', 'okay', 'working'].includes(w(i + 1))) at = i;
    else if (
      ['fine', 'ok', 'okay', 'good', 'normal'].includes(x) &&
      (w(i + 1) === 'now' || w(i + 1) === 'again' || w(i - 1) === 'still' || (w(i - 1) === 'to' && w(i - 2) === 'back'))
    )
      at = i;
    else if ((x === 'helped' || x === 'sorted' || x === 'fixed') && w(i + 1) === 'me' && THIRD_SUBJECTS.has(w(i - 1))) at = i;
    else if (x === 'found' && (w(i + 1) === 'it' || w(i + 1) === 'my' || t[i + 1]?.c === 'phone')) at = i;
    else if (x === 'figured' && (w(i + 1) === 'it' || w(i + 1) === 'out')) at = i;
    else if (cx === 'fix' && x === 'fixed' && (w(i + 1) === 'now' || w(i + 1) === 'itself' || w(i - 1) === 'is' || w(i - 1) === 'got' || w(i + 1) === 'it'))
      at = i;
    else if (x === 'no' && w(i + 1) === 'longer' && (t[i + 2]?.c === 'fail' || (w(i + 2) === 'an' && t[i + 3]?.c === 'fail'))) at = i;
    else if (x === 'no' && t[i + 1]?.c === 'fail' && w(i + 2) !== 'with') at = i;
    else if (x === 'not' && (w(i + 1) === 'had' || w(i + 1) === 'have') && w(i + 2) === 'any' && t[i + 3]?.c === 'fail') at = i;
    // "it was just a glitch", "that was only a blip"
    else if (x === 'was' && (w(i + 1) === 'just' || w(i + 1) === 'only') && w(i + 2) === 'a' && t[i + 3]?.c === 'fail') at = i;
  }
  return at;
}
