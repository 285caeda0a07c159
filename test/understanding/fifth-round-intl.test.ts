import { expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { type ClassCase, describeClasses, scopeName } from './class-table.js';
import type { Intent } from '../../src/understanding/types.js';

/**
 * Classes the first run of round 5 found in the seven other languages (blind5-european and the
 * non-English look-alikes), fixed in the lexicons (README "Other languages after round 5"). Own
 * paraphrases, one per language where the class applies: never the corpus lines. Each is read
 * with its Teams locale and from an en-US client, and must come out the same, in its language.
 */
const CASES: readonly ClassCase[] = [
  // the 2FA of a personal, non-work account is not ours to reset
  ['personal', 'de-DE', 'wie setze ich die Zwei-Faktor-Authentifizierung von meinem Instagram zurück?', 'unknown'],
  ['personal', 'fr-FR', 'je voudrais réinitialiser la double authentification de mon compte perso', 'unknown'],
  ['personal', 'es-ES', 'necesito quitar la verificación en dos pasos de mi cuenta personal de Steam', 'unknown'],
  ['personal', 'pt-BR', 'como reseto a autenticação de dois fatores da minha conta pessoal?', 'unknown'],
  ['personal', 'it-IT', "devo azzerare l'autenticazione a due fattori del mio account personale", 'unknown'],
  ['personal', 'nl-NL', 'kun je de tweestapsverificatie van mijn privé account resetten?', 'unknown'],
  ['personal', 'pl-PL', 'jak zresetować weryfikację dwuetapową na moim prywatnym koncie?', 'unknown'],
  // a question about the bot itself, even when it names a reset: help
  ['capability', 'de-DE', 'Was kann dieser Bot eigentlich? Kann man hier die MFA zurücksetzen?', 'help'],
  ['capability', 'fr-FR', 'Que peut faire ce bot ? On peut réinitialiser la MFA ici ?', 'help'],
  ['capability', 'es-ES', '¿Qué puede hacer este bot? ¿Se puede restablecer el MFA aquí?', 'help'],
  ['capability', 'pt-PT', 'Para que serve este bot? Dá para repor o MFA aqui?', 'help'],
  ['capability', 'it-IT', "Cosa fa questo bot? Si può resettare l'MFA da qui?", 'help'],
  ['capability', 'nl-NL', 'Wat doet deze bot precies? Kan ik hier mijn mfa resetten?', 'help'],
  ['capability', 'pl-PL', 'Co potrafi ten bot? Czy można tu zresetować MFA?', 'help'],
  // restore the old methods after a reset: undo
  ['undo', 'fr-FR', 'le reset était une erreur, vous pouvez restaurer mon ancien authenticator ?', 'undo'],
  ['undo', 'it-IT', 'potete rimettere i miei vecchi metodi? il reset era un errore', 'undo'],
  ['undo', 'es-ES', 'fue sin querer, ¿podéis restaurar mis métodos antiguos?', 'undo'],
  ['undo', 'pt-BR', 'foi sem querer, dá para restaurar os meus métodos antigos?', 'undo'],
  ['undo', 'nl-NL', 'kun je mijn oude methodes herstellen? die reset was per ongeluk', 'undo'],
  ['undo', 'pl-PL', 'przywróćcie moje stare metody, reset był pomyłką', 'undo'],
  // a caller posing as support asked for the code: security
  ['caller', 'pt-BR', 'um cara ligou se dizendo da TI e pediu o código do app, eu dei', 'security'],
  ['caller', 'es-ES', 'me llamó uno diciendo que era de soporte y me pidió el código', 'security'],
  ['caller', 'it-IT', 'uno spacciandosi per il supporto mi ha chiesto il codice', 'security'],
  ['caller', 'fr-FR', "un type se disant du support m'a demandé le code reçu par sms", 'security'],
  ['caller', 'de-DE', 'jemand angeblich vom Support hat angerufen und wollte den Code', 'security'],
  ['caller', 'nl-NL', 'er belde iemand die zei dat hij van de helpdesk was, hij vroeg de code', 'security'],
  ['caller', 'pl-PL', 'ktoś dzwonił, podając się za helpdesk, i poprosił o kod z aplikacji', 'security'],
  // sign-in prompts or codes nobody started: security
  ['prompts', 'pt-PT', 'chegou-me um código por sms e eu não tentei entrar em lado nenhum', 'security'],
  ['prompts', 'es-ES', 'me llegan códigos de verificación y no he intentado iniciar sesión', 'security'],
  ['prompts', 'it-IT', 'mi arrivano notifiche di accesso ma non stavo accedendo a niente', 'security'],
  ['prompts', 'fr-FR', "je reçois des codes alors que je n'ai pas essayé de me connecter", 'security'],
  ['prompts', 'de-DE', 'ich bekomme Anmeldeanfragen, hab mich aber nicht angemeldet', 'security'],
  ['prompts', 'nl-NL', 'ik krijg inlogverzoeken terwijl ik niks aan het doen ben', 'security'],
  ['prompts', 'pl-PL', 'dostaję prośby o zatwierdzenie logowania, a nie logowałam się', 'security'],
  // a phone number on my methods that I do not know: security
  ['unknown number', 'de-DE', 'bei meinen Methoden steht eine unbekannte Nummer', 'security'],
  ['unknown number', 'fr-FR', 'il y a un numéro inconnu dans mes méthodes de connexion', 'security'],
  ['unknown number', 'es-ES', 'en mis métodos aparece un número que no conozco', 'security'],
  ['unknown number', 'pt-BR', 'tem um número desconhecido nos meus métodos de login', 'security'],
  ['unknown number', 'it-IT', 'tra i miei metodi c’è un numero che non conosco', 'security'],
  ['unknown number', 'nl-NL', 'er staat een onbekend nummer bij mijn methodes', 'security'],
  ['unknown number', 'pl-PL', 'w moich metodach jest nieznany numer telefonu', 'security'],
  // the password is the problem and the MFA works: password
  ['password', 'de-DE', 'Mein Passwort ist abgelaufen, die MFA funktioniert. Was nun?', 'password'],
  ['password', 'fr-FR', "j'ai oublié mon mot de passe, pas la double authentification", 'password'],
  ['password', 'es-ES', 'olvidé la contraseña; el MFA va bien, ¿cómo la cambio?', 'password'],
  ['password', 'pt-BR', 'esqueci a senha, o mfa está funcionando, e agora?', 'password'],
  ['password', 'it-IT', "la password è scaduta, l'mfa funziona, come la rinnovo?", 'password'],
  ['password', 'nl-NL', 'mijn wachtwoord is verlopen, mijn mfa werkt gewoon', 'password'],
  ['password', 'pl-PL', 'hasło mi wygasło, mfa działa, co robić?', 'password'],
  // a quoted reset inside a question: a question
  ['quoted', 'es-MX', '¿qué pasa si pongo «borrar mi MFA» aquí? ¿se borra todo?', 'aboutMfa'],
  ['quoted', 'de-DE', 'was passiert, wenn ich „alles löschen“ schreibe? wird alles gelöscht?', 'aboutMfa'],
  // thanks for the help: thanks, not a call for help
  ['thanks', 'pl-PL', 'dzięki za pomoc!', 'thanks'],
  ['thanks', 'nl-NL', 'bedankt voor de hulp', 'thanks'],
  // an error message is a problem (the prompt), not an attack; "no idea whether a reset is needed" is doubt (the prompt)
  ['error', 'nl-NL', 'mijn authenticator app geeft de hele tijd een foutmelding', 'clarify'],
  ['error', 'de-DE', 'der Authenticator zeigt ständig eine Fehlermeldung beim Anmelden', 'clarify'],
  ['doubt', 'nl-NL', 'mijn sms codes komen soms niet, geen idee of resetten helpt', 'clarify'],
  ['doubt', 'pl-PL', 'authenticator działa dziwnie, nie wiem czy trzeba go zresetować', 'clarify'],
  // Spanish / French "se" is no "if": a request stays a request
  ['se', 'es-ES', 'se me cayó el móvil al agua, ¿me podéis borrar el authenticator?', 'reset', 'authenticator'],
  // the person sitting next to the sender is someone else
  ['beside me', 'nl-NL', 'kunnen jullie de authenticator resetten? ze zit naast me en is haar telefoon kwijt', 'otherUser'],
  ['beside me', 'de-DE', 'bitte die MFA zurücksetzen, er sitzt neben mir und kommt nicht rein', 'otherUser'],
  ['beside me', 'pl-PL', 'zresetujcie mfa, siedzi obok mnie i nie może się zalogować', 'otherUser'],
  ['beside me', 'it-IT', "potete azzerare l'autenticazione? siede accanto a me e non riesce ad accedere", 'otherUser'],
  // "can I have two …?": a question about what is allowed, not a request
  ['can I have', 'pt-BR', 'dá para ter o authenticator em dois celulares?', 'aboutMfa'],
  ['can I have', 'es-ES', '¿puedo tener dos llaves de seguridad a la vez?', 'aboutMfa'],
  ['can I have', 'fr-FR', 'est-il possible d’avoir deux clés de sécurité ?', 'aboutMfa'],
  ['can I have', 'it-IT', 'ciao, posso avere due chiavette di sicurezza sul mio account?', 'aboutMfa'],
  ['can I have', 'de-DE', 'kann ich zwei Sicherheitsschlüssel gleichzeitig haben?', 'aboutMfa'],
  ['can I have', 'nl-NL', 'kan ik twee beveiligingssleutels tegelijk hebben?', 'aboutMfa'],
  ['can I have', 'pl-PL', 'czy mogę mieć dwa klucze bezpieczeństwa naraz?', 'aboutMfa'],
  // a compound list noun: the list
  ['list', 'nl-NL', 'welke aanmeldmethodes heb ik eigenlijk?', 'list'],
];

describeClasses('the seven other languages after round 5 (own paraphrases of each class)', CASES, () => {
  it('never reads the new words where they mean something else', () => {
    const CASES2: readonly (readonly [string, string, Intent['type'], string?])[] = [
      // an e-mail method at a personal address is still an MFA method of the work account
      ['es-ES', 'quitad mi correo alternativo de gmail de mis métodos', 'reset', 'email'],
      ['nl-NL', 'verwijder mijn hotmail adres uit mijn methodes', 'reset', 'email'],
      // a number that is no longer mine is a changed number, not an attack
      ['es-ES', 'borrad el móvil alternativo, ese número ya no es mío', 'reset', 'phone/alternateMobile'],
      ['pt-BR', 'apaguem o celular antigo, esse número já não é meu', 'reset'],
      // a real refusal stays a refusal; "if" in Portuguese / Italian still opens a hypothetical
      ['nl-NL', 'niet resetten alsjeblieft, mijn authenticator werkt', 'negation'],
      ['it-IT', 'se cambio telefono il mese prossimo, devo rifare l’authenticator?', 'aboutMfa'],
      // a problem beside the password keeps the MFA prompt; a help request with thanks is help
      ['de-DE', 'neues Passwort, aber die MFA funktioniert nicht mehr', 'clarify'],
      ['pl-PL', 'potrzebuję pomocy, dziękuję z góry. co mam zrobić?', 'help'],
    ];
    for (const [locale, text, want, scope] of CASES2) {
      const u = understand(text, { locale });
      const got = [u.intent.type, ...(scope === undefined ? [] : [scopeName('scope' in u.intent ? u.intent.scope : undefined)])];
      expect([text, got]).toEqual([text, [want, ...(scope === undefined ? [] : [scope])]]);
    }
    // Finnish and Romanian are not French: an English answer that says so
    for (const text of ['hei, voitko nollata tunnistautuminen? sain uuden puhelimen', 'bună ziua, nu mai primesc codurile, puteți să mă ajutați?'])
      expect([text, understand(text, { locale: 'en-US' }).unsupportedLanguage]).toEqual([text, true]);
    // the app, not a person, asks for the code: no attack, no card
    for (const [locale, text] of [
      ['es-ES', 'la app me pidió el código otra vez, ¿es normal?'],
      ['nl-NL', 'de authenticator vroeg om de code, is dat normaal?'],
      ['pl-PL', 'aplikacja poprosiła o kod dwa razy, czy to normalne?'],
      ['fr-FR', "l'appli m'a demandé le code deux fois, c'est normal ?"],
    ] as const) {
      const type = understand(text, { locale }).intent.type;
      expect([text, type === 'security' || type === 'reset']).toEqual([text, false]);
    }
  });
});
