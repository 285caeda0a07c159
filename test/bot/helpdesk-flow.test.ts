import { afterEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { Chat, cardText, type AdaptiveCard } from '../helpers/bot.js';
import { LogCapture } from '../helpers/logs.js';
import { demoUserId } from '../../src/simulator/index.js';
import { ANA, ANA_UPN, EMPLOYEE, SECOND_TECH, TECH, buttonTitles, startHelpdeskRig, submitData, type HelpdeskRig } from '../helpers/helpdesk-rig.js';

/**
 * Helpdesk mode over real HTTP, as Teams drives it: the technician's chat on the bot's
 * /api/messages, the target's proactive 1:1 chat through `POST /v3/conversations` on a fake
 * Teams connector, the simulated tenant behind the real Graph client.
 */
let rig: HelpdeskRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

const cardsOf = (bodies: Record<string, unknown>[]): AdaptiveCard[] =>
  bodies.flatMap((b) => ((b.attachments as { content: AdaptiveCard }[] | undefined) ?? []).map((a) => a.content));

const AUTHENTICATOR = '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod';
const types = (r: HelpdeskRig) => r.bot.tenant.methodsOf(ANA).map((m) => m['@odata.type']);

/** The technician asks for Ana and submits the card; returns the target's card as Teams delivered it. */
async function askForAna(r: HelpdeskRig, inputs: Record<string, string> = { choice: 'app', reason: 'lostPhone' }) {
  const tech = r.technician();
  const named = await tech.say(`reset MFA for ${ANA_UPN}`);
  const request = named.cards[0];
  expect(request, named.said).toBeDefined();
  const submitted = await tech.submit(request!.id, submitData(request!.card, 'Ask Ana Lopez to confirm', inputs));
  const delivered = r.teams.activities.filter((a) => a.conversationId === `a:1on1-${ANA}`);
  const targetCard = cardsOf(delivered.map((d) => d.body))[0];
  return { tech, named, request: request!, submitted, delivered, targetCard };
}

describe('helpdesk mode: the technician asks, the target decides', () => {
  it('runs the whole flow: technician → target Yes → both told, only the chosen methods removed', async () => {
    rig = await startHelpdeskRig();
    const { named, request, submitted, targetCard } = await askForAna(rig);
    const before = types(rig);
    expect(before).toContain(AUTHENTICATOR);
    // The technician's card: who, what they have, what to remove.
    const text = cardText(request.card);
    expect(text).toContain('Reset MFA for Ana Lopez');
    expect(text).toContain(ANA_UPN);
    expect(named.said).not.toMatch(/\+\d[\d ]{6,}\d/); // numbers masked
    // The target got a proactive message in their own 1:1 chat: members[0].id = their object id.
    expect(rig.teams.created.map((c) => c.memberId)).toEqual([ANA]);
    expect(cardText(targetCard!)).toMatch(/Tess Tech from the IT helpdesk asks to reset your MFA/);
    expect(buttonTitles(targetCard!)).toEqual(['Yes', "No, this wasn't me"]);
    // The technician's card now says it waits for Ana, with a cancel button.
    expect(submitted.updates[0]?.card && cardText(submitted.updates[0].card)).toMatch(/Waiting for Ana Lopez/);
    expect(types(rig)).toEqual(before); // nothing yet

    const target = rig.targetChat(ANA, `a:1on1-${ANA}`);
    const deliveredId = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${ANA}`)!.id;
    await target.submit(deliveredId, submitData(targetCard!, 'Yes'));
    const after = types(rig);
    expect(after).not.toContain(AUTHENTICATOR);
    expect(after).toEqual(before.filter((t) => t !== AUTHENTICATOR)); // only the app went
    // Ana's card carries the outcome; the technician's card was updated in their chat.
    expect(cardText(cardsOf([rig.teams.updates.at(-1)!.body])[0]!)).toMatch(/Removed/);
    const techUpdate = rig.bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === named.calls[0]!.conversationId).at(-1);
    expect(cardText(cardsOf([techUpdate!.body])[0]!)).toMatch(/Ana Lopez confirmed: MFA reset/);
  });
});

describe("helpdesk mode: nothing changes without the target's own Yes", () => {
  it('"No, this wasn\'t me" changes nothing, tells the technician and writes a security event', async () => {
    rig = await startHelpdeskRig();
    const { named, targetCard } = await askForAna(rig);
    const before = types(rig);
    const target = rig.targetChat(ANA, `a:1on1-${ANA}`);
    const deliveredId = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${ANA}`)!.id;
    await target.submit(deliveredId, submitData(targetCard!, "No, this wasn't me"));
    expect(types(rig)).toEqual(before);
    expect(cardText(cardsOf([rig.teams.updates.at(-1)!.body])[0]!)).toMatch(/nothing was changed/i);
    const techUpdate = rig.bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === named.calls[0]!.conversationId).at(-1);
    expect(cardText(cardsOf([techUpdate!.body])[0]!)).toMatch(/Ana Lopez said this wasn't them/);
    const security = rig.bot.logs.audits().filter((a) => a.event === 'security');
    expect(security.map((a) => a.reason)).toContain('deniedByTarget');
  });

  it("refuses a click on the target's card by anyone else, and the target can still answer", async () => {
    rig = await startHelpdeskRig();
    const { targetCard } = await askForAna(rig);
    const before = types(rig);
    const deliveredId = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${ANA}`)!.id;
    // Someone else posting Ana's card data into Ana's chat (their own authenticated identity).
    const intruder = rig.targetChat(EMPLOYEE, `a:1on1-${ANA}`);
    const posted = rig.teams.activities.length;
    await intruder.submit(deliveredId, submitData(targetCard!, 'Yes'));
    expect(types(rig)).toEqual(before);
    expect(
      rig.teams.activities
        .slice(posted)
        .map((a) => a.body.text)
        .join('\n'),
    ).toMatch(/for someone else/);
    // And the technician themselves cannot answer for Ana either.
    await rig.technician(TECH).submit(deliveredId, submitData(targetCard!, 'Yes'));
    expect(types(rig)).toEqual(before);
    await rig.targetChat(ANA, `a:1on1-${ANA}`).submit(deliveredId, submitData(targetCard!, 'Yes'));
    expect(types(rig)).not.toContain(AUTHENTICATOR);
  });

  it("honours the target's Yes for as long as the request lives, past the self-service card lifetime", async () => {
    let now = Date.now();
    rig = await startHelpdeskRig({ overrides: { now: () => now } });
    const { targetCard } = await askForAna(rig);
    now += 600_000; // CONFIRMATION_TTL_SECONDS (300) has passed; HELPDESK_REQUEST_TTL_SECONDS (900) has not
    const deliveredId = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${ANA}`)!.id;
    await rig.targetChat(ANA, `a:1on1-${ANA}`).submit(deliveredId, submitData(targetCard!, 'Yes'));
    expect(types(rig)).not.toContain(AUTHENTICATOR);
  });

  it('changes nothing when the target answers after the request expired, and says so in both chats', async () => {
    let now = Date.now();
    rig = await startHelpdeskRig({ overrides: { now: () => now } });
    const { named, targetCard } = await askForAna(rig);
    const before = types(rig);
    now += 901_000; // HELPDESK_REQUEST_TTL_SECONDS defaults to 900
    const deliveredId = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${ANA}`)!.id;
    await rig.targetChat(ANA, `a:1on1-${ANA}`).submit(deliveredId, submitData(targetCard!, 'Yes'));
    expect(types(rig)).toEqual(before);
    expect(cardText(cardsOf([rig.teams.updates.at(-1)!.body])[0]!)).toMatch(/expired/);
    const techUpdate = rig.bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === named.calls[0]!.conversationId).at(-1);
    expect(cardText(cardsOf([techUpdate!.body])[0]!)).toMatch(/Request expired/);
  });

  it("lets the technician cancel: the target's later Yes changes nothing and their card is closed", async () => {
    rig = await startHelpdeskRig();
    const { tech, submitted, targetCard } = await askForAna(rig);
    const before = types(rig);
    const waiting = submitted.updates[0]!;
    const cancelled = await tech.submit(waiting.id, submitData(waiting.card, 'Cancel request'));
    expect(cancelled.said).toMatch(/Request cancelled/);
    expect(cardText(cardsOf([rig.teams.updates.at(-1)!.body])[0]!)).toMatch(/cancelled this request/);
    const deliveredId = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${ANA}`)!.id;
    await rig.targetChat(ANA, `a:1on1-${ANA}`).submit(deliveredId, submitData(targetCard!, 'Yes'));
    expect(types(rig)).toEqual(before);
  });
});

