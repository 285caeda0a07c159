import { describe, expect, it } from 'vitest';
import { type LabeledUtterance, corpusNames, corpusPath, evaluate, formatEvaluation, loadCorpus, sameScope } from '../bench/intent-metrics.js';
import { FuzzyIndex, withinOne } from '../src/understanding/en/fuzzy.js';
import { combine } from '../src/understanding/en/scope.js';
import { understand } from '../src/understanding/index.js';
import type { Intent, ResetScope } from '../src/understanding/types.js';

const corpus = loadCorpus(corpusPath('utterances'));

const type = (text: string): Intent['type'] => understand(text, { locale: 'en-US' }).intent.type;
const scopeOf = (text: string): ResetScope | undefined => {
  const r = understand(text, { locale: 'en-US' }).intent;
  return r.type === 'reset' ? r.scope : undefined;
};

describe('the labelled corpus (tuning set)', () => {
  const e = evaluate(corpus, understand);
  const report = formatEvaluation('corpus', e);

  it('has at least 300 utterances, every card labelled with its scope, and no duplicates', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((u) => u.expect === 'card' && u.scope === undefined)).toEqual([]);
    expect(new Set(corpus.map((u) => u.text.toLowerCase())).size).toBe(corpus.length);
  });

  it('never offers a card for a negation or for someone else', () => {
    expect(e.all.guarded).toBeGreaterThan(60);
    expect(e.all.cardsOnGuarded, report).toBe(0);
  });

  it('has no dead ends, no cards on non-requests, and the scope right on every card', () => {
    expect(e.all.deadEnds, report).toBe(0);
    expect(e.all.cardsOnNonRequests, report).toBe(0);
    expect(e.all.scopeCorrect, report).toBe(e.all.scopeTotal);
  });

  it('is at least 98% as labelled overall (the tuning set is held to a high bar)', () => {
    // relabelled lines (README "Understanding") carry the new decisions, not the old ones
    expect(e.all.correct / e.all.n, report).toBeGreaterThanOrEqual(0.98);
  });
});

// Every other corpus: the sets that were held out or blind once and have since been tuned on
// (`tuned-*`: the old held-out sets, relabelled into the new intent set, and the blind sets of
// issues 12 and 14; see README "Understanding") and the multilingual tuning set. A fresh `blind*`
// set (not yet tuned on) is a measurement, reported by `npm run bench:intent`, not a gate: tests
// that had to pass on it would invite tuning on it.
const others = corpusNames().filter((n) => n !== 'utterances' && !n.startsWith('blind'));
/** Dead ends recorded after the round-3 fixes where they exceed 6% (README "Understanding"): a regression bound, not the goal. */
// tuned-blind5-lookalike has 12 requests, so one dead end is 8.3%: after the round-5 English fixes the one left is Dutch
// tuned-blind10-people-en and tuned-blind10-mixed-intl: only round 10's main class (a person in the story, the MFA the
// sender's own) was fixed; 8 dead ends each are left (README "After fixing classes (tenth round)")
const DEAD_END_BOUND: Readonly<Record<string, number>> = {
  'tuned-blind3-executive': 4,
  'tuned-blind3-lookalike': 6,
  'tuned-blind5-lookalike': 1,
  'tuned-blind10-people-en': 8,
  'tuned-blind10-mixed-intl': 8,
  // round 13: pasted tickets whose "User:" / "Contact:" address the benchmark cannot know as the
  // sender's (in Teams it is `opts.self`), and world-English slang the rules do not place yet
  'tuned-blind13-pasted-en': 4,
  'tuned-blind13-world-en': 3,
  // round 18: long e-mail-style messages; left are a hedge read as the list ("let me know what my options are"),
  // "they say it'll take three days" (the repair shop) read as someone else's, and advice asked after a colleague's story
  'tuned-blind18-longmail-en': 3,
  // round 19: the newer methods described, with no problem word the lexicons know ("the face thing on my Mac
  // stopped working … asks for my password", "Shop floor tablet asks for a PIN after I scan the QR")
  'tuned-blind19-newmethods-en': 4,
  // round 20: bare answers with no card to answer ("yes", "the second one", "all of them", "option 2") and keyword-only
  // messages; "whose" sets: a sender writing about themselves in the third person ("Dave needs his MFA reset")
  'tuned-blind20-commands-en': 6,
  'tuned-blind20-whose-en': 3,
  'tuned-blind20-whose-intl': 3,
  // round 21: changes of mind; left are "Authenticator app reset please, no wait, the app's fine, it's my key fob …"
  // (the correction names the method in a clause with a person-like "it's my"), "for ME only, I was going to ask for my
  // manager too" (the person it is not for, after a correction) and "final answer: just the authenticator"
  'tuned-blind21-changemind-en': 3,
};
describe.each(others)('the corpus %s', (name) => {
  const items: LabeledUtterance[] = loadCorpus(corpusPath(name));
  const e = evaluate(items, understand);
  const report = formatEvaluation(name, e);

  it('never offers a card for a negation or for someone else', () => {
    expect(e.all.cardsOnGuarded, report).toBe(0);
  });

  it('offers a card on at most 3% of the non-requests', () => {
    expect(e.all.cardsOnNonRequests / Math.max(1, e.all.nonRequests), report).toBeLessThanOrEqual(0.03);
  });

  // The goal is 3%; after the fixes tuned-blind-en is at 3.1% and tuned-blind-lookalike at 5.1%
  // (README "Understanding"), so this guards against regressions, it does not claim the goal.
  it('leaves at most 6% of the requests at a dead end (or its recorded count)', () => {
    const bound = DEAD_END_BOUND[name];
    if (bound === undefined) expect(e.all.deadEnds / Math.max(1, e.all.requests), report).toBeLessThanOrEqual(0.06);
    else expect(e.all.deadEnds, report).toBeLessThanOrEqual(bound);
  });
});

