import { createRequire } from 'node:module';
import type { Template } from 'adaptivecards-templating';
import requestTemplate from '../../cards/helpdesk-request.json' with { type: 'json' };
import statusTemplate from '../../cards/helpdesk-status.json' with { type: 'json' };
import targetTemplate from '../../cards/helpdesk-target.json' with { type: 'json' };
import type { MethodView } from './describe.js';

/**
 * Helpdesk mode's three cards, as data like cards.ts: the technician's request card, the card
 * the target answers in their own chat, and the technician's status card (waiting, confirmed,
 * done, denied, expired, cancelled). Strings from Graph are escaped before they get here.
 */

export interface Fact {
  readonly title: string;
  readonly value: string;
}

export interface RequestCardView {
  readonly demoNotice: string;
  readonly title: string;
  readonly target: readonly Fact[];
  readonly methodsTitle: string;
  readonly methods: readonly MethodView[];
  readonly choiceLabel: string;
  readonly choices: readonly { readonly title: string; readonly value: string }[];
  readonly ticketLabel: string;
  readonly ticketRequired: boolean;
  readonly reasonLabel: string;
  readonly reasons: readonly { readonly title: string; readonly value: string }[];
  /** After the reset (issue 15); empty labels hide the inputs. */
  readonly tapLabel?: string;
  readonly revokeLabel?: string;
  readonly revokeChoices?: readonly { readonly title: string; readonly value: string }[];
  readonly note: string;
  readonly submit: string;
  readonly dismiss: string;
  /** The Entra object id the technician picked; resolved and checked again on submit. */
  readonly targetId: string;
}

export interface TargetCardView {
  readonly demoNotice: string;
  /** Demo only: "this is what Ana receives", in the technician's chat; '' otherwise. */
  readonly demoIntro: string;
  readonly title: string;
  readonly ticket: string;
  readonly intro: string;
  readonly methods: readonly MethodView[];
  readonly warning: string;
  readonly consequence: string;
  readonly expires: string;
  readonly yes: string;
  readonly no: string;
  readonly requestId: string;
  readonly token: string;
  readonly demo: boolean;
  /** `helpdeskAnswer` (the target) or `helpdeskApprove` (a second technician, four eyes). */
  readonly action: 'helpdeskAnswer' | 'helpdeskApprove';
}

export interface StatusCardView {
  readonly demoNotice: string;
  readonly title: string;
  readonly tone: 'good' | 'attention' | 'default';
  readonly summary: string;
  readonly facts: readonly Fact[];
  readonly reference: string;
  /** "Cancel request" while the request waits; '' once it is decided. */
  readonly cancel: string;
  readonly requestId: string;
  /** Unreachable, unprivileged target: the approver input's label and its button ('' = none). */
  readonly approverLabel?: string;
  readonly askApproval?: string;
}

let parsed: { request: Template; target: Template; status: Template } | undefined;
function templates(): NonNullable<typeof parsed> {
  if (!parsed) {
    // Loaded on first use, like cards.ts: the engine costs a fifth of start-up.
    const require = createRequire(import.meta.url);
    const engine = require('adaptivecards-templating') as typeof import('adaptivecards-templating');
    parsed = { request: new engine.Template(requestTemplate), target: new engine.Template(targetTemplate), status: new engine.Template(statusTemplate) };
  }
  return parsed;
}

export function renderRequestCard(v: RequestCardView): object {
  return templates().request.expand({ $root: { ...v, methods: v.methods.map(fact), firstChoice: v.choices[0]?.value ?? '' } }) as object;
}

export function renderTargetCard(v: TargetCardView): object {
  return templates().target.expand({ $root: { ...v, methods: v.methods.map(fact) } }) as object;
}

export function renderStatusCard(v: StatusCardView): object {
  const color = v.tone === 'good' ? 'Good' : v.tone === 'attention' ? 'Attention' : 'Default';
  return templates().status.expand({ $root: { approverLabel: '', askApproval: '', ...v, color } }) as object;
}

function fact(m: MethodView): { type: string; detail: string } {
  return { type: m.type, detail: m.detail || '—' };
}
