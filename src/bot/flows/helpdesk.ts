import { choicesFor, type ChoiceOption } from '../../helpdesk/choice.js';
import type { HelpdeskDecision } from '../../helpdesk/policy.js';
import type { DirectoryUser } from '../../helpdesk/ports.js';
import type { Party } from '../../reset/events.js';
import type { Intent, TargetEntity } from '../../understanding/types.js';
import { renderChoiceCard } from '../cards.js';
import { describeMethod, methodTitle, type MethodView } from '../describe.js';
import type { AuthMethod } from '../../reset/types.js';
import { renderRequestCard, type RequestCardView } from '../helpdesk-cards.js';
import { escapeMarkdown } from '../markdown.js';
import type { Turn } from '../turn.js';
import { listFailedKey, personalOnly } from './common.js';
import { otherUser } from './small-talk.js';

/**
 * Helpdesk mode, first half: a technician names someone else. Who the sender is decides before
 * anyone is looked up (a non-technician keeps "I can only reset your own MFA" and the named
 * person is never asked about in Graph); then the target is resolved and the technician gets
 * the request card. Submitting it is `helpdesk-submit.ts`; the target's answer `helpdesk-answer.ts`.
 */
export const REASONS = ['lostPhone', 'newPhone', 'brokenApp', 'suspicious', 'other'] as const;

export async function helpdeskOtherUser(turn: Turn, intent: Extract<Intent, { type: 'otherUser' }>): Promise<void> {
  const helpdesk = turn.deps.helpdesk;
  if (!helpdesk) return otherUser(turn);
  if (!(await personalOnly(turn))) return;
  const entity = intent.target ?? targetInMessage(turn);
  let decision: HelpdeskDecision;
  try {
    if (!entity) {
      // Only the sender's standing is asked: nobody else is named.
      const standing = await helpdesk.policy.standing(turn.sender.userId);
      return standing.technician ? turn.say(turn.t('helpdesk.noTarget')) : otherUser(turn);
    }
    decision = await helpdesk.desk.name(turn.sender.userId, entity);
  } catch (err) {
    turn.log.warn({ err: err instanceof Error ? err.name : 'error' }, 'helpdesk lookup failed');
    return turn.say(turn.t('helpdesk.lookupFailed'));
  }
  return answerDecision(turn, decision);
}

/** A candidate button (or a mention): the object id goes through the same checks again. */
export async function pickTarget(turn: Turn, targetId: string): Promise<void> {
  const helpdesk = turn.deps.helpdesk;
  if (!helpdesk) return otherUser(turn);
  if (!(await personalOnly(turn))) return;
  try {
    return answerDecision(turn, await helpdesk.desk.name(turn.sender.userId, { kind: 'mention', aadObjectId: targetId, name: '' }));
  } catch (err) {
    turn.log.warn({ err: err instanceof Error ? err.name : 'error' }, 'helpdesk lookup failed');
    return turn.say(turn.t('helpdesk.lookupFailed'));
  }
}

async function answerDecision(turn: Turn, decision: HelpdeskDecision): Promise<void> {
  switch (decision.kind) {
    case 'onlyOwn':
      await otherUser(turn);
      // Demo mode only (a simulated tenant): say which id makes this user a technician.
      if (turn.deps.demo) await turn.say(turn.t('helpdesk.demoHint', { userId: turn.sender.userId }));
      return;
    case 'invalid':
      return turn.say(turn.t('helpdesk.invalid'));
    case 'notFound':
      return turn.say(turn.t('helpdesk.notFound'));
    case 'disabled':
      return turn.say(turn.t('helpdesk.disabled', { name: nameOf(decision.user) }));
    case 'self':
      return turn.say(turn.t('helpdesk.self'));
    case 'privilegedTarget':
      turn.deps.service.record({ type: 'refused', reason: 'privilegedTarget' }, partyOf(turn, decision.user), turn.requester);
      return turn.say(turn.t('helpdesk.privileged', { name: nameOf(decision.user) }));
    case 'ambiguous':
      return turn.sendCard(
        renderChoiceCard({
          demoNotice: turn.demoNotice,
          text: decision.more ? turn.t('helpdesk.ambiguous.more', { n: decision.candidates.length }) : turn.t('helpdesk.ambiguous'),
          choices: decision.candidates.map((u) => ({ title: `${nameOf(u)} (${escapeMarkdown(u.userPrincipalName)})`, choice: `helpdesk:${u.id}` })),
        }),
      );
    case 'allowed':
      return showRequestCard(turn, decision.user);
  }
}

