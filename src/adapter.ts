import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { StrictAuthentication } from './auth.js';
import { CORRELATION_KEY } from './bot/bot.js';
import { t } from './bot/copy/index.js';
import { replyLocale, textsIn } from './bot/locale.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/**
 * The Bot Framework adapter. In production it validates the channel's JWT on every request
 * (MicrosoftAppId set); in demo mode there is no app id, so botbuilder accepts anonymous traffic.
 */
export function createAdapter(config: Config, log: Logger, auth?: BotFrameworkAuthentication): CloudAdapter {
  const adapter = new CloudAdapter(new StrictAuthentication(auth ?? botAuthentication(config), { production: config.mode === 'production' }));
  adapter.onTurnError = async (ctx: TurnContext, err: Error) => {
    // The bot sets the reference at the start of every turn and records it in the audit log.
    const set: unknown = ctx.turnState.get(CORRELATION_KEY);
    const reference = typeof set === 'string' ? set : (ctx.activity.id ?? 'unknown');
    log.error({ err, correlationId: reference, activityId: ctx.activity.id, conversationId: ctx.activity.conversation?.id }, 'turn failed');
    try {
      const locale = replyLocale(ctx.activity.locale);
      await ctx.sendActivity(t(locale, 'unexpected', { ...textsIn(locale, config.texts), ref: reference }));
    } catch (sendErr) {
      log.warn({ err: sendErr }, 'could not send the error reply');
    }
  };
  return adapter;
}

function botAuthentication(config: Config): BotFrameworkAuthentication {
  if (!config.bot) return new ConfigurationBotFrameworkAuthentication({});
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.appTenantId,
  });
}
