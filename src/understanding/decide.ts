/**
 * The lexicon engine's decision, for every language: facts → intent, with a fixed precedence in
 * which every doubt moves away from the reset card.
 *
 *  guards:   attack reports (security) → "undo" → a typed yes / no → "don't reset" / "never mind"
 *            → someone else → the password (not MFA) → "show my methods"
 *  request:  a reset verb with an MFA object, or a current problem with the phone or MFA
 *            → reset, unless it is quoted, sarcastic, planned for later, a general question or a
 *              past event (→ clarify or aboutMfa)
 *  about:    anything else that names MFA or a method → clarify (or aboutMfa for questions / the past)
 *  else:     help, greeting, thanks, unknown
 */
import type { Facts, MethodHit } from './facts.js';
import type { MethodKey } from './lexicon.js';
import { type Mention, combine } from './en/scope.js';
import type { Intent, ResetScope } from './types.js';

export interface Decision {
  readonly intent: Intent;
  /** Which rule decided. */
  readonly rule: string;
}

function mentionOf(key: MethodKey): Mention {
  switch (key) {
    case 'authenticator':
      return { kind: 'authenticator' };
    case 'phone':
      return { kind: 'phone' };
    case 'sms':
      // Entra sends text messages only to the mobile phone method
      return { kind: 'phone', phoneType: 'mobile' };
    case 'mobile':
      return { kind: 'phone', phoneType: 'mobile' };
    case 'office':
      return { kind: 'phone', phoneType: 'office' };
    case 'alternateMobile':
      return { kind: 'phone', phoneType: 'alternateMobile' };
    case 'email':
      return { kind: 'email' };
    case 'securityKey':
      return { kind: 'securityKey' };
    case 'whfb':
      return { kind: 'other', methodKinds: ['windowsHelloForBusiness'] };
    case 'oath':
      return { kind: 'other', methodKinds: ['softwareOath', 'hardwareOath'] };
    case 'tap':
      return { kind: 'other', methodKinds: ['temporaryAccessPass'] };
    case 'hwOath':
      return { kind: 'other', methodKinds: ['hardwareOath'] };
    case 'swOath':
      return { kind: 'other', methodKinds: ['softwareOath'] };
  }
}

const TYPED_PHONE: ReadonlySet<MethodKey> = new Set(['mobile', 'office', 'alternateMobile']);

/** The scope the named methods give; a lost / new device without a named method is everything. */
export function scopeFrom(f: Facts, forceAll = false): ResetScope {
  const hits = f.methods;
  // "numéro de portable" also matches "numéro": the typed phone wins over the generic one
  const typed = hits.some((h) => TYPED_PHONE.has(h.key));
  const overlaps = (h: MethodHit, key: MethodKey): boolean => hits.some((x) => x.key === key && x.match.start < h.match.end && h.match.start < x.match.end);
  const keep = (h: MethodHit): boolean =>
    !(typed && h.key === 'phone') &&
    !(h.key === 'phone' && hits.some((x) => x.key === 'sms')) &&
    // "alternate mobile number" also matches "mobile number"; "hardware token" also "token"
    !(h.key === 'mobile' && overlaps(h, 'alternateMobile')) &&
    // "Google Authenticator", "Authy": a third-party code app (software OATH), not Microsoft Authenticator
    !(h.key === 'authenticator' && overlaps(h, 'swOath')) &&
    !(h.key === 'oath' && (hits.some((x) => x.key === 'hwOath') || hits.some((x) => x.key === 'swOath')));
  // round 15: a story names methods beside the request ("… the SMS still arrive. Could you delete only the
  // Authenticator registration?"): when the request's own clause names methods, those are the scope
  const asked = hits.filter((h) => h.requested && !h.excluded && keep(h));
  const named = (asked.length > 0 ? asked : hits.filter((h) => !h.excluded && keep(h))).map((h) => mentionOf(h.key));
  const excluded = hits.filter((h) => h.excluded && keep(h)).map((h) => mentionOf(h.key));
  // "reset my whole MFA" / "reset my MFA" beside a method the story names: the request decides
  const wholeRequested = f.allRequested || (f.mfaRequested && asked.length === 0);
  return combine(named, excluded, forceAll || wholeRequested || (f.all && named.length === 0) || (f.all && excluded.length > 0));
}

