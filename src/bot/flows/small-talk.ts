import { duration } from '../copy/index.js';
import type { Turn } from '../turn.js';
import { audit } from './common.js';

/** Short answers that change nothing and call nothing but, for a typed "yes", the state store. */
export const help = (turn: Turn) => turn.say(turn.t('help', { commands: turn.t('commands') }));
/** Always in English (the user's language is one we cannot read), saying which ones we can. */
export const unsupportedLanguage = (turn: Turn) => turn.say(turn.t('unsupportedLanguage', { commands: turn.t('commands') }));
export const welcome = (turn: Turn) => turn.say(turn.t('welcome', { commands: turn.t('commands') }));
export const greeting = (turn: Turn) => turn.say(turn.t('greeting'));
export const thanks = (turn: Turn) => turn.say(turn.t('thanks'));
export const negation = (turn: Turn) => turn.say(turn.t('negation'));
export const aboutMfa = (turn: Turn) => turn.say(turn.t('aboutMfa'));
export const password = (turn: Turn) => turn.say(turn.t('password'));
export const undo = (turn: Turn) => turn.say(turn.t('undo'));

export async function otherUser(turn: Turn): Promise<void> {
  audit(turn, 'otherUser');
  await turn.say(turn.t('otherUser'));
}

/** "yes" typed instead of pressed: point at the card that is waiting, or explain there is none. */
export async function typedAnswer(turn: Turn, answer: 'yes' | 'no'): Promise<void> {
  const pending = turn.sender.personal ? await turn.deps.service.pendingCard(turn.self) : undefined;
  if (!pending) return turn.say(answer === 'yes' ? turn.t('typed.none') : turn.t('negation'));
  const expiresIn = duration(turn.locale, (pending.expiresAt - turn.deps.now()) / 1000);
  await turn.say(turn.t(answer === 'yes' ? 'typed.pending' : 'typed.pendingCancel', { expiresIn }));
}
