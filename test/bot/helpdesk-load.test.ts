import { afterEach, describe, expect, it } from 'vitest';
import { demoUserId } from '../../src/simulator/index.js';
import { cardText, type AdaptiveCard } from '../helpers/bot.js';
import { startHelpdeskRig, submitData, type HelpdeskRig } from '../helpers/helpdesk-rig.js';

/**
 * Many technicians at once, over the bot's real HTTP endpoint: each target gets exactly one
 * proactive message, for their own request; each Yes resets only that target's chosen methods.
 */
let rig: HelpdeskRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

const N = 50;
const AUTHENTICATOR = '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod';
const PASSWORD = '#microsoft.graph.passwordAuthenticationMethod';
const techId = (i: number) => `0e0e0e0e-2222-4333-8444-${String(i).padStart(12, '0')}`;
const targetUpn = (i: number) => `load.target${i}@contoso.com`;
const cardsOf = (bodies: Record<string, unknown>[]): AdaptiveCard[] =>
  bodies.flatMap((b) => ((b.attachments as { content: AdaptiveCard }[] | undefined) ?? []).map((a) => a.content));
const types = (r: HelpdeskRig, id: string) => r.bot.tenant.methodsOf(id).map((m) => m['@odata.type']);

describe('helpdesk mode under concurrency', () => {
  it(`${N} technicians at once, each for a different target: one message per target, each Yes resets only that target's choice`, async () => {
    const ids = Array.from({ length: N }, (_, i) => techId(i));
    rig = await startHelpdeskRig({ env: { DEMO_TECHNICIANS: ids.join(',') } });
    const r = rig;
    const targets = Array.from({ length: N }, (_, i) => ({ upn: targetUpn(i), id: demoUserId(targetUpn(i)) }));

    // All technicians name their target and submit at the same time.
    const techs = await Promise.all(
      ids.map(async (id, i) => {
        const chat = r.technician(id);
        const named = await chat.say(`reset MFA for ${targets[i]!.upn}`);
        const request = named.cards[0];
        if (!request) throw new Error(`technician ${i}: ${named.said}`);
        const submit = request.card.actions!.find((a) => a.title.startsWith('Ask '))!.title;
        const name = /Reset MFA for (.+)/.exec(cardText(request.card))![1]!;
        const submitted = await chat.submit(request.id, submitData(request.card, submit, { choice: 'app', reason: 'lostPhone' }));
        return { name, conversationId: named.calls[0]!.conversationId, waiting: cardText(submitted.updates[0]!.card) };
      }),
    );
    const before = targets.map((t) => types(r, t.id));

    // Each target: exactly one conversation created and one card, naming their own request.
    expect(r.teams.created.map((c) => c.memberId).sort()).toEqual(targets.map((t) => t.id).sort());
    const delivered = targets.map((t, i) => {
      const mine = r.teams.activities.filter((a) => a.conversationId === `a:1on1-${t.id}`);
      expect(mine, `target ${i}`).toHaveLength(1);
      expect(techs[i]!.waiting).toContain(`Waiting for ${techs[i]!.name}`);
      return { id: mine[0]!.id, card: cardsOf([mine[0]!.body])[0]! };
    });
    // Every card carries its own request.
    expect(new Set(delivered.map((d) => (d.card.actions![0]!.data as { requestId: string }).requestId)).size).toBe(N);

    // All targets say Yes at the same time.
    await Promise.all(targets.map((t, i) => r.targetChat(t.id, `a:1on1-${t.id}`).submit(delivered[i]!.id, submitData(delivered[i]!.card, 'Yes'))));
    targets.forEach((t, i) => {
      expect(types(r, t.id), `target ${i}`).toEqual(before[i]!.filter((x) => x !== AUTHENTICATOR));
      expect(types(r, t.id)).not.toEqual([PASSWORD]); // only the app went
    });
    // Each technician's card, in their own chat, says their own target confirmed.
    techs.forEach((tech, i) => {
      const last = r.bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === tech.conversationId).at(-1)!;
      const text = cardText(cardsOf([last.body])[0]!);
      expect(text, `technician ${i}`).toContain(`${tech.name} confirmed: MFA reset`);
    });
  }, 60_000);

  it('two technicians for the same target at once: one request wins, the other is told the first one is pending; one message only', async () => {
    const [a, b] = [techId(900), techId(901)];
    rig = await startHelpdeskRig({ env: { DEMO_TECHNICIANS: `${a},${b}` } });
    const r = rig;
    const target = { upn: 'same.target@contoso.com', id: demoUserId('same.target@contoso.com') };
    // Both have their request card first, then both press submit at the same time.
    const chats = [r.technician(a), r.technician(b)];
    const cards = await Promise.all(chats.map(async (c) => (await c.say(`reset MFA for ${target.upn}`)).cards[0]!));
    const results = await Promise.all(
      chats.map((c, i) => {
        const card = cards[i]!;
        const submit = card.card.actions!.find((x) => x.title.startsWith('Ask '))!.title;
        return c.submit(card.id, submitData(card.card, submit, { choice: 'app', reason: 'lostPhone' }));
      }),
    );
    const waiting = results.filter((t) => t.updates.some((u) => /Waiting for/.test(cardText(u.card))));
    const refused = results.filter((t) => /already a pending request/.test(t.said));
    expect(waiting).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(r.teams.created.filter((c) => c.memberId === target.id)).toHaveLength(1);
    expect(r.teams.activities.filter((x) => x.conversationId === `a:1on1-${target.id}`)).toHaveLength(1);
  });
});
