const restify = require('restify');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler, CardFactory, MessageFactory } = require('botbuilder');
const auth = new ConfigurationBotFrameworkAuthentication({});
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (ctx, err) => { console.error('turn error', err); };
const card = (title, buttons) => CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: title, wrap: true }, { type: 'TextBlock', text: 'Microsoft Authenticator (iPhone 15)' }], actions: buttons ? [{ type: 'Action.Submit', title: 'Yes', data: { choice: 'yes' } }, { type: 'Action.Submit', title: 'No', data: { choice: 'no' } }] : [] });
class Bot extends ActivityHandler {
  constructor() { super(); this.onMessage(async (ctx, next) => {
    const v = ctx.activity.value;
    console.log('message', JSON.stringify({ text: ctx.activity.text, value: v, replyToId: ctx.activity.replyToId }));
    if (v && v.choice) {
      const upd = MessageFactory.attachment(card(v.choice === 'no' ? 'Cancelled, nothing was changed' : 'Done', false));
      upd.id = ctx.activity.replyToId;
      await ctx.updateActivity(upd);
      if (v.choice === 'yes') await ctx.sendActivity("I've reset your MFA. Removed: Microsoft Authenticator (iPhone 15)");
    } else if (/card/i.test(ctx.activity.text || '')) {
      await ctx.sendActivity(MessageFactory.attachment(card('Reset these methods?', true)));
    } else await ctx.sendActivity('echo: ' + ctx.activity.text);
    await next(); });
  }
}
const bot = new Bot();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.get('/healthz', (req, res, next) => { res.send(200, 'ok'); next(); });
server.post('/api/messages', async (req, res) => { await adapter.process(req, res, (ctx) => bot.run(ctx)); });
server.listen(Number(process.env.PORT), process.env.HOST || '127.0.0.1', () => console.log('echo bot on', server.url));
