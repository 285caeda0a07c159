/**
 * Negation and retraction: "don't reset my MFA", "never mind", "cancel the reset", "forget it",
 * and the weaker "leave my MFA alone" / "keep my phone number" (which, next to a reset request,
 * names what to keep rather than cancelling it).
 */
import { ACTIONS, KEEP_FAIL, MFA_STRONG, NEG_ACTIONS, NEG_FILLERS, PHONE_METHOD, type Concept } from './lexicon.js';
import type { Token } from './normalise.js';

export interface Negation {
  /** Index of the last strong negation ("don't reset", "never mind", "cancel"); -1 if none. */
  readonly at: number;
  /** Verbs the negation governs: they are not requests. */
  readonly verbs: ReadonlySet<number>;
  /** "leave my MFA alone", "keep my phone number". */
  readonly weak: boolean;
  /** Token ranges (after the "keep" / "leave") whose methods are to be kept. */
  readonly keepSpans: readonly (readonly [number, number])[];
}

const BARE_DONT = new Set(['do', 'not', 'please', 'pls', 'then', 'yet', 'now', 'ok', 'okay', 'no', 'sorry']);
/** What else gets cancelled in a story: a SIM, a contract, a trip … */
const CANCELLED_THINGS = new Set([
  'sim',
  'contract',
  'plan',
  'subscription',
  'card',
  'flight',
  'trip',
  'meeting',
  'order',
  'line',
  'esim',
  'booking',
  'leave',
  'holiday',
  'vacation',
]);
const OBJECT_DETERMINERS = new Set(['my', 'the', 'our', 'that', 'this', 'those', 'these']);
/** One named method (not MFA as a whole): what a refused verb on it keeps. */
const KEEPABLE: ReadonlySet<Concept | undefined> = new Set([...MFA_STRONG, ...PHONE_METHOD, 'email' as const].filter((k) => k !== 'mfa'));

