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
const RELATIVES_PHONE = new RegExp(
  `\\b((?:set (?:it |mfa |this )?up|registered|added|used|enrolled)\\b[^.?!]{0,40}?)(?:\\(\\s*)?(?:my|our) ${RELATIVE}'s(?:\\s*\\)|\\s+(?:phone|mobile|number|iphone|android|device))`,
  'gi',
);

/** "everyone says don't do this unless you have to": common advice, not a person the reset is for. */
const COMMON_ADVICE = /\b(?:everyone|everybody|people|folks|they all)\s+(?:says?|said|tells? (?:you|me)|told me|keeps? saying|recommends?|warns?|warned)\b/gi;
/** "That SIM … has been cancelled": a closed line, said in the passive. */
const PASSIVE_CANCELLED = /\b(has been|have been|was|were|got|is|are)\s+(?:now\s+|already\s+)?cancell?ed\b(?!\s+(?:the|my)\s+(?:request|reset))/gi;
const ADDRESS = String.raw`(?<![\w.%+-])[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`;
/** "this is Priya Nair (priya.nair@…)", "it's me, Priya, priya@…": the sender introducing themselves. */
const INTRO = new RegExp(String.raw`\b((?:this is|i am|i'm|im|it's me|its me)[,\s]+(?:[A-Z][\w'-]{1,30}[,\s]+){0,3}[(<\[]?\s*)${ADDRESS}`, 'g');
/** "my email is x@…", "MY account (x@…)", "my old Yahoo (x@…)": the sender's own address. */
const OWN_ADDRESS = new RegExp(
  String.raw`\b(my\s+(?:own\s+|personal\s+|work\s+|private\s+)?(?:old\s+|previous\s+|former\s+|private\s+|personal\s+){0,2}(?:email|e-mail|address|account|upn|login|username|user name|yahoo|gmail|hotmail|outlook|icloud|proton|mailbox)(?:\s+(?:is|address|account|=))?\s*[(:,<\[-]?\s*)${ADDRESS}`,
  'gi',
);
/** An address alone at the very end, after a sentence: a signature ("… new iPhone. m.ruiz@…"). */
const SIGNATURE = new RegExp(String.raw`([.!\n—–-]\s*)${ADDRESS}\s*[.!)]*\s*$`);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  step('own-address', s.replace(INTRO, '$1').replace(OWN_ADDRESS, '$1'));
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
  step('relatives-phone', s.replace(RELATIVES_PHONE, '$1a wrong phone'));
  return { text: s, applied };
}
