/**
 * What one clause says: the facts the decision in rules.ts combines. Each detector is a short
 * left-to-right scan over the clause's tokens (a few dozen at most), with small look-around windows.
 */
import { isList, isHelp } from './list-help.js';
import {
  ACTIONS,
  DEVICE_ADJECTIVES,
  EMAIL_QUALIFIERS,
  EXCEPT,
  FAILED_ATTEMPT,
  LOCATION,
  MFA_STRONG,
  NOUN_BEFORE,
  PHONE_METHOD,
  SELF,
  type Concept,
} from './lexicon.js';
import { hasGeneralMarker, isGeneralQuestion, isHypothetical, isRequestForm, pastSubject } from './mood.js';
import { findNegation } from './negation.js';
import type { Token } from './normalise.js';
import { isOther } from './people.js';
import { changedNumberOrDevice, deviceObject, findProblems, findResolved, nearestTarget } from './problems.js';
import { type Mention, mentionOf } from './scope.js';

/** Facts about the whole message that clause detectors need ("reset it" after "my authenticator broke"). */
/** Words that put a clause in the past ("lastweek" also stands for last month / year, this morning). */
/** Exception words that may stand a few words before the method they keep ("apart from my phone number"). */
const FAR_EXCEPT = new Set(['except', 'besides', 'excluding', 'apart']);
const EXCEPT_FILLERS = new Set(['from', 'for', 'my', 'the', 'our', 'of']);
const PAST_TIME = new Set(['yesterday', 'ago', 'lastweek', 'previously', 'earlier', 'backin']);
/** "... still go to the old number", "it keeps asking": the problem is now, whatever the story. */
const PRESENT = new Set(['still', 'now', 'anymore', 'keeps', 'keep', 'currently', 'today', 'cannot']);
/** "I had to call", "I did", "I went": a story, so its actions are done. */
const STORY_VERBS = new Set(['had', 'did', 'was', 'got', 'needed', 'called', 'went', 'tried', 'used']);
/** "helped me re-sync it", "got me to reset it": someone already did it with the sender. */
const PAST_HELP = new Set(['helped', 'showed', 'walked', 'got']);

