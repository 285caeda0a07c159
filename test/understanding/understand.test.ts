import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import type { Intent, Understanding } from '../../src/understanding/types.js';

const u = (text: string, locale = 'en-US', self?: { upn?: string; mail?: string; name?: string }): Understanding =>
  understand(text, { locale, ...(self ? { self } : {}) });
const type = (text: string, locale = 'en-US'): Intent['type'] => u(text, locale).intent.type;

describe('the new decisions (issue 10 items 11 and 16, issue 12)', () => {
  it('answers "undo the reset" with undo, never a reset card', () => {
    expect(type('undo the reset')).toBe('undo');
    expect(type('can you revert the MFA reset you just did?')).toBe('undo');
    expect(type('Kannst du das Zurücksetzen rückgängig machen?', 'de-DE')).toBe('undo');
  });

  it('lists instead of declining "don\'t reset anything yet, first tell me what would be removed"', () => {
    expect(type("don't reset anything yet, first tell me what would be removed")).toBe('list');
  });

  it('says thanks to "thanks", points "reset my password" to password reset, and scopes Windows Hello', () => {
    expect(type('thanks')).toBe('thanks');
    expect(type('thank you so much!')).toBe('thanks');
    expect(type('reset my password')).toBe('password');
    expect(u('remove my Windows Hello').intent).toEqual({ type: 'reset', scope: { kind: 'other', methodKinds: ['windowsHelloForBusiness'] } });
  });

  it('reads prompts the user never started, unknown sign-ins and phishing as security, never a reset', () => {
    expect(u('someone keeps spamming me with MFA prompts').intent).toEqual({ type: 'security', kind: 'unexpectedPrompts' });
    expect(u('approval requests at 3 am that I never started, please reset my MFA').intent.type).toBe('security');
    expect(u("there is a sign-in I didn't make from another country").intent).toEqual({ type: 'security', kind: 'unknownSignIn' });
    expect(u('is this e-mail about MFA real?').intent).toEqual({ type: 'security', kind: 'phishing' });
    expect(type('Ich bekomme mitten in der Nacht Anmeldeanfragen, die ich nicht angefordert habe', 'de-DE')).toBe('security');
    // ...but not getting prompts at all is a problem with the sender's MFA
    expect(['reset', 'clarify']).toContain(type("I'm not getting the authenticator prompts on my new phone"));
  });

  it('turns a typed yes / no into typedConfirm / typedCancel', () => {
    expect(type('yes')).toBe('typedConfirm');
    expect(type('yes please go ahead')).toBe('typedConfirm');
    expect(type('ja', 'de-DE')).toBe('typedConfirm');
    expect(type('no')).toBe('typedCancel');
    expect(type('non merci', 'fr-FR')).toBe('typedCancel');
  });

  it('never gives a card to a lookalike: quoting, sarcasm, planning for later, "I\'m not asking for a reset"', () => {
    for (const text of [
      'what does "reset my MFA" actually do?',
      'reset my MFA /s',
      'next week I get a new phone, I will need my MFA reset then',
      "I'm not asking for a reset, just curious how MFA works",
      'reset my mfa, yeah right, as if that ever fixes anything',
    ]) {
      expect(type(text), text).not.toBe('reset');
    }
  });

  it('asks instead of explaining when a slangy message names a broken phone and MFA', () => {
    expect(['reset', 'clarify']).toContain(type('the verification codes are never delivered to me'));
    expect(['reset', 'clarify']).toContain(type('phone broke, need mfa redone'));
  });
});

describe('who the message is about', () => {
  it("treats the sender's own address and name as the sender", () => {
    const self = { upn: 'ana.lima@contoso.com', name: 'Ana Lima' };
    expect(u('reset MFA for ana.lima@contoso.com', 'en-US', self).intent.type).toBe('reset');
    expect(u('reset MFA for ana.lima@contoso.com', 'en-US', self).targets).toEqual([]);
    expect(u('please reset the MFA for Ana Lima', 'en-US', self).intent.type).toBe('reset');
    // without the self hint, the same address is someone else, and it is the target
    const other = u('reset MFA for ana.lima@contoso.com');
    expect(other.intent.type).toBe('otherUser');
    expect(other.targets).toEqual([{ kind: 'upn', value: 'ana.lima@contoso.com' }]);
  });

  it('treats an address the sender introduces as their own as the sender, without the self hint', () => {
    const r = u('Hi, this is Kim Lee (kim.lee@contoso.com). I need my MFA reset please.');
    expect(r.intent.type).toBe('reset');
    expect(r.targets).toEqual([]);
    expect(u('need my MFA reset, new phone. m.ruiz@contoso.com').intent.type).toBe('reset');
    // ...but an address after "for" is someone else's
    expect(u('Reset MFA: mark.jones@fabrikam.com').intent.type).toBe('otherUser');
  });

  it('finds a mention and a name as targets', () => {
    const m = u('<at>MFA Reset</at> reset MFA for <at>Kim Akers</at>');
    expect(m.intent.type).toBe('otherUser');
    expect(m.targets).toEqual([{ kind: 'mention', name: 'Kim Akers' }]);
    expect(u('MFA für Jonas Weber zurücksetzen', 'de-DE').intent.type).toBe('otherUser');
  });

  it('does not make a relative who broke the phone, an ex who has the old number, or a family event, the subject', () => {
    expect(type("please remove my alternate mobile number, it's my ex's phone now")).toBe('reset');
    expect(type('the approvals still go to my old phone which my son has now, pls reset my mfa')).toBe('reset');
    // ...but a colleague's or a relative's own MFA stays someone else's
    expect(type("can you reset my colleague's two-step verification")).toBe('otherUser');
    expect(type("my wife's phone broke, can you reset her two factor")).toBe('otherUser');
    expect(type('my son dropped my phone in the pool, I need my MFA reset')).toBe('reset');
    expect(type("at my sister's wedding my phone got stolen, please reset my mfa")).toBe('reset');
    // ...but asking for the relative's MFA still is someone else's
    expect(type('my son broke his phone, can you reset his MFA')).toBe('otherUser');
  });
});

