import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import {
  AuthenticationError,
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Chat, startTestBot, type TestBot } from '../helpers/bot.js';
import { TENANT_ID, startProductionBot, type ProductionBot } from '../helpers/production.js';

/**
 * src/adapter.ts over real HTTP (issue 17, mutation group `auth`): how a failed authentication
 * becomes a response, which channel issuer the production wiring trusts, and what a failed turn
 * tells the user and the log.
 */

/** botbuilder's authentication failing the way it is told to (after StrictAuthentication's own checks passed). */
class Failing extends BotFrameworkAuthentication {
  error: unknown = new Error('not set');
  override authenticateRequest(_activity: Activity): Promise<AuthenticateRequestResult> {
    return Promise.reject(this.error);
  }
  override authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new Error('not used');
  }
  override createConnectorFactory(): ConnectorFactory {
    throw new Error('not used');
  }
  override createUserTokenClient(): Promise<UserTokenClient> {
    throw new Error('not used');
  }
}

describe('a failed authentication as an HTTP answer (production)', () => {
  const failing = new Failing();
  let p: ProductionBot;
  beforeAll(async () => {
    p = await startProductionBot({ overrides: { botAuth: failing } });
  });
  afterAll(async () => p.stop());

  const named = (name: string) => Object.assign(new Error(`connect ECONNREFUSED (${name})`), { name });

  it.each([
    ['an AuthenticationError 401 (a bad token)', new AuthenticationError('Unauthorized. Invalid signature.', 401), 401, 'Unauthorized', 'unauthenticated'],
    ['an AuthenticationError 403', new AuthenticationError('Forbidden.', 403), 401, 'Unauthorized', 'unauthenticated'],
    ['an AuthenticationError 499', new AuthenticationError('odd', 499), 401, 'Unauthorized', 'unauthenticated'],
    [
      'an AuthenticationError 500 (the keys could not be fetched)',
      new AuthenticationError('Failed to load openID config', 500),
      503,
      'Service unavailable',
      'channelKeysUnavailable',
    ],
    ['an AuthenticationError 502', new AuthenticationError('bad gateway', 502), 503, 'Service unavailable', 'channelKeysUnavailable'],
    ['a FetchError (the metadata host refused the connection)', named('FetchError'), 503, 'Service unavailable', 'channelKeysUnavailable'],
  ])('answers %s with the status it stands for, one log line, no turn', async (_what, error, status, message, reason) => {
    failing.error = error;
    const chat = new Chat(p.bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID });
    const a = chat.activity({ text: 'reset my MFA' });
    const graph = p.sim.stats.graphRequests;
    const lines = p.bot.logs.records().length;
    const res = await p.bot.post(a, { authorization: `Bearer ${await p.token(a)}` });
    expect(res).toEqual({ status, body: JSON.stringify({ error: message }) });
    const logged = p.bot.logs.records().slice(lines);
    expect(logged.filter((r) => r.msg === 'request rejected')).toEqual([expect.objectContaining({ status, reason })]);
    expect(logged.filter((r) => r.msg === 'unhandled error processing an activity')).toEqual([]);
    expect(p.bot.connector.calls.filter((c) => JSON.stringify(c).includes(String(a.id)))).toEqual([]);
    expect(p.sim.stats.graphRequests).toBe(graph);
  });

  it('answers any other error with a generic 500, logged as unhandled, no turn', async () => {
    failing.error = new TypeError('something else broke');
    const chat = new Chat(p.bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID });
    const a = chat.activity({ text: 'reset my MFA' });
    const graph = p.sim.stats.graphRequests;
    const lines = p.bot.logs.records().length;
    const res = await p.bot.post(a, { authorization: `Bearer ${await p.token(a)}` });
    expect(res.status).toBe(500);
    expect(res.body).not.toContain('something else broke');
    const logged = p.bot.logs.records().slice(lines);
    expect(logged.filter((r) => r.msg === 'request rejected')).toEqual([]);
    expect(logged.filter((r) => r.msg === 'unhandled error processing an activity')).toHaveLength(1);
    expect(p.sim.stats.graphRequests).toBe(graph);
  });
});

