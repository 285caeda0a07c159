/**
 * What the lexicon of the message's language finds in it: one pass of each pattern set over the
 * words. Facts only; decide.ts turns them into an intent.
 */
import type { Lexicon, MethodKey } from './lexicon.js';
import { LEXICONS } from './lexicons/index.js';
import { type Match, PatternSet } from './matcher.js';
import type { Tokens, Word } from './text.js';
import { LOCALES, type Locale, type SecurityKind } from './types.js';

interface Compiled {
  readonly mfa: PatternSet;
  readonly methods: readonly (readonly [MethodKey, PatternSet])[];
  readonly device: PatternSet;
  readonly resetVerbs: PatternSet;
  readonly problems: PatternSet;
  readonly all: PatternSet;
  readonly except: PatternSet;
  readonly keep: PatternSet;
  readonly leaveRest: PatternSet;
  readonly rest: PatternSet;
  readonly negators: ReadonlySet<string>;
  readonly dontReset: PatternSet;
  readonly retract: PatternSet;
  readonly otherPerson: PatternSet;
  readonly storyPerson: PatternSet;
  readonly report: PatternSet;
  readonly limit: PatternSet;
  readonly question: PatternSet;
  readonly past: PatternSet;
  readonly future: PatternSet;
  readonly sarcasm: PatternSet;
  readonly list: PatternSet;
  readonly preview: PatternSet;
  readonly deviceRestart: PatternSet;
  readonly signIn: PatternSet;
  readonly help: PatternSet;
  readonly greeting: PatternSet;
  readonly thanks: PatternSet;
  readonly yes: ReadonlySet<string>;
  readonly no: ReadonlySet<string>;
  readonly password: PatternSet;
  readonly undo: PatternSet;
  readonly securityStrong: readonly (readonly [SecurityKind, PatternSet])[];
  readonly securityWeak: readonly (readonly [SecurityKind, PatternSet])[];
  readonly securityContext: PatternSet;
  readonly personalAccount: PatternSet;
  readonly capability: PatternSet;
  readonly mfaFine: PatternSet;
  readonly solved: PatternSet;
  readonly hedges: PatternSet;
  readonly whatToDo: PatternSet;
  readonly questionOpeners: ReadonlySet<string>;
}

/** Words that point back at what was just named ("do not touch that", round 18). */
const POINTING: ReadonlySet<string> = new Set(['that', 'it', 'this', 'those', 'them', 'these', 'one']);
/** A backup the Authenticator app restores from, in each language. */
const BACKUP = /^(?:backup|back-up|backups|sicherung|icloud|sauvegarde|copia|copias|respaldo|kopia|kopii|kopie|reservekopie|cloud)$/;
/** "the app" in each language (Authenticator, when kept beside "except"). */
const APP_WORDS: ReadonlySet<string> = new Set([
  'app',
  'apps',
  'appli',
  'application',
  'applikation',
  'aplicacion',
  'aplicativo',
  'aplicacao',
  'applicazione',
  'aplikacja',
  'aplikacji',
  'aplikacje',
  'apka',
  'apke',
  'apki',
  'authenticator-app',
]);
/** Round 21: a clause that opens by pointing back at the method named before it ("…, ese déjalo como está"). */
const POINTS_BACK: ReadonlySet<string> = new Set([
  'that',
  'this',
  'ese',
  'esa',
  'eso',
  'esto',
  'este',
  'esta',
  'esse',
  'essa',
  'isso',
  'quello',
  'quella',
  'questo',
  'questa',
  'celui',
  'celle',
  'ca',
  'cela',
  'die',
  'dat',
  'deze',
  'dit',
  'der',
  'den',
  'das',
  'ten',
  'ta',
  'to',
  'tego',
  'te',
]);
const SECURITY_ORDER: readonly SecurityKind[] = ['phishing', 'unknownSignIn', 'unexpectedPrompts'];

function compile(x: Lexicon): Compiled {
  const ps = (l: readonly string[]): PatternSet => new PatternSet(l);
  return {
    mfa: ps(x.mfa),
    methods: (Object.entries(x.methods) as [MethodKey, readonly string[]][]).map(([k, v]) => [k, ps(v)] as const),
    device: ps(x.device),
    resetVerbs: ps(x.resetVerbs),
    problems: ps(x.problems),
    all: ps(x.all),
    except: ps(x.except),
    keep: ps(x.keep),
    leaveRest: ps(x.leaveRest ?? []),
    rest: ps(x.rest ?? []),
    negators: new Set(x.negators),
    dontReset: ps(x.dontReset),
    retract: ps(x.retract),
    otherPerson: ps(x.otherPerson),
    storyPerson: ps(x.storyPerson),
    report: ps(x.report),
    limit: ps(x.limit),
    question: ps(x.question),
    past: ps(x.past),
    future: ps(x.future),
    sarcasm: ps(x.sarcasm),
    list: ps(x.list),
    preview: ps(x.preview),
    deviceRestart: ps(x.deviceRestart),
    signIn: ps(x.signIn ?? []),
    help: ps(x.help),
    greeting: ps(x.greeting),
    thanks: ps(x.thanks),
    yes: new Set(x.yes),
    no: new Set(x.no),
    password: ps(x.password),
    undo: ps(x.undo),
    securityStrong: SECURITY_ORDER.map((k) => [k, ps(x.security[k].filter((p) => p.startsWith('!')).map((p) => p.slice(1)))] as const),
    securityWeak: SECURITY_ORDER.map((k) => [k, ps(x.security[k].filter((p) => !p.startsWith('!')))] as const),
    securityContext: ps(x.securityContext),
    personalAccount: ps(x.personalAccount ?? []),
    capability: ps(x.capability ?? []),
    mfaFine: ps(x.mfaFine ?? []),
    solved: ps(x.solved ?? []),
    hedges: ps(x.hedges ?? []),
    whatToDo: ps(x.whatToDo ?? []),
    questionOpeners: new Set(x.questionOpeners ?? []),
  };
}

