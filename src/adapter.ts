import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationError,
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/**
 * The Bot Framework adapter. In production it validates the channel's JWT on every request
 * (MicrosoftAppId set); in demo mode there is no app id, so botbuilder accepts anonymous traffic.
 */
export function createAdapter(config: Config, log: Logger, auth?: BotFrameworkAuthentication): CloudAdapter {
  const adapter = new CloudAdapter(new BadTokenIs401(auth ?? botAuthentication(config)));
  adapter.onTurnError = async (ctx: TurnContext, err: Error) => {
    const reference = ctx.turnState.get('correlationId') ?? ctx.activity.id ?? 'unknown';
    log.error({ err, activityId: ctx.activity.id, conversationId: ctx.activity.conversation?.id }, 'turn failed');
    try {
      await ctx.sendActivity(
        `Sorry, something went wrong on my side. Nothing more was changed. Please try again, or contact ${config.texts.helpdesk} and mention reference ${String(reference)}.`,
      );
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

/**
 * botframework-connector lets jsonwebtoken's errors escape for a token with a bad signature (or
 * an otherwise malformed one), and CloudAdapter answers those with 500. A forged token is an
 * authentication failure: answer 401 like every other one. Other errors (the OpenID metadata
 * endpoint unreachable, say) stay 500, so an outage does not look like an attack.
 */
class BadTokenIs401 extends BotFrameworkAuthentication {
  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return asAuthFailure(this.inner.authenticateRequest(activity, authHeader));
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return asAuthFailure(this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return asAuthFailure(this.inner.authenticateChannelRequest(authHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.inner.createConnectorFactory(claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }
}

const JWT_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

async function asAuthFailure<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof Error && JWT_ERRORS.has(err.name)) throw new AuthenticationError('Unauthorized. Invalid token.', 401);
    throw err;
  }
}
