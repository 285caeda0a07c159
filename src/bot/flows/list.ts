import { renderMethodsList } from '../cards.js';
import { describeMethod } from '../describe.js';
import type { Turn } from '../turn.js';
import { listFailedKey, personalOnly } from './common.js';

/** "show my MFA methods": read-only, never a button that changes anything. */
export async function listMethods(turn: Turn): Promise<void> {
  if (!(await personalOnly(turn))) return;
  const result = await turn.deps.service.list(turn.self, turn.requester);
  if (result.kind === 'refused') return turn.say(turn.t('rateLimited'));
  if (result.kind === 'listFailed') return turn.say(turn.t(listFailedKey(result.reason)));
  const shown = result.methods.filter((m) => m.kind !== 'password');
  if (shown.length === 0) return turn.say(turn.t('noMethodsToList'));
  await turn.sendCard(
    renderMethodsList({
      demoNotice: turn.demoNotice,
      title: turn.t('card.list.title'),
      methods: shown.map((m) => describeMethod(m, turn.locale)),
      footer: turn.t('card.list.footer'),
    }),
  );
}
