import type { MessageId } from '../copy/index.js';
import { renderClosedCard } from '../cards.js';
import type { Turn } from '../turn.js';

/** "status" (or "/status"), alone: the technician's tenant check. Anything longer is a sentence for the recogniser. */
const STATUS = /^\s*\/?status\s*[.!?]?\s*$/i;

export function isStatusCommand(text: string | undefined): boolean {
  return STATUS.test(text ?? '');
}

/**
 * A technician's "status": run the pre-flight now and show its findings on a card (each one is
 * also a log line). Anyone else gets false and the words go to the recogniser like any other:
 * the tenant's policies are not every employee's business.
 */
export async function preflightStatus(turn: Turn): Promise<boolean> {
  const { helpdesk, preflight } = turn.deps;
  if (!helpdesk || !preflight || !turn.sender.personal) return false;
  let technician: boolean;
  try {
    technician = (await helpdesk.policy.standing(turn.sender.userId)).technician;
  } catch (err) {
    turn.log.warn({ err: err instanceof Error ? err.name : 'error' }, 'status: could not check the technician');
    await turn.say(turn.t('helpdesk.preflight.unavailable'));
    return true;
  }
  if (!technician) return false;
  const findings = await preflight.run('status');
  const problems = findings.filter((f) => f.level === 'warn').length;
  await turn.sendCard(
    renderClosedCard({
      demoNotice: turn.demoNotice,
      title: turn.t('helpdesk.preflight.title'),
      tone: problems > 0 ? 'attention' : 'good',
      summary: turn.t(problems > 0 ? 'helpdesk.preflight.summary.warn' : 'helpdesk.preflight.summary.ok'),
      facts: findings.map((f) => ({
        title: turn.t(`helpdesk.preflight.level.${f.level}`),
        value: turn.t(`helpdesk.preflight.${f.id}` as MessageId, f.params),
      })),
      reference: '',
    }),
  );
  return true;
}