describe('ask instead of guessing', () => {
  it('asks about a symptom without a request, and about a question that mentions a reset', () => {
    expect(type('got a new phone')).toBe('clarify');
    expect(type("i'm not getting the texts with the code anymore")).toBe('clarify');
    expect(type('telefoon kwijt 😭', 'nl-NL')).toBe('clarify');
    expect(type('do I need my old phone to move authenticator to the new one?')).not.toBe('reset');
    expect(type('why is my MFA not working? can you reset it')).toBe('reset');
  });

  it('keeps a request for one method beside a refusal about another from becoming a plain "no"', () => {
    expect(['reset', 'clarify']).toContain(type("I lost my security key, please remove it. The authenticator is fine, don't touch it"));
  });

  it('reads "you reset my MFA by mistake, can you put it back?" as undo and "MFA works fine, it\'s the password" as password', () => {
    expect(type('you reset my MFA by mistake, can you put it back?')).toBe('undo');
    expect(type("MFA works fine, it's the password that's locked after too many attempts")).toBe('password');
  });
});

describe('eight languages', () => {
  const cases: [string, string, Intent['type']][] = [
    ['de', 'Bitte setzen Sie meine MFA zurück, ich habe ein neues Handy', 'reset'],
    ['fr', "J'ai perdu mon téléphone, pouvez-vous réinitialiser ma MFA ?", 'reset'],
    ['es', 'Perdí mi móvil, necesito restablecer mi MFA', 'reset'],
    ['pt', 'Perdi o meu telemóvel, podem redefinir a minha MFA?', 'reset'],
    ['it', 'Ho perso il telefono, potete reimpostare la mia MFA?', 'reset'],
    ['nl', 'Ik ben mijn telefoon kwijt, kun je mijn MFA resetten?', 'reset'],
    ['pl', 'Zgubiłem telefon, proszę zresetować moje MFA', 'reset'],
    ['de', 'Bitte meine MFA nicht zurücksetzen', 'negation'],
    ['fr', 'Ne réinitialisez pas ma MFA', 'negation'],
    ['es', 'Necesito restablecer el MFA de mi compañero', 'otherUser'],
    ['it', "Puoi reimpostare l'MFA del mio collega?", 'otherUser'],
    ['nl', 'Waarom hebben we MFA nodig?', 'aboutMfa'],
    ['pl', 'Dziękuję bardzo!', 'thanks'],
  ];
  it.each(cases)('%s: %s', (lang, text, want) => {
    // the message's own language wins over an English Teams locale
    const r = u(text, 'en-US');
    expect(r.language).toBe(lang);
    expect(r.intent.type).toBe(want);
  });

  it('follows the Teams locale when the message itself is not clear', () => {
    expect(u('MFA reset', 'de-DE').language).toBe('de');
    expect(u('MFA reset', 'fr-FR').language).toBe('fr');
    expect(u('MFA reset', 'ja-JP').language).toBe('en');
  });

  it('flags a language we do not support', () => {
    for (const text of ['Hej, jag har tappat min telefon, kan du återställa min MFA?', 'Я потерял телефон, сбросьте MFA', '携帯電話をなくしました']) {
      const r = u(text);
      expect(r.unsupportedLanguage, text).toBe(true);
      expect(r.intent.type).not.toBe('reset');
    }
    expect(u('reset my MFA').unsupportedLanguage).toBe(false);
  });

  it('scopes a request to the method named, in other languages too', () => {
    expect(u('Kannst du nur meine Authenticator-App entfernen?', 'de-DE').intent).toEqual({ type: 'reset', scope: { kind: 'authenticator' } });
    expect(u('Supprimez seulement ma clé de sécurité', 'fr-FR').intent).toEqual({ type: 'reset', scope: { kind: 'securityKey' } });
    expect(u('Quita solo el número de teléfono de mis métodos', 'es-ES').intent).toEqual({ type: 'reset', scope: { kind: 'phone' } });
  });
});

describe('explanations and bounds', () => {
  it('explains which rule decided, without any of the message text', () => {
    const secret = 'Zorblax';
    for (const text of [`reset my MFA ${secret}`, `Bitte MFA zurücksetzen ${secret}`, `${secret} ${secret}`, `reset MFA for ${secret}@contoso.com`]) {
      const r = u(text);
      expect(r.explain.length).toBeGreaterThan(0);
      expect(r.explain.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });

  it('copes with non-string input, huge input and markup without throwing', () => {
    expect(understand(undefined as unknown as string).intent.type).toBe('help');
    expect(understand('ä'.repeat(200_000)).intent.type).toBe('unknown');
    expect(understand('<at>'.repeat(20_000)).intent.type).not.toBe('reset');
  });
});

describe('addresses of other people, whatever characters a UPN may hold', () => {
  it.each([
    ['reset MFA for kim.park_northwind.com#EXT#@contoso.com', 'kim.park_northwind.com#ext#@contoso.com'],
    ['remove the phone of $svc.admin@contoso.com', '$svc.admin@contoso.com'],
    ["reset mfa for o'brien@contoso.com", "o'brien@contoso.com"],
  ])('"%s" is about someone else, never the sender\'s own reset', (text, upn) => {
    const result = understand(text, { locale: 'en-US' });
    expect(result.intent.type).toBe('otherUser');
    expect(result.targets).toContainEqual({ kind: 'upn', value: upn });
  });
});
