/** "show my MFA methods" (a read-only list) and "what can you do?" (help). */
import { ACTIONS, LIST_OBJECT_WORDS, MFA_STRONG } from './lexicon.js';
import type { Token } from './normalise.js';

export function isList(t: readonly Token[], self: boolean, question: boolean): boolean {
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
    if (
      MFA_STRONG.has(x.c) ||
      x.c === 'methods' ||
      x.c === 'number' ||
      x.c === 'mobileNumber' ||
      x.c === 'email' ||
      (x.c === 'phone' && x.w !== 'device') ||
      x.c === 'sms' ||
      x.c === 'secKey' ||
      (x.c === 'signin' && t[i + 1]?.c === 'methods')
    ) {
      object = true;
      if (MFA_STRONG.has(x.c) || x.c === 'methods') strongObject = true;
    }
    const verbSlot =
      i === 0 ||
      ['you', 'u', 'me', 'please', 'pls', 'to', 'and', 'can', 'could', 'just', 'i', 'hi', 'hey', 'hello', 'quickly', 'bot'].includes(w(i - 1)) ||
      t[i - 1]?.c === 'greet';
    if (x.c === 'listVerb' && verbSlot && (x.w !== 'see' || i > 0)) listVerb = true;
    if (x.w === 'tell' && w(i + 1) === 'me') listVerb = true;
    if (x.w === 'what' || x.w === 'which' || x.w === 'whats') wh = true;
    if ((x.w === 'have' || x.w === 'got' || x.w === 'has') && (self || w(i - 1) === 'i' || w(i - 2) === 'i')) have = true;
    if (LIST_OBJECT_WORDS.has(x.w) || (x.w === 'on' && (w(i + 1) === 'my' || w(i + 1) === 'file'))) registered = true;
  }
  // "can you show me what's currently registered on my account?"
  if (listVerb && registered && self && !t.some((x) => x.c === 'retract')) return true;
  // "list" / "show" on its own: in a bot that only knows MFA, the list of methods
  if (t.length === 1 && t[0]?.c === 'listVerb' && (w(0) === 'list' || w(0) === 'show')) return true;
  // "hands off my methods", "keep my methods!!": a refusal, not a request to see them
  if (!object || t.some((x) => x.c === 'retract' || x.w === 'keep' || x.w === 'leave')) return false;
  if (listVerb && (self || t[0]?.c === 'listVerb' || question)) return true;
  if (wh && (w(t.findIndex((x) => x.w === 'what' || x.w === 'which') + 1) !== 'is' || self) && (t.some((x) => x.w === 'my') || have || registered)) return true;
  if (['is', 'are', 'do', 'does', 'have'].includes(w(0)) && self && (registered || have || t.some((x) => x.w === 'still'))) return true;
  // "my methods?", "mfa methods", "my security info"
  if (t.length <= 5 && strongObject && t.some((x) => x.c === 'methods') && (self || t.length <= 2) && !t.some((x) => x.c === 'want' || ACTIONS.has(x.c)))
    return true;
  return false;
}

export function isHelp(t: readonly Token[]): boolean {
  const w = (i: number): string => t[i]?.w ?? '';
  for (let i = 0; i < t.length; i++) {
    const x = w(i);
    if (t[i]?.c === 'help' && !(x === 'help' && w(i - 1) === 'the')) return true;
    // "what can you do", "what kind of things can I ask you"
    for (let j = i + 1; x === 'what' && j <= i + 5; j++) {
      if (w(j) === 'can' && (w(j + 1) === 'you' || w(j + 1) === 'i') && ['do', 'ask', 'say', 'help', 'handle'].includes(w(j + 2))) return true;
      if (
        w(j) === 'can' &&
        ['this', 'the', 'it'].includes(w(j + 1)) &&
        (['do', 'handle'].includes(w(j + 2)) || (w(j + 2) === 'bot' && ['do', 'handle'].includes(w(j + 3))))
      )
        return true;
    }
    if (
      x === 'what' &&
      (w(i + 1) === 'can' || w(i + 1) === 'does') &&
      ['this', 'the', 'it'].includes(w(i + 2)) &&
      (w(i + 3) === 'do' || (w(i + 3) === 'bot' && w(i + 4) === 'do'))
    )
      return true;
    if (x === 'what' && w(i + 1) === 'do' && w(i + 2) === 'you' && w(i + 3) === 'do') return true;
    // "what are you", "what exactly are you for"
    if (
      (x === 'who' || x === 'what') &&
      ((w(i + 1) === 'are' && w(i + 2) === 'you') || (w(i + 2) === 'are' && w(i + 3) === 'you' && ['exactly', 'actually', 'even', 'really'].includes(w(i + 1))))
    )
      return true;
    if (x === 'what' && w(i + 1) === 'is' && w(i + 2) === 'this') return true;
    if (
      x === 'how' &&
      (w(i + 1) === 'does' || w(i + 1) === 'do') &&
      (w(i + 2) === 'this' || w(i + 2) === 'you') &&
      (w(i + 3) === 'work' || w(i + 3) === 'bot' || w(i + 3) === 'thing')
    )
      return true;
    if (x === 'how' && w(i + 1) === 'do' && w(i + 2) === 'i' && w(i + 3) === 'use') return true;
    if (x === 'options' && t.length <= 4) return true;
  }
  return false;
}
