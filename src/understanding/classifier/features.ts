/**
 * The features of the intent classifier (classifier/index.ts) and of its training
 * (classifier/train.ts): one function, so training and inference can never disagree.
 *
 * Words come from text.ts's tokenizer (bounded, markup stripped, lower-cased, accents folded):
 * word unigrams ("w="), word bigrams with a start marker ("b="), character 3- and 4-grams of each
 * word with its boundaries ("c=", e-mail and mention placeholders excluded), the detected
 * language ("l="), and whether the message asks a question ("q=any", "q=end"). Presence only: each feature at most once, in first-seen order.
 */
import { type Tokens, tokenize } from '../text.js';
import type { Locale } from '../types.js';

export interface FeatureSet {
  readonly features: readonly string[];
  /** The tokens the features came from (for the rescue's exclusions). */
  readonly tokens: Tokens;
}

export function featuresOf(text: string, language: Locale | undefined): FeatureSet {
  const tokens = tokenize(text);
  const words = tokens.words.map((x) => x.w);
  const seen = new Set<string>();
  seen.add(`l=${language ?? '-'}`);
  // a question mark anywhere, and at the end (the last clause with words is a question)
  if (tokens.questionClauses.size > 0) seen.add('q=any');
  const last = tokens.words[tokens.words.length - 1];
  if (last !== undefined && tokens.questionClauses.has(last.clause)) seen.add('q=end');
  let prev = '^';
  for (const w of words) {
    seen.add(`w=${w}`);
    seen.add(`b=${prev} ${w}`);
    prev = w;
    if (w.startsWith('<')) continue;
    const padded = `<${w}>`;
    for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) seen.add(`c=${padded.slice(i, i + n)}`);
  }
  return { features: [...seen], tokens };
}
