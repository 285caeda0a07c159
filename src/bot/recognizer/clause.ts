/**
 * What one clause says: the facts the decision in rules.ts combines. Each detector is a short
 * left-to-right scan over the clause's tokens (a few dozen at most), with small look-around windows.
 */
import type { Concept } from './lexicon.js';
import { OTHER_PRONOUNS, SELF } from './lexicon.js';
import type { Token } from './normalise.js';
import { type Mention, mentionOf } from './scope.js';

/** Facts about the whole message that clause detectors need ("reset it" after "my authenticator broke"). */
export interface MessageContext {
  /** An unambiguous MFA word anywhere: MFA, 2FA, Authenticator, security key, security info, ... */
  readonly mfaStrong: boolean;
  /** mfaStrong, or codes / texts / sign-in requests. */
  readonly mfaish: boolean;
  /** Password or an unrelated IT thing (laptop, VPN, Outlook) is mentioned. */
  readonly offTopic: boolean;
}

export interface ClauseFacts {
  /** Index of a reset request (verb with an MFA object, not negated, past or hypothetical); -1 if none. */
  readonly request: number;
  /** A problem the sender has now: a lost / new / broken phone ('device'), or a failing method. */
  readonly problem: 'device' | 'method' | null;
  readonly problemAt: number;
  /** Methods named by the request, or by the problem. */
  readonly mentions: readonly Mention[];
  readonly problemMentions: readonly Mention[];
  /** A problem described as a hypothetical ("what happens if I lose my phone?"). */
  readonly hypotheticalProblem: boolean;
  /** A problem of someone else's phone ("she lost her phone"). */
  readonly foreignProblem: boolean;
  /** A past MFA action ("I re-registered my phone"): makes the message about MFA. */
  readonly pastMfa: boolean;
  /** Methods the sender wants kept ("except my YubiKey", "keep my phone number"). */
  readonly excluded: readonly Mention[];
  /** "reset everything", "start over from scratch". */
  readonly all: boolean;
  /** Index of "don't reset", "never mind", "cancel", ...; -1 if none. */
  readonly negation: number;
  /** "leave my MFA alone", "keep it as it is": a negation unless another clause asks for a reset. */
  readonly weakNegation: boolean;
  /** "I fixed my authenticator last week", "the helpdesk reset my MFA". */
  readonly past: boolean;
  /** "it works now", "all sorted", "found my phone"; index or -1. */
  readonly resolved: number;
  /** General question ("why do we need MFA?") or hypothetical ("what happens if I lose my phone?"). */
  readonly general: boolean;
  readonly list: boolean;
  readonly help: boolean;
  /** A marker of someone else attached to the request ("her MFA", "for kim@...", "my colleague lost"). */
  readonly other: boolean;
  /** An action verb was present (even if suppressed): makes other-person markers count. */
  readonly action: boolean;
}

const ACTIONS: ReadonlySet<Concept | undefined> = new Set<Concept | undefined>(['reset', 'remove', 'fix', 'change', 'setup']);
const MFA_STRONG: ReadonlySet<Concept | undefined> = new Set<Concept | undefined>([
  'mfa', 'authApp', 'swOath', 'hwOath', 'oath', 'secKey', 'whfb', 'tap', 'qr', 'platform', 'officePhone', 'altPhone',
]);
const PHONE_METHOD: ReadonlySet<Concept | undefined> = new Set<Concept | undefined>(['number', 'mobileNumber', 'officePhone', 'altPhone', 'sms', 'call']);
/** Objects a problem word can be about; the nearest one wins. Off-topic things are targets too (they cancel). */
const TARGETS: ReadonlySet<Concept | undefined> = new Set<Concept | undefined>([
  ...MFA_STRONG, ...PHONE_METHOD, 'phone', 'email', 'codes', 'thing', 'password',
]);
const WEAK_TARGETS: ReadonlySet<Concept | undefined> = new Set<Concept | undefined>(['app', 'account', 'signin', 'approve']);

