import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { stripSignature } from '../../src/understanding/signature.js';
import type { Intent } from '../../src/understanding/types.js';

const type = (text: string, locale = 'en-US'): Intent['type'] => understand(text, { locale }).intent.type;

describe('classes fixed after the second blind round (paraphrases, not the held-out lines)', () => {
  it('treats a shared or functional mailbox as someone else in every language: never a card', () => {
    const lines = [
      'the team mailbox for invoices wants MFA now, reset it please',
      'das Funktionspostfach einkauf@ will auf einmal MFA, bitte zurücksetzen',
      'skrzynka współdzielona działu IT prosi o MFA, zresetuj to',
      'la boîte partagée du support demande la MFA, réinitialise-la',
      'el buzón compartido de compras pide MFA, restablécelo por favor',
      'a caixa compartilhada do financeiro pede MFA, redefine por favor',
      'la casella condivisa del magazzino chiede MFA, resettala per favore',
      'het gedeelde postvak van HR vraagt om MFA, graag resetten',
    ];
    for (const l of lines) expect([l, type(l)]).toEqual([l, 'otherUser']);
  });

  it('reads a short Polish "undo" as Polish (undo), not as an English reset', () => {
    const r = understand('cofnij ten reset', { locale: 'en-US' });
    expect(r.language).toBe('pl');
    expect(r.intent.type).toBe('undo');
  });

  it('sends unasked codes and prompts to security in other languages', () => {
    expect(type("on m'envoie des codes SMS alors que j'ai rien demandé")).toBe('security');
    expect(type('recibo avisos para aprobar el acceso y no estaba haciendo nada')).toBe('security');
    expect(type('dostałem powiadomienie o logowaniu, którego nie robiłem')).toBe('security');
  });

  it('answers planning for later, asked as a question, with a question, not a prompt or card', () => {
    expect(type('im nächsten Monat kommt mein neues Handy, muss ich dann etwas machen?')).toBe('aboutMfa');
    expect(type('volgende maand nieuwe telefoon, moet ik dan iets doen?')).toBe('aboutMfa');
  });

  it('asks (never a dead end) when a statement names a problem with the sender’s own method', () => {
    expect(type('my yubikey has been glitching all week')).toBe('clarify');
    // the rules place neither; the named method and the problem make it a prompt
    expect(type('my alt number belongs to my ex')).toBe('clarify');
  });
});

describe('stripSignature', () => {
  it('drops the name, title and address under a closing line', () => {
    const text = 'please reset my MFA\n\nBest regards,\nAna Lima\nHead of Sales\nana.lima@contoso.com';
    expect(stripSignature(text)).toBe('please reset my MFA\n\nBest regards,');
    expect(type(text)).toBe('reset');
  });

  it('keeps a line under the closing that is a sentence, so a target there still counts', () => {
    const text = 'please reset the MFA\nthanks\nit is for bob@contoso.com';
    expect(stripSignature(text)).toBe(text);
    expect(type(text)).toBe('otherUser');
  });

  it('leaves a message that is only a closing alone', () => {
    expect(stripSignature('Thanks,\nAna')).toBe('Thanks,\nAna');
  });
});
