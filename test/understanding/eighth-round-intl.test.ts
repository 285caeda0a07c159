import { describeClasses, type ClassCase } from './class-table.js';

/**
 * Classes the first run of round 8 found in the seven other languages (blind8-formal-intl, now
 * tuned-blind8-formal-intl), fixed in the lexicons (README "After fixing classes (eighth round; not
 * a first run)"). Own paraphrases, never the corpus lines. Each is read with its Teams locale and
 * from an en-US client, and must come out the same, in its language.
 */
const CASES: readonly ClassCase[] = [
  // a thank-you "in advance" is no planning for later
  ['thanks in advance', 'de-DE', 'Hallo, mein Handy ist kaputt. Bitte setzen Sie mein MFA zurück. Danke im Voraus!', 'reset', 'all'],
  ['thanks in advance', 'it-IT', "Buongiorno, ho perso il telefono, potete resettare l'MFA? Grazie in anticipo", 'reset', 'all'],
  ['thanks in advance', 'pt-BR', 'Bom dia, troquei de celular, podem redefinir meu MFA? Agradeço antecipadamente.', 'reset', 'all'],
  // …planning said in so many words still waits
  ['later', 'de-DE', 'Nächsten Monat bekomme ich ein neues Handy, dann muss das MFA zurückgesetzt werden.', 'clarify'],
  // an "if" clause after a greeting and a question: a question, not a request
  ['if, later in the message', 'de-DE', 'Hallo, kurze Frage: Wenn mein MFA zurückgesetzt wird, muss ich dann alles neu einrichten?', 'aboutMfa'],
  ['if, later in the message', 'nl-NL', 'Hoi, vraagje: als mijn MFA gereset wordt, moet ik dan alles opnieuw instellen?', 'aboutMfa'],
  // the members of the sender's team, the sender's report: someone else
  ['team members, reports', 'fr-FR', 'Pourriez-vous réinitialiser la MFA de tous les membres de mon service ? Je suis leur responsable.', 'otherUser'],
  ['team members, reports', 'it-IT', "La mia collaboratrice Giulia ha un telefono nuovo, potete resettarle l'MFA? Sono la sua responsabile.", 'otherUser'],
  ['team members, reports', 'de-DE', 'Mein Mitarbeiter hat sein Handy verloren, können Sie sein MFA zurücksetzen? Ich bin sein Vorgesetzter.', 'otherUser'],
  ['team members, reports', 'es-ES', '¿Podéis restablecer el MFA de mi colaborador Jorge? Soy su jefe.', 'otherUser'],
  // "I don't want you to delete …", "leave it as it is": a refusal
  ['refusal', 'es-ES', 'No quiero que me quitéis la app del autenticador, déjalo como está, gracias.', 'negation'],
  ['refusal', 'pt-BR', 'Não quero que vocês apaguem meu número, deixa como está.', 'negation'],
  ['refusal', 'it-IT', 'Non voglio che mi cancelliate la chiave di sicurezza, era solo una domanda.', 'negation'],
  // a caller pretending to be IT who asked for the code: phishing
  ['vishing', 'it-IT', "Mi ha chiamato uno fingendosi del supporto IT e voleva che gli leggessi il codice dell'SMS.", 'security'],
  ['vishing', 'es-ES', 'Me llamó alguien haciéndose pasar por soporte y me pidió leerle el código del SMS.', 'security'],
  ['vishing', 'de-DE', 'Jemand rief an, gab sich als IT-Support aus und wollte, dass ich den Code vorlese.', 'security'],
  // a sign-in "I never did": an attack
  ['not me', 'pl-PL', 'Dostałem powiadomienie o logowaniu z Brazylii, a to nie byłem ja.', 'security'],
  ['not me', 'fr-FR', "J'ai reçu une alerte de connexion depuis l'Espagne, ce n'était pas moi.", 'security'],
  // the password, with the code said to arrive
  ['password, MFA fine', 'es-ES', 'Olvidé mi contraseña; el código del móvil me llega sin problema. ¿Cómo la cambio?', 'password'],
  ['password, MFA fine', 'nl-NL', 'Ik ben mijn wachtwoord vergeten, de code op mijn telefoon komt wel gewoon binnen.', 'password'],
  // Dutch: "take it off my account" is a request; "keeps giving an error" is no attack
  ['nl request', 'nl-NL', 'Graag mijn oude beveiligingssleutel van mijn account halen, ik ben hem kwijt.', 'reset', 'securityKey'],
  ['nl error', 'nl-NL', 'Mijn Authenticator geeft steeds een foutmelding bij het goedkeuren.', 'clarify'],
];

describeClasses('round 8 fixes, in every language', CASES);