const DEVICE_ADJECTIVES = new Set(['work', 'company', 'personal', 'corporate', 'own', 'old', 'new', 'business', 'private', 'main', 'only']);
const LOCATION = new Set(['on', 'in', 'onto', 'into', 'from', 'to', 'with', 'using', 'via', 'inside']);
const PAST_ADVERBS = new Set(['already', 'just', 'recently', 'also', 'finally', 'successfully', 'then', 'actually', 'even', 'literally', 'accidentally', 'mistakenly', 'did', 'had', 'have', 'has', 'was', 'were', 'been', 'got', 'gotten', 'get', 'is', 'are', 'myself', 'kind', 'of', 'sort', 'somehow', 'never', 'ever']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'got', 'gotten', 'get', 'is', 'are']);
const THIRD_SUBJECTS = new Set(['it', 'they', 'helpdesk', 'support', 'servicedesk', 'admin', 'admins', 'someone', 'somebody', 'he', 'she', 'tech', 'technician', 'desk', 'you', 'team', 'update', 'microsoft', 'who']);
const QUESTION_AUX = new Set(['do', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'how', 'if', 'when', 'whether', 'where']);
const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'please', 'to', 'not']);
const NEG_FILLERS = new Set([
  'please', 'you', 'want', 'wanna', 'need', 'needs', 'to', 'go', 'ahead', 'and', 'actually', 'really', 'just', 'even', 'bother',
  'have', 'my', 'the', 'a', 'an', 'any', 'anything', 'it', 'them', 'me', 'that', 'this', 'yet', 'now', 'ever', 'like', 'would',
  'i', 'do', 'an', 'for', 'of',
]);
const NEG_ACTIONS = new Set(['touch', 'do', 'proceed', 'continue', 'change', 'mess', 'go']);
const INABLE_VERBS = new Set([
  'get', 'receive', 'use', 'access', 'complete', 'pass', 'see', 'find', 'open', 'scan', 'do', 'add', 'respond', 'accept', 'confirm',
  'enter', 'read', 'sign', 'log', 'type', 'reach', 'register', 'approve', 'verify', 'authenticate', 'signin', 'login', 'logon',
  'setup', 'move', 'transfer', 'connect', 'link', 'tap', 'press', 'click', 'answer', 'prove', 'finish', 'authorize', 'authorise',
]);
const KEEP_FAIL = new Set([
  'asking', 'prompting', 'failing', 'looping', 'crashing', 'rejecting', 'saying', 'telling', 'redirecting', 'denying', 'erroring',
  'kicking', 'bouncing', 'timing', 'closing', 'freezing',
]);
const EXCEPT = new Set(['except', 'besides', 'excluding', 'apart', 'not', 'but', 'keep', 'leave', 'leaving', 'keeping']);
const EMAIL_QUALIFIERS = new Set(['recovery', 'backup', 'alternate', 'alternative', 'personal', 'secondary', 'private', 'gmail', 'hotmail', 'yahoo', 'outlook', 'other', 'old']);
const USER_NOT_PERSON = new Set(['account', 'name', 'id', 'principal', 'profile', 'settings', 'portal', 'experience', 'interface', 'guide', 'manual', 'group', 'details']);
const SUBJECT_VERBS = new Set([
  'lost', 'broke', 'got', 'has', 'can', 'could', 'needs', 'need', 'wants', 'forgot', 'changed', 'dropped', 'left', 'switched',
  'upgraded', 'replaced', 'bought', 'deleted', 'is', 'was', 'cannot', 'does', 'did', 'just', 'recently', 'also', 'reset', 'keeps',
  'had', 'lose', 'loses',
]);
const RESOLVED_AFTER_WORK = new Set(['now', 'again', 'fine', 'ok', 'okay', 'great', 'perfectly', 'properly', 'normally', 'well']);
const HELP_OPENERS = new Set(['so', 'hey', 'hi', 'hello', 'ok', 'okay', 'well', 'um', 'uh', 'quick', 'question', 'btw', 'also', 'and', 'just', 'sorry', 'hmm', 'oh', 'yo', 'team', 'there', 'morning', 'afternoon', 'evening', 'hiya', 'one', 'more', 'thing', 'another', 'guys', 'folks', 'all', 'bot']);
const FUTURE = new Set(['tomorrow', 'soon', 'later', 'future', 'upcoming', 'next']);
const FUTURE_VERBS = new Set(['getting', 'going', 'gonna', 'will', 'planning', 'plan', 'buying', 'switching', 'changing', 'upgrading', 'receiving', 'moving', 'about']);
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'software', 'app', 'ios', 'android', 'windows', 'system', 'latest', 'recent', 'last', 'security', 'firmware', 'os', 'its']);
const FAILED_ATTEMPT = new Set(['forgot', 'forget', 'forgotten', 'failed', 'fails', 'neglected']);
const LIST_OBJECT_WORDS = new Set(['registered', 'enrolled', 'setup', 'configured', 'listed', 'file', 'enabled', 'added', 'active']);

