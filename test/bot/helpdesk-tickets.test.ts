import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeServiceNow, SN_CREDS } from '../fakes/tickets/servicenow.js';
import { ANA, ANA_UPN, EMPLOYEE, startHelpdeskRig, submitData, type HelpdeskRig } from '../helpers/helpdesk-rig.js';

/**
 * Issue 14's end-to-end test: a helpdesk request naming a ServiceNow incident, the target's Yes
 * over real HTTP, and the fake ServiceNow holding the internal work note; an unknown ticket is
 * refused on the technician's card before anyone is messaged or anything changes.
 */
describe('helpdesk requests with a ServiceNow ticket', () => {
  let sn: FakeServiceNow;
  let rig: HelpdeskRig;
  beforeAll(async () => {
    ({ sn, rig } = await startWithServiceNow());
  });
  afterAll(async () => {
    await rig.stop();
    await sn.close();
  });

  it('writes the internal work note into the incident after the target says Yes', async () => {
    sn.add('INC0012345');
    const tech = rig.technician();
    const named = await tech.say(`reset MFA for ${ANA_UPN}`);
    const request = named.cards[0]!;
    await tech.submit(request.id, submitData(request.card, 'Ask Ana Lopez to confirm', { choice: 'app', reason: 'lostPhone', ticket: 'INC0012345' }));
    const delivered = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${ANA}`)!;
    const targetCard = (delivered.body.attachments as { content: Parameters<typeof submitData>[0] }[])[0]!.content;
    expect(JSON.stringify(targetCard)).toContain('Ticket: INC0012345');
    await rig.targetChat(ANA, `a:1on1-${ANA}`).submit(delivered.id, submitData(targetCard, 'Yes'));
    await expect.poll(() => sn.byNumber('INC0012345')!.work_notes.length, { timeout: 30_000 }).toBe(1);
    const note = sn.byNumber('INC0012345')!.work_notes[0]!;
    expect(note).toMatch(/MFA reset completed/);
    expect(note).toMatch(/Requested by: Tess Tech/);
    expect(note).toMatch(/For: Ana Lopez/);
    expect(note).toMatch(/Removed: .*Microsoft Authenticator/);
    expect(note).toMatch(/Verification: the user confirmed in their own Teams chat/);
    expect(sn.byNumber('INC0012345')!.comments).toEqual([]); // never customer-visible
    // The technician's card says the ticket was updated.
    const techUpdate = rig.bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === named.calls[0]!.conversationId).at(-1);
    expect(JSON.stringify(techUpdate!.body)).toContain('INC0012345: Ticket updated.');
  });

  it('refuses an unknown ticket on the card before anyone is messaged', async () => {
    const attempts = rig.teams.attempts.length;
    const tech = rig.technician();
    const named = await tech.say(`reset MFA for ${ANA_UPN}`);
    const request = named.cards[0]!;
    const refused = await tech.submit(
      request.id,
      submitData(request.card, 'Ask Ana Lopez to confirm', { choice: 'app', reason: 'lostPhone', ticket: 'INC0099999' }),
    );
    expect(refused.said).toMatch(/couldn't find ticket INC0099999/);
    expect(refused.updates).toEqual([]); // the card stays, so the number can be corrected
    expect(rig.teams.attempts.length).toBe(attempts);
    const missing = await tech.submit(request.id, submitData(request.card, 'Ask Ana Lopez to confirm', { choice: 'app', reason: 'lostPhone' }));
    expect(missing.said).toMatch(/enter the ticket number/);
    expect(rig.teams.attempts.length).toBe(attempts);
  });

  it('learns nothing for a non-technician posting request card data: no ticket lookup, no directory lookup', async () => {
    const snBefore = sn.requests.length;
    const attempts = rig.teams.attempts.length;
    const sim = rig.bot.app.simulator!;
    const from = sim.stats.requests.length;
    const forged = await rig
      .technician(EMPLOYEE)
      .submit('any', { action: 'helpdeskSubmit', targetId: ANA, choice: 'all', reason: 'other', ticket: 'INC0012345' });
    expect(forged.said).toMatch(/I can only reset your own MFA/);
    expect(sn.requests.length).toBe(snBefore);
    const graph = sim.stats.requests
      .slice(from)
      .map((r) => r.path)
      .filter((p) => p.startsWith('/v1.0/') || p.startsWith('/beta/'));
    expect(graph.every((p) => p.includes(EMPLOYEE))).toBe(true);
    expect(rig.teams.attempts.length).toBe(attempts);
  });
});

describe('a helpdesk request whose ticket cannot be written', () => {
  let sn: FakeServiceNow;
  let rig: HelpdeskRig;
  beforeAll(async () => {
    ({ sn, rig } = await startWithServiceNow());
  });
  afterAll(async () => {
    await rig.stop();
    await sn.close();
  });

  it("says on the technician's card when the ticket could not be updated, and the reset still stands", async () => {
    sn.add('INC0012346');
    const tech = rig.technician();
    const named = await tech.say(`reset MFA for ${ANA_UPN}`);
    const request = named.cards[0]!;
    await tech.submit(request.id, submitData(request.card, 'Ask Ana Lopez to confirm', { choice: 'app', reason: 'lostPhone', ticket: 'INC0012346' }));
    const delivered = rig.teams.activities.filter((a) => a.conversationId === `a:1on1-${ANA}`).at(-1)!;
    const targetCard = (delivered.body.attachments as { content: Parameters<typeof submitData>[0] }[])[0]!.content;
    // The integration user lost its right to write notes after the lookup: 403 on the PATCH.
    sn.fail(
      1,
      { status: 403, body: { error: { message: 'Operation Failed', detail: 'ACL Exception Update Failed due to security constraints' }, status: 'failure' } },
      (r) => r.method === 'PATCH',
    );
    await rig.targetChat(ANA, `a:1on1-${ANA}`).submit(delivered.id, submitData(targetCard, 'Yes'));
    const techUpdate = rig.bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === named.calls[0]!.conversationId).at(-1);
    const text = JSON.stringify(techUpdate!.body);
    expect(text).toContain('Could not update ticket INC0012346: the bot may not write to this ticket.');
    expect(text).toMatch(/Ana Lopez confirmed/);
    expect(sn.byNumber('INC0012346')!.work_notes).toEqual([]);
  });
});

/** A fresh fake ServiceNow and a helpdesk bot configured to write into it. */
async function startWithServiceNow(): Promise<{ sn: FakeServiceNow; rig: HelpdeskRig }> {
  const sn = await new FakeServiceNow().start();
  const rig = await startHelpdeskRig({
    env: { TICKET_SYSTEM: 'servicenow', SERVICENOW_INSTANCE_URL: sn.url, SERVICENOW_USERNAME: SN_CREDS.username, SERVICENOW_PASSWORD: SN_CREDS.password },
  });
  return { sn, rig };
}
