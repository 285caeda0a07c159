import type { Intent as OldIntent } from '../bot/intent.js';
import { recognize } from '../bot/recognizer.js';
import type { Intent, Understanding, UnderstandOptions } from './types.js';

export type { Intent, IntentType, Understanding, UnderstandOptions, Locale } from './types.js';

/** Message → what it asks for. The bot depends on this signature only. */
export type Understand = (text: string, opts?: UnderstandOptions) => Understanding;

/**
 * A thin shim until the new recognizer lands (it replaces this file): the current recognizer,
 * its intent mapped to the new vocabulary, plus the few short replies the old one cannot tell
 * apart ("yes" typed while a card waits, "thanks", "undo", passwords). Every doubt still
 * resolves away from a reset card.
 */
export function understand(text: string, _opts?: UnderstandOptions): Understanding {
  const raw = typeof text === 'string' ? text : '';
  const intent = shortReply(raw) ?? fromOld(recognize(raw));
  // The old recognizer reads English only and cannot tell a message's language: claim none, so the Teams locale decides.
  return { intent, language: undefined, unsupportedLanguage: false, targets: [], explain: 'shim' };
}

function fromOld(i: OldIntent): Intent {
  return i.type === 'reset' ? { type: 'reset', scope: i.scope } : { type: i.type };
}

function shortReply(text: string): Intent | undefined {
  const s = text.toLowerCase().replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (s.length > 40) return undefined;
  if (/^(yes|yep|yeah|ok|okay|sure|confirm|go ahead|do it)( please)?( go ahead| do it| confirm)?$/.test(s)) return { type: 'typedConfirm' };
  if (/^(no|nope|cancel|stop)( thanks| thank you| please)?$/.test(s)) return { type: 'typedCancel' };
  if (/^(thanks|thank you|thx|ty|cheers)( so much| a lot| very much)?$/.test(s)) return { type: 'thanks' };
  if (/^(please )?undo( the| my)?( mfa)? reset$/.test(s)) return { type: 'undo' };
  if (/^(please )?(reset|change|forgot|i forgot)( my)? password$/.test(s)) return { type: 'password' };
  return undefined;
}
