import { MessageFactory, type TurnContext } from 'botbuilder';
import type { AfterReset } from '../after/wiring.js';
import type { Helpdesk } from '../helpdesk/wiring.js';
import type { Logger } from '../logger.js';
import type { Preflight } from '../preflight/preflight.js';
import type { Party } from '../reset/events.js';
import type { Requester, ResetService } from '../reset/service.js';
import type { Ticketing } from '../tickets/index.js';
import type { Understand } from '../understanding/index.js';
import { asAttachment } from './cards.js';
import { t, type Locale, type MessageId, type Params } from './copy/index.js';
import type { Sender } from './identity.js';
import { textsIn } from './locale.js';

export type OkSender = Extract<Sender, { ok: true }>;

/** What every flow may use; built once per app. */
export interface BotDeps {
  readonly service: ResetService;
  readonly understand: Understand;
  readonly demo: boolean;
  readonly ttlSeconds: number;
  /** Copy parameters every message may use ({helpdesk}, {setupUrl}, {ssprUrl}, {securityContact}). */
  readonly texts: Readonly<Record<string, string>>;
  readonly demoNotice: DemoNotice;
  readonly log: Logger;
  readonly now: () => number;
  /** Helpdesk mode; undefined = off (everyone gets "I can only reset your own MFA"). */
  readonly helpdesk?: Helpdesk | undefined;
  /** The ticket system, for checking the number a technician types before anything happens. */
  readonly tickets?: Pick<Ticketing, 'lookup' | 'sink' | 'worker'> | undefined;
  /** The tenant pre-flight, for a technician's "status" (issue 15); undefined without a Graph client. */
  readonly preflight?: Preflight | undefined;
  /** After a reset: Temporary Access Pass, signing out everywhere; undefined = not offered. */
  readonly after?: AfterReset | undefined;
}

/**
 * One turn of one user: the activity, who sent it, the words to answer in, and the ways to
 * answer. Flows receive this instead of five parameters; nothing here knows a flow.
 */
export interface Turn {
  readonly ctx: TurnContext;
  readonly sender: OkSender;
  /** The sender as the reset service sees them (with this turn's reference id). */
  readonly requester: Requester;
  /** Self-service: the sender is the subject. */
  readonly self: Party;
  readonly correlationId: string;
  readonly locale: Locale;
  readonly log: Logger;
  readonly deps: BotDeps;
  t(key: MessageId, params?: Params): string;
  /** A text message (with the demo notice the first time in a conversation). */
  say(text: string): Promise<void>;
  sendCard(card: object): Promise<void>;
  /** Replace the card that was clicked (its buttons go away). False when it could not be. */
  replaceCard(card: object): Promise<boolean>;
  /** The demo notice for a card, or '' outside demo mode. */
  readonly demoNotice: string;
}

export function createTurn(ctx: TurnContext, deps: BotDeps, sender: OkSender, correlationId: string, log: Logger, locale: Locale): Turn {
  const conversationId = sender.conversationId;
  const texts = textsIn(locale, deps.texts);
  const tr = (key: MessageId, params: Params = {}) => t(locale, key, { ...texts, ref: correlationId, ...params });
  const demoNotice = deps.demo ? tr('demo.notice') : '';
  return {
    ctx,
    sender,
    requester: { userId: sender.userId, tenantId: sender.tenantId, conversationId, channelId: ctx.activity.channelId, correlationId, locale },
    self: { userId: sender.userId, tenantId: sender.tenantId },
    correlationId,
    locale,
    log,
    deps,
    t: tr,
    demoNotice,
    async say(text) {
      const prefix = deps.demo && deps.demoNotice.first(conversationId) ? `${demoNotice} ` : '';
      await ctx.sendActivity(MessageFactory.text(prefix + text));
    },
    async sendCard(card) {
      deps.demoNotice.first(conversationId); // the card carries the notice
      await ctx.sendActivity(MessageFactory.attachment(asAttachment(card)));
    },
    async replaceCard(card) {
      const id = ctx.activity.replyToId;
      if (!id) return false;
      try {
        await ctx.updateActivity({ ...MessageFactory.attachment(asAttachment(card)), id, conversation: ctx.activity.conversation });
        return true;
      } catch (err) {
        log.warn({ err: errorSummary(err) }, 'could not update the card');
        return false;
      }
    },
  };
}

/**
 * The same turn speaking another language: for a card that goes to someone else's chat (the
 * target's, in their language; the technician's, in the language their card was in). Its `say`
 * keeps the turn's own language: text goes to this turn's sender.
 */
export function withLocale(turn: Turn, locale: Locale): Turn {
  if (locale === turn.locale) return turn;
  const texts = textsIn(locale, turn.deps.texts);
  const tr = (key: MessageId, params: Params = {}) => t(locale, key, { ...texts, ref: turn.correlationId, ...params });
  return { ...turn, locale, t: tr, demoNotice: turn.deps.demo ? tr('demo.notice') : '' };
}

/**
 * Demo mode says so once per conversation in text (cards always carry it). Remembered in this
 * instance only, bounded: forgetting a conversation only repeats the notice once.
 */
export class DemoNotice {
  private readonly seen = new Set<string>();
  constructor(private readonly max = 10_000) {}

  /** True the first time a conversation is seen. */
  first(conversationId: string): boolean {
    if (this.seen.has(conversationId)) return false;
    if (this.seen.size >= this.max) this.seen.delete(this.seen.values().next().value as string);
    this.seen.add(conversationId);
    return true;
  }
}

function errorSummary(err: unknown): { name: string; message: string } {
  return err instanceof Error ? { name: err.name, message: err.message } : { name: 'unknown', message: String(err) };
}
