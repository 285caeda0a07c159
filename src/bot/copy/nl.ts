import type { Messages } from './index.js';

/** Dutch ("je", normal at work; what to type: "MFA resetten", "mijn MFA-methoden tonen", "help"). */
export const nl: Messages = {
  'list.join.two': '{a} en {b}',
  'list.join.many': '{head} en {last}',
  'list.join.sep': ', ',
  'duration.seconds.one': '{n} seconde',
  'duration.seconds.other': '{n} seconden',
  'duration.minutes.one': '{n} minuut',
  'duration.minutes.other': '{n} minuten',

  'demo.notice': 'Demomodus: gesimuleerde tenant, er wordt geen echt account gewijzigd.',
  'demo.once': 'Demomodus: deze bot werkt met een gesimuleerde tenant, dus er wordt geen echt account gewijzigd.',

  welcome:
    'Hallo, ik ben de MFA-resetassistent. Ben je je telefoon kwijt, heb je een nieuwe of werkt je Authenticator-app niet meer? Dan kan ik je geregistreerde MFA-methoden verwijderen, zodat je ze opnieuw kunt instellen. Probeer {commands}.',
  help: 'Ik kan je eigen MFA (meervoudige verificatie) resetten als je je telefoon kwijt bent of een nieuwe hebt, of als je Authenticator-app niet meer werkt. Ik laat altijd eerst zien wat er wordt verwijderd en vraag het je voordat ik iets wijzig. Probeer {commands}.',
  commands: '"MFA resetten", "Authenticator-app resetten", "mijn MFA-methoden tonen" of "help"',
  greeting:
    'Hallo! Ik kan je MFA resetten als je je telefoon kwijt bent of een nieuwe hebt. Typ "MFA resetten" om te beginnen, of "help" voor meer informatie.',
  thanks: 'Graag gedaan! Heb je nog iets anders nodig met je MFA, typ dan gewoon "help".',
  groupChat: 'Voor je veiligheid behandel ik MFA alleen in een privéchat. Open een chat met alleen mij en typ "MFA resetten".',
  otherUser: 'Ik kan alleen je eigen MFA resetten. Neem voor het account van iemand anders contact op met {helpdesk}.',
  negation: 'Oké, ik wijzig niets. Heb je later toch een reset nodig, typ dan gewoon "MFA resetten".',
  aboutMfa:
    'MFA voegt een tweede stap toe wanneer je je aanmeldt (zoals een melding in Authenticator of een sms-code). Je kunt je methoden bekijken op {setupUrl}. Moet je opnieuw beginnen, bijvoorbeeld na een nieuwe telefoon, typ dan "MFA resetten".',
  password:
    'Ik kan alleen helpen met MFA, niet met wachtwoorden. Gebruik voor een nieuw wachtwoord de selfservice voor wachtwoordherstel op {ssprUrl}, of neem contact op met {helpdesk}.',
  undo: 'Een reset kan niet ongedaan worden gemaakt: verwijderde methoden zijn definitief weg. Je kunt ze opnieuw registreren op {setupUrl}; na een volledige reset word je bij je volgende aanmelding gevraagd om MFA in te stellen.',
  'typed.pending': 'Druk op Ja op de kaart hierboven om door te gaan; de kaart verloopt over {expiresIn}.',
  'typed.pendingCancel':
    'Druk op Nee op de kaart hierboven om te annuleren (of laat de kaart gewoon staan: die verloopt over {expiresIn} en er verandert niets).',
  'typed.none': 'Er staat geen verzoek van je open. Typ "MFA resetten" om te beginnen, of "help" voor meer informatie.',
  security:
    'Het klinkt alsof iemand anders zich met jouw account probeert aan te melden. Keur geen verzoeken goed die je niet zelf hebt gestart, wijzig nu meteen je wachtwoord op {ssprUrl} en neem direct contact op met {securityContact}. Ik heb niets gewijzigd en ik reset je MFA hiervoor niet: juist je methoden houden de ander buiten.',
  noIdentity:
    'Ik kon vanuit deze chat niet vaststellen wie je bent, dus ik kan niets wijzigen. Stuur me een bericht vanuit Microsoft Teams met je werkaccount, of neem contact op met {helpdesk}.',
  tenantNotAllowed: 'Deze assistent is niet beschikbaar voor je organisatie. Neem contact op met {helpdesk}.',
  rateLimited: 'Je hebt me de afgelopen minuut heel veel gevraagd. Wacht een minuut en probeer het dan opnieuw; er is niets gewijzigd.',
  stateUnavailable: 'Ik kan op dit moment geen verzoeken vastleggen, dus er is niets gewijzigd. Probeer het over een minuut opnieuw. (Referentie {ref})',
  nothingToRemove: 'Je hebt geen MFA-methoden geregistreerd die ik kan verwijderen, dus er valt niets te resetten. Ga naar {setupUrl} om MFA in te stellen.',
  // {what} is a bare noun ("telefoonnummer"), so the sentence needs no article.
  'nothingInScope.others':
    'Je hebt geen methode van dit type geregistreerd ({what}). Je geregistreerde methoden zijn: {others}. Typ "MFA resetten" als je ze allemaal wilt verwijderen.',
  'nothingInScope.none': 'Je hebt geen methode van dit type geregistreerd ({what}) en ook geen andere MFA-methoden, dus er valt niets te resetten.',
  noMethodsToList: 'Je hebt geen MFA-methoden geregistreerd (alleen je wachtwoord). Ga naar {setupUrl} om MFA in te stellen.',
  'onlyUnremovable.one': 'Je geregistreerde methode is {labels}, en die kan ik niet verwijderen. Neem contact op met {helpdesk} en vermeld referentie {ref}.',
  'onlyUnremovable.other':
    'Je geregistreerde methoden zijn {labels}, en die kan ik niet verwijderen. Neem contact op met {helpdesk} en vermeld referentie {ref}.',
  cardMalformed: 'Die knop werkt niet meer, dus er is niets gewijzigd. Typ "MFA resetten" om opnieuw te beginnen.',
  cardNotYours: 'Die bevestiging is van iemand anders, dus ik kan er niets mee doen. Er is niets gewijzigd.',
  cardUsed: 'Dat verzoek heb ik al afgehandeld. Typ "mijn MFA-methoden tonen" om te zien hoe het ervoor staat.',
  'listFailed.busy':
    'De dienst van Microsoft is op dit moment overbelast, dus ik kon je MFA-methoden niet ophalen. Probeer het over een paar minuten opnieuw. (Referentie {ref})',
  'listFailed.userNotFound':
    'Ik kon je account niet vinden in de directory, dus ik kan niets resetten. Neem contact op met {helpdesk} en vermeld referentie {ref}.',
  'listFailed.permission':
    'Ik ben nog niet ingesteld om MFA-methoden te beheren, dus er is niets gewijzigd. Neem contact op met {helpdesk} en vermeld referentie {ref}.',
  'listFailed.other':
    'Er ging iets mis bij het ophalen van je MFA-methoden, dus er is niets gewijzigd. Neem contact op met {helpdesk} en vermeld referentie {ref}.',
  unexpected:
    'Sorry, er ging aan mijn kant iets mis. Er is verder niets gewijzigd. Probeer het opnieuw, of neem contact op met {helpdesk} en vermeld referentie {ref}.',

  'scope.all': 'alle MFA-methoden',
  'scope.authenticator': 'Microsoft Authenticator-app',
  'scope.phone': 'telefoonnummer',
  'scope.phone.mobile': 'mobiele telefoon',
  'scope.phone.alternateMobile': 'alternatieve mobiele telefoon',
  'scope.phone.office': 'kantoortelefoon',
  'scope.email': 'e-mailmethode',
  'scope.securityKey': 'beveiligingssleutel of passkey',
  'scope.kind': '{kind}',
  'scope.other': 'het gevraagde type',

  'card.confirm.title.all': 'Je MFA resetten?',
  'card.confirm.title.one': 'Deze methode verwijderen?',
  'card.confirm.title.other': 'Deze methoden verwijderen?',
  'card.confirm.intro.all.one': 'Ik verwijder deze MFA-methode uit je account:',
  'card.confirm.intro.all.other': 'Ik verwijder deze {n} MFA-methoden uit je account:',
  'card.confirm.intro.scoped.one': 'Ik verwijder alleen deze methode:',
  'card.confirm.intro.scoped.other': 'Ik verwijder alleen deze {n} methoden:',
  'card.confirm.consequence.all': 'Bij je volgende aanmelding word je gevraagd om MFA opnieuw in te stellen, dus houd je telefoon bij de hand.',
  'card.confirm.consequence.scoped.one':
    'Je andere MFA-methoden blijven zoals ze zijn. Als dit je standaardaanmeldmethode is, wordt een van de methoden die je houdt de nieuwe standaard. Daarna kun je een nieuwe methode toevoegen op {setupUrl}.',
  'card.confirm.consequence.scoped.other':
    'Je andere MFA-methoden blijven zoals ze zijn. Als een van deze je standaardaanmeldmethode is, wordt een van de methoden die je houdt de nieuwe standaard. Daarna kun je een nieuwe methode toevoegen op {setupUrl}.',
  'card.confirm.warning': 'Dit kan niet ongedaan worden gemaakt.',
  'card.confirm.question': 'Wil je doorgaan?',
  'card.confirm.expires': 'Dit verzoek verloopt over {expiresIn}.',
  'card.yes': 'Ja',
  'card.no': 'Nee',
  'card.resetAll': 'Toch alles resetten',
  'card.list.title': 'Je geregistreerde MFA-methoden',
  'card.list.footer': 'Je wachtwoord wordt niet getoond en nooit gewijzigd. Typ "MFA resetten" om deze methoden te verwijderen.',
  'card.reference': 'Referentie: {ref}',
  'card.expired.title': 'Verlopen',
  'card.expired.summary': 'Dit verzoek is verlopen. Er is niets gewijzigd. Typ "MFA resetten" om opnieuw te beginnen.',
  'card.cancelled.title': 'Geannuleerd',
  'card.cancelled.summary': 'Geannuleerd, er is niets gewijzigd. Je MFA-methoden zijn hetzelfde gebleven.',
  'card.superseded.title': 'Vervangen',
  'card.superseded.summary':
    'Deze kaart is vervangen door een nieuwere, dus er is niets gewijzigd. Gebruik de nieuwste kaart, of typ "MFA resetten" om opnieuw te beginnen.',
  'card.stateUnavailable.title': 'Nog niet gedaan',

  'clarify.text': 'Ik kan je helpen met je MFA. Wat wil je doen?',
  'clarify.reset': 'Mijn MFA resetten',
  'clarify.one': 'Eén methode verwijderen',
  'clarify.list': 'Mijn methoden tonen',
  'clarify.no': 'Nee, bedankt',
  'clarify.pick': 'Welke methode moet ik verwijderen?',

  'outcome.removed': 'Verwijderd',
  'outcome.notRemoved': 'Niet verwijderd',
  'outcome.notConfirmed': 'Niet bevestigd',
  'outcome.alreadyGone': 'Al verwijderd',
  'outcome.changed': 'Gewijzigd na de kaart, overgeslagen',
  'outcome.default': ' Je standaardaanmeldmethode is nu {label}.',
  'outcome.defaultSystem': ' Je standaardaanmeldmethode is nu {label} (Microsoft kan nog steeds eerst om je veiligste methode vragen).',
  'outcome.reset.title': 'Je MFA is gereset',
  'outcome.reset.summary': 'Bij je volgende aanmelding word je gevraagd om MFA opnieuw in te stellen.',
  'outcome.reset.text': 'Ik heb je MFA gereset. Verwijderd: {removed}. Bij je volgende aanmelding word je gevraagd om MFA opnieuw in te stellen: {setupUrl}',
  'outcome.done.title': 'Verwijderd',
  'outcome.done.summary': 'Je andere MFA-methoden zijn nog geregistreerd.{defaultNote}',
  'outcome.done.text': 'Klaar. Verwijderd: {removed}. Je andere methoden zijn nog geregistreerd.{defaultNote} Een nieuwe methode toevoegen kan op {setupUrl}',
  'outcome.nothing.title': 'Niets te verwijderen',
  // Lists after a colon: one item or three, no agreement to get wrong.
  'outcome.nothing.text': 'Met deze klik is niets verwijderd. Al eerder verwijderd: {gone}.',
  'outcome.alreadyGone.note': ' Al verwijderd vóór deze klik: {gone}.',
  'outcome.changed.note': ' Wat na het tonen van de kaart is gewijzigd, heb ik laten staan: {changed}. Typ "MFA resetten" voor een nieuwe kaart.',
  'outcome.unverified':
    'Ik kon de controle van je MFA-reset niet afronden omdat Microsoft niet op tijd antwoordde, dus sommige methoden zijn misschien wel en misschien niet verwijderd. Niet bevestigd als verwijderd: {notRemoved}. Typ over een paar minuten "mijn MFA-methoden tonen" om te zien hoe het ervoor staat.',
  'outcome.failed': 'Ik kon je MFA niet resetten: er is niets verwijderd. Niet verwijderd: {notRemoved}.',
  'outcome.partial': 'Ik kon je MFA maar gedeeltelijk resetten. Verwijderd: {removed}. Niet verwijderd: {notRemoved}.',
  'outcome.contact': ' Neem contact op met {helpdesk} en vermeld referentie {ref}.',
  'outcome.setupAgain': ' Mogelijk word je gevraagd de verwijderde methoden opnieuw in te stellen op {setupUrl}.',
  'outcome.unverified.title': 'MFA-reset niet bevestigd',
  'outcome.failed.title': 'MFA-reset mislukt',
  'outcome.partial.title': 'MFA gedeeltelijk gereset',
  'outcome.attention.summary.verified': 'Sommige methoden zijn nog geregistreerd. Neem contact op met {helpdesk}.',
  'outcome.attention.summary.unverified': 'Sommige methoden zijn mogelijk nog geregistreerd. Neem contact op met {helpdesk}.',
  'outcome.notRemovedItem': '{label} ({why})',

  'reason.defaultMethod': 'het is je standaardaanmeldmethode en Microsoft verwijdert die niet zolang er nog andere methoden zijn',
  'reason.defaultPending':
    'ik heb een andere methode als standaard ingesteld zodat deze weg kon, maar Microsoft is nog niet bijgewerkt; probeer het over een paar minuten opnieuw',
  'reason.defaultLag': 'Microsoft ziet deze nog als je standaardaanmeldmethode; dat is meestal binnen een paar minuten bijgewerkt, dus probeer het zo opnieuw',
  'reason.phoneOrder': 'Microsoft verwijdert geen mobiel nummer zolang er een alternatief mobiel nummer is geregistreerd',
  'reason.permission': 'ik mag nog geen aanmeldmethoden wijzigen (een beheerder moet me daar toestemming voor geven)',
  'reason.unauthorized': 'Microsoft heeft mijn toegang geweigerd',
  'reason.busy': 'de dienst van Microsoft was overbelast',
  'reason.timeout': 'Microsoft antwoordde niet op tijd',
  'reason.stillVisible': 'Microsoft heeft het verwijderen geaccepteerd maar toont de methode nog; het kan een paar minuten duren voordat dat is bijgewerkt',
  'reason.notDeletable': 'dit type methode kan ik niet verwijderen',
  'reason.unexpected': 'er ging iets onverwachts mis',

  // Method names: .title for a card row, .word inside a sentence.
  'method.password.title': 'Wachtwoord',
  'method.password.word': 'wachtwoord',
  'method.microsoftAuthenticator.title': 'Microsoft Authenticator',
  'method.microsoftAuthenticator.word': 'Microsoft Authenticator',
  'method.phone.title': 'Telefoon',
  'method.phone.word': 'telefoon',
  'method.phone.mobile.title': 'Mobiele telefoon',
  'method.phone.mobile.word': 'mobiele telefoon',
  'method.phone.alternateMobile.title': 'Alternatieve mobiele telefoon',
  'method.phone.alternateMobile.word': 'alternatieve mobiele telefoon',
  'method.phone.office.title': 'Kantoortelefoon',
  'method.phone.office.word': 'kantoortelefoon',
  'method.email.title': 'E-mail',
  'method.email.word': 'e-mail',
  'method.fido2.title': 'Beveiligingssleutel of passkey',
  'method.fido2.word': 'beveiligingssleutel of passkey',
  'method.softwareOath.title': 'Code uit een authenticator-app (OATH)',
  'method.softwareOath.word': 'code uit een authenticator-app (OATH)',
  'method.windowsHelloForBusiness.title': 'Windows Hello voor Bedrijven',
  'method.windowsHelloForBusiness.word': 'Windows Hello voor Bedrijven',
  'method.temporaryAccessPass.title': 'Tijdelijke toegangspas',
  'method.temporaryAccessPass.word': 'tijdelijke toegangspas',
  'method.platformCredential.title': 'Platformreferentie (macOS Platform SSO)',
  'method.platformCredential.word': 'platformreferentie (macOS Platform SSO)',
  'method.externalAuthentication.title': 'Externe verificatiemethode',
  'method.externalAuthentication.word': 'externe verificatiemethode',
  'method.qrCodePin.title': 'Aanmelden met QR-code',
  'method.qrCodePin.word': 'aanmelden met QR-code',
  'method.hardwareOath.title': 'Hardwaretoken (OATH)',
  'method.hardwareOath.word': 'hardwaretoken (OATH)',
  'method.passwordlessMicrosoftAuthenticator.title': 'Microsoft Authenticator (zonder wachtwoord)',
  'method.passwordlessMicrosoftAuthenticator.word': 'Microsoft Authenticator (zonder wachtwoord)',
  'method.unknown.title': 'Aanmeldmethode',
  'method.unknown.word': 'aanmeldmethode',

  // In the user's words when no contact is configured.
  'contact.helpdesk': 'je IT-servicedesk',
  'contact.security': 'je IT-beveiligingsteam',
  // After a reset (issue 15).
  'mail.reset.subject': 'Je MFA-aanmeldmethoden zijn gereset',
  'mail.reset.removed': 'Op {when} zijn deze aanmeldmethoden uit je account verwijderd: {removed}.',
  'mail.reset.bySelf': 'Je hebt dit zelf gevraagd, in de MFA-resetbot in Microsoft Teams.',
  'mail.reset.byTechnician': '{technician} van de IT-servicedesk heeft dit op jouw verzoek gedaan, nadat je het in Microsoft Teams had bevestigd.',
  'mail.reset.bySecondTechnician':
    '{technician} van de IT-servicedesk heeft dit gedaan, goedgekeurd door een tweede medewerker, omdat je in Microsoft Teams niet bereikbaar was.',
  'mail.reset.tap': 'Er is een eenmalige tijdelijke toegangspas (Temporary Access Pass) uitgegeven, zodat je nieuwe methoden kunt instellen.',
  'mail.reset.signedOut': 'Je account is bij alle sessies afgemeld.',
  'mail.reset.next': 'Bij je volgende aanmelding wordt je gevraagd MFA opnieuw in te stellen: {setupUrl}',
  'mail.reset.notYou': 'Was jij dit niet? Neem dan nu contact op met {securityContact}.',
  'after.title': 'En nu?',
  'after.tap.offer':
    'Moet je je aanmelden voordat je een nieuwe methode kunt instellen? Dan kan ik je een tijdelijke toegangspas (Temporary Access Pass) geven: een eenmalige code die korte tijd de plaats van MFA inneemt.',
  'after.tap.button': 'Tijdelijke toegangspas aanvragen',
  'after.revoke.offer':
    'Je schreef dat je telefoon kwijt of gestolen is. Ik kan je overal afmelden, zodat wie hem heeft geen toegang meer heeft. Dat duurt een paar minuten en geldt niet voor gastaccounts die je bij andere organisaties hebt.',
  'after.revoke.button': 'Meld me overal af',
  'after.expired': 'Deze opties zijn verlopen. Neem voor een tijdelijke toegangspas of om overal afgemeld te worden contact op met {helpdesk}.',
  'after.used': 'Dat is al gedaan.',
  'tap.title': 'Je tijdelijke toegangspas',
  'tap.intro': 'Meld je met deze pas aan in plaats van met MFA en stel daarna op {setupUrl} een nieuwe methode in.',
  'tap.validity.once': 'Geldig voor {lifetime} vanaf {start}, voor één aanmelding.',
  'tap.validity.reusable': 'Geldig voor {lifetime} vanaf {start}.',
  'tap.shownOnce':
    'Hij wordt alleen hier en maar één keer getoond: deze kaart wordt leeggemaakt als je op Klaar drukt of als de pas verloopt. Deel hem nooit met iemand.',
  'tap.done': 'Klaar',
  'tap.cleared.title': 'Tijdelijke toegangspas',
  'tap.cleared.summary': 'De pas wordt hier niet meer getoond.',
  'tap.expired.summary': 'De pas is verlopen en wordt hier niet meer getoond.',
  'tap.refused.disabled':
    'Ik kan geen tijdelijke toegangspas uitgeven: zulke passen staan uit in het beleid voor verificatiemethoden van je organisatie. Neem contact op met {helpdesk} om je aan te melden en MFA opnieuw in te stellen.',
  'tap.refused.notInScope':
    'Ik kan voor dit account geen tijdelijke toegangspas uitgeven: het valt niet onder het beleid voor tijdelijke toegangspassen van je organisatie. Neem contact op met {helpdesk}.',
  'tap.refused.permission':
    'Ik kan nog geen tijdelijke toegangspassen uitgeven: ik mag het beleid niet lezen of geen passen maken. Neem contact op met {helpdesk}. Referentie: {ref}',
  'tap.refused.failed':
    'Het lukte me nu niet om een tijdelijke toegangspas uit te geven. Probeer het over een minuut opnieuw of neem contact op met {helpdesk}. Referentie: {ref}',
  'revoke.done':
    'Klaar: ik heb je overal afgemeld. Het kan een paar minuten duren voordat elke sessie is beëindigd. Gastaccounts die je bij andere organisaties hebt, vallen hier niet onder.',
  'revoke.failed':
    'Het lukte me nu niet om je overal af te melden. De reset van je MFA zelf is wel klaar. Probeer het over een minuut opnieuw of neem contact op met {helpdesk}. Referentie: {ref}',
  'helpdesk.after.tap.label': 'Na de reset een tijdelijke toegangspas uitgeven (één keer getoond, in de eigen chat van {name})',
  'helpdesk.after.revoke.label': '{name} na de reset overal afmelden',
  'helpdesk.after.revoke.auto': 'Alleen als de reden verdachte activiteit is',
  'helpdesk.after.revoke.yes': 'Ja',
  'helpdesk.after.revoke.no': 'Nee',
  'helpdesk.after.tap.shownToTarget': 'Eén keer aan {name} getoond in de eigen chat ({lifetime}, eenmalig)',
  'helpdesk.after.tap.shownToYou': 'Eén keer aan jou getoond in deze chat, om voor te lezen aan {name} ({lifetime}, eenmalig)',
  'helpdesk.after.fact.signOut': 'Overal afgemeld',
  'helpdesk.after.signOut.done': 'Ja (duurt een paar minuten; gastaccounts bij andere organisaties vallen er niet onder)',
  'helpdesk.after.signOut.failed': 'Nee: dat is mislukt, de reset zelf blijft staan. Gebruik de optie Sessies intrekken in het Microsoft Entra-beheercentrum.',
  'helpdesk.target.done.by': 'Uitgevoerd door',
  'helpdesk.target.done.when': 'Wanneer',
  'tap.intro.readOut':
    'Lees deze pas pas voor aan {name} als je zeker weet dat het die persoon is. Die meldt zich ermee aan in plaats van met MFA en stelt daarna op {setupUrl} een nieuwe methode in.',
  'mail.tap.subject': 'Er is een tijdelijke toegangspas voor je account uitgegeven',
  'mail.tap.body':
    'Op {when} heb je de MFA-resetbot in Microsoft Teams om een eenmalige tijdelijke toegangspas gevraagd, geldig voor {lifetime}. Daarmee kan iemand zich zonder MFA bij je account aanmelden.',
  'tap.refused.privileged':
    'Voor een account met beheerdersrollen kan ik in deze chat geen tijdelijke toegangspas uitgeven. Neem contact op met {helpdesk}: accounts met beheerdersrechten worden door een beheerder afgehandeld.',
};
