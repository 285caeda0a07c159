import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusNames, corpusPath, loadCorpus, trainingCorpusNames } from '../../bench/intent-metrics.js';
import { RESCUE_THRESHOLD, classify } from '../../src/understanding/classifier/index.js';
import { serializeModel, train } from '../../src/understanding/classifier/train.js';
import { understand, understandRules } from '../../src/understanding/index.js';

// Only the corpora the classifier may be trained on: a fresh blind set is never read here.
const names = trainingCorpusNames();
const lines = names.flatMap((n) => loadCorpus(corpusPath(n)).map((u) => ({ ...u, corpus: n })));

describe('the intent classifier', () => {
  it('is trained on every corpus except the fresh blind sets', () => {
    expect(names.some((n) => n.startsWith('blind'))).toBe(false);
    expect(names.length).toBe(corpusNames().filter((n) => !n.startsWith('blind')).length);
    expect(names).toContain('utterances');
  });

  it('retrains to the committed model, byte for byte (deterministic training)', () => {
    const committed = readFileSync(resolve(process.cwd(), 'src/understanding/classifier/intent-model.json'), 'utf8');
    expect(serializeModel(train(lines)) === committed).toBe(true);
  }, 300_000); // about 20 s alone; several minutes on a shared 2-core machine with the other test files running beside it

  it('is deterministic and gives a probability distribution', () => {
    const a = classify('my authenticator is gone, what now', 'en');
    expect(classify('my authenticator is gone, what now', 'en')).toEqual(a);
    const sum = Object.values(a.probs).reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(a.probs[a.top]).toBe(Math.max(...Object.values(a.probs)));
  });
});

describe('the rescue of would-be dead ends', () => {
  const results = lines.map((u) => {
    const opts = { locale: u.locale ?? 'en-US' };
    return { u, rules: understandRules(u.text, opts), both: understand(u.text, opts) };
  });

  it("never makes a reset card: the lines with a card are exactly the rules' own, with the same card", () => {
    const key = (r: (typeof results)[number]): string => `${r.u.corpus}:${r.u.line}`;
    const rulesCards = results.filter((r) => r.rules.intent.type === 'reset').map(key);
    const cards = results.filter((r) => r.both.intent.type === 'reset').map(key);
    expect(cards).toEqual(rulesCards);
    for (const r of results) if (r.rules.intent.type === 'reset') expect(r.both).toEqual(r.rules);
  });

  it('only turns a non-guard, non-prompt answer into clarify, and says so in explain', () => {
    let fired = 0;
    for (const r of results) {
      if (r.both === r.rules || JSON.stringify(r.both) === JSON.stringify(r.rules)) {
        expect(r.both.explain).not.toContain('clf:');
        continue;
      }
      fired++;
      expect(r.both.intent).toEqual({ type: 'clarify' });
      expect(['aboutMfa', 'greeting', 'thanks', 'unknown', 'otherUser']).toContain(r.rules.intent.type);
      // someone else's account only when the rules found a person and no one named as the target
      if (r.rules.intent.type === 'otherUser') {
        expect(r.rules.explain.split('|')).toContain('person-without-target');
        expect(r.rules.targets).toEqual([]);
      }
      expect(r.rules.unsupportedLanguage).toBe(false);
      expect(r.both.explain).toMatch(/^.*\|clf:rescue:(0\.\d\d|1\.00)$/);
      expect(Number(r.both.explain.split('clf:rescue:')[1])).toBeGreaterThanOrEqual(RESCUE_THRESHOLD);
      expect(r.both.explain.startsWith(r.rules.explain)).toBe(true);
    }
    expect(fired).toBeGreaterThan(0);
  });

  it('turns a clear would-be dead end into a clarify prompt, never a card', () => {
    // the rules read it as a question about MFA (no card, no prompt): a locked-out user with a dead phone
    const text = 'non riesco a entrare perché mi chiede il codice di verifica ma il telefono non si accende più';
    const rules = understandRules(text, { locale: 'it-IT' });
    expect(rules.intent.type).toBe('aboutMfa');
    const got = understand(text, { locale: 'it-IT' });
    expect(got.intent).toEqual({ type: 'clarify' });
    expect(got.explain).toMatch(/\|clf:rescue:0\.\d\d$/);
  });

  it('leaves empty and symbol-only messages, help, and guards to the rules', () => {
    expect(understand('').intent.type).toBe('help');
    expect(understand('?').intent.type).toBe('help');
    expect(understand('I need help with my MFA').intent.type).toBe('help');
    expect(understand("don't reset my MFA").intent.type).toBe('negation');
    expect(understand('reset MFA for kim@contoso.com').intent.type).toBe('otherUser');
  });
});