describe('helpdesk mode: who may ask, about whom', () => {
  it('answers a non-technician naming someone with "only your own" and never looks the person up', async () => {
    rig = await startHelpdeskRig();
    const sim = rig.bot.app.simulator!;
    const from = sim.stats.requests.length;
    const turn = await rig.technician(EMPLOYEE).say(`reset MFA for ${ANA_UPN}`);
    expect(turn.said).toMatch(/I can only reset your own MFA/);
    const paths = sim.stats.requests
      .slice(from)
      .map((r) => r.path)
      .filter((p) => p.startsWith('/v1.0/') || p.startsWith('/beta/'));
    expect(paths.length).toBeGreaterThan(0);
    // Only the sender's own group check; nothing about Ana (no /users/ana…, no methods list).
    expect(paths.every((p) => p.includes(EMPLOYEE))).toBe(true);
    expect(paths.some((p) => p.toLowerCase().includes('ana') || p.includes(ANA))).toBe(false);
    expect(rig.teams.attempts).toEqual([]);
  });

  it('refuses a privileged target for a plain technician, before any card or message', async () => {
    rig = await startHelpdeskRig();
    const turn = await rig.technician().say('reset MFA for admin.grace@contoso.com');
    expect(turn.said).toMatch(/administrator role/);
    expect(turn.cards).toEqual([]);
    expect(rig.teams.attempts).toEqual([]);
  });

  it('resolves a Teams @mention by its entity, and a guest by their #EXT# sign-in name', async () => {
    rig = await startHelpdeskRig();
    const tech = rig.technician();
    const mention = { type: 'mention', mentioned: { id: '29:ana-mri', name: 'Ana Lopez' }, text: '<at>Ana Lopez</at>' };
    const mentioned = await tech.send(tech.activity({ text: 'remove the authenticator of <at>Ana Lopez</at>', entities: [mention] }));
    expect(mentioned.said).toMatch(/Reset MFA for Ana Lopez/);
    // ("reset MFA for <guest UPN>" is read as the sender's own reset by understand() on main: reported.)
    const guest = await tech.say('reset the MFA of kim.park_northwind.com#EXT#@contoso.com');
    expect(guest.said).toMatch(/enabled \(guest\)/);
  });

  it('tells the technician plainly when Teams blocks the target, and changes nothing', async () => {
    rig = await startHelpdeskRig();
    const tech = rig.technician();
    const named = await tech.say('reset MFA for blocked.user@contoso.com');
    const submitted = await tech.submit(
      named.cards[0]!.id,
      submitData(named.cards[0]!.card, `Ask ${nameIn(named.cards[0]!.card)} to confirm`, { choice: 'all', reason: 'other' }),
    );
    expect(submitted.said).toMatch(/I couldn't reach .*\n.*Teams blocks my messages/);
    expect(rig.teams.activities).toEqual([]);
  });

  it('offers candidates as buttons when a name matches several people', async () => {
    rig = await startHelpdeskRig();
    const turn = await rig.technician().say("reset Ana's authenticator");
    // The same three Anas for "@Ana" typed without a Teams mention, and for "… for ana".
    for (const text of ['remove the authenticator of @Ana', 'reset MFA for ana']) {
      expect(buttonTitles((await rig.technician().say(text)).cards[0]!.card).join('\n'), text).toMatch(/Ana Lopez \(ana\.lopez@contoso\.com\)/);
    }
    const titles = buttonTitles(turn.cards[0]!.card);
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.join('\n')).toMatch(/Ana Lopez \(ana\.lopez@contoso\.com\)/);
    const pick = turn.cards[0]!.card.actions!.find((a) => a.title.startsWith('Ana Lopez ('))!;
    const picked = await rig.technician().submit(turn.cards[0]!.id, pick.data);
    expect(picked.said).toMatch(/Reset MFA for Ana Lopez/);
  });
});

