import type { Client } from '@microsoft/microsoft-graph-client';
import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { createDirectoryApi } from '../graph/directory.js';
import type { Logger } from '../logger.js';
import { configureDemoHelpdesk, type SimulatedDirectory } from '../simulator/index.js';
import type { StatePorts } from '../state/ports.js';
import type { HelpdeskConfig } from './config.js';
import { HelpdeskDesk } from './desk.js';
import { TechnicianRateLimit, type RateWindow, type TargetLock } from './limits.js';
import { createTeamsNotifier } from './notifier.js';
import { HelpdeskPolicy } from './policy.js';
import type { CardAttachment, DirectoryApi } from './ports.js';
import { RequestBook, type CardRef, type HelpdeskRequest } from './requests.js';

/** Everything helpdesk mode needs, built once at start-up (for app.ts). */
export interface Helpdesk {
  readonly desk: HelpdeskDesk;
  readonly policy: HelpdeskPolicy;
  readonly requests: RequestBook;
  readonly directory: DirectoryApi;
  /** Replace a card in another chat (the technician's, the target's) from whichever instance handles the click. */
  updateCard(ref: CardRef, card: CardAttachment): Promise<boolean>;
  /** Send into another chat (the technician's), when their card cannot be updated. */
  sendTo(ref: CardRef, activity: Partial<Activity>): Promise<boolean>;
}

export interface HelpdeskDeps {
  readonly config: HelpdeskConfig;
  /** The same Graph client the reset engine uses (real Graph or the embedded simulator). */
  readonly graph: Client;
  readonly graphEndpoint: string;
  readonly state: StatePorts;
  readonly adapter: Pick<CloudAdapter, 'createConversationAsync' | 'continueConversationAsync'>;
  readonly botAppId: string;
  readonly audience?: string | undefined;
  readonly log: Logger;
  /** Demo mode: the embedded simulator's directory; its groups and app stand in for the config's. */
  readonly demoDirectory?: SimulatedDirectory | undefined;
  readonly now?: () => number;
}

export function createHelpdesk(d: HelpdeskDeps): Helpdesk | undefined {
  if (!d.config.enabled) return undefined;
  const demo = d.demoDirectory
    ? configureDemoHelpdesk(d.demoDirectory, { technicians: d.config.demoTechnicians, privilegedTechnicians: d.config.demoPrivilegedTechnicians })
    : undefined;
  const directory = createDirectoryApi(d.graph, d.graphEndpoint);
  const policy = new HelpdeskPolicy({
    directory,
    helpdeskGroupId: demo?.helpdeskGroupId ?? d.config.groupId,
    privilegedGroupId: demo?.privilegedGroupId ?? d.config.privilegedGroupId,
    ...(d.now ? { now: d.now } : {}),
  });
  const requests = new RequestBook(d.state.pending<HelpdeskRequest>('helpdeskRequests'), d.state.pending<TargetLock>('helpdeskTargets'), {
    ttlSeconds: d.config.requestTtlSeconds,
    isTechnician: async (userId) => (await policy.standing(userId)).technician,
    ...(d.now ? { now: d.now } : {}),
  });
  const rate = new TechnicianRateLimit(d.state.pending<RateWindow>('helpdeskRate'), {
    perHour: d.config.requestsPerHour,
    ...(d.now ? { now: d.now } : {}),
  });
  const notifier = createTeamsNotifier({
    adapter: d.adapter,
    botAppId: d.botAppId,
    audience: d.audience,
    directory,
    teamsAppId: demo?.teamsAppId ?? d.config.teamsAppId,
    conversations: d.state.conversations,
    log: d.log,
    ...(d.now ? { now: d.now } : {}),
  });
  // Any instance may continue a stored conversation: the reference is all it needs.
  const inConversation = async (ref: CardRef, what: string, logic: (ctx: TurnContext) => Promise<void>): Promise<boolean> => {
    const reference: Partial<ConversationReference> = {
      conversation: { id: ref.conversationId, tenantId: ref.tenantId, isGroup: false, conversationType: 'personal', name: '' },
      serviceUrl: ref.serviceUrl,
      channelId: ref.channelId,
      bot: { id: ref.botId ?? (d.botAppId ? `28:${d.botAppId}` : 'bot'), name: '' },
    };
    try {
      await d.adapter.continueConversationAsync(d.botAppId, reference, logic);
      return true;
    } catch (err) {
      d.log.warn({ err: err instanceof Error ? err.name : 'error', channelId: ref.channelId }, `could not ${what} in the other chat`);
      return false;
    }
  };
  return {
    desk: new HelpdeskDesk({ policy, directory, requests, rate, notifier }),
    policy,
    requests,
    directory,
    updateCard: (ref, card) =>
      ref.activityId === undefined
        ? Promise.resolve(false)
        : inConversation(ref, 'update the card', async (ctx) => {
            await ctx.updateActivity({ type: 'message', id: ref.activityId, attachments: [card], conversation: ctx.activity.conversation });
          }),
    sendTo: (ref, activity) => inConversation(ref, 'send a message', async (ctx) => void (await ctx.sendActivity(activity))),
  };
}
