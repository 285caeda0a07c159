import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_METHOD_ID, MOBILE_PHONE_ID, ODATA } from '../../src/simulator/index.js';
import { Chat, startTestBot, type TestBot } from '../helpers/bot.js';
import type { ConnectorCall } from '../helpers/connector.js';

const TENANT = '00000000-0000-4000-8000-00000000de00';

/** Every string a Teams client would render as markdown: message text, TextBlocks, facts. */
function rendered(calls: readonly ConnectorCall[]): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'FactSet') for (const f of n.facts as { title: string; value: string }[]) out.push(f.title, f.value);
    for (const [k, v] of Object.entries(n)) if (k !== 'facts' && k !== 'data') walk(v);
  };
  for (const c of calls) {
    if (typeof c.body.text === 'string') out.push(c.body.text);
    walk(c.body.attachments);
  }
  return out;
}

/**
 * Strings from users and from Graph (device names, phone numbers, addresses, display names)
 * reach Teams escaped, so they cannot become links, emphasis or HTML, and they are inserted
 * into card templates as data, never evaluated as template expressions.
 */
describe('user- and Graph-controlled strings', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  it('are escaped in every card and message of a list → request → Yes conversation', async () => {
    const chat = new Chat(bot, {
      channelId: 'msteams',
      aadObjectId: randomUUID(),
      tenantId: TENANT,
      name: '[IT Support](https://evil.example/login) ${$root.token} <img src=x onerror=alert(1)>',
    });
    const user = chat.spec.aadObjectId!;
    bot.tenant.provision(
      user,
      [
        { '@odata.type': ODATA.microsoftAuthenticator, id: 'a1', displayName: '[Verify now](https://evil.example) **urgent** # Heading' },
        { '@odata.type': ODATA.fido2, id: 'f1', displayName: "${$root.token} ${string(1+1)} ${join(createArray(1,2),'')}", model: 'x' },
        { '@odata.type': ODATA.softwareOath, id: 's1', displayName: '<a href="https://evil.example">open</a><script>alert(1)</script>' },
        { '@odata.type': ODATA.phone, id: MOBILE_PHONE_ID, phoneType: 'mobile', phoneNumber: '+1 [425](https://evil.example) 555 0123' },
        { '@odata.type': ODATA.email, id: EMAIL_METHOD_ID, emailAddress: 'x@evil.example](https://evil.example' },
      ],
      { defaultMethodId: 'a1' },
    );
    const from = bot.connector.calls.length;
    await chat.say('show my MFA methods');
    const card = (await chat.say('reset my MFA')).cards[0]!;
    const token = (card.card.actions![0]!.data as { token: string }).token;
    await chat.click(card, 'Yes');
    const calls = bot.connector.since(from).filter((c) => c.conversationId === chat.conversationId);
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1); // the closed card is checked too
    const texts = rendered(calls);
    const all = texts.join('\n');

    // Markdown: no link, emphasis or heading made of user data survives unescaped.
    for (const t of texts) {
      expect(t).not.toMatch(/(?<!\\)\]\(/);
      expect(t).not.toMatch(/(?<!\\)\*(?<!\\)\*/);
      expect(t).not.toMatch(/(?<!\\)</);
      expect(t).not.toMatch(/^#|\n#/);
    }
    // Bare URLs are defanged too (Teams links them even without markdown).
    expect(all).toContain('\\[Verify now\\]\\(https\\[:\\]//evil\\[.\\]example\\) \\*\\*urgent\\*\\*');
    expect(all).toContain('\\<a href="https\\[:\\]//evil\\[.\\]example"\\>open\\</a\\>');
    // Template expressions from Graph data are shown literally, never evaluated.
    expect(all).toContain('${$root.token}');
    expect(all).toContain('${string\\(1+1\\)}');
    expect(all).not.toContain(token);
    expect(all).not.toMatch(/(?:^|\s)2 (?:12|\$)/);
    // Phone numbers and addresses are masked before display, whatever they contain.
    expect(all).not.toMatch(/evil\.example\)?\s*555|425\]/);
    expect(all).not.toContain('x@evil');
    // The sender's display name is never echoed.
    expect(all).not.toContain('IT Support');
    expect(all).not.toContain('onerror');
  });
});
