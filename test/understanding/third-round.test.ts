import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import type { Intent, ResetScope } from '../../src/understanding/types.js';

/** Own paraphrases of the classes the round-3 first run found (never the held-out lines). */
const read = (text: string): Intent => understand(text, { locale: 'en-US' }).intent;
const type = (text: string): Intent['type'] => read(text).type;
const scope = (text: string): ResetScope | undefined => {
  const i = read(text);
  return i.type === 'reset' || i.type === 'clarify' ? i.scope : undefined;
};
const each = (lines: readonly string[], f: (l: string) => unknown, want: unknown): void => {
  for (const l of lines) expect([l, f(l)]).toEqual([l, want]);
};

describe('classes fixed after the third blind round (own paraphrases, every language)', () => {
  it('lets a totality word or "reset my MFA" win over a method the story names: everything', () => {
    each(
      [
        'Handy ist ins Wasser gefallen und der Authenticator damit auch weg. Bitte mein komplettes MFA zurücksetzen.',
        "Mon téléphone a été volé avec l'appli Authenticator dessus, pouvez-vous tout réinitialiser sur mon compte ?",
        'Se me rompió el móvil y con él el Authenticator. Por favor reseteen todo mi MFA.',
        'O telemóvel caiu na piscina e o autenticador foi junto. Podem repor tudo no meu MFA?',
        "Mi hanno rubato il telefono con l'Authenticator sopra, per favore resettate tutto il mio MFA.",
        'Mijn telefoon is gestolen, de authenticator stond erop. Kunnen jullie mijn MFA volledig resetten?',
        'Ukradli mi telefon razem z Authenticatorem. Proszę zresetować całe moje MFA.',
        "my authenticator was on the phone I left in a taxi. please clear out my 2FA and I'll add the app again",
      ],
      scope,
      { kind: 'all' },
    );
  });

  it('keeps the method named before "… from my MFA" (MFA is where it is, not what to remove)', () => {
    each(
      [
        'Die Festnetznummer im Büro gibt es nicht mehr, bitte aus meinem MFA löschen.',
        "le numéro fixe du bureau n'existe plus, merci de le retirer de mon MFA",
      ],
      scope,
      { kind: 'phone', phoneType: 'office' },
    );
  });

  it('reads the second / alternative mobile as the alternate mobile in every language', () => {
    each(
      [
        'bitte die zweite Handynummer entfernen, die Hauptnummer soll bleiben',
        'supprimez le deuxième numéro de portable de mon compte svp',
        'quiten el segundo número de celular de mi cuenta, ya no lo uso',
        'apaguem o segundo número de telemóvel da minha conta',
        'eliminate il secondo numero di cellulare dal mio account',
        'verwijder het tweede mobiele nummer van mijn account',
        'usuń proszę drugi numer komórkowy z mojego konta',
      ],
      scope,
      { kind: 'phone', phoneType: 'alternateMobile' },
    );
  });

  it('reads a named third-party code app (Google Authenticator, Authy) as the software token only', () => {
    each(
      [
        'bitte Google Authenticator von meinem Konto entfernen, ich nutze jetzt die Microsoft-App',
        "supprimez Google Authenticator de mon compte, je n'utilise plus cette appli",
        'elimina Google Authenticator de mi cuenta por favor',
        'remova o Google Authenticator da minha conta, por favor',
        'rimuovi Google Authenticator dal mio account, grazie',
        'verwijder Google Authenticator van mijn account alsjeblieft',
        'usuń Google Authenticator z mojego konta',
        'please delete the Authy token from my account',
      ],
      scope,
      { kind: 'other', methodKinds: ['softwareOath'] },
    );
  });

  it('reads office / fixed / desk lines as the office phone in every language', () => {
    each(
      [
        'die Durchwahl im Büro bitte aus meinen Methoden entfernen',
        'retirez la ligne fixe du bureau de mes méthodes',
        'borren la línea fija de la oficina de mis métodos',
        'removam o ramal do escritório dos meus métodos',
        "eliminate la linea fissa dell'ufficio dai miei metodi",
        'het vaste nummer van mijn bureau mag weg uit mijn account',
        'usuń numer biurowy z moich metod',
        'please remove the desk line from my sign-in methods',
      ],
      scope,
      { kind: 'phone', phoneType: 'office' },
    );
  });

  it('reads a personal / alternative / backup e-mail as the e-mail method', () => {
    each(
      [
        'retirez mon adresse courriel personnelle de mes méthodes',
        'quiten mi correo alternativo de hotmail de la cuenta',
        'removam o e-mail alternativo da minha conta',
        "eliminate l'indirizzo email personale dal mio account",
        'bitte meine private Mailadresse aus den Methoden löschen',
        'verwijder mijn hotmail adres uit mijn methoden',
        'usuń mój prywatny adres gmail z konta',
        'please remove my backup email from my verification methods',
      ],
      scope,
      { kind: 'email' },
    );
  });

  it('answers "show me first, before you delete anything" with the list, never a card or a refusal', () => {
    each(
      [
        'Bevor du etwas entfernst, zeig mir bitte, was bei mir hinterlegt ist',
        'avant de supprimer quoi que ce soit, montre-moi ce qui est enregistré',
        'antes de borrar algo, ¿qué tengo registrado?',
        'antes de apagar qualquer coisa, mostra-me o que tenho registado',
        'prima di cancellare qualcosa fammi vedere cosa ho registrato',
        'voordat je iets verwijdert, laat me zien wat er op mijn account staat',
        'zanim coś usuniesz, pokaż mi co mam zarejestrowane',
        'before you wipe anything, what do I have on my account right now?',
      ],
      type,
      'list',
    );
  });

  it('treats a sign-in the sender did not make as security even when it ends with "reset"', () => {
    each(
      [
        'jemand hat sich gerade aus Brasilien mit meinem Konto angemeldet, das war ich nicht! Bitte alles zurücksetzen',
        "quelqu'un s'est connecté à mon compte depuis le Canada, ce n'était pas moi. réinitialisez tout",
        'alguien entró a mi cuenta desde otro país, yo no fui. Reseteen el MFA',
        'alguém fez login na minha conta a partir de Angola, não fui eu. Resetem tudo',
        "qualcuno ha fatto l'accesso al mio account dalla Cina, non ero io. resettate tutto",
        'iemand heeft ingelogd op mijn account vanuit Spanje, dat was ik niet. reset alles',
        'ktoś się zalogował na moje konto z Niemiec, to nie byłem ja. zresetujcie wszystko',
        'my authenticator showed a sign-in request from Portugal, I am in Leeds. reset my MFA now',
      ],
      type,
      'security',
    );
  });

  it('treats someone posing as IT and wanting the code, or prompts while not signing in, as security', () => {
    each(
      [
        "uno su WhatsApp dice di essere dell'help desk e vuole il mio codice",
        'jemand gibt sich als IT-Support aus und will den Code aus meiner SMS',
        'a caller claiming to be from IT wanted the code from my authenticator',
        'ktoś podaje się za dział IT i chce kod z SMS',
        'alguien se hace pasar por soporte y quiere mi código',
        'iemand doet zich voor als de helpdesk en wil mijn code',
        "quelqu'un se fait passer pour le support et veut mon code",
        'alguém está se passando pelo suporte e quer o meu código',
        'ciągle przychodzą prośby o zatwierdzenie w Authenticatorze, a ja się nigdzie nie loguję',
        'mi arrivano notifiche di accesso sull Authenticator ma non sto facendo niente',
        'approval prompts keep arriving and I did not log in anywhere',
        'ik krijg meldingen in de authenticator maar ik log nergens in',
      ],
      type,
      'security',
    );
  });

  it('treats a new hire, a new colleague or the director as someone else: never a card', () => {
    each(
      [
        'Bitte für unsere neue Werkstudentin das MFA zurücksetzen',
        'proszę zresetować MFA dla nowego pracownika z magazynu',
        "bisogna resettare l'MFA del direttore, è in viaggio",
        'podem redefinir o MFA do novo colega da logística?',
        'hay que resetear el MFA del nuevo compañero de ventas',
        'il faut réinitialiser la MFA du nouveau collègue de la compta',
        'kunnen jullie de MFA van de nieuwe collega resetten?',
      ],
      type,
      'otherUser',
    );
  });

  it('does not read a restarted phone as a reset request', () => {
    each(
      [
        'não recebo os códigos por SMS, já reiniciei o telemóvel',
        'no me llegan los códigos por SMS, ya reinicié el celular dos veces',
        'non arrivano i codici via SMS, ho già riavviato il telefono',
      ],
      type,
      'clarify',
    );
  });

  it('gives a card for a broken or lost method with a removal verb, and for formal removal requests', () => {
    expect(read('perdi a minha chave de segurança, tira ela da minha conta por favor')).toEqual({ type: 'reset', scope: { kind: 'securityKey' } });
    expect(read('mijn beveiligingssleutel is kapot, kun je die uit mijn account halen?')).toEqual({ type: 'reset', scope: { kind: 'securityKey' } });
    expect(read('venho por este meio solicitar a remoção do meu número de telemóvel antigo')).toEqual({
      type: 'reset',
      scope: { kind: 'phone', phoneType: 'mobile' },
    });
    expect(read('je vous demande la suppression de mon adresse courriel de secours')).toEqual({ type: 'reset', scope: { kind: 'email' } });
    expect(read('chiedo cortesemente la rimozione della mia chiave di sicurezza')).toEqual({ type: 'reset', scope: { kind: 'securityKey' } });
  });

  it('answers a hypothetical "if … ?" with information, and a greeting before a problem with a prompt', () => {
    expect(type('Wenn ich mein Handy tausche, muss ich das MFA dann neu einrichten?')).toBe('aboutMfa');
    expect(type('si cambio de móvil el mes que viene, ¿tengo que volver a configurar el MFA?')).toBe('aboutMfa');
    expect(type('Guten Morgen, seit gestern klappt die Anmeldebestätigung nicht mehr, können Sie mir helfen?')).toBe('clarify');
    expect(type('Hallo zusammen, seit heute klappt die Anmeldung am Laptop nicht mehr, können Sie mir helfen?')).toBe('clarify');
    expect(type("Buongiorno, da stamattina l'accesso non funziona più, potete aiutarmi?")).toBe('clarify');
  });

  it('English: withdrawals are negations, a mistaken reset is undo, own deletions and statements of a problem are asked about', () => {
    expect(type('I want to withdraw the request I sent earlier, the old phone works again so no reset needed')).toBe('negation');
    expect(type('you wiped my MFA by mistake this morning, can I get the old authenticator back?')).toBe('undo');
    expect(type('I accidentally removed the authenticator app while tidying up my phone')).toBe('clarify');
    expect(type('please withdraw my request from yesterday, the phone turned up at home and I no longer need the reset')).toBe('negation');
    expect(type('I deleted the authenticator by accident when cleaning up storage')).toBe('clarify');
    expect(read('please delete the landline from my methods, we cancelled it')).toEqual({ type: 'reset', scope: { kind: 'phone', phoneType: 'office' } });
    expect(type("the authenticator hasn't shown any approvals since my flight")).toBe('clarify');
    expect(type('security key not recognised on the front desk pc')).toBe('clarify');
    expect(type('nothing comes through on my cell since I switched carriers')).toBe('clarify');
    expect(type("the allow button isn't popping up on my android lately")).toBe('clarify');
    expect(read('we cancelled the old landline. please delete it from my methods')).toEqual({ type: 'reset', scope: { kind: 'phone', phoneType: 'office' } });
    expect(read('remove the authenticator that lives on my old work phone')).toEqual({ type: 'reset', scope: { kind: 'authenticator' } });
  });
});
