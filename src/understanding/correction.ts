/**
 * Round 21: a request narrowed or corrected inside the same message, in every language ("Bitte alles
 * zurücksetzen, nein warte, nur die SMS", "réinitialisez tout, non attendez, en fait juste l'appli",
 * "Resetea el token, perdón, quise decir el SMS", "reset my mfa pls. edit: only the authenticator",
 * "remove my authenticator app *phone number"): what the sender wants by the end of the message is
 * the request, so the methods the correction names are the scope.
 *
 * Deliberately narrow: it moves a request's scope, and makes a card only of what already reads as a
 * request (README "After fixing classes (twenty-first round)"):
 *  - the message's own decision must be a reset, a prompt or a refusal (a refusal only for a
 *    retraction followed by "only …"); never someone else's, an attack or a personal account;
 *  - the text before the marker must read as a request (English: by its own rules);
 *  - the correction's "only" clause must say nothing but the methods (or carry its own reset verb);
 *    a clause with a negator or "is fine" stays; a later refusal, a person, "someone", "too", a plan
 *    or a question in the correction leave the rules' answer; "only X works" asks.
 */
import { scopeFrom, decide } from './decide.js';
import { factsOf } from './facts.js';
import type { Facts, MethodHit } from './facts.js';
import type { MethodKey } from './lexicon.js';
import { type Tokens, type Word, tokenize } from './text.js';
import type { Intent, Locale, ResetScope } from './types.js';

/** Markers that introduce a correction, on accent-folded lower-case text. */
const M = (alternatives: string): RegExp =>
  new RegExp(`(?:^|[\\s,.;:!?()…-])(?:${alternatives}|edit\\s*:|p\\.\\s?s\\.?)(?=$|[\\s,.;:!?…-])|\\s\\*(?=\\w)`, 'g');
/** The same, without the markers of a written correction ("edit:", "P.S.", "*"). */
const R = (alternatives: string): RegExp => new RegExp(`(?:^|[\\s,.;:!?()…-])(?:${alternatives})(?=$|[\\s,.;:!?…-])`, 'g');
const MARKERS: Readonly<Record<Locale, RegExp>> = {
  en: M(
    'actually(?:\\s*,?\\s*no)?|no\\s+wait|wait|hold\\s+on|i\\s+meant?|sorry\\s*,?\\s*i\\s+meant?|no\\s+sorry|nah|correction\\s*:?|on\\s+second\\s+thoughts?|make\\s+that|or\\s+rather|my\\s+bad|oops|final\\s+answer\\s*:?|you\\s+know\\s+what',
  ),
  de: M(
    'nein\\s*,?\\s*warte|warte(?:\\s+mal)?|moment(?:\\s+mal)?|ich\\s+meinte?|sorry\\s*,?\\s*ich\\s+meinte?|korrektur\\s*:?|eigentlich|ach\\s+(?:nee|nein|quatsch)|quatsch|aber\\s+nein|oder\\s+besser|doch\\s+lieber|besser|lieber',
  ),
  fr: M(
    'non\\s*,?\\s*attendez|attendez|attends|en\\s+fait|je\\s+voulais\\s+dire|je\\s+veux\\s+dire|ou\\s+plutot|plutot|correction\\s*:?|non\\s+pardon|pardon|mais\\s+non|euh|enfin|bref',
  ),
  es: M(
    'no\\s*,?\\s*espera|espera(?:d)?|(?:perdon\\s*,?\\s*)?quise\\s+decir|quiero\\s+decir|mas\\s+bien|mejor|en\\s+realidad|corrijo\\s*:?|o\\s+sea|perdon|pero\\s+no|bueno|digo',
  ),
  pt: M(
    'nao\\s*,?\\s*(?:espera|pera)|espera|pera|quer\\s+dizer|quis\\s+dizer|alias|na\\s+verdade|ou\\s+melhor|melhor|pensando\\s+bem|corrigindo\\s*:?|mas\\s+nao|ou\\s+seja',
  ),
  it: M('anzi(?:\\s+no)?|no\\s*,?\\s*aspetta(?:te)?|aspetta(?:te)?|cioe|volevo\\s+dire|intendevo|in\\s+realta|meglio|ma\\s+no|no\\s+scusa(?:te)?'),
  nl: M(
    'nee\\s*,?\\s*wacht|wacht(?:\\s+even)?|ik\\s+bedoel(?:de)?|sorry\\s*,?\\s*ik\\s+bedoel(?:de)?|eigenlijk|beter\\s+gezegd|correctie\\s*:?|maar\\s+nee|nee\\s+toch',
  ),
  pl: M(
    'a\\s+nie|ale\\s+nie|jednak|czekaj(?:cie)?|w[lł]a[sś]ciwie|w\\s+sumie|chodzi[lł]o\\s+mi\\s+o|mia[lł][ae]m\\s+na\\s+my[sś]li|to\\s+znaczy|znaczy|poprawka\\s*:?',
  ),
};
/**
 * "never mind, just the SMS", "laat maar, doe toch alleen het nummer": a retraction followed by a
 * narrower request. Read as a correction only when what follows is limited ("only", "nur", …).
 */
