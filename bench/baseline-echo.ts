/**
 * The baseline: the smallest bot botbuilder can run behind restify (CloudAdapter, anonymous auth
 * as in demo mode, an echo handler). Its throughput is the framework's own limit on this machine;
 * the real bot is measured against it in the same run with the same load.
 *
 * Run as a child process: PORT (0 = any); reports { ready, url } and answers stats over IPC.
 */
import restify from 'restify';
import { announce, answerStats } from './protocol.js';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Request, type Response } from 'botbuilder';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (ctx, next) => {
      await ctx.sendActivity(`Echo: ${ctx.activity.text ?? ''}`);
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
