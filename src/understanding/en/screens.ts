/**
 * Text pasted from a sign-in screen, a prompt or a notification (round 18): employees copy what
 * Microsoft's screens told them ("More information required", "Action required: update your security
 * info", "AADSTS50076", "Approve sign-in request"). Those words are the product's, not the sender's:
 * "update your security info" in a pasted banner is not a request, "Verify your identity" is not an
 * ask to verify anything. Each known screen text (and its quotes or "> " prefix) is replaced by a plain
 * description of what the screen was, so the rules read the sender's own words and a bare paste reads
 * as MFA trouble. English messages only (the screens are quoted in English in every corpus so far).
 *
 * The texts are Microsoft Entra's own sign-in, registration, Authenticator and alert wording, written
 * as tolerant expressions (apostrophes, "can't"/"couldn't", missing words), never a corpus's line.
 */

type Screen = 'setup' | 'error' | 'quoted-error' | 'prompt' | 'password' | 'alert';

const PHRASES: readonly (readonly [Screen, string])[] = [
  // registration interrupts and banners
  ['setup', String.raw`more information (?:is )?required`],
  ['setup', String.raw`your organi[sz]ation needs more information to keep your account secure`],
  ['setup', String.raw`(?:let'?s|lets) keep your account secure`],
  ['setup', String.raw`keep your account secure`],
  ['setup', String.raw`help us protect your account`],
  ['setup', String.raw`(?:action required:?\s*)?update your security info(?:rmation)?`],
  ['setup', String.raw`you have \d+ days? (?:left )?(?:before|until) (?:this|it) (?:becomes|is) required`],
  ['setup', String.raw`this account (?:has been|was) added by your organi[sz]ation`],
  ['setup', String.raw`your organi[sz]ation requires (?:additional|more) security information`],
  // failures and blocks
  ['error', String.raw`we (?:couldn'?t|could not|can'?t|cannot) verify your identity`],
  ['error', String.raw`we (?:couldn'?t|could not|can'?t|cannot) sign you in`],
  ['error', String.raw`verify your identity`],
  ['error', String.raw`sign in another way`],
  ['error', String.raw`use a different verification option`],
  // (the sender's own words too: only quoted or on a "> " line)
  ['quoted-error', String.raw`(?:i )?can'?t use my microsoft authenticator app right now`],
  ['error', String.raw`your security key (?:could not|couldn'?t) be verified`],
  ['error', String.raw`this security key (?:doesn'?t|does not) look familiar(?:\.? please try a different one)?`],
  ['error', String.raw`account already exists`],
  ['error', String.raw`you'?ve hit our limit on (?:verification )?(?:calls|texts|text messages|codes)`],
  ['error', String.raw`we (?:didn'?t|did not) hear from you`],
  ['error', String.raw`(?:your )?session has expired`],
  ['password', String.raw`(?:error(?: code)?:?\s*)?aadsts\s?(?:50126|50055|50053|50056|50034|50057|50144|50133)\b`],
  // with Entra's own description after the code ("AADSTS50158: External security challenge not satisfied. User will be …"),
  // never a line in the first person
  // one to three sentences, each without the sender's own words (first person, a person, a request, a negation, a question)
  [
    'error',
    String.raw`(?:error(?: code)?:?\s*)?aadsts\s?\d{5,6}:[ \t]*(?=[^\n?!]{0,300}\b(?:user|administrator|authentication|tenant|application|policy)\b)(?:(?![^.\n?!]{0,200}\b(?:i|i'm|my|me|please|pls|he|his|she|her|him|they|their|someone|somebody|reset|remove|delete|clear|wipe|don'?t|do not|hacked)\b)[^.\n?!]{1,200}\.?[ \t]*){1,3}`,
  ],
  ['error', String.raw`(?:error(?: code)?:?\s*)?aadsts\s?\d{5,6}\b`],
  ['error', String.raw`error(?: code)?:?\s*5300[0-4]`],
  // the Authenticator's own prompts
  ['prompt', String.raw`approve sign[- ]in request(?!["\x27”’]?\s*from\b)`],
  ['prompt', String.raw`are you trying to sign in\??`],
  ['prompt', String.raw`enter the number shown to sign in`],
  // password screens (a password answer, not MFA)
  ['password', String.raw`your password has expired`],
  ['password', String.raw`(?:your account or password is incorrect|you'?ve tried to sign in too many times with an incorrect (?:account or )?password)`],
  // alerts
  ['alert', String.raw`unusual sign[- ]in activity`],
];

const DESCRIPTION: Readonly<Record<Screen, string>> = {
  setup: 'the mfa setup screen',
  // (facts.ts lets a weak attack sign beside this description count: it is not a problem of the sender's own words)
  error: 'an mfa sign-in error',
  'quoted-error': 'an mfa sign-in error',
  prompt: 'the mfa approval prompt',
  password: 'a password expired screen',
  alert: 'an unusual sign-in alert',
};

const OPEN = String.raw`(?:^[ \t]*>+[ \t]*|["'“”‘’«]\s*)?`;
const CLOSE = String.raw`(?:[.!]?\s*["'“”‘’»])?`;

const QUOTED_OPEN = String.raw`(?:^[ \t]*>+[ \t]*|["'“”‘’«]\s*)`;
const EXPRESSIONS: readonly (readonly [Screen, RegExp])[] = PHRASES.map(([kind, body]) => [
  kind,
  new RegExp(`${kind === 'quoted-error' ? QUOTED_OPEN : OPEN}\\b${body.replace(/'/g, "['’]")}${CLOSE}`, 'gim'),
]);

export interface Screens {
  readonly text: string;
  /** The kinds of screen text found, in the order of PHRASES (for the explanation). */
  readonly found: readonly Screen[];
}

/** Replace pasted screen texts by what they were. Bounded: at most 30 fixed expressions over the bounded text. */
/** One cheap test first: most messages quote no screen, and then none of the expressions runs. */
const ANY_SCREEN =
  /more information|account secure|protect your account|security info|days? (?:left )?(?:before|until)|added by your organi|security information|verify your identity|sign you in|another way|different verification|authenticator app right now|security key|already exists|hit our limit|hear from you|session has expired|aadsts|error|sign[- ]in request|trying to sign in|number shown|password|unusual sign/i;

export function readScreens(text: string): Screens {
  if (!ANY_SCREEN.test(text)) return { text, found: [] };
  // a paste is read in the first 1,500 characters (a long message's tail is its own words); bounds the work
  if (text.length > 1_500) {
    const head = readScreens(text.slice(0, 1_500));
    return { text: `${head.text}${text.slice(1_500)}`, found: head.found };
  }
  const found = new Set<Screen>();
  let s = text;
  for (const [kind, re] of EXPRESSIONS) {
    const next = s.replace(re, () => ` ${DESCRIPTION[kind]} `);
    if (next !== s) found.add(kind === 'quoted-error' ? 'error' : kind);
    s = next;
  }
  if (found.size === 0) return { text, found: [] };
  // two screens pasted on two lines read as one line each; spaces tidied
  return {
    text: s
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/ +([.,;:!?])/g, '$1')
      .trim(),
    found: [...found],
  };
}
