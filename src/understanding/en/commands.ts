/**
 * Messages typed like a command line (round 20): "/reset", "reset -authenticator", "reset --method
 * phone", "/remove method:email", "/mfa remove alt-mobile", "/mfa list". The flag names the method;
 * read as words ("reset authenticator") the flag's dash made the rules see no method, so a
 * one-method command became everything. Each form is rewritten into the plain request it stands for
 * before the rules read it. Short English messages only (at most 80 characters), and only when the
 * message starts as a command (a slash, or a reset / list verb followed by a flag or `method:`).
 */

const COMMAND = /^\s*\/[a-z]|^\s*(?:mfa\s+)?(?:reset|remove|delete|clear|wipe|unregister|list|show)\b[^.?!]*?(?:\s--?[a-z]|\bmethod\s*[:=])/i;

const STEPS: readonly (readonly [RegExp, string])[] = [
  [/^\s*\/+/, ''],
  [/\balt-?mobile\b/gi, 'alternate-mobile-number'],
  [/(^|\s)--?(?:method|type|kind|m)\s*[:=\s]\s*([a-z][\w-]*)/gi, '$1my $2 method'],
  [/\bmethod\s*[:=]\s*([a-z][\w-]*)/gi, 'my $1 method'],
  [/(^|\s)--?(?:all|everything)\b/gi, '$1everything'],
  [/(^|\s)--?([a-z][\w-]*)/gi, '$1my $2 method'],
  [/\balternate-mobile-number\b/gi, 'alternate mobile number'],
  [/^\s*mfa\s+(reset|remove|delete|clear|wipe|unregister)\b/i, '$1'],
  [/^\s*mfa\s+(?:list|show|status|methods)\s*$/i, 'show my mfa methods'],
  [/^\s*(?:list|show)\s+(?:mfa|methods)\s*$/i, 'show my mfa methods'],
];

export interface Command {
  readonly text: string;
  readonly applied: boolean;
  /** A flag or `method:` named one method (not "--all"): a card for everything would be more than asked. */
  readonly namesOne: boolean;
}

const FLAG = /(?:^|\s)--?(?!all\b|everything\b)[a-z]|\bmethod\s*[:=]/i;

export function readCommand(text: string): Command {
  if (text.length > 80 || !COMMAND.test(text)) return { text, applied: false, namesOne: false };
  const s = STEPS.reduce((acc, [re, to]) => acc.replace(re, to), text)
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { text: s, applied: s !== text.trim(), namesOne: FLAG.test(text) };
}