export function analyseClause(t: readonly Token[], question: boolean, ctx: MessageContext): ClauseFacts {
  const w = (i: number): string => t[i]?.w ?? '';
  const c = (i: number): Concept | undefined => t[i]?.c;
  const n = t.length;
  const self = t.some((x) => SELF.has(x.w));

  // ---- negation --------------------------------------------------------------------------
  let negation = -1;
  const negatedVerbs = new Set<number>();
  let weakNegation = false;
  const weakSpan: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const x = w(i);
    const concept = c(i);
    if (concept === 'retract') {
      negation = Math.max(negation, i);
      // "no need to reset anything", "cancel the reset", "hold off on the reset"
      for (let j = i + 1; j <= i + 5 && j < n; j++) if (ACTIONS.has(c(j))) negatedVerbs.add(j);
    } else if (x === 'stop' && (n <= 3 || ['it', 'that', 'the', 'this', 'please', 'now', 'everything', 'all'].includes(w(i + 1)))) {
      negation = Math.max(negation, i);
    } else if (x === 'ignore' && ['that', 'this', 'it', 'me', 'my', 'previous', 'last', 'the', 'what', 'above'].includes(w(i + 1))) {
      negation = Math.max(negation, i);
    } else if (x === 'not' || x === 'never' || x === 'no') {
      const prev = w(i - 1);
      if (x === 'not' && ['can', 'could', 'will', 'did', 'does', 'is', 'was', 'am', 'are', 'were', 'has', 'had', 'able'].includes(prev)) continue;
      if (x === 'not' && prev === 'have' && w(i - 2) !== 'i' && w(i - 2) !== 'you') continue;
      for (let j = i + 1; j <= i + 6 && j < n; j++) {
        const cj = c(j);
        if (ACTIONS.has(cj) || NEG_ACTIONS.has(w(j))) {
          if (x === 'no' && j > i + 2) break;
          negation = Math.max(negation, i);
          negatedVerbs.add(j);
          break;
        }
        if (!(NEG_FILLERS.has(w(j)) || MFA_STRONG.has(cj) || PHONE_METHOD.has(cj) || cj === 'email' || cj === 'phone' || cj === 'want' || cj === 'please' || cj === 'methods' || cj === 'all')) break;
      }
      // "I don't need it anymore", "not needed"
      if (x === 'not' && c(i + 1) === 'want' && ['it', 'this', 'that', 'anymore', 'one', 'any', ''].includes(w(i + 2)) && (w(i + 2) !== '' || n <= 4)) {
        negation = Math.max(negation, i);
      }
      if (x === 'no' && w(i + 1) === 'longer' && (c(i + 2) === 'want' || w(i + 2) === 'required')) negation = Math.max(negation, i);
    } else if (x === 'leave' || x === 'keep' || x === 'keeping' || x === 'leaving') {
      for (let j = i + 1; j <= i + 7 && j < n; j++) {
        const y = w(j);
        if (y === 'alone' || y === 'untouched' || y === 'intact' || y === 'be' || (y === 'as' && (w(j + 1) === 'is' || w(j + 2) === 'is')) || (y === 'the' && w(j + 1) === 'way')) {
          weakNegation = true;
          weakSpan.push([i, j]);
          break;
        }
      }
      if (x.startsWith('keep') && !weakNegation) {
        const obj = t.slice(i + 1, i + 4).some((y) => MFA_STRONG.has(y.c) || PHONE_METHOD.has(y.c) || y.c === 'email' || y.c === 'secKey');
        if (obj && !MFA_STRONG.has(c(i + 1)) && !(w(i + 1) === 'getting' || w(i + 1) === 'asking' || KEEP_FAIL.has(w(i + 1)))) {
          weakNegation = true;
          weakSpan.push([i, Math.min(n - 1, i + 4)]);
        }
      }
    }
  }
  // a clause that is just "no" / "nope" / "nah, thanks"
  if (negation < 0 && n <= 4 && t.some((x) => x.w === 'no' || x.w === 'nope' || x.w === 'nah') &&
      t.every((x) => ['no', 'nope', 'nah', 'please', 'thanks', 'thank', 'you', 'sorry', 'not', 'now', 'way', 'again'].includes(x.w))) {
    negation = 0;
  }

  // ---- general questions and hypotheticals --------------------------------------------------
  const hypothetical = isHypothetical(t);
  const requestForm = isRequestForm(t);
  const generalMarker = hasGeneralMarker(t);
  const generalQuestion = generalMarker || (!requestForm && isGeneralQuestion(t, self, question));
  const general = hypothetical || generalQuestion;

  // ---- verbs: requests, past events ---------------------------------------------------------
  let request = -1;
  let past = false;
  let pastMfa = false;
  let action = false;
  let problem: 'device' | 'method' | null = null;
  let problemAt = -1;
  const problemMentions: Mention[] = [];
  let hypotheticalProblem = false;
  const setProblem = (kind: 'device' | 'method', at: number, m?: Mention): void => {
    if (hypothetical) {
      hypotheticalProblem = true;
      return;
    }
    if (problem !== 'device') problem = kind;
    problemAt = Math.max(problemAt, at);
    if (m !== undefined && kind === 'method') problemMentions.push(m);
  };

  for (let i = 0; i < n; i++) {
    let concept = c(i);
    if (w(i) === 'take' || (w(i) === 'get' && !ACTIONS.has(c(i + 1)))) {
      // "take my old number off MFA", "get my phone off 2FA"
      for (let j = i + 1; j <= i + 6 && j < n; j++) {
        if (w(j) === 'off' || w(j) === 'out' || w(j) === 'away') {
          concept = 'remove';
          break;
        }
      }
    }
    if (!ACTIONS.has(concept)) continue;
    if ((w(i) === 'rest' || w(i) === 'reste') && (w(i + 1) === 'of' || w(i - 1) === 'the' || w(i - 1) === 'a')) continue;
    let strong = concept === 'reset';
    if (concept === 'setup' || w(i) === 'add' || w(i) === 'added') {
      // "set up MFA again" is a reset; "set up MFA" is not
      if (!t.slice(i + 1, i + 6).some((x) => x.w === 'again' || x.w === 'afresh' || x.w === 'fresh' || x.c === 'all')) {
        if (pastSubject(t, i) === 'self' && concept === 'setup') past = true;
        action = true;
        continue;
      }
      strong = true;
    }
    action = true;
    if (negatedVerbs.has(i)) continue;
    if (concept !== 'reset' && NOUN_BEFORE.has(w(i - 1))) continue; // "after the update", "a software update"
    if (w(i - 1) === 'not' || (w(i - 1) === 'to' && w(i - 2) === 'able' && w(i - 3) === 'not') || (w(i - 1) === 'to' && w(i - 2) === 'unable')) {
      const aux = w(i - 1) === 'not' ? w(i - 2) : 'can';
      if (aux === 'can' || aux === 'could') {
        // "I can't reset my MFA myself": a problem the bot can solve
        if (hasObject(t, i, strong, concept, ctx)) setProblem('method', i, mentionOf(t, nearestTarget(t, i, 1), ctx));
        continue;
      }
      if (['did', 'does', 'is', 'was', 'will', 'would', 'has', 'have', 'had', 'were', 'are'].includes(aux)) continue; // "it didn't transfer"
    }
    if (w(i - 1) === 'to' && FAILED_ATTEMPT.has(w(i - 2))) {
      // "forgot to transfer the authenticator", "failed to move my MFA": a problem, not a request
      const target = nearestTarget(t, i, 1);
      setProblem('method', i, mentionOf(t, target, ctx));
      continue;
    }
    const device = deviceObject(t, i);
    const when = pastSubject(t, i);
    const prevWord = w(i - 1);
    const afterWord = prevWord === 'after' || prevWord === 'since' || w(i - 2) === 'after' || w(i - 2) === 'since';
    if (device >= 0) {
      // the phone itself was reset / wiped: the authenticator on it is gone
      if (when !== null || afterWord || w(i - 1) === 'factory' || w(i - 2) === 'factory') setProblem('device', i);
      continue; // "wipe my phone" is a device request, not MFA
    }
    if (when !== null) {
      if (concept === 'remove' && (when === 'passive' || when === 'self')) {
        // "I deleted the authenticator app by accident", "my account was removed from the authenticator"
        const app = t.findIndex((x) => x.c === 'authApp');
        const accident = t.some((x) => ['accidentally', 'mistakenly', 'accident', 'mistake', 'uninstalled', 'uninstall'].includes(x.w) || x.c === 'app');
        if (app >= 0 && (when === 'passive' || accident)) {
          setProblem('method', i, mentionOf(t, app, ctx));
          continue;
        }
      }
      if (concept === 'change' && changedNumberOrDevice(t, i) !== null) continue; // a problem, found below
      past = true;
      if ((strong && !t.some((x) => x.c === 'thing' || x.c === 'password')) || t.some((x) => MFA_STRONG.has(x.c))) pastMfa = true;
      continue;
    }
    if (hypothetical || generalMarker || (generalQuestion && !requestForm)) continue;
    if (prevWord === 'without' || prevWord === 'before' || w(i - 2) === 'before' || w(i - 2) === 'without') continue;
    if (afterWord) continue;
    if (concept === 'change' && changedNumberOrDevice(t, i) === 'device') continue; // "switched phones": a problem
    if (hasObject(t, i, strong, concept, ctx)) {
      if (request < 0) request = i;
    }
  }

  // ---- problems -------------------------------------------------------------------------------
  const foreign = findProblems(t, ctx, self, question, setProblem);
  if (problem === 'method') {
    // the methods the problem clause names ("the code from the app is wrong" → the authenticator)
    const named: Mention[] = [];
    for (let i = 0; i < n; i++) {
      const m = c(i) === 'phone' ? undefined : methodMention(t, i, ctx, undefined, -1);
      if (m !== undefined) named.push(m);
    }
    if (named.length > 0) problemMentions.splice(0, problemMentions.length, ...named);
  }

  // ---- resolution --------------------------------------------------------------------------
  const resolved = findResolved(t);

  // ---- scope mentions ----------------------------------------------------------------------
  const mentions: Mention[] = [];
  const excluded: Mention[] = [];
  let all = false;
  const requestLike = request >= 0 || weakNegation;
  if (requestLike) {
    for (let i = 0; i < n; i++) {
      if (c(i) === 'all' && !(c(i) === 'all' && w(i) === 'whole' && c(i + 1) === 'group')) all = request >= 0 || all;
      if (w(i) === 'all' && (c(i + 1) === 'methods' || c(i + 1) === 'mfa' || w(i + 1) === 'of' || (w(i + 1) === 'my' && (c(i + 2) === 'methods' || c(i + 2) === 'mfa')) || i === n - 1)) all = request >= 0 || all;
      const m = methodMention(t, i, ctx, request >= 0 ? c(request) : undefined, request);
      if (m === undefined) continue;
      const inWeakSpan = weakSpan.some(([a, b]) => i > a && i <= b);
      const excludedHere = inWeakSpan || EXCEPT.has(w(i - 1)) || EXCEPT.has(w(i - 2)) || (w(i - 2) === 'other' && w(i - 1) === 'than') || (w(i - 3) === 'other' && w(i - 2) === 'than');
      (excludedHere ? excluded : mentions).push(m);
    }
    if (request < 0) {
      // a weak-negation clause ("keep my phone number") names what to keep
      excluded.push(...mentions);
      mentions.length = 0;
    }
  }

  return {
    request,
    problem,
    problemAt,
    mentions,
    problemMentions,
    hypotheticalProblem,
    foreignProblem: foreign,
    excluded,
    all,
    negation,
    weakNegation,
    past,
    pastMfa,
    resolved,
    general,
    list: request < 0 && problem === null && !hypothetical && !generalMarker && isList(t, self, question),
    help: isHelp(t),
    other: isOther(t),
    action,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Who did the action at `i`, if it is a statement about the past or about someone else doing it:
 * "I (already) reset", "I've re-registered", "IT reset my MFA", "my MFA was reset".
 */
function pastSubject(t: readonly Token[], i: number): 'self' | 'third' | 'passive' | null {
  let k = i - 1;
  let passive = false;
  while (k >= 0) {
    const x = t[k]?.w ?? '';
    if (x === 'to' && (t[k - 1]?.w === 'managed' || t[k - 1]?.w === 'able')) {
      k -= 2;
      continue;
    }
    if (!PAST_ADVERBS.has(x)) break;
    if (PASSIVE_AUX.has(x)) passive = true;
    k--;
  }
  // "I got my MFA reset yesterday"
  if (k >= 0 && (t[k + 1]?.w === undefined || k === i - 1) && k >= 2) {
    const maybeObj = t[k]?.c;
    if ((MFA_STRONG.has(maybeObj) || maybeObj === 'phone') && (t[k - 1]?.w === 'my' || t[k - 1]?.w === 'the') && (t[k - 2]?.w === 'got' || t[k - 2]?.w === 'had') && (t[k - 3]?.w === 'i' || t[k - 3]?.w === 'we')) {
      return 'self';
    }
  }
  const p = t[k]?.w;
  if (p === undefined) return null;
  if (p === 'i' || p === 'we') {
    if (QUESTION_AUX.has(t[k - 1]?.w ?? '')) return null; // "how do I reset", "can I reset", "should I reset"
    return k === i - 1 && t[i]?.w.endsWith('ing') ? null : 'self';
  }
  if (THIRD_SUBJECTS.has(p) && !MODALS.has(t[k - 1]?.w ?? '') && !(p === 'it' && k === 0 && t[k + 1]?.c === 'reset' && t.length <= 2)) {
    if (p === 'you' && k === 0) return null; // "you reset it" is rather an instruction
    return 'third';
  }
  if (passive && k < i - 1) return 'passive';
  if (passive && k === i - 1) return null;
  return passive ? 'passive' : null;
}

/** If the verb at i acts on the phone itself ("wipe my phone", "reset my iPhone"): the phone's index. */
function deviceObject(t: readonly Token[], i: number): number {
  const verb = t[i]?.w ?? '';
  if (!['reset', 'resets', 'resetting', 'reseting', 'resetted', 'wipe', 'wiped', 'wiping', 'wipes', 'erase', 'erased', 'erasing', 'restart', 'restarted'].includes(verb)) return -1;
  for (let j = i + 1; j <= i + 4 && j < t.length; j++) {
    const x = t[j];
    if (x === undefined) break;
    if (x.c === 'phone') {
      const next = t[j + 1];
      if (x.poss || (next !== undefined && (next.c === 'number' || next.c === 'methods' || next.c === 'authApp' || next.c === 'app' || next.c === 'mfa' || ['part', 'method', 'option', 'one', 'bit', 'side'].includes(next.w)))) return -1;
      return j;
    }
    if (!(x.w === 'my' || x.w === 'the' || x.w === 'a' || DEVICE_ADJECTIVES.has(x.w) || x.w === 'whole')) break;
  }
  // "my phone got reset", "after the phone was wiped"
  for (let j = i - 1; j >= i - 4 && j >= 0; j--) {
    const x = t[j];
    if (x?.c === 'phone' && (t[j + 1]?.c !== 'number')) return j;
  }
  return -1;
}

/** "I changed my number" → 'number'; "switched phones", "upgraded my phone" → 'device'. */
function changedNumberOrDevice(t: readonly Token[], i: number): 'number' | 'device' | null {
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
    if (t[j]?.c === 'phone' && (t[j - 1]?.w === 'new' || t[j - 2]?.w === 'new') && ['move', 'moving', 'transfer', 'transferring', 'migrate', 'switch', 'moved'].includes(verb)) return 'device';
  }
  return null;
}

