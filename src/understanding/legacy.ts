/**
 * The smallest adapter that keeps the round-1 bot (src/bot/bot.ts, which switches on the old
 * Intent) working on this branch while the new flows are built on Understanding. Removed when
 * the restructured bot lands.
 */
import { understand } from './index.js';
import type { Intent as LegacyIntent } from './legacy-intent.js';
import type { Intent } from './types.js';

export function toLegacy(intent: Intent): LegacyIntent {
  switch (intent.type) {
    case 'reset':
      return { type: 'reset', scope: intent.scope };
    case 'list':
    case 'help':
    case 'greeting':
    case 'otherUser':
    case 'negation':
    case 'aboutMfa':
    case 'unknown':
      return { type: intent.type };
    case 'typedCancel':
      return { type: 'negation' };
    case 'thanks':
      return { type: 'greeting' };
    // The old bot has no prompt, triage or undo answer; its MFA explainer is the closest reply.
    case 'clarify':
    case 'security':
    case 'undo':
      return { type: 'aboutMfa' };
    case 'password':
    case 'typedConfirm':
      return { type: 'unknown' };
  }
}

export function recognize(text: string): LegacyIntent {
  return toLegacy(understand(text).intent);
}
