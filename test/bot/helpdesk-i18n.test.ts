import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/bot/copy/index.js';
import { demoUserId } from '../../src/simulator/index.js';
import { cardText, type AdaptiveCard, type Chat } from '../helpers/bot.js';
import { ANA, ANA_UPN, buttonTitles, startHelpdeskRig, submitData, type HelpdeskRig } from '../helpers/helpdesk-rig.js';

/**
 * Helpdesk mode in the languages of the two people involved, over real HTTP: the technician's
 * cards follow the technician's Teams language, the target's card the target's own (Entra's
 * preferred language), never the technician's.
 */
const CAMILLE_UPN = 'camille.martin@contoso.com';
const CAMILLE = demoUserId(CAMILLE_UPN);

let rig: HelpdeskRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

const cardsOf = (bodies: Record<string, unknown>[]): AdaptiveCard[] =>
  bodies.flatMap((b) => ((b.attachments as { content: AdaptiveCard }[] | undefined) ?? []).map((a) => a.content));

/** The chat with every activity carrying this Teams client locale. */
function speaking(chat: Chat, locale: string): Chat {
  const original = chat.activity.bind(chat);
  chat.activity = (extra) => original({ locale, ...extra });
  return chat;
}

/** The card's input labels and choice titles (cardText reads only the text blocks and facts). */
function inputText(card: AdaptiveCard): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.label === 'string') out.push(o.label);
    if (Array.isArray(o.choices)) for (const c of o.choices as { title?: unknown }[]) if (typeof c.title === 'string') out.push(c.title);
    Object.values(o).forEach(walk);
  };
  walk(card.body);
  return out.join('\n');
}

const ENGLISH = /Reset MFA for|Registered sign-in methods|What to remove|asks to reset your MFA|Waiting for|Mobile phone|\bEmail\b/;

describe('helpdesk mode speaks each person their own language', () => {
  it("a German technician gets a German request card; a French target gets the French card; each status in the reader's language", async () => {
    rig = await startHelpdeskRig();
    // Camille's Entra preferred language is fr-FR (src/simulator/directory.ts).
    const camilleConversation = `a:1on1-${CAMILLE}`;
    const camille = speaking(rig.targetChat(CAMILLE, camilleConversation), 'fr-FR');

    const tech = speaking(rig.technician(), 'de-DE');
    const named = await tech.say(`MFA für ${CAMILLE_UPN} zurücksetzen`);
    const request = named.cards[0]!;
    expect(request, named.said).toBeDefined();
    const text = `${cardText(request.card)}\n${inputText(request.card)}`;
    for (const key of ['helpdesk.methods', 'helpdesk.choice.label', 'helpdesk.reason.label', 'helpdesk.fact.upn'] as const)
      expect(text).toContain(t('de', key));
    expect(text).toContain(t('de', 'helpdesk.request.title', { name: 'Camille Martin' }));
    expect(text).toContain(t('de', 'method.phone.mobile.title'));
    expect(text).toContain(t('de', 'helpdesk.reason.lostPhone'));
    expect(text).toContain(`${t('de', 'helpdesk.choice.app')} (1)`);
    expect(text).not.toMatch(ENGLISH);
    const submit = t('de', 'helpdesk.submit', { name: 'Camille Martin' });
    expect(buttonTitles(request.card)).toEqual([submit, t('de', 'helpdesk.dismiss')]);

    const submitted = await tech.submit(request.id, submitData(request.card, submit, { choice: 'app', reason: 'lostPhone' }));
    // The technician's waiting card: German.
    const waiting = cardText(submitted.updates[0]!.card);
    expect(waiting).toContain(t('de', 'helpdesk.status.waiting.title', { name: 'Camille Martin' }));
    expect(waiting).not.toMatch(ENGLISH);

    // Camille's card, in her own chat: French, not German.
    const delivered = rig.teams.activities.find((a) => a.conversationId === camilleConversation)!;
    const card = cardsOf([delivered.body])[0]!;
    const targetText = cardText(card);
    expect(targetText).toContain(t('fr', 'helpdesk.target.title', { technician: 'Tess Tech' }));
    expect(targetText).toContain(t('fr', 'helpdesk.target.intro'));
    expect(targetText).toContain(t('fr', 'method.microsoftAuthenticator.title'));
    expect(targetText).not.toContain(t('de', 'helpdesk.target.intro'));
    expect(targetText).not.toMatch(ENGLISH);
    expect(buttonTitles(card)).toEqual([t('fr', 'helpdesk.target.yes'), t('fr', 'helpdesk.target.no')]);

    // Camille says Oui from her French client: her card closes in French, the technician's card in German.
    await camille.submit(delivered.id, submitData(card, t('fr', 'helpdesk.target.yes')));
    const camilleDone = cardText(cardsOf([rig.teams.updates.at(-1)!.body])[0]!);
    expect(camilleDone).toContain(t('fr', 'outcome.removed'));
    const techUpdate = rig.bot.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === named.calls[0]!.conversationId).at(-1)!;
    const techDone = cardText(cardsOf([techUpdate.body])[0]!);
    expect(techDone).toContain(t('de', 'helpdesk.status.done.title', { name: 'Camille Martin' }));
    expect(techDone).toContain(t('de', 'outcome.removed'));
    expect(techDone).not.toContain(t('fr', 'outcome.removed'));
  });

  it("a target without a preferred language gets the technician's language (nothing better is known)", async () => {
    rig = await startHelpdeskRig();
    const tech = speaking(rig.technician(), 'de-DE');
    const request = (await tech.say(`MFA für ${ANA_UPN} zurücksetzen`)).cards[0]!;
    await tech.submit(request.id, submitData(request.card, t('de', 'helpdesk.submit', { name: 'Ana Lopez' }), { choice: 'app', reason: 'lostPhone' }));
    const delivered = rig.teams.activities.find((a) => a.conversationId === `a:1on1-${ANA}`)!;
    expect(cardText(cardsOf([delivered.body])[0]!)).toContain(t('de', 'helpdesk.target.intro'));
  });
});
