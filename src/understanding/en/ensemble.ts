/**
 * English: the tuned rule pipeline (recognize.ts) decides, and the lexicon engine is a second
 * opinion. Where they disagree the result moves toward asking, never toward a card:
 *  - attack reports, "undo", a typed yes / no, "reset my password" come from the lexicon engine
 *    (the rule pipeline has no such intents);
 *  - a reset that the lexicon engine sees as quoted, sarcastic or planned for later → clarify
 *    (other people stay the rules' call: they are tuned for it, the lexicon is cruder);
 *    an explicit "do not reset" it finds → negation;
 *  - a message the rules call aboutMfa / unknown / help but the lexicon engine reads as a request
 *    about the sender's MFA → clarify (a missed request costs one click, not a dead end).
 */
import type { Decision } from '../decide.js';
import type { Facts } from '../facts.js';
import type { Tokens } from '../text.js';
import type { Intent } from '../types.js';
import { recognize } from './recognize.js';

function clarify(b: Intent): Intent {
  return (b.type === 'reset' || b.type === 'clarify') && b.scope !== undefined ? { type: 'clarify', scope: b.scope } : { type: 'clarify' };
}

/** Words that open a question about MFA rather than a request ("will resetting ... ?", "what if ..."). */
const QUESTION_OPENERS = new Set(['what', 'whats', 'why', 'how', 'when', 'will', 'would', 'does', 'do', 'did', 'is', 'are', 'should', 'if', 'who', 'where', 'which', 'once', 'has', 'have', 'was']);

function isQuestionish(t: Tokens): boolean {
  const first = t.words[0]?.w ?? '';
  if (first === 'if' || first === 'once' || first === 'what' || first === 'why') return true;
  for (const c of t.questionClauses) {
    const opener = t.words.find((w) => w.clause === c);
    if (opener !== undefined && QUESTION_OPENERS.has(opener.w)) return true;
  }
  return false;
}

export function decideEnglish(text: string, t: Tokens, f: Facts, second: Decision): Decision {
  const questionish = isQuestionish(t);
  const a = recognize(text);
  const b = second.intent;
  const tag = (rule: string): string => `en:${a.type}|lex:${second.rule}|${rule}`;

  if (b.type === 'security' || b.type === 'undo' || b.type === 'typedConfirm' || b.type === 'typedCancel') return { intent: b, rule: tag('guard') };

  switch (a.type) {
    case 'reset': {
      if (f.dontReset) return { intent: f.list ? { type: 'list' } : { type: 'negation' }, rule: tag('explicit-dont') };
      if (f.quotedReset && !f.problem && questionish) return { intent: { type: 'aboutMfa' }, rule: tag('lookalike:quoted-question') };
      if (f.sarcasm || f.future || (f.quotedReset && !f.problem)) return { intent: { type: 'clarify', scope: a.scope }, rule: tag(f.sarcasm ? 'lookalike:sarcasm' : f.future ? 'lookalike:later' : 'lookalike:quoted') };
      return { intent: { type: 'reset', scope: a.scope }, rule: tag('rules') };
    }
    case 'negation':
      if (f.list) return { intent: { type: 'list' }, rule: tag('negation+list') };
      return { intent: { type: 'negation' }, rule: tag('rules') };
    case 'otherUser':
    case 'list':
      return { intent: a, rule: tag('rules') };
    case 'greeting':
      if (f.thanks) return { intent: { type: 'thanks' }, rule: tag('thanks') };
      return { intent: a, rule: tag('rules') };
    case 'aboutMfa':
    case 'unknown':
    case 'help': {
      if (f.password && (a.type === 'unknown' || !f.mfa)) return { intent: { type: 'password' }, rule: tag('password') };
      if (a.type === 'unknown' && f.thanks) return { intent: { type: 'thanks' }, rule: tag('thanks') };
      // The rules' aboutMfa is deliberate for questions and past events; the lexicon engine only
      // turns it into a question to the user when the message is neither.
      const asks = b.type === 'reset' || b.type === 'clarify';
      const doubt = !f.question && !f.past && !f.future && !questionish;
      if (a.type === 'aboutMfa' && asks && doubt && (f.problem || f.reset.length > 0)) return { intent: clarify(b), rule: tag('disagree:ask') };
      if (a.type === 'unknown' && b.type === 'reset' && (f.mfa || f.methods.length > 0) && doubt) return { intent: clarify(b), rule: tag('disagree:ask') };
      return { intent: a as Intent, rule: tag('rules') };
    }
  }
}
