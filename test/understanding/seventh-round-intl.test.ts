import { expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { type ClassCase, describeClasses } from './class-table.js';

/**
 * Classes the first run of round 7 found in the seven other languages (blind7-european, now
 * tuned-blind7-european), fixed in the lexicons (README "After fixing classes (seventh round; not a
 * first run)"). Own paraphrases, never the corpus lines. Each is read with its Teams locale and from
 * an en-US client, and must come out the same, in its language.
 */
const CASES: readonly ClassCase[] = [
  // a whole team, shift or department: someone else's MFA, never a card
  ['group', 'de-DE', 'Bitte das MFA für die ganze Schicht zurücksetzen, alle haben neue Handys.', 'otherUser'],
  ['group', 'fr-FR', 'Pouvez-vous réinitialiser la MFA de toute mon équipe ? Ils ont changé de téléphone.', 'otherUser'],
  ['group', 'es-ES', 'Necesito restablecer el MFA a todo el equipo de almacén, tienen móviles nuevos.', 'otherUser'],
  ['group', 'pt-BR', 'Preciso redefinir o MFA de toda a equipe do turno da noite.', 'otherUser'],
  ['group', 'it-IT', "Dovrei resettare l'MFA a tutto il reparto, hanno cambiato telefono.", 'otherUser'],
  ['group', 'nl-NL', 'Kunnen jullie de MFA van het hele team resetten? Iedereen heeft een nieuwe telefoon.', 'otherUser'],
  ['group', 'pl-PL', 'Proszę zresetować MFA dla całego zespołu, wszyscy mają nowe telefony.', 'otherUser'],
  // …the sender's own MFA, all of it, stays the sender's
  ['own, all of it', 'de-DE', 'Bitte mein ganzes MFA zurücksetzen, neues Handy.', 'reset', 'all'],
  ['own, all of it', 'pl-PL', 'Proszę zresetować całe moje MFA, mam nowy telefon.', 'reset', 'all'],
  // "put back the methods I had before": an undo
  ['had before', 'pt-PT', 'Fiz o reset por engano, podem voltar a pôr o que eu tinha antes?', 'undo'],
  ['had before', 'es-ES', 'Hice el reset sin querer, ¿podéis volver a poner lo que tenía antes?', 'undo'],
  ['had before', 'fr-FR', "J'ai fait la réinitialisation par erreur, vous pouvez remettre ce que j'avais avant ?", 'undo'],
  ['had before', 'it-IT', 'Ho fatto il reset per sbaglio, potete rimettere quello che avevo prima?', 'undo'],
  // the Wi-Fi's password is not the account's
  ['wifi', 'es-ES', '¿Cuál es la contraseña del wifi de la sala de reuniones?', 'unknown'],
  ['wifi', 'de-DE', 'Wie lautet das Passwort für das Gäste-WLAN?', 'unknown'],
  // …the account's password still is
  ['password', 'es-ES', 'He olvidado mi contraseña, ¿me la podéis restablecer?', 'password'],
  // a negated verb in a later clause, about the old phone, after a request that named the method
  ['negated story', 'pl-PL', 'Usuńcie proszę aplikację Authenticator z mojego konta, bo stary telefon nie chce się odłączyć', 'clarify'],
  // …"don't remove" itself still refuses
  ['refusal', 'pl-PL', 'Nie usuwajcie mojej aplikacji Authenticator, proszę', 'negation'],
];

describeClasses('round 7 fixes, in every language', CASES, () => {
  it.each([
    ['sk-SK', 'Dobrý deň, potrebujem resetovať MFA, stratil som mobil'],
    ['en-US', 'Dobrý deň, prosím resetujte mi overovanie, mám nový mobil'],
    ['es-ES', "Bon dia, necessito restablir l'autenticació, he perdut el mòbil"],
    ['es-ES', 'Ola, perdín o móbil, podedes restablecer a autenticación? Grazas'],
    ['de-DE', 'Moien, ech hunn mäin Handy verluer, kënnt dir d’MFA zerécksetzen?'],
  ] as const)('%s: %s is a language we do not support', (locale, text) => {
    const u = understand(text, { locale });
    expect(u.unsupportedLanguage, u.explain).toBe(true);
    expect(u.intent.type).not.toBe('reset');
  });
});
