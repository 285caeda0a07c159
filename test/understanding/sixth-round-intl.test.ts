import { expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { type ClassCase, describeClasses } from './class-table.js';
import type { Intent } from '../../src/understanding/types.js';

/**
 * Classes the first run of round 6 found in the seven other languages (blind6-mixed, now
 * tuned-blind6-mixed), fixed in the lexicons (README "Other languages after round 6"). Own
 * paraphrases, never the corpus lines. Each is read with its Teams locale and from an en-US client,
 * and must come out the same, in its language.
 */
const CASES: readonly ClassCase[] = [
  // a past reset that solved the problem, told as news: about MFA, never a card
  ['solved', 'de-DE', 'Letzte Woche habt ihr mein MFA zurückgesetzt, weil das Handy kaputt war, funktioniert jetzt wieder super.', 'aboutMfa'],
  ['solved', 'fr-FR', 'Le mois dernier on a réinitialisé ma MFA après la perte de mon téléphone, tout fonctionne depuis.', 'aboutMfa'],
  ['solved', 'es-ES', 'La semana pasada me resetearon el MFA porque perdí el móvil y ya funciona todo, gracias.', 'aboutMfa'],
  ['solved', 'pt-BR', 'Semana passada perdi o celular e vocês resetaram meu MFA, agora funciona normal.', 'aboutMfa'],
  ['solved', 'it-IT', "La settimana scorsa mi avete resettato l'MFA dopo che ho rotto il telefono, ora funziona tutto.", 'aboutMfa'],
  ['solved', 'nl-NL', 'Vorige maand is mijn MFA gereset toen mijn telefoon gestolen was, alles werkt weer.', 'aboutMfa'],
  ['solved', 'pl-PL', 'W zeszłym tygodniu zresetowaliście mi MFA po kradzieży telefonu, teraz działa bez problemu.', 'aboutMfa'],
  // the MFA of a named person: someone else's account, never a card
  ['named', 'de-DE', 'Bitte setzt das MFA von Jonas Becker zurück, er kommt nicht mehr rein.', 'otherUser'],
  ['named', 'fr-FR', 'Merci de réinitialiser la MFA de Claire Martin, elle a perdu son téléphone.', 'otherUser'],
  ['named', 'es-ES', 'Necesito que reseteéis el MFA de Lucía Gómez, está sin acceso.', 'otherUser'],
  ['named', 'pt-BR', 'Podem resetar o MFA da Ana Ribeiro? Ela trocou de celular.', 'otherUser'],
  ['named', 'it-IT', "Potete resettare l'MFA di Marco Bianchi? Ha cambiato telefono.", 'otherUser'],
  ['named', 'nl-NL', 'Kunnen jullie de MFA van Sanne Jansen resetten? Ze heeft een nieuwe telefoon.', 'otherUser'],
  // the 2FA of a personal app or a personal ID service: not the work account
  ['personal', 'de-DE', 'Wie kann ich die Zwei-Faktor-Authentifizierung bei Amazon neu einrichten? Neues Handy', 'unknown'],
  ['personal', 'fr-FR', 'comment je remets la double authentification sur mon WhatsApp ? nouveau téléphone', 'unknown'],
  ['personal', 'es-ES', '¿Cómo reactivo la verificación en dos pasos de LinkedIn? He cambiado de móvil', 'unknown'],
  ['personal', 'pt-BR', 'como reativo a verificação em duas etapas do meu WhatsApp? troquei de celular', 'unknown'],
  ['personal', 'it-IT', 'come riattivo la verifica in due passaggi di SPID sul telefono nuovo?', 'unknown'],
  ['personal', 'nl-NL', 'hoe zet ik de tweestapsverificatie van DigiD opnieuw aan op mijn nieuwe telefoon?', 'unknown'],
  ['personal', 'pl-PL', 'jak ustawić ponownie weryfikację dwuetapową na Instagramie? nowy telefon', 'unknown'],
  // "what can you do?": help
  ['capability', 'de-DE', 'Moin, was kannst du denn für mich tun? Nur die MFA?', 'help'],
  ['capability', 'fr-FR', "Salut, qu'est-ce que tu sais faire ? que la MFA ?", 'help'],
  ['capability', 'es-ES', 'buenas, ¿qué sabes hacer? ¿solo MFA?', 'help'],
  ['capability', 'pt-BR', 'oi, o que você sabe fazer? só MFA?', 'help'],
  ['capability', 'it-IT', 'ciao, cosa sai fare? solo MFA?', 'help'],
  ['capability', 'nl-NL', 'hoi, wat kun je allemaal? alleen MFA?', 'help'],
  ['capability', 'pl-PL', 'cześć, co potrafisz? tylko MFA?', 'help'],
  // a theft at night is not an attack: the request keeps its card
  ['night', 'de-DE', 'Bitte mein komplettes MFA zurücksetzen, mein Handy wurde in der Nacht gestohlen.', 'reset'],
  ['night', 'es-ES', 'Por favor restableced todo mi MFA, me robaron el móvil por la noche.', 'reset'],
  ['night', 'it-IT', 'Per favore resettate tutto il mio MFA, mi hanno rubato il telefono di notte.', 'reset'],
  ['night', 'pl-PL', 'Proszę zresetować całe moje MFA, w nocy ukradli mi telefon.', 'reset'],
  // prompts at night while asleep are still an attack
  ['night-prompts', 'de-DE', 'Heute Nacht kamen dauernd Anmeldeanfragen im Authenticator, ich hab geschlafen', 'security'],
  ['night-prompts', 'it-IT', 'stanotte mentre dormivo mi sono arrivate un sacco di richieste di accesso', 'security'],
];

describeClasses('the seven other languages after round 6 (own paraphrases of each class)', CASES, () => {
  it('never reads the new words where they mean something else', () => {
    const GUARDS: readonly (readonly [string, string, Intent['type']])[] = [
      // a past reset and a problem now: still the sender's request
      ['nl-NL', 'vorige week is mijn MFA gereset maar de nieuwe app werkt niet, kunnen jullie het weer resetten?', 'reset'],
      ['pt-BR', 'mês passado resetaram meu MFA, mas o celular novo quebrou, podem resetar de novo por favor', 'reset'],
      // a company or product after "de / von" is no person
      ['fr-FR', "réinitialisez ma MFA de Microsoft s'il vous plaît, j'ai perdu mon téléphone", 'reset'],
      // a scam that came through WhatsApp is an attack, not a personal account
      ['es-ES', 'me escribieron por whatsapp diciendo que eran de soporte y les di el código', 'security'],
      // a backup in iCloud is about the work Authenticator, not a personal account
      ['de-DE', 'Mein Handy ist kaputt, das Authenticator Backup liegt in iCloud. Bitte MFA zurücksetzen.', 'reset'],
    ];
    for (const [locale, text, want] of GUARDS) expect([text, understand(text, { locale }).intent.type]).toEqual([text, want]);
  });

  it('decides a typical message in well under a millisecond', () => {
    const texts = CASES.map((c) => c[2]);
    for (let i = 0; i < 10; i++) for (const t of texts) understand(t, { locale: 'en-US' });
    const start = process.hrtime.bigint();
    const rounds = 20;
    for (let i = 0; i < rounds; i++) for (const t of texts) understand(t, { locale: 'en-US' });
    const micros = Number(process.hrtime.bigint() - start) / 1000 / (rounds * texts.length);
    expect(micros).toBeLessThan(1000);
  });
});
