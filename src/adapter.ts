import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult, type BotFrameworkAuthentication } from 'botframework-connector';
import { StrictAuthentication } from './auth.js';
import { CORRELATION_KEY } from './bot/bot.js';
import { t } from './bot/copy/index.js';
import { replyLocale, textsIn } from './bot/locale.js';
import type { Config } from './config.js';
import type { EdgePolicy } from './edge/activity-policy.js';
import { withConsoleCaptured } from './edge/console-capture.js';
import { RequestRejected } from './edge/rejection.js';
import type { Logger } from './logger.js';

/**
 * The Bot Framework adapter. In production it validates the channel's JWT on every request
 * (MicrosoftAppId set); in demo mode there is no app id, so botbuilder accepts anonymous traffic.
 *
 * The server calls `handle`, not CloudAdapter's `process`: `process` answers a failed
 * authentication by `console.error`ing it with its stack and a 500 for anything that is not an
 * AuthenticationError (an unreachable OpenID metadata document included). `handle` authenticates
 * first and throws a typed RequestRejected (401, or 503 when the channel's keys cannot be
 * fetched), then runs the turn with the already-authenticated result.
 */
export class EdgeAdapter extends CloudAdapter {
  constructor(
    private readonly auth: BotFrameworkAuthentication,
    readonly policy: EdgePolicy,
    private readonly log: Logger,
  ) {
    super(auth);
  }

  async handle(activity: Activity, authHeader: string, logic: (ctx: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    let result: AuthenticateRequestResult;
    try {
      result = await withConsoleCaptured(this.log, () => this.auth.authenticateRequest(activity, authHeader));
    } catch (err) {
      throw asRejection(err);
    }
    return this.processActivity(result, activity, logic);
  }
}

/** The channel's keys could not be fetched: an outage (503), not the caller's fault. */
function asRejection(err: unknown): unknown {
  if (err instanceof AuthenticationError) {
    return err.statusCode >= 500 ? new RequestRejected(503, 'channelKeysUnavailable') : new RequestRejected(401, 'unauthenticated');
  }
  // node-fetch's error for a refused or reset connection to the OpenID metadata host.
  if (err instanceof Error && err.name === 'FetchError') return new RequestRejected(503, 'channelKeysUnavailable');
  return err;
}

export function createAdapter(config: Config, log: Logger, auth?: BotFrameworkAuthentication): EdgeAdapter {
  const strict = new StrictAuthentication(auth ?? botAuthentication(config), {
    production: config.mode === 'production',
    issuer: config.bot?.endpoints.ToBotFromChannelTokenIssuer,
  });
  const policy: EdgePolicy = {
    demo: config.mode === 'demo',
    // Stryker disable next-line ArrayDeclaration: the fallback is demo mode's (no config.bot), whose checks never read the host list
    serviceUrlHosts: config.bot?.serviceUrlHosts ?? [],
    // Stryker disable next-line BooleanLiteral: the fallback is demo mode's (no config.bot), whose checks never read this flag
    dangerouslyAllowExpectReplies: config.bot?.dangerouslyAllowExpectReplies ?? false,
  };
  const adapter = new EdgeAdapter(strict, policy, log);
  adapter.onTurnError = async (ctx: TurnContext, err: Error) => {
    // The bot sets the reference at the start of every turn and records it in the audit log.
    const set: unknown = ctx.turnState.get(CORRELATION_KEY);
    // Stryker disable next-line LogicalOperator,StringLiteral: the bot sets the reference first thing in every turn; the fallback is defence in depth, unreachable from a test
    const fallback = ctx.activity.id ?? 'unknown';
    // Stryker disable next-line ConditionalExpression: always a string (see above); "false" is caught by http.test.ts, "true" is equivalent
    const reference = typeof set === 'string' ? set : fallback;
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
    // Every parameterized key set: botbuilder then uses exactly these (its own switch knows only
    // the public and US Gov clouds), so BOT_CLOUD or the keys themselves pick the channel's cloud.
    ...config.bot.endpoints,
    ValidateAuthority: config.bot.validateAuthority,
  });
}
