import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildApp, type App, type AppOverrides } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger, secretValues } from '../../src/logger.js';
import { SimulatedTenant } from '../../src/simulator/index.js';
import { FakeConnector, type ConnectorCall } from './connector.js';
import { LogCapture } from './logs.js';
import { cardText as textOfCard, type AdaptiveCard } from './cards.js';

export { cardText, type AdaptiveCard } from './cards.js';

export interface TestBot {
  readonly url: string;
  readonly app: App;
  readonly config: Config;
  readonly connector: FakeConnector;
  readonly logs: LogCapture;
  readonly tenant: SimulatedTenant;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  readonly env?: Record<string, string>;
  readonly overrides?: AppOverrides;
  readonly tenant?: SimulatedTenant;
}

/**
 * The whole bot on 127.0.0.1 (demo mode unless env says otherwise), a fake connector, and
 * captured logs. Tests talk to it over real HTTP like the Emulator and Teams do.
 */
export async function startTestBot(opts: TestBotOptions = {}): Promise<TestBot> {
  const config = loadConfig({ LOG_LEVEL: 'debug', SIMULATOR_CONSISTENCY_DELAY_MS: '0', ...opts.env });
  const logs = new LogCapture();
  const log = createLogger(config.logLevel, logs, { secrets: secretValues(config) });
  const tenant = opts.tenant ?? new SimulatedTenant({ consistencyDelayMs: config.simulator.consistencyDelayMs });
  const app = await buildApp(config, log, {
    tenant,
    engine: { verifyBaseDelayMs: 10 },
    graphRetry: { baseDelaySeconds: 0.01 },
    ...opts.overrides,
  });
  await new Promise<void>((resolve) => app.http.server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(app.http.server.address() as AddressInfo).port}`;
  const connector = await new FakeConnector().start();
  return {
    url,
    app,
    config,
    connector,
    logs,
    tenant: app.simulator?.tenant ?? tenant,
    async post(body, headers = {}) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: await res.text() };
    },
    async stop() {
      await app.close(1000);
      await connector.stop();
    },
  };
}

export interface UserSpec {
  readonly channelId: 'emulator' | 'msteams';
  readonly name?: string;
  readonly aadObjectId?: string;
  readonly tenantId?: string;
  readonly conversationType?: 'personal' | 'groupChat' | 'channel';
  readonly conversationId?: string;
  readonly fromId?: string;
}

export interface Turn {
  readonly status: number;
  readonly calls: ConnectorCall[];
  /** Text of every message the bot sent in this turn. */
  readonly texts: string[];
  /** Adaptive Cards the bot posted (not updates). */
  readonly cards: { id: string; card: AdaptiveCard }[];
  /** Cards the bot replaced with updateActivity. */
  readonly updates: { id: string; card: AdaptiveCard }[];
  readonly typing: boolean;
  /**
   * Everything the user was told this turn: text messages, new cards and replaced cards. A
   * terminal state is said once (issue 10, item 14), on the card when the card can be replaced.
   */
  readonly said: string;
}

/** One person chatting with the bot through the Emulator or Teams wire protocol. */
export class Chat {
  readonly fromId: string;
  readonly conversationId: string;

  constructor(
    /** A bot in this process, or one in a child process (test/helpers/msi-process.ts). */
    private readonly bot: Pick<TestBot, 'connector' | 'post'>,
    readonly spec: UserSpec,
  ) {
    this.fromId = spec.fromId ?? (spec.channelId === 'msteams' ? `29:${randomUUID()}` : randomUUID());
    this.conversationId = spec.conversationId ?? (spec.channelId === 'msteams' ? `a:${randomUUID()}` : `${randomUUID()}|livechat`);
  }

  activity(extra: Record<string, unknown>): Record<string, unknown> {
    const teams = this.spec.channelId === 'msteams';
    const tenantId = this.spec.tenantId;
    return {
      type: 'message',
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: this.spec.channelId,
      serviceUrl: this.bot.connector.url,
      from: { id: this.fromId, name: this.spec.name ?? 'Jordan Avery', ...(this.spec.aadObjectId ? { aadObjectId: this.spec.aadObjectId } : {}), role: 'user' },
      recipient: { id: teams ? '28:bot' : 'bot-1', name: 'MFA Reset', role: 'bot' },
      conversation: {
        id: this.conversationId,
        ...(teams ? { conversationType: this.spec.conversationType ?? 'personal', tenantId } : {}),
        ...(this.spec.conversationType && this.spec.conversationType !== 'personal' ? { isGroup: true } : {}),
      },
      ...(teams && tenantId ? { channelData: { tenant: { id: tenantId } } } : {}),
      locale: 'en-US',
      ...extra,
    };
  }

  say(text: string): Promise<Turn> {
    return this.send(this.activity({ text }));
  }

  /** Press a card button the way Teams/Emulator do for Action.Submit. */
  click(card: { id: string; card: AdaptiveCard }, title: 'Yes' | 'No'): Promise<Turn> {
    const action = card.card.actions?.find((a) => a.title === title);
    if (!action) throw new Error(`card has no ${title} button`);
    return this.submit(card.id, action.data);
  }

  submit(replyToId: string, value: unknown): Promise<Turn> {
    return this.send(this.activity({ text: '', value, replyToId }));
  }

  async send(activity: Record<string, unknown>): Promise<Turn> {
    const from = this.bot.connector.calls.length;
    const res = await this.bot.post(activity);
    const calls = this.bot.connector.since(from).filter((c) => c.conversationId === this.conversationId);
    const cardsOf = (cs: ConnectorCall[]) =>
      cs.flatMap((c) =>
        ((c.body.attachments as { contentType: string; content: AdaptiveCard }[] | undefined) ?? [])
          .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
          .map((a) => ({ id: c.id, card: a.content })),
      );
    const texts = calls.filter((c) => c.method === 'POST' && typeof c.body.text === 'string').map((c) => c.body.text as string);
    const cards = cardsOf(calls.filter((c) => c.method === 'POST'));
    const updates = cardsOf(calls.filter((c) => c.method === 'PUT'));
    return {
      status: res.status,
      calls,
      texts,
      cards,
      updates,
      typing: calls.some((c) => c.body.type === 'typing'),
      said: [...texts, ...cards.map((c) => textOfCard(c.card)), ...updates.map((u) => textOfCard(u.card))].join('\n'),
    };
  }
}