async function showRequestCard(turn: Turn, user: DirectoryUser): Promise<void> {
  const listed = await turn.deps.service.list(partyOf(turn, user), turn.requester);
  if (listed.kind === 'refused') return turn.say(turn.t('rateLimited'));
  if (listed.kind === 'listFailed') return turn.say(turn.t(listFailedKey(listed.reason)));
  const options = choicesFor(listed.methods, turn.deps.service.canDelete);
  const name = nameOf(user);
  if (options.length === 0) return turn.say(turn.t('helpdesk.nothing', { name }));
  const ticketRequired = turn.deps.tickets !== undefined;
  const shown = listed.methods.filter((m) => m.kind !== 'password');
  const defaultId = await turn.deps.service.defaultOf(partyOf(turn, user), shown);
  await turn.sendCard(
    renderRequestCard({
      demoNotice: turn.demoNotice,
      title: turn.t('helpdesk.request.title', { name }),
      target: targetFacts(turn, user),
      methodsTitle: turn.t('helpdesk.methods'),
      methods: markDefault(turn, shown, defaultId),
      choiceLabel: turn.t('helpdesk.choice.label'),
      choices: options.map((o) => ({ title: turn.t('helpdesk.choice.count', { label: choiceLabel(turn, o), n: o.count }), value: o.value })),
      ticketLabel: turn.t(ticketRequired ? 'helpdesk.ticket.label' : 'helpdesk.ticket.optional'),
      ticketRequired,
      reasonLabel: turn.t('helpdesk.reason.label'),
      reasons: REASONS.map((value) => ({ title: turn.t(`helpdesk.reason.${value}`), value })),
      ...afterInputs(turn, name),
      note: turn.t('helpdesk.request.note', { name }),
      submit: turn.t('helpdesk.submit', { name }),
      dismiss: turn.t('helpdesk.dismiss'),
      targetId: user.id,
    }),
  );
}

/** The methods as card rows, the default one marked "(default)" when it is known. */
export function markDefault(turn: Pick<Turn, 't' | 'locale'>, methods: readonly AuthMethod[], defaultId: string | undefined): MethodView[] {
  return methods.map((m) => {
    const v = describeMethod(m, turn.locale);
    return m.id === defaultId ? { ...v, detail: turn.t('helpdesk.default', { detail: v.detail || '—' }) } : v;
  });
}

/** The after-reset options (issue 15), when the bot can carry them out. */
function afterInputs(turn: Turn, name: string): Pick<RequestCardView, 'tapLabel' | 'revokeLabel' | 'revokeChoices'> {
  if (!turn.deps.after) return { tapLabel: '', revokeLabel: '', revokeChoices: [] };
  return {
    tapLabel: turn.t('helpdesk.after.tap.label', { name }),
    revokeLabel: turn.t('helpdesk.after.revoke.label', { name }),
    revokeChoices: (['auto', 'yes', 'no'] as const).map((value) => ({ title: turn.t(`helpdesk.after.revoke.${value}`), value })),
  };
}

