/**
 * English: the tuned rule pipeline (recognize.ts) decides, and the lexicon engine is a second
 * opinion. Where they disagree the result moves toward asking, never toward a card:
 *  - attack reports, "undo", a typed yes / no, "reset my password" come from the lexicon engine
 *    (the rule pipeline has no such intents);
 *  - a reset the rules found only in a stated problem ("got a new phone", "codes stopped
 *    arriving") is a clarify: a card needs a request;
 *  - a reset that is quoted, sarcastic, planned for later, asked as a question ("do I need to
 *    reset …?"), a past story, or explicitly refused → clarify, aboutMfa or negation;
 *  - someone else's MFA according to the rules, when the sender plainly asks about their own and
 *    names no one else as the target (a relative, an ex, a colleague in the story) → clarify;
 *  - a message the rules call aboutMfa / unknown but the lexicon engine reads as a request
 *    about the sender's MFA (and not a question or a past event) → clarify.
 */
import { type Decision, decide, scopeFrom } from '../decide.js';
import type { Facts } from '../facts.js';
import { EMAIL, type Tokens } from '../text.js';
import type { Intent, ResetScope } from '../types.js';
import { recognizeDetailed } from './recognize.js';

function clarify(scope: ResetScope | undefined): Intent {
  return scope === undefined ? { type: 'clarify' } : { type: 'clarify', scope };
}

function scopeOf(b: Intent): ResetScope | undefined {
  return b.type === 'reset' || b.type === 'clarify' ? b.scope : undefined;
}

/** Words that open a question about MFA rather than a request ("will resetting ... ?", "what if ..."). */
const QUESTION_OPENERS = new Set([
  'what',
  'whats',
  'why',
  'when',
  'will',
  'would',
  'does',
  'do',
  'did',
  'is',
  'are',
  'should',
  'if',
  'who',
  'where',
  'which',
  'once',
  'has',
  'have',
  'was',
]);

const HELP_QUESTION = /^(?:so |ok |okay )?what (?:now|next|do i do|should i do|can i do|else (?:do|can|should) i do)(?: now| then| here| pls| please)?$/;

/** The words of the clauses that end in "?" ("how do I get her MFA sorted" names the target there). */
function askedText(t: Tokens): string {
  return t.words
    .filter((w) => t.questionClauses.has(w.clause))
    .map((w) => w.w)
    .join(' ');
}

function isQuestionish(t: Tokens): boolean {
  const first = t.words[0]?.w ?? '';
  if (first === 'if' || first === 'once' || first === 'why') return true;
  for (const c of t.questionClauses) {
    const words = t.words.filter((w) => w.clause === c);
    const opener = words[0]?.w ?? '';
    // "what now?", "what do I do?": asking for help with the problem just stated, not a general question
    if (HELP_QUESTION.test(words.map((w) => w.w).join(' '))) continue;
    // "is it possible to …", "is there a way to …", "do you …": asking for the reset itself
    if (['it', 'there', 'you'].includes(words[1]?.w ?? '') && (opener === 'is' || opener === 'do' || opener === 'would')) continue;
    if (QUESTION_OPENERS.has(opener)) return true;
  }
  return false;
}

/**
 * Round 20: "Not for my manager this time", "not the shared mailbox": who it is not for. Not after why / if / then / it /
 * is ("why not for my boss?"), and with too / as well / also / both the exception does not hold (explicitOther).
 */
const NOT_FOR = String.raw`(?<!(?<!\b(?:why|if|then|it|is)\s)\bnot\s)`;
const NOT_THE = String.raw`(?<!(?<!\b(?:why|if|then|it|is)\s)\bnot\s(?:the|my|our)\s)`;
const ALSO_WORDS = /\b(?:too|as well|also|both)\b/i;
/** Someone named as the target, not just in the story: an address, a mention, "for X", "X's MFA"; the exceptions as prefixes. */
const explicitOtherPattern = (notFor: string, notThe: string): RegExp =>
  new RegExp(
    String.raw`\bfor\s+(?:him|her|them|(?:all|each|both|every one|the rest)\s+of\s+(?:them|us|em)|them all|all of em)\b|` +
      notFor +
      String.raw`\b(?:for|of)\s+(?:my\s+|our\s+|the\s+|a\s+|an\s+)?(?:colleague|co-?worker|boss|manager|team|intern|user|users|staff|employee|new\s+(?:hire|starter)s?)\b|\b(?:his|her|their|someone else'?s?|somebody else'?s?|(?!(?:account|acct|phone|app|company|tenant|org|work|today|it|that|what|there|here|who|where|mine|device|laptop|tablet|handset|iphone|computer|pc|key|token|fob)'s)[a-z]+'s)\s+(?:mfa|2fa|two[- ]?factor|two[- ]?step|multi-?factor|account|authenticator|methods|security info|sign-?in|verification)\b|` +
      notThe +
      String.raw`\b(?:shared|service|generic|room|resource|team)\s+(?:mailbox|account)\b|\b(?:of|for)\s+(?:all\s+(?:of\s+)?)?(?:my|our)\s+(?:\w+\s+)?(?:drivers|nurses|agents|workers|staff|team|reports|guys|people|crew|employees|users|colleagues|techs|carers|cashiers|pickers)\b|\buser\s?id\b|\bsvc[-_.][\w-]+|\broot\s+account\b`,
    'i',
  );
const EXPLICIT_OTHER = explicitOtherPattern(NOT_FOR, NOT_THE);
const EXPLICIT_OTHER_STRICT = explicitOtherPattern('', '');
const explicitOther = (text: string): boolean =>
  EXPLICIT_OTHER.test(text) || (ALSO_WORDS.test(text) && EXPLICIT_OTHER_STRICT.test(text)) || PERSONS_ALONE.test(text);
/**
 * Round 7: a whole group as the target ("for all 4 of our consultants", "for the whole night
 * shift", "for everyone on my team"): someone else's MFA, even when the sender is in the group.
 * Plurals of things a sender owns (methods, phones, keys …) are not people.
 */
const GROUP_TARGET =
  /\b(?:for|of)\s+(?:the\s+|my\s+|our\s+|this\s+)?(?:whole|entire)\s+(?:[\w-]+\s+){0,2}(?:team|shift|department|dept|crew|floor|office|unit|ward|squad|group|site|branch|store|class|company|org|organisation|organization|rotation|rota|roster|cohort|division|practice|pod|tribe|staff)\b|\bfor\s+(?:all|each|both|every\s+one)\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+)?(?:of\s+)?(?:our|my|the|these|those)\s+(?:new\s+)?(?!(?:methods|devices|phones|numbers|keys|tokens|accounts|apps|codes|options|factors|things|authenticators|passkeys|registrations|entries|details|settings|mfa)\b)[a-z]{3,}s\b|\bfor\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+)?(?:our\s+|my\s+|the\s+)?(?:new\s+)?(?:people|users|staff|colleagues|employees|consultants|contractors|agents|workers|nurses|drivers|interns|starters|joiners|techs)\b|\bfor\s+(?:every(?:one|body)|all)\s+(?:in|on|at)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:team|shift|department|dept|crew|floor|office|unit|ward|squad|group|site|branch|store)\b/i;
/**
 * Round 17: someone else's things named as the object ("their authenticators", "his phone", "her
 * number"): plurals and objects EXPLICIT_OTHER's "his|her|their + MFA word" does not reach.
 */
const OTHER_THINGS = String.raw`(?:own\s+|old\s+|new\s+|work\s+)?(?:mfa|2fa|authenticators?|apps?|phones?|mobiles?|numbers?|keys?|yubikeys?|tokens?|accounts?|acct|methods?|passkeys?|logins?|sign-?ins?|laptops?|devices?)\b`;
const PERSON_WORDS = String.raw`(?:friend|son|daughter|wife|husband|partner|mum|mom|mother|dad|father|brother|sister|kid|child|cousin|colleague|coworker|co-worker|boss|manager|assistant|intern|teammate|mate|buddy|neighbou?r|uncle|aunt|niece|nephew|girlfriend|boyfriend|flatmate|roommate)`;
/**
 * Round 21: a person's possessive standing alone as the object ("actually just reset my colleague's",
 * "it's my manager's, not mine"): someone else's MFA, never a person in the story.
 */
const PERSONS_ALONE = new RegExp(
  String.raw`\b(?:reset|remove|clear|wipe|do|fix|it'?s|it is|for)\s+(?:just\s+|only\s+)?(?:my|our|the)\s+(?:colleague|co-?worker|boss|manager|assistant|intern|teammate|supervisor|team ?lead|director)'s(?=\s*(?:$|[.,!?;:)]|instead\b|too\b|one\b|as well\b|please\b|pls\b|not\b|rather\b))`,
  'i',
);
const OTHERS_OBJECT = new RegExp(
  [
    // "their authenticators", "his phone", "my son's phone", "my friend account mfa"
    String.raw`\b(?:his|her|their|your)\s+${OTHER_THINGS}`,
    String.raw`\b(?!(?:account|acct|phone|app|company|tenant|org|work|today|it|that|what|there|here|who|where|mine|device|laptop|tablet|handset|iphone|computer|pc|key|token|fob|one|everyone|nobody)'s)[a-z]+'s\s+${OTHER_THINGS}`,
    String.raw`\bmy\s+${PERSON_WORDS}s?\s+${OTHER_THINGS}`,
    // "the MFA of my friend", "for my son"
    String.raw`\b(?:of|for|on)\s+(?:my|our)\s+(?:\w+\s+)?${PERSON_WORDS}s?\b`,
    // "can you help him", "reset her"
    String.raw`\b(?:help|assist|reset|fix|unlock|sort out)\s+(?:him|her|them)\b`,
    // a service or root account: "svc-backup", "the AWS root account"
    String.raw`\bsvc[-_]\w+|\broot\s+account\b`,
  ].join('|'),
  'i',
);
const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself)\b/i;
/** The explain tag of an otherUser answer that names no target: the classifier rescue may ask instead. */
export const PERSON_WITHOUT_TARGET = 'person-without-target';
/** The sender asks about their own MFA ("my MFA", "my authenticator", "MY account"). */
const OWN_REQUEST =
  /\b(?:my|mine)\s+(?:own\s+|old\s+|new\s+|work\s+|personal\s+|current\s+|registered\s+|alternate\s+|office\s+){0,2}(?:mfa|2fa|two[- ]?factor|two[- ]?step|multi-?factor|authenticator|sign-?in methods|methods|security info|verification|account|number|phone|mobile|email|security key|yubikey|windows hello)\b|\bmy\s+(?:auth|authentication|mfa|2fa|sign-?in|verification|security)\s+(?:methods|info)\b|\bmy acct\b|\bmy sign-?in (?:stuff|things|setup|details)\b|\bfor me\b|\b(?:reset|re-?register|re-?enrol+|re-?set up|redo) me\b|\bMY account\b/i;
/** "reset my MFA", "remove my alternate mobile", "my MFA reset": a reset verb right next to the sender's own method. */
const OWN_RESET =
  /\b(?:reset|remove|delete|clear|wipe|re-?register|get rid of)\s+(?:all\s+(?:of\s+)?)?(?:my|mine)\b|\b(?:reset|remove|delete|clear|wipe|take|get|drop)\b[^.?!]{0,40}\b(?:from|off|on) my\s+(?:\w+\s+)?(?:account|acct|mfa|methods|profile|security info)\b|\bmy\s+(?:mfa|2fa|multi-?factor|authenticator|sign-?in methods|security info)\s+(?:reset|removed|cleared|wiped|re-?registered)\b/i;