/**
 * Code-switching: employees writing German, Spanish, Polish … drop in English IT words ("Please borra
 * mi security key", "bitte remove my Authenticator"). Every other language also reads the English
 * method names and the English reset verbs that are not words of its own.
 */
const ENGLISH_VERBS_EVERYWHERE = [
  'reset*',
  'remove',
  'delete',
  'wipe',
  'clear',
  'get rid of',
  'unregister*',
  'deregister*',
  're register*',
  'reregister*',
  're enrol*',
  'reenrol*',
  'set up again',
  'setup again',
  'start over',
  'unlink*',
];

function withEnglish(x: Lexicon, en: Lexicon): Lexicon {
  const methods = Object.fromEntries(
    (Object.entries(x.methods) as [MethodKey, readonly string[]][]).map(([k, v]) => [
      k,
      // "sms-codes", "SMS-Code": the hyphen joins the words
      [...new Set([...v, ...(en.methods[k] ?? []), ...(k === 'sms' ? ['smscode*'] : [])])],
    ]),
  ) as Lexicon['methods'];
  return {
    ...x,
    methods,
    resetVerbs: [...new Set([...x.resetVerbs, ...ENGLISH_VERBS_EVERYWHERE])],
    hedges: [...(x.hedges ?? []), 'not sure', 'maybe'],
  };
}

const COMPILED: ReadonlyMap<Locale, Compiled> = new Map(LOCALES.map((l) => [l, compile(l === 'en' ? LEXICONS[l] : withEnglish(LEXICONS[l], LEXICONS.en))]));

/** "no", "non", "pas", "niet", "nie", "não" beside "the rest" in any of our languages. */
const NEGATION_WORDS: ReadonlySet<string> = new Set(['no', 'non', 'pas', 'niet', 'nie', 'nao', 'not', 'nicht', 'kein', 'keine']);

export interface MethodHit {
  readonly key: MethodKey;
  readonly match: Match;
  /** After an "except" word in the same clause: to keep, not to remove. */
  readonly excluded: boolean;
  /** In a clause with a reset verb: the request names it (not only the problem). */
  readonly requested: boolean;
}

export interface Facts {
  readonly wordCount: number;
  readonly mfa: boolean;
  readonly methods: readonly MethodHit[];
  readonly device: boolean;
  /** Words of signing in (sign in, approve, verification, codes): a topic for the classifier rescue. */
  readonly signIn: boolean;
  /** Reset verbs outside quotes. */
  readonly reset: readonly Match[];
  /** Reset verbs only inside quotes: the sender quotes the phrase. */
  readonly quotedReset: boolean;
  /** A reset verb inside quotes, whatever else the message says ("what happens if I type 'reset my MFA'?"). */
  readonly resetQuoted: boolean;
  /** "no idea whether a reset is needed": a negator of doubt before a reset verb (not English). */
  readonly doubt: boolean;
  /** A personal, non-work account (Instagram, Gmail, "compte perso"). */
  readonly personalAccount: boolean;
  /** A question about the bot itself ("what can this bot do?"). */
  readonly capability: boolean;
  /** "not the MFA", "the MFA works fine". */
  readonly mfaFine: boolean;
  /** "works fine now": a past event told as a solved story. */
  readonly solved: boolean;
  readonly problem: boolean;
  readonly all: boolean;
  readonly limited: boolean;
  /** An "except" in a clause that names no method after it. */
  readonly exceptUnnamed: boolean;
  /** Every problem is in a clause that names the password. */
  readonly passwordProblemOnly: boolean;
  /** A negator next to a reset verb (same clause, within three words). */
  readonly negatedReset: boolean;
  readonly dontReset: boolean;
  readonly retract: boolean;
  readonly other: boolean;
  /**
   * Round 10: the MFA or a method the message names is the sender's own ("mein MFA", "dal mio
   * account", "mijn laptop"), and no one else's ("sein Handy", "il suo account"): a person in the
   * story is then not the target.
   */
  readonly ownObject: boolean;
  readonly emailsNotSelf: number;
  readonly mentions: number;
  /** A request for one method next to a refusal about another ("… don't touch the app"). */
  readonly requestBesideNegation: boolean;
  readonly story: boolean;
  readonly question: boolean;
  readonly past: boolean;
  readonly future: boolean;
  /** A clause ends in "?": with `future`, planning asked as a question ("new phone next week, do I need to …?"). */
  readonly asked: boolean;
  /** Every reset verb stands in a question for information ("Wie lange dauert ein Reset?", "Czy reset MFA wyloguje mnie?"), not English. */
  readonly infoQuestion: boolean;
  readonly sarcasm: boolean;
  readonly list: boolean;
  /** "before you delete anything, show me …": a look first. */
  readonly preview: boolean;
  /** The message opens with "if" ("wenn", "si", "se", "als", "jeśli") and asks: a hypothetical question. */
  readonly conditional: boolean;
  /** Where the last "never mind" / "withdraw my request" starts (-1: none), to tell which came later. */
  readonly retractAt: number;
  /** Where the last reset verb outside quotes starts (-1: none). */
  readonly lastResetAt: number;
  /** A totality word ("komplett", "tout", "całego") in a clause with a reset verb: everything, whatever the story names. */
  readonly allRequested: boolean;
  /** A reset verb whose clause names MFA itself and no method ("reset my MFA"): everything. */
  readonly mfaRequested: boolean;
  readonly help: boolean;
  readonly greeting: boolean;
  readonly thanks: boolean;
  readonly yesOnly: boolean;
  readonly noOnly: boolean;
  readonly password: boolean;
  readonly undo: boolean;
  readonly security: SecurityKind | undefined;
  /** Which pattern decided `security`, for the explanation. */
  readonly securityRule: string;
}

/** Filler words allowed around a whole-message "yes" / "no" in any language. */
const FILLERS = new Set([
  'please',
  'pls',
  'plz',
  'bitte',
  'svp',
  'stp',
  'por',
  'favor',
  'prosze',
  'alsjeblieft',
  'graag',
  'thanks',
  'thank',
  'you',
  'danke',
  'merci',
  'gracias',
  'obrigado',
  'obrigada',
  'grazie',
  'dziekuje',
  'now',
  'then',
  'it',
]);

