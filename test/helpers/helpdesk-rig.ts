import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoUserId } from '../../src/simulator/index.js';
import { Chat, startTestBot, type AdaptiveCard, type TestBot, type TestBotOptions } from './bot.js';
import { FakeTeamsConnector } from './conversations.js';

export const TECH = '0e0e0e0e-1111-4222-8333-00000000aa01';
export const SECOND_TECH = '0e0e0e0e-1111-4222-8333-00000000aa02';
export const EMPLOYEE = '0e0e0e0e-1111-4222-8333-00000000aa03';
export const ANA_UPN = 'ana.lopez@contoso.com';
export const ANA = demoUserId(ANA_UPN);

/**
 * The bot in demo mode with helpdesk technicians, and one Teams connector in front of two fakes:
 * `POST /v3/conversations` and the 1:1 chats it creates go to FakeTeamsConnector (the target's
 * chat), everything else to the FakeConnector that records the technician's chat. Both are
 * reached over real HTTP on the serviceUrl the activities carry, as in Teams.
 */
export interface HelpdeskRig {
  readonly bot: TestBot;
  readonly teams: FakeTeamsConnector;
  readonly serviceUrl: string;
  readonly tenantId: string;
  technician(aadObjectId?: string): Chat;
  /** The target's own 1:1 chat, as FakeTeamsConnector created it. */
  targetChat(aadObjectId: string, conversationId: string): Chat;
  stop(): Promise<void>;
}

export async function startHelpdeskRig(opts: TestBotOptions = {}): Promise<HelpdeskRig> {
  const bot = await startTestBot({ ...opts, env: { DEMO_TECHNICIANS: `${TECH},${SECOND_TECH}`, ...opts.env } });
  const directory = bot.app.simulator!.directory;
  const teams = await new FakeTeamsConnector((id) => directory.installationOf(id) !== undefined).start();
  const router: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const toTeams = path === '/v3/conversations' || decodeURIComponent(path).startsWith('/v3/conversations/a:1on1-');
      const base = toTeams ? teams.url : bot.connector.url;
      const headers: Record<string, string> = { 'content-type': req.headers['content-type'] ?? 'application/json' };
      if (req.headers.authorization) headers['authorization'] = req.headers.authorization;
      fetch(new URL(path.replace(/^\//, ''), base), { method: req.method ?? 'POST', headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) })
        .then(async (r) => {
          res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await r.arrayBuffer()));
        })
        .catch(() => {
          res.writeHead(502);
          res.end();
        });
    });
  });
  await new Promise<void>((resolve) => router.listen(0, '127.0.0.1', resolve));
  const serviceUrl = `http://127.0.0.1:${(router.address() as AddressInfo).port}/`;
  const tenantId = bot.tenant.tenantId;
  const withService = (chat: Chat): Chat => {
    const original = chat.activity.bind(chat);
    chat.activity = (extra) => ({ ...original(extra), serviceUrl });
    return chat;
  };
  return {
    bot,
    teams,
    serviceUrl,
    tenantId,
    technician: (aadObjectId = TECH) => withService(new Chat(bot, { channelId: 'msteams', aadObjectId, tenantId, name: 'Tess Tech' })),
    targetChat: (aadObjectId, conversationId) => withService(new Chat(bot, { channelId: 'msteams', aadObjectId, tenantId, conversationId, name: 'Ana Lopez' })),
    async stop() {
      router.closeAllConnections();
      await new Promise<void>((resolve) => router.close(() => resolve()));
      await teams.stop();
      await bot.stop();
    },
  };
}

/** The data an Action.Submit sends: the button's data merged with the card's inputs. */
export function submitData(card: AdaptiveCard, title: string, inputs: Record<string, string> = {}): Record<string, unknown> {
  const action = card.actions?.find((a) => a.title === title);
  if (!action) throw new Error(`card has no "${title}" button: ${JSON.stringify(card.actions?.map((a) => a.title))}`);
  return { ...(action.data as Record<string, unknown>), ...inputs };
}

export function buttonTitles(card: AdaptiveCard): string[] {
  return (card.actions ?? []).map((a) => a.title);
}