const RETRACTIONS: Readonly<Record<Locale, RegExp>> = {
  en: R('never\\s*mind|nvm|forget\\s+(?:it|that)|scratch\\s+that|ignore\\s+(?:that|my\\s+last\\s+message)'),
  de: R('vergiss\\s+es|vergesst\\s+es|vergessen\\s+sie\\s+es|egal'),
  fr: R('laissez\\s+tomber|laisse\\s+tomber|oubliez(?:\\s+ca)?|oublie(?:\\s+ca)?'),
  es: R('olvidalo|olvida\\s+eso|olvidad\\s+eso|dejalo'),
  pt: R('esquece|esqueca|deixa\\s+pra\\s+la|deixa\\s+para\\s+la'),
  it: R('lascia\\s+perdere|lasciate\\s+perdere|dimentica|dimenticate'),
  nl: R('laat\\s+maar(?:\\s+zitten)?|vergeet\\s+het|vergeet\\s+dat'),
  pl: R('nie\\s*wa[zż]ne|zapomnij|olej\\s+to'),
};

/** A "no" right after the marker ("actually no, just …", "anzi no, …") belongs to it. */
const LEADING_NO = /^[\s,.;:!?…-]*(?:(?:no|nein|non|nee|nao|nie|ne|nope)\b[\s,.;:!?…-]*)*/;
/** Negators in any of our languages: a correction with one of its own is left to the rules. */
const NEGATOR =
  /\b(?:not|no|don'?t|dont|never|nothing|nicht|kein\w*|nie|nichts|ne|pas|non|jamais|rien|nunca|nada|nao|ninguno|nenhum\w*|niente|nulla|mai|nessun\w*|niet|geen|nooit|niets|nic|zadn\w*)\b/;
/** "… die Nummer passt", "the SMS is fine": a method in the correction said to be fine is kept; left to the rules. */
const FINE =
  /\b(?:passt|ok|okay|fine|good|gut|goed|prima|(?:est|esta|ta|va|marche|fonctionne|funciona|anda)\s+(?:bien|bom|boa|bem)|bene|dobrze|dobry|funktioniert|works?|working|marche|fonctionne|funciona|funziona|werkt|dziala|geht|bleibt|stays?|reste|queda|fica|resta|blijft|zostaje)\b/;
/** "only", in each language (and in English, which people mix in). */
const LIMITS: Readonly<Record<Locale, RegExp>> = {
  en: /\b(?:only|just|solely)\b/,
  de: /\b(?:only|just|nur|bloss|lediglich|ausschliesslich)\b/,
  fr: /\b(?:only|just|juste|seulement|uniquement)\b/,
  es: /\b(?:only|just|solo|solamente|unicamente)\b/,
  pt: /\b(?:only|just|so|somente|apenas|unicamente)\b/,
  it: /\b(?:only|just|solo|soltanto|solamente|unicamente)\b/,
  nl: /\b(?:only|just|alleen|enkel|slechts|uitsluitend)\b/,
  pl: /\b(?:only|just|tylko|jedynie|wylacznie)\b/,
};

/** "I changed my password yesterday", "ya cambié la contraseña": a password already dealt with is not the problem. */
const PASSWORD_CHANGED =
  /\b(?:changed|reset|updated|renewed|cambie|cambiado|cambiata|cambiato|geandert|geaendert|erneuert|change|changee|mudei|troquei|alterei|veranderd|gewijzigd|zmienil\w*|zmienial\w*)\b/;
/** "… just the app, someone has my phone": a stranger in the correction is the rules' to weigh (an attack, a found phone). */
const SOMEONE = /\b(?:someone|somebody|anyone|jemand|quelqu\s?un|alguien|alguem|qualcuno|iemand|ktos)\b/;
/** "alles gut", "tout va bien", "todo bien", "tudo bem", "tutto ok", "alles goed", "wszystko ok", "all good": nothing to do after all. */
const ALL_WELL =
  /^(?:(?:es|c|est|ist|is|it|it's|its|ja|doch|ya|ok)\s+)?(?:alles\s+(?:gut|ok|okay|in ordnung|goed|prima)|tout\s+(?:va\s+bien|est\s+ok|marche)|todo\s+(?:bien|ok|en orden)|tudo\s+(?:bem|certo|ok)|tutto\s+(?:ok|bene|a posto)|wszystko\s+(?:ok|gra|dziala|w porzadku)|all\s+(?:good|fine|ok|sorted)|everything(?:'s| is)\s+(?:fine|ok|good|working))\b[\s!.,]*(?:\S+\s*){0,3}$/;
/** "nothing", "gar nichts", "nada": a correction that takes it all back. */
const REFUSED = /\b(?:nothing|nichts|rien|nada|niente|nulla|niets|nic|forget|vergiss|oublie\w*|olvida\w*|esquece|lascia perdere|laat maar)\b/;
/** Keep and except words in any of our languages. */
const KEEPISH =
  /\b(?:keep\w*|except|but|leave|apart|behalt\w*|ausser|bleib\w*|sauf|gard\w*|laiss\w*|menos|excepto|salvo|manten\w*|dej\w*|tranne|tien\w*|tene\w*|lasci\w*|behalve|houd\w*|laat|oprocz|poza|zostaw\w*|zachowa\w*)\b/;
/** "the app" in a correction of an MFA request is the Authenticator app ("en fait juste l'appli", "jednak tylko aplikację"). */
const APP = /\b(?:app|apps|appli|application|applikation|aplicacion|aplicativo|aplicacao|applicazione|aplikacj\w*|apke|apka|apki)\b/;
/** Words that may stand beside the methods in a bare correction: articles, possessives, "old" / "new", "please". */
const FILLER = new Set([
  // "only" itself, in each language
  'only',
  'just',
  'solely',
  'nur',
  'bloss',
  'lediglich',
  'juste',
  'seulement',
  'uniquement',
  'solo',
  'solamente',
  'unicamente',
  'so',
  'somente',
  'apenas',
  'soltanto',
  'alleen',
  'enkel',
  'slechts',
  'tylko',
  'jedynie',
  'wylacznie',
  'pin',
  'windows',
  'code',
  'codes',
  // asking and removal words that add nothing ("only the authenticator needs to go", "doe toch alleen …", "muss weg")
  'go',
  'to',
  'weg',
  'raus',
  'via',
  'fuera',
  'away',
  'off',
  'doe',
  'mach',
  'fais',
  'haz',
  'faz',
  'fai',
  'zrob',
  'for',
  'fur',
  'pour',
  'para',
  'per',
  'voor',
  'dla',
  'mesmo',
  'mismo',
  'stesso',
  'svp',
  'favor',
  'favore',
  'porfavor',
  'aub',
  'prosze',
  'bitte',
  'sorry',
  'sorki',
  // words that describe the method named beside them ("le fixe du bureau", "the +44 one", "my desk line")
  'bureau',
  'office',
  'desk',
  'work',
  'line',
  'landline',
  'number',
  'nummer',
  'numero',
  'numer',
  'buro',
  'oficina',
  'escritorio',
  'ufficio',
  'kantoor',
  'biuro',
  'ending',
  'bien',
  'du',
  'des',
  'van',
  'von',
  'do',
  'da',
  'di',
  'del',
  'it',
  'its',
  'is',
  'a',
  'an',
  'ist',
  'est',
  'es',
  'e',
  'jest',
  'het',
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

const GO_AUX: ReadonlySet<string> = new Set(['needs', 'need', 'has', 'have', 'must', 'can', 'should', 'may']);

// mutate:begin correction-read
/** Every word of the clause is a method's, "all", an app word or filler. */
function bare(words: readonly Word[], at: readonly number[], hits: readonly MethodHit[]): boolean {
  const covered = (i: number): boolean => hits.some((h) => h.match.start <= i && i < h.match.end);
  return at.every((i) => {
    const w = words[i]?.w ?? '';
    // "needs to go", "has to go", "can go": a removal said in other words
    if (GO_AUX.has(w) && (words[i + 1]?.w === 'go' || (words[i + 1]?.w === 'to' && words[i + 2]?.w === 'go'))) return true;
    return covered(i) || FILLER.has(w) || ALL.has(w) || APP.test(w) || /^\d+$/.test(w) || w.length <= 1;
  });
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
  /** How the text before the marker reads on its own (English: its full rules); the lexicon engine by default. */
  readHead?: (head: string) => Intent,
): Corrected | undefined {
  if (decided.type !== 'reset' && decided.type !== 'clarify' && decided.type !== 'negation') return undefined;
  // nobody else's, no attack; and a prompt the rules gave for its own reason (sarcasm, a plan, doubt) stays a prompt
  if (full.other || full.security !== undefined || full.personalAccount) return undefined;
  if (decided.type !== 'reset' && (full.sarcasm || full.future || full.doubt)) return undefined;
  const text = fold(raw);
  const found: Marker[] = [...spans(MARKERS[language], text, false), ...spans(RETRACTIONS[language], text, true)].sort((a, b) => a.at - b.at);
  // markers in a row are one ("a nie, jednak …", "nein warte, eigentlich …"): the head ends before the first
  const chains: Marker[] = [];
  for (const e of found) {
    const last = chains[chains.length - 1];
    if (last !== undefined && (e.at < last.end || CHAIN_GAP.test(text.slice(last.end, e.at))))
      chains[chains.length - 1] = { at: last.at, end: Math.max(last.end, e.end), retraction: last.retraction || e.retraction };
    else chains.push({ ...e });
  }
  let later: string | undefined;
  // the last correction wins ("reset all, wait, only the app, no wait, only the SMS")
  // (at most the last three: bounded work on a message full of "wait")
  for (const { at, end, retraction } of chains.reverse().slice(0, 3)) {
    // (bounded: the last 600 characters before the marker, the first 300 after it)
    const head = text.slice(Math.max(0, at - 600), at);
    const tail = text.slice(end, end + 300).replace(LEADING_NO, '');
    // the last word is a refusal ("…, wait, only the sms. actually no"): no earlier correction stands
    // (and the rules' card for "Resetta tutto, anzi no", "Reseta tudo, pensando bem, não" is a refusal)
    if (tail.trim().length === 0 && /\b(?:no|nein|non|nee|nao|nie|nope)\b/.test(text.slice(at, end + 20)))
      return later === undefined && decided.type === 'reset' ? { intent: { type: 'negation' }, rule: 'correction:retracted' } : undefined;
    // "ach quatsch, alles gut", "en fait tout va bien": all is well after all
    if (later === undefined && decided.type === 'reset' && ALL_WELL.test(tail.trim())) return { intent: { type: 'negation' }, rule: 'correction:all-well' };
    if (head.trim().length === 0 || tail.trim().length === 0 || tail.split(/\s+/).length > 40) continue;
    // a later correction that refuses or takes it all back ("… only the app. no wait, don't"): none stands
    if (later !== undefined && (NEGATOR.test(later) || REFUSED.test(later))) return undefined;
    later = tail;
    const tt = tokenize(vocabulary(tail));
    const tf = factsOf(tt, language, selfEmails);
    const password =
      tf.password &&
      tf.methods.length === 0 &&
      !tf.mfa &&
      !PASSWORD_CHANGED.test(tail) &&
      !tf.asked &&
      !tf.question &&
      !FINE.test(tail) &&
      !ALSO.test(tail) &&
      !NEGATOR_BEFORE_PASSWORD.test(tail);
    // "My MFA is broken. no wait, it's my password, it expired": the correction is about the password
    if (password) {
      const hf = factsOf(tokenize(vocabulary(head)), language, selfEmails);
      if (hf.mfa || hf.methods.length > 0 || hf.reset.length > 0 || hf.device) return { intent: { type: 'password' }, rule: 'correction:password' };
      continue;
    }
    if (!quietTail(tf) || tf.wordCount > 30 || ALSO.test(tail) || SOMEONE.test(tail)) continue;
    const reading = readTail(tt, tf, LIMITS[language]);
    if (reading === undefined) continue;
    // a plan or a doubt in the correction ("… maybe keep that?") may keep more, never remove something else
    if (reading.kind !== 'keep' && (tf.future || tf.doubt) && decided.type !== 'reset') continue;
    // a retraction, or a message the rules read as a refusal, is corrected only by a limited request ("never mind, just the SMS")
    if ((retraction || decided.type === 'negation') && (!reading.limited || full.dontReset)) continue;
    const hf = factsOf(tokenize(vocabulary(head)), language, selfEmails);
    // the lexicon engine's reading of the head first (cheap); English asks its own rules only when that is not a request
    const lexical = decide(hf).intent;
    const asks = lexical.type === 'reset' || readHead === undefined ? lexical : readHead(head);
    // the head reads as a request on its own, or the rules already read the whole message as one ("Can you reset my MFA? Edit: …")
    const headAsks = asks.type === 'reset' || (decided.type === 'reset' && hf.reset.length > 0 && (asks.type === 'clarify' || asks.type === 'aboutMfa'));
    if (!headAsks) continue;
    // "only X works" after a request: which to remove is not clear any more; ask (never more than a prompt)
    if (reading.kind === 'unsure') {
      if (decided.type !== 'reset') continue;
      return { intent: { type: 'clarify' }, rule: 'correction:unsure' };
    }
    if (reading.kind === 'keep') {
      const asked = asks.type === 'reset' ? asks.scope : decided.type === 'reset' ? decided.scope : undefined;
      if (asked?.kind !== 'all' || decided.type === 'negation') continue;
      return { intent: { type: 'reset', scope: reading.scope }, rule: 'correction:keep' };
    }
    return { intent: { type: 'reset', scope: reading.scope }, rule: reading.kind === 'app' ? 'correction:app' : 'correction' };
  }
  return undefined;
}

// mutate:end correction-read
interface Marker {
  readonly at: number;
  readonly end: number;
  readonly retraction: boolean;
}

const CHAIN_GAP = /^[\s,.;:!?…-]*(?:(?:no|nein|non|nee|nao|nie|ne|nope|hmm+|uh+|um+|oh|ok|okay)\b[\s,.;:!?…-]*)*$/;

function spans(re: RegExp, text: string, retraction: boolean): Marker[] {
  const out: Marker[] = [];
  const g = new RegExp(re.source, 'g');
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push({ at: m.index, end: m.index + m[0].length, retraction });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** "… and my password too": a correction that adds the password to the request is not about the password alone. */
const ALSO = /\b(?:also|too|as well|and (?:my|also)|auch|aussi|tambien|tambem|anche|ook|tez|rowniez)\b/;
/** "not the password", "pas le mot de passe": the password is what the correction rules out. */
const NEGATOR_BEFORE_PASSWORD =
  /\b(?:not|nicht|pas|no|nao|non|niet|nie)\s+(?:\w+\s+){0,2}(?:password|passwort|kennwort|mot de passe|contrasena|senha|password|wachtwoord|haslo)\b/;

/** Nothing in the correction that answers for itself: another person, an attack, a retraction, a refusal, a plan, sarcasm, undo. */
const quietTail = (f: Facts): boolean => !f.retract && !f.dontReset && !f.other && f.security === undefined && !f.sarcasm && !f.undo && !f.password;

interface TailReading {
  readonly kind: 'methods' | 'app' | 'all' | 'keep' | 'unsure';
  readonly scope: ResetScope;
  readonly limited: boolean;
}

const UNSURE: TailReading = { kind: 'unsure', scope: { kind: 'all' }, limited: false };

// mutate:begin correction-tail
/**
 * What the correction asks for, clause by clause: the clause with "only" (or, without one, every
 * clause that names methods with no negator and no "is fine") names what goes; methods in a clause
 * with a negator or "is fine" stay. Undefined when it cannot be read with confidence.
 */
function readTail(tt: Tokens, tf: Facts, limit: RegExp): TailReading | undefined {
  const clauses = [...new Set(tt.words.map((w) => w.clause))];
  const wordsOf = (c: number): readonly number[] => tt.words.flatMap((w, i) => (w.clause === c ? [i] : []));
  const textOf = (c: number): string =>
    wordsOf(c)
      .map((i) => tt.words[i]?.w ?? '')
      .join(' ');
  const hitsIn = (c: number): readonly MethodHit[] => tf.methods.filter((h) => h.match.clause === c);
  const negatedClause = (c: number): boolean => NEGATOR.test(textOf(c)) || FINE.test(textOf(c));
  const limitClause = clauses.find((c) => limit.test(textOf(c)) && (hitsIn(c).length > 0 || APP.test(textOf(c))));
  if (limitClause !== undefined) {
    // ("only the SMS is fine": what is fine stays, it is not what goes)
    if (NEGATOR.test(textOf(limitClause))) return undefined;
    // ("reset everything, actually only the app works": everything but the one that works? ask)
    if (FINE.test(textOf(limitClause))) return hitsIn(limitClause).length > 0 || APP.test(textOf(limitClause)) ? UNSURE : undefined;
    // (a method in the "only" clause is what goes, unless that clause itself keeps it: a keep in the next
    // clause, "just the key, the app is fine", is about the next clause's method)
    // (review: and it says no more than what goes: "only the SMS still works", "I just need the authenticator",
    // "just the app was slow" are not requests; a reset verb of its own, or methods and filler alone)
    if (!tf.reset.some((r) => r.clause === limitClause) && !bare(tt.words, wordsOf(limitClause), hitsIn(limitClause))) return undefined;
    const named = KEEPISH.test(textOf(limitClause)) ? hitsIn(limitClause).filter((h) => !h.excluded) : hitsIn(limitClause);
    const app = APP.test(textOf(limitClause)) && !named.some((h) => h.key === 'authenticator');
    if (named.length === 0) {
      if (hitsIn(limitClause).length > 0 || !app) return undefined;
      return { kind: 'app', scope: { kind: 'authenticator' }, limited: true };
    }
    // ("juste le SMS et l'appli": the app beside a method is the Authenticator too)
    const appHit: MethodHit[] = app
      ? [{ key: 'authenticator', match: { source: 'app', start: -1, end: -1, clause: limitClause }, excluded: false, requested: true }]
      : [];
    return { kind: 'methods', scope: scopeOf(tf, [...named, ...appHit]), limited: true };
  }
  // without "only": short clauses of methods and filler, or with a reset verb of their own
  if (tf.asked && tf.methods.some((h) => !h.excluded)) return undefined;
  const open = clauses.filter((c) => !negatedClause(c) && hitsIn(c).some((h) => !h.excluded));
  const bareOrAsked = (c: number): boolean => wordsOf(c).length <= 8 && (tf.reset.some((r) => r.clause === c) || bare(tt.words, wordsOf(c), hitsIn(c)));
  const first = open[0];
  if (first !== undefined) {
    // the first clause is the correction ("*software token, sorry, the TOTP one I set up …"); a later one may
    // add to it only in as few words, or describe the same method
    if (!bareOrAsked(first)) return undefined;
    const kinds = new Set(hitsIn(first).map((h) => h.key));
    const sameMethod = (c: number): boolean => hitsIn(c).every((h) => kinds.has(h.key) || SAME_FAMILY[h.key]?.some((k) => kinds.has(k)));
    if (!open.slice(1).every((c) => sameMethod(c) || bareOrAsked(c))) return undefined;
    return {
      kind: 'methods',
      scope: scopeOf(
        tf,
        open.flatMap((c) => hitsIn(c).filter((h) => !h.excluded)),
      ),
      limited: false,
    };
  }
  // "… you know what, remove everything": everything, asked with a verb of its own
  const allClause = clauses.find(
    (c) => !NEGATOR.test(textOf(c)) && wordsOf(c).some((i) => ALL.has(tt.words[i]?.w ?? '')) && tf.reset.some((r) => r.clause === c),
  );
  // (or a bare "everything": "… non attendez, tout")
  const bareAll = clauses.find((c) => wordsOf(c).some((i) => ALL.has(tt.words[i]?.w ?? '')) && bare(tt.words, wordsOf(c), []) && !NEGATOR.test(textOf(c)));
  if ((allClause !== undefined || (bareAll !== undefined && clauses.length === 1)) && tf.methods.every((h) => h.excluded)) {
    const kept = tf.methods.filter((h) => h.excluded);
    return kept.length > 0 ? { kind: 'keep', scope: scopeFrom(tf, true), limited: false } : { kind: 'all', scope: { kind: 'all' }, limited: false };
  }
  // only kept ("…, anzi no, tenete la chiavetta"): everything the head asked, but that
  // (each kept in its own clause, never by a keep the lexicon inferred from the next one)
  if (tf.methods.length > 0 && tf.methods.every((h) => h.excluded && (KEEPISH.test(textOf(h.match.clause)) || FINE.test(textOf(h.match.clause))))) {
    const scope = scopeFrom(tf, true);
    return scope.kind === 'all' ? undefined : { kind: 'keep', scope, limited: false };
  }
  return undefined;
}

/** A later clause that names a method of the same family describes it ("software token … the TOTP one"). */
const SAME_FAMILY: Partial<Record<MethodKey, readonly MethodKey[]>> = {
  oath: ['swOath', 'hwOath'],
  swOath: ['oath'],
  hwOath: ['oath'],
  phone: ['mobile', 'office', 'alternateMobile', 'sms'],
  sms: ['mobile', 'phone'],
  mobile: ['sms', 'phone'],
  office: ['phone'],
  alternateMobile: ['phone', 'mobile'],
};

/** The scope of the methods a correction names (its "is fine" and kept ones out). */
function scopeOf(tf: Facts, removed: readonly MethodHit[]): ResetScope {
  // (what the correction names to remove, in any of its forms, is never also kept: "the voice call number … my desk landline")
  const family = new Set(removed.flatMap((h) => [h.key, ...(SAME_FAMILY[h.key] ?? [])]));
  const keptOut = tf.methods.filter((h) => !removed.includes(h) && !family.has(h.key)).map((h) => ({ ...h, excluded: true }));
  // (what goes is never marked kept, whatever the lexicon made of a keep in the next clause)
  const going = removed.map((h) => ({ ...h, excluded: false, requested: true }));
  return scopeFrom({ ...tf, methods: [...going, ...keptOut], all: false, allRequested: false, mfaRequested: false });
}
// mutate:end correction-tail