export interface MessageContext {
  /** An unambiguous MFA word anywhere: MFA, 2FA, Authenticator, security key, security info, ... */
  readonly mfaStrong: boolean;
  /** mfaStrong, or codes / texts / sign-in requests. */
  readonly mfaish: boolean;
  /** Password or an unrelated IT thing (laptop, VPN, Outlook) is mentioned. */
  readonly offTopic: boolean;
  /** A battery or charger is mentioned: a "dead" phone is then a flat one. */
  readonly battery: boolean;
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
  /** The request's object is a pronoun ("remove it"): its methods are those named before. */
  readonly pronounObject: boolean;
  /** Every method this clause names, whatever it says about them ("I don't use my desk phone anymore"). */
  readonly named: readonly Mention[];
  /** Index of "don't reset", "never mind", "cancel", ...; -1 if none. */
  readonly negation: number;
  /** "leave my MFA alone", "keep it as it is": a negation unless another clause asks for a reset. */
  readonly weakNegation: boolean;
  /** An action on something that is not MFA ("update it in the company directory"). */
  readonly offTopicRequest: boolean;
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

export function analyseClause(t: readonly Token[], question: boolean, ctx: MessageContext): ClauseFacts {
  const w = (i: number): string => t[i]?.w ?? '';
  const c = (i: number): Concept | undefined => t[i]?.c;
  const n = t.length;
  const self = t.some((x) => SELF.has(x.w));

  const neg = findNegation(t);
  const negation = neg.at;
  const negatedVerbs = neg.verbs;
  const weakNegation = neg.weak;
  const weakSpan = neg.keepSpans;

  // ---- general questions and hypotheticals --------------------------------------------------
  const hypothetical = isHypothetical(t);
  const requestForm = isRequestForm(t);
  const generalMarker = hasGeneralMarker(t);
  const generalQuestion = generalMarker || (!requestForm && isGeneralQuestion(t, self, question));
  const general = hypothetical || generalQuestion;

  // ---- verbs: requests, past events ---------------------------------------------------------
  let request = -1;
  let offTopicRequest = false;
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

  // A story about the past: a past time ("last month", "back in 2022", "ago") and no request form.
  const pastStory =
    t.some((x) => PAST_TIME.has(x.w)) && !t.some((x) => x.c === 'please' || PRESENT.has(x.w)) && !(question && (w(0) === 'can' || w(0) === 'could'));
  const pastStoryVerb = t.some((x, k) => x.w === 'i' && STORY_VERBS.has(w(k + 1)));
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
    // "last month I reset my mfa", "back in 2022 I had to call the helpdesk to get my 2FA reset"
    if (pastStory && (w(i - 1) === 'i' || w(i - 1) === 'we' || pastStoryVerb)) {
      past = true;
      if ((concept === 'reset' && !t.some((x) => x.c === 'thing' || x.c === 'password')) || t.some((x) => MFA_STRONG.has(x.c))) pastMfa = true;
      continue;
    }
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
        if (hasObject(t, i, strong, concept, ctx)) setProblem('method', i, mentionOf(t, nearestTarget(t, i, 1)));
        continue;
      }
      if (['did', 'does', 'is', 'was', 'will', 'would', 'has', 'have', 'had', 'were', 'are'].includes(aux)) continue; // "it didn't transfer"
    }
    if (w(i - 1) === 'to' && FAILED_ATTEMPT.has(w(i - 2))) {
      // "forgot to transfer the authenticator", "failed to move my MFA": a problem, not a request
      const target = nearestTarget(t, i, 1);
      setProblem('method', i, mentionOf(t, target));
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
          setProblem('method', i, mentionOf(t, app));
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
    // "my colleague helped me re-sync it": done already, by someone else
    if ((prevWord === 'me' && PAST_HELP.has(w(i - 2))) || (prevWord === 'to' && w(i - 2) === 'me' && PAST_HELP.has(w(i - 3)))) {
      past = true;
      continue;
    }
    if (afterWord) continue;
    if (concept === 'change' && changedNumberOrDevice(t, i) === 'device') continue; // "switched phones": a problem
    if (concept === 'change' && t.some((x) => ['default', 'primary', 'preferred', 'order', 'main', 'settings'].includes(x.w))) continue; // "change my default method"
    if (
      concept === 'change' &&
      !t
        .slice(i + 1)
        .some(
          (x) =>
            MFA_STRONG.has(x.c) ||
            PHONE_METHOD.has(x.c) ||
            x.c === 'phone' ||
            x.c === 'email' ||
            x.c === 'methods' ||
            ['it', 'them', 'that', 'this'].includes(x.w),
        )
    )
      continue; // "my number changed"
    if (request >= 0) continue; // the first request is the one that counts
    if (hasObject(t, i, strong, concept, ctx)) {
      request = i;
    } else if (t.some((x) => x.c === 'thing' || x.c === 'password')) {
      offTopicRequest = true; // "update it in the company directory"
    }
  }

  // ---- problems -------------------------------------------------------------------------------
  const foreign = findProblems(t, ctx, self, question, setProblem);
  if (hypothetical && t.some((x) => x.c === 'phone')) hypotheticalProblem = true; // "what if my phone runs out of battery?"
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
    let lastWasExcluded = false;
    for (let i = 0; i < n; i++) {
      // "reset everything", "wipe my entire MFA", "all my methods", "start over from scratch"
      const allWord =
        // (round 18: not "moved our whole floor": "whole" / "entire" of a thing with no MFA meaning)
        (c(i) === 'all' && !((w(i) === 'whole' || w(i) === 'entire') && t[i + 1] !== undefined && c(i + 1) === undefined)) ||
        (w(i) === 'all' &&
          (c(i + 1) === 'methods' ||
            c(i + 1) === 'mfa' ||
            w(i + 1) === 'of' ||
            i === n - 1 ||
            (w(i + 1) === 'my' && (c(i + 2) === 'methods' || c(i + 2) === 'mfa'))));
      if (request >= 0 && allWord) all = true;
      const m = methodMention(t, i, ctx, request >= 0 ? c(request) : undefined, request);
      if (m === undefined) continue;
      const inWeakSpan = weakSpan.some(([a, b]) => i > a && i <= b);
      const excludedHere =
        inWeakSpan ||
        EXCEPT.has(w(i - 1)) ||
        EXCEPT.has(w(i - 2)) ||
        (w(i - 2) === 'other' && w(i - 1) === 'than') ||
        (w(i - 3) === 'other' && w(i - 2) === 'than') ||
        // "apart from my phone number", "except for the office phone": a little further back
        [3, 4].some((k) => FAR_EXCEPT.has(w(i - k)) && t.slice(i - k + 1, i).every((y) => EXCEPT_FILLERS.has(y.w) || y.c !== undefined));
      // "except the security key and Windows Hello": the exception runs on over "and" / "or"
      const listedAfterExcluded: boolean = lastWasExcluded && (w(i - 1) === 'and' || w(i - 1) === 'or' || w(i - 2) === 'and' || w(i - 2) === 'or');
      (excludedHere || listedAfterExcluded ? excluded : mentions).push(m);
      lastWasExcluded = excludedHere || listedAfterExcluded;
    }
    if (request < 0) {
      // a weak-negation clause ("keep my phone number") names what to keep
      excluded.push(...mentions);
      mentions.length = 0;
    }
    // "just nuke my mfa": MFA as a whole is the object, whatever an earlier problem named
    if (request >= 0 && mentions.length === 0) {
      let j = request + 1;
      while (['my', 'the', 'whole', 'entire', 'all', 'of'].includes(w(j))) j++;
      if (c(j) === 'mfa') all = true;
    }
  }

  const pronounObject =
    request >= 0 && mentions.length === 0 && ['it', 'them', 'that', 'this', 'one'].includes(w(request + 1) === 'the' ? w(request + 2) : w(request + 1));
  const named: Mention[] = [];
  for (let i = 0; i < n; i++) {
    const m = methodMention(t, i, ctx, 'remove', -1);
    if (m !== undefined) named.push(m);
  }
  return {
    request,
    pronounObject,
    named,
    // "last month I reset my mfa after my phone died": the problem belongs to the story too
    problem: past && pastStory ? null : problem,
    problemAt,
    mentions,
    problemMentions,
    hypotheticalProblem,
    foreignProblem: foreign,
    excluded,
    all,
    negation,
    weakNegation,
    offTopicRequest,
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
    if (MFA_STRONG.has(cj) || cj === 'methods' || cj === 'codes' || PHONE_METHOD.has(cj) || (cj === 'signin' && t[j + 1]?.c === 'methods')) mfa = true;
    else if (
      cj === 'email' &&
      (EMAIL_QUALIFIERS.has(t[j - 1]?.w ?? '') || ctx.mfaStrong || t[j + 1]?.c === 'methods' || EXCEPT.has(t[j - 1]?.w ?? '') || EXCEPT.has(t[j - 2]?.w ?? ''))
    )
      mfa = true;
    else if (cj === 'phone' && j > i && concept !== 'fix' && concept !== 'reset' && !LOCATION.has(t[j - 1]?.w ?? '') && !LOCATION.has(t[j - 2]?.w ?? ''))
      mfa = true;
    else if (cj === 'thing' || cj === 'password' || (cj === 'account' && !ctx.mfaStrong)) {
      if (j > i || strong) offTopic = true;
    } else if (j > i && !x.known && !x.email) unknownAfter = true;
    if (
      j > i &&
      (x.w === 'it' ||
        x.w === 'them' ||
        x.w === 'that' ||
        x.w === 'this' ||
        x.w === 'everything' ||
        x.w === 'all' ||
        x.w === 'one' ||
        x.c === 'all' ||
        x.w === 'me')
    )
      pronounAfter = true;
  }
  const container = t.some((x, j) => j > i && (x.c === 'thing' || x.c === 'password') && (LOCATION.has(t[j - 1]?.w ?? '') || LOCATION.has(t[j - 2]?.w ?? '')));
  if (mfa) return !container || t.some((x) => MFA_STRONG.has(x.c));
  if (offTopic || unknownAfter) return false;
  if (strong) return !ctx.offTopic || ctx.mfaStrong;
  return pronounAfter && ctx.mfaStrong;
}