function hasObject(t: readonly Token[], i: number, strong: boolean, concept: Concept | undefined, ctx: MessageContext): boolean {
  const n = t.length;
  let mfa = false;
  let offTopic = false;
  let unknownAfter = false;
  let pronounAfter = false;
  for (let j = 0; j < n; j++) {
    const x = t[j];
    if (x === undefined || j === i) continue;
    const cj = x.c;
    if (MFA_STRONG.has(cj) || cj === 'methods' || cj === 'codes' || PHONE_METHOD.has(cj) || cj === 'signin' && t[j + 1]?.c === 'methods') mfa = true;
    else if (cj === 'email' && (EMAIL_QUALIFIERS.has(t[j - 1]?.w ?? '') || ctx.mfaStrong || t[j + 1]?.c === 'methods')) mfa = true;
    else if (cj === 'phone' && j > i && concept !== 'fix' && concept !== 'reset' && !LOCATION.has(t[j - 1]?.w ?? '') && !LOCATION.has(t[j - 2]?.w ?? '')) mfa = true;
    else if (cj === 'thing' || cj === 'password' || (cj === 'account' && !ctx.mfaStrong)) {
      if (j > i || strong) offTopic = true;
    } else if (j > i && !x.known && !x.email) unknownAfter = true;
    if (j > i && (x.w === 'it' || x.w === 'them' || x.w === 'that' || x.w === 'this' || x.w === 'everything' || x.w === 'all' || x.w === 'one' || x.c === 'all' || x.w === 'me')) pronounAfter = true;
  }
  const container = t.some((x, j) => j > i && (x.c === 'thing' || x.c === 'password') && (LOCATION.has(t[j - 1]?.w ?? '') || LOCATION.has(t[j - 2]?.w ?? '')));
  if (mfa) return !container || t.some((x) => MFA_STRONG.has(x.c));
  if (offTopic || unknownAfter) return false;
  if (strong) return !ctx.offTopic || ctx.mfaStrong;
  return pronounAfter && ctx.mfaStrong;
}

