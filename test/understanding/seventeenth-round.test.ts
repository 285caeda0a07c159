import { describe, expect, it } from 'vitest';
import { rescue } from '../../src/understanding/classifier/index.js';
import { understand, understandRules } from '../../src/understanding/index.js';
import { describeClasses, describeEnglishClasses, describeUnsupported } from './class-table.js';

/**
 * Round 17: the widened rescue made before the round (from rounds 13-16's first-run dead ends), and
 * the classes round 17's first run brought up (README "After fixing classes (seventeenth round; not
 * a first run)"). Own paraphrases, never the corpus lines.
 */
describeEnglishClasses('round 17', {
  'words of signing in are a topic for the rescue': [['not sure what is going on, the approve button on my phone just keeps loading', 'clarify']],
  'a person in the story and no one named as the target: still someone else when someone is named': [
    ['please re-register the authenticator for Marco', 'otherUser'],
    ["my daughter's phone broke and she can't log in to school", 'otherUser'],
    ['can you reset the mfa of my friend in sales', 'otherUser'],
    ["my coworker can't approve sign-ins anymore, can you help him", 'otherUser'],
    ["Priya's on leave, please reset the MFA", 'otherUser'],
    ['I manage the warehouse crew and I want their authenticators reset before Monday', 'otherUser'],
  ],
  'the policy questioned is not a request, and is never rescued into a prompt': [
    ['who decided we need mfa on every single app', 'aboutMfa'],
    ['whose idea was it to make us use the authenticator for everything', 'aboutMfa'],
    ['who decided this? my authenticator is gone, please reset it', 'reset', 'authenticator'],
    ['Why do I have to change my password every 90 days', 'password'],
  ],
  'a service or root account is someone else': [
    ['clear mfa on svc-reporting account please', 'otherUser'],
    ['reset the MFA on the AWS root account, the admin who set it up has left', 'otherUser'],
  ],
  'an attack said in plain words': [
    ['getting approval requests I never started, at 2am', 'security'],
    ['there is a sign-in from somewhere in Asia on my account and I have never been there', 'security'],
    ['Three phone numbers are listed on my account but I have only ever had one', 'security'],
  ],
  'how or where the sender would do the reset, asked': [
    ['Can I do the reset from my own phone or does it have to be a company device?', 'aboutMfa'],
    ['Could I do the reset from home or does it have to be done in the office?', 'aboutMfa'],
    ['Can I do the reset now please', 'reset', 'all'],
  ],
  'deliberating, or a phone handed back, is not a request or an undo': [
    ['Debating whether I should reset my MFA now or wait for the new phone', 'clarify'],
    ['Not sure, I might need my MFA reset? I gave my old phone back to IT last week.', 'clarify'],
    ['please give me my old number back', 'undo'],
  ],
  '"re-register me" is the sender\'s own, whoever else got new phones': [
    ['Could you re-register me? Everyone got new phones at the branch and mine is different now', 'clarify'],
  ],
});

describeClasses('round 17, the seven other languages', [
  ['a method described by what it does', 'de-DE', 'bitte die App mit den Zahlen zurücksetzen, die zeigt falsche Codes', 'reset', 'authenticator'],
  ['a method described by what it does', 'fr-FR', "l'appli qui me demande de taper un nombre plante depuis hier", 'clarify', 'authenticator'],
  ['a method described by what it does', 'fr-FR', 'le truc usb pour me connecter est cassé, vous pouvez le retirer ?', 'reset', 'securityKey'],
  ['a method described by what it does', 'pt-BR', 'o reconhecimento facial do notebook parou, dá pra resetar só isso?', 'reset', 'other'],
  ['a method described by what it does', 'it-IT', "l'impronta sul portatile non funziona più, potete resettarla?", 'reset', 'other'],
  ['a method described by what it does', 'pl-PL', 'zresetuj aplikacje co daje kody, mam nowy telefon', 'reset', 'authenticator'],
  ['Portuguese "o que" asks, the article "o" does not', 'pt-BR', 'O que acontece se eu resetar o MFA?', 'aboutMfa'],
  ['unsure whether a reset is needed', 'es-ES', 'no sé si resetear el MFA, el teléfono es nuevo', 'clarify'],
  ['unsure whether a reset is needed', 'pl-PL', 'chyba trzeba zresetowac MFA, nie wiem', 'clarify'],
  ['unsure whether a reset is needed', 'pt-BR', 'não sei se preciso resetar, o aplicativo não mostra mais minha conta', 'clarify'],
  ['a refusal of the reset', 'pt-PT', 'pera, não quero que façam reset nenhum, já entrei', 'negation'],
  ['what to do after the reset, asked', 'fr-FR', 'une fois que le MFA est réinitialisé, je dois refaire quoi sur le téléphone ?', 'aboutMfa'],
  ['what to do after the reset, asked', 'de-DE', 'Nachdem das MFA zurückgesetzt ist, was muss ich tun?', 'aboutMfa'],
  ['a prompt the sender did not start', 'de-DE', 'Eben kam eine Anmeldeanfrage aufs Handy, habe ich aber nicht gemacht', 'security'],
]);

describeUnsupported('round 17, languages the bot does not support', [['hu-HU', 'szia, elhagytam a telefonom, tudnad torolni az appot? koszi']]);

describe('round 17: the rescue of someone-else answers that name no target', () => {
  // a person in the story, the sender's own trouble, and a classifier confident it is a request
  const story = "Not sure if my colleague is right, but I can't approve the sign-ins on my phone any more";

  it('asks instead of declining, and says why in explain', () => {
    const rules = understandRules(story, { locale: 'en-GB' });
    expect(rules.intent.type).toBe('otherUser');
    expect(rules.explain.split('|')).toContain('person-without-target');
    const u = understand(story, { locale: 'en-GB' });
    expect(u.intent).toEqual({ type: 'clarify' });
    expect(u.explain).toMatch(/\|person-without-target\|clf:rescue:0\.\d\d$/);
  });

  it('never for an otherUser answer without the tag, or with a target entity', () => {
    const rules = understandRules(story, { locale: 'en-GB' });
    const untagged = { ...rules, explain: rules.explain.replace('person-without-target', 'rules') };
    expect(rescue(untagged, story)).toBe(untagged);
    const targeted = { ...rules, targets: [{ kind: 'name' as const, value: 'Marco' }] };
    expect(rescue(targeted, story)).toBe(targeted);
  });
});
