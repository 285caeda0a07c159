import { randomUUID } from 'node:crypto';
import { ActivityHandler, MessageFactory, type TurnContext } from 'botbuilder';
import { t } from './copy/index.js';
import type { IdentityPolicy } from './identity.js';
import { resolveSender } from './identity.js';
import { replyLocale, textsIn } from './locale.js';
import { routeCardAction, routeIntent } from './router.js';
import { unsupportedLanguage, welcome } from './flows/small-talk.js';
import { createTurn, type BotDeps } from './turn.js';

/** Where the turn's reference id lives, so the turn-error reply quotes the id the audit log has. */
export const CORRELATION_KEY = 'correlationId';

/**
 * The Teams edge: who sent this, which flow answers it. Knows activities; the flows know the
 * conversation; the reset service knows the rest.
 */
export class MfaResetBot extends ActivityHandler {
  constructor(
    private readonly deps: BotDeps,
    private readonly policy: IdentityPolicy,
  ) {
    super();
    this.onMessage(async (ctx, next) => {
      try {
        await this.handleMessage(ctx);
      } catch (err) {
        // The adapter apologises with this turn's reference: put that reference in the audit log.
        this.deps.service.recordTurnFailure(this.reference(ctx), ctx.activity.from?.aadObjectId, ctx.activity.conversation?.id, ctx.activity.channelId);
        throw err;
      }
      await next();
    });
    this.onMembersAdded(async (ctx, next) => {
      const botId = ctx.activity.recipient?.id;
      if ((ctx.activity.membersAdded ?? []).some((m) => m.id !== botId)) {
        const sender = resolveSender(ctx.activity, this.policy);
        const locale = replyLocale(ctx.activity.locale);
        if (sender.ok) await welcome(createTurn(ctx, this.deps, sender, this.reference(ctx), this.deps.log, locale));
        else await ctx.sendActivity(MessageFactory.text(t(locale, 'welcome', { commands: t(locale, 'commands') })));
      }
      await next();
    });
  }

  private reference(ctx: TurnContext): string {
    const existing: unknown = ctx.turnState.get(CORRELATION_KEY);
    if (typeof existing === 'string') return existing;
    const id = randomUUID();
    ctx.turnState.set(CORRELATION_KEY, id);
    return id;
  }

  private async handleMessage(ctx: TurnContext): Promise<void> {
    const correlationId = this.reference(ctx);
    const log = this.deps.log.child({ correlationId, conversationId: ctx.activity.conversation?.id });
    const sender = resolveSender(ctx.activity, this.policy);
    if (!sender.ok) {
      const who = { userId: sender.userId ?? '', tenantId: sender.tenantId ?? '' };
      this.deps.service.record({ type: 'refused', reason: sender.reason }, who, {
        ...who,
        conversationId: ctx.activity.conversation?.id ?? '',
        channelId: ctx.activity.channelId,
        correlationId,
      });
      const locale = replyLocale(ctx.activity.locale);
      const text = t(locale, sender.reason === 'tenantNotAllowed' ? 'tenantNotAllowed' : 'noIdentity', textsIn(locale, this.deps.texts));
      await ctx.sendActivity(MessageFactory.text(this.deps.demo ? `${t(locale, 'demo.notice')} ${text}` : text));
      return;
    }

    const value: unknown = ctx.activity.value;
    if (value !== undefined && value !== null && !ctx.activity.text) {
      // A click has no words of its own: the client's locale (the card it answers was in that language too).
      return routeCardAction(createTurn(ctx, this.deps, sender, correlationId, log, replyLocale(ctx.activity.locale)), value);
    }
    // The sender's own name is never "someone else" (Teams sends the display name in `from.name`).
    const name = typeof ctx.activity.from?.name === 'string' ? ctx.activity.from.name : undefined;
    const understanding = this.deps.understand(ctx.activity.text ?? '', { locale: ctx.activity.locale, ...(name ? { self: { name } } : {}) });
    const locale = replyLocale(ctx.activity.locale, understanding);
    log.debug({ intent: understanding.intent.type, explain: understanding.explain, locale }, 'recognised');
    const turn = createTurn(ctx, this.deps, sender, correlationId, log, locale);
    if (understanding.unsupportedLanguage) return unsupportedLanguage(turn);
    return routeIntent(turn, understanding.intent);
  }
}
