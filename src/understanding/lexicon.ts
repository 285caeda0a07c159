/**
 * The shape of a per-language lexicon (the data in lexicons/*.ts). Every entry is a list of
 * patterns in the matcher's syntax (folded, accent-free, `*` = prefix, `..` = up to three words).
 * Adding a language is adding one data file and one line in lexicons/index.ts.
 */
import type { SecurityKind } from './types.js';

/** Method families a message can name, matching ResetScope kinds (phone split by type). */
export type MethodKey =
  'authenticator' | 'phone' | 'mobile' | 'office' | 'alternateMobile' | 'sms' | 'email' | 'securityKey' | 'whfb' | 'oath' | 'hwOath' | 'swOath' | 'tap';

/**
 * Consumer services and national e-ID apps, named alike in every language: their 2FA is a personal
 * account's, not ours to reset. Each lexicon adds its own "my personal account" words; Polish, which
 * inflects the names ("na Facebooku"), lists its own stems.
 */
export const PERSONAL_SERVICES: readonly string[] = [
  'instagram',
  'facebook',
  'steam',
  'tiktok',
  'snapchat',
  'netflix',
  'playstation',
  'apple id',
  'discord',
  'paypal',
  'amazon',
  'linkedin',
  'twitter',
  'ebay',
  'spotify',
  'digid',
  'elster',
  'bankid',
  'itsme',
  'spid',
  'franceconnect',
  'mojeid',
  'profil zaufany',
];

export interface Lexicon {
  /** Function words that tell the language apart (exact words). */
  readonly stopwords: readonly string[];
  /** MFA itself: "mfa", "zwei-faktor*", "double authentification". */
  readonly mfa: readonly string[];
  readonly methods: Readonly<Partial<Record<MethodKey, readonly string[]>>>;
  /** A phone as a device ("handy", "portable"): a problem with it is an MFA problem here. */
  readonly device: readonly string[];
  /** Reset, remove, set up again, re-register. */
  readonly resetVerbs: readonly string[];
  /** Lost, stolen, broken, replaced device; app or codes not working. A current problem. */
  readonly problems: readonly string[];
  /** Everything, all methods. */
  readonly all: readonly string[];
  /** "except", "but not": what follows is kept. */
  readonly except: readonly string[];
  /** "... should stay", "keep ...": a method in the same clause is kept, not removed. */
  readonly keep: readonly string[];
  /** Negators; a reset verb within three words of one (same clause) is negated. */
  readonly negators: readonly string[];
  /** Explicit "don't reset", "not asking for a reset", "leave my MFA alone". */
  readonly dontReset: readonly string[];
  /** "never mind", "forget it". */
  readonly retract: readonly string[];
  /** Other people: colleague, boss, "for my colleague", third-person possessives. */
  readonly otherPerson: readonly string[];
  /** "told me", "hat gesagt": a person after whom comes a report only told the sender what to do. */
  readonly report: readonly string[];
  /** "only", "nur", "seulement": the sender limits the reset to what they named. */
  readonly limit: readonly string[];
  /** A person who only figures in the story: "my son dropped my phone" (the phone is mine). */
  readonly storyPerson: readonly string[];
  /** Interrogatives that make a general question ("why do we need MFA?"). */
  readonly question: readonly string[];
  /** A past event ("last week I reset ..."). */
  readonly past: readonly string[];
  /** Planning for later ("next week I get a new phone"). */
  readonly future: readonly string[];
  /** Lookalikes: sarcasm markers, "is this e-mail real?". */
  readonly sarcasm: readonly string[];
  readonly list: readonly string[];
  /** "before you delete anything, show me …", "what would be removed?": a look first, never a card. */
  readonly preview: readonly string[];
  /** Restart / factory-reset verbs that, next to a device word ("reiniciei o telemóvel"), mean the phone, not MFA. */
  readonly deviceRestart: readonly string[];
  /**
   * Round 17: words of signing in (sign in, approve, verification, codes, push): a topic the classifier
   * rescue may read as the sender's MFA when the message names neither MFA nor a method.
   */
  readonly signIn?: readonly string[];
  readonly help: readonly string[];
  readonly greeting: readonly string[];
  readonly thanks: readonly string[];
  /** Whole-message confirmations and cancellations ("yes", "go ahead" / "no", "cancel"). */
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly password: readonly string[];
  readonly undo: readonly string[];
  /** Attacks. A pattern written `!…` decides alone; the others need a `securityContext` word too. */
  readonly security: Readonly<Record<SecurityKind, readonly string[]>>;
  /** Prompts, approvals, sign-ins, e-mails: what an attack report talks about. */
  readonly securityContext: readonly string[];
  /** Round 15: "reset the rest", "todo lo demás": everything else, beside a method kept. */
  readonly rest?: readonly string[];
  /** Round 14: "leave the rest as it is" beside "only X": the rest is kept, nothing is refused. */
  readonly leaveRest?: readonly string[];
  /** A personal, non-work account (Instagram, Gmail, "compte perso"): its 2FA is not ours to reset. */
  readonly personalAccount?: readonly string[];
  /** "what can this bot do?", "how does this bot work?": a question about the bot itself. */
  readonly capability?: readonly string[];
  /** "not the MFA", "the MFA works fine": beside the password, the password is the problem. */
  readonly mfaFine?: readonly string[];
  /** "works fine now", "alles läuft wieder": beside a past event, the story of a solved problem. */
  readonly solved?: readonly string[];
  /** "no sé si", "sei lá", "keine Ahnung": the sender doubts what they need; a request beside one is asked about. */
  readonly hedges?: readonly string[];
  /** Round 21: "moet ik iets doen?", "was muss ich tun?": what to do about a problem now (asked about, not a general question; not with a plan). */
  readonly whatToDo?: readonly string[];
  /** "wie lange", "combien", "czy": words that open a question for information ("how long does a reset take?"), not a request. */
  readonly questionOpeners?: readonly string[];
  /** "for", "für", "pour": a name after it is the target. */
  readonly forWords: readonly string[];
}
