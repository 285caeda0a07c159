/**
 * The features of the intent classifier (classifier/index.ts) and of its training
 * (classifier/train.ts): one function, so training and inference can never disagree.
 *
 * Words come from text.ts's tokenizer (bounded, markup stripped, lower-cased, accents folded):
 * word unigrams ("w="), word bigrams with a start marker ("b="), character 3- and 4-grams of each
 * word with its boundaries ("c=", e-mail and mention placeholders excluded), and the detected
 * language ("l="). Presence only: each feature at most once, in first-seen order.
 */
import { tokenize } from '../text.js';
import type { Locale } from '../types.js';

export interface FeatureSet {
  readonly features: readonly string[];
  /** How many words the message had: none (empty, symbols only) means nothing to classify. */
  readonly words: number;
}

export function featuresOf(text: string, language: Locale | undefined): FeatureSet {
  const words = tokenize(text).words.map((x) => x.w);
  const seen = new Set<string>();
  seen.add(`l=${language ?? '-'}`);
  let prev = '^';
  for (const w of words) {
    seen.add(`w=${w}`);
    seen.add(`b=${prev} ${w}`);
    prev = w;
    if (w.startsWith('<')) continue;
    const padded = `<${w}>`;
    for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) seen.add(`c=${padded.slice(i, i + n)}`);
  }
  return { features: [...seen], words: words.length };
}