describe.each(corpusNames().filter((n) => n.startsWith('blind')))('the fresh blind set %s', (name) => {
  it('is well formed: known labels, a scope on every card (unless its writer left it open), no duplicate lines', () => {
    const items = loadCorpus(corpusPath(name));
    expect(items.length).toBeGreaterThan(50);
    for (const u of items) if (u.expect === 'card' && u.scopeOpen !== true) expect(u.scope, `line ${u.line}`).toBeDefined();
    expect(new Set(items.map((u) => u.text)).size).toBe(items.length);
  });
});

describe('understand (English)', () => {
  it('strips a Teams @mention before recognising', () => {
    // The bot's own name ("MFA Reset") must not be read as a request.
    expect(type('<at>MFA Reset</at>')).toBe('help');
    expect(type('<at>MFA Reset</at> hello')).toBe('greeting');
    expect(type('<at>MFA Reset</at>&nbsp;please reset my 2FA')).toBe('reset');
    expect(type('<at id="0">MFA Reset</at> reset MFA for <at id="1">Kim Akers</at>')).toBe('otherUser');
    expect(type('hey <at>MFA Reset</at>, can you reset my MFA?')).toBe('reset');
  });

  it('strips other HTML tags and entities', () => {
    expect(type('<div><p>please&nbsp;reset&nbsp;my <b>MFA</b></p></div>')).toBe('reset');
    expect(type('don&#39;t reset my MFA')).toBe('negation');
    expect(type('don&rsquo;t wipe my authenticator')).toBe('negation');
  });

  it('bounds the work on a 100 kB message', () => {
    const filler = ' lorem ipsum dolor sit amet, <i>consectetur</i> adipiscing elit &amp; more.'.repeat(1_400);
    expect(filler.length).toBeGreaterThan(100_000);
    expect(type(`Please reset my MFA, I lost my phone.${filler}`)).toBe('reset');
    expect(type(`${filler} Sorry, reset my MFA... actually never mind`)).toBe('negation');
    expect(type(filler)).toBe('unknown');
    // pathological input for the markup and URL handling still returns
    expect(type('<'.repeat(100_000))).toBe('help'); // nothing but symbols, like "?"
    expect(type(`<at>${'a'.repeat(100_000)}`)).toBe('unknown');
    expect(type('&'.repeat(50_000) + 'reset my mfa')).toBe('reset');
    expect(type('x'.repeat(100_000))).toBe('unknown');
  });

  it('handles empty and symbol-only input', () => {
    expect(type('')).toBe('help');
    expect(type('   ')).toBe('help');
    expect(type('?')).toBe('help');
    expect(type('👋')).toBe('greeting');
    expect(type('👍')).toBe('help');
  });

  it('corrects typos, and ignores case, punctuation and emoji', () => {
    for (const text of [
      'rest my mfa',
      'resett my MFA',
      'reset multifactor authentification',
      'reset my verfication methods',
      'RESET MY MFA!!!',
      'reset my mfa 😩😩',
      'pleeease reset my 2fa',
    ]) {
      expect(type(text), text).toBe('reset');
    }
    expect(scopeOf('authenticater not working, reset it please')).toEqual({ kind: 'authenticator' });
  });

  it('understands abbreviations and synonyms for MFA and for resetting', () => {
    for (const text of [
      'reset my 2FA',
      'reset 2SV',
      'clear my multi-factor',
      'wipe my multifactor',
      'reset two-step verification',
      'reset my two factor auth',
      'reset my security info',
      'remove all my verification methods',
      'clear my sign-in methods',
      'I need to re-register for MFA',
      're-enroll me in MFA',
      're-setup my mfa',
      'delete my MFA',
      'I want to start over with MFA',
    ]) {
      expect(type(text), text).toBe('reset');
    }
  });

  it('asks (clarify) about a problem that never says "reset", with the full scope for a lost or new phone', () => {
    // A card needs a request; a symptom alone gets the prompt (Reset my MFA / Remove one method / ...).
    for (const text of [
      "I got a new phone and my authenticator doesn't have my work account anymore",
      "lost my phone, can't approve sign-in requests",
      "I'm stuck in an MFA loop",
      'my phone was stolen',
    ]) {
      expect(understand(text).intent, text).toEqual({ type: 'clarify', scope: { kind: 'all' } });
    }
    expect(understand('my authenticator app broke after the update').intent).toEqual({ type: 'clarify', scope: { kind: 'authenticator' } });
    // ...and a request beside the problem is a card
    expect(scopeOf('my phone was stolen, please reset my MFA')).toEqual({ kind: 'all' });
    expect(scopeOf('I lost my yubikey, please remove it')).toEqual({ kind: 'securityKey' });
  });

  it('treats a question about how to reset my own MFA as a request, and questions about consequences as aboutMfa', () => {
    expect(type('can you reset my MFA?')).toBe('reset');
    expect(type('how do I reset my MFA?')).toBe('reset');
    expect(type('is it possible to reset my 2FA?')).toBe('reset');
    expect(type('should I reset my MFA?')).toBe('aboutMfa');
    expect(type('what happens if I reset my MFA?')).toBe('aboutMfa');
    expect(type('will resetting my MFA delete my password?')).toBe('aboutMfa');
  });

  it("never offers a card for someone else's MFA", () => {
    for (const text of [
      "please wipe Maria's authenticator",
      'clear MFA for kim@fabrikam.com',
      'how do managers reset MFA for their staff',
      'my colleague lost her phone, can you reset her MFA',
      'reset 2FA for jsmith',
      'reset MFA for my whole team',
      "Can I reset someone else's MFA?",
    ]) {
      expect(type(text), text).toBe('otherUser');
    }
    // ...but a person who only told the sender what to do does not make it someone else's
    expect(type('my manager told me to reset my MFA')).toBe('reset');
    expect(type("I'm a manager, please reset my 2FA")).toBe('reset');
  });

  it('never offers a card for a negation, and lets the later statement win', () => {
    for (const text of ['please leave my MFA alone', 'forget it', "don't reset my MFA", 'never mind', 'no need to reset anything', 'cancel the reset']) {
      expect(type(text), text).toBe('negation');
    }
    expect(type('reset my MFA... actually never mind')).toBe('negation');
    expect(type('never mind what I said earlier, please reset my MFA')).toBe('reset');
    expect(type("I don't know how to reset my MFA, can you do it?")).toBe('reset');
    expect(type("don't reset anything, just show me my methods")).toBe('list');
  });

  it('treats past events and general questions as aboutMfa', () => {
    for (const text of [
      'I fixed my authenticator last week',
      'why does the company require MFA?',
      'what is MFA?',
      'I already reset my MFA yesterday and it works now',
      'the helpdesk reset my mfa on monday',
      'what happens if I lose my phone?',
    ]) {
      expect(type(text), text).toBe('aboutMfa');
    }
  });

  it('does not confuse a password, a device or an app with MFA', () => {
    expect(type('reset my password')).toBe('password');
    expect(type('reset my password, not my MFA')).toBe('password');
    expect(type('wipe my phone')).toBe('unknown');
    expect(type('clear my Teams cache')).toBe('unknown');
    expect(type('my teams notifications are not working')).toBe('unknown');
    expect(type('I need a new phone')).toBe('unknown');
  });

  it('narrows the scope to the method named', () => {
    const cases: [string, ResetScope][] = [
      ['reset my authenticator app', { kind: 'authenticator' }],
      ['take my old phone number off MFA', { kind: 'phone' }],
      ['remove my office phone', { kind: 'phone', phoneType: 'office' }],
      ['delete my backup phone number', { kind: 'phone', phoneType: 'alternateMobile' }],
      ['remove my mobile number from 2FA', { kind: 'phone', phoneType: 'mobile' }],
      ['remove the sms option', { kind: 'phone', phoneType: 'mobile' }],
      ['clear the backup mobile number on my mfa', { kind: 'phone', phoneType: 'alternateMobile' }],
      ['remove my hardware OATH token', { kind: 'other', methodKinds: ['hardwareOath'] }],
      ['remove the email from my security info', { kind: 'email' }],
      ['remove my security key', { kind: 'securityKey' }],
      ['delete my yubikey', { kind: 'securityKey' }],
      ['remove my passkey', { kind: 'securityKey' }],
      ['remove windows hello', { kind: 'other', methodKinds: ['windowsHelloForBusiness'] }],
      ['remove my OATH token', { kind: 'other', methodKinds: ['softwareOath', 'hardwareOath'] }],
      ['reset my MFA', { kind: 'all' }],
    ];
    for (const [text, scope] of cases) {
      const got = scopeOf(text);
      expect(got, text).toBeDefined();
      expect(sameScope(got ?? { kind: 'all' }, scope), `${text}: ${JSON.stringify(got)}`).toBe(true);
    }
  });

  it('combines several named methods, and leaves out the ones to keep', () => {
    const both = scopeOf('remove my authenticator and my phone number');
    expect(both?.kind).toBe('other');
    expect(both?.kind === 'other' ? [...both.methodKinds].sort() : []).toEqual(['microsoftAuthenticator', 'passwordlessMicrosoftAuthenticator', 'phone']);
    const allBut = scopeOf('reset everything except my yubikey');
    expect(allBut?.kind === 'other' && !allBut.methodKinds.includes('fido2') && allBut.methodKinds.includes('phone')).toBe(true);
    expect(allBut?.kind === 'other' && allBut.methodKinds.includes('password')).toBe(false);
    expect(scopeOf('reset my authenticator but keep my phone number')).toEqual({ kind: 'authenticator' });
  });

  it('recognises help, greetings and list requests', () => {
    expect(type('help')).toBe('help');
    expect(type('what can you do')).toBe('help');
    expect(type('hi')).toBe('greeting');
    expect(type('hello there 👋')).toBe('greeting');
    expect(type('good morning')).toBe('greeting');
    expect(type('show my MFA methods')).toBe('list');
    expect(type('which verification methods do I have registered')).toBe('list');
  });

  it('is deterministic and keeps no state between calls', () => {
    const texts = corpus.slice(0, 50).map((u) => u.text);
    const first = texts.map((t) => JSON.stringify(understand(t)));
    const second = [...texts]
      .reverse()
      .map((t) => JSON.stringify(understand(t)))
      .reverse();
    expect(second).toEqual(first);
  });
});

