/**
 * Rewrites before the English rules run, so that people who are not the subject stop looking like
 * the subject:
 *  - the sender's own address or display name is "me" ("reset MFA for ana@contoso.com", sent by Ana);
 *  - a relative or pet who broke or dropped the phone is the story, not the account
 *    ("my son dropped my phone in the pool" → "i dropped my phone in the pool");
 *  - a family event is a place ("at my sister's wedding" → "at the wedding");
 *  - a line or number the sender cancelled is closed ("we cancelled that line" → "we closed that line"),
 *    so the past "cancelled" is not read as "cancel the request";
 *  - round 7: a password manager is software, not a manager ("switched password managers");
 *    a sender who introduces themselves as a new starter is not a new starter's colleague; the
 *    names people give the Authenticator when they do not know its name ("the code thing", "that
 *    Microsoft app with the numbers", "the app I press approve on") are the Authenticator; a
 *    relative's phone the sender registered by mistake ("set it up with my partner's phone") is a
 *    wrong phone, not the relative's account; "everyone says …" is advice, not a person.
 * Each rewrite is named in the explanation.
 */

import { undictate } from '../text.js';

const RELATIVE =
  '(?:son|daughter|kid|kids|child|children|toddler|baby|boy|girl|wife|husband|partner|girlfriend|boyfriend|fiance|fiancee|mom|mum|mother|dad|father|parents|brother|sister|nephew|niece|cousin|grandson|granddaughter|grandma|grandpa|dog|cat|puppy|kitten|roommate|flatmate)';
const DAMAGE =
  '(?:accidentally |just |somehow |apparently )?(?:dropped|broke|smashed|cracked|threw|spilled|sat on|stepped on|knocked|flushed|chewed|drowned|lost|took|borrowed|grabbed|hid|reset|wiped|factory reset|deleted|uninstalled|ran over|bent|put)';
const EVENT =
  '(?:wedding|birthday|party|house|place|funeral|graduation|home|flat|apartment|farm|pool|garden|bbq|barbecue|christening|anniversary|school|game|match|concert)';

const STORY = new RegExp(`\\b(?:my|our) ${RELATIVE}(?:'s)? ${DAMAGE}\\b`, 'gi');
const STORY_VERB = new RegExp(`${DAMAGE}$`, 'i');
const FAMILY_EVENT = new RegExp(`\\b(?:my|our) ${RELATIVE}(?:'s|s'|s)? ${EVENT}\\b`, 'gi');
const VISIT = new RegExp(`\\b(visiting|with|at|from|to|for) (?:my|our) ${RELATIVE}\\b(?!'s? (?:mfa|phone|account|authenticator))`, 'gi');

const CLOSED_LINE =
  /\bcancell?ed\s+((?:that|the|this|my|our|it)\b(?!\s+(?:request|reset|ticket|change|removal))(?:\s+(?:old|home|backup|office|work|landline|phone|mobile|contract|plan|line|number|sim|subscription))*)/gi;

