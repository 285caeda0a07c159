import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardText, type AdaptiveCard } from '../helpers/bot.js';
import { FakeServiceNow, SN_CREDS } from '../fakes/tickets/servicenow.js';
import { demoUserId } from '../../src/simulator/index.js';
import { ANA, ANA_UPN, TECH, startHelpdeskRig, submitData, type HelpdeskRig } from '../helpers/helpdesk-rig.js';

/**
 * Issue 15 on the helpdesk path, over real HTTP as Teams drives it: the options on the
 * technician's request card, the pass shown once in the target's own chat (never in the
 * technician's, a log, an audit record or a ticket note), signing out, and the facts both
 * chats and the mail carry.
 */
let rig: HelpdeskRig | undefined;
let sn: FakeServiceNow | undefined;
afterEach(async () => {
  await rig?.stop();
  await sn?.close();
  rig = undefined;
  sn = undefined;
});

const cardsOf = (bodies: Record<string, unknown>[]): AdaptiveCard[] =>
  bodies.flatMap((b) => ((b.attachments as { content: AdaptiveCard }[] | undefined) ?? []).map((a) => a.content));

/** Technician asks for Ana with these inputs; Ana says Yes in her own chat. */
async function resetAna(r: HelpdeskRig, inputs: Record<string, string>) {
  const tech = r.technician();
  const named = await tech.say(`reset MFA for ${ANA_UPN}`);
  const request = named.cards[0]!;
  await tech.submit(request.id, submitData(request.card, 'Ask Ana Lopez to confirm', inputs));
  const delivered = r.teams.activities.find((a) => a.conversationId === `a:1on1-${ANA}`)!;
  const targetCard = cardsOf([delivered.body])[0]!;
  const before = r.teams.activities.length;
  await r.targetChat(ANA, `a:1on1-${ANA}`).submit(delivered.id, submitData(targetCard, 'Yes'));
  const techConversation = named.calls[0]!.conversationId;
  const techCalls = () => r.bot.connector.calls.filter((c) => c.conversationId === techConversation);
  const techCard = () =>
    cardText(
      cardsOf([
        techCalls()
          .filter((c) => c.method === 'PUT')
          .at(-1)!.body,
      ])[0]!,
    );
  const targetPosts = r.teams.activities.slice(before).filter((a) => a.conversationId === `a:1on1-${ANA}`);
  const targetUpdate = cardText(cardsOf([r.teams.updates.filter((u) => u.conversationId === `a:1on1-${ANA}`).at(-1)!.body])[0]!);
  return { request, techCalls, techCard, targetPosts, targetUpdate };
}