/** A reset asked for now: a past story without one of these stays a story. */
const ASKS_NOW =
  /\b(?:please|pls|plz|can you|could you|can u|need|want|would like|asap|kindly|grateful if|if you would|if you could|would you|i am requesting|i'm requesting|i request)\b|^\s*(?:reset|remove|delete|clear|wipe|erase|drop|kill|deactivate|take|get rid of)\b/i;
const MY_PHONE = /\b(?:on|with) my (?:\w+ )?(?:phone|mobile|cell|iphone|android|handset)\b/i;
/** A request asked now in so many words: "can you remove …", "please unregister …". */
const OWN_RESET_OR_ASK =
  /(?:^|[.!?]\s+)\s*(?:can you|could you|can u|please|pls|plz|kindly|reset|remove|delete|clear|wipe|erase|get rid of|unregister|deregister|nuke)\b/i;
/** The sender's own earlier request, told ("I asked for the removal", "I requested a reset yesterday"). */
const PAST_OWN_REQUEST =
  /\bi (?:had )?(?:asked|requested|put in a request|raised a ticket|submitted a request)(?: you| the bot)? for\b|\bi (?:had )?requested (?:a|the)\b/i;
/** A retraction the lexicon engine may not list ("please cancel my MFA reset request"). */
const RETRACT_WORDS = /\b(?:cancel\w*|withdraw\w*|never ?mind|forget|stop|abort|hold off|scratch that)\b/i;
/** The sender doubts what they need. */
const HEDGE =
  /\b(?:maybe|dunno)\b|\bidk\b(?!\s+(?:what happened|why|how))|\b(?:i )?(?:honestly |really |just )?(?:don'?t|do not) know(?=\s*(?:[.,!?]|$|tbh|honestly|if\b|whether|what to do))|\bmight need\b|\b(?:thinking|thought) (?:about|of) (?:maybe )?(?:resetting|reseting|wiping|clearing|removing|deleting|a reset|doing (?:a|the|an) (?:mfa )?reset)\b|\bconsidering (?:a reset|resetting|wiping|clearing|removing)\b|\b(?:wary|in two minds|on the fence)\b|\bnot (?:really |entirely |totally |100% )?sure\b|\bi (?:don'?t|do not) (?:really |even )?know (?:what|if|whether|how)\b|\bno idea (?:what|if|whether)\b|\b(?:wondering|unsure|undecided|debating) (?:whether|if) (?:i should|to|i need to|i ought to)\b/i;
const POLITE_ASK =
  /\b(?:please|pls|plz|can you|could you|can u|would you|kindly|if you (?:could|can|would)\b(?=[^?]{0,80}\b(?:that would be|that'd be|i'd be|i would be|would be (?:great|lovely|brilliant|grand|wonderful|much appreciated)|much appreciated|i'd appreciate|grateful)\b))/i;
/** A reset asked for now in so many words (not "need", which a hypothetical also says). */
/**
 * Round 17: the sender asks how or where they would do the reset themselves, with alternatives or a
 * requirement ("can I do the reset from my own phone or …?", "does it have to be a company device?").
 */
const HOW_OR_WHERE_ASKED =
  /\b(?:can|could|may|should|must|do)\s+i\s+(?:do|perform|run|start|trigger|complete|finish)\s+(?:the|a|my|this)\s+reset\b[^.?!]*\bor\b[^.?!]*\?|\b(?:does|do|must|will)\s+(?:it|this|that|the reset|i)\s+(?:have to|need to|has to)\s+be\s+(?:done\s+)?(?:on|from|at|in|with|a|an|my)\b[^.?!]*\?/i;
const ASKS_NOW_STRICT = new RegExp(String.raw`${POLITE_ASK.source}|\b(?:asap|right now|go ahead)\b`, 'i');
/** What the sender did themselves ("I deleted the app by accident"): a problem, not a request. */
const DONE_BY_ME =
  /\b(?:i|i've|i have|accidentally|mistakenly)\s+(?:\w+\s+)?(?:deleted|removed|wiped|cleared|uninstalled|erased)\b|(?:^|[.!?]\s+)(?:i |just |so )?(?:swapped|moved|switched|changed|factory[- ]reset|upgraded|ported|migrated)\b[^.?!,]{0,60}\b(?:yesterday|last (?:night|week|month)|this morning|earlier|ago|to fix)\b|\b(?:deleted|removed|wiped|uninstalled)\b[^.?!]{0,40}\b(?:by accident|by mistake|accidentally)\b/i;
/** "reset my MFA", "clear out my 2FA": MFA itself is the object, so everything (whatever else the clause names). */
const WHOLE_MFA =
  /\b(?:reset|redo|clear(?: out)?|wipe|start over|re-?do|re-?set)\s+(?:all\s+(?:of\s+)?)?(?:my|the)\s+(?:whole\s+|entire\s+|complete\s+)?(?:mfa|2fa|multi-?factor(?:\s+authentication)?|two[- ]?factor(?:\s+authentication)?|two[- ]?step(?:\s+verification)?)\b(?!\s+(?:app|code|codes|number|phone|method on|for))|\b(?:my|the)\s+(?:whole\s+|entire\s+)?(?:mfa|2fa|multi-?factor|two[- ]?factor)\s+(?:reset|redone|cleared|wiped)\b/i;
/** A general question about how something works or what it is, from its first words. */
const CONCEPT_QUESTION =
  /^\s*(?:how (?:does|do|is|are|can|would)|what (?:is|are|does|makes)|why (?:is|are|does|do)|is (?:a|an|the|sms|mfa)|are (?:passkeys|security keys|hardware keys|sms|texts)|does (?:a|an|the|mfa|sms|number matching))\b/i;
const BOT_QUESTION =
  /^\s*(?:(?:quick |genuine |honest )?question[:,]?\s*)?(?:how (?:do|can|would) i (?:know|tell|be sure)(?: that)? (?:you|this|it)(?:'re| are| is)?|do you (?:log|store|keep|record|save|read|see)|who (?:can|could) (?:see|read)|will you ever|would you (?:ever |first |actually )?(?:verify|check|confirm) (?:my|who)|are you (?:real|legit|actually|really|a (?:real )?bot|safe|the (?:real|official))|is it (?:even )?(?:safe|ok|okay) to use (?:this|the|you)|is this (?:bot|chat) (?:real|legit|safe|official|monitored))\b/i;
/** Something that happened to the sender, or a message they hold: then a security word is a report. */
const SENDER_EVENT =
  /\b(?:i (?:got|get|just|keep|received|clicked|gave|approved|denied|was|wasn'?t|didn'?t|did not|never)|i'?m (?:getting|receiving)|(?:got|received|getting) (?:a|an|this|these|like|loads|tons)|popped up|someone|somebody|(?:this|that|the) (?:email|e-mail|mail|message|text|sms|call|link)|my (?:phone|authenticator|account)\b)/i;
/** "I probably want it gone": a removal wished for, whatever else is asked. */
const REMOVAL_WISH = /\b(?:want|need|like)\s+(?:it|that|them|this)\s+(?:gone|off|removed|deleted)\b/i;
/** Words that limit or keep: then the rules' narrower scope stands. */
const LIMITS = /\b(?:except|but|keep|only|just|apart from|other than|leave)\b/i;

function wholeIfAsked(text: string, scope: ResetScope): ResetScope {
  if (scope.kind === 'all' || !WHOLE_MFA.test(text) || LIMITS.test(text)) return scope;
  return { kind: 'all' };
}
/** A phone scope without a type, when the message names texts or the mobile number: the mobile method. */
function mobileIfTexted(text: string, scope: ResetScope): ResetScope {
  if (scope.kind !== 'phone' || scope.phoneType !== undefined) return scope;
  const alternate = ALTERNATE_NAMED.test(text);
  const office = OFFICE_NAMED.test(text);
  if (alternate && !office) return { kind: 'phone', phoneType: 'alternateMobile' };
  if (office && !alternate && !MOBILE_NAMED.test(text)) return { kind: 'phone', phoneType: 'office' };
  if (!alternate && !office && MOBILE_NAMED.test(text)) return { kind: 'phone', phoneType: 'mobile' };
  return scope;
}
/** The sentence with a polite imperative names no later time of its own. */
function requestSentenceIsNow(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  const asking = sentences.filter((x) => POLITE_IMPERATIVE.test(x));
  return (
    asking.length > 0 &&
    asking.every((x) => !LATER.test(x) && !/\b(?:tomorrow|next|later|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i.test(x))
  );
}
/** Trouble that started in the past and goes on now. */
const ONGOING = /\b(?:no longer|anymore|any more|ever since|since)\b/i;

/**
 * Round 5's classes. A personal, non-work account's two-factor (a consumer service, "my personal
 * Microsoft account") is not ours to reset: no card, no prompt. The work account named beside it
 * keeps the ordinary reading.
 */
const PERSONAL_SERVICE = String.raw`(?:gmail|google account|instagram|insta|facebook|whatsapp|snapchat|tiktok|twitter|discord|steam|xbox|playstation|psn|nintendo|hotmail|outlook\.com|apple id|paypal|netflix|spotify|reddit|twitch|amazon|bank app|banking app|bank|roblox|fortnite|epic games|coinbase|binance|revolut|monzo|github|gitlab|bitbucket|aws|docker hub|dropbox|slack)`;
/** That account's own two-factor: "2FA on my personal Gmail", "Instagram's two-factor", "Steam Guard", "my personal account". */
const PERSONAL_ACCOUNT = new RegExp(
  String.raw`\b(?:2fa|mfa|two[- ]?factor|two[- ]?step|authenticator|verification|codes?)\s+(?:on|for|of|with|in)\s+(?:my\s+)?(?:personal\s+|private\s+|own\s+|old\s+)?${PERSONAL_SERVICE}\b|\b${PERSONAL_SERVICE}(?:'s)?\s+(?:2fa|mfa|two[- ]?factor|two[- ]?step|2[- ]?step|authenticator|guard|login)\b|\b${PERSONAL_SERVICE}\b[^.?!]{0,60}\b(?:its|their) (?:2fa|mfa|two[- ]?factor|two[- ]?step|authenticator)\b|\bmy (?:personal|private) (?:microsoft |google |apple )?account\b|\bpersonal microsoft account\b|\b(?:my )?(?:personal|private) ${PERSONAL_SERVICE}\b|\b${PERSONAL_SERVICE}\b[^.?!]{0,60}\b(?:asks?|asking|wants?|wanting|keeps?)\b[^.?!]{0,40}\b(?:2fa|mfa|two[- ]?factor|two[- ]?step|2[- ]?step|verification|authenticator|(?:login|log-in|sign-?in|security) codes?)\b`,
  'i',
);
/** The e-mail method that happens to be a Gmail address is ours: "remove the email method, my old gmail". */
const EMAIL_METHOD = /\bmethods?\b|\be-?mail(?: address)?\b|\bsecurity info\b|\bverification methods?\b/i;
const WORK_ACCOUNT =
  /\b(?:work|company|corporate|office|job) (?:account|acct|e-?mail|login|mfa|2fa|one)\b|\bfor work\b|\b(?:m365|office 365|microsoft 365|entra|azure|intune)\b/i;
/** Round 18: "my Contoso account is not showing there, only my personal Gmail": the work account is the one missing. */
const WORK_ONE_MISSING =
  /\b(?:not (?:showing|there|listed|visible)|missing|disappeared|vanished|gone)\b[^.?!]{0,40}\bonly (?:my |the )?(?:personal|private)\b/i;
/** "what can you (actually) do?": the sender asks what the bot does, whatever reset it names as an example. */
const CAPABILITY =
  /\bwhat (?:exactly |actually |else |all )?(?:can|could) (?:you|this bot|the bot|this thing|it|u) (?:actually |really |exactly )?(?:do|handle)\b/i;
/** "restore it": what a reset removed is wanted back (undo), not removed again. */
const RESTORE = /\b(?:restored?|put (?:it |them )?back|bring (?:it |them )?back|(?:get|have) (?:it |them )?back|undo)\b/i;
/** "when I restored my phone from iCloud": a device restored from a backup, not a removal wanted back (round 16). */
const DEVICE_RESTORE =
  /\brestor(?:ed|ing)\s+(?:(?:my|the|it|a)\s+)?(?:[\w-]+\s+)?(?:phone|iphone|android|pixel|samsung|device|handset|laptop)\s+(?:from|in|at|on|yesterday|last|this|to factory)\b|\brestor(?:ed|ing)\s+(?:it\s+)?from\s+(?:a\s+|the\s+|my\s+)?(?:backup|icloud|google|cloud)\b/gi;
const REMOVED_BY_RESET =
  /\b(?:shouldn'?t|should not|should never) have (?:had|got|asked for|requested)\b[^.?!]{0,40}\b(?:reset|removed|wiped|deleted|cleared)\b|\b(?:had|got) (?:all )?my (?:[\w-]+ ){0,2}(?:reset|removed|wiped|deleted|cleared) (?:yesterday|earlier|this morning|last week|by mistake|by accident)\b|\b(?:the|that|your|last|yesterday'?s?|earlier|\w+'s) (?:mfa )?reset\b[^.?!]{0,40}\b(?:removed|deleted|wiped|took|cleared|killed)\b|\b(?:reset|removed|wiped|deleted)\b[^?!]{0,60}\b(?:didn'?t want|did not want|never wanted|by mistake|by accident)\b|\bi (?:asked|told|had|got) (?:you|u|the bot|this bot|it) (?:to )?(?:remove|delete|reset|wipe|clear)\b|\byou (?:removed|deleted|reset|wiped|cleared)\b|\b(?:the )?(?:reset|removal|wipe)\b[^.?!]{0,20}\b(?:was|were) (?:a )?(?:mistake|an error|wrong)\b|\bi (?:asked for|requested|had|got) (?:a|the|an|my) (?:mfa )?reset\b[^?!]{0,80}\b(?:was|were|got) (?:removed|deleted|wiped|cleared)\b/i;
/** A joke: laughter and a reset of something that is not MFA ("I'd rather reset my life"). */
const LAUGH = /\b(?:lol|lmao|rofl|haha\w*|jk)\b|\u{1F602}|\u{1F923}/iu;
const JOKE = /\bi(?:'?d| would) rather\b|\b(?:reset|wipe|delete|reboot)\s+my\s+(?:life|brain|head|memory|week|monday|career|whole life)\b/i;
/**
 * An attack the sender sees on their own account: a method registered that they never added, a
 * sign-in from elsewhere that they did not make. Security, never a reset.
 */
const UNKNOWN_METHOD =
  /\b(?:number|phone|key|method|device|authenticator|yubikey|fido2|passkey|token)\b[^?!]{0,80}?\b(?:i(?:'ve| have)? never (?:seen|owned|added|registered|set up|had|used|enrolled|enroled)|never (?:seen|owned|added|registered|enrolled) (?:it|that|this|before)|(?:i )?(?:don'?t|do not) know who (?:put|added|registered|set)|(?:i )?(?:don'?t|do not) recogni[sz]e|i (?:didn'?t|did not) (?:add|register|set up) (?:it|that|this)|(?:that|which|it|and it) (?:isn'?t|is not|ain'?t) mine|not mine)\b(?!\s+(?:any ?more|now|since))/i;
/** Round 7: a message the sender received that carries a link about their MFA ("a text saying 'your MFA will expire, reset here: hxxp://…'"). */
const RECEIVED_LINK =
  /\b(?:text|sms|e-?mail|mail|message|dm|whatsapp|teams message)\b[^.?!]{0,40}?\b(?:saying|says|said|telling me|with a link|asking me)\b[\s\S]{0,200}?(?:\bh(?:tt|xx)ps?:\/\/|\bwww\.|\b[\w-]+\.(?:co|com|net|info|xyz|io|ru|top|link|site|online|app)\b(?!\.))/i;
const SIGNIN_ELSEWHERE = /\b(?:sign[- ]?ins?|signed in|log[- ]?ins?|logged in|login)\b[^?!]{0,80}?\bfrom\b[^?!]{0,80}?\bi'?m (?:in|at|based in)\b/i;

const STRONG_PAST =
  /\b(?:back in|years? ago|months? ago|last year|last month|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;
/**
 * Round 6: an imperative request whose object is a thing the rules do not know as a method ("clear
 * the key i lost", "delete the lab tablet from my MFA"): ask which. "Reset everything MFA-related"
 * names MFA as a whole: everything.
 */
const IMPERATIVE_OPEN = String.raw`^\s*(?:(?:hi|hey|hello|please|pls|plz|kindly|can you|could you|can u|just)[,\s]+){0,3}`;
const THING_REQUEST = new RegExp(
  String.raw`${IMPERATIVE_OPEN}(?:reset|remove|delete|clear|wipe|get rid of|drop|take off|unregister|deregister)\s+(?:the|my|that|this)\s+(?:\w+\s+){0,2}(?:key|token|fob|tablet|ipad|device|laptop|phone|handset|dongle)\b(?!\s+(?:number|call|app|pin|password)\b)`,
  'i',
);
/** A key or token gone: "the key i lost", "my old fob" (not a BitLocker, Wi-Fi or door key). */
const LOST_KEY =
  /\b(?<!(?:recovery|bitlocker|wi-?fi|wifi|door|car|house|office|api|license|licence|product|locker|room) )(?:key|token|fob|dongle)\b[^.?!]{0,30}\b(?:i lost|i've lost|lost|stolen|missing|broke|broken|gone|is dead)\b|\b(?:lost|stolen|old|broken|missing) (?:security )?(?:key|token|fob|dongle)\b/i;
/** The message ties the thing to MFA: "from my MFA", "the tablet I registered Authenticator on". */
const MFA_TIE = /\b(?:mfa|2fa|two[- ]?factor|multi-?factor|authenticator|sign-?in methods?|security info|verification)\b/i;
const EVERYTHING_MFA = new RegExp(
  String.raw`${IMPERATIVE_OPEN}(?:reset|clear|wipe|remove|delete|redo)\s+(?:everything|all(?: the)?)\s+(?:mfa|2fa|two[- ]?factor|multi-?factor|sign-?in|authentication|verification)[- ]?(?:related|stuff|things|bits)\b`,
  'i',
);
const MFA_TIE_WIDE = new RegExp(String.raw`${MFA_TIE.source}|\breset\b`, 'i');
/** Round 7: a hypothetical said in so many words ("hypothetically if I dropped my phone … could I reset MFA myself"). */
const HYPOTHETICAL =
  /\b(?:hypothetical(?:ly)?|in theory|theoretically|just (?:curious|wondering)|out of curiosity|purely academic|for future reference|what would happen if|say i (?:lost|lose|dropped|broke))\b/i;
/** Round 7: the problem is solved and the sender says thanks ("all set up again on the new phone, really appreciate it"). */
const SOLVED_THANKS =
  /\b(?:(?:that|the|this) (?:reset )?(?:worked|did it|did the trick)|(?:is|are|am|now|all) set up again|all (?:set|set up|sorted|good|done|working)(?: again| now)?|(?:it'?s |it is |everything'?s |everything is )?(?:working|sorted|fixed|back up|fine) (?:again|now)|(?:works|worked) (?:again|now|perfectly|like a charm)|back in (?:business|again))\b/i;
/** Round 7: the password is what failed ("my password expired", "says incorrect password"), and the request names no MFA method. */
const PASSWORD_FAILED =
  /\bpassword (?:has |had |just )?(?:expired|is expired|is wrong|is incorrect|doesn'?t work|does not work|not working|stopped working)\b|\b(?:expired|incorrect|wrong|invalid|old) password\b|\bforgot (?:my )?password\b/i;
/**
 * Round 8 (English). "Kindly revert once done": Indian English for "reply", not an undo.
 */
const REVERT_REPLY = /\b(?:kindly |please |pls )?revert(?:\s+back)?(?:\s+(?:once|when|after|to me|asap|at the earliest|with|on this|soon|by)\b|\s*[.!]?\s*$)/i;
/** "the bot removed my key … please restore it": a removal by anyone, wanted back. */
const REMOVED_BY_ANYONE =
  /\b(?:the bot|this bot|it|the reset|someone|they|IT|you guys|the helpdesk)\s+(?:\w+\s+)?(?:removed|deleted|wiped|cleared|reset|took off)\b|\bdidn'?t mean (?:that|this|it)\b/i;
/** "Reset everything apart from my phone number": a whole reset with an exception, asked for in so many words. */
const EVERYTHING_EXCEPT = new RegExp(
  String.raw`(?:^|[.!]\s+)(?:(?:hi|hey|hello|please|pls|plz|kindly|can you|could you)[,\s]+){0,2}(?:reset|remove|delete|clear|wipe)\s+(?:everything|all(?: of)?(?: my)?(?: (?:sign-?in |verification |mfa )?methods| mfa)?)\s+(?:except|apart from|but|other than|besides)\b`,
  'i',
);
/** "Remove it from my profile": an imperative whose object is the method just named. */
const IMPERATIVE_OFF_MY =
  /(?:^|[.!?]\s+)(?:please |pls |kindly |so )?(?:remove|delete|clear|wipe|take|drop|get rid of)\s+(?:it|that|this|them|the \w+)\s+(?:off|from|out of)\s+my\s+(?:account|profile|mfa|methods|security info|sign-?in methods)\b/i;
/** "the SMS number", "my mobile number": the mobile phone method (Entra texts only the mobile). */
const MOBILE_NAMED = /\b(?:sms|text(?:\s+message)?|cell)\s+(?:number|no)\b|\bmobile\b(?!\s+app)/i;
const ALTERNATE_NAMED = /\b(?:alternate|alternative|second|backup)\s+(?:mobile|phone|number|cell)\b/i;
const OFFICE_NAMED = /\b(?:office|desk|work)\s+(?:phone|number|line|landline)\b|\blandline\b/i;
/** A failed reset story and a question about it: "last week the bot reset my methods, does that mean …?" */
/** "the rest of my MFA", "everything else", "all my other methods": what is left beside a method kept (round 18). */
const REST_ASKED = /\b(?:the rest|everything else|anything else|all (?:of )?(?:my |the )?others?|all (?:of )?my other|the others)\b/i;
/** The rest as the object of the reset verb ("reset the rest of my MFA", "clear all my other methods"): beside a narrower reading. */
const REST_OBJECT =
  /\b(?:reset|remove|clear|wipe|delete|nuke|purge|erase)\s+(?:all\s+)?(?:of\s+)?(?:the rest|everything else|(?:my |the )?others|(?:my |the )?other (?:mfa |sign-?in )?methods)\b/i;
/** "was never set up", "has never been registered": how things are, not a refusal (round 19). */
const NEVER_SET_UP =
  /\b(?:(?:was|were|has|have|had|is|are)\s+never\s+(?:been\s+)?|i\s+never\s+)(?:set up|setup|registered|enrolled|added|configured|installed)\b/i;
/** "my TAP", "my nfc key", "my QR badge": a method of the sender's named (round 19). */
const OWN_METHOD_NAMED =
  /\bmy\s+(?:[\w-]+\s+)?(?:tap|temporary access pass|one-?time pass|nfc key|security key|passkey|qr badge|qr code|yubikey|authenticator|windows hello|hello pin|token|fob|platform sso)\b/i;
/** "after a reset do I need to …?", "once the reset is done, will …?" (round 20). */
const AFTER_RESET_ASKED = /^\s*(?:so\s+|and\s+|also\s+)?(?:after|once|when)\s+(?:a|the|my|an mfa)\s+(?:mfa\s+)?reset\b[^.!]*\?/i;
/** "is it safe to keep my authenticator on …?": a question about keeping, not a refusal (round 20). */
const KEEP_ASKED = /\b(?:is it|would it be|is that)\s+(?:safe|ok|okay|fine|alright|allowed|possible)\s+to\s+keep\b/i;
/** "should I reset my authenticator or just wait …" (round 20). */
const SHOULD_I_RESET_OR = /\bshould i (?:reset|clear|remove|wipe|redo|re-?register)\b[^.?!]{0,60}\bor\b/i;
/** "my teams mfa": a team's MFA written without the apostrophe, or the MFA of Microsoft Teams (round 19). */
const TEAMS_OR_TEAM = /\b(?:my|our) teams\s+(?:mfa|2fa|authenticators?|methods?|sign-?ins?|security info)\b/i;
/** "only the app", "just that one": the sender limits the reset to something (round 18). */
const ONLY_SOMETHING = /\bonly\b|\bjust (?:the|that|this)\b/i;
/** "should I do the same?", "do I need to do that too?": advice asked about the sender's own trouble (round 18). */
const SHOULD_I = /\b(?:should|shall|do|must) i (?:do|try|ask|get|need)\b/i;
/** "could you tell me when that happened": a question put politely, not a request (round 18). */
const TELL_ME_ASKED = /\b(?:could|can|would) you (?:please )?(?:tell me|let me know)\b/gi;
const WHAT_IT_MEANS =
  /\b(?:does|did|will|would) (?:that|this|it) mean\b|\bdoes (?:that|this) (?:still|also)\b|\b(?:is|was) (?:that|this|it) (?:expected|normal|usual|supposed to happen|meant to happen)\b|\b(?:tell me|let me know) (?:when|who|why|how) (?:that|this|it)\b/i;
/** Round 9: "I'd like the authenticator app reset", "want them both removed": a wish with the object before the participle. */
const WISH_DONE =
  /\b(?:i'?d like|i would like|i want|i need|want|need)\s+(?:(?:the|my|them|both|them both|these|those)\s+(?:[\w-]+\s+){0,4}?(?:reset|removed|deleted|cleared|wiped|taken off|gone)|(?:it|that|this one)\s+(?:removed|deleted|wiped|taken off|gone))\b/i;
/** Round 9: an imperative on the app's registration or a method at a sentence start ("just wipe the app registration"). */
const IMPERATIVE_METHOD =
  /(?:^|[.!?]\s+|,\s*|\band\s+)(?:just |please |pls |so |then )?(?:wipe|reset|remove|delete|clear|nuke)\s+(?:the|my)\s+(?:[\w-]+\s+){0,2}(?:registration|authenticator|app|mfa|2fa|methods?|number|key|token)\b/i;
/** The sentence that asks, with "please" or "can you" and a reset verb at its start. */
const POLITE_IMPERATIVE =
  /^(?:\s*(?:so|ok|okay|hi|hey|then)[,\s]+)?\s*(?:please|pls|kindly|can you|could you)\s+(?:just\s+)?(?:reset|remove|delete|clear|wipe)\b/i;
/** "I'd like to know whether I need my MFA reset": a question said as a statement. */
const INDIRECT_QUESTION =
  /\b(?:(?:i'?d like|i would like|i want(?:ed)?|just want(?:ed)?) to (?:know|check|ask)|i (?:was )?wonder(?:ing)?|wondering) (?:whether|if)\b(?!\s+(?:you|u|someone|somebody)\s+(?:could|can|would|might))/i;
/** Whether the sender's own MFA needs a reset, asked (round 16). */
const NEEDS_RESET_ASKED =
  /\b(?:(?:would|will|does|do) (?:that|it|this|they|mine|my \w+) need (?:resetting|a reset|redoing|re-?doing|re-?setting|doing|re-?registering)|(?:anything|something) (?:needs|need) (?:doing|resetting|redoing|changing)|is (?:that|this|it) something (?:you|i) (?:would|should|need|can|could)|maybe (?:a )?reset\b\s*\?|(?:do|would) i need (?:a reset|to reset|it reset|them reset|my \w+ reset)(?: (?:it|them|my \w+))? or not)/i;
/** "my sign-in bits", "the login stuff": MFA in the sender's own words. */
const SIGNIN_BITS =
  /\bmy (?:sign-?in|log-?in|login|security|verification) (?:bits|stuff|things|details|setup)\b|\bthe (?:codes?|otps?|approvals?|sign-?in prompts?)\b/i;
/** "tell me whether resetting removes my passkey", "let me know what a reset does": a question, round 16. */
const TELL_ME_WHETHER =
  /\b(?:tell me|let me know|explain(?: to me)?)\s+(?:whether|if)\b(?!\s+(?:you|u|someone|somebody|it's possible|it is possible|it's done|it worked)\b)|\b(?:tell me|explain(?: to me)?)\s+what\s+(?:a\s+|the\s+)?(?:reset|resetting|removing|removal|deleting|wiping|clearing)\b/i;
/** "I handed my new work phone to the intern": the device is someone else's now. */
const HANDED_OVER = /\b(?:handed|gave|given|passed)\s+(?:my|the)\s+(?:[\w-]+\s+){0,3}(?:phone|mobile|laptop|tablet|device|handset)\s+(?:over\s+)?to\b/i;
/** When a past event happened: "yesterday the bot reset my methods". */
const PAST_WHEN =
  /\b(?:yesterday|last (?:week|month|night|time|friday|monday|tuesday|wednesday|thursday)|earlier today|this morning|(?:a few|two|three|couple of) days ago)\b/i;
/** "What all things you can do for me?": the bot's capabilities, in Indian-English word order. */
const CAPABILITY_ALT = /\bwhat (?:all )?(?:things|stuff|services|options)?\s*(?:you|u) (?:can|could) (?:do|help with)\b/i;
/** "MFA works fine, it's the password": the password is the problem, not MFA. */
/** "password reset, not MFA": the sender says MFA is not what they mean. */
const NOT_MFA = /\bnot (?:the |my |an? )?(?:mfa|2fa|two[- ]?factor|multi-?factor|authenticator)\b(?!\s+(?:and|or)\b)/i;
const MFA_FINE =
  /\b(?:approves?|works?|working|is|are|comes? through|goes through|arrives?|pops? up|gets? approved)\s+(?:fine|ok|okay|good|normally)\b|\b(?:mfa|2fa|authenticator|the code|the codes|the prompt|the approval)\s+(?:part |bit |side |itself )?(?:works|is working|still works|arrives|comes through)\b/i;
/** A sign-in alert from a named place, and then "never been (there)" (not "never been able to …"). */
const ALERT_NEVER_BEEN =
  /\b(?:sign-?in|log-?in|login|security)\s+(?:alert|notification|warning|email|e-mail)\s+(?:from|in)\s+[a-z][\w-]+[^?!\n]{0,60}?\b(?:i(?:'ve| have)?\s+)?never\s+been\b(?!\s+able)/i;
/** "the password is fine", "my pw works": the password is not the problem (round 21). */
const PASSWORD_FINE = /\b(?:pass ?words?|pw|passwd)\s+(?:is|'s|are|works?|still works|is still)\s*(?:fine|ok|okay|good|working|correct)?\b/gi;
/** "for bob@…", "it's for: bob@…" (the sender's own address was already rewritten to "me"). */
const FOR_ADDRESS = /\b(?:for|of)\b[^.\n@]{0,24}?[\w.%+-]+@[\w-]+\.[\w.-]+/i;
/** A general question's first words ("what actually happens if …", "will I lose …"). */
/** "I don't want that anymore", "we do not want it on there any more": a method no longer wanted. */
const NO_LONGER_WANTED =
  /\bi (?:do not|don'?t|no longer) (?:want|need) (?:that|it|this|them|those)(?: on (?:there|my account))?(?: (?:anymore|any more|now))?\b/i;
/** The request told, offered or withdrawn, not made now: "Earlier I asked you to reset …", "You offered to …", "Ignore my last message". */
const TOLD_REQUEST = /\b(?:asked|requested|offered|earlier|ignore|was going to|last message|previous message|yesterday|before)\b/i;
/** A removal asked for now: politely, or as an imperative whose sentence is not a question. */
const ASKED_REMOVAL =
  /\b(?:please|pls|plz|can you|could you|can u|would you|kindly)\b|^\s*(?:(?:ok|so|hi|hey)[,\s]+)?(?:delete|remove|take|get rid of|unregister|deregister|clear|wipe|drop)\b[^?]*?(?:[.,;!]|$)/i;
/** "… hmm actually I don't need it anymore": the reset itself is no longer wanted. */
const RETRACT_BEFORE_NO_LONGER =
  /\b(?:actually|hmm+|wait|on second thoughts?|never ?mind|forget it|scratch that|sorry)\b[,.!\s]*i (?:do not|don'?t|no longer) (?:want|need)\b/i;
const SHARED_ACCOUNT_STRICT =
  /\b(?:the|our|a|this|that)\s+(?:shared|generic|team|service|reception|front[- ]desk|kiosk|common|functional|departmental)\s+(?:[\w-]+\s+){0,2}(?:account|mailbox|login|user|profile)\b/i;
const SHARED_ACCOUNT = new RegExp(NOT_FOR + String.raw`(?<!(?<!\b(?:why|if|then|it|is)\s)\bnot\sfor\s)` + SHARED_ACCOUNT_STRICT.source, 'i');
/** "who decided we need MFA on everything", "whose idea was 2FA on every app": the policy questioned, nothing asked of the bot. */
const POLICY_QUESTION =
  /^\W*(?:(?:but|so|seriously|honestly|ok|okay)[,\s]+)?(?:who|whose|why)\b[^.?!\n]{0,60}?\b(?:decided|decides|idea|came up with|thought|made us|makes us|wants|requires?|required|mandatory|enforced?|forced?|forces|need|needs|have to)\b/i;
const NOT_MEANT =
  /\b(?:didn'?t|did not|never) (?:mean|want|intend) to (?:ask|request|send|start|trigger|click|press)\b|\b(?:sent|clicked|pressed|typed) (?:that|it|this) by (?:mistake|accident)\b/i;
const ASKS_NOW_AFTER_MISTAKE = /\b(?:mistake|accident|mean to)\b[^.?!]*[.?!]\s*(?:but\s+)?(?:please|pls|can you|could you)\b/i;
const BOT_CAN =
  /\b(?:a|the|this|that|your|you|u)\s*(?:chat ?)?(?:bot|chatbot|assistant)?\s+(?:can|could|is able to|would be able to)\s+(?:actually\s+)?(?:reset|remove|wipe|delete|change)\b[^.?!]{0,20}\b(?:mfa|2fa|methods?|anything|authenticat\w*)\b/i;
/** Any way of asking for a removal or reset the rules know, typos and phrasal verbs included. */
const ANY_RESET_VERB =
  /\b(?:re-?s+e+t\w*|re+st\w*|rset|fix\w*|clean slate|sort (?:it |this |me )?out|remov?\w*|delet\w*|drop\w*|eras\w*|clear\w*|wip\w*|purg\w*|revok\w*|unlink\w*|unregist\w*|deregist\w*|re-?regist\w*|re-?enrol\w*|redo\w*|nuk\w*|kill|ditch|scrap|get rid|take|taken|took|off|start (?:again|over|fresh|clean)|fresh start|from scratch|set (?:it |them )?up again|rebind|reconfig\w*)\b/i;
const REDO_IT = /\b(?:do|redo|reset|try|run)\s+(?:it|that|this|the reset)\s+again\b/i;
const NOT_MINE =
  /\b(?:sorry|oops|wait|actually|no|correction)[,.!\s]+(?:it'?s\s+)?not (?:mine|for me|my (?:own )?(?:account|mfa|one))\b(?=[^.?!]{0,40}\b(?:colleague|coworker|co-worker|manager|boss|friend|wife|husband|partner|intern|teammate|[a-z]+'s|her|his|their|for [A-Z]))/i;
const PASSWORD_INSTEAD =
  /\b(?:actually|turns out|now|new problem)\b[^?!]{0,60}?\b(?:password reset|reset (?:my |the )?password|password\b[^.?!]{0,40}\b(?:wrong|locked|forgot|forgotten|expired)|(?:typed|entered|forgot|forgotten) (?:in )?my password)/i;
/** "one of my methods", "one of the sign-in things": a single method the sender does not name. */
const ONE_OF_UNNAMED = /\bone of (?:my|the|those|these)\s+(?:[\w-]+\s+){0,2}(?:methods?|factors?|things|options|ways|entries)\b/i;
const GENERAL_OPENER = /^\s*(?:what|why|will|does|how long|how does|if)\b/i;
/** How a question starts, with or without its "?" ("how do I add a second phone"). */
const QUESTION_START = /^\s*(?:how|what|why|when|where|who|which|can|could|is|are|does|do|should|will|would|tell me)\b/i;
/** A request cue around a vague MFA message: "can you do something about my MFA". */
const HELP_CUE = /\b(?:can you|could you|please|pls|help me|i need|do something|not sure what|what do i do|what now|sort (?:it|this) out)\b/i;

/**
 * The own-MFA fallback's vocabulary. A trouble statement the problem lexicon does not name ("it just
 * spins forever", "isn't recognized anymore", "something's been off"), a sign-in prompt or screen
 * as the subject ("number matching prompt", "it says 'More information required'"), and the sender
 * asking what to do about their own situation ("what do I need to do", "do I need it reset").
 */
const TROUBLE =
  /\b(?:isn'?t|is not|aren'?t|not|no longer|won'?t|can'?t|cannot|doesn'?t|does not|don'?t|stopped|keeps?)\s+(?:\w+\s+)?(?:work\w*|recogni[sz]\w*|load\w*|open\w*|show\w*|com(?:e|es|ing)\b|arriv\w*|accept\w*|let\w*|respond\w*|pop\w*|receiv\w*)|\bnever\s+(?:\w+\s+)?(?:asks?|shows?|arrives?|comes?|pops?|buzz\w*|rings?)\b|\b(?:can'?t|cannot|unable to) (?:sign|log) ?(?:in|on)\b|\bnever (?:got|get|gets|received?|receiving)\b|\b(?:and|but) i can'?t\s*(?:[.!]|$)|\bkeeps? (?:saying|asking|waiting|telling|loading)\b|\bjust (?:keeps )?wait(?:s|ing)\b|\bthere (?:is|'s) no (?:number|code|prompt|notification)\b|\bnot (?:ok|okay)\b|\b(?:go(?:es)?|going) (?:round|around) in (?:a )?circles?\b|\b(?:neither (?:of them |one )?works?|(?:a |total |complete |real )mess|spins?|spinning|stuck|hangs?|hanging|frozen|freez\w*|messed up|borked|acting up|off since|gone wrong|goes wrong|went wrong|errors? out)\b/i;
const SIGNIN_PROMPT =
  /\bnumber[- ]match(?:ing)?\b|\bmore information required\b|\b(?:approval|sign-?in|login|push)\s+(?:request|prompt|notification)s?\b|\b(?:sign(?:ing)?[- ]?in|log(?:ging)?[- ]?(?:in|on)|login)\b[^.?!]{0,30}\b(?:it says|says|asks|wants|shows)\b/i;
/** Planning and hypotheticals the lexicon's future list does not name ("when I get a new phone", "coming on Friday"). */
const LATER =
  /\b(?:when|once|if|before|after) i (?:get|change|switch|swap|upgrade|buy|receive|lose|travel|go|start|move)\b|\bbefore then\b|\b(?:is|are) coming\b|\bcoming (?:on|next|this|tomorrow)\b|\bnext (?:week|month|year|monday|tuesday|wednesday|thursday|friday)\b|\bwill need\b|^\s*(?:if|once)\b/i;
/** The sender's own phone ("my phone", "my new iPhone"): a phone alone may be a meeting room's. */
/** Chat drops the "my": "phone got spoilt", "phone's carked it" at the start of the message. */
const BARE_OWN_DEVICE = /^\s*(?:(?:so|well|ugh|hey|hi)[,\s]+)?(?:phone|mobile|cell|handset|iphone)(?:'s|\s+(?:got|is|has|died|broke|just))\b/i;
const CANNOT = /\b(?:can'?t|cannot|can not|unable to|locked out)\b/i;
const MY_DEVICE = /\bmy\s+(?:\w+\s+)?(?:phone|mobile|cell|cellphone|iphone|android|handset|device|smartphone)\b/i;
const OWN_NEED =
  /\b(?:not sure|no idea|don'?t know) what (?:i need|to do|i should do)\b|\bwhat (?:should|do|shall|can|must) i (?:need to |have to )?do\b|\bdo i (?:need|have) (?:to do|it|this|that|them|something|anything)\b|\bwhat now\b|\bhelp me (?:with|sort|fix|out with) my\b|\bsort out my\b/i;

/** What a screen says, quoted or not ("it keeps saying 'Enter the number shown'", "the screen says …"). */
const SCREEN_SAYS =
  /\b(?:it|the screen|the app|my phone|the phone|the laptop|my laptop|teams|outlook|the computer|the pop-?up|windows)\s+(?:just\s+)?(?:says|said|keeps saying|is saying|shows|keeps showing|asks|keeps asking|wants)\b/i;
const METHOD_NAMED = /\b(?:windows hello|security key|authenticator|yubikey|passkey|key fob|two[- ]?step|2fa|mfa|email method|text message method)\b/i;
const QUOTED_QUESTION = /['"\u2018\u201c][^'"\u2019\u201d?]{1,60}\?['"\u2019\u201d]/;
const QUOTED_QUESTION_ALL = new RegExp(QUOTED_QUESTION.source, 'g');
/** "… deleted the app. Now the computer wants me to approve and I can't": the trouble is now. */
const NOW_TROUBLE = /\bnow\b[^.?!]{0,60}\b(?:can'?t|cannot|won'?t|doesn'?t|isn'?t|not|never)\b/i;

/**
 * The fallback of the three-way decision: a message about the sender's own MFA, a method, a sign-in
 * prompt or their phone that the rules only explained (aboutMfa), did not place (unknown) or met
 * with the generic help text, and that no decline rule claims (no one else, not the password, not
 * planning or a hypothetical, not a story from long ago): when it states trouble, or asks what to do
 * about the sender's own situation, ask. A general question ("is SMS less secure than the app?",
 * "what is MFA?") states no trouble and keeps its answer; the fallback never gives a card.
 */
function ownMfaFallback(text: string, f: Facts): boolean {
  if (f.other || f.password || f.conditional || f.future || f.security !== undefined || STRONG_PAST.test(text) || LATER.test(text)) return false;
  const prompt = SIGNIN_PROMPT.test(text) || SCREEN_SAYS.test(text);
  // round 14: the method may have been named in the sender's own words ("face login", "the Microsoft
  // app"), which the rewrite turned into its name
  if (!(f.mfa || f.methods.length > 0 || prompt || METHOD_NAMED.test(text) || (f.device && MY_DEVICE.test(text)))) return false;
  const trouble = f.problem || TROUBLE.test(text);
  if (OWN_NEED.test(text)) return trouble || prompt || f.device;
  // a question mark inside the quoted words on the screen ("'Approve sign in?' pops up") is not the sender's question
  const ownQuestion = f.question || f.asked;
  const onlyQuotedQuestion = ownQuestion && QUOTED_QUESTION.test(text) && !text.replace(QUOTED_QUESTION_ALL, ' ').includes('?');
  // "no longer receiving codes since I ported my number last week": the past started it, the trouble is now
  return trouble && (!ownQuestion || onlyQuotedQuestion) && (!f.past || ONGOING.test(text) || NOW_TROUBLE.test(text)) && !QUESTION_START.test(text);
}

export function decideEnglish(full: string, t: Tokens, f: Facts, second: Decision): Decision {
  const questionish = isQuestionish(t);
  // an address the rewrite found to be the sender's own ("Priya from finance here (priya@…)") is not someone else's
  if (f.emailsNotSelf > 0) f = { ...f, emailsNotSelf: Math.min(f.emailsNotSelf, (full.match(EMAIL) ?? []).length) };
  const detailed = recognizeDetailed(full);
  // the phrase checks below read what the lexicon engine reads: the head and the tail
  const text = full.length > 1_200 ? `${full.slice(0, 900)}\n${full.slice(-300)}` : full;
  // round 18: "… Windows Hello, so please do not touch that. Kindly reset all my other MFA methods", "My security key
  // still works and I'd like to keep it. Please reset the rest of my MFA": the rules read the whole MFA, the lexicon
  // engine a method kept; the card leaves out what the sender kept (it may remove less, never more)
  // (only when the request says "the rest / everything else / all my other", and no method is asked for by name)
  const keptOut =
    detailed.intent.type === 'reset' &&
    // (or a refusal of that method beside the request: "Don't touch my YubiKey. Reset all my MFA")
    (detailed.intent.scope?.kind === 'all' ? REST_ASKED.test(full) || (f.dontReset && f.requestBesideNegation) : REST_OBJECT.test(full)) &&
    f.methods.some((h) => h.excluded) &&
    f.methods.every((h) => !h.requested || h.excluded);
  const kept = keptOut ? scopeFrom(f, true) : undefined;
  const a: Intent = kept !== undefined && kept.kind !== 'all' ? { type: 'reset', scope: kept } : detailed.intent;
  // round 18: "please reset only the app, the number is fine": "only" something the rules could not name is never
  // everything; ask which
  const onlyUnnamed =
    a.type === 'reset' &&
    a.scope?.kind === 'all' &&
    ONLY_SOMETHING.test(full) &&
    !WHOLE_MFA.test(full) &&
    !/\b(?:all|everything|whole|entire|mfa|2fa|methods)\b/i.test(full);
  // a scope that leaves out a method the sender kept is never widened to everything by "reset all my MFA"
  const keepsSome = (kept !== undefined && kept.kind !== 'all') || f.methods.some((h) => h.excluded);
  const b = second.intent;
  const tag = (rule: string): string => `en:${a.type}|lex:${second.rule}|${rule}`;

  // round 20: a method's name alone, asked ("sms??", "authenticator?"): about that method, unclear: ask
  if (t.words.length <= 2 && f.methods.length === 1 && !f.other && !f.password && b.type !== 'security' && t.questionClauses.size > 0 && a.type === 'aboutMfa')
    return { intent: clarify(undefined), rule: tag('method-keyword-asked') };
  // round 20: "should I reset my authenticator or just wait for it to sync": unsure which, ask
  if (
    SHOULD_I_RESET_OR.test(text) &&
    b.type !== 'security' &&
    !/\?[^?]*\b(?:reset|remove|wipe|clear|redo)\b/i.test(text) &&
    !f.other &&
    !f.future &&
    !/\b(?:before|after|till|until)\b/i.test(text) &&
    (a.type === 'aboutMfa' || a.type === 'reset')
  )
    return { intent: clarify(undefined), rule: tag('should-i-reset-or') };
  // round 11: a question about the bot itself ("how do I know you're the real IT bot?", "do you log
  // these chats?", "would you verify my identity before resetting?"): answered, never acted on
  if (BOT_QUESTION.test(text) && (questionish || t.questionClauses.size > 0) && !f.problem && !OWN_RESET_OR_ASK.test(text))
    return { intent: { type: 'aboutMfa' }, rule: tag('question-about-the-bot') };
  // "how does number matching prevent MFA fatigue?", "is a passkey phishing-resistant?": a question
  // about a security idea, not a report of something that happened to the sender
  if (b.type === 'security' && CONCEPT_QUESTION.test(text) && !SENDER_EVENT.test(text))
    return { intent: { type: 'aboutMfa' }, rule: tag('security-concept-question') };
  // "who decided we need MFA on everything": a complaint about the policy, with nothing to reset
  if (POLICY_QUESTION.test(text) && f.reset.length === 0 && !f.problem && b.type !== 'security' && b.type !== 'password')
    return { intent: { type: 'aboutMfa' }, rule: tag('policy-question') };
  // (round 20: not beside a refusal: "it was my wife's phone that broke, not mine. Please don't touch my MFA.")
  if (
    b.type !== 'security' &&
    (!f.other || (SIGNIN_ELSEWHERE.test(text) && /\b(?:nobody|no one|none of)\b/i.test(text))) &&
    !(f.dontReset && /\b(?:\w+'s|an old|a wrong|someone else's)\s+(?:phone|mobile|number|device|handset)\b[^.]{0,60}\bnot mine\b/i.test(text)) &&
    a.type !== 'otherUser' &&
    (UNKNOWN_METHOD.test(text) || SIGNIN_ELSEWHERE.test(text))
  )
    return { intent: { type: 'security', kind: 'unknownSignIn' }, rule: tag('security:not-mine') };
  if (b.type !== 'security' && RECEIVED_LINK.test(text) && MFA_TIE_WIDE.test(text) && a.type !== 'otherUser')
    return { intent: { type: 'security', kind: 'phishing' }, rule: tag('security:received-link') };
  if (b.type !== 'undo' && RESTORE.test(text.replace(DEVICE_RESTORE, ' ')) && REMOVED_BY_RESET.test(text) && !f.other)
    return { intent: { type: 'undo' }, rule: tag('undo:restore-what-the-reset-removed') };
  if (
    PERSONAL_ACCOUNT.test(text) &&
    !WORK_ACCOUNT.test(text) &&
    !WORK_ONE_MISSING.test(text) &&
    !EMAIL_METHOD.test(text) &&
    a.type !== 'otherUser' &&
    b.type !== 'security' &&
    b.type !== 'password'
  )
    return { intent: { type: 'unknown' }, rule: tag('personal-account') };
  if (LAUGH.test(text) && JOKE.test(text) && b.type !== 'security') return { intent: { type: 'unknown' }, rule: tag('joke') };
  if ((CAPABILITY.test(text) || CAPABILITY_ALT.test(text)) && !f.problem && !f.device && !TROUBLE.test(text) && !OWN_REQUEST.test(text) && !f.other)
    return { intent: { type: 'help' }, rule: tag('what-can-you-do') };
  // round 16: "Could you tell me whether resetting removes my passkey?": what a reset does, asked about
  // (unless another sentence asks for the reset itself; "let me know if you can reset it" asks)
  if (TELL_ME_WHETHER.test(text) && a.type === 'reset' && !f.other && b.type !== 'security') {
    const rest = text
      .split(/(?<=[.?!\n])\s+/)
      .filter((s) => !TELL_ME_WHETHER.test(s))
      .join(' ');
    if (!(
      ANY_RESET_VERB.test(rest) &&
      (ASKS_NOW_STRICT.test(rest) || /^\s*(?:(?:then|and|now|so|ok|okay)\s+)?(?:reset|remove|delete|clear|wipe)\b/im.test(rest))
    ))
      return b.type === 'list'
        ? { intent: b, rule: tag('asks-what-it-does:list') }
        : f.problem
          ? { intent: clarify(a.scope), rule: tag('asks-what-it-does:problem') }
          : { intent: { type: 'aboutMfa' }, rule: tag('asks-what-it-does') };
  }
  // "Kindly do reset of my token … Revert once done": "revert" asks for a reply, not an undo
  const revertOnly = b.type === 'undo' && REVERT_REPLY.test(text) && !RESTORE.test(text) && !/\bundo\b/i.test(text);
  // round 12: "Cancel that. Found my old phone down the back of the sofa.": a retraction, not an undo
  if (b.type === 'undo' && f.retract && !RESTORE.test(text) && !/\bundo\b/i.test(text)) return { intent: { type: 'negation' }, rule: tag('retract-not-undo') };
  if (!revertOnly && (b.type === 'security' || b.type === 'undo' || b.type === 'typedConfirm' || b.type === 'typedCancel'))
    return { intent: b, rule: tag('guard') };
  // round 21: "I got a sign-in alert from Lagos. Never been.": a sign-in from a place the sender has never been
  if (ALERT_NEVER_BEEN.test(text) && !f.other) return { intent: { type: 'security', kind: 'unknownSignIn' }, rule: tag('alert-from-a-place-never-been') };
  // "the bot removed my security key … please restore it": the removal is wanted back
  if (RESTORE.test(text.replace(DEVICE_RESTORE, ' ')) && REMOVED_BY_ANYONE.test(text) && !f.other && a.type !== 'otherUser' && !f.dontReset)
    return { intent: { type: 'undo' }, rule: tag('undo:removed-by-anyone') };
  // "before you remove anything, show me what I have": a look first, whatever the verbs
  if (f.preview && !f.other && a.type !== 'otherUser') return { intent: { type: 'list' }, rule: tag('preview') };
  if (f.password && NOT_MFA.test(text) && /\bpassword\b[^.?!]{0,30}\bnot\b/i.test(text) && a.type !== 'otherUser')
    return { intent: { type: 'password' }, rule: tag('password-not-mfa:named') };
  // (round 21: not "I need my MFA reset, password is fine": there the password is what is fine)
  if (f.password && MFA_FINE.test(text.replace(PASSWORD_FINE, ' ')) && a.type !== 'otherUser')
    return { intent: { type: 'password' }, rule: tag('password-not-mfa') };

  if (
    (a.type === 'unknown' || a.type === 'aboutMfa' || a.type === 'help') &&
    !f.other &&
    !f.dontReset &&
    !f.negatedReset &&
    !f.retract &&
    !f.future &&
    !f.conditional &&
    !questionish
  ) {
    if (EVERYTHING_MFA.test(text)) return { intent: { type: 'reset', scope: { kind: 'all' } }, rule: tag('imperative:everything-mfa') };
    if (THING_REQUEST.test(text) && !f.password && (MFA_TIE.test(text) || LOST_KEY.test(text)))
      return { intent: clarify(scopeOf(b)), rule: tag('imperative:thing') };
  }

  // round 15: "The shared reception account needs its security key cleared": a shared or service
  // account is not the sender's own MFA
  if (
    (SHARED_ACCOUNT.test(text) || (ALSO_WORDS.test(text) && SHARED_ACCOUNT_STRICT.test(text))) &&
    !/\b(?:reset|remove|clear|wipe|delete)\s+my\b/i.test(text) &&
    (f.reset.length > 0 || f.mfa || f.methods.length > 0 || a.type === 'reset')
  )
    return { intent: { type: 'otherUser' }, rule: tag('shared-account') };
  // round 15: "cancel that, I didn't mean to ask for a reset": the request was sent by mistake
  if (NOT_MEANT.test(text) && a.type !== 'otherUser' && !ASKS_NOW_AFTER_MISTAKE.test(text))
    return { intent: { type: 'negation' }, rule: tag('sent-by-mistake') };
  // round 14: "Reset my MFA. Sorry, not mine, my coworker's!": corrected to someone else, whatever
  // the rules made of the person
  if (NOT_MINE.test(text) && (f.reset.length > 0 || f.mfa || f.methods.length > 0))
    return { intent: { type: 'otherUser' }, rule: tag('corrected-to-someone-else') };

  switch (a.type) {
    case 'reset': {
      // round 20: "after a reset do i need to re-add it on every device?": what follows a reset, asked
      if (AFTER_RESET_ASKED.test(text) && !ASKS_NOW_STRICT.test(text) && (text.match(/\b(?:reset|redo|re-?do|wipe|clear)\b/gi) ?? []).length < 2)
        return { intent: { type: 'aboutMfa' }, rule: tag('after-a-reset-asked') };
      // round 19: "reset my teams mfa": the team's (someone else's) or Microsoft Teams' (the sender's own)? ask
      if (TEAMS_OR_TEAM.test(text)) return { intent: clarify(undefined), rule: tag('teams-or-team') };
      if (onlyUnnamed && !f.dontReset && !f.negatedReset) return { intent: clarify(undefined), rule: tag('only-unnamed') };
      if (f.dontReset && !f.requestBesideNegation && !/\b(?:anything|everything|nothing) else\b/i.test(text))
        return { intent: f.list ? { type: 'list' } : { type: 'negation' }, rule: tag('explicit-dont') };
      // the lexicon engine reads the reset verb as negated ("not here to reset anything"), the rules
      // do not: disagreement moves toward asking, never toward a card
      if (b.type === 'negation' && f.negatedReset && !f.requestBesideNegation) return { intent: clarify(a.scope), rule: tag('disagree:negated-verb') };
      if (HYPOTHETICAL.test(text) && !ASKS_NOW_STRICT.test(text)) return { intent: { type: 'aboutMfa' }, rule: tag('hypothetical') };
      // round 8: the lexicon engine reads a past event, and the message asks what it means: a story
      // (round 18: "… - is that expected after a reset?" is asked after a dash; "could you tell me when that happened" asks for an answer)
      if (
        (second.rule === 'past' || f.past || PAST_WHEN.test(text)) &&
        (questionish || t.questionClauses.size > 0) &&
        WHAT_IT_MEANS.test(text) &&
        !ASKS_NOW_STRICT.test(text.replace(TELL_ME_ASKED, ' '))
      )
        return { intent: { type: 'aboutMfa' }, rule: tag('past:what-it-means') };
      if (f.thanks && SOLVED_THANKS.test(text) && !ASKS_NOW_STRICT.test(text)) return { intent: { type: 'thanks' }, rule: tag('solved-thanks') };
      // (round 18 review: "'Your password has expired' - can you reset MFA too?": the MFA as well)
      if (
        f.password &&
        PASSWORD_FAILED.test(text) &&
        !OWN_RESET.test(text) &&
        !WHOLE_MFA.test(text) &&
        !(f.mfa && /\b(?:too|as well|also)\b/i.test(text)) &&
        f.methods.every((h) => !h.requested)
      )
        return f.problem
          ? { intent: clarify(a.scope), rule: tag('password-failed:mfa-trouble') }
          : { intent: { type: 'password' }, rule: tag('password-failed') };
      // "I'd like to withdraw my request … I no longer need the reset": the retraction came last
      if (f.retract && f.retractAt > f.lastResetAt) return { intent: { type: 'negation' }, rule: tag('retract-after-request') };
      // round 12: "Cancel that please. I asked for the phone number removal but the port finished": the
      // request after the retraction is the earlier one, told
      if (f.retract && PAST_OWN_REQUEST.test(text) && !ASKS_NOW_STRICT.test(text.replace(/^\s*cancel that please\b/i, '')))
        return { intent: { type: 'negation' }, rule: tag('retract-of-an-earlier-request') };
      // round 14: "I think I need the two-step reset... actually I typed my password wrong", "Thanks for
      // the MFA reset last week. Now I need a password reset": the password is what is asked now
      if (
        f.password &&
        PASSWORD_INSTEAD.test(text) &&
        !/\b(?:as well|also)\b|\btoo\b(?!\s+(?:many|much|often))|\band (?:also )?(?:my|the) password\b/i.test(text)
      )
        return { intent: { type: 'password' }, rule: tag('password-instead') };
      if (explicitOther(text) && !/\bfor me\b/i.test(text)) return { intent: { type: 'otherUser' }, rule: tag('explicit-other') };
      if (GROUP_TARGET.test(text)) return { intent: { type: 'otherUser' }, rule: tag('group-target') };
      // "it is for bob@…": an address after "for" that the rewrite did not make the sender's is the target
      if (b.type === 'otherUser' && FOR_ADDRESS.test(text)) return { intent: { type: 'otherUser' }, rule: tag('for-address') };
      if (f.quotedReset && !f.problem && questionish) return { intent: { type: 'aboutMfa' }, rule: tag('lookalike:quoted-question') };
      if (f.future && f.asked && questionish && !ASKS_NOW.test(text)) return { intent: { type: 'aboutMfa' }, rule: tag('later:question') };
      // round 17: "Can I do the reset from my personal phone or does it have to be a company device?": how or where, asked
      if (HOW_OR_WHERE_ASKED.test(text) && !ASKS_NOW_STRICT.test(text)) return { intent: { type: 'aboutMfa' }, rule: tag('how-or-where-asked') };
      // "… not coming back until next week. Please reset all my MFA": the later is the story, the request is now
      if (f.future && !f.sarcasm && !(f.quotedReset && !f.problem) && !questionish && requestSentenceIsNow(text))
        return {
          intent: { type: 'reset', scope: mobileIfTexted(text, keepsSome ? a.scope : wholeIfAsked(text, a.scope)) },
          rule: tag('later-in-story:request-now'),
        };
      if (f.sarcasm || f.future || (f.quotedReset && !f.problem))
        return { intent: clarify(a.scope), rule: tag(f.sarcasm ? 'lookalike:sarcasm' : f.future ? 'lookalike:later' : 'lookalike:quoted') };
      // "can you dump my methods? want to check if the old Galaxy is still on there": the look is the request
      if (!detailed.requested && b.type === 'list' && !REMOVAL_WISH.test(text)) return { intent: b, rule: tag('problem-only:list') };
      // "The fido key was broken … Remove it from my profile.": an imperative on the method just named
      if (
        !detailed.requested &&
        (IMPERATIVE_OFF_MY.test(text) || WISH_DONE.test(text) || IMPERATIVE_METHOD.test(text)) &&
        !questionish &&
        !f.other &&
        !HEDGE.test(text) &&
        // round 16 review: "need it removed from my account tomorrow", "IT said they need it removed": a plan or someone's words
        !LATER.test(text) &&
        !/\b(?:said|says|told me|tells me|tomorrow|later today|later on)\b/i.test(text)
      )
        return { intent: { type: 'reset', scope: mobileIfTexted(text, a.scope) }, rule: tag('imperative-or-wish:request') };
      if (!detailed.requested) return { intent: clarify(a.scope), rule: tag('problem-only') };
      // "I need to fix my MFA? not sure", "I don't really know what that means for me": a
      // request the sender doubts themselves, without a "please" or "can you" that would settle it
      if (HEDGE.test(text) && !POLITE_ASK.test(text)) return { intent: clarify(a.scope), rule: tag('hedged') };
      // "deleted my authenticator by accident": what the sender did, not what they ask for
      if (DONE_BY_ME.test(text) && !ASKS_NOW.test(text)) return { intent: clarify(a.scope), rule: tag('own-action') };
      if (STRONG_PAST.test(text) && !ASKS_NOW.test(text)) return { intent: { type: 'aboutMfa' }, rule: tag('past-story') };
      // a question about resetting, unless a statement beside it asks for the reset ("… ? can you reset it")
      if (questionish && !f.reset.some((r) => !t.questionClauses.has(r.clause))) return { intent: clarify(a.scope), rule: tag('question') };
      if (INDIRECT_QUESTION.test(text) && !ASKS_NOW_STRICT.test(text)) return { intent: clarify(a.scope), rule: tag('indirect-question') };
      // round 15: "Seems odd that a chat bot can reset MFA": a remark about what the bot can do, asked about
      if (BOT_CAN.test(text) && (questionish || t.questionClauses.size > 0) && !POLITE_ASK.test(text))
        return { intent: { type: 'aboutMfa' }, rule: tag('remark-on-the-bot') };
      // round 15: "Yesterday you reset my authenticator. Was my SMS number also removed?": a past reset asked about
      if (second.rule === 'past' && questionish && !ASKS_NOW_STRICT.test(text) && !f.problem)
        return { intent: { type: 'aboutMfa' }, rule: tag('past:question') };
      // round 15: the rules inferred a request the lexicon engine finds no reset verb for ("So what now? My
      // number changed and the texts still go to the old one"): disagreement asks
      if (f.reset.length === 0 && second.rule === 'about-mfa-unclear' && !ANY_RESET_VERB.test(text))
        return { intent: clarify(a.scope), rule: tag('disagree:no-reset-verb') };
      // round 14: "remove one of my methods, the one that doesn't work": which one is not said, so a
      // whole-reset card would take more than was asked for: ask
      if (a.scope.kind === 'all' && ONE_OF_UNNAMED.test(text)) return { intent: clarify(undefined), rule: tag('one-of-unnamed') };
      return { intent: { type: 'reset', scope: mobileIfTexted(text, keepsSome ? a.scope : wholeIfAsked(text, a.scope)) }, rule: tag('rules') };
    }
    case 'negation': {
      if (KEEP_ASKED.test(text) && !f.dontReset && !f.retract) return { intent: { type: 'aboutMfa' }, rule: tag('keep-asked') };
      // round 19: "Windows Hello face recognition just fails. Fingerprint was never set up.": a statement, not a refusal
      if (NEVER_SET_UP.test(text) && f.problem && !f.dontReset && !f.retract && !f.negatedReset)
        return { intent: clarify(undefined), rule: tag('never-set-up:ask') };
      // round 14: "… sends the codes to my personal gmail and I don't want that anymore, remove it
      // please": not wanting a method any more is the reason for removing it
      if (
        NO_LONGER_WANTED.test(text) &&
        !RETRACT_BEFORE_NO_LONGER.test(text) &&
        !TOLD_REQUEST.test(text) &&
        ASKED_REMOVAL.test(text) &&
        !f.retract &&
        !f.other
      ) {
        const again = recognizeDetailed(full.replace(NO_LONGER_WANTED, 'it is old'));
        if (again.intent.type === 'reset' && again.requested) return { intent: again.intent, rule: tag('no-longer-wanted:request') };
        if (/\b(?:remove|delete|get rid of|clear|wipe|take)\s+(?:it|that|them|this)\b/i.test(text))
          return { intent: clarify(scopeOf(b)), rule: tag('no-longer-wanted:ask') };
      }
      if (f.list) return { intent: { type: 'list' }, rule: tag('negation+list') };
      if (f.requestBesideNegation) return { intent: clarify(scopeOf(b)), rule: tag('negation-of-another-method') };
      // "no idea if I need a reset or what. please don't wipe my key though": in trouble, unsure, and
      // refusing only a part: ask
      if (HEDGE.test(text) && (f.problem || TROUBLE.test(text)) && !f.retract && !f.other)
        return { intent: clarify(undefined), rule: tag('negation:hedged-trouble') };
      // "can you unregister the email method? … I don't want it tied to my work account": the
      // lexicon engine sees an unrefused request and no refusal of a reset: ask, not a card
      if (b.type === 'reset' && !f.dontReset && !f.negatedReset && !f.retract && OWN_RESET_OR_ASK.test(text) && !RETRACT_WORDS.test(text)) {
        // (round 21: "reset the mfa for the whole finance team pls, no, just the three in accounts payable": a group's, still)
        if (GROUP_TARGET.test(text) || explicitOther(text)) return { intent: { type: 'otherUser' }, rule: tag('negation-not-of-the-reset:others') };
        return { intent: clarify(scopeOf(b)), rule: tag('negation-not-of-the-reset') };
      }
      return { intent: { type: 'negation' }, rule: tag('rules') };
    }
    case 'otherUser': {
      // "my colleague had her MFA reset last week, how long does re-registering take?": a past event
      // asked about, or a hypothetical or general question with a person in it, asks for nothing now
      if (
        f.emailsNotSelf === 0 &&
        f.mentions === 0 &&
        f.asked &&
        !explicitOther(askedText(t)) &&
        // a hypothetical opened with "if" asks nothing now, whatever it says it would need
        (f.conditional || (!ASKS_NOW.test(text) && (f.past || ((f.question || questionish) && GENERAL_OPENER.test(text)))))
      ) {
        // round 18: "my colleague … had his MFA reset … my app says 'request denied' … should I do the same thing?":
        // the sender's own trouble, and what to do about it asked: ask
        if (f.problem && f.ownObject && !f.conditional && SHOULD_I.test(text))
          return { intent: clarify(undefined), rule: tag('other-in-question:own-trouble') };
        return { intent: { type: 'aboutMfa' }, rule: tag('other-in-question') };
      }
      // round 10: a person in the story, the MFA, method or device named the sender's own ("lent my FIDO key to Femi
      // … I need it removed from my account", "daughter changed the clock on my phone … every authenticator code is wrong")
      const ownStory =
        f.ownObject &&
        !GROUP_TARGET.test(text) &&
        !FOR_ADDRESS.test(text) &&
        !HANDED_OVER.test(text) &&
        (f.mfa || f.methods.length > 0 || f.problem || f.reset.length > 0);
      if (
        !explicitOther(text) &&
        f.emailsNotSelf === 0 &&
        f.mentions === 0 &&
        (OWN_REQUEST.test(text) || ownStory) &&
        (f.reset.length > 0 || f.problem || ownStory)
      ) {
        // the sender asks for their own MFA in so many words: the person is in the story only
        // the scope is what the request's own clauses name, not the methods of the story around it
        const asked = f.methods.filter((h) => h.requested || h.excluded);
        const own = decide({ ...f, other: false, methods: asked.length > 0 ? asked : f.methods }).intent;
        if (own.type === 'reset' && f.reset.length > 0 && !questionish && OWN_RESET.test(text) && OWN_REQUEST.test(text))
          return { intent: own, rule: tag('other-only-in-story:own-request') };
        return { intent: clarify(scopeOf(b)), rule: tag('other-only-in-story') };
      }
      // "my manager asked me to double-check my MFA, can I see a list?": the manager only asked
      if (b.type === 'list' && !f.other && !explicitOther(text) && OWN_REQUEST.test(text)) return { intent: b, rule: tag('other-only-in-story:list') };
      // round 17: a person in the message and no one named as the target (no address, mention,
      // "for him", "her account", group): the classifier may still turn it into a prompt
      if (
        f.emailsNotSelf === 0 &&
        f.mentions === 0 &&
        !explicitOther(text) &&
        !GROUP_TARGET.test(text) &&
        !FOR_ADDRESS.test(text) &&
        !HANDED_OVER.test(text) &&
        !OTHERS_OBJECT.test(text) &&
        // the sender speaks of themselves ("Xiomara's off sick, please reset the MFA" does not)
        FIRST_PERSON.test(text)
      )
        return { intent: a, rule: tag(PERSON_WITHOUT_TARGET) };
      return { intent: a, rule: tag('rules') };
    }
    case 'list':
      // "If my number gets ported, do I have to register it again?": a question, not a look at the methods
      if (t.words[0]?.w === 'if' && questionish && !/\b(?:show|list|see|view|which|what)\b[^.?!]{0,30}\bmethods?\b/i.test(text))
        return { intent: { type: 'aboutMfa' }, rule: tag('if-question-not-list') };
      return { intent: a, rule: tag('rules') };
    case 'greeting':
      if (f.thanks) return { intent: { type: 'thanks' }, rule: tag('thanks') };
      return { intent: a, rule: tag('rules') };
    case 'aboutMfa':
    case 'unknown':
    case 'help': {
      if (f.password && (a.type === 'unknown' || !f.mfa) && !/\bwi-?fi\b|\bguest network\b/i.test(text))
        return { intent: { type: 'password' }, rule: tag('password') };
      if (a.type === 'unknown' && f.thanks) return { intent: { type: 'thanks' }, rule: tag('thanks') };
      // "cheers, re-enrolled and push works again": solved, and thanks
      if (f.thanks && SOLVED_THANKS.test(text) && !ASKS_NOW_STRICT.test(text) && !f.other) return { intent: { type: 'thanks' }, rule: tag('solved-thanks') };
      // "left both my security keys in a hire car, want them both removed from my account": a wish with its object
      if (
        a.type === 'aboutMfa' &&
        (b.type === 'clarify' || b.type === 'reset') &&
        WISH_DONE.test(text) &&
        scopeOf(b) !== undefined &&
        !questionish &&
        !f.other &&
        !f.future &&
        !HEDGE.test(text)
      )
        return { intent: { type: 'reset', scope: mobileIfTexted(text, scopeOf(b)!) }, rule: tag('wish:object-removed') };
      // "Many thanks for the quick help!": the lexicon engine's thank-you for help
      if (a.type === 'help' && b.type === 'thanks') return { intent: b, rule: tag('thanks-for-help') };
      // "Can you do reset for my colleague Juan": the rules found no MFA object, the lexicon engine a person and a reset
      if (b.type === 'otherUser' && (f.reset.length > 0 || f.problem)) return { intent: b, rule: tag('lexicon-other') };
      // "Reset everything apart from my phone number": a whole reset with an exception, in so many words
      if (a.type === 'aboutMfa' && b.type === 'reset' && EVERYTHING_EXCEPT.test(text) && !questionish && !f.other && !f.future)
        return { intent: b, rule: tag('everything-except') };
      if (a.type !== 'help' && f.list && !f.reset.length) return { intent: { type: 'list' }, rule: tag('list') };
      if (a.type === 'unknown' && f.help) return { intent: { type: 'help' }, rule: tag('help') };
      // "Don't you dare remove my phone number, I spent an hour adding it": the lexicon engine's refusal
      if (
        (a.type === 'unknown' || a.type === 'aboutMfa') &&
        b.type === 'negation' &&
        f.dontReset &&
        !f.requestBesideNegation &&
        !questionish &&
        !f.question &&
        !f.asked
      )
        return { intent: b, rule: tag('lexicon-refusal') };
      // The rules' aboutMfa is deliberate for questions and past events; the lexicon engine only
      // turns it into a question to the user when the message is neither.
      const asks = b.type === 'reset' || b.type === 'clarify';
      const doubt = !f.question && !f.past && !f.future && !questionish;
      // (help with a stated problem, "need help with my two-factor, my phone is a mess", is asked about too)
      if (asks && doubt && ((a.type === 'aboutMfa' && (f.problem || f.reset.length > 0 || HELP_CUE.test(text))) || (a.type === 'help' && f.problem)))
        return { intent: clarify(scopeOf(b)), rule: tag('disagree:ask') };
      // "MFA is a total mess on my account. Help.": help asked with the sender's own MFA
      if (
        a.type === 'help' &&
        b.type === 'clarify' &&
        (f.mfa || f.methods.length > 0) &&
        !f.other &&
        (f.problem || TROUBLE.test(text)) &&
        (OWN_REQUEST.test(text) || /\bon my account\b/i.test(text))
      )
        return { intent: clarify(scopeOf(b)), rule: tag('help-with-own-mfa') };
      if (a.type === 'aboutMfa' && f.mfa && f.wordCount <= 2) return { intent: { type: 'clarify' }, rule: tag('just-mfa') };
      // a statement about the sender's own method that the rules only explain ("my yubikey is
      // acting up", "office phone on my profile is outdated"): neither a question nor a story, so ask
      if (
        a.type === 'aboutMfa' &&
        b.type === 'clarify' &&
        doubt &&
        !f.asked &&
        !f.other &&
        !QUESTION_START.test(text) &&
        (f.problem || (f.reset.length > 0 && f.wordCount <= 4))
      )
        return { intent: clarify(scopeOf(b)), rule: tag('statement:ask') };
      // a problem with a named method that the rules did not place ("the alt mobile on my account is not my number")
      if (a.type === 'unknown' && b.type === 'clarify' && f.problem && (f.methods.length > 0 || f.mfa) && doubt && !f.asked && !f.other)
        return { intent: clarify(scopeOf(b)), rule: tag('unknown:problem-ask') };
      // a problem with the sender's own phone ("the approve thing doesn't pop up on my phone"), or
      // a problem asked for help with, that the rules did not place: ask
      if (
        a.type === 'unknown' &&
        b.type === 'clarify' &&
        doubt &&
        !f.other &&
        !f.password &&
        ((second.rule === 'problem+help' && HELP_CUE.test(text)) || (f.problem && f.device && MY_PHONE.test(text)))
      )
        return { intent: clarify(scopeOf(b)), rule: tag('unknown:own-phone-problem-ask') };
      // round 12: "my phone is in for repair for two weeks and I can't get into anything": the sender's
      // own phone out of reach and a sign-in that fails, whatever the duration says
      if (
        a.type === 'unknown' &&
        b.type === 'clarify' &&
        f.problem &&
        f.device &&
        MY_DEVICE.test(text) &&
        CANNOT.test(text) &&
        !questionish &&
        !f.other &&
        !f.password
      )
        return { intent: clarify(scopeOf(b)), rule: tag('unknown:own-phone-away-ask') };
      // round 13: "phone got spoilt yesterday", "phone's carked it": the lexicon engine found a
      // problem with the phone or MFA that the rules did not place: ask rather than a dead end
      if (
        a.type === 'unknown' &&
        b.type === 'clarify' &&
        second.rule === 'problem-only' &&
        (MY_DEVICE.test(text) || BARE_OWN_DEVICE.test(text)) &&
        !questionish &&
        !f.asked &&
        !f.other &&
        !f.password
      )
        return { intent: clarify(scopeOf(b)), rule: tag('unknown:lexicon-problem-ask') };
      // "thinking about getting everything wiped and starting over, not sure": a hedged wish, asked about
      if (a.type === 'unknown' && b.type === 'reset' && f.all && HEDGE.test(text) && !f.other && !f.password)
        return { intent: clarify(scopeOf(b)), rule: tag('unknown:hedged-wish-ask') };
      // round 15: "Still broken after the reset you did. Can you do it again?": the reset asked for once more
      if (a.type === 'unknown' && b.type === 'reset' && REDO_IT.test(text) && !f.other && !f.password)
        return { intent: clarify(scopeOf(b)), rule: tag('redo-it:ask') };
      if (a.type === 'unknown' && b.type === 'reset' && (f.mfa || f.methods.length > 0) && doubt)
        return { intent: clarify(scopeOf(b)), rule: tag('disagree:ask') };
      // "can you remove my mobile number from MFA? it's my old SIM, already ported out": the past is
      // the reason, the request is now
      if (a.type === 'aboutMfa' && second.rule === 'past' && OWN_RESET_OR_ASK.test(text) && OWN_RESET.test(text) && !STRONG_PAST.test(text) && !f.other)
        return { intent: clarify(scopeOf(decide({ ...f, past: false }).intent)), rule: tag('request-beside-past:ask') };
      if (ownMfaFallback(text, f)) return { intent: clarify(scopeOf(b)), rule: tag('own-mfa-fallback') };
      // round 11: the lexicon engine found a request or problem about the sender's own object with a
      // person in the story ("remove the old key from my profile, it was given to someone else"): ask
      if (second.rule === 'other-only-in-story:own-object' && !questionish && !f.asked && !explicitOther(text))
        return { intent: clarify(scopeOf(b)), rule: tag('own-object-in-story:ask') };
      // round 8: a plain statement about a method ("Security key is blinking but nothing happens when
      // I touch it"), which the lexicon engine already asks about: not a question, not a story, so ask
      if (
        a.type === 'aboutMfa' &&
        b.type === 'clarify' &&
        (second.rule === 'about-mfa-unclear' || (second.rule === 'device-mentioned' && f.methods.length > 0 && !f.past)) &&
        doubt &&
        !f.solved &&
        !f.asked &&
        !f.other &&
        !f.password &&
        !QUESTION_START.test(text) &&
        !STRONG_PAST.test(text)
      )
        return { intent: clarify(scopeOf(b)), rule: tag('statement-about-a-method:ask') };
      // round 19: "My TAP says expired and I haven't even used it yet", "tapping my nfc key on the phone does absolutely
      // nothing": a plain statement about a method of the sender's that the lexicons have no problem word for: ask
      if (
        a.type === 'aboutMfa' &&
        (second.rule === 'nothing' || second.rule === 'device-mentioned') &&
        OWN_METHOD_NAMED.test(text) &&
        !f.asked &&
        !questionish &&
        !f.other &&
        !f.password &&
        !f.solved &&
        !f.thanks &&
        !QUESTION_START.test(text) &&
        !STRONG_PAST.test(text)
      )
        return { intent: clarify(undefined), rule: tag('statement-about-own-method:ask') };
      // round 16: "Would that need resetting?", "is that something you would do, or me?", "maybe reset?
      // idk": whether the sender's own MFA needs a reset, asked: the prompt answers it with buttons
      if (
        (a.type === 'aboutMfa' || a.type === 'unknown') &&
        NEEDS_RESET_ASKED.test(text) &&
        !/\bwhy\b/i.test(text) &&
        !f.future &&
        !f.conditional &&
        !LATER.test(text) &&
        (f.mfa || f.methods.length > 0 || f.device || f.problem || METHOD_NAMED.test(text) || SIGNIN_BITS.test(text)) &&
        !f.other &&
        !f.password &&
        f.security === undefined &&
        !f.solved &&
        !STRONG_PAST.test(text)
      )
        return { intent: clarify(scopeOf(b)), rule: tag('needs-reset-asked:ask') };
      return { intent: a as Intent, rule: tag('rules') };
    }
  }
}
