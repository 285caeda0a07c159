/**
 * The decision: clause facts → one Intent, with a fixed precedence.
 *
 *  1. Nothing left after stripping the @mention, or just "?" → help.
 *  2. Negation / retraction ("don't reset", "never mind", "cancel") → negation, unless the sender
 *     asks for a reset again after it ("never mind what I said, please reset my MFA"): the later
 *     statement wins, so "reset my MFA... actually never mind" is a negation. A "list" request
 *     after or around it is honoured ("don't reset anything, just show my methods").
 *  3. Someone else's MFA (her / his / their, a colleague, a name, an e-mail address, "for <name>")
 *     → otherUser, whenever the message is about an MFA action or problem.
 *  4. A reset request or a current problem (lost / new / broken phone, authenticator not working,
 *     codes not arriving, MFA loop) → reset, unless a resolution comes after it ("... it works now").
 *     Past events ("I fixed my authenticator last week"), general questions ("why do we need
 *     MFA?", "will resetting delete my password?") and hypotheticals ("what if I lose my phone?")
 *     never count as requests.
 *     Rule for "how do I ...?": a question about how the sender can get *their own* MFA reset
 *     ("how do I reset my MFA?", "can I reset my 2FA?", "is it possible to reset my MFA?") is
 *     treated as a request; the card still asks for confirmation. Questions about consequences,
 *     reasons or advice ("should I reset my MFA?", "what happens when I reset?") are aboutMfa.
 *  5. "show my MFA methods" → list.
 *  6. "leave my MFA alone" / "keep it as it is" with no reset request → negation.
 *  7. Anything else about MFA → aboutMfa (or help when the sender just asks for help with it).
 *  8. greeting (pleasantries only), help, or unknown (which includes "reset my password").
 */
import type { Intent, ResetScope } from '../legacy-intent.js';
import { type ClauseFacts, type MessageContext, analyseClause } from './clause.js';
import { MFA_STRONG } from './lexicon.js';
import type { Normalised } from './normalise.js';
import { type Mention, combine } from './scope.js';

const GREETING_FILLERS = new Set([
  'there',
  'bot',
  'all',
  'everyone',
  'everybody',
  'team',
  'folks',
  'guys',
  'good',
  'day',
  'how',
  'are',
  'you',
  'doing',
  'hope',
  'well',
  'again',
  'and',
  'to',
  'oh',
  'hey',
  'is',
  'it',
  'going',
  'whats',
  'up',
  'what',
  'y',
  'yall',
  'mate',
  'friend',
  'buddy',
  'so',
  'much',
  'very',
  'a',
  'lot',
  'for',
  'the',
  'your',
  'great',
  'have',
  'nice',
  'today',
  'ok',
  'okay',
  'cool',
  'awesome',
  'perfect',
  'thank',
  'thanks',
  'please',
  'mfa',
  'reset',
  'hello',
  'hellos',
  'helper',
  'that',
  'was',
  'helpful',
  'out',
  'worked',
  'works',
  'did',
  'trick',
  'perfectly',
  'weekend',
  'week',
  'night',
  'lovely',
  'nice',
]);

/** The decision, and whether a reset came from a request (a verb with an MFA object) rather than only a stated problem. */
export function decideDetailed(text: Normalised): { readonly intent: Intent; readonly requested: boolean } {
  let requested = false;
  const intent = decideInner(text, (r) => {
    requested = r;
  });
  return { intent, requested };
}