/** Index of the object nearest to `i`: MFA words, methods, phones, off-topic things; else weaker ones. */
function nearestTarget(t: readonly Token[], i: number, after = 0): number {
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

type SetProblem = (kind: 'device' | 'method', at: number, m?: Mention) => void;

/** Problems the sender has now, each attached to the object it is about. */
function findProblems(t: readonly Token[], ctx: MessageContext, self: boolean, question: boolean, setProblem: SetProblem): boolean {
  let foreign = false;
  const n = t.length;
  const w = (i: number): string => t[i]?.w ?? '';
  const c = (i: number): Concept | undefined => t[i]?.c;
  const negatedBefore = (i: number): boolean => ['not', 'never', 'no'].includes(w(i - 1)) || ['not', 'never'].includes(w(i - 2));

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
    setProblem('method', i, mentionOf(t, target, ctx));
  };

  for (let i = 0; i < n; i++) {
    const x = w(i);
    const concept = c(i);
    if (concept === 'lost' || concept === 'broken' || concept === 'missing') {
      if (negatedBefore(i)) continue;
      if ((x === 'lose' || x === 'loses') && ((question && !isHypothetical(t)) || (w(i - 1) !== 'i' && w(i - 1) !== 'to'))) continue; // "do I lose my accounts?"
      attach(i, true);
    } else if (concept === 'fail') {
      if (['no', 'not', 'any', 'without'].includes(w(i - 1)) || (w(i - 1) === 'a' && w(i - 2) === 'not')) continue;
      attach(i, false, concept === 'fail' && (x === 'loop' || x === 'looping' || x === 'stuck') && ctx.mfaish);
    } else if (concept === 'locked') {
      if (ctx.mfaish) attach(i, false, true);
    } else if (x === 'not' || x === 'never' || (x === 'no' && w(i + 1) === 'longer')) {
      const prev = w(i - 1);
      const inability = ['can', 'could', 'will', 'able', 'would'].includes(prev) || (prev === 'am' && w(i + 1) === 'able') || (prev === 'is' && w(i + 1) === 'able');
      for (let j = i + 1; j <= i + 4 && j < n; j++) {
        const y = w(j);
        const cy = c(j);
        if (cy === 'work' && !(t[j + 1]?.c === 'account' || t[j + 1]?.c === 'phone' || t[j + 1]?.c === 'email' || t[j + 1]?.c === 'number')) {
          attach(j, false);
          break;
        }
        if (cy === 'receive' || y === 'showup' || y === 'show' || y === 'showing' || y === 'shows' || y === 'pop' || y === 'popping' || y === 'sent' || y === 'sending' || y === 'send') {
          attach(j, false);
          break;
        }
        if (inability && (INABLE_VERBS.has(y) || cy === 'approve' || cy === 'signin')) {
          attach(j, false, cy === 'approve');
          break;
        }
        if (!inability && ['did', 'does', 'do', 'will', 'would', 'is'].includes(prev) && (['transfer', 'move', 'carry', 'sync', 'migrate', 'load', 'open', 'come', 'copy', 'accept', 'recognize', 'recognise', 'respond', 'match', 'pass', 'go', 'validate', 'verify', 'arrive'].includes(y) || cy === 'change')) {
          attach(j, false);
          break;
        }
        if ((y === 'have' || y === 'has' || y === 'see' || y === 'find' || y === 'there' || y === 'list' || y === 'appear' || y === 'appears') && !inability) {
          attach(j, y === 'have' || y === 'has');
          break;
        }
        if (!['be', 'been', 'even', 'really', 'longer', 'able', 'to', 'seem', 'seems', 'anymore', 'any', 'the', 'my', 'a', 'get', 'going', 'always', 'ever', 'actually'].includes(y)) break;
      }
    } else if (x === 'unable' || (x === 'able' && w(i - 1) === 'not')) {
      for (let j = i + 1; j <= i + 3 && j < n; j++) {
        if (INABLE_VERBS.has(w(j)) || c(j) === 'approve' || c(j) === 'signin') {
          attach(j, false, c(j) === 'approve');
          break;
        }
      }
    } else if ((x === 'stopped' || x === 'stops' || x === 'quit') && (c(i + 1) === 'work' || c(i + 1) === 'receive' || ['sending', 'showing', 'coming', 'arriving', 'popping', 'asking'].includes(w(i + 1)))) {
      attach(i, false);
    } else if (x === 'no' && (c(i + 1) === 'codes' || c(i + 1) === 'sms' || (w(i + 1) === 'more' && c(i + 2) === 'codes'))) {
      attach(i + 1, false, true);
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
      if (['need', 'needs', 'want', 'wants', 'order', 'request', 'get', 'buy', 'getting', 'buying', 'ordering', 'requesting', 'receive', 'wanna', 'like'].includes(w(before))) continue;
      if (x !== 'new' && obj === 'phone') continue;
      if (obj === 'phone') setProblem('device', i);
      else setProblem('method', i, mentionOf(t, j, ctx));
    } else if (concept === 'old' && (c(i + 1) === 'phone' || c(i + 1) === 'number' || c(i + 1) === 'mobileNumber' || w(i + 1) === 'one')) {
      if (!ctx.mfaish && !t.some((y) => y.c === 'receive' || y.c === 'sms')) continue;
      if (t.some((y) => y.w === 'found' || y.w === 'recovered' || y.w === 'back')) continue;
      if (t.slice(Math.max(0, i - 4), i).some((y) => ACTIONS.has(y.c))) continue; // "remove my old number": a request
      if (c(i + 1) === 'phone' && c(i + 2) !== 'number') setProblem('device', i);
      else setProblem('method', i, c(i + 1) === 'phone' || w(i + 1) === 'one' ? { kind: 'phone' } : mentionOf(t, i + 1, ctx));
    } else if (concept === 'change') {
      const what = changedNumberOrDevice(t, i);
      if (what === 'device') setProblem('device', i);
      else if (what === 'number' && (pastSubject(t, i) !== null || t.slice(0, i).some((y) => y.c === 'number' || y.c === 'mobileNumber'))) {
        const numberAt = t.findIndex((y) => y.c === 'number' || y.c === 'mobileNumber');
        setProblem('method', i, mentionOf(t, numberAt, ctx));
      }
    } else if (['restored', 'formatted', 'factory', 'reimaged', 'wiped'].includes(x)) {
      if (t.some((y) => y.c === 'phone') && !t.some((y) => MFA_STRONG.has(y.c) && y.c !== 'authApp')) {
        if (x !== 'factory' && x !== 'wiped' || self) setProblem('device', i);
      }
    }
  }
  return foreign;
}

