import type { Messages } from './index.js';

/**
 * Polish. "Pan/Pani" is awkward from a bot and "ty" too familiar at work, so the bot speaks in
 * impersonal and infinitive forms ("wystarczy wpisać", "proszę spróbować") and never says whether
 * it is masculine or feminine. What to type: "zresetuj MFA", "pokaż moje metody MFA", "pomoc".
 */
export const pl: Messages = {
  'list.join.two': '{a} i {b}',
  'list.join.many': '{head} i {last}',
  'list.join.sep': ', ',
  // Accusative after "za" ("wygasa za 1 minutę"); few: 2–4, 22–24…; many: 5–21, 25…; other: fractions.
  'duration.seconds.one': '{n} sekundę',
  'duration.seconds.few': '{n} sekundy',
  'duration.seconds.many': '{n} sekund',
  'duration.seconds.other': '{n} sekundy',
  'duration.minutes.one': '{n} minutę',
  'duration.minutes.few': '{n} minuty',
  'duration.minutes.many': '{n} minut',
  'duration.minutes.other': '{n} minuty',

  'demo.notice': 'Tryb demonstracyjny: symulowana dzierżawa, żadne prawdziwe konto nie zostanie zmienione.',
  'demo.once': 'Tryb demonstracyjny: ten bot działa na symulowanej dzierżawie, więc żadne prawdziwe konto nie zostanie zmienione.',

  welcome:
    'Dzień dobry, jestem asystentem do resetowania MFA. Jeśli telefon zaginął lub został wymieniony albo aplikacja Authenticator przestała działać, mogę usunąć zarejestrowane metody MFA, aby można je było skonfigurować od nowa. Można wpisać na przykład {commands}.',
  help: 'Resetuję MFA (uwierzytelnianie wieloskładnikowe) konta, z którego przyszła wiadomość, po utracie lub wymianie telefonu albo gdy aplikacja Authenticator przestała działać. Zawsze najpierw pokazuję, co zostanie usunięte, i pytam o zgodę przed jakąkolwiek zmianą. Można wpisać na przykład {commands}.',
  commands: '"zresetuj MFA", "zresetuj aplikację Authenticator", "pokaż moje metody MFA" lub "pomoc"',
  greeting:
    'Dzień dobry! Mogę zresetować MFA po utracie lub wymianie telefonu. Aby zacząć, wystarczy wpisać "zresetuj MFA", a więcej informacji pokaże "pomoc".',
  thanks: 'Nie ma za co! W innych sprawach związanych z MFA wystarczy wpisać "pomoc".',
  groupChat: 'Ze względów bezpieczeństwa obsługuję MFA tylko na czacie prywatnym. Wystarczy otworzyć czat 1:1 ze mną i wpisać "zresetuj MFA".',
  // {helpdesk} may be an address or a team's name: after a colon it needs no Polish case ending.
  otherUser: 'Mogę zresetować MFA tylko dla konta, z którego przyszła wiadomość. W sprawie konta innej osoby proszę o kontakt: {helpdesk}.',
  negation: 'Dobrze, niczego nie zmieniam. Jeśli reset będzie potrzebny później, wystarczy wpisać "zresetuj MFA".',
  aboutMfa:
    'MFA dodaje drugi krok przy logowaniu (np. powiadomienie w aplikacji Authenticator lub kod SMS). Zarejestrowane metody można przejrzeć na stronie {setupUrl}. Aby zacząć od nowa, np. po zmianie telefonu, wystarczy wpisać "zresetuj MFA".',
  password:
    'Pomagam tylko w sprawach MFA, nie haseł. Hasło można zresetować samodzielnie na stronie {ssprUrl}; w razie problemów proszę o kontakt: {helpdesk}.',
  undo: 'Resetu nie można cofnąć: usunięte metody znikają na stałe. Można je zarejestrować ponownie na stronie {setupUrl}; po pełnym resecie przy następnym logowaniu pojawi się prośba o skonfigurowanie MFA.',
  'typed.pending': 'Aby kontynuować, wystarczy kliknąć Tak na karcie powyżej; karta wygasa za {expiresIn}.',
  'typed.pendingCancel': 'Aby anulować, wystarczy kliknąć Nie na karcie powyżej (albo po prostu ją zostawić: wygaśnie za {expiresIn} i nic się nie zmieni).',
  'typed.none': 'Nie ma żadnej oczekującej prośby. Aby zacząć, wystarczy wpisać "zresetuj MFA", a więcej informacji pokaże "pomoc".',
  security:
    'Wygląda na to, że ktoś inny może próbować zalogować się na to konto. Nie należy zatwierdzać żadnych próśb o logowanie, których nie zainicjowano samodzielnie. Trzeba od razu zmienić hasło na stronie {ssprUrl} i niezwłocznie zgłosić sprawę: {securityContact}. Nic nie zostało zmienione i z tego powodu nie zresetuję MFA: to właśnie zarejestrowane metody chronią konto przed tą osobą.',
  noIdentity:
    'Na podstawie tego czatu nie da się potwierdzić tożsamości, więc nie mogę niczego zmienić. Proszę napisać do mnie z aplikacji Microsoft Teams z konta służbowego albo skontaktować się z pomocą: {helpdesk}.',
  tenantNotAllowed: 'Ten asystent nie jest dostępny w tej organizacji. Proszę o kontakt: {helpdesk}.',
  rateLimited: 'W ciągu ostatniej minuty wysłano do mnie bardzo dużo próśb. Proszę odczekać minutę i spróbować ponownie; nic nie zostało zmienione.',
  stateUnavailable: 'W tej chwili nie mogę zapisywać próśb, więc nic nie zostało zmienione. Proszę spróbować ponownie za minutę. (Numer referencyjny {ref})',
  nothingToRemove:
    'Na koncie nie ma zarejestrowanych metod MFA, które mogę usunąć, więc nie ma czego resetować. MFA można skonfigurować na stronie {setupUrl}.',
  // {what} is a bare noun ("numer telefonu"), so the sentence needs no case ending.
  'nothingInScope.others':
    'Na koncie nie ma zarejestrowanej metody tego typu ({what}). Zarejestrowane metody to: {others}. Aby usunąć je wszystkie, wystarczy wpisać "zresetuj MFA".',
  'nothingInScope.none': 'Na koncie nie ma zarejestrowanej metody tego typu ({what}) ani żadnych innych metod MFA, więc nie ma czego resetować.',
  noMethodsToList: 'Na koncie nie ma zarejestrowanych metod MFA (jest tylko hasło). MFA można skonfigurować na stronie {setupUrl}.',
  'onlyUnremovable.one': 'Zarejestrowana metoda to {labels} i nie mogę jej usunąć. Proszę o kontakt: {helpdesk}, z podaniem numeru referencyjnego {ref}.',
  'onlyUnremovable.other': 'Zarejestrowane metody to {labels} i nie mogę ich usunąć. Proszę o kontakt: {helpdesk}, z podaniem numeru referencyjnego {ref}.',
  cardMalformed: 'Ten przycisk już nie działa, więc nic nie zostało zmienione. Aby zacząć od nowa, wystarczy wpisać "zresetuj MFA".',
  cardNotYours: 'To potwierdzenie należy do kogoś innego, więc nie mogę go wykonać. Nic nie zostało zmienione.',
  cardUsed: 'Ta prośba została już obsłużona. Aby sprawdzić aktualny stan, wystarczy wpisać "pokaż moje metody MFA".',
  'listFailed.busy':
    'Usługa Microsoft jest w tej chwili przeciążona, więc nie udało się odczytać metod MFA. Proszę spróbować ponownie za kilka minut. (Numer referencyjny {ref})',
  'listFailed.userNotFound':
    'Nie udało się znaleźć konta w katalogu, więc nie mogę niczego zresetować. Proszę o kontakt: {helpdesk}, z podaniem numeru referencyjnego {ref}.',
  'listFailed.permission':
    'Nie mam jeszcze uprawnień do zarządzania metodami MFA, więc nic nie zostało zmienione. Proszę o kontakt: {helpdesk}, z podaniem numeru referencyjnego {ref}.',
  'listFailed.other':
    'Podczas odczytywania metod MFA coś poszło nie tak, więc nic nie zostało zmienione. Proszę o kontakt: {helpdesk}, z podaniem numeru referencyjnego {ref}.',
  unexpected:
    'Przepraszam, coś poszło nie tak po mojej stronie. Nic więcej nie zostało zmienione. Proszę spróbować ponownie, a jeśli to nie pomoże, proszę o kontakt: {helpdesk}, z podaniem numeru referencyjnego {ref}.',

  'scope.all': 'wszystkie metody MFA',
  'scope.authenticator': 'aplikacja Microsoft Authenticator',
  'scope.phone': 'numer telefonu',
  'scope.phone.mobile': 'telefon komórkowy',
  'scope.phone.alternateMobile': 'alternatywny telefon komórkowy',
  'scope.phone.office': 'telefon służbowy',
  'scope.email': 'metoda e-mail',
  'scope.securityKey': 'klucz zabezpieczeń lub klucz dostępu',
  'scope.kind': '{kind}',
  'scope.other': 'wybrany typ',

  'card.confirm.title.all': 'Zresetować MFA?',
  'card.confirm.title.one': 'Usunąć tę metodę?',
  'card.confirm.title.other': 'Usunąć te metody?',
  // "te 2 metody", "te 5 metod": the noun follows the number (few / many).
  'card.confirm.intro.all.one': 'Usunę z konta tę metodę MFA:',
  'card.confirm.intro.all.few': 'Usunę z konta te {n} metody MFA:',
  'card.confirm.intro.all.many': 'Usunę z konta te {n} metod MFA:',
  'card.confirm.intro.all.other': 'Usunę z konta te metody MFA ({n}):',
  'card.confirm.intro.scoped.one': 'Usunę tylko tę metodę:',
  'card.confirm.intro.scoped.few': 'Usunę tylko te {n} metody:',
  'card.confirm.intro.scoped.many': 'Usunę tylko te {n} metod:',
  'card.confirm.intro.scoped.other': 'Usunę tylko te metody ({n}):',
  'card.confirm.consequence.all': 'Przy następnym logowaniu pojawi się prośba o ponowne skonfigurowanie MFA, więc warto mieć telefon pod ręką.',
  'card.confirm.consequence.scoped.one':
    'Inne metody MFA pozostaną bez zmian. Jeśli to jest domyślna metoda logowania, domyślną stanie się jedna z zachowanych metod. Nową metodę można potem dodać na stronie {setupUrl}.',
  'card.confirm.consequence.scoped.other':
    'Inne metody MFA pozostaną bez zmian. Jeśli jedna z usuwanych metod jest domyślną metodą logowania, domyślną stanie się jedna z zachowanych. Nową metodę można potem dodać na stronie {setupUrl}.',
  'card.confirm.warning': 'Tej operacji nie można cofnąć.',
  'card.confirm.question': 'Czy kontynuować?',
  'card.confirm.expires': 'Ta prośba wygasa za {expiresIn}.',
  'card.yes': 'Tak',
  'card.no': 'Nie',
  'card.resetAll': 'Zamiast tego zresetuj wszystko',
  'card.list.title': 'Zarejestrowane metody MFA',
  'card.list.footer': 'Hasło nie jest tu pokazywane i nigdy nie jest zmieniane. Aby usunąć te metody, wystarczy wpisać "zresetuj MFA".',
  'card.reference': 'Numer referencyjny: {ref}',
  'card.expired.title': 'Prośba wygasła',
  'card.expired.summary': 'Ta prośba wygasła. Nic nie zostało zmienione. Aby zacząć od nowa, wystarczy wpisać "zresetuj MFA".',
  'card.cancelled.title': 'Anulowano',
  'card.cancelled.summary': 'Anulowano, nic nie zostało zmienione. Metody MFA pozostały bez zmian.',
  'card.superseded.title': 'Karta zastąpiona',
  'card.superseded.summary':
    'Ta karta została zastąpiona nowszą, więc nic nie zostało zmienione. Należy użyć najnowszej karty albo wpisać "zresetuj MFA", aby zacząć od nowa.',
  'card.stateUnavailable.title': 'Jeszcze nie wykonano',

  'clarify.text': 'Mogę pomóc w sprawie MFA. Co mam zrobić?',
  'clarify.reset': 'Zresetuj moje MFA',
  'clarify.one': 'Usuń tylko jedną metodę',
  'clarify.list': 'Pokaż moje metody',
  'clarify.no': 'Nie, dziękuję',
  'clarify.pick': 'Którą metodę usunąć?',

  'outcome.removed': 'Usunięto',
  'outcome.notRemoved': 'Nie usunięto',
  'outcome.notConfirmed': 'Nie potwierdzono',
  'outcome.alreadyGone': 'Usunięta już wcześniej',
  'outcome.changed': 'Pominięto (zmieniona po wyświetleniu karty)',
  'outcome.default': ' Domyślną metodą logowania jest teraz {label}.',
  'outcome.defaultSystem': ' Domyślną metodą logowania jest teraz {label} (Microsoft może nadal najpierw prosić o najbezpieczniejszą metodę).',
  'outcome.reset.title': 'MFA zostało zresetowane',
  'outcome.reset.summary': 'Przy następnym logowaniu pojawi się prośba o ponowne skonfigurowanie MFA.',
  'outcome.reset.text': 'MFA zostało zresetowane. Usunięto: {removed}. Przy następnym logowaniu pojawi się prośba o ponowne skonfigurowanie MFA: {setupUrl}',
  'outcome.done.title': 'Usunięto',
  'outcome.done.summary': 'Inne metody MFA są nadal zarejestrowane.{defaultNote}',
  'outcome.done.text': 'Gotowe. Usunięto: {removed}. Inne metody są nadal zarejestrowane.{defaultNote} Nową metodę można dodać na stronie {setupUrl}',
  'outcome.nothing.title': 'Nic do usunięcia',
  // Lists after a colon: one item or three, no agreement to get wrong.
  'outcome.nothing.text': 'To kliknięcie niczego nie usunęło. Już wcześniej usunięto: {gone}.',
  'outcome.alreadyGone.note': ' Już przed tym kliknięciem usunięto: {gone}.',
  'outcome.changed.note': ' Pominięto to, co zmieniło się po wyświetleniu karty: {changed}. Aby dostać nową kartę, wystarczy wpisać "zresetuj MFA".',
  'outcome.unverified':
    'Nie udało się dokończyć sprawdzania resetu MFA, bo Microsoft nie odpowiedział na czas, więc niektóre metody mogły, ale nie musiały zostać usunięte. Nie potwierdzono usunięcia: {notRemoved}. Aby sprawdzić aktualny stan, wystarczy za kilka minut wpisać "pokaż moje metody MFA".',
  'outcome.failed': 'Nie udało się zresetować MFA: nic nie zostało usunięte. Nie usunięto: {notRemoved}.',
  'outcome.partial': 'MFA udało się zresetować tylko częściowo. Usunięto: {removed}. Nie usunięto: {notRemoved}.',
  'outcome.contact': ' Proszę o kontakt: {helpdesk}, z podaniem numeru referencyjnego {ref}.',
  'outcome.setupAgain': ' Może pojawić się prośba o ponowne skonfigurowanie usuniętych metod na stronie {setupUrl}.',
  'outcome.unverified.title': 'Reset MFA niepotwierdzony',
  'outcome.failed.title': 'Reset MFA nie powiódł się',
  'outcome.partial.title': 'MFA zresetowane częściowo',
  'outcome.attention.summary.verified': 'Niektóre metody są nadal zarejestrowane. Proszę o kontakt: {helpdesk}.',
  'outcome.attention.summary.unverified': 'Niektóre metody mogą być nadal zarejestrowane. Proszę o kontakt: {helpdesk}.',
  'outcome.notRemovedItem': '{label} ({why})',

  'reason.defaultMethod': 'to domyślna metoda logowania, a Microsoft nie usuwa jej, dopóki zarejestrowane są inne metody',
  'reason.defaultPending':
    'inna metoda została ustawiona jako domyślna, żeby można było usunąć tę, ale Microsoft jeszcze tego nie uwzględnił; warto spróbować ponownie za kilka minut',
  'reason.defaultLag':
    'Microsoft nadal traktuje ją jako domyślną metodę logowania; zwykle aktualizuje się to w ciągu kilku minut, więc warto wkrótce spróbować ponownie',
  'reason.phoneOrder': 'Microsoft nie usuwa numeru komórkowego, dopóki zarejestrowany jest alternatywny numer komórkowy',
  'reason.permission': 'nie mam jeszcze uprawnień do zmiany metod logowania (administrator musi mi je nadać)',
  'reason.unauthorized': 'Microsoft odmówił dostępu',
  'reason.busy': 'usługa Microsoft była przeciążona',
  'reason.timeout': 'Microsoft nie odpowiedział na czas',
  'reason.stillVisible': 'Microsoft przyjął usunięcie, ale nadal pokazuje tę metodę; aktualizacja może potrwać kilka minut',
  'reason.notDeletable': 'nie mogę usuwać metod tego typu',
  'reason.unexpected': 'wystąpił nieoczekiwany błąd',

  // Method names: .title for a card row, .word inside a sentence.
  'method.password.title': 'Hasło',
  'method.password.word': 'hasło',
  'method.microsoftAuthenticator.title': 'Microsoft Authenticator',
  'method.microsoftAuthenticator.word': 'Microsoft Authenticator',
  'method.phone.title': 'Telefon',
  'method.phone.word': 'telefon',
  'method.phone.mobile.title': 'Telefon komórkowy',
  'method.phone.mobile.word': 'telefon komórkowy',
  'method.phone.alternateMobile.title': 'Alternatywny telefon komórkowy',
  'method.phone.alternateMobile.word': 'alternatywny telefon komórkowy',
  'method.phone.office.title': 'Telefon służbowy',
  'method.phone.office.word': 'telefon służbowy',
  'method.email.title': 'E-mail',
  'method.email.word': 'adres e-mail',
  'method.fido2.title': 'Klucz zabezpieczeń lub klucz dostępu',
  'method.fido2.word': 'klucz zabezpieczeń lub klucz dostępu',
  'method.softwareOath.title': 'Kod z aplikacji uwierzytelniającej (OATH)',
  'method.softwareOath.word': 'kod z aplikacji uwierzytelniającej (OATH)',
  'method.windowsHelloForBusiness.title': 'Windows Hello dla firm',
  'method.windowsHelloForBusiness.word': 'Windows Hello dla firm',
  'method.temporaryAccessPass.title': 'Tymczasowa przepustka dostępu',
  'method.temporaryAccessPass.word': 'tymczasowa przepustka dostępu',
  'method.platformCredential.title': 'Poświadczenie platformy (macOS Platform SSO)',
  'method.platformCredential.word': 'poświadczenie platformy (macOS Platform SSO)',
  'method.externalAuthentication.title': 'Zewnętrzna metoda uwierzytelniania',
  'method.externalAuthentication.word': 'zewnętrzna metoda uwierzytelniania',
  'method.qrCodePin.title': 'Logowanie kodem QR',
  'method.qrCodePin.word': 'logowanie kodem QR',
  'method.hardwareOath.title': 'Token sprzętowy (OATH)',
  'method.hardwareOath.word': 'token sprzętowy (OATH)',
  'method.passwordlessMicrosoftAuthenticator.title': 'Microsoft Authenticator (bez hasła)',
  'method.passwordlessMicrosoftAuthenticator.word': 'Microsoft Authenticator (bez hasła)',
  'method.unknown.title': 'Metoda logowania',
  'method.unknown.word': 'metoda logowania',

  // In the user's words when no contact is configured (after a colon: nominative).
  'contact.helpdesk': 'dział IT',
  'contact.security': 'zespół bezpieczeństwa IT',
  // After a reset (issue 15).
  'mail.reset.subject': 'Metody logowania MFA na Twoim koncie zostały zresetowane',
  'mail.reset.removed': 'Dnia {when} z konta usunięto te metody logowania: {removed}.',
  'mail.reset.bySelf': 'Zlecenie pochodziło od właściciela konta, z bota resetowania MFA w Microsoft Teams.',
  'mail.reset.byTechnician': 'Zrobił(a) to {technician} z działu wsparcia IT na prośbę właściciela konta, po potwierdzeniu w Microsoft Teams.',
  'mail.reset.bySecondTechnician':
    'Zrobił(a) to {technician} z działu wsparcia IT, za zgodą drugiej osoby z działu wsparcia, ponieważ kontakt przez Microsoft Teams nie był możliwy.',
  'mail.reset.tap': 'Wydano jednorazowy tymczasowy dostęp (Temporary Access Pass), aby można było skonfigurować nowe metody.',
  'mail.reset.signedOut': 'Konto zostało wylogowane ze wszystkich sesji.',
  'mail.reset.next': 'Przy następnym logowaniu pojawi się prośba o ponowne skonfigurowanie MFA: {setupUrl}',
  'mail.reset.notYou': 'Jeśli to nie była prośba właściciela konta, proszę o natychmiastowy kontakt: {securityContact}.',
  'after.title': 'Co dalej?',
  'after.tap.offer':
    'Jeśli przed skonfigurowaniem nowej metody trzeba się zalogować, mogę wydać tymczasowy dostęp (Temporary Access Pass): jednorazowy kod, który na krótko zastępuje MFA.',
  'after.tap.button': 'Wydaj tymczasowy dostęp',
  'after.revoke.offer':
    'Wiadomość mówiła o zgubionym lub skradzionym telefonie. Mogę wylogować konto wszędzie, aby osoba, która ma telefon, straciła dostęp. Zadziała to po kilku minutach i nie obejmuje kont gościa w innych organizacjach.',
  'after.revoke.button': 'Wyloguj mnie wszędzie',
  'after.expired': 'Te opcje wygasły. W sprawie tymczasowego dostępu lub wylogowania wszędzie proszę o kontakt: {helpdesk}.',
  'after.used': 'To już zostało zrobione.',
  'tap.title': 'Tymczasowy dostęp (Temporary Access Pass)',
  'tap.intro': 'Ten kod służy do zalogowania się zamiast MFA; potem wystarczy skonfigurować nową metodę na stronie {setupUrl}.',
  'tap.validity.once': 'Ważny przez {lifetime} od {start}, tylko do jednego logowania.',
  'tap.validity.reusable': 'Ważny przez {lifetime} od {start}.',
  'tap.shownOnce':
    'Jest widoczny tylko tutaj i tylko raz: ta karta zostanie wyczyszczona po naciśnięciu Gotowe lub po wygaśnięciu kodu. Nie wolno go nikomu przekazywać.',
  'tap.done': 'Gotowe',
  'tap.cleared.title': 'Tymczasowy dostęp',
  'tap.cleared.summary': 'Kod nie jest już tutaj widoczny.',
  'tap.expired.summary': 'Kod wygasł i nie jest już tutaj widoczny.',
  'tap.refused.disabled':
    'Nie mogę wydać tymczasowego dostępu: w zasadach metod uwierzytelniania organizacji jest on wyłączony. W sprawie logowania i ponownej konfiguracji MFA proszę o kontakt: {helpdesk}.',
  'tap.refused.notInScope':
    'Nie mogę wydać tymczasowego dostępu dla tego konta: nie jest ono objęte zasadami tymczasowego dostępu w organizacji. Proszę o kontakt: {helpdesk}.',
  'tap.refused.permission':
    'Nie mogę jeszcze wydawać tymczasowego dostępu: brakuje mi uprawnień do odczytu zasad lub tworzenia kodów. Proszę o kontakt: {helpdesk}. Numer referencyjny: {ref}',
  'tap.refused.failed':
    'Nie udało się teraz wydać tymczasowego dostępu. Warto spróbować ponownie za minutę; w razie problemów proszę o kontakt: {helpdesk}. Numer referencyjny: {ref}',
  'revoke.done':
    'Gotowe: konto zostało wylogowane wszędzie. Zakończenie wszystkich sesji może potrwać kilka minut. Nie dotyczy to kont gościa w innych organizacjach.',
  'revoke.failed':
    'Nie udało się teraz wylogować konta wszędzie. Sam reset MFA jest zakończony. Warto spróbować ponownie za minutę; w razie problemów proszę o kontakt: {helpdesk}. Numer referencyjny: {ref}',
  'helpdesk.after.tap.label': 'Wydaj tymczasowy dostęp po resecie (pokazany raz, we własnym czacie: {name})',
  'helpdesk.after.revoke.label': 'Wyloguj wszędzie po resecie: {name}',
  'helpdesk.after.revoke.auto': 'Tylko gdy powodem jest podejrzana aktywność',
  'helpdesk.after.revoke.yes': 'Tak',
  'helpdesk.after.revoke.no': 'Nie',
  'helpdesk.after.tap.shownToTarget': 'Pokazany raz we własnym czacie osoby: {name} ({lifetime}, jednorazowy)',
  'helpdesk.after.tap.shownToYou': 'Pokazany raz w tym czacie, do odczytania osobie: {name} ({lifetime}, jednorazowy)',
  'helpdesk.after.fact.signOut': 'Wylogowanie wszędzie',
  'helpdesk.after.signOut.done': 'Tak (trwa kilka minut; nie obejmuje kont gościa w innych organizacjach)',
  'helpdesk.after.signOut.failed':
    'Nie: operacja się nie powiodła, sam reset pozostaje ważny. Można użyć „Odwołaj sesje” w centrum administracyjnym Microsoft Entra.',
  'helpdesk.target.done.by': 'Wykonał(a)',
  'helpdesk.target.done.when': 'Kiedy',
  'tap.intro.readOut':
    'Ten kod można odczytać osobie ({name}) dopiero po upewnieniu się, że to ona. Loguje się nim zamiast MFA, a potem konfiguruje nową metodę na stronie {setupUrl}.',
  'mail.tap.subject': 'Dla konta wydano tymczasowy dostęp (Temporary Access Pass)',
  'mail.tap.body':
    'Dnia {when} w bocie resetowania MFA w Microsoft Teams poproszono o jednorazowy tymczasowy dostęp, ważny przez {lifetime}. Pozwala on zalogować się na konto bez MFA.',
  'tap.refused.privileged':
    'Nie mogę wydać tymczasowego dostępu w tym czacie dla konta z rolami administratora. Proszę o kontakt: {helpdesk}; kontami uprzywilejowanymi zajmuje się administrator.',
};