describe('typo tolerance (Damerau-Levenshtein ≤ 1)', () => {
  it('accepts one substitution, insertion, deletion or transposition, and nothing more', () => {
    expect(withinOne('authenticator', 'authenticater')).toBe(true);
    expect(withinOne('verification', 'verfication')).toBe(true);
    expect(withinOne('remove', 'remvoe')).toBe(true);
    expect(withinOne('phone', 'phones')).toBe(true);
    expect(withinOne('reset', 'rseet')).toBe(true);
    expect(withinOne('reset', 'rsete')).toBe(false);
    expect(withinOne('reset', 'rest!!')).toBe(false);
  });

  it('only corrects words of five letters or more towards the vocabulary', () => {
    const index = new FuzzyIndex(['authenticator', 'reset', 'phone']);
    expect(index.lookup('autenticator')).toBe('authenticator');
    expect(index.lookup('resett')).toBe('reset');
    expect(index.lookup('phne')).toBeUndefined();
    expect(index.lookup('telephone')).toBeUndefined();
  });
});

describe('scope combination', () => {
  it('is everything with no mention, the family with one, and a union with several', () => {
    expect(combine([], [], false)).toEqual({ kind: 'all' });
    expect(combine([{ kind: 'email' }, { kind: 'email' }], [], false)).toEqual({ kind: 'email' });
    expect(
      combine(
        [
          { kind: 'phone', phoneType: 'office' },
          { kind: 'phone', phoneType: 'mobile' },
        ],
        [],
        false,
      ),
    ).toEqual({ kind: 'phone' });
    expect(combine([{ kind: 'email' }, { kind: 'securityKey' }], [], false)).toEqual({ kind: 'other', methodKinds: ['email', 'fido2'] });
    expect(combine([{ kind: 'email' }], [], true)).toEqual({ kind: 'all' });
  });
});
