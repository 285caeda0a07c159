import type { SecurityKind } from '../../understanding/types.js';
import type { Turn } from '../turn.js';

/**
 * Prompts the user did not start, a sign-in they did not make, a phishing message: a security
 * event, never a reset (the methods are what keeps the other person out). Deny, change the
 * password, tell security; the event goes to the audit log (and later to the ticket sink).
 */
export async function triage(turn: Turn, kind: SecurityKind): Promise<void> {
  turn.deps.service.record({ type: 'security', kind }, turn.self, turn.requester);
  await turn.say(turn.t('security'));
}