describe('helpdesk mode: privileged targets and demo mode', () => {
  it("lets a privileged technician ask an admin, and still only the admin's own Yes resets", async () => {
    rig = await startHelpdeskRig({ env: { DEMO_PRIVILEGED_TECHNICIANS: SECOND_TECH } });
    const admin = 'admin.grace@contoso.com';
    const tech = rig.technician(SECOND_TECH);
    const named = await tech.say(`reset MFA for ${admin}`);
    const request = named.cards[0]!;
    await tech.submit(request.id, submitData(request.card, `Ask ${nameIn(request.card)} to confirm`, { choice: 'all', reason: 'newPhone' }));
    const conv = rig.teams.created.at(-1)!.id;
    const delivered = rig.teams.activities.find((a) => a.conversationId === conv)!;
    const card = cardsOf([delivered.body])[0]!;
    const adminId = rig.teams.created.at(-1)!.memberId!;
    const before = rig.bot.tenant.methodsOf(adminId).length;
    expect(before).toBeGreaterThan(0);
    // The requester cannot answer for the admin, even with the card's data.
    await tech.submit(delivered.id, submitData(card, 'Yes'));
    expect(rig.bot.tenant.methodsOf(adminId).length).toBe(before);
    await rig.targetChat(adminId, conv).submit(delivered.id, submitData(card, 'Yes'));
    expect(rig.bot.tenant.methodsOf(adminId).filter((m) => m['@odata.type'] !== '#microsoft.graph.passwordAuthenticationMethod')).toEqual([]);
  });

  it('shows the technician what the target receives in the Emulator, with a marked demo answer button', async () => {
    rig = await startHelpdeskRig();
    const tech = new Chat(rig.bot, { channelId: 'emulator', aadObjectId: TECH, name: 'Tess Tech' });
    const named = await tech.say(`reset MFA for ${ANA_UPN}`);
    const submitted = await tech.submit(
      named.cards[0]!.id,
      submitData(named.cards[0]!.card, 'Ask Ana Lopez to confirm', { choice: 'app', reason: 'brokenApp' }),
    );
    expect(rig.teams.attempts).toEqual([]); // no second person in the Emulator: nothing proactive
    const copy = submitted.cards.find((c) => cardText(c.card).includes('this is the card Ana Lopez receives'))!;
    expect(buttonTitles(copy.card)).toEqual(['Answer as the target (demo): Yes', "Answer as the target (demo): No, this wasn't me"]);
    const answered = await tech.submit(copy.id, submitData(copy.card, 'Answer as the target (demo): Yes'));
    expect(types(rig)).not.toContain(AUTHENTICATOR);
    expect(answered.said).toMatch(/Removed/);
    expect(answered.said).toMatch(/Ana Lopez confirmed: MFA reset/);
  });

  it('tells a demo user which id makes them a technician', async () => {
    rig = await startHelpdeskRig();
    const turn = await new Chat(rig.bot, { channelId: 'emulator', aadObjectId: EMPLOYEE }).say(`reset MFA for ${ANA_UPN}`);
    expect(turn.said).toContain(`DEMO_TECHNICIANS=${EMPLOYEE}`);
  });
});