export function decide(f: Facts): Decision {
  if (f.wordCount === 0) return { intent: { type: 'help' }, rule: 'empty' };
  if (f.security !== undefined) return { intent: { type: 'security', kind: f.security }, rule: f.securityRule };
  if (f.undo) return { intent: { type: 'undo' }, rule: 'undo' };
  if (f.yesOnly) return { intent: { type: 'typedConfirm' }, rule: 'typed-yes' };
  if (f.noOnly) return { intent: { type: 'typedCancel' }, rule: 'typed-no' };

  const aboutMfa = f.mfa || f.methods.length > 0;
  const subject = aboutMfa || f.device;
  // "before you delete anything, show me what I have": a look first (read-only), whatever verbs follow
  if (f.preview && !f.other && (!f.question || f.list)) return { intent: { type: 'list' }, rule: 'preview' };
  if (f.dontReset || f.negatedReset || f.retract) {
    // "remove the key, don't touch the app": a request for one method, a refusal about another
    if (f.requestBesideNegation && !f.retract) return { intent: { type: 'clarify' }, rule: 'request-beside-negation' };
    if (f.list) return { intent: { type: 'list' }, rule: 'negation+list' };
    return { intent: { type: 'negation' }, rule: f.dontReset ? 'dont-reset' : f.retract ? 'retract' : 'negated-verb' };
  }
  // round 10: "the token my manager gave me broke, please remove it from my account": the person is
  // in the story, the MFA named is the sender's own (no address, no mention, no one else's possessive): ask
  if (f.other && f.ownObject && f.emailsNotSelf === 0 && f.mentions === 0 && (subject || f.reset.length > 0 || f.problem))
    return { intent: { type: 'clarify', scope: scopeFrom(f) }, rule: 'other-only-in-story:own-object' };
  if (f.other && (subject || f.reset.length > 0 || f.problem)) return { intent: { type: 'otherUser' }, rule: 'other-person' };
  // "what can this bot do? can I reset my MFA here?": a question about the bot, not a request
  if (f.capability && !f.problem) return { intent: { type: 'help' }, rule: 'capability-question' };
  // the 2FA of a personal Instagram / Gmail account is not the work account's MFA
  if (f.personalAccount && !f.methods.some((h) => h.key === 'email')) return { intent: { type: 'unknown' }, rule: 'personal-account' };
  // "my password expired, not the MFA": the password is the problem
  // "my password expired; do I need an MFA reset for that?": a question about the password
  if (f.password && f.asked && !f.problem && !f.device && f.methods.length === 0 && f.reset.length > 0)
    return { intent: { type: 'password' }, rule: 'password:reset-question' };
  if (f.password && (!aboutMfa || (f.mfaFine && (!f.problem || f.passwordProblemOnly))))
    return { intent: { type: 'password' }, rule: aboutMfa ? 'password:mfa-fine' : 'password' };
  // "what happens if I type 'reset my MFA'?": a question about the quoted phrase
  if (f.resetQuoted && f.question && !f.problem) return { intent: { type: 'aboutMfa' }, rule: 'lookalike:quoted-question' };
  if (f.list && f.reset.length === 0) return { intent: { type: 'list' }, rule: 'list' };

  const requested = f.reset.length > 0 && (subject || f.all);
  const problem = f.problem && subject;
  if (requested || problem) {
    // A lost, new or broken phone without a reset verb: everything on it has to go (as in English)
    const scope = scopeFrom(f, !requested && f.device && !f.methods.some((h) => !h.excluded));
    if (f.sarcasm) return { intent: { type: 'clarify', scope }, rule: 'lookalike:sarcasm' };
    if (f.doubt) return { intent: { type: 'clarify', scope }, rule: 'doubt' };
    // "last month they reset my MFA, works fine now": a solved problem told as news, not a request
    if (f.past && f.solved) return { intent: { type: 'aboutMfa' }, rule: 'past:solved' };
    if (f.question && !requested) return { intent: { type: 'aboutMfa' }, rule: 'question' };
    // "Wie lange dauert ein Reset?", "Czy reset MFA wyloguje mnie z Teams?": a question for information
    if (f.infoQuestion && !f.problem) return { intent: { type: 'aboutMfa' }, rule: 'question:opener' };
    // "if I get a new phone next month, do I have to set MFA up again?": a hypothetical question
    if (f.conditional) return { intent: { type: 'aboutMfa' }, rule: 'conditional:question' };
    if (f.question) return { intent: { type: 'clarify', scope }, rule: 'request+question' };
    // planning asked as a question ("next month I get a new phone, do I need to do anything?") is a question
    if (f.future && f.asked) return { intent: { type: 'aboutMfa' }, rule: 'later:question' };
    if (f.future) return { intent: { type: 'clarify', scope }, rule: 'lookalike:later' };
    if (f.past && !f.problem) return { intent: { type: 'aboutMfa' }, rule: 'past' };
    // A card needs a request; a problem on its own ("telefoon kwijt") gets the question
    if (!requested) return { intent: { type: 'clarify', scope }, rule: 'problem-only' };
    // round 18: "bitte nur die App zurücksetzen, die Nummer passt eh": only something the lexicon does not name, beside a
    // method kept: never everything but the kept one; ask
    if (f.limited && !f.all && !f.mfaRequested && f.methods.length > 0 && f.methods.every((h) => h.excluded))
      return { intent: { type: 'clarify' }, rule: 'limited-to-unnamed' };
    // round 21: "bórrame todo menos el correo": everything but something the lexicon cannot name; ask, never everything
    if (f.exceptUnnamed && f.all && !f.methods.some((h) => h.excluded) && scope.kind === 'all') return { intent: { type: 'clarify' }, rule: 'except-unnamed' };
    return { intent: { type: 'reset', scope }, rule: 'reset-verb+object' };
  }
  if (f.quotedReset && subject) return { intent: { type: 'aboutMfa' }, rule: 'lookalike:quoted' };
  // round 17: "não sei se preciso resetar ou não... o aplicativo abre mas …": unsure whether a reset is needed, with no method named
  if (f.reset.length > 0 && f.doubt && !f.past && !f.conditional) return { intent: { type: 'clarify' }, rule: 'doubt' };
  if (f.reset.length > 0 && f.question) return { intent: { type: 'aboutMfa' }, rule: 'question-about-reset' };
  if (f.reset.length > 0 && f.wordCount <= 4) return { intent: { type: 'clarify' }, rule: 'bare-reset-verb' };
  // a longer message about the phone that none of the rules above placed: ask rather than guess
  if (f.device && f.wordCount >= 5 && !f.question && !(f.future && f.asked)) return { intent: { type: 'clarify' }, rule: 'device-mentioned' };
  if (f.device && f.future && f.asked) return { intent: { type: 'aboutMfa' }, rule: 'later:question' };
  if (aboutMfa || (f.device && f.problem)) {
    if (f.question || f.past || (f.future && f.asked))
      return { intent: { type: 'aboutMfa' }, rule: f.question ? 'question' : f.past ? 'past' : 'later:question' };
    if (f.help) return { intent: { type: 'clarify' }, rule: 'help-with-mfa' };
    return { intent: { type: 'clarify' }, rule: 'about-mfa-unclear' };
  }
  // "Guten Tag, the sign-in confirmation stopped working, can you help?": a problem, not a greeting
  if (f.problem && (f.help || f.asked) && f.wordCount >= 6 && !f.password) return { intent: { type: 'clarify' }, rule: 'problem+help' };
  // "thank you very much for the help!": thanks, not a request for help
  if (f.help && f.thanks && !f.asked && f.wordCount <= 6) return { intent: { type: 'thanks' }, rule: 'thanks-for-help' };
  if (f.help) return { intent: { type: 'help' }, rule: 'help' };
  if (f.thanks) return { intent: { type: 'thanks' }, rule: 'thanks' };
  if (f.greeting) return { intent: { type: 'greeting' }, rule: 'greeting' };
  return { intent: { type: 'unknown' }, rule: 'nothing' };
}
