import type { Messages } from './index.js';

/** German ("Sie"; what to type: "MFA zurücksetzen", "MFA-Methoden anzeigen", "Hilfe"). */
export const de: Messages = {
  'list.join.two': '{a} und {b}',
  'list.join.many': '{head} und {last}',
  'list.join.sep': ', ',
  // After "in": "läuft in 5 Minuten ab" (dative plural).
  'duration.seconds.one': '{n} Sekunde',
  'duration.seconds.other': '{n} Sekunden',
  'duration.minutes.one': '{n} Minute',
  'duration.minutes.other': '{n} Minuten',

  'demo.notice': 'Demomodus: simulierter Mandant, es wird kein echtes Konto geändert.',
  'demo.once': 'Demomodus: Dieser Bot arbeitet mit einem simulierten Mandanten, daher wird kein echtes Konto geändert.',

  welcome:
    'Hallo, ich bin der Assistent zum Zurücksetzen der MFA. Wenn Sie Ihr Handy verloren oder ersetzt haben oder Ihre Authenticator-App nicht mehr funktioniert, kann ich Ihre registrierten MFA-Methoden entfernen, damit Sie sie neu einrichten können. Schreiben Sie zum Beispiel {commands}.',
  help: 'Ich kann Ihre eigene MFA (Multi-Faktor-Authentifizierung) zurücksetzen, wenn Sie Ihr Handy verloren oder ersetzt haben oder Ihre Authenticator-App nicht mehr funktioniert. Ich zeige Ihnen immer, was entfernt wird, und frage nach, bevor ich etwas ändere. Schreiben Sie zum Beispiel {commands}.',
  commands: '"MFA zurücksetzen", "Authenticator-App zurücksetzen", "MFA-Methoden anzeigen" oder "Hilfe"',
  greeting:
    'Hallo! Ich kann Ihre MFA zurücksetzen, wenn Sie Ihr Handy verloren oder ersetzt haben. Sagen Sie "MFA zurücksetzen", um zu beginnen, oder "Hilfe", um mehr zu erfahren.',
  thanks: 'Gern geschehen! Wenn Sie sonst noch etwas zu Ihrer MFA brauchen, sagen Sie einfach "Hilfe".',
  groupChat: 'Zu Ihrer Sicherheit bearbeite ich MFA-Anliegen nur im privaten Chat. Öffnen Sie einen 1:1-Chat mit mir und sagen Sie "MFA zurücksetzen".',
  otherUser: 'Ich kann nur Ihre eigene MFA zurücksetzen. Für das Konto einer anderen Person wenden Sie sich bitte an {helpdesk}.',
  negation: 'In Ordnung, ich ändere nichts. Wenn Sie später doch eine Zurücksetzung brauchen, sagen Sie einfach "MFA zurücksetzen".',
  aboutMfa:
    'MFA ergänzt die Anmeldung um einen zweiten Schritt (etwa eine Benachrichtigung in der Authenticator-App oder einen Code per SMS). Ihre Methoden können Sie unter {setupUrl} einsehen. Wenn Sie neu anfangen müssen, zum Beispiel nach einem Handywechsel, sagen Sie "MFA zurücksetzen".',
  password:
    'Ich kann nur bei der MFA helfen, nicht bei Passwörtern. Um Ihr Passwort zurückzusetzen, nutzen Sie die Self-Service-Kennwortzurücksetzung unter {ssprUrl} oder wenden Sie sich an {helpdesk}.',
  undo: 'Eine Zurücksetzung lässt sich nicht rückgängig machen: Entfernte Methoden sind endgültig gelöscht. Sie können sie unter {setupUrl} neu registrieren; nach einer vollständigen Zurücksetzung werden Sie bei der nächsten Anmeldung aufgefordert, MFA einzurichten.',
  'typed.pending': 'Um fortzufahren, klicken Sie auf der Karte oben auf "Ja"; sie läuft in {expiresIn} ab.',
  'typed.pendingCancel':
    'Zum Abbrechen klicken Sie auf der Karte oben auf "Nein" (oder lassen Sie sie einfach liegen: sie läuft in {expiresIn} ab, und nichts wird geändert).',
  'typed.none': 'Es liegt keine offene Anfrage von Ihnen vor. Sagen Sie "MFA zurücksetzen", um zu beginnen, oder "Hilfe", um mehr zu erfahren.',
  security:
    'Das klingt, als würde jemand anderes versuchen, sich mit Ihrem Konto anzumelden. Bestätigen Sie bitte keine Anmeldeanfrage, die Sie nicht selbst ausgelöst haben, ändern Sie sofort Ihr Passwort unter {ssprUrl} und wenden Sie sich umgehend an {securityContact}. Ich habe nichts geändert und setze Ihre MFA deswegen auch nicht zurück: Gerade Ihre Methoden halten die andere Person draußen.',
  noIdentity:
    'Ich konnte in diesem Chat nicht feststellen, wer Sie sind, daher kann ich nichts ändern. Bitte schreiben Sie mir aus Microsoft Teams mit Ihrem Arbeitskonto oder wenden Sie sich an {helpdesk}.',
  tenantNotAllowed: 'Dieser Assistent ist für Ihre Organisation nicht verfügbar. Bitte wenden Sie sich an {helpdesk}.',
  rateLimited:
    'Sie haben mir in der letzten Minute sehr viele Anfragen geschickt. Bitte warten Sie eine Minute und versuchen Sie es dann erneut; es wurde nichts geändert.',
  stateUnavailable: 'Ich kann Anfragen gerade nicht speichern, daher wurde nichts geändert. Bitte versuchen Sie es in einer Minute erneut. (Referenz {ref})',
  nothingToRemove:
    'Sie haben keine MFA-Methoden registriert, die ich entfernen kann, es gibt also nichts zurückzusetzen. Um MFA einzurichten, gehen Sie zu {setupUrl}.',
  // {what} is a bare noun ("Telefonnummer"), so the sentence needs no article or case.
  'nothingInScope.others':
    'Sie haben keine Methode dieser Art registriert ({what}). Ihre registrierten Methoden sind: {others}. Sagen Sie "MFA zurücksetzen", wenn Sie alle entfernen möchten.',
  'nothingInScope.none': 'Sie haben keine Methode dieser Art registriert ({what}) und auch keine anderen MFA-Methoden, es gibt also nichts zurückzusetzen.',
  noMethodsToList: 'Sie haben keine MFA-Methoden registriert (nur Ihr Passwort). Um MFA einzurichten, gehen Sie zu {setupUrl}.',
  'onlyUnremovable.one':
    'Ihre registrierte Methode ist {labels}, und diese kann ich nicht entfernen. Bitte wenden Sie sich an {helpdesk} und nennen Sie die Referenz {ref}.',
  'onlyUnremovable.other':
    'Ihre registrierten Methoden sind {labels}, und diese kann ich nicht entfernen. Bitte wenden Sie sich an {helpdesk} und nennen Sie die Referenz {ref}.',
  cardMalformed: 'Diese Schaltfläche funktioniert nicht mehr, daher wurde nichts geändert. Sagen Sie "MFA zurücksetzen", um neu zu beginnen.',
  cardNotYours: 'Diese Bestätigung gehört zu einer anderen Person, daher kann ich sie nicht ausführen. Es wurde nichts geändert.',
  cardUsed: 'Diese Anfrage habe ich bereits bearbeitet. Sagen Sie "MFA-Methoden anzeigen", um den aktuellen Stand zu sehen.',
  'listFailed.busy':
    'Der Microsoft-Dienst ist gerade ausgelastet, daher konnte ich Ihre MFA-Methoden nicht abrufen. Bitte versuchen Sie es in ein paar Minuten erneut. (Referenz {ref})',
  'listFailed.userNotFound':
    'Ich konnte Ihr Konto im Verzeichnis nicht finden, daher kann ich nichts zurücksetzen. Bitte wenden Sie sich an {helpdesk} und nennen Sie die Referenz {ref}.',
  'listFailed.permission':
    'Ich bin noch nicht für die Verwaltung von MFA-Methoden eingerichtet, daher wurde nichts geändert. Bitte wenden Sie sich an {helpdesk} und nennen Sie die Referenz {ref}.',
  'listFailed.other':
    'Beim Abrufen Ihrer MFA-Methoden ist ein Fehler aufgetreten, daher wurde nichts geändert. Bitte wenden Sie sich an {helpdesk} und nennen Sie die Referenz {ref}.',
  unexpected:
    'Entschuldigung, bei mir ist etwas schiefgelaufen. Es wurde nichts weiter geändert. Bitte versuchen Sie es erneut oder wenden Sie sich an {helpdesk} und nennen Sie die Referenz {ref}.',

  'scope.all': 'alle MFA-Methoden',
  'scope.authenticator': 'Microsoft Authenticator-App',
  'scope.phone': 'Telefonnummer',
  'scope.phone.mobile': 'Mobiltelefon',
  'scope.phone.alternateMobile': 'alternatives Mobiltelefon',
  'scope.phone.office': 'Bürotelefon',
  'scope.email': 'E-Mail-Methode',
  'scope.securityKey': 'Sicherheitsschlüssel oder Passkey',
  'scope.kind': '{kind}',
  'scope.other': 'die gewünschte Art',

  'card.confirm.title.all': 'MFA zurücksetzen?',
  'card.confirm.title.one': 'Diese Methode entfernen?',
  'card.confirm.title.other': 'Diese Methoden entfernen?',
  'card.confirm.intro.all.one': 'Ich entferne diese MFA-Methode aus Ihrem Konto:',
  'card.confirm.intro.all.other': 'Ich entferne diese {n} MFA-Methoden aus Ihrem Konto:',
  'card.confirm.intro.scoped.one': 'Ich entferne nur diese Methode:',
  'card.confirm.intro.scoped.other': 'Ich entferne nur diese {n} Methoden:',
  'card.confirm.consequence.all': 'Bei Ihrer nächsten Anmeldung werden Sie aufgefordert, MFA neu einzurichten. Halten Sie also Ihr Handy bereit.',
  'card.confirm.consequence.scoped.one':
    'Ihre anderen MFA-Methoden bleiben unverändert. Falls dies Ihre Standard-Anmeldemethode ist, wird eine der verbleibenden Methoden zum Standard. Eine neue Methode können Sie danach unter {setupUrl} hinzufügen.',
  'card.confirm.consequence.scoped.other':
    'Ihre anderen MFA-Methoden bleiben unverändert. Falls eine davon Ihre Standard-Anmeldemethode ist, wird eine der verbleibenden Methoden zum Standard. Eine neue Methode können Sie danach unter {setupUrl} hinzufügen.',
  'card.confirm.warning': 'Dies kann nicht rückgängig gemacht werden.',
  'card.confirm.question': 'Möchten Sie fortfahren?',
  'card.confirm.expires': 'Diese Anfrage läuft in {expiresIn} ab.',
  'card.yes': 'Ja',
  'card.no': 'Nein',
  'card.resetAll': 'Stattdessen alles zurücksetzen',
  'card.list.title': 'Ihre registrierten MFA-Methoden',
  'card.list.footer': 'Ihr Passwort wird nicht angezeigt und nie geändert. Sagen Sie "MFA zurücksetzen", um diese Methoden zu entfernen.',
  'card.reference': 'Referenz: {ref}',
  'card.expired.title': 'Abgelaufen',
  'card.expired.summary': 'Diese Anfrage ist abgelaufen. Es wurde nichts geändert. Sagen Sie "MFA zurücksetzen", um neu zu beginnen.',
  'card.cancelled.title': 'Abgebrochen',
  'card.cancelled.summary': 'Abgebrochen, es wurde nichts geändert. Ihre MFA-Methoden sind unverändert.',
  'card.superseded.title': 'Ersetzt',
  'card.superseded.summary':
    'Diese Karte wurde durch eine neuere ersetzt, daher wurde nichts geändert. Verwenden Sie die neueste Karte oder sagen Sie "MFA zurücksetzen", um neu zu beginnen.',
  'card.stateUnavailable.title': 'Noch nicht erledigt',

  'clarify.text': 'Ich kann Ihnen bei Ihrer MFA helfen. Was möchten Sie tun?',
  'clarify.reset': 'MFA zurücksetzen',
  'clarify.one': 'Nur eine Methode entfernen',
  'clarify.list': 'Meine Methoden anzeigen',
  'clarify.no': 'Nein, danke',
  'clarify.pick': 'Welche Methode soll ich entfernen?',

  'outcome.removed': 'Entfernt',
  'outcome.notRemoved': 'Nicht entfernt',
  'outcome.notConfirmed': 'Nicht bestätigt',
  'outcome.alreadyGone': 'Bereits entfernt',
  'outcome.changed': 'Seit der Karte geändert, übersprungen',
  'outcome.default': ' Ihre Standard-Anmeldemethode ist jetzt {label}.',
  'outcome.defaultSystem': ' Ihre Standard-Anmeldemethode ist jetzt {label} (Microsoft fragt möglicherweise trotzdem zuerst nach Ihrer sichersten Methode).',
  'outcome.reset.title': 'Ihre MFA wurde zurückgesetzt',
  'outcome.reset.summary': 'Bei Ihrer nächsten Anmeldung werden Sie aufgefordert, MFA neu einzurichten.',
  'outcome.reset.text':
    'Ich habe Ihre MFA zurückgesetzt. Entfernt: {removed}. Bei Ihrer nächsten Anmeldung werden Sie aufgefordert, MFA neu einzurichten: {setupUrl}',
  'outcome.done.title': 'Entfernt',
  'outcome.done.summary': 'Ihre anderen MFA-Methoden sind weiterhin registriert.{defaultNote}',
  'outcome.done.text':
    'Erledigt. Entfernt: {removed}. Ihre anderen Methoden sind weiterhin registriert.{defaultNote} Eine neue Methode können Sie unter {setupUrl} hinzufügen.',
  'outcome.nothing.title': 'Nichts zu entfernen',
  // Lists after a colon: a list of one or of three needs no verb agreement.
  'outcome.nothing.text': 'Mit diesem Klick wurde nichts entfernt. Schon vorher entfernt: {gone}.',
  'outcome.alreadyGone.note': ' Schon vor diesem Klick entfernt: {gone}.',
  'outcome.changed.note': ' Übersprungen, weil nach dem Anzeigen der Karte geändert: {changed}. Sagen Sie "MFA zurücksetzen", um eine neue Karte zu erhalten.',
  'outcome.unverified':
    'Ich konnte die Prüfung Ihrer MFA-Zurücksetzung nicht abschließen, weil Microsoft nicht rechtzeitig geantwortet hat. Einige Methoden wurden daher vielleicht entfernt, vielleicht auch nicht. Nicht als entfernt bestätigt: {notRemoved}. Sagen Sie in ein paar Minuten "MFA-Methoden anzeigen", um den aktuellen Stand zu sehen.',
  'outcome.failed': 'Ich konnte Ihre MFA nicht zurücksetzen: Es wurde nichts entfernt. Nicht entfernt: {notRemoved}.',
  'outcome.partial': 'Ich konnte Ihre MFA nur teilweise zurücksetzen. Entfernt: {removed}. Nicht entfernt: {notRemoved}.',
  'outcome.contact': ' Bitte wenden Sie sich an {helpdesk} und nennen Sie die Referenz {ref}.',
  'outcome.setupAgain': ' Möglicherweise werden Sie aufgefordert, die entfernten Methoden unter {setupUrl} neu einzurichten.',
  'outcome.unverified.title': 'MFA-Zurücksetzung nicht bestätigt',
  'outcome.failed.title': 'MFA-Zurücksetzung fehlgeschlagen',
  'outcome.partial.title': 'MFA teilweise zurückgesetzt',
  'outcome.attention.summary.verified': 'Einige Methoden sind noch registriert. Bitte wenden Sie sich an {helpdesk}.',
  'outcome.attention.summary.unverified': 'Einige Methoden sind möglicherweise noch registriert. Bitte wenden Sie sich an {helpdesk}.',
  'outcome.notRemovedItem': '{label} ({why})',

  'reason.defaultMethod': 'das ist Ihre Standard-Anmeldemethode, und Microsoft entfernt sie nicht, solange noch andere Methoden vorhanden sind',
  'reason.defaultPending':
    'ich habe eine andere Methode zum Standard gemacht, damit diese entfernt werden kann, aber Microsoft hat das noch nicht übernommen; versuchen Sie es in ein paar Minuten erneut',
  'reason.defaultLag':
    'Microsoft führt sie noch als Ihre Standard-Anmeldemethode; das aktualisiert sich meist innerhalb weniger Minuten, versuchen Sie es also bald erneut',
  'reason.phoneOrder': 'Microsoft entfernt keine Mobilnummer, solange eine alternative Mobilnummer registriert ist',
  'reason.permission': 'ich darf Anmeldemethoden noch nicht ändern (ein Administrator muss mir die Berechtigung erteilen)',
  'reason.unauthorized': 'Microsoft hat meinen Zugriff verweigert',
  'reason.busy': 'der Microsoft-Dienst war überlastet',
  'reason.timeout': 'Microsoft hat nicht rechtzeitig geantwortet',
  'reason.stillVisible': 'Microsoft hat das Entfernen angenommen, führt die Methode aber noch auf; das kann ein paar Minuten dauern',
  'reason.notDeletable': 'diese Art von Methode kann ich nicht entfernen',
  'reason.unexpected': 'etwas Unerwartetes ist schiefgelaufen',

  // Method names: .title for a card row, .word inside a sentence.
  'method.password.title': 'Kennwort',
  'method.password.word': 'Kennwort',
  'method.microsoftAuthenticator.title': 'Microsoft Authenticator',
  'method.microsoftAuthenticator.word': 'Microsoft Authenticator',
  'method.phone.title': 'Telefon',
  'method.phone.word': 'Telefon',
  'method.phone.mobile.title': 'Mobiltelefon',
  'method.phone.mobile.word': 'Mobiltelefon',
  'method.phone.alternateMobile.title': 'Alternatives Mobiltelefon',
  'method.phone.alternateMobile.word': 'alternatives Mobiltelefon',
  'method.phone.office.title': 'Bürotelefon',
  'method.phone.office.word': 'Bürotelefon',
  'method.email.title': 'E-Mail',
  'method.email.word': 'E-Mail',
  'method.fido2.title': 'Sicherheitsschlüssel oder Passkey',
  'method.fido2.word': 'Sicherheitsschlüssel oder Passkey',
  'method.softwareOath.title': 'Code aus einer Authenticator-App (OATH)',
  'method.softwareOath.word': 'Code aus einer Authenticator-App (OATH)',
  'method.windowsHelloForBusiness.title': 'Windows Hello for Business',
  'method.windowsHelloForBusiness.word': 'Windows Hello for Business',
  'method.temporaryAccessPass.title': 'Befristeter Zugriffspass',
  'method.temporaryAccessPass.word': 'befristeter Zugriffspass',
  'method.platformCredential.title': 'Plattform-Anmeldeinformationen (macOS Platform SSO)',
  'method.platformCredential.word': 'Plattform-Anmeldeinformationen (macOS Platform SSO)',
  'method.externalAuthentication.title': 'Externe Authentifizierungsmethode',
  'method.externalAuthentication.word': 'externe Authentifizierungsmethode',
  'method.qrCodePin.title': 'Anmeldung per QR-Code',
  'method.qrCodePin.word': 'Anmeldung per QR-Code',
  'method.hardwareOath.title': 'Hardwaretoken (OATH)',
  'method.hardwareOath.word': 'Hardwaretoken (OATH)',
  'method.passwordlessMicrosoftAuthenticator.title': 'Microsoft Authenticator (kennwortlos)',
  'method.passwordlessMicrosoftAuthenticator.word': 'Microsoft Authenticator (kennwortlos)',
  'method.unknown.title': 'Anmeldemethode',
  'method.unknown.word': 'Anmeldemethode',

  // In the user's words when no contact is configured (after "an": accusative).
  'contact.helpdesk': 'Ihren IT-Service-Desk',
  'contact.security': 'Ihr IT-Sicherheitsteam',
  'contact.privileged': 'den Service Desk für Administratorkonten',
  'guard.privileged':
    'Ihr Konto hat eine Administratorrolle, daher kann ich seine MFA in diesem Chat nicht zurücksetzen: Eine gestohlene Teams-Sitzung darf die Anmeldemethoden eines Administrators nicht entfernen können. Bitte wenden Sie sich an {privilegedSupport}. Es wurde nichts geändert. (Referenz {ref})',
  'guard.risky':
    'Zu Ihrem Schutz kann ich Ihre MFA gerade nicht in diesem Chat zurücksetzen. Bitte wenden Sie sich an {helpdesk}: Dort kann Ihr Konto geprüft und Ihnen geholfen werden. Es wurde nichts geändert. (Referenz {ref})',
  'guard.dailyLimit':
    'Sie haben die Höchstzahl an MFA-Zurücksetzungen in diesem Chat für 24 Stunden erreicht. Sie können es ab {when} erneut versuchen oder sich an {helpdesk} wenden. Es wurde nichts geändert.',
  'guard.unavailable':
    'Ich konnte eine Sicherheitsprüfung vor dem Zurücksetzen nicht abschließen, daher wurde nichts geändert. Bitte versuchen Sie es in einigen Minuten erneut. (Referenz {ref})',
  'helpdesk.preflight.title': 'Mandantenprüfung vor Zurücksetzungen',
  'helpdesk.preflight.summary.ok': 'Nichts zu beheben: Nach einer Zurücksetzung muss sich der Benutzer hier erneut registrieren.',
  'helpdesk.preflight.summary.warn':
    'Einige Einstellungen brauchen Aufmerksamkeit, damit Zurücksetzungen sicher und vollständig sind. Dieselben Befunde stehen im Protokoll des Bots.',
  'helpdesk.preflight.level.ok': 'In Ordnung',
  'helpdesk.preflight.level.info': 'Hinweis',
  'helpdesk.preflight.level.warn': 'Beheben',
  'helpdesk.preflight.unavailable':
    'Ich konnte Ihre Berechtigung gerade nicht prüfen und kann die Mandantenprüfung daher nicht anzeigen. Bitte versuchen Sie es in einer Minute erneut. (Referenz {ref})',
  'helpdesk.preflight.registration.securityDefaults':
    'Sicherheitsstandards sind aktiv: Nach einer Zurücksetzung muss sich der Benutzer bei der nächsten Anmeldung erneut registrieren.',
  'helpdesk.preflight.registration.conditionalAccess':
    'Bedingter Zugriff verlangt MFA für alle Benutzer ({policies}): Nach einer Zurücksetzung muss sich der Benutzer erneut registrieren.',
  'helpdesk.preflight.registration.partial':
    'Nur manche Benutzer müssen sich nach einer Zurücksetzung erneut registrieren ({policies}). Alle anderen melden sich danach allein mit dem Kennwort an.',
  'helpdesk.preflight.registration.none':
    'Nichts erzwingt eine erneute Registrierung: Nach einer Zurücksetzung meldet sich der Benutzer allein mit dem Kennwort an, bis er sich erneut registriert. Bitten Sie einen Administrator, die Sicherheitsstandards oder eine Richtlinie für bedingten Zugriff mit MFA einzuschalten.',
  'helpdesk.preflight.tap.enabled': 'Der befristete Zugriffspass ist aktiviert (Gültigkeit {lifetime}).',
  'helpdesk.preflight.tap.disabled': 'Der befristete Zugriffspass ist deaktiviert: Nach einer Zurücksetzung kann kein Pass ausgestellt werden.',
  'helpdesk.preflight.tap.neededButDisabled':
    'Der befristete Zugriffspass ist deaktiviert, aber das Registrieren von Sicherheitsinformationen verlangt MFA: Ein Benutzer ohne verbliebene Methoden kann keine neuen registrieren.',
  'helpdesk.preflight.migration.complete': 'Allein die Richtlinie für Authentifizierungsmethoden bestimmt, welche Methoden Benutzer registrieren dürfen.',
  'helpdesk.preflight.migration.incomplete':
    'Die Migration der Richtlinie für Authentifizierungsmethoden steht auf „{state}“: Die alten MFA- und SSPR-Einstellungen bestimmen noch, welche Methoden Benutzer registrieren dürfen.',
  'helpdesk.preflight.roles.ok': 'Der Bot hat jede Graph-Berechtigung, die seine aktivierten Funktionen brauchen.',
  'helpdesk.preflight.roles.missing': 'Dem Bot fehlen Graph-Berechtigungen: {roles} (benötigt für: {features}).',
  'helpdesk.preflight.roles.unneeded': 'Der Bot hat Schreibberechtigungen, die er nicht nutzt: {roles}.',
  'helpdesk.preflight.roles.unreadable': 'Das Graph-Token des Bots sagt nicht, welche Berechtigungen erteilt wurden.',
  'helpdesk.preflight.read.denied': 'Der Bot darf {what} nicht lesen (er braucht {role}).',
  'helpdesk.preflight.read.failed': '{what} konnte gerade nicht gelesen werden (Graph-Status {status}).',

  // Helpdesk mode: the technician's card, the target's card, and the states of a request.
  'helpdesk.demoHint': 'Demomodus: Um den Helpdesk-Modus auszuprobieren, starten Sie den Bot mit DEMO_TECHNICIANS={userId} und fragen Sie erneut.',
  'helpdesk.noTarget': 'Wessen MFA soll ich zurücksetzen? Nennen Sie die Anmeldeadresse der Person (zum Beispiel ana@contoso.com) oder erwähnen Sie sie mit @.',
  'helpdesk.invalid':
    'Das sieht nicht nach dem Namen oder der Anmeldeadresse einer Person aus. Versuchen Sie es mit der Anmeldeadresse, zum Beispiel ana@contoso.com.',
  'helpdesk.notFound': 'Ich konnte diese Person im Verzeichnis nicht finden. Prüfen Sie die Anmeldeadresse und versuchen Sie es erneut.',
  'helpdesk.disabled': 'Das Konto von {name} ist deaktiviert, daher setze ich seine MFA nicht zurück. Es wurde nichts geändert.',
  'helpdesk.self': 'Das ist Ihr eigenes Konto. Um Ihre eigene MFA zurückzusetzen, sagen Sie "MFA zurücksetzen" und bestätigen Sie auf der Karte.',
  'helpdesk.ambiguous': 'Auf diesen Namen passen mehrere Personen. Welche meinen Sie?',
  'helpdesk.ambiguous.more': 'Auf diesen Namen passen mehr als {n} Personen; hier sind die ersten {n}. Verwenden Sie die Anmeldeadresse, um eindeutig zu sein.',
  'helpdesk.privileged':
    '{name} hat eine Administratorrolle oder gehört zu einer privilegierten Gruppe, daher können nur Mitglieder der privilegierten Helpdesk-Gruppe diese MFA über mich zurücksetzen. Es wurde nichts geändert.',
  'helpdesk.lookupFailed': 'Ich konnte diese Person gerade nicht nachschlagen. Bitte versuchen Sie es in einer Minute erneut.',
  'helpdesk.nothing': '{name} hat keine Anmeldemethoden, die ich entfernen kann.',
  'helpdesk.nothingInChoice': '{name} hat keine dieser Methoden mehr. Es wurde nichts geändert.',
  'helpdesk.request.title': 'MFA für {name} zurücksetzen',
  'helpdesk.fact.name': 'Name',
  'helpdesk.fact.upn': 'Anmeldename',
  'helpdesk.fact.department': 'Abteilung',
  'helpdesk.fact.jobTitle': 'Position',
  'helpdesk.fact.account': 'Konto',
  'helpdesk.fact.ticket': 'Ticketnummer',
  'helpdesk.fact.methods': 'Zu entfernen',
  'helpdesk.account.enabled': 'aktiviert',
  'helpdesk.account.guest': 'aktiviert (Gast)',
  'helpdesk.methods': 'Registrierte Anmeldemethoden',
  'helpdesk.default': '{detail} (Standard)',
  'helpdesk.choice.label': 'Was soll entfernt werden?',
  'helpdesk.choice.app': 'Microsoft Authenticator-App',
  'helpdesk.choice.mobile': 'Mobiltelefon',
  'helpdesk.choice.office': 'Bürotelefon',
  'helpdesk.choice.alternateMobile': 'Alternatives Mobiltelefon',
  'helpdesk.choice.email': 'E-Mail',
  'helpdesk.choice.all': 'Alles',
  'helpdesk.choice.count': '{label} ({n})',
  'helpdesk.ticket.label': 'Ticketnummer',
  'helpdesk.ticket.optional': 'Ticketnummer (optional)',
  'helpdesk.ticket.required': 'Bitte geben Sie die Ticketnummer ein: Es ist ein Ticketsystem eingerichtet, daher braucht jede Anfrage eine.',
  'helpdesk.ticket.invalid': 'Diese Ticketnummer enthält Zeichen, die ich nicht verwenden kann. Bitte geben Sie sie so ein, wie Ihr Ticketsystem sie anzeigt.',
  'helpdesk.reason.label': 'Grund',
  'helpdesk.reason.lostPhone': 'Handy verloren',
  'helpdesk.reason.newPhone': 'Neues Handy',
  'helpdesk.reason.brokenApp': 'Authenticator-App funktioniert nicht',
  'helpdesk.reason.suspicious': 'Verdächtige Aktivität',
  'helpdesk.reason.other': 'Sonstiges',
  'helpdesk.request.note': '{name} muss im eigenen Teams-Chat bestätigen, bevor sich etwas ändert.',
  'helpdesk.submit': '{name} um Bestätigung bitten',
  'helpdesk.dismiss': 'Abbrechen',
  'helpdesk.dismissed': 'In Ordnung, es wurde keine Anfrage gesendet. Es wurde nichts geändert.',
  'helpdesk.cancel': 'Anfrage zurückziehen',
  'helpdesk.target.title': '{technician} vom IT-Helpdesk möchte Ihre MFA zurücksetzen',
  'helpdesk.target.ticket': 'Ticketnummer: {ticket}.',
  'helpdesk.target.intro': 'Wenn Sie zustimmen, werden diese Anmeldemethoden aus Ihrem Konto entfernt:',
  'helpdesk.target.warning': 'Stimmen Sie nur zu, wenn Sie den Helpdesk selbst darum gebeten haben.',
  'helpdesk.target.consequence':
    'Möglicherweise hat sich jemand beim Helpdesk als Sie ausgegeben. Wenn Sie das nicht waren, wählen Sie "Nein, das war ich nicht": Es ändert sich nichts, und das Sicherheitsteam wird informiert.',
  'helpdesk.target.expires': 'Diese Anfrage läuft in {expiresIn} ab.',
  'helpdesk.target.yes': 'Ja',
  'helpdesk.target.no': 'Nein, das war ich nicht',
  'helpdesk.target.demoIntro': 'Demomodus: Diese Karte erhält {name} im eigenen Chat. Beantworten Sie sie hier stellvertretend.',
  'helpdesk.target.demoYes': 'Als Zielperson antworten (Demo): Ja',
  'helpdesk.target.demoNo': 'Als Zielperson antworten (Demo): Nein, das war ich nicht',
  'helpdesk.target.denied.title': 'Danke: Es wurde nichts geändert',
  'helpdesk.target.denied.summary':
    'Ich habe den Helpdesk und das Sicherheitsteam informiert. Wenn sich jemand Ihnen gegenüber als IT ausgegeben hat, melden Sie das bitte an {securityContact}.',
  'helpdesk.target.closed.cancelled': 'Der Helpdesk hat diese Anfrage zurückgezogen. Es wurde nichts geändert.',
  'helpdesk.target.closed.expired': 'Diese Anfrage ist abgelaufen. Es wurde nichts geändert.',
  'helpdesk.target.closed.privileged':
    'Diese Anfrage kann nicht mehr ausgeführt werden, weil Ihr Konto inzwischen eine Administratorrolle hat. Es wurde nichts geändert.',
  'helpdesk.notYours': 'Diese Anfrage gilt einer anderen Person, daher kann ich sie nicht ausführen. Es wurde nichts geändert.',
  'helpdesk.alreadyAnswered': 'Diese Anfrage wurde bereits beantwortet. Es wurde nichts weiter geändert.',
  'helpdesk.onlyRequester': 'Nur wer diese Anfrage gestellt hat, kann sie zurückziehen.',
  'helpdesk.failedStep':
    'Die Zurücksetzung konnte nicht abgeschlossen werden: Die Bestätigung war nicht mehr gültig. Es wurde nichts geändert; der Helpdesk kann eine neue Anfrage senden.',
  'helpdesk.status.waiting.title': 'Warten auf {name}',
  'helpdesk.status.waiting.summary':
    'Ich habe {name} gebeten, im eigenen Teams-Chat zu bestätigen. Bis zur Zustimmung ändert sich nichts. Die Anfrage läuft in {expiresIn} ab.',
  'helpdesk.status.done.title': '{name} hat bestätigt: MFA zurückgesetzt',
  'helpdesk.status.partial.title': '{name} hat bestätigt: Zurücksetzung unvollständig',
  'helpdesk.status.done.summary': '{name} hat im eigenen Chat bestätigt. Ergebnis:',
  'helpdesk.status.failed.title': '{name} hat bestätigt, aber die Zurücksetzung ist fehlgeschlagen',
  'helpdesk.status.denied.title': '{name} sagt: Das war ich nicht',
  'helpdesk.status.denied.summary':
    'Es wurde nichts geändert, und das Sicherheitsteam wurde informiert. Behandeln Sie die Anfrage, die Sie erreicht hat, als verdächtig: Die anrufende Person ist möglicherweise nicht {name}.',
  'helpdesk.status.expired.title': 'Anfrage abgelaufen',
  'helpdesk.status.expired.summary': '{name} hat nicht rechtzeitig geantwortet. Es wurde nichts geändert.',
  'helpdesk.status.cancelled.title': 'Anfrage zurückgezogen',
  'helpdesk.status.cancelled.summary': 'Es wurde nichts geändert.',
  'helpdesk.status.privileged.summary': '{name} hat inzwischen eine Administratorrolle, daher wurde die Anfrage abgebrochen. Es wurde nichts geändert.',
  'helpdesk.status.unreachable.title': 'Ich konnte {name} nicht erreichen',
  'helpdesk.status.unreachable.notInstalled':
    'Der Bot ist für {name} in Teams nicht installiert, daher kann ich keine Nachricht senden. Es wurde nichts geändert.',
  'helpdesk.status.unreachable.blocked':
    'Teams blockiert meine Nachrichten an {name} (die App ist für diese Person gesperrt, oder sie hat die App blockiert). Es wurde nichts geändert.',
  'helpdesk.status.unreachable.failed': 'Teams hat meine Nachricht an {name} nicht angenommen. Es wurde nichts geändert; bitte versuchen Sie es später erneut.',
  'helpdesk.approval.offer': 'Stattdessen kann ein zweiter Techniker freigeben: Geben Sie dessen Anmeldenamen ein.',
  'helpdesk.approval.label': 'Anmeldename des zweiten Technikers',
  'helpdesk.approval.ask': 'Um Freigabe bitten',
  'helpdesk.approval.title': '{technician} bittet Sie, eine MFA-Zurücksetzung für {name} freizugeben',
  'helpdesk.approval.intro': '{name} ist in Teams nicht erreichbar. Wenn Sie freigeben, werden diese Anmeldemethoden aus dem Konto entfernt:',
  'helpdesk.approval.warning': 'Geben Sie die Anfrage nur frei, wenn Sie selbst geprüft haben, dass sie wirklich von {name} kommt.',
  'helpdesk.approval.consequence':
    'Anrufer, die sich als Beschäftigte ausgeben, stehen am Anfang vieler Sicherheitsvorfälle. Lehnen Sie im Zweifel ab: Dann ändert sich nichts.',
  'helpdesk.approval.yes': 'Freigeben',
  'helpdesk.approval.no': 'Ablehnen',
  'helpdesk.approval.notTechnician': '{approver} ist kein Mitglied der Helpdesk-Gruppe und kann daher nicht freigeben. Es wurde nichts geändert.',
  'helpdesk.approval.self': 'Die Freigabe muss ein anderer Techniker erteilen: nicht Sie und nicht die Person, deren MFA zurückgesetzt wird.',
  'helpdesk.approval.privileged':
    'Privilegierte Konten werden nie auf die Freigabe eines zweiten Technikers hin zurückgesetzt: Es zählt nur die eigene Bestätigung der Person.',
  'helpdesk.approval.unreachable': 'Auch {approver} konnte ich in Teams nicht erreichen. Es wurde nichts geändert.',
  'helpdesk.approval.missing': 'Bitte geben Sie den Anmeldenamen des Technikers ein, der freigeben soll.',
  'helpdesk.approval.declined.title': 'Abgelehnt: Es wurde nichts geändert',
  'helpdesk.approval.declined.summary': 'Ich habe den anfragenden Techniker informiert.',
  'helpdesk.status.approval.title': 'Warten auf Freigabe',
  'helpdesk.status.approval.summary': 'Ich habe einen zweiten Techniker gebeten, die Zurücksetzung für {name} freizugeben. Bis dahin ändert sich nichts.',
  'helpdesk.status.declined.title': 'Der zweite Techniker hat abgelehnt',
  'helpdesk.status.done.approved': 'Ein zweiter Techniker hat freigegeben (Vier-Augen-Prinzip). Ergebnis:',
  'helpdesk.pendingExists': 'Für {name} gibt es bereits eine offene Anfrage. Warten Sie, bis sie abgeschlossen ist, oder ziehen Sie sie zuerst zurück.',
  'helpdesk.rateLimited': 'Sie haben die Höchstzahl an Helpdesk-Anfragen für diese Stunde erreicht. Bitte versuchen Sie es in {expiresIn} erneut.',
  'helpdesk.busy': 'Ich konnte die Anfrage gerade nicht speichern. Bitte versuchen Sie es in einer Minute erneut.',
  // After a reset (issue 15).
  'mail.reset.subject': 'Ihre MFA-Anmeldemethoden wurden zurückgesetzt',
  'mail.reset.removed': 'Am {when} wurden diese Anmeldemethoden aus Ihrem Konto entfernt: {removed}.',
  'mail.reset.bySelf': 'Sie haben das selbst im MFA-Reset-Bot in Microsoft Teams veranlasst.',
  'mail.reset.byTechnician': '{technician} vom IT-Service-Desk hat das auf Ihre Anfrage hin getan, nachdem Sie es in Microsoft Teams bestätigt hatten.',
  'mail.reset.bySecondTechnician':
    '{technician} vom IT-Service-Desk hat das getan, freigegeben von einer zweiten Person des Service-Desks, weil Sie in Microsoft Teams nicht erreichbar waren.',
  'mail.reset.tap': 'Ein einmalig nutzbarer befristeter Zugriffspass (Temporary Access Pass) wurde ausgestellt, damit Sie neue Methoden einrichten können.',
  'mail.reset.signedOut': 'Ihr Konto wurde von allen Sitzungen abgemeldet.',
  'mail.reset.next': 'Bei der nächsten Anmeldung werden Sie gebeten, MFA neu einzurichten: {setupUrl}',
  'mail.reset.notYou': 'Falls Sie das nicht waren, wenden Sie sich sofort an {securityContact}.',
  'after.title': 'Wie geht es weiter?',
  'after.tap.offer':
    'Wenn Sie sich anmelden müssen, bevor Sie eine neue Methode einrichten können, kann ich Ihnen einen befristeten Zugriffspass (Temporary Access Pass) geben: einen einmaligen Code, der für kurze Zeit die MFA ersetzt.',
  'after.tap.button': 'Befristeten Zugriffspass anfordern',
  'after.revoke.offer':
    'Sie haben geschrieben, dass Ihr Telefon verloren oder gestohlen wurde. Ich kann Sie überall abmelden, damit niemand mehr, der es hat, Zugriff behält. Das wirkt erst nach einigen Minuten und gilt nicht für Gastkonten, die Sie in anderen Organisationen haben.',
  'after.revoke.button': 'Überall abmelden',
  'after.expired': 'Diese Optionen sind abgelaufen. Für einen befristeten Zugriffspass oder eine Abmeldung überall wenden Sie sich bitte an {helpdesk}.',
  'after.used': 'Das ist bereits erledigt.',
  'tap.title': 'Ihr befristeter Zugriffspass',
  'tap.intro': 'Melden Sie sich mit diesem Pass statt mit MFA an und richten Sie dann unter {setupUrl} eine neue Methode ein.',
  'tap.validity.once': 'Gültig für {lifetime} ab {start}, nur für eine einzige Anmeldung.',
  'tap.validity.reusable': 'Gültig für {lifetime} ab {start}.',
  'tap.shownOnce':
    'Er wird nur hier und nur einmal angezeigt: Diese Karte wird geleert, wenn Sie auf „Fertig“ klicken oder der Pass abläuft. Geben Sie ihn niemals weiter.',
  'tap.done': 'Fertig',
  'tap.cleared.title': 'Befristeter Zugriffspass',
  'tap.cleared.summary': 'Der Pass wird hier nicht mehr angezeigt.',
  'tap.expired.summary': 'Der Pass ist abgelaufen und wird hier nicht mehr angezeigt.',
  'tap.refused.disabled':
    'Ich kann keinen befristeten Zugriffspass ausstellen: Solche Pässe sind in der Richtlinie für Authentifizierungsmethoden Ihrer Organisation ausgeschaltet. Wenden Sie sich an {helpdesk}, um sich anzumelden und MFA neu einzurichten.',
  'tap.refused.notInScope':
    'Ich kann für dieses Konto keinen befristeten Zugriffspass ausstellen: Es ist nicht in der Richtlinie für befristete Zugriffspässe Ihrer Organisation enthalten. Wenden Sie sich an {helpdesk}.',
  'tap.refused.permission':
    'Ich kann noch keine befristeten Zugriffspässe ausstellen: Mir fehlt die Berechtigung, die Richtlinie zu lesen oder Pässe zu erstellen. Wenden Sie sich an {helpdesk}. Referenz: {ref}',
  'tap.refused.failed':
    'Ich konnte gerade keinen befristeten Zugriffspass ausstellen. Bitte versuchen Sie es in einer Minute erneut oder wenden Sie sich an {helpdesk}. Referenz: {ref}',
  'revoke.done':
    'Erledigt: Ich habe Sie überall abgemeldet. Es kann einige Minuten dauern, bis jede Sitzung beendet ist. Gastkonten, die Sie in anderen Organisationen haben, sind davon nicht betroffen.',
  'revoke.failed':
    'Ich konnte Sie gerade nicht überall abmelden. Das Zurücksetzen Ihrer MFA selbst ist abgeschlossen. Bitte versuchen Sie es in einer Minute erneut oder wenden Sie sich an {helpdesk}. Referenz: {ref}',
  'helpdesk.after.tap.label': 'Nach dem Zurücksetzen einen befristeten Zugriffspass ausstellen (einmal angezeigt, im eigenen Chat von {name})',
  'helpdesk.after.revoke.label': '{name} nach dem Zurücksetzen überall abmelden',
  'helpdesk.after.revoke.auto': 'Nur wenn der Grund verdächtige Aktivität ist',
  'helpdesk.after.revoke.yes': 'Ja',
  'helpdesk.after.revoke.no': 'Nein',
  'helpdesk.after.tap.shownToTarget': 'Einmal {name} im eigenen Chat angezeigt ({lifetime}, einmalig nutzbar)',
  'helpdesk.after.tap.shownToYou': 'Einmal Ihnen in diesem Chat angezeigt, zum Vorlesen für {name} ({lifetime}, einmalig nutzbar)',
  'helpdesk.after.fact.signOut': 'Überall abgemeldet',
  'helpdesk.after.signOut.done': 'Ja (dauert einige Minuten; Gastkonten in anderen Organisationen sind nicht erfasst)',
  'helpdesk.after.signOut.failed':
    'Nein: Das ist fehlgeschlagen, das Zurücksetzen selbst bleibt bestehen. Nutzen Sie „Sitzungen widerrufen“ im Microsoft Entra Admin Center.',
  'helpdesk.target.done.by': 'Durchgeführt von',
  'helpdesk.target.done.when': 'Wann',
  'tap.intro.readOut':
    'Lesen Sie diesen Pass {name} erst vor, wenn Sie sicher sind, dass es die Person ist. Sie meldet sich damit statt mit MFA an und richtet dann unter {setupUrl} eine neue Methode ein.',
  'mail.tap.subject': 'Für Ihr Konto wurde ein befristeter Zugriffspass ausgestellt',
  'mail.tap.body':
    'Am {when} haben Sie im MFA-Reset-Bot in Microsoft Teams einen einmalig nutzbaren befristeten Zugriffspass angefordert, gültig für {lifetime}. Damit kann sich jemand ohne MFA bei Ihrem Konto anmelden.',
  'tap.refused.privileged':
    'Für ein Konto mit Administratorrollen kann ich in diesem Chat keinen befristeten Zugriffspass ausstellen. Wenden Sie sich an {helpdesk}: Privilegierte Konten betreut ein Administrator.',
};