function nameIn(card: AdaptiveCard): string {
  return /Reset MFA for (.+)/.exec(cardText(card))![1]!;
}

describe('helpdesk mode across instances', () => {
  it("runs the target's Yes on another instance, which updates the technician's card through the stored reference", async () => {
    rig = await startHelpdeskRig();
    // Instance B: the same configuration (so the same signing key), tenant and state store.
    const b = await buildApp(rig.bot.config, createLogger('warn', new LogCapture()), {
      tenant: rig.bot.tenant,
      state: rig.bot.app.state,
      engine: { verifyBaseDelayMs: 10 },
    });
    await new Promise<void>((resolve) => b.http.server.listen(0, '127.0.0.1', () => resolve()));
    const other = { ...rig.bot, app: b, url: `http://127.0.0.1:${(b.http.server.address() as AddressInfo).port}` };
    other.post = async (body: unknown) => {
      const res = await fetch(`${other.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, body: await res.text() };
    };
    try {
      const { named, targetCard } = await askForAna(rig);
      const delivered = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${ANA}`)!;
      // Ana's click reaches instance B; it knows the request only from the shared store.
      const onB = new Chat(other, { channelId: 'msteams', aadObjectId: ANA, tenantId: rig.tenantId, conversationId: `a:1on1-${ANA}` });
      const activity = onB.activity({ text: '', value: submitData(targetCard!, 'Yes'), replyToId: delivered.id, serviceUrl: rig.serviceUrl });
      expect((await other.post(activity)).status).toBe(200);
      expect(types(rig)).not.toContain(AUTHENTICATOR);
      const techUpdate = rig.bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === named.calls[0]!.conversationId).at(-1);
      expect(cardText(cardsOf([techUpdate!.body])[0]!)).toMatch(/Ana Lopez confirmed: MFA reset/);
      // A replay of the same click on instance A changes nothing more.
      const replay = await rig.targetChat(ANA, `a:1on1-${ANA}`).submit(delivered.id, submitData(targetCard!, 'Yes'));
      expect(replay.status).toBe(200);
      expect(rig.teams.activities.at(-1)!.body.text).toMatch(/already answered/);
    } finally {
      await b.close(1000);
    }
  });
});

