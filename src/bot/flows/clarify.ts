import { z } from 'zod';
import { KINDS, type MethodKind } from '../../reset/catalogue.js';
import { inventory } from '../../reset/plan.js';
import type { ResetScope } from '../../reset/scope.js';
import type { AuthMethod } from '../../reset/types.js';
import { renderChoiceCard } from '../cards.js';
import type { Locale } from '../copy/index.js';
import { methodTitle } from '../describe.js';
import type { Turn } from '../turn.js';
import { listFailedKey, personalOnly } from './common.js';
import { listMethods } from './list.js';
import { offerReset } from './self-service.js';

/**
 * When the bot is not sure what the user wants, it asks (design: "asks instead of guessing"):
 * four buttons that lead to the same flows as the typed requests.
 */
export async function clarify(turn: Turn): Promise<void> {
  await turn.sendCard(
    renderChoiceCard({
      demoNotice: turn.demoNotice,
      text: turn.t('clarify.text'),
      choices: [
        { title: turn.t('clarify.reset'), choice: 'reset' },
        { title: turn.t('clarify.one'), choice: 'one' },
        { title: turn.t('clarify.list'), choice: 'list' },
        { title: turn.t('clarify.no'), choice: 'no' },
      ],
    }),
  );
}

/** Card data is untrusted input: a choice is one of these, or nothing happens. */
const Choice = z.union([z.enum(['reset', 'one', 'list', 'no']), z.string().regex(/^scope:[A-Za-z]{1,40}(:(mobile|alternateMobile|office))?$/)]);

export async function choose(turn: Turn, raw: unknown): Promise<boolean> {
  const parsed = Choice.safeParse(raw);
  if (!parsed.success) return false;
  const choice = parsed.data;
  switch (choice) {
    case 'reset':
      await offerReset(turn, { kind: 'all' });
      return true;
    case 'list':
      await listMethods(turn);
      return true;
    case 'no':
      await turn.say(turn.t('negation'));
      return true;
    case 'one':
      await pickOne(turn);
      return true;
    default: {
      const scope = scopeOf(choice);
      if (!scope) return false;
      await offerReset(turn, scope);
      return true;
    }
  }
}

/** The user's removable method types, one button each. */
async function pickOne(turn: Turn): Promise<void> {
  if (!(await personalOnly(turn))) return;
  const result = await turn.deps.service.list(turn.self, turn.requester);
  if (result.kind === 'refused') return turn.say(turn.t('rateLimited'));
  if (result.kind === 'listFailed') return turn.say(turn.t(listFailedKey(result.reason)));
  const removable = inventory([...result.methods], { kind: 'all' }, turn.deps.service.canDelete).removable;
  if (removable.length === 0) return turn.say(turn.t('nothingToRemove'));
  const seen = new Set<string>();
  const choices: { title: string; choice: string }[] = [];
  for (const m of removable) {
    const choice = choiceOf(m);
    if (seen.has(choice)) continue;
    seen.add(choice);
    choices.push({ title: typeTitle(m, turn.locale), choice });
  }
  await turn.sendCard(renderChoiceCard({ demoNotice: turn.demoNotice, text: turn.t('clarify.pick'), choices }));
}

function choiceOf(m: AuthMethod): string {
  return m.kind === 'phone' && m.phoneType ? `scope:phone:${m.phoneType}` : `scope:${m.kind}`;
}

/** A phone without a type offers the mobile-phone button, as its choice does (scope:phone). */
function typeTitle(m: AuthMethod, locale: Locale): string {
  return methodTitle(m.kind, m.kind === 'phone' ? (m.phoneType ?? 'mobile') : undefined, locale);
}

function scopeOf(choice: string): ResetScope | undefined {
  const [, kind, phoneType] = choice.split(':');
  if (!kind || !(kind in KINDS) || kind === 'password' || kind === 'unknown') return undefined;
  const k = kind as MethodKind;
  if (k === 'phone')
    return phoneType === 'mobile' || phoneType === 'alternateMobile' || phoneType === 'office' ? { kind: 'phone', phoneType } : { kind: 'phone' };
  if (k === 'microsoftAuthenticator' || k === 'passwordlessMicrosoftAuthenticator') return { kind: 'authenticator' };
  if (k === 'email') return { kind: 'email' };
  if (k === 'fido2') return { kind: 'securityKey' };
  return { kind: 'other', methodKinds: [k] };
}
