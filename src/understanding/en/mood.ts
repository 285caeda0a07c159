/**
 * The mood of a clause: is it a statement about the past, a hypothetical, a general question, or
 * a request? "I reset my MFA yesterday" and "what happens if I reset my MFA?" are not requests;
 * "how do I reset my MFA?" and "can you reset my MFA?" are.
 */
import { FUTURE, FUTURE_VERBS, OPENERS, PASSIVE_AUX, PAST_ADVERBS, QUESTION_AUX, MODALS, THIRD_SUBJECTS, MFA_STRONG, PHONE_METHOD } from './lexicon.js';
import type { Token } from './normalise.js';

/**
 * Who did the action at `i`, if it is a statement about the past or about someone else doing it:
 * "I (already) reset", "I've re-registered", "IT reset my MFA", "my MFA was reset".
 */
export function pastSubject(t: readonly Token[], i: number): 'self' | 'third' | 'passive' | null {
  // "I already did the reset", "IT did a reset": the noun after a past verb
  if (
    ['the', 'a', 'an', 'my', 'that'].includes(t[i - 1]?.w ?? '') &&
    ['did', 'had', 'done', 'completed', 'finished', 'ran', 'got', 'went'].includes(t[i - 2]?.w ?? '')
  ) {
    let k = i - 3;
    while (k >= 0 && PAST_ADVERBS.has(t[k]?.w ?? '')) k--;
    const p = t[k]?.w;
    if (p === 'i' || p === 'we') return 'self';
    if (p !== undefined && THIRD_SUBJECTS.has(p)) return 'third';
  }
  let k = i - 1;
  let passive = false;
  while (k >= 0) {
    const x = t[k]?.w ?? '';
    // "I managed to reset it", "I had to reset my MFA last year"
    if (x === 'to' && (t[k - 1]?.w === 'managed' || t[k - 1]?.w === 'able' || t[k - 1]?.w === 'had')) {
      k -= 2;
      continue;
    }
    if (!PAST_ADVERBS.has(x)) break;
    if (PASSIVE_AUX.has(x)) passive = true;
    k--;
  }
  // "I got my MFA reset yesterday"
  if (
    k === i - 1 &&
    (MFA_STRONG.has(t[k]?.c) || t[k]?.c === 'phone') &&
    ['my', 'the'].includes(t[k - 1]?.w ?? '') &&
    ['got', 'had'].includes(t[k - 2]?.w ?? '') &&
    ['i', 'we'].includes(t[k - 3]?.w ?? '')
  ) {
    return 'self';
  }
  const p = t[k]?.w;
  if (p === undefined) return passive ? 'passive' : null;
  const before = t[k - 1]?.w ?? '';
  if ((p === 'would' || p === 'will') && THIRD_SUBJECTS.has(before) && before !== 'you') return 'third'; // "they'd reset it tomorrow"
  if (p === 'i' || p === 'we') {
    if (QUESTION_AUX.has(before)) return null; // "how do I reset", "can I reset", "should I reset"
    return k === i - 1 && (t[i]?.w ?? '').endsWith('ing') ? null : 'self'; // "I'm resetting" is no past
  }
  if (THIRD_SUBJECTS.has(p) && !MODALS.has(before)) {
    return p === 'you' && k === 0 ? null : 'third'; // "you reset it" is rather an instruction
  }
  return passive ? 'passive' : null;
}

export function isHypothetical(t: readonly Token[]): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  let future = false;
  let futureVerb = false;
  for (let i = 0; i < t.length; i++) {
    const x = w(i);
    if (
      x === 'if' &&
      i + 1 < t.length &&
      !['you', 'possible', 'needed', 'necessary', 'that', 'this', 'so', 'required', 'ok', 'okay', 'anything', 'nothing', 'not', 'any', 'thats'].includes(
        w(i + 1),
      ) &&
      !(w(i + 1) === 'it' && w(i + 2) === 'is' && w(i + 3) === 'possible')
    )
      return true;
    // "if you were to reset my MFA, would I …", "were you to reset it": a hypothetical, not "if you could", round 16
    if (x === 'if' && w(i + 1) === 'you' && (w(i + 2) === 'were' || w(i + 2) === 'did') && w(i + 3) !== 'able') return true;
    if (i === 0 && x === 'were' && w(1) === 'you' && w(2) === 'to') return true;
    if (x === 'what' && (['happens', 'happen', 'if'].includes(w(i + 1)) || (['would', 'will'].includes(w(i + 1)) && w(i + 2) === 'happen'))) return true;
    if (x === 'in' && w(i + 1) === 'case') return true;
    if (['suppose', 'supposing', 'hypothetically', 'theoretically', 'say'].includes(x) && (x !== 'say' || w(i + 1) === 'i')) return true;
    if (x === 'when' && w(i + 1) === 'i' && ['get', 'switch', 'change', 'upgrade', 'buy', 'lose', 'replace', 'move'].includes(w(i + 2))) return true;
    if (
      x === 'before' &&
      (w(i + 1) === 'i' || w(i + 1) === 'we') &&
      ['get', 'switch', 'change', 'upgrade', 'buy', 'replace', 'move', 'hand'].includes(w(i + 2))
    )
      return true;
    if (FUTURE.has(x)) future = true;
    if (FUTURE_VERBS.has(x) && (x !== 'will' || w(i - 1) !== 'you') && w(i + 1) !== 'not') futureVerb = true;
    if (
      (x === 'going' || x === 'gonna' || x === 'planning' || x === 'about') &&
      (w(i + 1) === 'to' || x === 'gonna') &&
      ['get', 'buy', 'switch', 'change', 'upgrade', 'replace', 'move', 'receive'].includes(w(i + (x === 'gonna' ? 1 : 2)))
    )
      return true;
    if (x === 'will' && (w(i - 1) === 'i' || w(i - 1) === 'we') && ['get', 'buy', 'switch', 'change', 'upgrade', 'replace', 'receive', 'be'].includes(w(i + 1)))
      return true;
  }
  return future && futureVerb;
}

