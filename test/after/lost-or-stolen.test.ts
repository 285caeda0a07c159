import { describe, expect, it } from 'vitest';
import { saysLostOrStolen } from '../../src/bot/flows/after-reset.js';

describe('a message saying the phone was lost or stolen (offers signing out everywhere)', () => {
  it.each([
    'I lost my phone, reset my MFA',
    'my phone was stolen',
    'Handy verloren, bitte MFA zurücksetzen',
    'Mein Handy wurde gestohlen',
    "j'ai perdu mon téléphone",
    'on m’a volé mon portable',
    'perdí mi móvil',
    'me han robado el teléfono',
    'meu celular foi roubado',
    'ho perso il telefono',
    'mi hanno rubato il cellulare',
    'ik ben mijn telefoon kwijt',
    'mijn telefoon is gestolen',
    'zgubiłem telefon',
    'ukradziono mi telefon',
  ])('recognises "%s"', (text) => expect(saysLostOrStolen(text)).toBe(true));

  it.each(['reset my MFA', 'I got a new phone', 'neues Handy, MFA zurücksetzen', 'una persona', 'volume of prompts', 'Authenticator broke'])(
    'does not read "%s" as lost or stolen',
    (text) => expect(saysLostOrStolen(text)).toBe(false),
  );
});
