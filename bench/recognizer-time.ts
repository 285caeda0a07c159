import { performance } from 'node:perf_hooks';
import { understand } from '../src/understanding/index.js';
import { corpusPath, loadCorpus } from './intent-metrics.js';

export interface RecognizerResult {
  readonly utterances: number;
  /** Mean over the whole corpus, µs per utterance. */
  readonly meanMicros: number;
  /** Slowest single utterance (mean of 20 repeats), µs. */
  readonly maxMicros: number;
}

/** `understand` over the tuning corpus (test/corpus/utterances.jsonl), warm. */
export function measureRecognizer(root: string, passes = 30): RecognizerResult {
  const texts = loadCorpus(corpusPath('utterances', root)).map((u) => u.text);
  for (let i = 0; i < 5; i++) for (const t of texts) understand(t);
  const t0 = performance.now();
  for (let i = 0; i < passes; i++) for (const t of texts) understand(t);
  const meanMicros = ((performance.now() - t0) * 1000) / (passes * texts.length);
  let maxMicros = 0;
  for (const t of texts) {
    const s = performance.now();
    for (let i = 0; i < 20; i++) understand(t);
    maxMicros = Math.max(maxMicros, ((performance.now() - s) * 1000) / 20);
  }
  return { utterances: texts.length, meanMicros, maxMicros };
}
