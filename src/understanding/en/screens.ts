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

type Screen = 'setup' | 'error' | 'prompt' | 'password' | 'alert';

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
  ['error', String.raw`(?:i )?can'?t use my microsoft authenticator app right now`],
  ['error', String.raw`your security key (?:could not|couldn'?t) be verified`],
  ['error', String.raw`this security key (?:doesn'?t|does not) look familiar(?:\.? please try a different one)?`],
  ['error', String.raw`account already exists`],
  ['error', String.raw`you'?ve hit our limit on (?:verification )?(?:calls|texts|text messages|codes)`],
  ['error', String.raw`we (?:didn'?t|did not) hear from you`],
  ['error', String.raw`(?:your )?session has expired`],
  ['password', String.raw`(?:error(?: code)?:?\s*)?aadsts\s?(?:50126|50055|50053|50056|50034|50057|50144|50133)\b`],
  // with Entra's own description after the code ("AADSTS50158: External security challenge not satisfied. User will be …"),
  // never a line in the first person
  ['error', String.raw`(?:error(?: code)?:?\s*)?aadsts\s?\d{5,6}:[ \t]*(?![^\n]*\b(?:i|i'm|my|me|please|pls)\b)[^\n]*\b(?:user|administrator|authentication|tenant|application|policy)\b[^\n]*`],
  ['error', String.raw`(?:error(?: code)?:?\s*)?aadsts\s?\d{5,6}\b`],
  ['error', String.raw`error(?: code)?:?\s*5300[0-4]`],
  // the Authenticator's own prompts
  ['prompt', String.raw`approve sign[- ]in request`],
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
  error: 'an mfa sign-in error',
  prompt: 'the mfa approval prompt',
  password: 'a password expired screen',
  alert: 'an unusual sign-in alert',
};

const OPEN = String.raw`(?:^[ \t]*>+[ \t]*|["'“”‘’«]\s*)?`;
const CLOSE = String.raw`(?:[.!]?\s*["'“”‘’»])?`;

const EXPRESSIONS: readonly (readonly [Screen, RegExp])[] = PHRASES.map(([kind, body]) => [
  kind,
  new RegExp(`${OPEN}\\b${body.replace(/'/g, "['’]")}${CLOSE}`, 'gim'),
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
  const found = new Set<Screen>();
  let s = text;
  for (const [kind, re] of EXPRESSIONS) {
    const next = s.replace(re, () => ` ${DESCRIPTION[kind]} `);
    if (next !== s) found.add(kind);
    s = next;
  }
  if (found.size === 0) return { text, found: [] };
  // two screens pasted on two lines read as one line each; spaces tidied
  return { text: s.replace(/[ \t]{2,}/g, ' ').replace(/ +([.,;:!?])/g, '$1').trim(), found: [...found] };
}