export function findNegation(t: readonly Token[]): Negation {
  const w = (i: number): string => t[i]?.w ?? '';
  const c = (i: number): Concept | undefined => t[i]?.c;
  const n = t.length;
  let negation = -1;
  const negatedVerbs = new Set<number>();
  let weakNegation = false;
  const weakSpan: [number, number][] = [];
  /** The first word after a verb that is not a determiner ("don't touch my key" → "key"). */
  const objectAt = (j: number): number => {
    let k = j + 1;
    while (k < n && k <= j + 3 && OBJECT_DETERMINERS.has(w(k))) k++;
    return k;
  };
  const cancelsSomethingElse = (i: number): boolean => {
    if (CANCELLED_THINGS.has(w(objectAt(i))) || CANCELLED_THINGS.has(w(objectAt(i) + 1))) return true;
    const planned = w(i - 1) === 'to' && (w(i - 2) === 'about' || w(i - 2) === 'going');
    const happened = ['was', 'were', 'been', 'got', 'is', 'gets'].includes(w(i - 1));
    return (planned || happened) && !t.slice(i + 1, i + 5).some((y) => ACTIONS.has(y.c));
  };
  for (let i = 0; i < n; i++) {
    const x = w(i);
    const concept = c(i);
    if (concept === 'retract') {
      // "the SIM I'm about to cancel", "cancel my old contract", "my flight was cancelled": not the reset
      if ((x === 'cancel' || x === 'cancelled') && cancelsSomethingElse(i)) continue;
      negation = Math.max(negation, i);
      // "no need to reset anything", "cancel the reset", "hold off on the reset"
      for (let j = i + 1; j <= i + 5 && j < n; j++) if (ACTIONS.has(c(j))) negatedVerbs.add(j);
    } else if (
      (x === 'stop' && (n <= 3 || ['it', 'that', 'the', 'this', 'please', 'now', 'everything', 'all', 'my'].includes(w(i + 1)))) ||
      (x === 'ignore' && ['that', 'this', 'it', 'me', 'my', 'previous', 'last', 'the', 'what', 'above'].includes(w(i + 1))) ||
      (x === 'forget' &&
        ['the', 'my', 'about', 'this'].includes(w(i + 1)) &&
        (c(i + 2) === 'reset' || c(i + 3) === 'reset' || ['request', 'message', 'that', 'it'].includes(w(i + 2))))
    ) {
      negation = Math.max(negation, i);
      for (let j = i + 1; j <= i + 4 && j < n; j++) if (ACTIONS.has(c(j))) negatedVerbs.add(j);
    } else if (x === 'not' || x === 'never' || x === 'no') {
      const prev = w(i - 1);
      const preference = t.slice(Math.max(0, i - 4), i).some((y) => y.w === 'prefer' || y.w === 'rather');
      // "I can not sign in" states a problem; but "I will not need the reset" takes it back
      if (
        x === 'not' &&
        !preference &&
        c(i + 1) !== 'want' &&
        ['can', 'could', 'will', 'did', 'does', 'is', 'was', 'am', 'are', 'were', 'has', 'had', 'able'].includes(prev)
      )
        continue;
      if (x === 'not' && prev === 'have' && w(i - 2) !== 'i' && w(i - 2) !== 'you') continue;
      for (let j = i + 1; j <= i + 6 && j < n; j++) {
        const cj = c(j);
        if (ACTIONS.has(cj) || NEG_ACTIONS.has(w(j))) {
          if (x === 'no' && j > i + 2) break;
          // "clear my auth app only, don't touch anything else": keeps the rest, limits the request
          // (the verb stays negated: "please don't reset anything else" asks for nothing)
          if (['anything', 'everything', 'the'].includes(w(j + 1)) && ['else', 'rest', 'others'].includes(w(j + 2))) {
            weakNegation = true;
            weakSpan.push([i, j + 2]);
            negatedVerbs.add(j);
            break;
          }
          // "reset everything but don't touch my YubiKey": a verb refused on one named method keeps
          // that method; next to a request it limits the request (alone it is still a negation)
          const o = objectAt(j);
          if (x !== 'no' && (KEEPABLE.has(c(o)) || (c(o) === 'phone' && PHONE_METHOD.has(c(o + 1))))) {
            weakNegation = true;
            weakSpan.push([i, Math.min(n - 1, o + 1)]);
            negatedVerbs.add(j);
            break;
          }
          negation = Math.max(negation, i);
          negatedVerbs.add(j);
          // a light verb takes its object with it: "don't do the reset", "don't go ahead with the wipe"
          if (NEG_ACTIONS.has(w(j))) for (let k = j + 1; k <= j + 4 && k < n; k++) if (ACTIONS.has(c(k))) negatedVerbs.add(k);
          break;
        }
        if (!(
          NEG_FILLERS.has(w(j)) ||
          MFA_STRONG.has(cj) ||
          PHONE_METHOD.has(cj) ||
          cj === 'email' ||
          cj === 'phone' ||
          cj === 'want' ||
          cj === 'please' ||
          cj === 'methods' ||
          cj === 'all' ||
          // "I don't want my old number / the key / the fob removed": what is refused, described (round 16)
          (t.slice(i + 1, j).some((y) => y.c === 'want') &&
            (cj === 'old' ||
              cj === 'new' ||
              cj === 'number' ||
              OBJECT_DETERMINERS.has(w(j)) ||
              t[j]?.known === false ||
              ['key', 'keys', 'work', 'personal', 'backup', 'office'].includes(w(j))))
        ))
          break;
      }
      // "I don't need it anymore", "not needed"
      // ... but "I don't want it there / on my account" is a reason to remove it
      if (
        x === 'not' &&
        c(i + 1) === 'want' &&
        ['it', 'this', 'that', 'anymore', 'one', 'any', 'to', ''].includes(w(i + 2)) &&
        (w(i + 2) !== '' || n <= 4) &&
        !['there', 'on', 'in', 'listed', 'registered', 'attached', 'linked'].includes(w(i + 3))
      ) {
        // A retraction even after a request ("reset my MFA. actually I don't need it anymore"):
        // when in doubt, no card.
        negation = Math.max(negation, i);
      }
      if (x === 'no' && w(i + 1) === 'longer' && (c(i + 2) === 'want' || w(i + 2) === 'required')) negation = Math.max(negation, i);
    } else if (
      x === 'leave' &&
      ['it', 'them', 'that', 'everything', 'this'].includes(w(i + 1)) &&
      (i + 2 >= n || ['please', 'pls', 'be', 'alone', 'thanks', 'for', 'as'].includes(w(i + 2)))
    ) {
      weakNegation = true;
      weakSpan.push([i, i + 1]);
    } else if (x === 'leave' || x === 'keep' || x === 'keeping' || x === 'leaving') {
      for (let j = i + 1; j <= i + 7 && j < n; j++) {
        const y = w(j);
        if (
          y === 'alone' ||
          y === 'untouched' ||
          y === 'intact' ||
          y === 'be' ||
          (y === 'as' && (w(j + 1) === 'is' || w(j + 2) === 'is')) ||
          (y === 'the' && w(j + 1) === 'way')
        ) {
          weakNegation = true;
          weakSpan.push([i, j]);
          break;
        }
      }
      if ((x === 'keep' || x === 'keeping') && !weakNegation) {
        const obj = t.slice(i + 1, i + 4).some((y) => MFA_STRONG.has(y.c) || PHONE_METHOD.has(y.c) || y.c === 'email' || y.c === 'secKey' || y.c === 'methods');
        if (obj && !(w(i + 1) === 'getting' || w(i + 1) === 'asking' || KEEP_FAIL.has(w(i + 1)))) {
          weakNegation = true;
          weakSpan.push([i, Math.min(n - 1, i + 4)]);
        }
      }
    }
  }
  // a clause that is just "no" / "nope" / "nah, thanks"
  if (
    negation < 0 &&
    n <= 4 &&
    t.some((x) => x.w === 'no' || x.w === 'nope' || x.w === 'nah') &&
    t.every((x) => ['no', 'nope', 'nah', 'please', 'thanks', 'thank', 'you', 'sorry', 'not', 'now', 'way', 'again'].includes(x.w))
  ) {
    negation = 0;
  }

  // "reset my MFA. actually, don't.": a clause that is just "don't" takes the request back
  const bareDont = t.findIndex((x, i) => x.w === 'not' && w(i - 1) === 'do');
  if (negation < 0 && bareDont > 0 && n <= 5 && t.every((x) => BARE_DONT.has(x.w))) negation = bareDont;

  return { at: negation, verbs: negatedVerbs, weak: weakNegation, keepSpans: weakSpan };
}
