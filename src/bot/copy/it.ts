import type { Messages } from './index.js';

/**
 * Italian ("tu", as Microsoft 365 and Teams address Italian users; what to type: "reimposta MFA",
 * "mostra i miei metodi MFA", "aiuto").
 */
export const it: Messages = {
  'list.join.two': '{a} e {b}',
  'list.join.many': '{head} e {last}',
  'list.join.sep': ', ',
  'duration.seconds.one': '{n} secondo',
  'duration.seconds.other': '{n} secondi',
  'duration.minutes.one': '{n} minuto',
  'duration.minutes.other': '{n} minuti',

  'demo.notice': 'Modalità demo: tenant simulato, nessun account reale viene modificato.',
  'demo.once': 'Modalità demo: questo bot lavora su un tenant simulato, quindi nessun account reale viene modificato.',

  welcome:
    'Ciao, sono l’assistente per la reimpostazione dell’MFA. Se hai perso o sostituito il telefono, o se l’app Authenticator ha smesso di funzionare, posso rimuovere i tuoi metodi MFA registrati così potrai configurarli di nuovo. Prova con {commands}.',
  help: 'Posso reimpostare la tua MFA (autenticazione a più fattori) se hai perso o sostituito il telefono, o se l’app Authenticator non funziona più. Ti mostro sempre cosa verrà rimosso e ti chiedo conferma prima di cambiare qualsiasi cosa. Prova con {commands}.',
  commands: '"reimposta MFA", "reimposta app Authenticator", "mostra i miei metodi MFA" o "aiuto"',
  greeting: 'Ciao! Posso reimpostare la tua MFA se hai perso o sostituito il telefono. Scrivi "reimposta MFA" per iniziare, o "aiuto" per saperne di più.',
  thanks: 'Prego! Se ti serve altro per la tua MFA, scrivi "aiuto".',
  groupChat: 'Per la tua sicurezza gestisco l’MFA solo in una chat privata. Apri una chat individuale con me e scrivi "reimposta MFA".',
  otherUser: 'Posso reimpostare solo la tua MFA. Per l’account di un’altra persona, contatta {helpdesk}.',
  negation: 'Va bene, non cambio nulla. Se in seguito ti serve una reimpostazione, scrivi "reimposta MFA".',
  aboutMfa:
    'L’MFA aggiunge un secondo passaggio all’accesso (ad esempio una notifica di Authenticator o un codice via SMS). Puoi controllare i tuoi metodi su {setupUrl}. Se devi ricominciare da capo, ad esempio dopo aver cambiato telefono, scrivi "reimposta MFA".',
  password:
    'Posso aiutarti solo con l’MFA, non con le password. Per reimpostare la password, usa la reimpostazione self-service su {ssprUrl} oppure contatta {helpdesk}.',
  undo: 'Una reimpostazione non si può annullare: i metodi rimossi sono eliminati definitivamente. Puoi registrarli di nuovo su {setupUrl}; dopo una reimpostazione completa, al prossimo accesso ti verrà chiesto di configurare l’MFA.',
  'typed.pending': 'Per procedere, premi Sì nella scheda qui sopra; scade tra {expiresIn}.',
  'typed.pendingCancel': 'Per annullare, premi No nella scheda qui sopra (oppure lasciala stare: scade tra {expiresIn} e non cambia nulla).',
  'typed.none': 'Non hai richieste in attesa. Scrivi "reimposta MFA" per iniziare, o "aiuto" per saperne di più.',
  security:
    'Sembra che qualcun altro stia cercando di accedere con il tuo account. Non approvare nessuna richiesta che non hai avviato tu, cambia subito la password su {ssprUrl} e contatta immediatamente {securityContact}. Non ho cambiato nulla e non reimposterò la tua MFA per questo motivo: sono proprio i tuoi metodi a tenere fuori l’altra persona.',
  noIdentity:
    'Non sono riuscito a verificare chi sei da questa chat, quindi non posso cambiare nulla. Scrivimi da Microsoft Teams con il tuo account di lavoro oppure contatta {helpdesk}.',
  tenantNotAllowed: 'Questo assistente non è disponibile per la tua organizzazione. Contatta {helpdesk}.',
  rateLimited: 'Mi hai inviato molte richieste nell’ultimo minuto. Attendi un minuto e riprova; non è stato cambiato nulla.',
  stateUnavailable: 'Al momento non riesco a registrare le richieste, quindi non è stato cambiato nulla. Riprova tra un minuto. (Riferimento {ref})',
  nothingToRemove: 'Non hai metodi MFA registrati che io possa rimuovere, quindi non c’è nulla da reimpostare. Per configurare l’MFA, vai su {setupUrl}.',
  // {what} is a bare noun ("numero di telefono"), so the sentence needs no article or agreement.
  'nothingInScope.others':
    'Non hai registrato nessun metodo di questo tipo ({what}). I tuoi metodi registrati sono: {others}. Scrivi "reimposta MFA" se vuoi rimuoverli tutti.',
  'nothingInScope.none': 'Non hai registrato nessun metodo di questo tipo ({what}) né altri metodi MFA, quindi non c’è nulla da reimpostare.',
  noMethodsToList: 'Non hai metodi MFA registrati (solo la password). Per configurare l’MFA, vai su {setupUrl}.',
  'onlyUnremovable.one': 'Il tuo metodo registrato è {labels} e non posso rimuoverlo. Contatta {helpdesk} indicando il riferimento {ref}.',
  'onlyUnremovable.other': 'I tuoi metodi registrati sono {labels} e non posso rimuoverli. Contatta {helpdesk} indicando il riferimento {ref}.',
  cardMalformed: 'Questo pulsante non funziona più, quindi non è stato cambiato nulla. Scrivi "reimposta MFA" per ricominciare.',
  cardNotYours: 'Questa conferma appartiene a un’altra persona, quindi non posso darle seguito. Non è stato cambiato nulla.',
  cardUsed: 'Ho già gestito questa richiesta. Scrivi "mostra i miei metodi MFA" per vedere la situazione.',
  'listFailed.busy':
    'Il servizio Microsoft è sovraccarico in questo momento, quindi non sono riuscito a leggere i tuoi metodi MFA. Riprova tra qualche minuto. (Riferimento {ref})',
  'listFailed.userNotFound':
    'Non ho trovato il tuo account nella directory, quindi non posso reimpostare nulla. Contatta {helpdesk} indicando il riferimento {ref}.',
  'listFailed.permission':
    'Non sono ancora configurato per gestire i metodi MFA, quindi non è stato cambiato nulla. Contatta {helpdesk} indicando il riferimento {ref}.',
  'listFailed.other':
    'Si è verificato un problema durante la lettura dei tuoi metodi MFA, quindi non è stato cambiato nulla. Contatta {helpdesk} indicando il riferimento {ref}.',
  unexpected:
    'Spiacente, si è verificato un problema da parte mia. Non è stato cambiato nient’altro. Riprova oppure contatta {helpdesk} indicando il riferimento {ref}.',

  'scope.all': 'tutti i metodi MFA',
  'scope.authenticator': 'app Microsoft Authenticator',
  'scope.phone': 'numero di telefono',
  'scope.phone.mobile': 'cellulare',
  'scope.phone.alternateMobile': 'cellulare alternativo',
  'scope.phone.office': 'telefono dell’ufficio',
  'scope.email': 'metodo e-mail',
  'scope.securityKey': 'chiave di sicurezza o passkey',
  'scope.kind': '{kind}',
  'scope.other': 'il tipo richiesto',

  'card.confirm.title.all': 'Reimpostare l’MFA?',
  'card.confirm.title.one': 'Rimuovere questo metodo?',
  'card.confirm.title.other': 'Rimuovere questi metodi?',
  'card.confirm.intro.all.one': 'Rimuoverò questo metodo MFA dal tuo account:',
  'card.confirm.intro.all.other': 'Rimuoverò questi {n} metodi MFA dal tuo account:',
  'card.confirm.intro.scoped.one': 'Rimuoverò solo questo metodo:',
  'card.confirm.intro.scoped.other': 'Rimuoverò solo questi {n} metodi:',
  'card.confirm.consequence.all': 'Al prossimo accesso ti verrà chiesto di configurare di nuovo l’MFA, quindi tieni il telefono a portata di mano.',
  'card.confirm.consequence.scoped.one':
    'Gli altri metodi MFA restano invariati. Se questo è il tuo metodo di accesso predefinito, uno dei metodi che mantieni diventerà quello predefinito. In seguito puoi aggiungerne uno nuovo su {setupUrl}.',
  'card.confirm.consequence.scoped.other':
    'Gli altri metodi MFA restano invariati. Se uno di questi è il tuo metodo di accesso predefinito, uno dei metodi che mantieni diventerà quello predefinito. In seguito puoi aggiungerne uno nuovo su {setupUrl}.',
  'card.confirm.warning': 'Questa operazione non può essere annullata.',
  'card.confirm.question': 'Vuoi procedere?',
  'card.confirm.expires': 'Questa richiesta scade tra {expiresIn}.',
  'card.yes': 'Sì',
  'card.no': 'No',
  'card.resetAll': 'Reimposta invece tutto',
  'card.list.title': 'I tuoi metodi MFA registrati',
  'card.list.footer': 'La password non viene mostrata e non viene mai modificata. Scrivi "reimposta MFA" per rimuovere questi metodi.',
  'card.reference': 'Riferimento: {ref}',
  'card.expired.title': 'Scaduta',
  'card.expired.summary': 'Questa richiesta è scaduta. Non è stato cambiato nulla. Scrivi "reimposta MFA" per ricominciare.',
  'card.cancelled.title': 'Annullata',
  'card.cancelled.summary': 'Annullata, non è stato cambiato nulla. I tuoi metodi MFA sono come prima.',
  'card.superseded.title': 'Sostituita',
  'card.superseded.summary':
    'Questa scheda è stata sostituita da una più recente, quindi non è stato cambiato nulla. Usa la scheda più recente oppure scrivi "reimposta MFA" per ricominciare.',
  'card.stateUnavailable.title': 'Non ancora completata',

  'clarify.text': 'Posso aiutarti con la tua MFA. Cosa vuoi fare?',
  'clarify.reset': 'Reimposta la mia MFA',
  'clarify.one': 'Rimuovi un solo metodo',
  'clarify.list': 'Mostra i miei metodi',
  'clarify.no': 'No, grazie',
  'clarify.pick': 'Quale metodo devo rimuovere?',

  'outcome.removed': 'Rimosso',
  'outcome.notRemoved': 'Non rimosso',
  'outcome.notConfirmed': 'Non confermato',
  'outcome.alreadyGone': 'Già rimosso',
  'outcome.changed': 'Modificato dopo la scheda, saltato',
  'outcome.default': ' Il tuo metodo di accesso predefinito ora è {label}.',
  'outcome.defaultSystem': ' Il tuo metodo di accesso predefinito ora è {label} (Microsoft potrebbe comunque chiederti prima il metodo più sicuro).',
  'outcome.reset.title': 'La tua MFA è stata reimpostata',
  'outcome.reset.summary': 'Al prossimo accesso ti verrà chiesto di configurare di nuovo l’MFA.',
  'outcome.reset.text': 'Ho reimpostato la tua MFA. Metodi rimossi: {removed}. Al prossimo accesso ti verrà chiesto di configurare di nuovo l’MFA: {setupUrl}',
  'outcome.done.title': 'Rimosso',
  'outcome.done.summary': 'Gli altri metodi MFA sono ancora registrati.{defaultNote}',
  'outcome.done.text': 'Fatto. Metodi rimossi: {removed}. Gli altri metodi sono ancora registrati.{defaultNote} Per aggiungerne uno nuovo, vai su {setupUrl}',
  'outcome.nothing.title': 'Niente da rimuovere',
  // Lists after a colon: one item or three, no agreement to get wrong.
  'outcome.nothing.text': 'Questo clic non ha rimosso nulla. Metodi già rimossi in precedenza: {gone}.',
  'outcome.alreadyGone.note': ' Metodi già rimossi prima di questo clic: {gone}.',
  'outcome.changed.note':
    ' Non ho toccato ciò che è cambiato dopo la visualizzazione della scheda: {changed}. Scrivi "reimposta MFA" per ricevere una nuova scheda.',
  'outcome.unverified':
    'Non sono riuscito a completare la verifica della reimpostazione dell’MFA perché Microsoft non ha risposto in tempo, quindi alcuni metodi potrebbero essere stati rimossi oppure no. Rimozione non confermata: {notRemoved}. Tra qualche minuto scrivi "mostra i miei metodi MFA" per vedere la situazione.',
  'outcome.failed': 'Non sono riuscito a reimpostare la tua MFA: non è stato rimosso nulla. Metodi non rimossi: {notRemoved}.',
  'outcome.partial': 'Sono riuscito a reimpostare la tua MFA solo in parte. Metodi rimossi: {removed}. Metodi non rimossi: {notRemoved}.',
  'outcome.contact': ' Contatta {helpdesk} indicando il riferimento {ref}.',
  'outcome.setupAgain': ' Potrebbe esserti chiesto di configurare di nuovo i metodi rimossi su {setupUrl}.',
  'outcome.unverified.title': 'Reimpostazione MFA non confermata',
  'outcome.failed.title': 'Reimpostazione MFA non riuscita',
  'outcome.partial.title': 'MFA reimpostata in parte',
  'outcome.attention.summary.verified': 'Alcuni metodi sono ancora registrati. Contatta {helpdesk}.',
  'outcome.attention.summary.unverified': 'Alcuni metodi potrebbero essere ancora registrati. Contatta {helpdesk}.',
  'outcome.notRemovedItem': '{label} ({why})',

  'reason.defaultMethod': 'è il tuo metodo di accesso predefinito e Microsoft non lo rimuove finché restano altri metodi',
  'reason.defaultPending':
    'ho reso predefinito un altro metodo per poter rimuovere questo, ma Microsoft non si è ancora aggiornato; riprova tra qualche minuto',
  'reason.defaultLag': 'Microsoft lo considera ancora il tuo metodo di accesso predefinito; di solito si aggiorna entro pochi minuti, quindi riprova a breve',
  'reason.phoneOrder': 'Microsoft non rimuove un numero di cellulare finché è registrato un numero di cellulare alternativo',
  'reason.permission': 'non sono ancora autorizzato a modificare i metodi di accesso (un amministratore deve concedermi l’autorizzazione)',
  'reason.unauthorized': 'Microsoft ha rifiutato il mio accesso',
  'reason.busy': 'il servizio Microsoft era troppo occupato',
  'reason.timeout': 'Microsoft non ha risposto in tempo',
  'reason.stillVisible': 'Microsoft ha accettato la rimozione ma lo mostra ancora; l’aggiornamento può richiedere qualche minuto',
  'reason.notDeletable': 'non posso rimuovere questo tipo di metodo',
  'reason.unexpected': 'si è verificato un problema imprevisto',

  // Method names: .title for a card row, .word inside a sentence.
  'method.password.title': 'Password',
  'method.password.word': 'password',
  'method.microsoftAuthenticator.title': 'Microsoft Authenticator',
  'method.microsoftAuthenticator.word': 'Microsoft Authenticator',
  'method.phone.title': 'Telefono',
  'method.phone.word': 'telefono',
  'method.phone.mobile.title': 'Cellulare',
  'method.phone.mobile.word': 'cellulare',
  'method.phone.alternateMobile.title': 'Cellulare alternativo',
  'method.phone.alternateMobile.word': 'cellulare alternativo',
  'method.phone.office.title': 'Telefono dell’ufficio',
  'method.phone.office.word': 'telefono dell’ufficio',
  'method.email.title': 'E-mail',
  'method.email.word': 'e-mail',
  'method.fido2.title': 'Chiave di sicurezza o passkey',
  'method.fido2.word': 'chiave di sicurezza o passkey',
  'method.softwareOath.title': 'Codice dell’app di autenticazione (OATH)',
  'method.softwareOath.word': 'codice dell’app di autenticazione (OATH)',
  'method.windowsHelloForBusiness.title': 'Windows Hello for Business',
  'method.windowsHelloForBusiness.word': 'Windows Hello for Business',
  'method.temporaryAccessPass.title': 'Pass di accesso temporaneo',
  'method.temporaryAccessPass.word': 'pass di accesso temporaneo',
  'method.platformCredential.title': 'Credenziale della piattaforma (macOS Platform SSO)',
  'method.platformCredential.word': 'credenziale della piattaforma (macOS Platform SSO)',
  'method.externalAuthentication.title': 'Metodo di autenticazione esterno',
  'method.externalAuthentication.word': 'metodo di autenticazione esterno',
  'method.qrCodePin.title': 'Accesso con codice QR',
  'method.qrCodePin.word': 'accesso con codice QR',
  'method.hardwareOath.title': 'Token hardware (OATH)',
  'method.hardwareOath.word': 'token hardware (OATH)',
  'method.passwordlessMicrosoftAuthenticator.title': 'Microsoft Authenticator (senza password)',
  'method.passwordlessMicrosoftAuthenticator.word': 'Microsoft Authenticator (senza password)',
  'method.unknown.title': 'Metodo di accesso',
  'method.unknown.word': 'metodo di accesso',

  // In the user's words when no contact is configured.
  'contact.helpdesk': 'il supporto IT',
  'contact.security': 'il team di sicurezza IT',
  // After a reset (issue 15).
  'mail.reset.subject': 'I tuoi metodi di accesso MFA sono stati reimpostati',
  'mail.reset.removed': 'Il {when} questi metodi di accesso sono stati rimossi dal tuo account: {removed}.',
  'mail.reset.bySelf': 'L’hai chiesto tu, nel bot di reimpostazione MFA in Microsoft Teams.',
  'mail.reset.byTechnician': '{technician} dell’help desk IT l’ha fatto su tua richiesta, dopo la tua conferma in Microsoft Teams.',
  'mail.reset.bySecondTechnician':
    '{technician} dell’help desk IT l’ha fatto con l’approvazione di un secondo tecnico, perché non eri raggiungibile in Microsoft Teams.',
  'mail.reset.tap': 'È stato emesso un pass di accesso temporaneo (Temporary Access Pass) monouso, così puoi configurare nuovi metodi.',
  'mail.reset.signedOut': 'Il tuo account è stato disconnesso da tutte le sessioni.',
  'mail.reset.next': 'Al prossimo accesso ti verrà chiesto di configurare di nuovo l’MFA: {setupUrl}',
  'mail.reset.notYou': 'Se non sei stato tu, contatta subito {securityContact}.',
  'after.title': 'E adesso?',
  'after.tap.offer':
    'Se devi accedere prima di poter configurare un nuovo metodo, posso darti un pass di accesso temporaneo (Temporary Access Pass): un codice monouso che sostituisce l’MFA per poco tempo.',
  'after.tap.button': 'Ottieni un pass di accesso temporaneo',
  'after.revoke.offer':
    'Hai scritto che il telefono è stato perso o rubato. Posso disconnetterti ovunque, così chi lo ha perde l’accesso. Ci vogliono alcuni minuti perché abbia effetto e non riguarda gli account guest che hai in altre organizzazioni.',
  'after.revoke.button': 'Disconnettimi ovunque',
  'after.expired': 'Queste opzioni sono scadute. Per un pass di accesso temporaneo o per essere disconnesso ovunque, contatta {helpdesk}.',
  'after.used': 'È già fatto.',
  'tap.title': 'Il tuo pass di accesso temporaneo',
  'tap.intro': 'Usa questo pass al posto dell’MFA per accedere, poi configura un nuovo metodo su {setupUrl}.',
  'tap.validity.once': 'Valido per {lifetime} dalle {start}, per un solo accesso.',
  'tap.validity.reusable': 'Valido per {lifetime} dalle {start}.',
  'tap.shownOnce':
    'Viene mostrato solo qui e una sola volta: questa scheda viene svuotata quando premi Fatto o quando il pass scade. Non condividerlo mai con nessuno.',
  'tap.done': 'Fatto',
  'tap.cleared.title': 'Pass di accesso temporaneo',
  'tap.cleared.summary': 'Il pass non è più mostrato qui.',
  'tap.expired.summary': 'Il pass è scaduto e non è più mostrato qui.',
  'tap.refused.disabled':
    'Non posso emettere un pass di accesso temporaneo: questi pass sono disattivati nei criteri dei metodi di autenticazione della tua organizzazione. Contatta {helpdesk} per accedere e configurare di nuovo l’MFA.',
  'tap.refused.notInScope':
    'Non posso emettere un pass di accesso temporaneo per questo account: non è incluso nei criteri dei pass di accesso temporaneo della tua organizzazione. Contatta {helpdesk}.',
  'tap.refused.permission':
    'Non posso ancora emettere pass di accesso temporanei: non ho l’autorizzazione per leggere i criteri o creare pass. Contatta {helpdesk}. Riferimento: {ref}',
  'tap.refused.failed':
    'Non sono riuscito a emettere un pass di accesso temporaneo in questo momento. Riprova tra un minuto oppure contatta {helpdesk}. Riferimento: {ref}',
  'revoke.done':
    'Fatto: ti ho disconnesso ovunque. Possono volerci alcuni minuti prima che ogni sessione termini. Gli account guest che hai in altre organizzazioni non sono interessati.',
  'revoke.failed':
    'Non sono riuscito a disconnetterti ovunque in questo momento. La reimpostazione dell’MFA è comunque completata. Riprova tra un minuto oppure contatta {helpdesk}. Riferimento: {ref}',
  'helpdesk.after.tap.label': 'Emetti un pass di accesso temporaneo dopo la reimpostazione (mostrato una volta, nella chat di {name})',
  'helpdesk.after.revoke.label': 'Disconnetti {name} ovunque dopo la reimpostazione',
  'helpdesk.after.revoke.auto': 'Solo se il motivo è un’attività sospetta',
  'helpdesk.after.revoke.yes': 'Sì',
  'helpdesk.after.revoke.no': 'Non disconnettere',
  'helpdesk.after.tap.shownToTarget': 'Mostrato una volta a {name} nella sua chat ({lifetime}, monouso)',
  'helpdesk.after.tap.shownToYou': 'Mostrato una volta a te in questa chat, da leggere a {name} ({lifetime}, monouso)',
  'helpdesk.after.fact.signOut': 'Disconnesso ovunque',
  'helpdesk.after.signOut.done': 'Sì (ci vogliono alcuni minuti; gli account guest in altre organizzazioni non sono inclusi)',
  'helpdesk.after.signOut.failed':
    'No: non è riuscito, la reimpostazione resta valida. Usa la funzione Revoca sessioni nell’interfaccia di amministrazione di Microsoft Entra.',
  'helpdesk.target.done.by': 'Eseguito da',
  'helpdesk.target.done.when': 'Quando',
  'tap.intro.readOut':
    'Leggi questo pass a {name} solo quando sei sicuro che sia proprio lei. Lo usa al posto dell’MFA per accedere, poi configura un nuovo metodo su {setupUrl}.',
  'mail.tap.subject': 'È stato emesso un pass di accesso temporaneo per il tuo account',
  'mail.tap.body':
    'Il {when} hai chiesto al bot di reimpostazione MFA in Microsoft Teams un pass di accesso temporaneo monouso, valido per {lifetime}. Con questo pass si può accedere al tuo account senza MFA.',
  'tap.refused.privileged':
    'Non posso emettere un pass di accesso temporaneo in questa chat per un account con ruoli di amministratore. Contatta {helpdesk}: gli account privilegiati sono gestiti da un amministratore.',
};