describe('helpdesk: after the reset', () => {
  it('offers a pass and signing out on the request card (signing out automatic for suspicious activity)', async () => {
    rig = await startHelpdeskRig();
    const named = await rig.technician().say(`reset MFA for ${ANA_UPN}`);
    const body = JSON.stringify(named.cards[0]!.card);
    expect(body).toContain('Issue a Temporary Access Pass after the reset');
    expect(body).toContain('Sign Ana Lopez out everywhere after the reset');
    expect(body).toContain('Only if the reason is suspicious activity');
  });

  it("shows the pass once to the target in their own chat, never in the technician's, a log, the audit or the ticket note", async () => {
    sn = await new FakeServiceNow().start();
    sn.add('INC0015015');
    rig = await startHelpdeskRig({
      env: { TICKET_SYSTEM: 'servicenow', SERVICENOW_INSTANCE_URL: sn.url, SERVICENOW_USERNAME: SN_CREDS.username, SERVICENOW_PASSWORD: SN_CREDS.password },
    });
    const { techCalls, techCard, targetPosts } = await resetAna(rig, { choice: 'all', reason: 'newPhone', tap: 'true', ticket: 'INC0015015' });
    const sim = rig.bot.app.simulator!.after;
    expect(sim.issuedPasses).toHaveLength(1);
    const value = sim.issuedPasses[0]!;
    // In Ana's own chat, once, with lifetime and one-time use.
    const passCards = cardsOf(targetPosts.map((p) => p.body))
      .map(cardText)
      .filter((t) => t.includes('Your Temporary Access Pass'));
    expect(passCards).toHaveLength(1);
    expect(passCards[0]!.replace(/\\/g, '')).toContain(value);
    expect(passCards[0]).toMatch(/Valid for 60 minutes from .* UTC, for one sign-in only/);
    // The technician learns it was issued, not what it is.
    expect(techCard()).toMatch(/Shown once to Ana Lopez in their own chat \(60 minutes, one-time\)/);
    expect(JSON.stringify(techCalls())).not.toContain(value);
    expect(rig.bot.logs.text()).not.toContain(value);
    const completion = rig.bot.logs.audits().find((a) => a.event === 'completion')!;
    expect(completion).toMatchObject({ tapIssued: true, tapLifetimeMinutes: 60, tapUsableOnce: true });
    await expect.poll(() => sn!.byNumber('INC0015015')!.work_notes.length, { timeout: 30_000 }).toBe(1);
    const note = sn.byNumber('INC0015015')!.work_notes[0]!;
    expect(note).toContain('Temporary Access Pass issued: yes (60 min, one-time)');
    expect(note).not.toContain(value);
  });

  it('issues no pass unless the technician asked for one', async () => {
    rig = await startHelpdeskRig();
    const { targetPosts } = await resetAna(rig, { choice: 'all', reason: 'newPhone' });
    expect(rig.bot.app.simulator!.after.issuedPasses).toHaveLength(0);
    expect(JSON.stringify(targetPosts)).not.toContain('Temporary Access Pass');
    expect(rig.bot.logs.audits().find((a) => a.event === 'completion')).not.toHaveProperty('tapIssued');
  });

  it('a disabled pass policy is said plainly to both, and the reset stands', async () => {
    rig = await startHelpdeskRig();
    rig.bot.app.simulator!.after.setPolicy({ state: 'disabled' });
    const { techCard, targetPosts } = await resetAna(rig, { choice: 'all', reason: 'newPhone', tap: 'true' });
    expect(techCard()).toMatch(/Ana Lopez confirmed: MFA reset/);
    expect(techCard()).toMatch(/passes are turned off/);
    expect(JSON.stringify(targetPosts)).toMatch(/passes are turned off/);
    expect(rig.bot.app.simulator!.after.issuedPasses).toHaveLength(0);
  });

  it('signs the target out by default for suspicious activity, and not when the technician says no', async () => {
    rig = await startHelpdeskRig();
    const { techCard } = await resetAna(rig, { choice: 'app', reason: 'suspicious' });
    expect(rig.bot.app.simulator!.after.revoked.map((r) => r.userId)).toEqual([ANA]);
    expect(techCard()).toMatch(/Signed out everywhere/);
    expect(rig.bot.logs.audits().find((a) => a.event === 'completion')).toMatchObject({ sessionsRevoked: true });
    await rig.stop();
    rig = await startHelpdeskRig();
    await resetAna(rig, { choice: 'app', reason: 'suspicious', revoke: 'no' });
    expect(rig.bot.app.simulator!.after.revoked).toHaveLength(0);
    await rig.stop();
    rig = await startHelpdeskRig();
    await resetAna(rig, { choice: 'app', reason: 'lostPhone' });
    expect(rig.bot.app.simulator!.after.revoked).toHaveLength(0);
  });

  it("a failed sign-out does not change the reset's reported outcome; it is reported on its own", async () => {
    rig = await startHelpdeskRig();
    rig.bot.tenant.injectFault({ method: 'POST', pathIncludes: 'revokeSignInSessions', status: 500, times: Infinity });
    const { techCard, targetUpdate } = await resetAna(rig, { choice: 'app', reason: 'lostPhone', revoke: 'yes' });
    expect(techCard()).toMatch(/Ana Lopez confirmed: MFA reset/);
    expect(techCard()).toMatch(/No: it failed, the reset itself stands/);
    expect(targetUpdate).toMatch(/Removed/);
    const completion = rig.bot.logs.audits().find((a) => a.event === 'completion')!;
    expect(completion).toMatchObject({ outcome: 'reset' });
    expect(completion).not.toHaveProperty('sessionsRevoked');
    expect(rig.bot.logs.audits().filter((a) => a.event === 'failure')).toHaveLength(0);
  });

  it("the target's own chat and the mail carry the same facts: what, when, by whom, the reference, whom to call", async () => {
    rig = await startHelpdeskRig({ env: { NOTIFY_MAIL_SENDER: 'mfa-notify@contoso.com', SECURITY_CONTACT: 'security@contoso.com' } });
    const { targetUpdate } = await resetAna(rig, { choice: 'app', reason: 'lostPhone' });
    expect(targetUpdate).toMatch(/Done by:? *Tess Tech/);
    expect(targetUpdate).toMatch(/When:? .* UTC/);
    expect(targetUpdate).toContain('If this was not you, contact security@contoso.com now.');
    const sim = rig.bot.app.simulator!.after;
    await vi.waitFor(() => expect(sim.mail).toHaveLength(1));
    const mail = sim.mail[0]!;
    expect(mail.to).toEqual([ANA_UPN]);
    expect(mail.content).toContain('Tess Tech of the IT service desk did this at your request');
    expect(mail.content).toContain('Microsoft Authenticator');
    const ref = String(rig.bot.logs.audits().find((a) => a.event === 'completion')!.correlationId);
    expect(mail.content).toContain(`Reference: ${ref}`);
    expect(targetUpdate).toContain(ref);
  });
});

