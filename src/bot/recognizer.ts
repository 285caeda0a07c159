// PLACEHOLDER written by the lead so the app builds while the real recognizer is written.
// The recognizer engineer replaces this whole file.
import type { Intent } from './intent.js';

export function recognize(text: string): Intent {
  const t = text.toLowerCase();
  if (/show|list/.test(t) && /mfa|method/.test(t)) return { type: 'list' };
  if (/reset|wipe|remove/.test(t) && /mfa|authenticator/.test(t)) return { type: 'reset', scope: { kind: 'all' } };
  return { type: 'help' };
}