function targetFacts(turn: Turn, user: DirectoryUser): { title: string; value: string }[] {
  const facts = [
    { title: turn.t('helpdesk.fact.name'), value: nameOf(user) },
    { title: turn.t('helpdesk.fact.upn'), value: escapeMarkdown(user.userPrincipalName) },
  ];
  if (user.department) facts.push({ title: turn.t('helpdesk.fact.department'), value: escapeMarkdown(user.department) });
  if (user.jobTitle) facts.push({ title: turn.t('helpdesk.fact.jobTitle'), value: escapeMarkdown(user.jobTitle) });
  facts.push({ title: turn.t('helpdesk.fact.account'), value: turn.t(user.userType === 'Guest' ? 'helpdesk.account.guest' : 'helpdesk.account.enabled') });
  return facts;
}

function choiceLabel(turn: Turn, o: Pick<ChoiceOption, 'choice'>): string {
  const c = o.choice;
  if (c.kind === 'all') return turn.t('helpdesk.choice.all');
  if (c.kind === 'rewst') return turn.t(`helpdesk.choice.${c.type}`);
  return methodTitle(c.methodKind, undefined, turn.locale);
}

export function nameOf(user: { readonly displayName?: string | undefined; readonly userPrincipalName: string }): string {
  return escapeMarkdown(user.displayName || user.userPrincipalName, 80);
}

function partyOf(turn: Turn, user: Pick<DirectoryUser, 'id' | 'displayName'>): Party {
  return { userId: user.id, tenantId: turn.sender.tenantId, displayName: user.displayName };
}

const ADDRESS = /[^\s<>"'(),;:@]{1,200}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,}/u;
// "ana's phone", "Ana Lopez's authenticator": one word, or two when the first is capitalised.
const POSSESSIVE = /(?<!\p{L})((?:\p{Lu}[\p{Ll}-]+\s)?\p{L}[\p{L}-]*)['’]s(?!\p{L})/u;
// "@Ana Lopez" typed without a Teams mention; "reset MFA for ana" (the name ends the message).
const AT_NAME = /(?<!\S)@(\p{L}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?)/u;
const FOR_NAME = /\bfor\s+(\p{L}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?)[\s.!?]*$/u;
const NOT_A_NAME = new Set([
  'it',
  'that',
  'what',
  'there',
  'here',
  'he',
  'she',
  'who',
  'let',
  'me',
  'him',
  'her',
  'them',
  'us',
  'someone',
  'somebody',
  'everyone',
  'my',
  'mine',
  'a',
  'the',
  'you',
]);

/**
 * The person a message names when the understanding gave none: a Teams @mention other than the
 * bot (its entity carries the name; resolved by the directory), an address, or "ana's phone".
 */
function targetInMessage(turn: Turn): TargetEntity | undefined {
  const a = turn.ctx.activity;
  const botId = a.recipient?.id;
  for (const e of a.entities ?? []) {
    if (e.type !== 'mention') continue;
    const m = (e as { mentioned?: { id?: unknown; name?: unknown; aadObjectId?: unknown } }).mentioned;
    if (!m || m.id === botId || typeof m.name !== 'string' || m.name.trim() === '') continue;
    const aad = typeof m.aadObjectId === 'string' ? m.aadObjectId : undefined;
    return aad ? { kind: 'mention', aadObjectId: aad, name: m.name.slice(0, 100) } : { kind: 'mention', name: m.name.slice(0, 100) };
  }
  const raw = (a.text ?? '').slice(0, 1000);
  // A mention without its entity (the Emulator, a pasted message): the tag's text is the name.
  const tagged = [...raw.matchAll(/<at>([^<]{1,100})<\/at>/g)].map((m) => m[1]!.trim()).find((n) => n !== '' && n !== a.recipient?.name);
  if (tagged) return { kind: 'mention', name: tagged };
  const text = raw.replace(/<at>[^<]*<\/at>/g, ' ');
  const address = ADDRESS.exec(text)?.[0].replace(/\.$/, '');
  if (address) return { kind: 'upn', value: address };
  for (const pattern of [AT_NAME, POSSESSIVE, FOR_NAME]) {
    const name = pattern.exec(text)?.[1];
    if (name && !NOT_A_NAME.has(name.toLowerCase())) return { kind: 'name', value: name };
  }
  return undefined;
}
