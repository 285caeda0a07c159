/**
 * Phrase patterns over folded words. A pattern is words separated by spaces; a word ending in `*`
 * matches any word with that prefix; `..` skips up to three words (same clause). Patterns are
 * indexed by their first word's first three letters, so a message costs about one Map lookup per
 * word plus the few candidate patterns that start like it.
 */
import type { Word } from './text.js';

interface Step {
  readonly text: string;
  readonly prefix: boolean;
  readonly gap: boolean;
}

export interface Pattern {
  readonly source: string;
  readonly steps: readonly Step[];
}

export interface Match {
  readonly source: string;
  readonly start: number;
  /** Index after the last matched word. */
  readonly end: number;
  readonly clause: number;
}

const MAX_GAP = 3;

export class PatternSet {
  private readonly index = new Map<string, Pattern[]>();

  constructor(sources: readonly string[]) {
    for (const source of sources) {
      const steps = source
        .trim()
        .split(/\s+/)
        .map((t): Step =>
          t === '..'
            ? { text: '', prefix: false, gap: true }
            : t.endsWith('*')
              ? { text: t.slice(0, -1), prefix: true, gap: false }
              : { text: t, prefix: false, gap: false },
        );
      const first = steps[0];
      if (first === undefined || first.gap || first.text === '') continue;
      const key = first.text.slice(0, 3);
      const list = this.index.get(key) ?? [];
      list.push({ source, steps });
      this.index.set(key, list);
    }
  }

  /** Every match, left to right (overlaps allowed). */
  matches(words: readonly Word[]): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]?.w ?? '';
      const candidates = this.index.get(w.slice(0, 3));
      if (candidates === undefined) continue;
      for (const p of candidates) {
        const end = matchAt(p.steps, words, i);
        if (end >= 0) out.push({ source: p.source, start: i, end, clause: words[i]?.clause ?? 0 });
      }
    }
    return out;
  }
}

function wordMatches(step: Step, w: string): boolean {
  return step.prefix ? w.startsWith(step.text) : w === step.text;
}

/** The end index of a match of `steps` starting at word `i`, or -1. */
function matchAt(steps: readonly Step[], words: readonly Word[], i: number): number {
  const clause = words[i]?.clause;
  let pos = i;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.gap) {
      const next = steps[s + 1];
      if (next === undefined) return pos;
      for (let k = 0; k <= MAX_GAP; k++) {
        const word = words[pos + k];
        if (word === undefined || word.clause !== clause) return -1;
        if (wordMatches(next, word.w)) {
          const rest = matchAt(steps.slice(s + 1), words, pos + k);
          if (rest >= 0) return rest;
        }
      }
      return -1;
    }
    const word = words[pos];
    if (word === undefined || word.clause !== clause || !wordMatches(step, word.w)) return -1;
    pos++;
  }
  return pos;
}
