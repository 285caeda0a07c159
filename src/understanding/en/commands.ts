/**
 * Messages typed like a command line (round 20): "/reset", "reset -authenticator", "reset --method
 * phone", "/remove method:email", "/mfa remove alt-mobile", "/mfa list". The flag names the method;
 * read as words ("reset authenticator") the flag's dash made the rules see no method, so a
 * one-method command became everything. Each form is rewritten into the plain request it stands for
 * before the rules read it. Short English messages only (at most 80 characters), and only when the
 * message starts as a command (a slash, or a reset / list verb followed by a flag or `method:`).
 *
 * Only flags that name a method (or all, or the method / type key) are rewritten, as "the X method";
 * a flag that names a person ("--for bob", "-u alice", "user:bob") becomes "for …", so the target is
 * read as someone else's; any other flag, or a flag with a value ("--skip authenticator",
 * "--phone=no"), is not understood, and the bot asks (`unsure`). A dash before words of a retraction
 * ("reset mfa -just kidding") is punctuation, not a flag.
 */

const COMMAND = /^\s*\/[a-z]|^\s*(?:mfa\s+)?(?:reset|remove|delete|clear|wipe|unregister|list|show)\b[^.?!]*?(?:\s--?[a-z]|\b(?:method|user)\s*[:=])/i;

const METHOD_FLAGS: ReadonlySet<string> = new Set([
  'authenticator',
  'app',
  'sms',
  'text',
  'texts',
  'phone',
  'mobile',
  'alt-mobile',
  'altmobile',
  'office',
  'office-phone',
  'email',
  'mail',
  'fido',
  'fido2',
  'passkey',
  'security-key',
  'securitykey',
  'yubikey',
  'whfb',
  'windows-hello',
  'oath',
  'totp',
  'hardware-token',
  'software-token',
  'tap',
  'qr',
]);
const ALL_FLAGS: ReadonlySet<string> = new Set(['all', 'everything']);
const KEY_FLAGS: ReadonlySet<string> = new Set(['method', 'type', 'kind', 'm']);
const TARGET_FLAGS: ReadonlySet<string> = new Set(['for', 'user', 'u', 'upn', 'owner', 'target', 'on-behalf-of', 'who', 'account']);
/** "-just kidding", "-never mind", "-wait no": a dash as punctuation before a retraction. */
const RETRACTION_WORDS: ReadonlySet<string> = new Set([
  'just',
  'never',
  'nvm',
  'wait',
  'no',
  'jk',
  'kidding',
  'sorry',
  'actually',
  'cancel',
  'stop',
  'thanks',
  'thx',
  'pls',
  'please',
]);

export interface Command {
  readonly text: string;
  readonly applied: boolean;
  /** A flag named one method (not "--all"): a card for everything would be more than asked. */
  readonly namesOne: boolean;
  /** A flag the reading cannot place (not a method, a person or all), or a flag with a value: ask. */
  readonly unsure: boolean;
}

/** The reading of a message that is not a command (and of every message in another language). */
export const notACommand = (text: string): Command => ({ text, applied: false, namesOne: false, unsure: false });
const FLAG_TOKEN = /(^|\s)--?([a-z][\w-]*)/gi;

export function readCommand(text: string): Command {
  if (text.length > 80 || !COMMAND.test(text)) return notACommand(text);
  if ([...text.matchAll(FLAG_TOKEN)].some((m) => RETRACTION_WORDS.has((m[2] ?? '').toLowerCase()))) return notACommand(text);
  let namesOne = /\bmethod\s*[:=]/i.test(text);
  let unsure = false;
  let s = text.trim().replace(/^\/+/, '');
  // user:bob, method:email
  s = s.replace(/\b(?:user|upn|owner|for)\s*[:=]\s*([\w.@-]+)/gi, 'for $1');
  s = s.replace(/\bmethod\s*[:=]\s*([a-z][\w-]*)/gi, (_m: string, v: string) => {
    if (!METHOD_FLAGS.has(v.toLowerCase())) unsure = true;
    return `the ${v} method`;
  });
  s = s.replace(/(^|\s)--?([a-z][\w-]*)(?:\s*[=\s]\s*([\w.@][\w.@-]*))?/gi, (m: string, lead: string, name: string, value: string | undefined) => {
    const n = name.toLowerCase();
    if (KEY_FLAGS.has(n) && value !== undefined) {
      if (!METHOD_FLAGS.has(value.toLowerCase())) unsure = true;
      namesOne = true;
      return `${lead}the ${value} method`;
    }
    if (TARGET_FLAGS.has(n) && value !== undefined) return `${lead}for ${value}`;
    if (ALL_FLAGS.has(n)) return `${lead}everything${value === undefined ? '' : ` ${value}`}`;
    if (METHOD_FLAGS.has(n)) {
      namesOne = true;
      // "--phone=no", "--authenticator=false": a value after a method flag is not understood
      if (/=/.test(m)) unsure = true;
      return `${lead}the ${n} method${value === undefined || /=/.test(m) ? '' : ` ${value}`}`;
    }
    unsure = true;
    return m;
  });
  s = s
    .replace(/\balt-?mobile\b/gi, 'alternate mobile number')
    .replace(/^\s*mfa\s+(reset|remove|delete|clear|wipe|unregister)\b/i, '$1')
    .replace(/^\s*mfa\s+(?:list|show|status|methods)\s*$/i, 'show my mfa methods')
    .replace(/^\s*(?:list|show)\s+(?:mfa|methods)\s*$/i, 'show my mfa methods')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { text: s, applied: s !== text.trim(), namesOne, unsure };
}
