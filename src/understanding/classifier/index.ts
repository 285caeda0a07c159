/**
 * The trained intent classifier (scripts/train-intent.ts writes intent-model.json) and the one
 * use understand() makes of it: a rescue for would-be dead ends.
 *
 * When the rules' intent is neither a card nor a prompt (reset / clarify), nor one of the decline
 * guards (security, someone else, a negation, undo, password, a typed yes / no, list, an
 * unsupported language), nor help, nor a class the rules decline on purpose (declinedOnPurpose),
 * and the classifier gives card + ask more than RESCUE_THRESHOLD, the message becomes a clarify
 * prompt. The classifier only ever moves toward asking: it never makes
 * a reset card, and never overrides a guard. The threshold comes from leave-one-corpus-out
 * cross-validation (`npm run cv:intent`), never from the blind sets.
 *
 * Pure, synchronous, deterministic; a linear model over a few dozen features per message.
 */
import { PERSON_WITHOUT_TARGET } from '../en/ensemble.js';
import { factsOf } from '../facts.js';
import type { Locale, Understanding } from '../types.js';
import { type FeatureSet, featuresOf } from './features.js';
import modelJson from './intent-model.json' with { type: 'json' };
import { CLASSES, type IntentClass, type IntentModel } from './model.js';

export const RESCUE_THRESHOLD = 0.5;

/** "now", "go ahead", "please" in our languages: a request made now, whatever else the message tells. */
const NOW_OR_PLEASE =
  /\b(?:now|go ahead|please|pls|jetzt|bitte|maintenant|s'il vous pla[iî]t|svp|ahora|por favor|agora|ora|per favore|nu|alsjeblieft|aub|teraz|prosz[eę])\b/i;

export interface Classification {
  readonly probs: Readonly<Record<IntentClass, number>>;
  readonly top: IntentClass;
}

export type Scorer = (f: FeatureSet) => Classification;

/** A scorer over a model (the committed one, or one cross-validation just trained). */
export function scorerOf(model: IntentModel): Scorer {
  const C = model.classes.length;
  if (C !== CLASSES.length || model.classes.some((c, i) => c !== CLASSES[i])) throw new Error('intent model: unexpected classes');
  if (model.weights.length !== model.features.length * C || model.bias.length !== C) throw new Error('intent model: bad shape');
  const index = new Map(model.features.map((f, i) => [f, i]));
  const weights = Float64Array.from(model.weights);
  const bias = Float64Array.from(model.bias);
  return (f) => {
    const rows: number[] = [];
    for (const name of f.features) {
      const i = index.get(name);
      if (i !== undefined) rows.push(i);
    }
    const v = rows.length === 0 ? 0 : 1 / Math.sqrt(rows.length);
    const z = Array.from(bias);
    for (const i of rows) for (let c = 0; c < C; c++) z[c]! += weights[i * C + c]! * v;
    const max = Math.max(...z);
    const e = z.map((s) => Math.exp(s - max));
    const sum = e.reduce((a, b) => a + b, 0);
    const probs = {} as Record<IntentClass, number>;
    let top: IntentClass = CLASSES[0];
    CLASSES.forEach((c, k) => {
      probs[c] = e[k]! / sum;
      if (probs[c] > probs[top]) top = c;
    });
    return { probs, top };
  };
}

let committed: Scorer | undefined;
function defaultScorer(): Scorer {
  committed ??= scorerOf(modelJson as unknown as IntentModel);
  return committed;
}

/** The committed model's reading of a message in a language. */
export function classify(text: string, language: Locale | undefined): Classification {
  return defaultScorer()(featuresOf(text, language));
}

/**
 * Intents the rescue leaves alone: already a card or a prompt, a guard that declines on purpose,
 * or help (the help answer already says what the bot does, and "I need help with my MFA" is pinned
 * to it).
 */
const KEEP: ReadonlySet<string> = new Set([
  'reset',
  'clarify',
  'security',
  'otherUser',
  'negation',
  'undo',
  'password',
  'typedConfirm',
  'typedCancel',
  'list',
  'help',
  // a thank-you or a greeting is a whole answer: nothing to rescue
  'thanks',
  'greeting',
]);

/** Deciding rules (named in explain) of the English pipeline that decline on purpose: a personal account, a joke, a question about the bot. */
const DECLINING_RULES: ReadonlySet<string> = new Set([
  'personal-account',
  'joke',
  'what-can-you-do',
  'capability-question',
  'past:solved',
  // round 7 and 8: a hypothetical, and a past reset asked about
  'hypothetical',
  'past:what-it-means',
  // rounds 11 to 13: a question about the bot itself, a question for information, an "if …?" question
  'question-about-the-bot',
  'question:opener',
  'if-question-not-list',
  // round 17: the policy questioned ("who decided we need MFA on everything")
  'policy-question',
]);

/** "could a security key replace …?", "does the authenticator work offline?": about methods in general, one question, no "my". */
const GENERAL_METHOD_QUESTION = /^(?:could|can|does|do|will|would|is|are|should)\s+(?:a|an|the)\s+(?:(?!\b(?:i|my|me|mine)\b)[^?])*\?\s*$/i;

/**
 * Classes of message the rules decline on purpose, whatever the classifier says: a personal
 * (non-work) account's 2FA, a past problem told as solved, "the MFA works fine", a question about
 * the bot; and a message that names neither MFA nor a method (a phone, a BitLocker key alone: the
 * rules' own device fallback decides those).
 */
function declinedOnPurpose(u: Understanding, f: FeatureSet, language: Locale, text: string): boolean {
  if (u.explain.split('|').some((rule) => DECLINING_RULES.has(rule))) return true;
  // round 20: a general question about a method ("could a security key replace the text codes?"), nothing of the sender's
  if (language === 'en' && GENERAL_METHOD_QUESTION.test(text.trim())) return true;
  const facts = factsOf(f.tokens, language, new Set());
  // (and a hypothetical: "if I change phones next month, do I have to redo the authenticator?")
  if (facts.personalAccount || facts.solved || facts.mfaFine || facts.capability || facts.conditional) return true;
  // (round 21: a past event told as news, with no problem and nothing asked: "two weeks ago I reset my authenticator
  // with you and it was quick, just saying")
  // (not a request made now: "Go ahead and reset my MFA now, I've decided not to wait …")
  if (facts.past && !facts.problem && !facts.asked && !facts.doubt && !facts.device && !NOW_OR_PLEASE.test(text)) return true;
  // (round 17: words of signing in are a topic too: "the approvals won't come through", "could my
  // sign-in details be redone")
  return !facts.mfa && facts.methods.length === 0 && !facts.signIn;
}

/** The rules' Understanding, or a clarify prompt when the classifier is confident the message is a request. */
export function rescue(u: Understanding, text: string, threshold: number = RESCUE_THRESHOLD, scorer: Scorer = defaultScorer()): Understanding {
  if (u.unsupportedLanguage || u.language === undefined) return u;
  // someone else's account is a guard, except when the message names no one as the target
  if (KEEP.has(u.intent.type) && !(u.intent.type === 'otherUser' && u.targets.length === 0 && u.explain.split('|').includes(PERSON_WITHOUT_TARGET))) return u;
  const f = featuresOf(text, u.language);
  if (f.tokens.words.length === 0) return u; // empty, symbols or emoji only: nothing to read
  const { probs } = scorer(f);
  const p = probs.card + probs.ask;
  if (!(p > threshold) || declinedOnPurpose(u, f, u.language, text)) return u;
  return { ...u, intent: { type: 'clarify' }, explain: `${u.explain}|clf:rescue:${p.toFixed(2)}` };
}