function unquoted(ms: readonly Match[], words: readonly Word[]): Match[] {
  return ms.filter((m) => !(words[m.start]?.quoted ?? false));
}

function wholeMessageIn(words: readonly Word[], set: ReadonlySet<string>): boolean {
  if (words.length === 0 || words.length > 6) return false;
  const core = words.map((w) => w.w);
  while (core.length > 1 && FILLERS.has(core[core.length - 1] ?? '')) core.pop();
  while (core.length > 1 && FILLERS.has(core[0] ?? '')) core.shift();
  return set.has(core.join(' '));
}

/** "if" in our languages, and the words that may come before it ("but if …", "ma se …"). */
const CONDITIONAL = new Set(['if', 'wenn', 'falls', 'si', 'se', 'als', 'indien', 'jesli', 'jezeli', 'gdyby', 'caso']);
const LEAD = new Set(['but', 'so', 'and', 'aber', 'und', 'mais', 'et', 'pero', 'y', 'mas', 'e', 'ma', 'maar', 'en', 'ale', 'a', 'i']);
/** "se faz favor", "se fizer o favor": please, not a condition. */
const POLITE_SE: ReadonlySet<string> = new Set(['faz', 'fizer', 'faxavor']);

function opensConditional(words: readonly Word[], lang: Locale): boolean {
  const not = NOT_CONDITIONAL[lang];
  const isIf = (w: string): boolean => CONDITIONAL.has(w) && w !== not;
  const first = words[0]?.w ?? '';
  // (round 21: "Sí, solo el móvil": an "if" alone before a comma is "yes")
  const alone = (i: number): boolean => words[i + 1] === undefined || words[i + 1]!.clause !== words[i]!.clause;
  if ((isIf(first) && !alone(0)) || (LEAD.has(first) && isIf(words[1]?.w ?? '') && !alone(1))) return true;
  // round 8: "Moin, eine kurze Frage vorab: Wenn meine MFA zurückgesetzt wird, wie schnell …?": a
  // later clause that opens with "if" (not English: its rules read the clauses themselves)
  if (lang === 'en') return false;
  // (German "als" is "when" / "as", not "if")
  // (round 18: European Portuguese "se faz favor" is "please")
  return words.some(
    (w, i) =>
      i > 0 &&
      words[i - 1]!.clause !== w.clause &&
      isIf(w.w) &&
      !alone(i) &&
      !(lang === 'de' && w.w === 'als') &&
      !(lang === 'pt' && POLITE_SE.has(words[i + 1]?.w ?? '')),
  );
}

/** "if" words that are something else in a language: Spanish / French "se" (reflexive), Italian / Portuguese "si". */
const NOT_CONDITIONAL: Readonly<Partial<Record<Locale, string>>> = { es: 'se', fr: 'se', it: 'si', pt: 'si' };

/** Wi-Fi words: the password beside them is the network's. */
const WIFI = /^(?:hotspot|router|eduroam)$|(?:wifi|wlan)$/;
/** "no idea whether", "not sure if", "weet niet of": a negator beside these is doubt, not a refusal (not English). */
const DOUBT = new Set([
  'idee',
  'idea',
  'ahnung',
  'sais',
  'sei',
  'so',
  'wiem',
  'weet',
  'weiss',
  'sicher',
  'sur',
  'sure',
  'seguro',
  'segura',
  'sicuro',
  'sicura',
  'pewien',
  'pewna',
  'zeker',
]);

/** Spanish "no sé si" (folded "no se si"): a doubt; "no se puede" is not (round 17). */
function doubtSi(words: readonly Word[], i: number): boolean {
  return words[i + 1]?.w === 'se' && words[i + 2]?.w === 'si';
}

/** First-person possessives of our languages (folded), and third-person ones, before an MFA, method or account word. */
const MY = new Set([
  'my',
  'mein',
  'meine',
  'meinem',
  'meinen',
  'meiner',
  'meines',
  'mon',
  'ma',
  'mes',
  'mi',
  'mis',
  'meu',
  'minha',
  'meus',
  'minhas',
  'mio',
  'mia',
  'miei',
  'mie',
  'mijn',
  'moj',
  'moja',
  'moje',
  'mojego',
  'mojej',
  'moich',
  'moim',
  'moimi',
  'mym',
  'mnie',
]);
const THEIR = new Set([
  'his',
  'her',
  'their',
  'sein',
  'seine',
  'seinem',
  'seinen',
  'seiner',
  'ihr',
  'ihre',
  'ihrem',
  'ihren',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'su',
  'sus',
  'seu',
  'sua',
  'seus',
  'suas',
  'dele',
  'dela',
  'suo',
  'suoi',
  'zijn',
  'haar',
  'hun',
  'jego',
  'jej',
  'ich',
]);
const NOT_MINE = new Set([
  'friend',
  'friends',
  'colleague',
  'colleagues',
  'son',
  'daughter',
  'wife',
  'husband',
  'partner',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'boss',
  'manager',
  'kid',
  'kids',
  'brother',
  'sister',
  'team',
  'second',
  'other',
  'admin',
  'another',
  'alt',
  'test',
  'service',
  'shared',
  'freund',
  'freundin',
  'kollege',
  'kollegin',
  'chef',
  'chefin',
  'ami',
  'amie',
  'collegue',
  'amigo',
  'amiga',
  'companero',
  'companera',
  'colega',
  'jefe',
  'jefa',
  'amico',
  'amica',
  'collega',
  'capo',
  'vriend',
  'vriendin',
  'baas',
  'przyjaciel',
  'przyjaciolka',
  'kolega',
  'kolezanka',
  'szef',
  'segundo',
  'segunda',
  'secondo',
  'seconda',
  'zweites',
  'zweiten',
  'deuxieme',
  'tweede',
  'drugie',
  'drugiego',
]);
const ACCOUNT = new Set([
  'account',
  'profile',
  'phone',
  'mobile',
  'iphone',
  'tablet',
  'ipad',
  'computer',
  'konto',
  'kontos',
  'compte',
  'cuenta',
  'conta',
  'cadastro',
  'profil',
  'profiel',
  'perfil',
  'profilo',
  'laptop',
  'telefon',
  'handy',
  'telephone',
  'movil',
  'telemovel',
  'celular',
  'telefono',
  'telefoon',
  'telefonu',
  'telefonie',
]);

