/**
 * understand(): what an employee's Teams message means, in which language.
 *
 * Pure, synchronous, offline, deterministic, bounded work (well under a millisecond for a
 * typical message). Steps:
 *  1. text.ts: bound the input, strip Teams markup, fold accents, split into clauses of words,
 *     collect e-mail addresses and @mentions.
 *  2. language.ts: the message's language when it is clear, else the Teams locale's; scripts and
 *     function words of languages we do not support → unsupportedLanguage.
 *  3. facts.ts + decide.ts: the lexicon of that language (lexicons/*.ts, data) finds requests,
 *     problems, negations, other people, questions, attacks ...; a fixed precedence decides.
 *  4. English only: the tuned rule pipeline in en/ decides, with the lexicon engine as a second
 *     opinion (en/ensemble.ts); disagreement means asking, never a card.
 *  5. classifier/: a would-be dead end (no card, no prompt, no decline guard) that a trained
 *     classifier reads as a request becomes a clarify prompt (`|clf:rescue:p` in explain); the
 *     classifier never makes a card.
 *
 * `explain` names the language rule and the deciding rule; it never contains message text.
 */
import { rescue } from './classifier/index.js';
import { readCorrection } from './correction.js';
import { decide } from './decide.js';
import { decideEnglish } from './en/ensemble.js';
import { describeMethods, rewriteEnglish } from './en/rewrite.js';
import { notACommand, readCommand } from './en/commands.js';
import { readScreens } from './en/screens.js';
import { factsOf } from './facts.js';
import { detectLanguage } from './language.js';
import { ownText } from './signature.js';
import { findTargets } from './targets.js';
import { type Tokens, tokenize } from './text.js';
import type { Intent, Understanding, UnderstandOptions } from './types.js';

export type { Understanding, UnderstandOptions } from './types.js';
const SARCASM_TAG = /(?:^|\s)\/s(?:\s|$)/;

export function understand(text: string, opts: UnderstandOptions = {}): Understanding {
  return rescue(understandRules(text, opts), typeof text === 'string' ? text : '');
}

/** The rules alone (steps 1-4), without the classifier's rescue: for cross-validation and tests. */
export function understandRules(text: string, opts: UnderstandOptions = {}): Understanding {
  return readRules(text, opts, true);
}

