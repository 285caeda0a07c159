/**
 * The baseline: the smallest bot botbuilder can run behind restify (CloudAdapter, anonymous auth
 * as in demo mode, an echo handler). Its throughput is the framework's own limit on this machine;
 * the real bot is measured against it in the same run with the same load.
 *
 * With BASELINE_GRAPH_URL (+ BASELINE_TOKEN_ENDPOINT, BENCH_CLIENT_ID, BENCH_CLIENT_SECRET) it
 * also reads the sender's methods from the simulator with one plain fetch before echoing: what
 * any bot pays for one Graph call, the floor for the card request.
 *
 * Run as a child process: PORT (0 = any); reports { ready, url } and answers stats over IPC.
 */
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Request, type Response } from 'botbuilder';
import { announce, answerStats } from './protocol.js';

const graph = process.env.BASELINE_GRAPH_URL;
const token = graph ? await clientCredentialsToken() : '';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (ctx, next) => {
      if (graph) {
        const user = encodeURIComponent(ctx.activity.from.aadObjectId ?? ctx.activity.from.id);
        const res = await fetch(`${graph}/v1.0/users/${user}/authentication/methods`, { headers: { authorization: `Bearer ${token}` } });
        const body = (await res.json()) as { value?: unknown[] };
        await ctx.sendActivity(`Echo: ${ctx.activity.text ?? ''} (${body.value?.length ?? 0} methods)`);
      } else {
        await ctx.sendActivity(`Echo: ${ctx.activity.text ?? ''}`);
      }
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot();
const server = restify.createServer({ name: 'baseline-echo' });
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  return next();
});
server.post('/api/messages', async (req, res) => {
  await adapter.process(req as unknown as Request, res as unknown as Response, (ctx) => bot.run(ctx));
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  announce({ type: 'ready', url: `http://127.0.0.1:${address.port}` });
});

answerStats();
process.on('disconnect', () => process.exit(0));

async function clientCredentialsToken(): Promise<string> {
  const res = await fetch(process.env.BASELINE_TOKEN_ENDPOINT ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: process.env.BENCH_CLIENT_ID ?? '',
      client_secret: process.env.BENCH_CLIENT_SECRET ?? '',
      scope: `${graph}/.default`,
    }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token from the simulator (${res.status})`);
  return body.access_token;
}
