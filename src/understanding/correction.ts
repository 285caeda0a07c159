/**
 * Round 21: a request narrowed or corrected inside the same message, in every language ("Bitte alles
 * zurücksetzen, nein warte, nur die SMS", "réinitialisez tout, non attendez, en fait juste l'appli",
 * "Resetea el token, perdón, quise decir el SMS", "reset my mfa pls. edit: only the authenticator",
 * "remove my authenticator app *phone number"): what the sender wants by the end of the message is
 * the request, so the methods the correction names are the scope.
 *
 * Deliberately narrow, because it can only move a request's scope, never make a request:
 *  - the text before the marker must itself read as a request for a reset (the lexicon engine's
 *    `reset` on the head alone);
 *  - the message's own decision must already be a reset or the clarify prompt (never a decline:
 *    someone else, a negation, an attack, a question keep their answer);
 *  - the correction (the text after the marker) must name methods, or everything, or only keep
 *    something; and it must be short (six words) or limited ("only", "nur", "juste", "solo", "só",
 *    "alleen", "tylko"), with no negator, retraction, problem, question, plan, person or attack of
 *    its own ("… actually no, not the key" is left to the rules, which ask).
 */
import { scopeFrom, decide } from './decide.js';
import { factsOf } from './facts.js';
import type { Facts } from './facts.js';
import { tokenize } from './text.js';
import type { Intent, Locale, ResetScope } from './types.js';

/** Markers that introduce a correction, on accent-folded lower-case text. */
const MARKERS: Readonly<Record<Locale, RegExp>> = {
  en: /(?:^|[\s,.;:!?()-])(?:actually(?:\s*,?\s*no)?|no\s+wait|wait|i\s+meant?|sorry\s*,?\s*i\s+meant?|scratch\s+that|correction\s*:|edit\s*:|on\s+second\s+thoughts?|make\s+that|or\s+rather|my\s+bad|oops)(?=$|[\s,.;:!?-])|\s\*(?=\w)/g,
  de: /(?:^|[\s,.;:!?()-])(?:nein\s*,?\s*warte|warte(?:\s+mal)?|moment(?:\s+mal)?|ich\s+meinte?|sorry\s*,?\s*ich\s+meinte?|korrektur\s*:?|eigentlich|ach\s+(?:nee|nein)|oder\s+besser|besser|lieber|edit\s*:)(?=$|[\s,.;:!?-])|\s\*(?=\w)/g,
  fr: /(?:^|[\s,.;:!?()-])(?:non\s*,?\s*attendez|attendez|attends|en\s+fait|je\s+voulais\s+dire|je\s+veux\s+dire|ou\s+plutot|plutot|correction\s*:?|pardon|enfin|edit\s*:)(?=$|[\s,.;:!?-])|\s\*(?=\w)/g,
  es: /(?:^|[\s,.;:!?()-])(?:no\s*,?\s*espera|espera(?:d)?|(?:perdon\s*,?\s*)?quise\s+decir|quiero\s+decir|mejor|en\s+realidad|corrijo\s*:?|o\s+sea|perdon|edit\s*:)(?=$|[\s,.;:!?-])|\s\*(?=\w)/g,
  pt: /(?:^|[\s,.;:!?()-])(?:nao\s*,?\s*espera|espera|quer\s+dizer|quis\s+dizer|alias|na\s+verdade|ou\s+melhor|melhor|pensando\s+bem|corrigindo\s*:?|edit\s*:)(?=$|[\s,.;:!?-])|\s\*(?=\w)/g,
  it: /(?:^|[\s,.;:!?()-])(?:anzi(?:\s+no)?|no\s*,?\s*aspetta(?:te)?|aspetta(?:te)?|cioe|volevo\s+dire|intendevo|in\s+realta|meglio|edit\s*:)(?=$|[\s,.;:!?-])|\s\*(?=\w)/g,
  nl: /(?:^|[\s,.;:!?()-])(?:nee\s*,?\s*wacht|wacht(?:\s+even)?|ik\s+bedoel(?:de)?|sorry\s*,?\s*ik\s+bedoel(?:de)?|eigenlijk|beter\s+gezegd|correctie\s*:?|edit\s*:)(?=$|[\s,.;:!?-])|\s\*(?=\w)/g,
  pl: /(?:^|[\s,.;:!?()-])(?:a\s+nie|jednak|czekaj(?:cie)?|w[lł]a[sś]ciwie|chodzi[lł]o\s+mi\s+o|mia[lł][ae]m\s+na\s+my[sś]li|to\s+znaczy|znaczy|poprawka\s*:?|edit\s*:)(?=$|[\s,.;:!?-])|\s\*(?=\w)/g,
};

