import { afterEach, describe, expect, it } from 'vitest';
import { demoUserId } from '../../src/simulator/index.js';
import { cardText, type AdaptiveCard } from '../helpers/bot.js';
import { ANA, ANA_UPN, TECH, startHelpdeskRig, submitData, type HelpdeskRig } from '../helpers/helpdesk-rig.js';

/**
 * The audit trail of helpdesk requests, read from the real audit sink (the `audit` log channel)
 * of a bot driven over HTTP: per request id, exactly which records, and who each one names.
 */
let rig: HelpdeskRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

type Audit = Record<string, unknown> & { event: string; requester: { userId: string }; subject?: { userId: string }; requestId?: string };

const cardsOf = (bodies: Record<string, unknown>[]): AdaptiveCard[] =>
  bodies.flatMap((b) => ((b.attachments as { content: AdaptiveCard }[] | undefined) ?? []).map((a) => a.content));
const audits = (r: HelpdeskRig) => r.bot.logs.audits() as Audit[];
/** The records of one request, in order, as "event/outcome/verification". */
const trail = (r: HelpdeskRig, requestId: string) =>
  audits(r)
    .filter((a) => a.requestId === requestId)
    .map((a) => [a.event, a.outcome, a.verification].filter(Boolean).join('/'));

/** The technician asks for `upn` and submits; returns the request id and the target card (when one was delivered). */
async function ask(r: HelpdeskRig, upn: string, targetId: string, choice = 'app') {
  const tech = r.technician();
  const named = await tech.say(`reset MFA for ${upn}`);
  const request = named.cards[0]!;
  const submit = request.card.actions!.find((a) => a.title.startsWith('Ask '))!.title;
  const submitted = await tech.submit(request.id, submitData(request.card, submit, { choice, reason: 'lostPhone' }));
  const delivered = r.teams.activities.find((a) => a.conversationId === `a:1on1-${targetId}`);
  const requestId = audits(r).find((a) => a.event === 'request' && a.subject?.userId === targetId && a.requestId)?.requestId;
  expect(requestId).toBeDefined();
  return { tech, submitted, delivered, card: delivered && cardsOf([delivered.body])[0], requestId: requestId! };
}

describe('helpdesk audit records, per request', () => {
  it("target's Yes: one request, one confirmation, one completion; the technician is the requester of each, the target the subject", async () => {
    rig = await startHelpdeskRig();
    const { delivered, card, requestId } = await ask(rig, ANA_UPN, ANA);
    await rig.targetChat(ANA, `a:1on1-${ANA}`).submit(delivered!.id, submitData(card!, 'Yes'));
    expect(trail(rig, requestId)).toEqual(['request/cardShown', 'confirmation/confirmed/targetConfirmed', 'completion/reset/targetConfirmed']);
    for (const a of audits(rig).filter((x) => x.requestId === requestId)) {
      expect(a.requester.userId).toBe(TECH);
      expect(a.subject?.userId).toBe(ANA);
    }
    // The card offered in the target's chat wrote no "request" naming the target as the one who asked.
    expect(audits(rig).filter((a) => a.event === 'request' && a.requester.userId === ANA)).toEqual([]);
    expect(audits(rig).filter((a) => a.event === 'request' && a.subject?.userId === ANA)).toHaveLength(1);
  });

  it('"No, this wasn\'t me": exactly one terminal record (denied) and the security report, no second cancellation', async () => {
    rig = await startHelpdeskRig();
    const { delivered, card, requestId } = await ask(rig, ANA_UPN, ANA);
    await rig.targetChat(ANA, `a:1on1-${ANA}`).submit(delivered!.id, submitData(card!, "No, this wasn't me"));
    expect(trail(rig, requestId)).toEqual(['request/cardShown', 'cancellation/cancelled/denied', 'security/reported']);
    expect(audits(rig).filter((a) => a.event === 'cancellation')).toHaveLength(1);
  });

  describe('four eyes', () => {
    const SAM = demoUserId('sam.tech@contoso.com');
    const BLOCKED = demoUserId('blocked.user@contoso.com');

    async function askSam(r: HelpdeskRig) {
      const { tech, submitted, requestId } = await ask(r, 'blocked.user@contoso.com', BLOCKED, 'all');
      const unreachable = submitted.updates[0]!;
      await tech.submit(unreachable.id, submitData(unreachable.card, 'Ask for approval', { approver: 'sam.tech@contoso.com' }));
      const delivered = r.teams.activities.find((a) => a.conversationId === `a:1on1-${SAM}`)!;
      return { tech, requestId, delivered, card: cardsOf([delivered.body])[0]!, sam: r.targetChat(SAM, `a:1on1-${SAM}`) };
    }

    it("an approver's Decline is the approver's decision (declined, approver named), not a cancellation by the requester", async () => {
      rig = await startHelpdeskRig({ env: { DEMO_TECHNICIANS: `${TECH},${SAM}` } });
      const { requestId, delivered, card, sam } = await askSam(rig);
      const before = rig.bot.tenant.methodsOf(BLOCKED).length;
      expect(before).toBeGreaterThan(0);
      await sam.submit(delivered.id, submitData(card, 'Decline'));
      expect(rig.bot.tenant.methodsOf(BLOCKED).length).toBe(before);
      expect(trail(rig, requestId)).toEqual(['request/cardShown', 'cancellation/cancelled/declined']);
      const declined = audits(rig).find((a) => a.requestId === requestId && a.event === 'cancellation')!;
      expect(declined).toMatchObject({ requester: { userId: TECH }, subject: { userId: BLOCKED }, approver: { userId: SAM } });
      // The technician's card says the second technician declined.
      const techCard = rig.bot.connector.calls.filter((c) => c.method === 'PUT').at(-1)!;
      expect(cardText(cardsOf([techCard.body])[0]!)).toMatch(/The second technician declined/);
      // A replayed Approve after the Decline changes nothing.
      await sam.submit(delivered.id, submitData(card, 'Approve'));
      expect(rig.bot.tenant.methodsOf(BLOCKED).length).toBe(before);
    });

    it('an approval names the approver on the confirmation and the completion', async () => {
      rig = await startHelpdeskRig({ env: { DEMO_TECHNICIANS: `${TECH},${SAM}` } });
      const { requestId, delivered, card, sam } = await askSam(rig);
      await sam.submit(delivered.id, submitData(card, 'Approve'));
      expect(trail(rig, requestId)).toEqual(['request/cardShown', 'confirmation/confirmed/secondTechnician', 'completion/reset/secondTechnician']);
      for (const a of audits(rig).filter((x) => x.requestId === requestId && x.event !== 'request')) {
        expect(a).toMatchObject({ requester: { userId: TECH }, subject: { userId: BLOCKED }, approver: { userId: SAM } });
      }
    });
  });
});