function decideInner(text: Normalised, basis: (requested: boolean) => void): Intent {
  const clauses = text.clauses;
  if (clauses.length === 0) return { type: 'help' };

  let mfaStrong = false;
  let mfaish = false;
  let offTopic = false;
  let battery = false;
  for (const cl of clauses) {
    const t = cl.toks;
    t.forEach((tk, i) => {
      // "reset my password, not my MFA": a negated object does not make the message about MFA
      const negated = t[i - 1]?.w === 'not' || (t[i - 2]?.w === 'not' && ['my', 'the', 'a', 'any'].includes(t[i - 1]?.w ?? ''));
      if (MFA_STRONG.has(tk.c) && !negated) mfaStrong = true;
      if (
        (tk.c === 'codes' && !t.some((x, j) => x.c === 'thing' && Math.abs(j - i) <= 3)) ||
        tk.c === 'sms' ||
        (tk.c === 'approve' && t.some((x) => x.c === 'signin' || x.c === 'codes'))
      )
        mfaish = true;
      if (tk.c === 'thing' || tk.c === 'password') offTopic = true;
      if (tk.w === 'battery' || tk.w === 'charger' || tk.w === 'charge' || tk.w === 'charging') battery = true;
    });
  }
  const ctx: MessageContext = { mfaStrong, mfaish: mfaish || mfaStrong, offTopic, battery };
  const facts = clauses.map((cl) => analyseClause(cl.toks, cl.question, ctx));

  // Positions as (clause, token) pairs flattened into one number, for "which came later".
  const pos = (clause: number, token: number): number => clause * 10_000 + Math.max(0, token);
  let lastPositive = -1;
  let lastNegation = -1;
  let lastResolved = -1;
  let anyList = false;
  // Without an unambiguous MFA word, a problem that comes with a request about something else is
  // about that thing: "I changed my number, please update it in the company directory".
  const problemsCount = mfaStrong || !facts.some((f) => f.offTopicRequest);
  // "remove just the security key, the app is still fine": a method that works is not the one asked for
  const requested = facts.flatMap((f) => (f.request >= 0 ? f.named : []));
  const aboutOtherMethods = (f: ClauseFacts): boolean =>
    requested.length > 0 && f.named.length > 0 && f.named.every((n) => !requested.some((r) => r.kind === n.kind));
  facts.forEach((f, i) => {
    if (f.request >= 0) lastPositive = Math.max(lastPositive, pos(i, f.request));
    // A clause that states a problem and its end ("it was just a glitch") asks for nothing.
    if (f.problem !== null && problemsCount && !(f.resolved >= 0 && f.request < 0)) lastPositive = Math.max(lastPositive, pos(i, f.problemAt));
    if (f.negation >= 0) lastNegation = Math.max(lastNegation, pos(i, f.negation));
    if (f.resolved >= 0 && !aboutOtherMethods(f)) lastResolved = Math.max(lastResolved, pos(i, f.resolved));
    if (f.list) anyList = true;
  });

  // 2. negation and retraction: the later statement wins
  if (lastNegation >= 0 && lastPositive < lastNegation) return anyList ? { type: 'list' } : { type: 'negation' };

  // 3. someone else's MFA: a person marker in a message that asks for an action or states a problem
  const mfaRelevant = mfaStrong || mfaish || facts.some((f) => f.request >= 0 || f.problem !== null || f.hypotheticalProblem || f.foreignProblem || f.pastMfa);
  const acts = facts.some((f) => f.action || f.problem !== null || f.foreignProblem);
  if (mfaRelevant && acts && facts.some((f) => f.other)) return { type: 'otherUser' };

  // 4. a reset request or a current problem
  if (lastPositive >= 0) {
    if (lastResolved > lastPositive) return { type: 'aboutMfa' };
    basis(facts.some((f) => f.request >= 0));
    return { type: 'reset', scope: scopeOf(facts) };
  }

  // 5. list
  if (anyList) return { type: 'list' };

  // 6. "leave my MFA alone"
  if (facts.some((f) => f.weakNegation)) return { type: 'negation' };

  // 7. about MFA (unless only a password / laptop / VPN is at stake)
  const aboutMarkers = facts.some((f) => f.past || f.general || f.resolved >= 0);
  // "how long does a reset take?", "who approves these resets?": in this bot a reset is an MFA reset
  const resetQuestion = facts.some((f) => f.general) && clauses.some((cl) => cl.toks.some((tk) => tk.c === 'reset'));
  if ((mfaRelevant || resetQuestion) && (mfaStrong || mfaish || !offTopic)) {
    if (facts.some((f) => f.help) && !aboutMarkers) return { type: 'help' };
    return { type: 'aboutMfa' };
  }

  // 8. greeting (only pleasantries), help, unknown
  // Help first: "hi, what are you for?" is made of greeting words but asks what the bot does.
  if (facts.some((f) => f.help)) return { type: 'help' };
  if (isGreeting(text)) return { type: 'greeting' };
  return { type: 'unknown' };
}

function isGreeting(text: Normalised): boolean {
  let greet = false;
  let prev = '';
  for (const cl of text.clauses) {
    for (const tk of cl.toks) {
      if (tk.c === 'greet' || tk.c === 'thanks') greet = true;
      else if (tk.w === 'help' ? !['the', 'your', 'all'].includes(prev) : !GREETING_FILLERS.has(tk.w)) return false;
      prev = tk.w;
    }
  }
  return greet;
}

/** The scope of a reset: methods the request names, else everything for a lost / new phone, else what the problem names. */
function scopeOf(facts: readonly ClauseFacts[]): ResetScope {
  const explicit: Mention[] = [];
  const fromProblems: Mention[] = [];
  const excluded: Mention[] = [];
  let all = false;
  let device = false;
  facts.forEach((f, i) => {
    if (f.request >= 0) explicit.push(...f.mentions);
    // "I don't use my desk phone anymore, remove it from MFA"
    // "the desk phone on my MFA is from the old building, the extension is gone. take it off": the nearest method named before
    if (f.pronounObject && i > 0 && !f.all && facts[i - 1]?.problem !== 'device') {
      let k = i - 1;
      while (k > 0 && (facts[k]?.named.length ?? 0) === 0 && facts[k]?.problem !== 'device' && i - k < 3) k--;
      if (facts[k]?.problem !== 'device') explicit.push(...(facts[k]?.named ?? []));
    }
    if (f.problem === 'device') device = true;
    if (f.problem !== null) fromProblems.push(...f.problemMentions);
    if (f.all) all = true;
    excluded.push(...f.excluded);
  });
  if (explicit.length > 0 || all) return combine(explicit, excluded, all);
  if (device) return combine([], excluded, true);
  return combine(fromProblems, excluded, false);
}
