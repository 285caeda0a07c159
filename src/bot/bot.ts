import { randomUUID } from 'node:crypto';
import { ActivityHandler, ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { ResetEngine } from '../reset/engine.js';
import { ListFailedError, isComplete } from '../reset/outcome.js';
import { inventory } from '../reset/plan.js';
import type { AuthMethod } from '../reset/types.js';
import { audit, type AuditRecord } from './audit.js';
import { asAttachment, renderClosedCard, renderConfirmCard, renderMethodsList } from './cards.js';
import { ConfirmationSigner, UsedNonces, toAuthMethods, type ConfirmationClaims } from './confirmation.js';
import { describeMethod } from './describe.js';
import { resolveSender, type IdentityPolicy, type Sender } from './identity.js';
import type { Intent, ResetScope } from '../understanding/legacy-intent.js';
import { replies, scopeWords, type ReplyContext } from './replies.js';
import { describeOutcome } from './result.js';

export interface BotDeps {
  readonly engine: ResetEngine;
  readonly recognize: (text: string) => Intent;
  readonly signer: ConfirmationSigner;
  readonly nonces: UsedNonces;
  readonly canDelete: (m: AuthMethod) => boolean;
  readonly policy: IdentityPolicy;
  readonly texts: ReplyContext;
  readonly ttlSeconds: number;
  readonly log: Logger;
}

type OkSender = Extract<Sender, { ok: true }>;

const CardAction = z.object({
  action: z.enum(['confirmReset', 'cancelReset']),
  token: z.string().max(8192),
});

/** Strings the user sees that are prefixed with a demo notice in demo mode. */
const DEMO_NOTE = '(Demo mode: simulated tenant, nothing real is changed.) ';

/**
 * The conversation. Knows Teams activities and the reset engine's vocabulary; knows nothing of
 * HTTP or Graph URLs.
 */
export class MfaResetBot extends ActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMessage(async (ctx, next) => {
      await this.handleMessage(ctx);
      await next();
    });
    this.onMembersAdded(async (ctx, next) => {
      const botId = ctx.activity.recipient?.id;
      if ((ctx.activity.membersAdded ?? []).some((m) => m.id !== botId)) await this.say(ctx, replies.welcome());
      await next();
    });
  }

  private get demo(): boolean {
    return this.deps.policy.demo;
  }

  private async handleMessage(ctx: TurnContext): Promise<void> {
    const correlationId = randomUUID();
    const log = this.deps.log.child({ correlationId, conversationId: ctx.activity.conversation?.id });
    const sender = resolveSender(ctx.activity, this.deps.policy);
    const base = { correlationId, channelId: ctx.activity.channelId, conversationId: ctx.activity.conversation?.id };

    if (!sender.ok) {
      audit(log, { ...base, event: 'refusal', requester: { userId: sender.userId, tenantId: sender.tenantId }, outcome: 'refused', reason: sender.reason });
      await this.say(ctx, sender.reason === 'tenantNotAllowed' ? replies.tenantNotAllowed(this.deps.texts) : replies.noIdentity(this.deps.texts));
      return;
    }
    const rec = { ...base, requester: { userId: sender.userId, tenantId: sender.tenantId }, demo: this.demo };

    const value: unknown = ctx.activity.value;
    if (value !== undefined && value !== null && !ctx.activity.text) {
      await this.handleCardAction(ctx, sender, value, rec, log);
      return;
    }

    const intent = this.deps.recognize(ctx.activity.text ?? '');
    log.debug({ intent: intent.type }, 'recognised');
    switch (intent.type) {
      case 'reset':
        return this.offerReset(ctx, sender, intent.scope, rec, log);
      case 'list':
        return this.listMethods(ctx, sender, rec, log);
      case 'otherUser':
        audit(log, { ...rec, event: 'refusal', outcome: 'refused', reason: 'otherUser' });
        return this.say(ctx, replies.otherUser(this.deps.texts));
      case 'negation':
        return this.say(ctx, replies.negation());
      case 'aboutMfa':
        return this.say(ctx, replies.aboutMfa(this.deps.texts));
      case 'greeting':
        return this.say(ctx, replies.greeting());
      case 'help':
      case 'unknown':
        return this.say(ctx, replies.help());
    }
  }

  private async offerReset(ctx: TurnContext, sender: OkSender, scope: ResetScope, rec: Rec, log: Logger): Promise<void> {
    if (!sender.personal) {
      audit(log, { ...rec, event: 'refusal', outcome: 'refused', reason: 'groupConversation' });
      return this.say(ctx, replies.groupChat());
    }
    const methods = await this.listOrExplain(ctx, sender, rec, log);
    if (!methods) return;
    const inv = inventory(methods, scope, this.deps.canDelete);
    const reference = rec.correlationId;
    if (inv.removable.length === 0) {
      audit(log, { ...rec, event: 'request', outcome: 'nothingToRemove', methods: kinds(inv.notRemovable) });
      if (inv.notRemovable.length > 0) {
        return this.say(ctx, replies.onlyUnremovable(inv.notRemovable.map((m) => describeMethod(m).label), this.deps.texts, reference));
      }
      if (scope.kind === 'all') return this.say(ctx, replies.nothingToRemove(this.deps.texts));
      const others = inventory(methods, { kind: 'all' }, this.deps.canDelete).removable.map((m) => describeMethod(m).label);
      return this.say(ctx, replies.nothingInScope(scopeWords(scope), others));
    }

    const views = inv.removable.map(describeMethod);
    const { token } = this.deps.signer.issue({
      userId: sender.userId,
      tenantId: sender.tenantId,
      conversationId: sender.conversationId,
      scope: scope.kind,
      methods: inv.removable.map((m, i) => ({ id: m.id, kind: m.kind, phoneType: m.phoneType, label: views[i]!.label })),
    });
    const full = scope.kind === 'all';
    const card = renderConfirmCard({
      demo: this.demo,
      title: full ? 'Reset your MFA?' : `Remove ${views.length === 1 ? 'this method' : 'these methods'}?`,
      intro: full
        ? `I'll remove ${views.length === 1 ? 'this MFA method' : `these ${views.length} MFA methods`} from your account:`
        : `I'll remove only ${views.length === 1 ? 'this method' : 'these methods'}; your other MFA methods stay as they are:`,
      methods: views,
      consequence: full
        ? "Next time you sign in you'll be asked to set up MFA again, so have your phone ready."
        : 'If one of these is your default sign-in method, one of the methods you keep becomes the default. ' +
          'You can add a new one afterwards at ' + this.deps.texts.setupUrl + '.',
      ttlMinutes: Math.max(1, Math.round(this.deps.ttlSeconds / 60)),
      token,
    });
    await ctx.sendActivity(MessageFactory.attachment(asAttachment(card)));
    audit(log, { ...rec, event: 'request', outcome: 'cardShown', methods: kinds(inv.removable), reason: `scope:${scope.kind}` });
  }

  private async listMethods(ctx: TurnContext, sender: OkSender, rec: Rec, log: Logger): Promise<void> {
    if (!sender.personal) {
      audit(log, { ...rec, event: 'refusal', outcome: 'refused', reason: 'groupConversation' });
      return this.say(ctx, replies.groupChat());
    }
    const methods = await this.listOrExplain(ctx, sender, rec, log);
    if (!methods) return;
    const shown = methods.filter((m) => m.kind !== 'password');
    audit(log, { ...rec, event: 'listing', outcome: 'listed', methods: kinds(shown) });
    if (shown.length === 0) return this.say(ctx, replies.noMethodsToList(this.deps.texts));
    const card = renderMethodsList({
      demo: this.demo,
      methods: shown.map(describeMethod),
      footer: `Your password is not shown and is never changed. Say "reset my MFA" to remove these methods.`,
    });
    await ctx.sendActivity(MessageFactory.attachment(asAttachment(card)));
  }

  private async listOrExplain(ctx: TurnContext, sender: OkSender, rec: Rec, log: Logger): Promise<AuthMethod[] | undefined> {
    try {
      return await this.deps.engine.list(sender.userId);
    } catch (err) {
      if (!(err instanceof ListFailedError)) throw err;
      logGraphFailure(log, err.status, err.code, err.requestId);
      audit(log, { ...rec, event: 'failure', outcome: 'listFailed', reason: err.reason, graphRequestIds: err.requestId ? [err.requestId] : [] });
      await this.say(ctx, replies.listFailed(err.reason, this.deps.texts, rec.correlationId));
      return undefined;
    }
  }

  private async handleCardAction(ctx: TurnContext, sender: OkSender, value: unknown, rec: Rec, log: Logger): Promise<void> {
    const parsed = CardAction.safeParse(value);
    if (!parsed.success) {
      audit(log, { ...rec, event: 'refusal', outcome: 'refused', reason: 'malformedCardData' });
      return this.say(ctx, replies.cardMalformed());
    }
    const verified = this.deps.signer.verify(parsed.data.token);
    if (!verified.ok) {
      audit(log, { ...rec, event: 'refusal', outcome: 'refused', reason: `token:${verified.reason}` });
      if (verified.reason === 'expired') {
        await this.replaceCard(ctx, log, { title: 'Expired', summary: 'This request expired. Nothing was changed.', tone: 'default' });
        return this.say(ctx, replies.cardExpired());
      }
      return this.say(ctx, replies.cardMalformed());
    }
    const claims = verified.claims;
    if (claims.userId !== sender.userId || claims.tenantId !== sender.tenantId || claims.conversationId !== sender.conversationId) {
      audit(log, { ...rec, event: 'refusal', outcome: 'refused', reason: 'notRequester' });
      return this.say(ctx, replies.cardNotYours());
    }
    if (!this.deps.nonces.claim(claims.nonce, claims.expiresAt)) {
      audit(log, { ...rec, event: 'refusal', outcome: 'refused', reason: 'alreadyUsed' });
      return this.say(ctx, replies.cardUsed());
    }
    const pinned = toAuthMethods(claims.methods);
    const rec2 = { ...rec, methods: kinds(pinned) };

    if (parsed.data.action === 'cancelReset') {
      audit(log, { ...rec2, event: 'cancellation', outcome: 'cancelled' });
      await this.replaceCard(ctx, log, { title: 'Cancelled', summary: 'Cancelled, nothing was changed.', tone: 'default' });
      return this.say(ctx, replies.cancelled());
    }
    return this.runReset(ctx, claims, pinned, rec2, log);
  }

  private async runReset(ctx: TurnContext, claims: ConfirmationClaims, pinned: AuthMethod[], rec: Rec, log: Logger): Promise<void> {
    audit(log, { ...rec, event: 'confirmation', outcome: 'confirmed' });
    // Best effort: the nonce is already spent, so a connector hiccup here must not stop the reset.
    // Sent alongside the reset, not before it: a connector round trip would delay the deletes.
    const typing = ctx.sendActivity({ type: ActivityTypes.Typing }).catch((err: unknown) => log.warn({ err: errorSummary(err) }, 'could not send typing'));
    const outcome = await this.deps.engine.reset(claims.userId, pinned);
    await typing;
    for (const f of outcome.failed) {
      if (f.status !== undefined) logGraphFailure(log, f.status, f.code ?? '', f.requestId);
    }

    const { text, card } = describeOutcome(outcome, claims.methods, claims.scope === 'all', {
      ...this.deps.texts,
      reference: rec.correlationId,
      demo: this.demo,
    });
    audit(log, {
      ...rec,
      event: isComplete(outcome) ? 'completion' : 'failure',
      outcome: isComplete(outcome) ? 'reset' : outcome.removed.length > 0 ? 'partial' : 'failed',
      removed: outcome.removed.length,
      failed: outcome.failed.length,
      reason: outcome.failed.map((f) => `${f.method.kind}:${f.reason}`).join(',') || undefined,
      graphRequestIds: outcome.requestIds,
      // Method kinds only in audit records, never the number or device name.
      defaultChange: outcome.defaultChange && { ...outcome.defaultChange, to: outcome.defaultChange.to && kinds([outcome.defaultChange.to]).kinds[0] },
    });
    log.info({ graphCalls: outcome.graphCalls, elapsedMs: outcome.elapsedMs }, 'reset finished');
    // Both at once: the result should not wait a connector round trip for the card update.
    await Promise.all([this.replaceCardWith(ctx, log, renderClosedCard(card)), this.say(ctx, text)]);
  }

  private async replaceCard(ctx: TurnContext, log: Logger, v: { title: string; summary: string; tone: 'good' | 'attention' | 'default' }) {
    await this.replaceCardWith(ctx, log, renderClosedCard({ demo: this.demo, facts: [], reference: '', ...v }));
  }

  /** Replace the confirmation card (its buttons disappear). Best effort: the reply still goes out. */
  private async replaceCardWith(ctx: TurnContext, log: Logger, card: object): Promise<void> {
    const id = ctx.activity.replyToId;
    if (!id) return;
    try {
      await ctx.updateActivity({ ...MessageFactory.attachment(asAttachment(card)), id, conversation: ctx.activity.conversation });
    } catch (err) {
      log.warn({ err: errorSummary(err) }, 'could not update the confirmation card');
    }
  }

  private async say(ctx: TurnContext, text: string): Promise<void> {
    await ctx.sendActivity(MessageFactory.text(this.demo ? DEMO_NOTE + text : text));
  }
}

type Rec = Omit<AuditRecord, 'event' | 'outcome'> & { readonly correlationId: string };

function kinds(methods: readonly AuthMethod[]): { kinds: string[]; count: number } {
  return { kinds: methods.map((m) => (m.kind === 'phone' && m.phoneType ? `phone:${m.phoneType}` : m.kind)), count: methods.length };
}

function logGraphFailure(log: Logger, status: number, code: string, requestId: string | undefined): void {
  if (status === 403) {
    log.error(
      { status, code, requestId, hint: 'Grant the application permission UserAuthenticationMethod.ReadWrite.All to the Graph app registration and give admin consent' },
      'Graph refused: missing permission UserAuthenticationMethod.ReadWrite.All',
    );
  } else if (status === 401) {
    log.error({ status, code, requestId, hint: 'Check the Graph client secret or certificate and the tenant id' }, 'Graph rejected the token');
  } else {
    log.warn({ status, code, requestId }, 'Graph call failed');
  }
}

function errorSummary(err: unknown): { name: string; message: string } {
  return err instanceof Error ? { name: err.name, message: err.message } : { name: 'unknown', message: String(err) };
}
