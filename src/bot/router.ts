import { z } from 'zod';
import type { Intent, IntentType } from '../understanding/types.js';
import { choose, clarify } from './flows/clarify.js';
import { helpdeskOtherUser, pickTarget } from './flows/helpdesk.js';
import { answerRequest, cancelRequest } from './flows/helpdesk-answer.js';
import { approveRequest, askForApproval } from './flows/helpdesk-approval.js';
import { submitRequest } from './flows/helpdesk-submit.js';
import { renderClosedCard } from './cards.js';
import { audit } from './flows/common.js';
import { listMethods } from './flows/list.js';
import { answerCard, offerReset } from './flows/self-service.js';
import { followUp, passDone } from './flows/after-reset.js';
import * as talk from './flows/small-talk.js';
import { triage } from './flows/triage.js';
import type { Turn } from './turn.js';

/**
 * Which flow answers what: one entry per intent type and per card action. A new flow is a new
 * file and a line here, not a branch in an old handler.
 */
type IntentFlows = { readonly [K in IntentType]: (turn: Turn, intent: Extract<Intent, { type: K }>) => Promise<void> };

const intents: IntentFlows = {
  reset: (turn, i) => offerReset(turn, i.scope),
  clarify: (turn) => clarify(turn),
  list: (turn) => listMethods(turn),
  otherUser: helpdeskOtherUser,
  security: (turn, i) => triage(turn, i.kind),
  negation: talk.negation,
  undo: talk.undo,
  typedConfirm: (turn) => talk.typedAnswer(turn, 'yes'),
  typedCancel: (turn) => talk.typedAnswer(turn, 'no'),
  password: talk.password,
  aboutMfa: talk.aboutMfa,
  help: talk.help,
  greeting: talk.greeting,
  thanks: talk.thanks,
  unknown: talk.help,
};

export function routeIntent(turn: Turn, intent: Intent): Promise<void> {
  const flow = intents[intent.type] as (turn: Turn, intent: Intent) => Promise<void>;
  return flow(turn, intent);
}

/** Card data is untrusted: only these shapes are acted on. */
const CardAction = z.discriminatedUnion('action', [
  // `lost`: the request said the phone was lost or stolen (untrusted: it only decides whether signing out is offered).
  z.object({ action: z.literal('confirmReset'), token: z.string().max(8192), lost: z.string().max(10).optional() }),
  z.object({ action: z.literal('afterTap'), token: z.string().max(4096) }),
  z.object({ action: z.literal('afterRevoke'), token: z.string().max(4096) }),
  z.object({ action: z.literal('tapDone'), id: z.string().regex(/^[0-9a-f-]{36}$/) }),
  z.object({ action: z.literal('cancelReset'), token: z.string().max(8192) }),
  z.object({ action: z.literal('resetAll') }),
  z.object({ action: z.literal('choose'), choice: z.string().max(100) }),
  z.object({
    action: z.literal('helpdeskSubmit'),
    targetId: z.string().max(100),
    choice: z.string().max(60).optional(),
    ticket: z.string().max(100).optional(),
    reason: z.string().max(30).optional(),
    tap: z.enum(['true', 'false']).optional(),
    revoke: z.enum(['auto', 'yes', 'no']).optional(),
  }),
  z.object({ action: z.literal('helpdeskDismiss') }),
  z.object({ action: z.literal('helpdeskCancel'), requestId: z.string().max(64) }),
  z.object({ action: z.literal('helpdeskAskApproval'), requestId: z.string().max(64), approver: z.string().max(300).optional() }),
  z.object({ action: z.literal('helpdeskApprove'), requestId: z.string().max(64), token: z.string().max(8192), answer: z.enum(['yes', 'no']) }),
  z.object({
    action: z.literal('helpdeskAnswer'),
    requestId: z.string().max(64),
    token: z.string().max(8192),
    answer: z.enum(['yes', 'no']),
    // The templating engine may hand a boolean through as text.
    demo: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
  }),
]);

const PICK = /^helpdesk:([0-9a-fA-F-]{36})$/;

export async function routeCardAction(turn: Turn, value: unknown): Promise<void> {
  const parsed = CardAction.safeParse(value);
  if (parsed.success) {
    const a = parsed.data;
    switch (a.action) {
      case 'confirmReset':
        return answerCard(turn, a.token, 'yes', a.lost === 'lost');
      case 'afterTap':
        return followUp(turn, a.token, 'tap');
      case 'afterRevoke':
        return followUp(turn, a.token, 'revoke');
      case 'tapDone':
        return passDone(turn, a.id);
      case 'cancelReset':
        return answerCard(turn, a.token, 'no');
      case 'resetAll':
        return offerReset(turn, { kind: 'all' });
      case 'choose': {
        const picked = PICK.exec(a.choice)?.[1];
        if (picked) return pickTarget(turn, picked);
        if (await choose(turn, a.choice)) return;
        break;
      }
      case 'helpdeskSubmit':
        return submitRequest(turn, a);
      case 'helpdeskDismiss':
        return turn
          .replaceCard(
            renderClosedCard({
              demoNotice: turn.demoNotice,
              title: turn.t('card.cancelled.title'),
              tone: 'default',
              summary: turn.t('helpdesk.dismissed'),
              facts: [],
              reference: '',
            }),
          )
          .then(async (ok) => {
            if (!ok) await turn.say(turn.t('helpdesk.dismissed'));
          });
      case 'helpdeskCancel':
        return cancelRequest(turn, a.requestId);
      case 'helpdeskAskApproval':
        return askForApproval(turn, a.requestId, a.approver);
      case 'helpdeskApprove':
        return approveRequest(turn, a);
      case 'helpdeskAnswer':
        return answerRequest(turn, { ...a, demo: a.demo === true || a.demo === 'true' });
    }
  }
  audit(turn, 'malformedCardData');
  await turn.say(turn.t('cardMalformed'));
}