describe('the production wiring trusts the configured cloud’s channel (BOT_CLOUD)', () => {
  let p: ProductionBot;
  beforeAll(async () => {
    // botbuilder's own authentication, built from the configuration; only the fetched endpoints are local.
    p = await startProductionBot({ channelAuth: 'configured', env: { BOT_CLOUD: 'USGov' } });
  });
  afterAll(async () => p.stop());

  it('with BOT_CLOUD=USGov runs a turn for the US Gov channel’s token and refuses the public cloud’s', async () => {
    const send = async (issuer: string) => {
      const chat = new Chat(p.bot, { channelId: 'msteams', aadObjectId: randomUUID(), tenantId: TENANT_ID });
      p.sim.tenant.provision(chat.spec.aadObjectId!, []);
      const a = chat.activity({ text: 'reset my MFA' });
      const res = await p.bot.post(a, { authorization: `Bearer ${await p.token(a, { issuer })}` });
      return { status: res.status, graph: p.sim.stats.requests.filter((r) => r.path.includes(chat.spec.aadObjectId!)).length };
    };
    expect(await send('https://api.botframework.com')).toEqual({ status: 401, graph: 0 });
    const gov = await send('https://api.botframework.us');
    expect(gov.status).toBe(200);
    expect(gov.graph).toBeGreaterThan(0);
  });
});

describe('a turn that fails', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('apologises in the user’s language with the configured contact and the reference the log carries', async () => {
    bot = await startTestBot({
      env: { HELPDESK_CONTACT: 'the Contoso service desk' },
      overrides: {
        understand: () => {
          throw new Error('internal detail');
        },
      },
    });
    const chat = new Chat(bot, { channelId: 'emulator' });
    const a = chat.activity({ text: 'réinitialiser mon MFA', locale: 'fr-FR' });
    const turn = await chat.send(a);
    expect(turn.status).toBe(200);
    expect(turn.texts).toHaveLength(1);
    const said = turn.texts[0]!;
    expect(said).toMatch(/^Désolé, un problème est survenu de mon côté\. Rien d’autre n’a été modifié\./);
    expect(said).toContain('the Contoso service desk');
    expect(said).not.toContain('internal detail');
    const reference = /référence (\S+?)\.?$/.exec(said)?.[1];
    expect(reference).toBeDefined();
    const failed = bot.logs.records().filter((r) => r.msg === 'turn failed');
    expect(failed).toEqual([
      expect.objectContaining({ level: 'error', correlationId: reference, activityId: a.id, conversationId: (a.conversation as { id: string }).id }),
    ]);
    expect(JSON.stringify(failed[0]!.err)).toContain('internal detail');
  });

  it('survives an activity without a conversation: the turn fails, logged without a conversation id, the answer is still 200', async () => {
    bot = await startTestBot({});
    const a = new Chat(bot, { channelId: 'emulator' }).activity({ text: 'help' });
    delete a.conversation;
    const res = await bot.post(a);
    expect(res).toEqual({ status: 200, body: '' });
    const failed = bot.logs.records().filter((r) => r.msg === 'turn failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ activityId: a.id });
    expect(failed[0]!.conversationId).toBeUndefined();
    expect(bot.logs.records().filter((r) => r.msg === 'unhandled error processing an activity')).toEqual([]);
  });

  it('logs a reply that cannot be sent, and the server stays up', async () => {
    bot = await startTestBot({
      overrides: {
        understand: () => {
          throw new Error('internal detail');
        },
      },
    });
    bot.connector.failNext = { status: 403, count: 10 };
    const res = await bot.post(new Chat(bot, { channelId: 'emulator' }).activity({ text: 'help' }));
    expect(res).toEqual({ status: 200, body: '' });
    const warned = bot.logs.records().filter((r) => r.msg === 'could not send the error reply');
    expect(warned).toEqual([expect.objectContaining({ level: 'warn', err: expect.anything() })]);
    bot.connector.failNext = undefined;
  });
});