function findResolved(t: readonly Token[]): number {
  const w = (i: number): string => t[i]?.w ?? '';
  let at = -1;
  for (let i = 0; i < t.length; i++) {
    const x = w(i);
    const cx = t[i]?.c;
    const negated = ['not', 'never', 'no'].includes(w(i - 1)) || ['not', 'never'].includes(w(i - 2)) || w(i - 1) === 'stopped';
    if (cx === 'work' && !negated && (RESOLVED_AFTER_WORK.has(w(i + 1)) || RESOLVED_AFTER_WORK.has(w(i + 2)) || (i === t.length - 1 && (w(i - 1) === 'is' || w(i - 1) === 'it')))) at = i;
    else if (cx === 'resolved' && !negated) at = i;
    else if (x === 'all' && ['good', 'set', 'sorted', 'fine', 'ok', 'okay', 'working'].includes(w(i + 1))) at = i;
    else if (['fine', 'ok', 'okay', 'good', 'normal'].includes(x) && (w(i + 1) === 'now' || w(i + 1) === 'again' || w(i - 1) === 'to' && w(i - 2) === 'back')) at = i;
    else if (x === 'found' && (w(i + 1) === 'it' || w(i + 1) === 'my' || t[i + 1]?.c === 'phone')) at = i;
    else if (x === 'figured' && (w(i + 1) === 'it' || w(i + 1) === 'out')) at = i;
    else if (cx === 'fix' && x === 'fixed' && (w(i + 1) === 'now' || w(i + 1) === 'itself' || w(i - 1) === 'is' || w(i - 1) === 'got' || w(i + 1) === 'it')) at = i;
    else if (x === 'no' && w(i + 1) === 'longer' && (t[i + 2]?.c === 'fail' || (w(i + 2) === 'an' && t[i + 3]?.c === 'fail'))) at = i;
    else if (x === 'no' && t[i + 1]?.c === 'fail' && (w(i + 2) === 'now' || w(i + 2) === 'anymore')) at = i;
  }
  return at;
}

function isHypothetical(t: readonly Token[]): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  let future = false;
  let futureVerb = false;
  for (let i = 0; i < t.length; i++) {
    const x = w(i);
    if (x === 'if' && i + 1 < t.length && !['you', 'possible', 'needed', 'necessary', 'that', 'this', 'so', 'required', 'ok', 'okay', 'anything', 'nothing', 'not', 'any', 'thats'].includes(w(i + 1)) && !(w(i + 1) === 'it' && w(i + 2) === 'is' && w(i + 3) === 'possible')) return true;
    if (x === 'what' && (['happens', 'happen', 'if'].includes(w(i + 1)) || (['would', 'will'].includes(w(i + 1)) && w(i + 2) === 'happen'))) return true;
    if (x === 'in' && w(i + 1) === 'case') return true;
    if (['suppose', 'supposing', 'hypothetically', 'theoretically', 'say'].includes(x) && (x !== 'say' || w(i + 1) === 'i')) return true;
    if (x === 'when' && w(i + 1) === 'i' && ['get', 'switch', 'change', 'upgrade', 'buy', 'lose', 'replace', 'move'].includes(w(i + 2))) return true;
    if (x === 'before' && (w(i + 1) === 'i' || w(i + 1) === 'we') && ['get', 'switch', 'change', 'upgrade', 'buy', 'replace', 'move', 'hand'].includes(w(i + 2))) return true;
    if (FUTURE.has(x)) future = true;
    if (FUTURE_VERBS.has(x) && (x !== 'will' || w(i - 1) !== 'you') && w(i + 1) !== 'not') futureVerb = true;
    if ((x === 'going' || x === 'gonna' || x === 'planning' || x === 'about') && (w(i + 1) === 'to' || x === 'gonna') && ['get', 'buy', 'switch', 'change', 'upgrade', 'replace', 'move', 'receive'].includes(w(i + (x === 'gonna' ? 1 : 2)))) return true;
    if (x === 'will' && (w(i - 1) === 'i' || w(i - 1) === 'we') && ['get', 'buy', 'switch', 'change', 'upgrade', 'replace', 'receive', 'be'].includes(w(i + 1))) return true;
  }
  return future && futureVerb;
}