const PASSWORD_MANAGER = /\bpassword[- ]?managers?\b/gi;
const NEW_STARTER = /(^|[.!,;:\n]\s*|\b(?:hi|hello|hey)[,!]?\s+|\bi'?m\s+|\bi am\s+|\bas\s+)(?:a\s+)?new\s+(?:starter|joiner|hire|employee)(?:\s+here)?\b/gi;
const VAGUE_AUTHENTICATOR =
  /\b(?:the|that|this)\s+(?:microsoft\s+|ms\s+|work\s+)?app\s+(?:on my phone\s+)?(?:with the (?:numbers|codes|number|code)|that (?:shows|gives|has|makes) (?:me )?(?:the )?(?:numbers|codes)|(?:that |where |which )?i (?:press|tap|hit|click) (?:approve|yes|the number)(?: on| in)?)|\bthe\s+(?:code|codes|approve|approval|number)\s+(?:thing|app|thingy)\b/gi;
/** "it is my wife old number", "that was my son's phone": a relative's old line on the sender's account, round 14. */
const RELATIVES_OLD_LINE = new RegExp(
  `\\b(it is|it's|its|that is|that's|this is|was|is)\\s+(?:my|our)\\s+${RELATIVE}(?:'s|s)?\\s+(?:old\\s+)?(number|phone|mobile|line|sim)\\b`,
  'gi',
);
const RELATIVE_CHANGED_LINE =
  /\b(?:she|he|they)(?:'s| has| have| had|'ve)?\s+(?:switched|changed|got a new|moved|ported)\s+(?:her |his |their )?(?:numbers?|phones?|lines?|networks?|providers?)\b/gi;
const RELATIVES_PHONE = new RegExp(
  `\\b((?:set (?:it |mfa |this )?up|registered|added|used|enrolled)\\b[^.?!]{0,40}?)(?:\\(\\s*)?(?:my|our) ${RELATIVE}'s(?:\\s*\\)|\\s+(?:phone|mobile|number|iphone|android|device))`,
  'gi',
);

/**
 * Round 14: the names people give methods when they do not know what they are called, by what the
 * method looks like or where it lives: "the little key on my keyring", "face login on my laptop",
 * "the email code thing", "the app with the lock", "the Microsoft pop-up", "the Google one",
 * "the keyfob with the numbers", "my verify things". Each becomes the method's own name, so scope
 * and the request rules see a method; the order matters (the longer description first).
 */
const KEY_LOOK = String.raw`(?:little|small|tiny|blue|black|white|grey|gray|silver|yellow|red|green|plastic|metal|usb|physical|round|gold)`;
const DESCRIBED_METHODS: readonly (readonly [RegExp, string])[] = [
  [
    new RegExp(
      String.raw`\b(?:the|my|that|this|a)\s+(?:(?:${KEY_LOOK}|usb-c)\s+){0,3}(?:key|fob|dongle|stick)(?:\s+thing(?:y|ie)?)?\s+(?:on|from|off)\s+my\s+(?:keyring|keychain|key ring|key chain|lanyard|keys)\b`,
      'gi',
    ),
    'my security key',
  ],
  [new RegExp(String.raw`\b(?:(?:${KEY_LOOK})\s+){1,3}key(?:\s+thing(?:y|ie)?)?\b(?!\s*-?(?:fob|card|code|pin))`, 'gi'), 'security key'],
  [/\b(?:usb|key)\s+(?:thing(?:y|ie)?|stick|dongle)\b/gi, 'security key'],
  [/\b(?:face|facial|fingerprint|finger ?print)\s+(?:log-?in|sign-?in|unlock|recognition|login thing)\b(?:\s+thing(?:y|ie)?)?/gi, 'windows hello'],
  [/\b(?:face id|face|fingerprint|pin)\s+(?:on|for)\s+(?:my|the)\s+(?:work\s+)?(?:laptop|pc|computer|notebook|surface)\b/gi, 'windows hello'],
  [/\b(?:windows|hello)\s+pin\b/gi, 'windows hello'],
  [/\be-?mail\s+(?:verification\s+)?codes?\s+(?:thing(?:y|ie)?|option|one|method)\b/gi, 'email method'],
  [/\b(?:text|sms)\s+codes?\s+(?:thing(?:y|ie)?|option|one|method)\b/gi, 'text message method'],
  [/\b(?:microsoft|ms)\s+(?:app|application|pop-?up|popup|prompt thing)\b(?!\s+pass)/gi, 'authenticator app'],
  [/\b(?:the\s+)?app\s+with\s+(?:the|a)\s+(?:lock|padlock|shield|key)(?:\s+(?:on it|icon|logo|symbol))?/gi, 'the authenticator app'],
  [/\b(?:the|that)\s+app\s+(?:part|bit|side|thing|thingy)\b/gi, 'the authenticator app'],
  // "everything except the app", "apart from my app": the only app an MFA reset keeps is the Authenticator
  [/\b(except|apart from|other than|but not|but keep|besides|bar)\s+(?:for\s+)?(the|my)\s+app\b(?!\s+(?:store|password))/gi, '$1 $2 authenticator app'],
  [/\b(?:the\s+)?google\s+(?:one|app|thing|code app|codes app)\b/gi, 'google authenticator'],
  [
    /\b(?:key\s?fob|fob|token)\s+(?:thing\s+)?with\s+(?:the\s+)?(?:numbers|digits|code|codes|screen)(?:\s+on\s+(?:the|its|a)\s+(?:screen|display|front))?/gi,
    'key fob',
  ],
  [/\b(?:verify|verification|security)\s+(?:things|thingies|bits)\b/gi, 'mfa methods'],
  // round 19: dictation and chat spellings ("authentic hater", "m.f.a.", "my sign in stuff")
  [/\bauthentic\s+(?:hater|ater|later|eater)\b/gi, 'authenticator'],
  [/\bm\.\s?f\.\s?a\b\.?/gi, 'mfa'],
  [/\b(my|all my|all of my)\s+(?:sign[- ]?in|log[- ]?in)\s+(?:stuff|bits|things)\b/gi, '$1 mfa methods'],
];
/**
 * Round 14: a request corrected in the same message ("reset everything, actually no, just the SMS
 * number", "can you reset my MFA? Actually, only the security key", "… authenticator and sms…
 * wait, sms is fine, just the authenticator"): the correction is the request, so what came before
 * it goes and the rules read "please reset just …".
 */
const CORRECTED_REQUEST =
  /^[\s\S]*?\b(?:reset|remove|clear|wipe|delete|redo)\b[\s\S]*?(?:[,.;!?\u2026]+|\s-+|\s)\s*(?:actually|wait|sorry|hmm+|oh|scratch that|on second thoughts?)\b[,.!\s\u2026-]*(?:(?:no|actually|wait|sorry)\b[,.!\s\u2026-]*)*(?:[\w\s-]{1,30}?\b(?:is|are)\s+(?:fine|ok|okay|good|working|staying)[,.;\s-]+)?(just|only)\s+(?=(?:(?:the|my|that|this|our)\s+)?(?:old\s+|new\s+|work\s+)?(?:sms|text|phone|number|mobile|cell|authenticator|app|key|security|yubikey|fido2?|passkey|e-?mail|windows|hello|token|fob|keyfob|oath|office|desk|landline|alternate|second|backup|google|hardware|software|microsoft|one|totp|2fa|mfa)\b)/i;
/** "only the SMS is fine", "just the app works": after "only", what is fine (it stays, it is not what goes). */
const SAID_FINE =
  /^[\w\s'-]{0,40}?(?:\b(?:is|are)\s+(?:still\s+)?(?:fine|ok|okay|good|working|staying)\b|'s\s+(?:still\s+)?(?:fine|ok|okay|good|working)\b|\b(?:works|stays|still works)\b)/i;
/** Whose request it was: "reset Sarah's MFA, actually only the SMS" is still Sarah's. */
const ANOTHER_PERSON =
  /\b(?!(?:[Ii]t|[Tt]hat|[Ww]hat|[Tt]here|[Hh]ere|[Ll]et|[Oo]ne|[Ww]ho|[Hh]e|[Ss]he)'s\b)[A-Za-z]+'s\b|\b(?:colleague|coworker|co-worker|manager|boss|team|her|his|their|them|him|user|staff|intern|wife|husband|partner|friend|for [A-Z][a-z]+)\b/;
const ASKED_BEFORE =
  /^\s*(?:(?:hi|hey|hello|ok|so|um+)[,!\s]+)?(?:reset|remove|clear|wipe|delete|redo)\b|\b(?:please|pls|plz|can you|could you|can u|could u|would you|kindly|i need|i want|i'd like|need you to)\b/i;
/** "Got a new work phone from my manager today": the person only handed the device over, round 14. */
const GIVEN_BY =
  /\b((?:got|received|was given|been given|picked up|collected)\s+(?:a\s+|my\s+|the\s+)?(?:new\s+|replacement\s+)?(?:work\s+|company\s+)?(?:phone|mobile|laptop|iphone|android|device|handset|key|yubikey|security key|token))\s+(?:from|off|by)\s+(?:my|our|the)\s+(?:manager|boss|supervisor|team ?lead|line manager|colleague|it guy|it team|office manager)\b/gi;
/** "Keep the security key this time but wipe the rest": everything except what is kept, round 15. */
const KEEP_BUT_REST =
  /\bkeep\s+((?:the|my)\s+[\w\s-]{2,30}?)(?:\s+this time)?,?\s+(?:but|and)\s+(?:please\s+)?(wipe|remove|clear|reset|delete)\s+(?:the rest|everything else|all the rest|all else|the others)\b/gi;
/** "reset my phone number instead of the authenticator", "the SMS rather than the app": the second is kept, round 15. */
const INSTEAD_OF = /(\b(?:reset|remove|delete|clear|wipe|drop|unregister)\b[^.?!]{0,60}?)\b(?:instead of|rather than)\s+(the|my|that|this)\b/gi;
/** "take off everything", "need it taken off": the phrasal verb in the order the rules read. */
const TAKE_OFF: readonly (readonly [RegExp, string])[] = [
  // only with what is taken off as its object: "my plane took off" is a flight, not a removal
  [/\btake\s+off\s+(?=(?:my|the|everything|all|that|this|it|them|those|these)\b)/gi, 'remove '],
  [
    /\b(?:taken|took)\s+off\s+(?:of\s+)?(?=(?:my|the|our)\s+(?:[\w-]+\s+)?(?:account|login|log-?in|sign-?in|mfa|2fa|profile|methods?|security|authenticat\w*)\b)/gi,
    'removed from ',
  ],
  [/\b((?:get|have|need|want|like)\s+(?:it|that|them|this|those|these|the\s+[\w-]+|my\s+[\w-]+))\s+taken\s+off\b/gi, '$1 removed'],
  [/\b(delete|remove|wipe|clear)\s+(it|them|that|this)\s+off\s+(?:of\s+)?my\b/gi, '$1 $2 from my'],
];
/** "need it off my account": the wanted removal said with "off" alone, round 16 (only when said for now, OFF_UNSURE). */
const OFF_MY_ACCOUNT: readonly [RegExp, string] = [
  /\b((?:get|have|need|want)\s+(?:it|that|them|this|those|these|(?:the|my)\s+(?:[\w-]+\s+)?[\w-]+))\s+off\s+(?:of\s+)?(?=(?:my|the|our)\s+(?:[\w-]+\s+)?(?:account|login|log-?in|sign-?in|mfa|2fa|profile|methods?|authenticat\w*)\b)/gi,
  '$1 removed from ',
];

const OFF_UNSURE = /\?|\b(?:if|said|says|told|will|tomorrow|later|when|once)\b|'ll\b/i;

/** "everyone says don't do this unless you have to": common advice, not a person the reset is for. */
const COMMON_ADVICE = /\b(?:everyone|everybody|people|folks|they all)\s+(?:says?|said|tells? (?:you|me)|told me|keeps? saying|recommends?|warns?|warned)\b/gi;
/** "That SIM … has been cancelled": a closed line, said in the passive. */
const PASSIVE_CANCELLED = /\b(has been|have been|was|were|got|is|are)\s+(?:now\s+|already\s+)?cancell?ed\b(?!\s+(?:the|my)\s+(?:request|reset))/gi;
const ADDRESS = String.raw`(?<![\w.%+-])[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`;
/** "this is Priya Nair (priya.nair@…)", "it's me, Priya, priya@…": the sender introducing themselves. */
const INTRO = new RegExp(String.raw`\b((?:this is|i am|i'm|im|it's me|its me)[,\s]+(?:[A-Z][\w'-]{1,30}[,\s]+){0,3}[(<\[]?\s*)${ADDRESS}`, 'g');
/** "Priya from finance here (priya.nair@…)", "Tom here, tom.b@…": the sender introducing themselves, round 14. */
const NAME_HERE = new RegExp(
  String.raw`(^|[.!?\n]\s*)((?:[A-Z][\w'-]{1,30}\s+){1,2}(?:(?:from|in|at|of)\s+(?:the\s+)?[\w&-]{2,30}\s+(?:team\s+)?)?here[,:\s-]*[(<\[]?\s*)${ADDRESS}`,
  'g',
);
/** "my email is x@…", "MY account (x@…)", "my old Yahoo (x@…)": the sender's own address. */
const OWN_ADDRESS = new RegExp(
  String.raw`\b(my\s+(?:own\s+|personal\s+|work\s+|private\s+)?(?:old\s+|previous\s+|former\s+|private\s+|personal\s+){0,2}(?:email|e-mail|address|account|upn|login|username|user name|yahoo|gmail|hotmail|outlook|icloud|proton|mailbox)(?:\s+(?:is|address|account|=))?(?:\s+(?:now|still|actually))?\s*[(:,<\[-]?\s*)${ADDRESS}`,
  'gi',
);
/** "my address is now x@… instead of y@…": the former address, right after the own one, is the sender's too (round 18). */
const OWN_AND_FORMER = new RegExp(`${OWN_ADDRESS.source}(\\s+(?:instead of|rather than)\\s+)${ADDRESS}`, 'gi');
/** An address alone at the very end, after a sentence: a signature ("… new iPhone. m.ruiz@…"). */
const SIGNATURE = new RegExp(String.raw`([.!\n—–-]\s*)${ADDRESS}\s*[.!)]*\s*$`);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The methods' own names for the names people give them ("face login" → "windows hello"). */
export function describeMethods(text: string): string {
  // "I need the Microsoft app password reset", "locked out of the Microsoft app, forgot my password": the password
  const described = /\bpass ?words?\b/i.test(text)
    ? DESCRIBED_METHODS.filter(([, to]) => to !== 'authenticator app' && to !== 'the authenticator app' && to !== '$1 mfa methods')
    : DESCRIBED_METHODS;
  return described.reduce((acc, [re, to]) => acc.replace(re, to), text);
}

/** "take off everything" → "remove everything", "taken off my account" → "removed from my account". */
function takeOff(text: string): string {
  // the bare "need it off my account" only as a statement of the sender's own now (not a question, a plan, a condition or what someone said)
  const taken = TAKE_OFF.reduce((acc, [re, to]) => acc.replace(re, to), text);
  return OFF_UNSURE.test(text) ? taken : taken.replace(...OFF_MY_ACCOUNT);
}

export interface Rewritten {
  readonly text: string;
  readonly applied: readonly string[];
}

export function rewriteEnglish(text: string, self: readonly string[]): Rewritten {
  const applied: string[] = [];
  // typographic apostrophes ("husband’s", from phones and Word) read as the ASCII one the patterns use
  let s = undictate(text.replace(/[\u2018\u2019]/g, "'"));
  const step = (name: string, next: string): void => {
    if (next !== s) applied.push(name);
    s = next;
  };
  for (const value of self) {
    if (value.length < 3) continue;
    step('self', s.replace(new RegExp(`(?<![\\w.@-])${escape(value)}(?![\\w@-])`, 'gi'), 'me'));
  }
  step('former-address', s.replace(OWN_AND_FORMER, '$1$2my old address'));
  step('own-address', s.replace(INTRO, '$1').replace(OWN_ADDRESS, '$1').replace(NAME_HERE, '$1$2'));
  // only under a message in the first person, and not "… for: x@…"
  if (/\b(?:my|i|i'm|me)\b/i.test(s) && !/\bfor\s*:?\s*\S*$/.test(s.replace(SIGNATURE, '').slice(-30))) step('signature', s.replace(SIGNATURE, '$1'));
  // replace() with a global expression starts from 0 and resets lastIndex: no state between calls
  step(
    'story-person',
    s.replace(STORY, (m: string) => `i ${STORY_VERB.exec(m)?.[0] ?? ''}`),
  );
  step(
    'family-event',
    s.replace(FAMILY_EVENT, (m: string) => `the ${m.split(' ').pop() ?? ''}`),
  );
  step('family-visit', s.replace(VISIT, '$1 family'));
  // "we cancelled that line", "I've canceled the old number": a closed line is the problem, not a retraction
  step('closed-line', s.replace(CLOSED_LINE, 'closed $1'));
  step('common-advice', s.replace(COMMON_ADVICE, 'the advice says'));
  // only where the subject is a line, SIM, number or contract, never the request itself
  if (/\b(?:sim|line|number|contract|plan|esim)\b/i.test(s)) step('closed-line-passive', s.replace(PASSIVE_CANCELLED, '$1 closed'));
  step('password-manager', s.replace(PASSWORD_MANAGER, 'password vault'));
  step('new-starter', s.replace(NEW_STARTER, '$1new here'));
  step('vague-authenticator', s.replace(VAGUE_AUTHENTICATOR, 'the authenticator app'));
  step('described-method', describeMethods(s));
  // only when what is corrected was a request ("I reset my phone yesterday, actually just the settings" is a story)
  const corrected = CORRECTED_REQUEST.exec(s);
  // (round 21: and not "actually only the sms is fine": what is fine is what stays)
  if (
    corrected !== null &&
    ASKED_BEFORE.test(corrected[0]) &&
    !ANOTHER_PERSON.test(corrected[0]) &&
    !SAID_FINE.test(s.slice(corrected.index + corrected[0].length, corrected.index + corrected[0].length + 60))
  )
    step('corrected-request', s.replace(CORRECTED_REQUEST, 'please reset $1 '));
  step('take-off', takeOff(s));
  step('keep-but-rest', s.replace(KEEP_BUT_REST, '$2 everything except $1'));
  step('instead-of', s.replace(INSTEAD_OF, '$1but keep $2'));
  step('relatives-phone', s.replace(RELATIVES_PHONE, '$1a wrong phone'));
  step('given-by', s.replace(GIVEN_BY, '$1 from work'));
  step('relatives-old-line', s.replace(RELATIVES_OLD_LINE, '$1 an old $2'));
  // "It was my wife's phone as a backup and she's switched numbers": the relative only changed lines
  if (applied.includes('relatives-old-line')) step('relative-changed-line', s.replace(RELATIVE_CHANGED_LINE, 'that line changed'));
  return { text: s, applied };
}