/** "from" in our languages: "remove X from my MFA". */
const FROM = new Set(['from', 'aus', 'von', 'de', 'du', 'des', 'del', 'do', 'da', 'dal', 'dall', 'dalla', 'uit', 'van', 'z', 'ze']);

/** "or not": a negator after these offers an alternative, it does not refuse. */
const ALTERNATIVE = new Set(['ou', 'or', 'oder', 'o', 'of', 'czy', 'albo', 'lub']);

const covered = (ms: readonly Match[], i: number): boolean => ms.some((m) => i >= m.start && i < m.end);

/**
 * "nothing dodgy happened": a security word the sender denies. Only the words for "nothing": a
 * negator before a verb ("I have not requested these prompts", "nie prosiłem") is the report itself.
 */
const DENIERS = new Set(['nothing', 'nichts', 'rien', 'nada', 'niente', 'nulla', 'niets', 'nic']);
/** "SMS is phishable", "phishing-resistant", "phishing-proof": a property of a method, not an attack. */
const PROPERTY = /^phish(?:able|ing ?(?:resistant|proof))$/;
/** Words before a question word that do not change what the clause is ("Ma dopo il reset …?", "Und wie lange …?"). */
const LEAD_INS = new Set([
  'ma',
  'aber',
  'mais',
  'pero',
  'mas',
  'maar',
  'ale',
  'e',
  'und',
  'et',
  'y',
  'en',
  'i',
  'a',
  'also',
  'ok',
  'dus',
  'donc',
  'alors',
  'entonces',
  'entao',
  'quindi',
  'wiec',
  'eigentlich',
  'bueno',
  'pues',
  'senti',
  'ecco',
  'tja',
  'nou',
]);
/** Greeting words that can open a question's sentence before a comma. */
const GREETING_LEAD = new Set(
  'hola buenos buenas dias tardes noches bonjour salut bonsoir hallo guten morgen tag moin servus hi hello hey ciao buongiorno buonasera salve bom boa dia tarde ola oi goedemorgen goedemiddag hoi dag dzien dobry czesc witam sorry perdon disculpe pardon entschuldigung scusi scusate desculpe przepraszam excuse'.split(
    ' ',
  ),
);
/** "Czy możesz …?", "Czy mogę prosić …?": a question word followed by these asks for something. */
const POLITE_AFTER_OPENER = new Set([
  'mozesz',
  'mozecie',
  'moze',
  'mozna',
  'moglbys',
  'moglabys',
  'moglibyscie',
  'mogliby',
  'moglby',
  'mogla',
  'moge',
  'dalo',
  'da',
  'prosze',
  'pan',
  'pani',
  'panstwo',
]);

function infoQuestionClause(t: Tokens, clause: number, openers: ReadonlySet<string>): boolean {
  if (!t.questionClauses.has(clause)) return false;
  // the question's sentence starts where the last full stop left off ("Wie lange dauert es, bis … nach einem Reset …?")
  let start = clause;
  while (start > 0 && t.continuedClauses.has(start)) start--;
  // "Buenos días, ¿cuántas veces …?": a greeting before the comma does not start the question (round 16)
  while (start < clause && t.words.filter((w) => w.clause === start).every((w) => GREETING_LEAD.has(w.w) || LEAD_INS.has(w.w))) start++;
  const inClause = t.words.filter((w) => w.clause === start);
  let i = 0;
  while (i < inClause.length - 1 && LEAD_INS.has(inClause[i]?.w ?? '')) i++;
  const first = inClause[i]?.w ?? '';
  // (a two-word opener too: Portuguese "o que", where "o" alone is the article of "o reconhecimento …")
  if (openers.has(`${first} ${inClause[i + 1]?.w ?? ''}`)) return true;
  return openers.has(first) && !POLITE_AFTER_OPENER.has(inClause[i + 1]?.w ?? '');
}

const ARTICLES: ReadonlySet<string> = new Set([
  'o',
  'a',
  'der',
  'die',
  'das',
  'den',
  'le',
  'la',
  'l',
  'el',
  'il',
  'lo',
  'de',
  'het',
  'um',
  'uma',
  'un',
  'une',
  'ein',
  'eine',
  'een',
]);
const MY_WORDS: ReadonlySet<string> = new Set([
  'meu',
  'minha',
  'mi',
  'mis',
  'mio',
  'mia',
  'mijn',
  'mein',
  'meine',
  'meines',
  'meinem',
  'mon',
  'ma',
  'mes',
  'moj',
  'moje',
  'mojego',
  'mojej',
]);
const WHEN_WORDS: ReadonlySet<string> = new Set(['quand', 'lorsque', 'wenn', 'sobald', 'cuando', 'quando', 'wanneer', 'kiedy', 'gdy']);
const SUBJECTS: ReadonlySet<string> = new Set(['je', 'j', 'ich', 'yo', 'eu', 'io', 'ik', 'ja', 'on', 'man', 'we', 'wir', 'nous', 'nosotros', 'noi']);

/**
 * Round 20: the reset as what a question is about ("O reset apaga também a chave FIDO?", "Der Reset löscht auch …?")
 * or a reset the sender would do in a "when" clause of a question ("Est-ce que mon responsable est prévenu quand je
 * réinitialise ma MFA ?"): asked about, not asked for.
 */