/** The method a token names, if any, in a clause that asks for a reset (verb concept given). */
function methodMention(t: readonly Token[], i: number, ctx: MessageContext, verb: Concept | undefined, requestAt: number): Mention | undefined {
  const x = t[i];
  if (x === undefined) return undefined;
  switch (x.c) {
    case 'phone': {
      // "remove my phone" names the phone method; "the authenticator on my phone" is a place
      if (['part', 'method', 'methods', 'option', 'one', 'bit', 'side', 'factor'].includes(t[i + 1]?.w ?? '')) return mentionOf(t, i);
      if (verb === 'reset' || verb === 'fix' || (verb === undefined && !t.some((y) => y.c === 'remove'))) return undefined;
      if (i < requestAt) return undefined; // the phone before the verb is not its object
      const p1 = t[i - 1]?.w ?? '';
      const p2 = t[i - 2]?.w ?? '';
      const p3 = t[i - 3]?.w ?? '';
      if (LOCATION.has(p1) || LOCATION.has(p2) || (LOCATION.has(p3) && DEVICE_ADJECTIVES.has(p1))) return undefined;
      if (t[i + 1]?.c === 'authApp' || t[i + 1]?.c === 'app') return undefined;
      return mentionOf(t, i);
    }
    case 'app':
      // (round 19: "the passkey in my Authenticator app": the app holds the passkey)
      if (!ctx.mfaish || t.some((y) => y.c === 'authApp') || t[i - 1]?.c === 'thing' || t[i - 1]?.c === 'secKey') return undefined;
      return { kind: 'authenticator' };
    case 'email':
      if (!(
        EMAIL_QUALIFIERS.has(t[i - 1]?.w ?? '') ||
        ctx.mfaStrong ||
        t[i + 1]?.c === 'methods' ||
        EXCEPT.has(t[i - 1]?.w ?? '') ||
        EXCEPT.has(t[i - 2]?.w ?? '')
      ))
        return undefined;
      return mentionOf(t, i);
    case 'call':
      if (!ctx.mfaish && !t.some((y) => y.c === 'methods')) return undefined;
      return mentionOf(t, i);
    default:
      return mentionOf(t, i);
  }
}