/** "can you", "could you", "how do I", "is it possible to", "please": the sender asks for something. */
export function isRequestForm(t: readonly Token[]): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  let s = 0;
  while (s < t.length && (OPENERS.has(w(s)) || t[s]?.c === 'greet')) s++;
  const a = w(s);
  const b = w(s + 1);
  const d = w(s + 2);
  if (t.some((x) => x.c === 'please')) return true;
  if ((a === 'can' || a === 'could' || a === 'may') && !methodIsSubject(t, s + 1)) return true;
  if ((a === 'would' || a === 'will') && (b === 'you' || b === 'u')) return true;
  if (a === 'how' && ((['do', 'can', 'could', 'would', 'should', 'shall'].includes(b) && ['i', 'you', 'we'].includes(d)) || b === 'to' || b === 'i'))
    return true;
  if ((a === 'what' || a === 'where') && ['do', 'should', 'can', 'could', 'would'].includes(b) && d === 'i') return true;
  if (t.some((x) => x.w === 'possible') && a !== 'why' && a !== 'what') return true; // "is it possible", "would it be possible"
  if (a === 'is' && b === 'there' && (d === 'a' || d === 'any' || d === 'some') && (w(s + 3) === 'way' || w(s + 3) === 'chance')) return true;
  if (a === 'do' && (b === 'you' || b === 'u')) return true;
  if (a === 'any' && b === 'chance') return true;
  if (['do', 'does', 'did', 'should', 'why', 'is', 'are', 'will', 'would', 'what', 'when'].includes(a)) return false;
  for (let i = 0; i < t.length; i++) {
    if (w(i) === 'i' && (t[i + 1]?.c === 'want' || w(i + 1) === 'would' || w(i + 1) === 'must' || (w(i + 1) === 'have' && w(i + 2) === 'to'))) return true;
    if (w(i) === 'help' && w(i + 1) === 'me') return true;
  }
  return false;
}

/** Words that make any clause a general question: "why", "explain", "tell me about", "how long". */
export function hasGeneralMarker(t: readonly Token[]): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  for (let i = 0; i < t.length; i++) {
    const x = w(i);
    if (
      x === 'why' ||
      x === 'explain' ||
      (x === 'stand' && w(i + 1) === 'for') ||
      x === 'difference' ||
      x === 'policy' ||
      x === 'purpose' ||
      x === 'meaning' ||
      x === 'benefit' ||
      x === 'benefits'
    )
      return true;
    if ((x === 'mean' || x === 'means') && (w(i - 1) === 'does' || w(i - 2) === 'does')) return true;
    if (x === 'tell' && w(i + 1) === 'me' && ['about', 'more', 'why', 'how'].includes(w(i + 2))) return true;
    if (x === 'how' && ['long', 'often', 'many', 'much', 'come', 'secure', 'safe'].includes(w(i + 1))) return true;
  }
  return false;
}

const QUESTION_WORDS = new Set([
  'mandatory',
  'compulsory',
  'required',
  'require',
  'requires',
  'safe',
  'secure',
  'recommended',
  'supported',
  'available',
  'allowed',
  'necessary',
  'better',
  'worse',
  'considered',
]);

export function isGeneralQuestion(t: readonly Token[], self: boolean, question: boolean): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  let s = 0;
  while (s < t.length && (OPENERS.has(w(s)) || t[s]?.c === 'greet')) s++;
  const a = w(s);
  const b = w(s + 1);
  if (question && t.some((x) => QUESTION_WORDS.has(x.w)) && !self) return true;
  switch (a) {
    case 'what':
    case 'which':
      return !self;
    case 'who':
    case 'when':
    case 'where':
    case 'does':
    case 'are':
    case 'should':
    case 'will':
    case 'would':
    case 'did':
    case 'has':
    case 'have':
      return true;
    case 'do':
      return b !== 'you' && b !== 'u';
    case 'is':
      return true;
    case 'how':
      return true;
    case 'can':
    case 'could':
      // "can passkeys replace the authenticator app?": a question about methods, not a request
      return question && !self && methodIsSubject(t, s + 1);
    default:
      return false;
  }
}

/**
 * "passkeys" in "can passkeys replace the app?", "the office phone" in "can the office phone work
 * as a second factor?": a method that does something, so a question about methods. Not when the
 * method is acted on ("can the security key be removed?") and not for MFA as a whole ("can mfa
 * be reset?"): those are requests.
 */
function methodIsSubject(t: readonly Token[], start: number): boolean {
  let i = start;
  while (['a', 'an', 'the', 'these', 'those'].includes(t[i]?.w ?? '')) i++;
  const isMethod = (c: Token['c']) => c !== 'mfa' && (MFA_STRONG.has(c) || PHONE_METHOD.has(c) || c === 'email' || c === 'secKey');
  if (!isMethod(t[i]?.c)) return false;
  while (i < t.length && (isMethod(t[i]?.c) || ['app', 'phone', 'key', 'keys', 'number', 'codes', 'code', 'method', 'methods'].includes(t[i]?.w ?? ''))) i++;
  const verb = t[i]?.w ?? '';
  return verb !== '' && !['be', 'get', 'been', 'please'].includes(verb);
}
