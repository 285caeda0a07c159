import type { CloudAdapter, ConversationParameters } from 'botbuilder';
import { TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';
import type { ConversationRefs } from '../state/ports.js';
import type { DirectoryApi, Notifier, NotifyFailure, NotifyRequest, NotifyResult } from './ports.js';

/**
 * The Notifier over the Bot Connector: `POST /v3/conversations` with the target's Entra object
 * id as members[0].id (never in `aadObjectId`: that is a 400), the tenant id set, on the
 * requester's serviceUrl, through botbuilder's CloudAdapter.createConversationAsync (design.md
 * "proactive messages"). Teams only lets a bot open a 1:1 chat with a user it is installed for,
 * so a "not installed" 403 installs the app through Graph and tries once more.
 *
 * botbuilder types are used here and nowhere else in helpdesk/; the rest sees the Notifier port.
 */
export interface TeamsNotifierOptions {
  readonly adapter: Pick<CloudAdapter, 'createConversationAsync'>;
  /** MicrosoftAppId; '' in demo mode (no credentials). */
  readonly botAppId: string;
  /** Token audience for the connector: the public cloud's channel service, unset in demo mode. */
  readonly audience?: string | undefined;
  readonly directory: Pick<DirectoryApi, 'installApp'>;
  /** Our app's id in the org app catalog (not the manifest id); unset = never install, report notInstalled. */
  readonly teamsAppId?: string | undefined;
  /** Where the new conversation's reference is kept, for later updates of the card. */
  readonly conversations?: ConversationRefs | undefined;
  readonly log: Logger;
  readonly now?: () => number;
}

type Attempt = NotifyResult | { readonly ok: false; readonly reason: 'needsInstall' };

export function createTeamsNotifier(opts: TeamsNotifierOptions): Notifier {
  const now = opts.now ?? Date.now;

  const attempt = async (req: NotifyRequest): Promise<Attempt> => {
    const parameters = {
      isGroup: false,
      bot: { id: opts.botAppId ? `28:${opts.botAppId}` : 'bot', name: '' },
      members: [{ id: req.userId, name: '' }],
      tenantId: req.tenantId,
      channelData: { tenant: { id: req.tenantId } },
    } as ConversationParameters;
    let conversationId = '';
    let activityId: string | undefined;
    // An error thrown inside the callback goes to the adapter's onTurnError (which production
    // sets), not to this catch: kept here and thrown after, or a refused send counted as sent.
    let inside: { readonly err: unknown } | undefined;
    try {
      await opts.adapter.createConversationAsync(opts.botAppId, 'msteams', req.serviceUrl, opts.audience as string, parameters, async (ctx) => {
        conversationId = ctx.activity.conversation.id;
        let sent: Awaited<ReturnType<typeof ctx.sendActivity>>;
        try {
          const card = await req.card(conversationId);
          sent = await ctx.sendActivity({ type: 'message', attachments: [card] });
        } catch (err) {
          inside = { err };
          return;
        }
        activityId = sent?.id;
        const ref = TurnContext.getConversationReference(ctx.activity);
        // The card is delivered by now: a store hiccup must not report it as not sent.
        await opts.conversations
          ?.put(req.userId, {
            conversationId,
            serviceUrl: ref.serviceUrl ?? req.serviceUrl,
            tenantId: req.tenantId,
            channelId: 'msteams',
            botId: ref.bot?.id ?? '',
            updatedAt: now(),
          })
          .catch((err: unknown) => opts.log.warn({ err }, 'could not store the conversation reference'));
      });
      if (inside) throw inside.err;
      return { ok: true, conversationId, activityId };
    } catch (err) {
      const teams = teamsError(err);
      if (teams.subCode === 'MessageWritesBlocked') return { ok: false, reason: 'blocked' };
      // 403 without that subCode on create is ForbiddenOperationException: not installed for the user.
      if (teams.status === 403 && conversationId === '') return { ok: false, reason: 'needsInstall' };
      opts.log.warn({ status: teams.status, code: teams.code, subCode: teams.subCode }, 'proactive message failed');
      return { ok: false, reason: 'failed' };
    }
  };

  return {
    async sendToUser(req) {
      const first = await attempt(req);
      if (first.ok || first.reason !== 'needsInstall') return first;
      if (!opts.teamsAppId) return { ok: false, reason: 'notInstalled' };
      let installed: Awaited<ReturnType<DirectoryApi['installApp']>>;
      try {
        installed = await opts.directory.installApp(req.userId, opts.teamsAppId);
      } catch (err) {
        opts.log.warn({ err }, 'installing the app for the target failed');
        return { ok: false, reason: 'failed' };
      }
      if (installed === 'blocked') return { ok: false, reason: 'blocked' };
      const second = await attempt(req);
      // Installed (or it already was) and Teams still says no: it has not caught up, or the
      // user cannot use Teams. Either way the target cannot be reached now.
      if (!second.ok && second.reason === 'needsInstall') return { ok: false, reason: 'notInstalled' satisfies NotifyFailure };
      return second;
    },
  };
}

/** The fields Teams puts in an error body, from botbuilder's RestError (typed fields only, never text). */
function teamsError(err: unknown): { status: number; code?: string | undefined; subCode?: string | undefined } {
  if (typeof err !== 'object' || err === null) return { status: 0 };
  const e = err as { statusCode?: unknown; code?: unknown; details?: unknown; response?: { parsedBody?: unknown } };
  const body = (e.details ?? e.response?.parsedBody) as { subCode?: unknown; error?: { code?: unknown; subCode?: unknown } } | undefined;
  const str = (v: unknown) => (typeof v === 'string' && v.length <= 100 ? v : undefined);
  return {
    status: typeof e.statusCode === 'number' ? e.statusCode : 0,
    code: str(body?.error?.code) ?? str(e.code),
    subCode: str(body?.subCode) ?? str(body?.error?.subCode),
  };
}