describe('helpdesk: four eyes', () => {
  const SAM = demoUserId('sam.tech@contoso.com');
  const BLOCKED = demoUserId('blocked.user@contoso.com');

  it("shows the pass to the requesting technician to read out, never in the approver's chat", async () => {
    rig = await startHelpdeskRig({ env: { DEMO_TECHNICIANS: `${TECH},${SAM}` } });
    const tech = rig.technician();
    const named = await tech.say('reset MFA for blocked.user@contoso.com');
    const request = named.cards[0]!;
    const submit = request.card.actions!.find((a) => a.title.startsWith('Ask '))!.title;
    const submitted = await tech.submit(request.id, submitData(request.card, submit, { choice: 'all', reason: 'lostPhone', tap: 'true' }));
    const unreachable = submitted.updates[0]!;
    await tech.submit(unreachable.id, submitData(unreachable.card, 'Ask for approval', { approver: 'sam.tech@contoso.com' }));
    const delivered = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${SAM}`)!;
    const approverCard = cardsOf([delivered.body])[0]!;
    const techConversation = named.calls[0]!.conversationId;
    const before = rig.bot.connector.calls.length;
    await rig.targetChat(SAM, `a:1on1-${SAM}`).submit(delivered.id, submitData(approverCard, 'Approve'));
    const value = rig.bot.app.simulator!.after.issuedPasses[0]!;
    expect(value).toBeTruthy();
    expect(rig.bot.app.simulator!.after.passOf(BLOCKED)).toBeDefined();
    const inTechChat = rig.bot.connector.since(before).filter((c) => c.conversationId === techConversation && c.method === 'POST');
    const passCards = cardsOf(inTechChat.map((c) => c.body))
      .map(cardText)
      .filter((t) => t.includes('Your Temporary Access Pass'));
    expect(passCards).toHaveLength(1);
    expect(passCards[0]!.replace(/\\/g, '')).toContain(value);
    expect(passCards[0]).toMatch(/Read this pass out to/);
    expect(JSON.stringify(rig.teams.activities.filter((a) => a.conversationId === `a:1on1-${SAM}`))).not.toContain(value);
    expect(JSON.stringify(rig.teams.updates)).not.toContain(value);
    expect(rig.bot.logs.text()).not.toContain(value);
  });
});
