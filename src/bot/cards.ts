import { createRequire } from 'node:module';
import type { Template } from 'adaptivecards-templating';
import type { Attachment } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import choiceTemplate from '../../cards/choice.json' with { type: 'json' };
import confirmTemplate from '../../cards/confirm-reset.json' with { type: 'json' };
import closedTemplate from '../../cards/reset-closed.json' with { type: 'json' };
import listTemplate from '../../cards/methods-list.json' with { type: 'json' };
import afterTemplate from '../../cards/after-reset.json' with { type: 'json' };
import tapTemplate from '../../cards/tap-pass.json' with { type: 'json' };
import type { MethodView } from './describe.js';

/**
 * Cards are data: each template lives in cards/*.json (designable in the Adaptive Card Designer),
 * each has one typed view model and one pure render function. Every string comes from the copy
 * module (so a card speaks the user's language) and goes in as data, which the templating engine
 * inserts verbatim (never evaluated); strings from users or Graph are already markdown-escaped
 * by describe.ts. An empty `demoNotice` hides the notice.
 */

export interface ConfirmCardView {
  readonly demoNotice: string;
  readonly title: string;
  readonly intro: string;
  readonly methods: readonly MethodView[];
  readonly warning: string;
  readonly consequence: string;
  readonly question: string;
  readonly expires: string;
  readonly yes: string;
  readonly no: string;
  /** Second action on a scoped card ("Reset everything instead"); empty for none. */
  readonly resetAll: string;
  readonly token: string;
  /** 'lost' when the request said the phone was lost or stolen (signing out is offered after the reset). */
  readonly lost?: string;
}

export interface ClosedCardView {
  readonly demoNotice: string;
  readonly title: string;
  readonly tone: 'good' | 'attention' | 'default';
  readonly summary: string;
  readonly facts: readonly { readonly title: string; readonly value: string }[];
  /** "Reference: …", or empty. */
  readonly reference: string;
}

export interface MethodsListView {
  readonly demoNotice: string;
  readonly title: string;
  readonly methods: readonly MethodView[];
  readonly footer: string;
}

export interface ChoiceCardView {
  readonly demoNotice: string;
  readonly text: string;
  readonly choices: readonly { readonly title: string; readonly choice: string }[];
}

/**
 * The templating engine (with adaptive-expressions and its parser) takes ~0.2 s to load, a fifth
 * of start-up, and no request needs it until the first card. So it is loaded on first use
 * (synchronously: it is CommonJS) and the templates are parsed once, then kept.
 */
let parsed: { confirm: Template; closed: Template; list: Template; choice: Template; after: Template; tap: Template } | undefined;
function templates(): NonNullable<typeof parsed> {
  if (!parsed) {
    const require = createRequire(import.meta.url);
    const engine = require('adaptivecards-templating') as typeof import('adaptivecards-templating');
    parsed = {
      confirm: new engine.Template(confirmTemplate),
      closed: new engine.Template(closedTemplate),
      list: new engine.Template(listTemplate),
      choice: new engine.Template(choiceTemplate),
      after: new engine.Template(afterTemplate),
      tap: new engine.Template(tapTemplate),
    };
  }
  return parsed;
}

export function renderConfirmCard(v: ConfirmCardView): object {
  return templates().confirm.expand({ $root: { ...v, lost: v.lost ?? '', methods: v.methods.map(fact) } }) as object;
}

export function renderClosedCard(v: ClosedCardView): object {
  const color = v.tone === 'good' ? 'Good' : v.tone === 'attention' ? 'Attention' : 'Default';
  return templates().closed.expand({ $root: { ...v, color } }) as object;
}

export function renderMethodsList(v: MethodsListView): object {
  return templates().list.expand({ $root: { ...v, methods: v.methods.map(fact) } }) as object;
}

export function renderChoiceCard(v: ChoiceCardView): object {
  return templates().choice.expand({ $root: v }) as object;
}

/** After a full reset: what the person may do next (a Temporary Access Pass, signing out everywhere). */
export interface AfterCardView {
  readonly demoNotice: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly buttons: readonly { readonly title: string; readonly action: 'afterTap' | 'afterRevoke'; readonly token: string }[];
}

export function renderAfterCard(v: AfterCardView): object {
  return templates().after.expand({ $root: { ...v, paragraphs: v.paragraphs.map((text) => ({ text })) } }) as object;
}

/** The Temporary Access Pass, shown once; `pass` is the only secret any card carries. */
export interface TapCardView {
  readonly demoNotice: string;
  readonly title: string;
  readonly intro: string;
  readonly pass: string;
  readonly validity: string;
  readonly shownOnce: string;
  readonly done: string;
  /** The expiry job's id (no secret). */
  readonly id: string;
}

export function renderTapCard(v: TapCardView): object {
  return templates().tap.expand({ $root: v }) as object;
}

export function asAttachment(card: object): Attachment {
  return CardFactory.adaptiveCard(card);
}

function fact(m: MethodView): { type: string; detail: string } {
  return { type: m.type, detail: m.detail || '—' };
}
