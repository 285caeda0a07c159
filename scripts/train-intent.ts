/**
 * `npm run train:intent`: trains the intent classifier (src/understanding/classifier/train.ts) on
 * every corpus in test/corpus/ except the fresh held-out sets (`blind*`), and writes
 * src/understanding/classifier/intent-model.json. Deterministic: rerunning it gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusPath, loadCorpus, trainingCorpusNames } from '../bench/intent-metrics.js';
import { serializeModel, train } from '../src/understanding/classifier/train.js';

function main(): void {
  const started = Date.now();
  const names = trainingCorpusNames();
  const examples = names.flatMap((n) => loadCorpus(corpusPath(n)));
  const model = train(examples);
  const out = resolve(process.cwd(), 'src', 'understanding', 'classifier', 'intent-model.json');
  const text = serializeModel(model);
  writeFileSync(out, text);
  console.log(
    `trained on ${examples.length} lines of ${names.length} corpora (${names.join(', ')}): ${model.features.length} features × ${model.classes.length} classes, ` +
      `${(text.length / 1024).toFixed(0)} KiB, ${((Date.now() - started) / 1000).toFixed(1)} s → ${out}`,
  );
}

main();