/** The rules; `corrections` false reads the text before a correction marker without looking for another one. */
function readRules(text: string, opts: UnderstandOptions, corrections: boolean): Understanding {
  const input = typeof text === 'string' ? text : '';
  // The same bound as the English rules' (head and tail), so no step ever reads more
  const bounded = input.length > 4_000 ? `${input.slice(0, 3_000)}\n${input.slice(-1_000)}` : input;
  const raw = ownText(bounded);
  const selfValues = [opts.self?.upn, opts.self?.mail].filter((v): v is string => typeof v === 'string' && v.includes('@')).map((v) => v.toLowerCase());
  const selfEmails = new Set(selfValues);
  const selfName = typeof opts.self?.name === 'string' && opts.self.name.trim().length >= 3 ? opts.self.name.trim() : undefined;

  const tokens0 = tokenize(raw);
  const tokens: Tokens =
    selfName === undefined ? tokens0 : { ...tokens0, mentions: tokens0.mentions.filter((m) => m.toLowerCase() !== selfName.toLowerCase()) };
  const targets = findTargets(raw, tokens, { emails: selfEmails, name: selfName });
  const lang = detectLanguage(tokens, opts.locale);

  if (lang.unsupported || lang.language === undefined) {
    return { intent: { type: 'unknown' }, language: undefined, unsupportedLanguage: true, targets, explain: `lang:${lang.how}|unsupported` };
  }
  const language = lang.language;
  // English: text pasted from a sign-in screen is described, not read as the sender's words (round 18)
  // (round 20: a message typed like a command line, "reset -authenticator", is read as the request it stands for)
  const command = language === 'en' ? readCommand(raw) : notACommand(raw);
  const screens = language === 'en' ? readScreens(command.text) : { text: raw, found: [] };
  const own = screens.text;
  // English: the lexicon engine reads the methods by their own names too ("the key on my keyring" is
  // the security key), as the rules do after the rewrite
  const vocabulary = language === 'en' ? describeMethods(own) : raw;
  const read: Tokens = vocabulary === raw ? tokens : { ...tokenize(vocabulary), mentions: tokens.mentions };
  const found = factsOf(read, language, selfEmails);
  // "/s" marks sarcasm in chat; the tokenizer drops the slash, so it is checked on the raw text
  const base = SARCASM_TAG.test(raw) ? { ...found, sarcasm: true } : found;
  const facts = targets.some((x) => x.kind === 'name') ? { ...base, other: true } : base;
  const second = decide(facts);

  if (language !== 'en') {
    // round 21: "Bitte alles zurücksetzen, nein warte, nur die SMS": the correction is the request
    const corrected = corrections ? readCorrection(raw, language, selfEmails, second.intent, facts) : undefined;
    return {
      intent: oneOathKind(corrected?.intent ?? second.intent, raw),
      language,
      unsupportedLanguage: false,
      targets,
      explain: `lang:${language}:${lang.how}|lex:${second.rule}${corrected === undefined ? '' : `|${corrected.rule}`}`,
    };
  }
  const rewritten = rewriteEnglish(own, selfName === undefined ? selfValues : [...selfValues, selfName]);
  const d = decideEnglish(rewritten.text, read, base, second);
  const how =
    (command.applied ? '|command' : '') +
    (screens.found.length > 0 ? `|screen:${screens.found.join('+')}` : '') +
    (rewritten.applied.length > 0 ? `|rewrite:${rewritten.applied.join('+')}` : '');
  // an address the sender introduced as their own ("this is Priya (priya@…)") is not a target
  const lower = rewritten.text.toLowerCase();
  const others = targets.filter((x) => x.kind !== 'upn' || lower.includes(x.value));
  // "reset -key": a command that named one method the rules could not place is never everything; ask which
  // (and a flag it could not place at all, "reset --skip authenticator", "--phone=no": never a card)
  const unnamed = d.intent.type === 'reset' && ((command.namesOne && d.intent.scope?.kind === 'all') || command.unsure);
  // round 21: "reset my mfa pls. edit: only the authenticator": the correction is the request
  const corrected =
    unnamed || command.applied || !corrections
      ? undefined
      : readCorrection(own, 'en', selfEmails, d.intent, facts, describeMethods, (head) => readRules(head, { ...opts, locale: 'en-US' }, false).intent);
  return {
    intent: unnamed ? { type: 'clarify' } : oneOathKind(corrected?.intent ?? d.intent, rewritten.text),
    language,
    unsupportedLanguage: false,
    targets: others,
    explain: `lang:en:${lang.how}|${d.rule}${how}${unnamed ? '|command:unnamed' : ''}${corrected === undefined ? '' : `|${corrected.rule}`}`,
  };
}

const HARDWARE_TOKEN =
  /\b(?:hardware|physical|key ?fob|fob|keyring)[\s-]*(?:oath\s+)?tokens?\b|\btoken fob\b|\bhardware oath\b|\btokens?\s+(?:f[ií]sicos?|hardware|mat[ée]riel|fisico)\b|\bhardware-?token\b/i;
const SOFTWARE_TOKEN =
  /\bsoftware[\s-]*(?:oath\s+)?tokens?\b|\bsoftware oath\b|\btokens?\s+(?:de\s+)?(?:software|logiciel)\b|\bsoftware-?token\b|\b(?:authy|google authenticator|totp app|third-party (?:code )?app)\b/i;

const KEPT_OR_OTHER =
  /\b(?:except|apart from|but not|keep|keeping|other|others|works|working|fine|still|menos|excepto|salvo|sauf|garder|au\w?er|behalten|tranne|tenere|behalve|houden|opr\w?cz|poza|zachowa\w*|mantener|manter)\b/i;

/**
 * "Dropped my hardware token overboard … take that token off": the token of the request is the one
 * the message named, not every OATH token (round 16). Only when exactly one of the two was named.
 */
function oneOathKind(intent: Intent, text: string): Intent {
  if (intent.type !== 'reset' && intent.type !== 'clarify') return intent;
  const s = intent.scope;
  if (s?.kind !== 'other' || s.methodKinds.length !== 2 || !s.methodKinds.includes('softwareOath') || !s.methodKinds.includes('hardwareOath')) return intent;
  // a token named to be kept or as the one that still works is not the one to remove
  if (KEPT_OR_OTHER.test(text)) return intent;
  const hard = HARDWARE_TOKEN.test(text);
  const soft = SOFTWARE_TOKEN.test(text);
  if (hard === soft) return intent;
  return { ...intent, scope: { kind: 'other', methodKinds: [hard ? 'hardwareOath' : 'softwareOath'] } };
}

/** The function the bot calls (a port: tests may pass their own). */
export type Understand = typeof understand;