function resetAskedAbout(t: Tokens, r: Match): boolean {
  if (!t.questionClauses.has(r.clause)) return false;
  const w = (i: number): string => t.words[i]?.w ?? '';
  const inClause = (i: number): boolean => t.words[i]?.clause === r.clause;
  const first = t.words.findIndex((x) => x.clause === r.clause);
  // (review: not "O reset do meu autenticador pode ser feito agora?": the sender's own thing asked for)
  if (r.start === first + 1 && ARTICLES.has(w(first)) && ![1, 2, 3].some((k) => MY_WORDS.has(w(r.end + k - 1)))) return true;
  const k = SUBJECTS.has(w(r.start - 1)) ? r.start - 2 : SUBJECTS.has(w(r.start - 2)) ? r.start - 3 : -1;
  return k >= 0 && inClause(k) && WHEN_WORDS.has(w(k));
}

/**
 * Round 17: "une fois que c'est réinitialisé, je dois refaire quoi ?": a sentence opened by "once / after"
 * that goes on to a question: the reset is when, what follows it is asked (every reset verb in it).
 */
function afterTheResetClause(t: Tokens, clause: number): boolean {
  let start = clause;
  while (start > 0 && t.continuedClauses.has(start)) start--;
  const inClause = t.words.filter((w) => w.clause === start);
  const first = inClause[0]?.w ?? '';
  if (!AFTER_THE_RESET.has(first) && !AFTER_THE_RESET.has(`${first} ${inClause[1]?.w ?? ''}`)) return false;
  for (let c = start; ; c++) {
    if (t.questionClauses.has(c)) return true;
    if (!t.continuedClauses.has(c + 1)) return false;
  }
}

/** A question's opening "once / after …" (not English): what the reset is followed by is asked, not the reset. */
const AFTER_THE_RESET: ReadonlySet<string> = new Set([
  'une fois',
  'apres que',
  'nachdem',
  'sobald',
  'una vez',
  'despues de',
  'depois de',
  'depois que',
  'assim que',
  'dopo che',
  'una volta',
  'nadat',
  'zodra',
  'po tym',
  'gdy juz',
]);

/** A verb of returning a device before "my old … back": the phone went back, nothing is undone. */
const GOING_BACK: ReadonlySet<string> = new Set([
  'going',
  'goes',
  'went',
  'gone',
  'sent',
  'handed',
  'given',
  'returned',
  'shipped',
  'posted',
  'mailed',
  'handing',
]);
const HANDED_BACK: ReadonlySet<string> = new Set(['handed', 'gave', 'sent', 'took', 'brought', 'returned', 'hand', 'handing', 'giving', 'sending', 'posted']);

/** English attack phrases, for messages in another language that switch to English to report one. */
const ENGLISH_SECURITY = COMPILED.get('en')!.securityStrong;

function attackWord(words: readonly Word[], m: Match): boolean {
  if (DENIERS.has(words[m.start - 1]?.w ?? '')) return false;
  const word = words[m.start]?.w ?? '';
  // "genuine question": an idiom, not a doubt about a message
  if (word === 'genuine' && words[m.start + 1]?.w === 'question') return false;
  return !(PROPERTY.test(word) || (word.startsWith('phish') && ['resistant', 'proof'].includes(words[m.start + 1]?.w ?? '')));
}

