import type { Client } from '@microsoft/microsoft-graph-client';
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { createMailApi } from '../graph/mail.js';
import { createSessionsApi } from '../graph/sessions.js';
import { createTapApi } from '../graph/tap.js';
import type { Logger } from '../logger.js';
import type { EventSink } from '../reset/events.js';
import type { NonceStore, StatePorts } from '../state/ports.js';
import type { Locale } from '../understanding/types.js';
import type { AfterConfig } from './config.js';
import { createMailNotifier } from './notify.js';
import type { SessionsApi, TapApi } from './ports.js';
import { TapCards, type TapCardJob } from './tap-cards.js';
import { FollowUpTokens } from './token.js';

/** What the conversation needs for the after-reset steps. */
export interface AfterReset {
  readonly config: AfterConfig;
  readonly tokens: FollowUpTokens;
  readonly nonces: NonceStore;
  readonly tap: TapApi;
  readonly sessions: SessionsApi;
  readonly cards: TapCards;
  /** Post a card into another stored chat (any instance); its activity id, or undefined when it could not. */
  sendCard(to: Omit<TapCardJob, 'activityId' | 'locale'>, card: object): Promise<string | undefined>;
}

export interface AfterWiring {
  readonly config: AfterConfig;
  readonly graph: Client;
  readonly state: StatePorts;
  readonly adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  readonly botAppId: string;
  readonly signingKey: Buffer;
  /** Copy parameters for the mail ({securityContact}, {setupUrl}, {helpdesk}). */
  readonly texts: Readonly<Record<string, string>>;
  /** The card that replaces an expired pass card, in the reader's language. */
  readonly clearedCard: (locale: Locale) => object;
  readonly log: Logger;
  readonly now: () => number;
}

/** A follow-up card stays usable this long (the person reads the result first). */
const FOLLOW_UP_TTL_MS = 15 * 60_000;

export function createAfterReset(d: AfterWiring): { after: AfterReset; sink: EventSink | undefined } {
  const referenceOf = (job: Omit<TapCardJob, 'activityId' | 'locale'>): Partial<ConversationReference> => ({
    conversation: { id: job.conversationId, tenantId: job.tenantId, isGroup: false, conversationType: 'personal', name: '' },
    serviceUrl: job.serviceUrl,
    channelId: job.channelId,
    bot: { id: job.botId ?? (d.botAppId ? `28:${d.botAppId}` : 'bot'), name: '' },
  });
  const update = async (job: TapCardJob): Promise<boolean> => {
    try {
      await d.adapter.continueConversationAsync(d.botAppId, referenceOf(job), async (ctx: TurnContext) => {
        await ctx.updateActivity({
          type: 'message',
          id: job.activityId,
          attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: d.clearedCard(job.locale) }],
          conversation: ctx.activity.conversation,
        });
      });
      return true;
    } catch (err) {
      d.log.warn({ err: err instanceof Error ? err.name : 'error', channelId: job.channelId }, 'could not clear an expired pass card');
      return false;
    }
  };
  const after: AfterReset = {
    config: d.config,
    tokens: new FollowUpTokens(d.signingKey, FOLLOW_UP_TTL_MS, d.now),
    nonces: d.state.nonces,
    tap: createTapApi(d.graph),
    sessions: createSessionsApi(d.graph),
    cards: new TapCards({ store: d.state.outbox<TapCardJob>('tapcards'), update, log: d.log, now: d.now }),
    async sendCard(to, card) {
      let id: string | undefined;
      try {
        await d.adapter.continueConversationAsync(d.botAppId, referenceOf(to), async (ctx: TurnContext) => {
          id = (await ctx.sendActivity({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] }))?.id;
        });
      } catch (err) {
        d.log.warn({ err: err instanceof Error ? err.name : 'error', channelId: to.channelId }, 'could not send a card to the other chat');
      }
      return id;
    },
  };
  const sink = d.config.notifyMailSender
    ? createMailNotifier({ api: createMailApi(d.graph), sender: d.config.notifyMailSender, texts: d.texts, log: d.log })
    : undefined;
  return { after, sink };
}
