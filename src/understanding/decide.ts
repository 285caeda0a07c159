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
    case 'sms':
      return { kind: 'phone' };
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
  }
}

const TYPED_PHONE: ReadonlySet<MethodKey> = new Set(['mobile', 'office', 'alternateMobile']);

/** The scope the named methods give; a lost / new device without a named method is everything. */
export function scopeFrom(f: Facts, force = false): ResetScope {
  let forceAll = force;
  const hits = f.methods;
  // "numéro de portable" also matches "numéro": the typed phone wins over the generic one
  const typed = hits.some((h) => TYPED_PHONE.has(h.key));
  const keep = (h: MethodHit): boolean => !(typed && (h.key === 'phone' || h.key === 'sms'));
  const named = hits.filter((h) => !h.excluded && keep(h)).map((h) => mentionOf(h.key));
  // A problem with the app or the number, and a request that does not name it ("new phone, the
  // app is empty, can you reset?"): everything, as in English; "only" keeps it scoped.
  const phoneBound = named.length > 0 && named.every((m) => m.kind === 'authenticator' || m.kind === 'phone');
  if (phoneBound && f.problem && !f.limited && !hits.some((h) => h.requested && !h.excluded)) forceAll = true;
  const excluded = hits.filter((h) => h.excluded && keep(h)).map((h) => mentionOf(h.key));
  return combine(named, excluded, forceAll || (f.all && named.length === 0) || (f.all && excluded.length > 0));
}

export function decide(f: Facts): Decision {
  if (f.wordCount === 0) return { intent: { type: 'help' }, rule: 'empty' };
  if (f.security !== undefined) return { intent: { type: 'security', kind: f.security }, rule: f.securityRule };
  if (f.undo) return { intent: { type: 'undo' }, rule: 'undo' };
  if (f.yesOnly) return { intent: { type: 'typedConfirm' }, rule: 'typed-yes' };
  if (f.noOnly) return { intent: { type: 'typedCancel' }, rule: 'typed-no' };

  const aboutMfa = f.mfa || f.methods.length > 0;
  const subject = aboutMfa || f.device;
  if (f.dontReset || f.negatedReset || f.retract) {
    if (f.list) return { intent: { type: 'list' }, rule: 'negation+list' };
    return { intent: { type: 'negation' }, rule: f.dontReset ? 'dont-reset' : f.retract ? 'retract' : 'negated-verb' };
  }
  if (f.other && (subject || f.reset.length > 0 || f.problem)) return { intent: { type: 'otherUser' }, rule: 'other-person' };
  if (f.password && !aboutMfa) return { intent: { type: 'password' }, rule: 'password' };
  if (f.list && f.reset.length === 0) return { intent: { type: 'list' }, rule: 'list' };

  const requested = f.reset.length > 0 && (subject || f.all);
  const problem = f.problem && subject;
  if (requested || problem) {
    // A lost, new or broken phone without a reset verb: everything on it has to go (as in English)
    const scope = scopeFrom(f, !requested && f.device);
    if (f.sarcasm) return { intent: { type: 'clarify', scope }, rule: 'lookalike:sarcasm' };
    if (f.question && !requested) return { intent: { type: 'aboutMfa' }, rule: 'question' };
    if (f.question) return { intent: { type: 'clarify', scope }, rule: 'request+question' };
    if (f.future) return { intent: { type: 'clarify', scope }, rule: 'lookalike:later' };
    if (f.past && !f.problem) return { intent: { type: 'aboutMfa' }, rule: 'past' };
    return { intent: { type: 'reset', scope }, rule: requested ? 'reset-verb+object' : 'current-problem' };
  }
  if (f.quotedReset && subject) return { intent: { type: 'aboutMfa' }, rule: 'lookalike:quoted' };
  if (f.reset.length > 0 && f.wordCount <= 4) return { intent: { type: 'clarify' }, rule: 'bare-reset-verb' };
  // a longer message about the phone that none of the rules above placed: ask rather than guess
  if (f.device && f.wordCount >= 5 && !f.question) return { intent: { type: 'clarify' }, rule: 'device-mentioned' };
  if (aboutMfa || (f.device && f.problem)) {
    if (f.question || f.past) return { intent: { type: 'aboutMfa' }, rule: f.question ? 'question' : 'past' };
    if (f.help) return { intent: { type: 'clarify' }, rule: 'help-with-mfa' };
    return { intent: { type: 'clarify' }, rule: 'about-mfa-unclear' };
  }
  if (f.help) return { intent: { type: 'help' }, rule: 'help' };
  if (f.thanks) return { intent: { type: 'thanks' }, rule: 'thanks' };
  if (f.greeting) return { intent: { type: 'greeting' }, rule: 'greeting' };
  return { intent: { type: 'unknown' }, rule: 'nothing' };
}