/** "can you", "could you", "how do I", "is it possible to", "please": the sender asks for something. */
function isRequestForm(t: readonly Token[]): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  let s = 0;
  while (s < t.length && (HELP_OPENERS.has(w(s)) || t[s]?.c === 'greet')) s++;
  const a = w(s);
  const b = w(s + 1);
  const d = w(s + 2);
  if (t.some((x) => x.c === 'please')) return true;
  if (a === 'can' || a === 'could' || a === 'may') return true;
  if ((a === 'would' || a === 'will') && (b === 'you' || b === 'u')) return true;
  if (a === 'how' && (['do', 'can', 'could', 'would', 'should', 'shall'].includes(b) && ['i', 'you', 'we'].includes(d) || b === 'to' || b === 'i')) return true;
  if ((a === 'what' || a === 'where') && ['do', 'should', 'can', 'could', 'would'].includes(b) && d === 'i') return true;
  if (a === 'is' && b === 'it' && d === 'possible') return true;
  if (a === 'is' && b === 'there' && (d === 'a' || d === 'any' || d === 'some') && (w(s + 3) === 'way' || w(s + 3) === 'chance')) return true;
  if (a === 'do' && (b === 'you' || b === 'u')) return true;
  if (a === 'any' && b === 'chance') return true;
  if (['do', 'does', 'did', 'should', 'why', 'is', 'are', 'will', 'would', 'what', 'when'].includes(a)) return false;
  for (let i = 0; i < t.length; i++) {
    if (w(i) === 'i' && (t[i + 1]?.c === 'want' || w(i + 1) === 'would' || w(i + 1) === 'must' || w(i + 1) === 'have' && w(i + 2) === 'to')) return true;
    if (w(i) === 'help' && w(i + 1) === 'me') return true;
  }
  return false;
}

/** Words that make any clause a general question: "why", "explain", "tell me about", "how long". */
function hasGeneralMarker(t: readonly Token[]): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  for (let i = 0; i < t.length; i++) {
    const x = w(i);
    if (x === 'why' || x === 'explain' || (x === 'stand' && w(i + 1) === 'for') || x === 'difference' || x === 'policy' || x === 'purpose' || x === 'meaning' || x === 'benefit' || x === 'benefits') return true;
    if ((x === 'mean' || x === 'means') && (w(i - 1) === 'does' || w(i - 2) === 'does')) return true;
    if (x === 'tell' && w(i + 1) === 'me' && ['about', 'more', 'why', 'how'].includes(w(i + 2))) return true;
    if (x === 'how' && ['long', 'often', 'many', 'much', 'come', 'secure', 'safe'].includes(w(i + 1))) return true;
  }
  return false;
}

const QUESTION_WORDS = new Set(['mandatory', 'compulsory', 'required', 'require', 'requires', 'safe', 'secure', 'recommended', 'supported', 'available', 'allowed', 'necessary', 'better', 'worse', 'considered']);

function isGeneralQuestion(t: readonly Token[], self: boolean, question: boolean): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  let s = 0;
  while (s < t.length && (HELP_OPENERS.has(w(s)) || t[s]?.c === 'greet')) s++;
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
    default:
      return false;
  }
}

function isList(t: readonly Token[], self: boolean, question: boolean): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  let object = false;
  let strongObject = false;
  let listVerb = false;
  let wh = false;
  let have = false;
  let registered = false;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x === undefined) continue;
    if (MFA_STRONG.has(x.c) || x.c === 'methods' || x.c === 'number' || x.c === 'mobileNumber' || x.c === 'email' || (x.c === 'phone' && x.w !== 'device') || x.c === 'sms' || x.c === 'secKey' || x.c === 'signin' && t[i + 1]?.c === 'methods') {
      object = true;
      if (MFA_STRONG.has(x.c) || x.c === 'methods') strongObject = true;
    }
    const verbSlot = i === 0 || ['you', 'u', 'me', 'please', 'pls', 'to', 'and', 'can', 'could', 'just', 'i', 'hi', 'hey', 'hello', 'quickly', 'bot'].includes(w(i - 1)) || t[i - 1]?.c === 'greet';
    if (x.c === 'listVerb' && verbSlot && (x.w !== 'see' || i > 0)) listVerb = true;
    if (x.w === 'tell' && w(i + 1) === 'me') listVerb = true;
    if (x.w === 'what' || x.w === 'which' || x.w === 'whats') wh = true;
    if ((x.w === 'have' || x.w === 'got') && (w(i - 1) === 'i' || w(i - 2) === 'i')) have = true;
    if (LIST_OBJECT_WORDS.has(x.w) || (x.w === 'on' && (w(i + 1) === 'my' || w(i + 1) === 'file'))) registered = true;
  }
  if (!object) return false;
  if (listVerb && (self || t[0]?.c === 'listVerb' || question)) return true;
  if (wh && (w(t.findIndex((x) => x.w === 'what' || x.w === 'which') + 1) !== 'is' || self) && (t.some((x) => x.w === 'my') || have || registered)) return true;
  if (['is', 'are', 'do', 'does', 'have'].includes(w(0)) && self && (registered || have || t.some((x) => x.w === 'still'))) return true;
  // "my methods?", "mfa methods", "my security info"
  if (t.length <= 5 && strongObject && t.some((x) => x.c === 'methods') && (self || t.length <= 2) && !t.some((x) => x.c === 'want' || ACTIONS.has(x.c))) return true;
  return false;
}