describe('helpdesk mode: four eyes when the target cannot be reached', () => {
  const SAM = demoUserId('sam.tech@contoso.com');
  const BLOCKED = demoUserId('blocked.user@contoso.com');

  it('lets a second, different technician approve in their own chat; never the requester or the target', async () => {
    rig = await startHelpdeskRig({ env: { DEMO_TECHNICIANS: `${TECH},${SAM}` } });
    const tech = rig.technician();
    const named = await tech.say('reset MFA for blocked.user@contoso.com');
    const submitted = await tech.submit(
      named.cards[0]!.id,
      submitData(named.cards[0]!.card, `Ask ${nameIn(named.cards[0]!.card)} to confirm`, { choice: 'all', reason: 'lostPhone' }),
    );
    const unreachable = submitted.updates[0]!;
    expect(buttonTitles(unreachable.card)).toContain('Ask for approval');
    const before = rig.bot.tenant.methodsOf(BLOCKED).length;

    const self = await tech.submit(unreachable.id, submitData(unreachable.card, 'Ask for approval', { approver: 'blocked.user@contoso.com' }));
    expect(self.said).toMatch(/must be a different technician/);
    const plain = await tech.submit(unreachable.id, submitData(unreachable.card, 'Ask for approval', { approver: 'kim.lee@contoso.com' }));
    expect(plain.said).toMatch(/isn't a member of the helpdesk group/);
    expect(rig.teams.activities).toEqual([]);

    const asked = await tech.submit(unreachable.id, submitData(unreachable.card, 'Ask for approval', { approver: 'sam.tech@contoso.com' }));
    expect(asked.said).toMatch(/Waiting for approval/);
    const delivered = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${SAM}`)!;
    const card = cardsOf([delivered.body])[0]!;
    expect(cardText(card)).toMatch(/asks you to approve an MFA reset for/);
    // The requester posting the approver's card data changes nothing.
    const mine = await tech.submit(delivered.id, submitData(card, 'Approve'));
    expect(mine.said).toMatch(/for someone else/);
    expect(rig.bot.tenant.methodsOf(BLOCKED).length).toBe(before);

    await rig.targetChat(SAM, `a:1on1-${SAM}`).submit(delivered.id, submitData(card, 'Approve'));
    expect(rig.bot.tenant.methodsOf(BLOCKED).filter((m) => m['@odata.type'] !== '#microsoft.graph.passwordAuthenticationMethod')).toEqual([]);
    const techUpdate = rig.bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === named.calls[0]!.conversationId).at(-1);
    expect(cardText(cardsOf([techUpdate!.body])[0]!)).toMatch(/A second technician approved/);
    const confirmed = rig.bot.logs.audits().filter((a) => a.event === 'confirmation');
    expect(JSON.stringify(confirmed)).toContain('secondTechnician');
  });
});

describe('helpdesk mode: the default method is marked where it is known', () => {
  const marks = (text: string) => text.match(/\(default\)/g)?.length ?? 0;

  it("marks the target's default (Graph signInPreferences) on the request card and on the target's card", async () => {
    rig = await startHelpdeskRig();
    const { request, targetCard } = await askForAna(rig);
    // Ana's default is her Authenticator (push): exactly that row is marked.
    const text = cardText(request.card);
    expect(text).toMatch(/Microsoft Authenticator: [^\n]+ \(default\)/);
    expect(marks(text)).toBe(1);
    expect(cardText(targetCard!)).toMatch(/Microsoft Authenticator: [^\n]+ \(default\)/);
  });

  it('marks the method that is the default now, read afresh for every card', async () => {
    rig = await startHelpdeskRig();
    const tech = rig.technician();
    expect(cardText((await tech.say(`reset MFA for ${ANA_UPN}`)).cards[0]!.card)).toMatch(/Microsoft Authenticator: [^\n]+ \(default\)/);
    expect(rig.bot.tenant.setPreferredMethod(ANA, 'sms')).toBe(true);
    const named = await tech.say(`reset MFA for ${ANA_UPN}`);
    const text = cardText(named.cards[0]!.card);
    expect(text).toMatch(/Mobile phone: \+1 [^\n]+ \(default\)/);
    expect(marks(text)).toBe(1);
  });

  it('answers a kind "try again" when a directory check fails at submit, and asks nobody', async () => {
    rig = await startHelpdeskRig();
    const tech = rig.technician();
    const named = await tech.say(`reset MFA for ${ANA_UPN}`);
    const request = named.cards[0]!;
    // The target's roles are asked again at submit: Graph fails there.
    rig.bot.tenant.injectFault({ method: 'GET', pathIncludes: 'roleManagement', status: 403, code: 'accessDenied', times: Infinity });
    const submitted = await tech.submit(request.id, submitData(request.card, 'Ask Ana Lopez to confirm', { choice: 'app', reason: 'lostPhone' }));
    expect(submitted.said).toMatch(/couldn't look that person up just now/);
    expect(submitted.said).not.toMatch(/unexpected/i);
    expect(rig.teams.created).toEqual([]);
    expect(types(rig)).toContain(AUTHENTICATOR);
  });

  it('shows the card without a mark when the default cannot be read', async () => {
    rig = await startHelpdeskRig();
    rig.bot.tenant.injectFault({ method: 'GET', pathIncludes: 'signInPreferences', status: 403, code: 'accessDenied', times: Infinity });
    const named = await rig.technician().say(`reset MFA for ${ANA_UPN}`);
    const text = cardText(named.cards[0]!.card);
    expect(text).toContain('Reset MFA for Ana Lopez');
    expect(text).toContain('Microsoft Authenticator');
    expect(marks(text)).toBe(0);
  });
});