/** A "no" right after the marker ("actually no, just …", "anzi no, …") belongs to it. */
const LEADING_NO = /^[\s,.;:!?…-]*(?:(?:no|nein|non|nee|nao|nie|ne|nope)\b[\s,.;:!?…-]*)*/;
/** Negators in any of our languages: a correction with one of its own is left to the rules. */
const NEGATOR =
  /\b(?:not|no|don'?t|dont|never|nothing|nicht|kein\w*|nie|nichts|ne|pas|non|jamais|rien|nunca|nada|nao|ninguno|nenhum\w*|niente|nulla|mai|nessun\w*|niet|geen|nooit|niets|nic|zadn\w*)\b/;
/** "… die Nummer passt", "the SMS is fine": a method in the correction said to be fine is kept; left to the rules. */
const FINE =
  /\b(?:passt|ok|okay|fine|good|gut|goed|prima|bien|bom|boa|bene|dobrze|dobry|funktioniert|works?|working|marche|fonctionne|funciona|funziona|werkt|dziala|geht|bleibt|stays?|reste|queda|fica|resta|blijft|zostaje)\b/;
/** "only", in each language. */
const LIMIT =
  /\b(?:only|just|nur|bloss|lediglich|juste|seulement|uniquement|solo|solamente|unicamente|so|somente|apenas|soltanto|alleen|enkel|slechts|tylko|jedynie)\b/;

/** "the app" in a correction of an MFA request is the Authenticator app ("en fait juste l'appli", "jednak tylko aplikację"). */
const APP = /\b(?:app|apps|appli|application|applikation|aplicacion|aplicativo|aplicacao|applicazione|aplikacj\w*|apke|apka|apki)\b/;
/** Words that may stand beside the methods in a bare correction: articles, possessives, "old" / "new", "please". */
const FILLER = new Set([
  'the',
  'my',
  'old',
  'new',
  'one',
  'please',
  'pls',
  'too',
  'also',
  'that',
  'this',
  'instead',
  'die',
  'der',
  'das',
  'den',
  'dem',
  'mein',
  'meine',
  'meinen',
  'alte',
  'alten',
  'neue',
  'bitte',
  'doch',
  'halt',
  'eben',
  'le',
  'la',
  'les',
  'l',
  'mon',
  'ma',
  'mes',
  'ancien',
  'ancienne',
  'svp',
  'stp',
  'seul',
  'seule',
  'el',
  'los',
  'las',
  'mi',
  'mis',
  'viejo',
  'antiguo',
  'porfa',
  'favor',
  'por',
  'o',
  'a',
  'os',
  'as',
  'meu',
  'minha',
  'antigo',
  'antiga',
  'velho',
  'il',
  'lo',
  'gli',
  'i',
  'mio',
  'mia',
  'vecchio',
  'vecchia',
  'grazie',
  'de',
  'het',
  'mijn',
  'oude',
  'nieuwe',
  'toch',
  'graag',
  'aub',
  'moja',
  'moje',
  'moj',
  'moja',
  'stara',
  'stary',
  'stare',
  'prosze',
  'ta',
  'ten',
  'to',
]);

const ALL = new Set(['all', 'everything', 'alles', 'tout', 'todo', 'tudo', 'tutto', 'wszystko', 'mfa', '2fa']);

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const quiet = (f: Facts): boolean =>
  !f.retract &&
  !f.dontReset &&
  !f.negatedReset &&
  !f.other &&
  f.security === undefined &&
  !f.asked &&
  !f.question &&
  !f.future &&
  !f.past &&
  !f.sarcasm &&
  !f.password &&
  !f.undo &&
  !f.problem &&
  !f.doubt;

/** Every word of the correction is a method's, "all", an app word or filler. */
function bare(tail: string, tf: Facts): boolean {
  const words = tokenize(tail).words;
  const covered = (i: number): boolean => tf.methods.some((h) => h.match.start <= i && i < h.match.end);
  return words.every((x, i) => covered(i) || FILLER.has(x.w) || ALL.has(x.w) || APP.test(x.w) || /^\d+$/.test(x.w) || x.w.length <= 1);
}

export interface Corrected {
  readonly intent: Intent;
  readonly rule: string;
}

/**
 * The request as corrected, or undefined when the message has no correction this reads with
 * confidence. `decided` is the message's own decision; `vocabulary` turns the sender's description of
 * a method into its name (English only; identity elsewhere).
 */
export function readCorrection(
  raw: string,
  language: Locale,
  selfEmails: ReadonlySet<string>,
  decided: Intent,
  full: Facts,
  vocabulary: (s: string) => string = (s) => s,
): Corrected | undefined {
  if (decided.type !== 'reset' && decided.type !== 'clarify') return undefined;
  // nothing in the whole message that makes it a prompt for its own reason (sarcasm, a plan, doubt, someone else)
  if (full.other || full.sarcasm || full.future || full.doubt || full.security !== undefined || full.personalAccount || full.password) return undefined;
  const text = fold(raw);
  const re = new RegExp(MARKERS[language].source, 'g');
  const ends: { readonly at: number; readonly end: number }[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    ends.push({ at: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  // markers in a row are one ("a nie, jednak …", "nein warte, eigentlich …"): the head ends before the first
  const chains: { at: number; end: number }[] = [];
  for (const e of ends) {
    const last = chains[chains.length - 1];
    if (last !== undefined && /^[\s,.;:!?…-]*(?:(?:no|nein|non|nee|nao|nie|ne|nope)\b[\s,.;:!?…-]*)*$/.test(text.slice(last.end, e.at))) last.end = e.end;
    else chains.push({ ...e });
  }
  // the last correction wins ("reset all, wait, only the app, no wait, only the SMS")
  for (const { at, end } of chains.reverse()) {
    const head = text.slice(0, at);
    const tail = text.slice(end).replace(LEADING_NO, '');
    if (head.trim().length === 0 || tail.trim().length === 0) continue;
    if (NEGATOR.test(tail) || FINE.test(tail)) continue;
    const tf = factsOf(tokenize(vocabulary(tail)), language, selfEmails);
    if (!quiet(tf) || tf.wordCount > 12 || (tf.wordCount > 6 && !LIMIT.test(tail))) continue;
    const kept = tf.methods.filter((h) => h.excluded);
    const removed = tf.methods.filter((h) => !h.excluded);
    const app = tf.methods.length === 0 && !tf.all && APP.test(tail);
    if (removed.length === 0 && kept.length === 0 && !tf.all && !app) continue;
    // one correction, one clause: "nur die App, die Nummer …" names a second thing the rules must weigh
    if (new Set(tf.methods.map((h) => h.match.clause)).size > 1) continue;
    // a word the lexicon does not know beside the methods ("tenete la chiavetta": keep it) may turn the
    // correction around: only a limited one ("only", "nur"), one with its own reset verb, or one of
    // methods and filler words alone
    if (!LIMIT.test(tail) && tf.reset.length === 0 && !bare(tail, tf)) continue;
    const hf = factsOf(tokenize(vocabulary(head)), language, selfEmails);
    const hd = decide(hf);
    if (hd.intent.type !== 'reset') continue;
    if (app) return { intent: { type: 'reset', scope: { kind: 'authenticator' } }, rule: 'correction:app' };
    // only kept in the correction ("…, anzi no, tenete la chiavetta"): everything the head asked, but that
    if (removed.length === 0 && !tf.all) {
      if (hd.intent.scope.kind !== 'all') continue;
      const scope: ResetScope = scopeFrom(tf, true);
      if (scope.kind === 'all') continue;
      return { intent: { type: 'reset', scope }, rule: 'correction:keep' };
    }
    return { intent: { type: 'reset', scope: scopeFrom(tf, tf.all && removed.length === 0) }, rule: 'correction' };
  }
  return undefined;
}