function isHelp(t: readonly Token[]): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  for (let i = 0; i < t.length; i++) {
    const x = w(i);
    if (t[i]?.c === 'help' && !(x === 'help' && w(i - 1) === 'the')) return true;
    if (x === 'what' && w(i + 1) === 'can' && (w(i + 2) === 'you' || w(i + 2) === 'i') && ['do', 'ask', 'say', 'help'].includes(w(i + 3))) return true;
    if (x === 'what' && w(i + 1) === 'do' && w(i + 2) === 'you' && w(i + 3) === 'do') return true;
    if ((x === 'who' || x === 'what') && w(i + 1) === 'are' && w(i + 2) === 'you') return true;
    if (x === 'what' && w(i + 1) === 'is' && w(i + 2) === 'this') return true;
    if (x === 'how' && (w(i + 1) === 'does' || w(i + 1) === 'do') && (w(i + 2) === 'this' || w(i + 2) === 'you') && (w(i + 3) === 'work' || w(i + 3) === 'bot' || w(i + 3) === 'thing')) return true;
    if (x === 'how' && w(i + 1) === 'do' && w(i + 2) === 'i' && w(i + 3) === 'use') return true;
    if (x === 'options' && t.length <= 4) return true;
  }
  return false;
}

/**
 * Someone else's MFA: third-person pronouns, a colleague / boss / user, a name with a
 * possessive or after "for", an e-mail address, "someone else". Not when that person only told
 * the sender what to do ("my manager told me to reset my MFA"), or describes the sender
 * ("I'm a manager").
 */
function isOther(t: readonly Token[]): boolean {
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
      if (MFA_STRONG.has(cj) || PHONE_METHOD.has(cj) || cj === 'phone' || cj === 'email' || cj === 'account' || cj === 'codes' || cj === 'methods' || cj === 'password' || cj === 'app') return true;
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
    if ((x.w === 'them' || x.w === 'their' || x.w === 'us') && (prev === 'for' || ACTIONS.has(c(i - 1)) && x.w !== 'them')) return true;
    if (x.c === 'person') {
      if ((x.w === 'user' || x.w === 'users') && USER_NOT_PERSON.has(w(i + 1))) continue;
      if (x.w === 'manager' && prev === 'password') continue;
      if (describesSelf(i) || reporting(i) || same) continue;
      if ((x.w === 'admin' || x.w === 'admins' || x.w === 'administrator') && !t.some((y) => y.w === 'for' || y.w === 'their' || y.w === 'users')) continue;
      return true;
    }
    if (x.c === 'group' && (x.poss || ['my', 'our', 'his', 'her', 'their', 'whole', 'entire', 'for', 'all'].includes(prev) || (prev === 'the' && w(i - 2) === 'for'))) return true;
    if (x.c === 'everyone' || x.c === 'someoneElse') return true;
    if (x.poss && (['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody'].includes(x.w) || x.c === 'name' || x.c === 'group')) return true;
    if (x.c === 'name' && !describesSelf(i) && prev !== 'name' && (['for', 'of', 'behalf', 'user', 'help', 'and', 'account'].includes(prev) || ACTIONS.has(c(i - 1)) || SUBJECT_VERBS.has(w(i + 1)))) return true;
    if (x.poss && !x.known) return true;
    if (prev === 'for' && !x.known && /^[a-z][a-z.]+$/.test(x.w)) return true;
    if (prev === 'for' && ['all', 'the', 'every', 'each', 'our', 'some', 'a', 'an'].includes(x.w)) {
      // "for all the new starters", "for every contractor"
      let j = i;
      while (['all', 'the', 'every', 'each', 'our', 'some', 'a', 'an', 'of', 'new', 'other'].includes(w(j))) j++;
      const y = t[j];
      if (y !== undefined && j > i && (y.c === 'person' || y.c === 'everyone' || y.c === 'name' || (!y.known && /^[a-z]+$/.test(y.w)))) return true;
    }
  }
  return false;
}

/** The method a token names, if any, in a clause that asks for a reset (verb concept given). */
function methodMention(t: readonly Token[], i: number, ctx: MessageContext, verb: Concept | undefined, requestAt: number): Mention | undefined {
  const x = t[i];
  if (x === undefined) return undefined;
  switch (x.c) {
    case 'phone': {
      // "remove my phone" names the phone method; "the authenticator on my phone" is a place
      if (['part', 'method', 'methods', 'option', 'one', 'bit', 'side', 'factor'].includes(t[i + 1]?.w ?? '')) return mentionOf(t, i, ctx);
      if (verb === 'reset' || verb === 'fix' || verb === undefined && !t.some((y) => y.c === 'remove')) return undefined;
      if (i < requestAt) return undefined; // the phone before the verb is not its object
      const p1 = t[i - 1]?.w ?? '';
      const p2 = t[i - 2]?.w ?? '';
      const p3 = t[i - 3]?.w ?? '';
      if (LOCATION.has(p1) || LOCATION.has(p2) || (LOCATION.has(p3) && DEVICE_ADJECTIVES.has(p1))) return undefined;
      if (t[i + 1]?.c === 'authApp' || t[i + 1]?.c === 'app') return undefined;
      return mentionOf(t, i, ctx);
    }
    case 'app':
      if (!ctx.mfaish || t.some((y) => y.c === 'authApp') || t[i - 1]?.c === 'thing') return undefined;
      return { kind: 'authenticator' };
    case 'email':
      if (!(EMAIL_QUALIFIERS.has(t[i - 1]?.w ?? '') || ctx.mfaStrong || t[i + 1]?.c === 'methods')) return undefined;
      return mentionOf(t, i, ctx);
    case 'call':
      if (!ctx.mfaish && !t.some((y) => y.c === 'methods')) return undefined;
      return mentionOf(t, i, ctx);
    default:
      return mentionOf(t, i, ctx);
  }
}