export function factsOf(t: Tokens, lang: Locale, selfEmails: ReadonlySet<string>): Facts {
  const c = COMPILED.get(lang)!;
  const words = t.words;
  const any = (p: PatternSet): boolean => unquoted(p.matches(words), words).length > 0;
  const thanksAt = c.thanks.matches(words);

  // A quoted error message ("it says 'no accounts'") is still the problem, so no quote filter here
  const problems = c.problems.matches(words);
  // "reiniciei o telemóvel", "Handy neu gestartet": a restart of the phone, not of MFA (unless the
  // clause names MFA or a method)
  const devices = c.device.matches(words);
  const mfaAt = c.mfa.matches(words);
  const methodMatches = c.methods.map(([key, set]) => [key, set.matches(words)] as const);
  const methodStarts = [...mfaAt, ...methodMatches.flatMap(([, ms]) => ms)];
  const methodClauses = new Set(methodStarts.map((m) => m.clause));
  // (round 20: "Sinds mijn vriend mijn telefoon heeft gereset krijg ik geen meldingen meer in Authenticator": a method
  // later in the clause is not the restart's object; only one right after the verb is)
  // (review: German puts the object before the verb, with the device between: "die Authenticator-App auf meinem Handy zurücksetzen")
  const objectAfter = (r: Match): boolean =>
    methodStarts.some(
      (m) =>
        m.clause === r.clause &&
        ((m.start >= r.end && m.start <= r.end + 3) ||
          (m.start < r.start && m.start >= r.start - 6 && devices.some((d) => d.start > m.start && d.start < r.start))),
    );
  const restarts = c.deviceRestart
    .matches(words)
    .filter(
      (r) => (!methodClauses.has(r.clause) || !objectAfter(r)) && devices.some((d) => d.clause === r.clause && d.start < r.end + 3 && r.start < d.end + 3),
    );
  const allReset = c.resetVerbs.matches(words).filter((m) => !restarts.some((r) => r.start < m.end && m.start < r.end));
  const reset = unquoted(allReset, words);
  // "solo el Authenticator, lo demás déjalo como está": leaving the rest keeps it, it refuses nothing
  const dontResetAll = c.dontReset.matches(words);
  // round 18: "Le reste, vous n'y touchez pas", "the rest, don't touch it": the rest alone before the comma is what is left alone
  const restAlone = c.rest.matches(words).filter((m) => words[m.end]?.clause !== m.clause && (m.start === 0 || words[m.start - 1]?.clause !== m.clause));
  const exceptAll = c.except.matches(words);
  // (round 21: "todo menos el correo de respaldo, ese déjalo como está": the method before it is left alone, nothing is refused)
  const pointsBack = (d: Match): boolean => {
    const opener = words.find((w) => w.clause === d.clause);
    return opener !== undefined && POINTS_BACK.has(opener.w) && words.indexOf(opener) >= d.start - 1 && exceptAll.some((e) => e.clause === d.clause - 1);
  };
  const leftAlone = [...dontResetAll, ...c.retract.matches(words)].filter(pointsBack);
  const restKept = [...c.leaveRest.matches(words), ...dontResetAll.filter((d) => restAlone.some((m) => m.clause === d.clause - 1)), ...leftAlone];
  const notRest = (m: Match): boolean => !restKept.some((r) => r.start < m.end && m.start < r.end);
  const dontReset = unquoted(dontResetAll, words).filter(notRest);
  const stories = unquoted(c.storyPerson.matches(words), words);
  const reports = c.report.matches(words);
  // an MFA, method or account word right after a possessive: whose it is
  const objectStarts = new Set(methodStarts.map((m) => m.start));
  words.forEach((w, i) => {
    if (ACCOUNT.has(w.w)) objectStarts.add(i);
  });
  const ownerOf = (i: number): 'me' | 'them' | undefined => {
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const p = words[k]?.w ?? '';
      // "my friend's account", "my second account", "mein Kollege …": a person or another account between
      if (NOT_MINE.has(p)) return 'them';
      if (MY.has(p)) return 'me';
      if (THEIR.has(p)) return 'them';
    }
    return undefined;
  };
  const owners = [...objectStarts].map(ownerOf);
  const ownObject = owners.includes('me') && !owners.includes('them');
  // "my boss told me to reset my MFA": the boss only reported; the MFA is still the sender's
  const others = unquoted(c.otherPerson.matches(words), words).filter(
    (m) => !covered(stories, m.start) && !reports.some((r) => r.clause === m.clause && r.start >= m.end && r.start - m.end <= 3),
  );

  // A negator is about the reset only when it is not part of a problem ("funktioniert nicht"),
  // and not an alternative ("faut la réinitialiser ou pas ?").
  const negated = (r: Match): boolean => {
    for (let i = Math.max(0, r.start - 3); i < Math.min(words.length, r.end + 3); i++) {
      const w = words[i];
      if (w === undefined || w.clause !== r.clause || (i >= r.start && i < r.end)) continue;
      const doubt = lang !== 'en' && (DOUBT.has(words[i + 1]?.w ?? '') || DOUBT.has(words[i - 1]?.w ?? '') || doubtSi(words, i));
      if (c.negators.has(w.w) && !covered(problems, i) && !ALTERNATIVE.has(words[i - 1]?.w ?? '') && !doubt) return true;
    }
    return false;
  };
  const negatedReset = reset.some(negated);
  // "geen idee of resetten nodig is": a negator of doubt beside a reset verb
  const doubted = (r: Match): boolean => {
    if (lang === 'en') return false;
    for (let i = Math.max(0, r.start - 6); i < r.start; i++) {
      const w = words[i];
      if (
        w !== undefined &&
        w.clause === r.clause &&
        c.negators.has(w.w) &&
        (DOUBT.has(words[i + 1]?.w ?? '') || DOUBT.has(words[i - 1]?.w ?? '') || doubtSi(words, i))
      )
        return true;
    }
    return false;
  };

  const negatedBefore = (k: Match): boolean => words.some((w, i) => w.clause === k.clause && i < k.start && (c.negators.has(w.w) || w.w === 'reason'));
  const exceptAt = unquoted(exceptAll, words);
  // (round 21: "O resto fica": the rest that stays is not a method kept)
  const keepAt = unquoted(c.keep.matches(words), words).filter(notRest);
  const keepsWhatFollows = (k: Match, m: Match): boolean =>
    k.start >= m.end && reset.some((r) => r.clause === m.clause && r.end <= m.start) && words[k.end] !== undefined && words[k.end]!.clause === k.clause;
  const appIn = (clause: number): boolean => words.some((w) => w.clause === clause && APP_WORDS.has(w.w));
  const methods: MethodHit[] = [];
  for (const [key, ms] of methodMatches) {
    for (const m of unquoted(ms, words)) {
      methods.push({
        key,
        match: m,
        requested: reset.some((r) => r.clause === m.clause),
        excluded:
          exceptAt.some((e) => e.clause === m.clause && e.start < m.start) ||
          // (round 21: not "Resetea el SMS y mantén la app", "remove the sms and keep the app": a keep after a method the
          // clause's reset verb asks for, with its own object after it, keeps that object, not the method)
          keepAt.some((k) => k.clause === m.clause && !keepsWhatFollows(k, m)) ||
          // "Windows Hello werkt nog, dat wil ik houden": a keep in the next clause that names nothing of its own
          // (never a method its own clause asks to remove: "die zweite Handynummer entfernen, die Hauptnummer soll bleiben")
          // (and not "I don't want to keep it", "no need to keep it": a negated keep)
          // (round 21: nor one that names the app, a method the lexicons cannot name: "the sms, the app is fine")
          (keepAt.some((k) => k.clause === m.clause + 1 && !methodClauses.has(k.clause) && !negatedBefore(k) && !appIn(k.clause)) &&
            !reset.some((r) => r.clause === m.clause || r.clause === m.clause + 1)) ||
          // "reset all my MFA but don't touch my YubiKey": refused after a request in the same clause
          dontReset.some((d) => d.clause === m.clause && d.start < m.start && reset.some((r) => r.clause === m.clause && r.end <= d.start)) ||
          // round 18: "… using Windows Hello so please do not touch that": refused by a pronoun after it, in a clause that asks nothing
          // (review: "Don't touch my YubiKey. Reset all my MFA": refused before it, in a clause that asks nothing;
          // "Don't remove my security key": the clause's only reset verb is negated)
          dontReset.some((d) => d.clause === m.clause && d.end <= m.start && !reset.some((r) => r.clause === m.clause)) ||
          (reset.some((r) => r.clause === m.clause && r.end <= m.start && negated(r)) && !reset.some((r) => r.clause === m.clause && !negated(r))) ||
          // (or the clause after it: "My YubiKey works, don't touch it")
          dontReset.some(
            (d) =>
              (d.clause === m.clause || (d.clause === m.clause + 1 && !methodClauses.has(d.clause))) &&
              d.start >= m.end &&
              (POINTING.has(words[d.end]?.w ?? '') || words.slice(d.start, d.end).some((w) => POINTING.has(w.w))) &&
              !reset.some((r) => r.clause === m.clause || r.clause === d.clause),
          ),
      });
    }
  }

  // round 21: "alles außer der App", "wszystkie metody oprócz aplikacji", "todo menos la app": the app kept
  // beside "except" (or a keep word) is the Authenticator, though the lexicons do not read "the app" alone
  // as one (a lost phone's app is part of everything)
  // (only beside a request for everything: "Réinitialisez la clé, gardez l'application" names a key the lexicon cannot name)
  const everything = lang !== 'en' && (c.all.matches(words).length > 0 || unquoted(mfaAt, words).length > 0);
  // (review: not "Außer der App habe ich nichts, bitte die App zurücksetzen": an app a reset clause names is what goes)
  const appResetClauses = new Set(words.filter((x) => APP_WORDS.has(x.w) && reset.some((r) => r.clause === x.clause)).map((x) => x.clause));
  words.forEach((w, i) => {
    if (!everything || !APP_WORDS.has(w.w) || methods.some((h) => h.key === 'authenticator' && h.match.clause === w.clause)) return;
    const exceptBefore = exceptAt.some((e) => e.clause === w.clause && e.end <= i && i - e.end <= 2);
    // (round 21: or a keep right beside it: "und die App behalten", "gardez l'application", "mantén la app")
    const keptBeside = keepAt.some((k) => k.clause === w.clause && ((k.end <= i && i - k.end <= 2) || (k.start > i && k.start - i <= 2)));
    const appAsked = [...appResetClauses].some((cl) => cl !== w.clause);
    if ((exceptBefore || keptBeside) && !appAsked && !reset.some((r) => r.clause === w.clause && r.start > i))
      methods.push({ key: 'authenticator', match: { source: 'app', start: i, end: i + 1, clause: w.clause }, excluded: true, requested: false });
  });

  let security: SecurityKind | undefined;
  let securityRule = '';
  // a phishing text is reported by quoting it ("FWD: 'Your MFA expires today, scan the QR code …'"),
  // so quotes count there; a code-switched message ("… z Rumunii!! someone has my password") may
  // report the attack in English
  const strongSets = lang === 'en' ? [c.securityStrong] : [c.securityStrong, ENGLISH_SECURITY];
  for (const sets of strongSets) {
    for (const [kind, set] of sets) {
      const all = set.matches(words);
      const m = (kind === 'phishing' ? all : unquoted(all, words)).filter((x) => attackWord(words, x))[0];
      if (m !== undefined) {
        security = kind;
        securityRule = `security:${kind}:${m.source}`;
        break;
      }
    }
    if (security !== undefined) break;
  }
  // Weaker signs ("didn't request", "constantly") only with prompts / sign-ins / e-mails in the
  // message, and never when a problem is stated ("I constantly don't get codes" is a problem).
  // (round 18: the description of a pasted error screen, "an mfa sign-in error", is not the sender's problem)
  const ownProblems = problems.filter((p) => !(words[p.start]?.w === 'error' && words[p.start - 1]?.w === 'signin' && words[p.start - 2]?.w === 'mfa'));
  if (security === undefined && ownProblems.length === 0 && any(c.securityContext)) {
    for (const [kind, set] of c.securityWeak) {
      const m = unquoted(set.matches(words), words).filter((x) => attackWord(words, x))[0];
      if (m !== undefined) {
        security = kind;
        securityRule = `security-weak:${kind}:${m.source}`;
        break;
      }
    }
  }

  // "Vielen Dank im Voraus", "grazie in anticipo": a thank-you formula, not planning for later
  const future = unquoted(c.future.matches(words), words).some((m) => !covered(thanksAt, m.start));
  const foreignEmails = t.emails.filter((e) => !selfEmails.has(e)).length;
  // "remove my security key, the authenticator is fine, don't touch it": the refusal is about
  // another method than the request
  const keysIn = (clause: number): Set<string> => new Set(methods.filter((m) => m.match.clause === clause && !m.excluded).map((m) => m.key));
  // "remove it": the method is the one named just before
  // (or two back: "My hardware OATH token is dead, battery's flat. Can you remove it …?")
  const keysOf = (clause: number): Set<string> =>
    keysIn(clause).size > 0 ? keysIn(clause) : keysIn(clause - 1).size > 0 ? keysIn(clause - 1) : keysIn(clause - 2);
  // "reset all my other MFA methods": a request for the whole MFA names its own object, never the method a clause before
  const wholeAsked = new Set([...unquoted(mfaAt, words), ...c.all.matches(words)].map((m) => m.clause));
  const keysFor = (clause: number): Set<string> => (wholeAsked.has(clause) ? keysIn(clause) : keysOf(clause));
  const positive = reset.filter((r) => !negated(r) && keysFor(r.clause).size > 0);
  // round 20: clauses in which a reset is what a question is about ("O reset apaga também …?")
  const askedAboutClauses = new Set(reset.filter((x) => resetAskedAbout(t, x)).map((x) => x.clause));
  const negationClauses = [...dontReset.map((m) => m.clause), ...reset.filter(negated).map((r) => r.clause)];
  const requested = new Set(positive.flatMap((r) => [...keysFor(r.clause)]));
  const passwordClauses = new Set(c.password.matches(words).map((m) => m.clause));
  // "reset all my MFA but don't touch my YubiKey": a request for the whole MFA beside a refusal
  // that names one method keeps that method
  const mfaUnquoted = unquoted(mfaAt, words);
  // "reset de rest", "bórrame todo lo demás": everything else (not the rest that is left as it is)
  // (not "el resto no", "mais pas le reste": a negator beside the rest keeps it)
  const negatorNear = (m: Match): boolean => words.slice(Math.max(0, m.start - 2), m.end + 3).some((w) => c.negators.has(w.w) || NEGATION_WORDS.has(w.w));
  const allAt = unquoted([...c.all.matches(words), ...c.rest.matches(words).filter((m) => notRest(m) && !negatorNear(m))], words);
  const wholeClauses = new Set([...mfaUnquoted, ...allAt].map((m) => m.clause));
  const positiveWhole = reset.filter((r) => !negated(r) && keysFor(r.clause).size === 0 && wholeClauses.has(r.clause));
  const requestBesideNegation =
    (positive.length > 0 || positiveWhole.length > 0) &&
    negationClauses.length > 0 &&
    negationClauses.every((cl) => {
      // "no, I don't need a password reset": the refusal is about the password
      if (passwordClauses.has(cl)) return true;
      // what the refusal is about, kept or not ("the app is fine, don't touch it")
      const anyIn = (x: number): Set<string> => new Set(methods.filter((m) => m.match.clause === x).map((m) => m.key));
      // round 7: "remove the app from my account, the old phone won't let go of it": a negated verb
      // in a later clause that names no method, after a request that did, is part of the story
      if (anyIn(cl).size === 0 && !dontReset.some((m) => m.clause === cl) && positive.some((r) => r.clause < cl)) return true;
      const own = anyIn(cl).size > 0 ? anyIn(cl) : anyIn(cl - 1);
      return own.size > 0 && [...own].every((k) => !requested.has(k));
    });
  // (and a retraction word inside a problem is the problem: "kody … są już nieważne", no longer valid)
  const retracts = unquoted(c.retract.matches(words), words).filter((m) => notRest(m) && !problems.some((p) => p.start <= m.start && m.end <= p.end));
  const positiveClauses = new Set(reset.filter((r) => !negated(r)).map((r) => r.clause));
  const allRequested = allAt.some((m) => positiveClauses.has(m.clause));
  // (not "… bitte aus meinem MFA raus", "remove it from my MFA": there MFA is where the method is)
  const fromBefore = (m: Match): boolean => FROM.has(words[m.start - 1]?.w ?? '') || FROM.has(words[m.start - 2]?.w ?? '');
  const mfaRequested = mfaUnquoted.some((m) => positiveClauses.has(m.clause) && keysIn(m.clause).size === 0 && !fromBefore(m));
  return {
    wordCount: words.length,
    mfa: any(c.mfa),
    methods,
    device: any(c.device),
    signIn: any(c.signIn),
    reset,
    quotedReset: allReset.length > 0 && reset.length === 0,
    resetQuoted: allReset.length > reset.length,
    // (round 21: "moet ik iets doen?" about a problem now is a doubt; with a plan for later it is a question)
    // (review: and not beside a request, "Handy verloren, was muss ich tun? Bitte alles zurücksetzen")
    doubt: reset.some(doubted) || any(c.hedges) || (any(c.whatToDo) && reset.length === 0 && !future),
    personalAccount: any(c.personalAccount),
    capability: any(c.capability),
    mfaFine: any(c.mfaFine),
    solved: any(c.solved),
    problem: problems.length > 0,
    // round 21: "het is niet mijn MFA, ik ben mijn wachtwoord kwijt": every problem told is the password's
    passwordProblemOnly: problems.length > 0 && problems.every((p) => passwordClauses.has(p.clause)),
    all: allAt.length > 0,
    limited: any(c.limit),
    // round 21: "todo menos el correo": an "except" whose object the lexicon cannot name (what to keep is unknown)
    exceptUnnamed: exceptAt.some((e) => !methods.some((h) => h.match.clause === e.clause && h.match.start >= e.start) && words[e.end]?.clause === e.clause),
    negatedReset,
    dontReset: dontReset.length > 0,
    retract: retracts.length > 0,
    other: others.length > 0 || foreignEmails > 0 || t.mentions.length > 0,
    ownObject,
    emailsNotSelf: foreignEmails,
    mentions: t.mentions.length,
    requestBesideNegation,
    story: stories.length > 0,
    question: any(c.question),
    past: any(c.past),
    future,
    asked: t.questionClauses.size > 0,
    infoQuestion:
      lang !== 'en' &&
      reset.length > 0 &&
      reset.every((r) => infoQuestionClause(t, r.clause, c.questionOpeners) || afterTheResetClause(t, r.clause) || askedAboutClauses.has(r.clause)),
    sarcasm: any(c.sarcasm),
    list: any(c.list),
    preview: any(c.preview),
    conditional: opensConditional(words, lang) && t.questionClauses.size > 0,
    retractAt: Math.max(-1, ...retracts.map((m) => m.start)),
    // a reset verb inside the retraction ("I no longer need the reset") is part of it
    lastResetAt: Math.max(-1, ...reset.filter((r) => !covered(retracts, r.start)).map((m) => m.start)),
    allRequested,
    mfaRequested,
    help: any(c.help),
    greeting: any(c.greeting),
    thanks: any(c.thanks),
    yesOnly: wholeMessageIn(words, c.yes),
    noOnly: wholeMessageIn(words, c.no),
    // round 7: the Wi-Fi's password ("la contraseña del wifi de invitados") is not the account's
    password: any(c.password) && !words.some((w, i) => WIFI.test(w.w) || (w.w === 'wi' && words[i + 1]?.w === 'fi')),
    // (round 17: not a device handed back: "I handed my old phone back yesterday")
    // (round 18: nor one on its way back: "my old one is going back to the supplier")
    undo: unquoted(c.undo.matches(words), words).some(
      (m) =>
        !HANDED_BACK.has(words[m.start - 1]?.w ?? '') &&
        !words.slice(m.start, m.end).some((w) => GOING_BACK.has(w.w)) &&
        // (round 21: "vllt geht das auch mit backup wiederherstellen?": the app restored from its backup, not an undo)
        !words.slice(Math.max(0, m.start - 4), m.end + 3).some((w) => w.clause === m.clause && BACKUP.test(w.w)),
    ),
    security,
    securityRule,
  };
}
