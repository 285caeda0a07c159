/**
 * Typo tolerance: find the vocabulary word within Damerau-Levenshtein distance 1 of a word
 * ("authenticater" → "authenticator", "verfication" → "verification", "remvoe" → "remove").
 *
 * Symmetric-delete index, built once: every vocabulary word is stored under itself and under each
 * string obtained by deleting one of its letters. A query looks up itself and its own one-letter
 * deletions, which finds every word at distance 1 (substitution, insertion, deletion,
 * transposition) in O(length) map lookups; candidates are then checked with the exact
 * (optimal string alignment) distance, because two deletions can also pair up words at distance 2.
 */

const MIN_LENGTH = 5;

export class FuzzyIndex {
  private readonly index = new Map<string, string[]>();

  constructor(vocabulary: readonly string[]) {
    for (const word of vocabulary) {
      if (word.length < MIN_LENGTH) continue;
      this.add(word, word);
      for (let i = 0; i < word.length; i++) this.add(word.slice(0, i) + word.slice(i + 1), word);
    }
  }

  /** The closest vocabulary word at distance ≤ 1, or undefined. Words under 5 letters never match. */
  lookup(word: string): string | undefined {
    if (word.length < MIN_LENGTH || word.length > 30) return undefined;
    let best = this.check(word, this.index.get(word));
    if (best !== undefined) return best;
    for (let i = 0; i < word.length; i++) {
      best = this.check(word, this.index.get(word.slice(0, i) + word.slice(i + 1)));
      if (best !== undefined) return best;
    }
    return undefined;
  }

  private check(word: string, candidates: readonly string[] | undefined): string | undefined {
    if (candidates === undefined) return undefined;
    for (const c of candidates) if (c.length >= MIN_LENGTH && withinOne(word, c)) return c;
    return undefined;
  }

  private add(key: string, word: string): void {
    const list = this.index.get(key);
    if (list === undefined) this.index.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  }
}

/** True when the optimal-string-alignment distance between a and b is at most 1. Linear time. */
export function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // one substitution, or one transposition of neighbours
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // one insertion / deletion
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
