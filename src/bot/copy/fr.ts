import type { Messages } from './index.js';

/**
 * French ("vous"; what to type: « réinitialiser ma MFA », « afficher mes méthodes MFA », « aide »).
 * Spaces before ? ! : ; and inside « » are no-break spaces, as French typography wants.
 */
export const fr: Messages = {
  'list.join.two': '{a} et {b}',
  'list.join.many': '{head} et {last}',
  'list.join.sep': ', ',
  'duration.seconds.one': '{n} seconde',
  'duration.seconds.other': '{n} secondes',
  'duration.minutes.one': '{n} minute',
  'duration.minutes.other': '{n} minutes',

  'demo.notice': 'Mode démo : locataire simulé, aucun compte réel n’est modifié.',
  'demo.once': 'Mode démo : ce bot fonctionne sur un locataire simulé, aucun compte réel n’est donc modifié.',

  welcome:
    'Bonjour, je suis l’assistant de réinitialisation MFA. Si vous avez perdu ou remplacé votre téléphone, ou si votre application Authenticator ne fonctionne plus, je peux supprimer vos méthodes MFA enregistrées pour que vous puissiez les configurer à nouveau. Essayez par exemple {commands}.',
  help: 'Je peux réinitialiser votre propre MFA (authentification multifacteur) si vous avez perdu ou remplacé votre téléphone, ou si votre application Authenticator ne fonctionne plus. Je vous montre toujours ce qui sera supprimé et je vous demande votre accord avant de modifier quoi que ce soit. Essayez par exemple {commands}.',
  commands: '« réinitialiser ma MFA », « réinitialiser mon application Authenticator », « afficher mes méthodes MFA » ou « aide »',
  greeting:
    'Bonjour ! Je peux réinitialiser votre MFA si vous avez perdu ou remplacé votre téléphone. Dites « réinitialiser ma MFA » pour commencer, ou « aide » pour en savoir plus.',
  thanks: 'Je vous en prie ! Si vous avez besoin d’autre chose pour votre MFA, dites simplement « aide ».',
  groupChat:
    'Pour votre sécurité, je ne traite la MFA que dans une conversation privée. Ouvrez une conversation individuelle avec moi et dites « réinitialiser ma MFA ».',
  otherUser: 'Je ne peux réinitialiser que votre propre MFA. Pour le compte d’une autre personne, veuillez contacter {helpdesk}.',
  negation: 'D’accord, je ne modifie rien. Si vous avez besoin d’une réinitialisation plus tard, dites simplement « réinitialiser ma MFA ».',
  aboutMfa:
    'La MFA ajoute une deuxième étape à la connexion (par exemple une notification Authenticator ou un code reçu par SMS). Vous pouvez consulter vos méthodes sur {setupUrl}. Si vous devez repartir de zéro, par exemple après un changement de téléphone, dites « réinitialiser ma MFA ».',
  password:
    'Je ne peux vous aider que pour la MFA, pas pour les mots de passe. Pour réinitialiser votre mot de passe, utilisez la réinitialisation en libre-service sur {ssprUrl}, ou contactez {helpdesk}.',
  undo: 'Une réinitialisation est irréversible : les méthodes supprimées le sont définitivement. Vous pouvez les enregistrer à nouveau sur {setupUrl} ; après une réinitialisation complète, vous devrez configurer la MFA lors de votre prochaine connexion.',
  'typed.pending': 'Pour continuer, appuyez sur Oui sur la carte ci-dessus ; elle expire dans {expiresIn}.',
  'typed.pendingCancel': 'Pour annuler, appuyez sur Non sur la carte ci-dessus (ou ne faites rien : elle expire dans {expiresIn} et rien ne change).',
  'typed.none': 'Aucune demande n’est en attente. Dites « réinitialiser ma MFA » pour commencer, ou « aide » pour en savoir plus.',
  security:
    'On dirait que quelqu’un d’autre essaie de se connecter à votre compte. N’approuvez aucune demande que vous n’avez pas lancée vous-même, changez votre mot de passe dès maintenant sur {ssprUrl} et contactez immédiatement {securityContact}. Je n’ai rien modifié, et je ne réinitialiserai pas votre MFA pour cette raison : ce sont justement vos méthodes qui bloquent l’autre personne.',
  noIdentity:
    'Je n’ai pas pu confirmer votre identité depuis cette conversation, je ne peux donc rien modifier. Écrivez-moi depuis Microsoft Teams avec votre compte professionnel, ou contactez {helpdesk}.',
  tenantNotAllowed: 'Cet assistant n’est pas disponible pour votre organisation. Veuillez contacter {helpdesk}.',
  rateLimited: 'Vous m’avez envoyé beaucoup de demandes au cours de la dernière minute. Patientez une minute, puis réessayez ; rien n’a été modifié.',
  stateUnavailable: 'Je ne peux pas enregistrer de demande pour le moment, rien n’a donc été modifié. Réessayez dans une minute. (Référence {ref})',
  nothingToRemove:
    'Vous n’avez aucune méthode MFA enregistrée que je puisse supprimer, il n’y a donc rien à réinitialiser. Pour configurer la MFA, rendez-vous sur {setupUrl}.',
  // {what} is a bare noun ("numéro de téléphone"), so the sentence needs no article or agreement.
  'nothingInScope.others':
    'Aucune méthode de ce type n’est enregistrée sur votre compte ({what}). Vos méthodes enregistrées sont : {others}. Dites « réinitialiser ma MFA » si vous voulez toutes les supprimer.',
  'nothingInScope.none':
    'Aucune méthode de ce type n’est enregistrée sur votre compte ({what}), ni aucune autre méthode MFA : il n’y a donc rien à réinitialiser.',
  noMethodsToList: 'Vous n’avez aucune méthode MFA enregistrée (seulement votre mot de passe). Pour configurer la MFA, rendez-vous sur {setupUrl}.',
  'onlyUnremovable.one': 'Votre méthode enregistrée est {labels}, que je ne peux pas supprimer. Veuillez contacter {helpdesk} en indiquant la référence {ref}.',
  'onlyUnremovable.other':
    'Vos méthodes enregistrées sont {labels}, que je ne peux pas supprimer. Veuillez contacter {helpdesk} en indiquant la référence {ref}.',
  cardMalformed: 'Ce bouton ne fonctionne plus, rien n’a donc été modifié. Dites « réinitialiser ma MFA » pour recommencer.',
  cardNotYours: 'Cette confirmation appartient à quelqu’un d’autre, je ne peux donc pas y donner suite. Rien n’a été modifié.',
  cardUsed: 'J’ai déjà traité cette demande. Dites « afficher mes méthodes MFA » pour voir où en sont les choses.',
  'listFailed.busy':
    'Le service Microsoft est actuellement surchargé, je n’ai donc pas pu lire vos méthodes MFA. Réessayez dans quelques minutes. (Référence {ref})',
  'listFailed.userNotFound':
    'Je n’ai pas trouvé votre compte dans l’annuaire, je ne peux donc rien réinitialiser. Veuillez contacter {helpdesk} en indiquant la référence {ref}.',
  'listFailed.permission':
    'Je ne suis pas encore configuré pour gérer les méthodes MFA, rien n’a donc été modifié. Veuillez contacter {helpdesk} en indiquant la référence {ref}.',
  'listFailed.other':
    'Un problème est survenu lors de la lecture de vos méthodes MFA, rien n’a donc été modifié. Veuillez contacter {helpdesk} en indiquant la référence {ref}.',
  unexpected: 'Désolé, un problème est survenu de mon côté. Rien d’autre n’a été modifié. Réessayez, ou contactez {helpdesk} en indiquant la référence {ref}.',

  'scope.all': 'toutes les méthodes MFA',
  'scope.authenticator': 'application Microsoft Authenticator',
  'scope.phone': 'numéro de téléphone',
  'scope.phone.mobile': 'téléphone mobile',
  'scope.phone.alternateMobile': 'autre téléphone mobile',
  'scope.phone.office': 'téléphone de bureau',
  'scope.email': 'méthode e-mail',
  'scope.securityKey': 'clé de sécurité ou clé d’accès',
  'scope.kind': '{kind}',
  'scope.other': 'type demandé',

  'card.confirm.title.all': 'Réinitialiser votre MFA ?',
  'card.confirm.title.one': 'Supprimer cette méthode ?',
  'card.confirm.title.other': 'Supprimer ces méthodes ?',
  'card.confirm.intro.all.one': 'Je vais supprimer cette méthode MFA de votre compte :',
  'card.confirm.intro.all.other': 'Je vais supprimer ces {n} méthodes MFA de votre compte :',
  'card.confirm.intro.scoped.one': 'Je vais supprimer uniquement cette méthode :',
  'card.confirm.intro.scoped.other': 'Je vais supprimer uniquement ces {n} méthodes :',
  'card.confirm.consequence.all': 'Lors de votre prochaine connexion, vous devrez configurer à nouveau la MFA : gardez votre téléphone à portée de main.',
  'card.confirm.consequence.scoped.one':
    'Vos autres méthodes MFA restent inchangées. S’il s’agit de votre méthode de connexion par défaut, l’une des méthodes conservées deviendra la méthode par défaut. Vous pourrez en ajouter une nouvelle ensuite sur {setupUrl}.',
  'card.confirm.consequence.scoped.other':
    'Vos autres méthodes MFA restent inchangées. Si l’une d’elles est votre méthode de connexion par défaut, l’une des méthodes conservées deviendra la méthode par défaut. Vous pourrez en ajouter une nouvelle ensuite sur {setupUrl}.',
  'card.confirm.warning': 'Cette action est irréversible.',
  'card.confirm.question': 'Voulez-vous continuer ?',
  'card.confirm.expires': 'Cette demande expire dans {expiresIn}.',
  'card.yes': 'Oui',
  'card.no': 'Non',
  'card.resetAll': 'Plutôt tout réinitialiser',
  'card.list.title': 'Vos méthodes MFA enregistrées',
  'card.list.footer': 'Votre mot de passe n’est pas affiché et n’est jamais modifié. Dites « réinitialiser ma MFA » pour supprimer ces méthodes.',
  'card.reference': 'Référence : {ref}',
  'card.expired.title': 'Expirée',
  'card.expired.summary': 'Cette demande a expiré. Rien n’a été modifié. Dites « réinitialiser ma MFA » pour recommencer.',
  'card.cancelled.title': 'Annulée',
  'card.cancelled.summary': 'Annulé, rien n’a été modifié. Vos méthodes MFA sont inchangées.',
  'card.superseded.title': 'Remplacée',
  'card.superseded.summary':
    'Cette carte a été remplacée par une plus récente, rien n’a donc été modifié. Utilisez la carte la plus récente, ou dites « réinitialiser ma MFA » pour recommencer.',
  'card.stateUnavailable.title': 'Pas encore effectué',

  'clarify.text': 'Je peux vous aider pour votre MFA. Que souhaitez-vous faire ?',
  'clarify.reset': 'Réinitialiser ma MFA',
  'clarify.one': 'Supprimer une seule méthode',
  'clarify.list': 'Afficher mes méthodes',
  'clarify.no': 'Non merci',
  'clarify.pick': 'Quelle méthode dois-je supprimer ?',

  'outcome.removed': 'Supprimée',
  'outcome.notRemoved': 'Non supprimée',
  'outcome.notConfirmed': 'Non confirmée',
  'outcome.alreadyGone': 'Déjà supprimée',
  'outcome.changed': 'Modifiée depuis la carte, ignorée',
  'outcome.default': ' Votre méthode de connexion par défaut est désormais {label}.',
  'outcome.defaultSystem':
    ' Votre méthode de connexion par défaut est désormais {label} (Microsoft peut encore vous demander d’abord votre méthode la plus sûre).',
  'outcome.reset.title': 'Votre MFA a été réinitialisée',
  'outcome.reset.summary': 'Lors de votre prochaine connexion, vous devrez configurer à nouveau la MFA.',
  'outcome.reset.text':
    'J’ai réinitialisé votre MFA. Méthodes supprimées : {removed}. Lors de votre prochaine connexion, vous devrez configurer à nouveau la MFA : {setupUrl}',
  'outcome.done.title': 'Suppression effectuée',
  'outcome.done.summary': 'Vos autres méthodes MFA sont toujours enregistrées.{defaultNote}',
  'outcome.done.text':
    'C’est fait. Méthodes supprimées : {removed}. Vos autres méthodes sont toujours enregistrées.{defaultNote} Pour en ajouter une nouvelle, rendez-vous sur {setupUrl}',
  'outcome.nothing.title': 'Rien à supprimer',
  // Lists after a colon: one item or three, no agreement to get wrong.
  'outcome.nothing.text': 'Ce clic n’a rien supprimé. Méthodes déjà supprimées auparavant : {gone}.',
  'outcome.alreadyGone.note': ' Méthodes déjà supprimées avant ce clic : {gone}.',
  'outcome.changed.note':
    ' Je n’ai pas touché à ce qui a changé après l’affichage de la carte : {changed}. Dites « réinitialiser ma MFA » pour obtenir une nouvelle carte.',
  'outcome.unverified':
    'Je n’ai pas pu terminer la vérification de la réinitialisation de votre MFA, car Microsoft n’a pas répondu à temps : certaines méthodes ont peut-être été supprimées, d’autres non. Suppression non confirmée : {notRemoved}. Dites « afficher mes méthodes MFA » dans quelques minutes pour voir où en sont les choses.',
  'outcome.failed': 'Je n’ai pas pu réinitialiser votre MFA : rien n’a été supprimé. Méthodes non supprimées : {notRemoved}.',
  'outcome.partial': 'Je n’ai pu réinitialiser votre MFA que partiellement. Méthodes supprimées : {removed}. Méthodes non supprimées : {notRemoved}.',
  'outcome.contact': ' Veuillez contacter {helpdesk} en indiquant la référence {ref}.',
  'outcome.setupAgain': ' Il vous sera peut-être demandé de configurer à nouveau les méthodes supprimées sur {setupUrl}.',
  'outcome.unverified.title': 'Réinitialisation MFA non confirmée',
  'outcome.failed.title': 'Échec de la réinitialisation MFA',
  'outcome.partial.title': 'MFA partiellement réinitialisée',
  'outcome.attention.summary.verified': 'Certaines méthodes sont encore enregistrées. Veuillez contacter {helpdesk}.',
  'outcome.attention.summary.unverified': 'Certaines méthodes sont peut-être encore enregistrées. Veuillez contacter {helpdesk}.',
  'outcome.notRemovedItem': '{label} ({why})',

  'reason.defaultMethod': 'c’est votre méthode de connexion par défaut, et Microsoft ne la supprime pas tant que d’autres méthodes subsistent',
  'reason.defaultPending':
    'j’ai défini une autre méthode par défaut pour pouvoir supprimer celle-ci, mais Microsoft n’a pas encore pris le changement en compte ; réessayez dans quelques minutes',
  'reason.defaultLag':
    'Microsoft la considère encore comme votre méthode de connexion par défaut ; cela se met généralement à jour en quelques minutes, réessayez donc bientôt',
  'reason.phoneOrder': 'Microsoft ne supprime pas un numéro de mobile tant qu’un autre numéro de mobile est enregistré',
  'reason.permission': 'je ne suis pas encore autorisé à modifier les méthodes de connexion (un administrateur doit m’accorder cette autorisation)',
  'reason.unauthorized': 'Microsoft a refusé mon accès',
  'reason.busy': 'le service Microsoft était trop sollicité',
  'reason.timeout': 'Microsoft n’a pas répondu à temps',
  'reason.stillVisible': 'Microsoft a accepté la suppression mais l’affiche encore ; la mise à jour peut prendre quelques minutes',
  'reason.notDeletable': 'je ne peux pas supprimer ce type de méthode',
  'reason.unexpected': 'un problème inattendu est survenu',

  // Method names: .title for a card row, .word inside a sentence.
  'method.password.title': 'Mot de passe',
  'method.password.word': 'mot de passe',
  'method.microsoftAuthenticator.title': 'Microsoft Authenticator',
  'method.microsoftAuthenticator.word': 'Microsoft Authenticator',
  'method.phone.title': 'Téléphone',
  'method.phone.word': 'téléphone',
  'method.phone.mobile.title': 'Téléphone mobile',
  'method.phone.mobile.word': 'téléphone mobile',
  'method.phone.alternateMobile.title': 'Autre téléphone mobile',
  'method.phone.alternateMobile.word': 'autre téléphone mobile',
  'method.phone.office.title': 'Téléphone de bureau',
  'method.phone.office.word': 'téléphone de bureau',
  'method.email.title': 'E-mail',
  'method.email.word': 'adresse e-mail',
  'method.fido2.title': 'Clé de sécurité ou clé d’accès',
  'method.fido2.word': 'clé de sécurité ou clé d’accès',
  'method.softwareOath.title': 'Code d’application d’authentification (OATH)',
  'method.softwareOath.word': 'code d’application d’authentification (OATH)',
  'method.windowsHelloForBusiness.title': 'Windows Hello Entreprise',
  'method.windowsHelloForBusiness.word': 'Windows Hello Entreprise',
  'method.temporaryAccessPass.title': 'Passe d’accès temporaire',
  'method.temporaryAccessPass.word': 'passe d’accès temporaire',
  'method.platformCredential.title': 'Identifiant de plateforme (macOS Platform SSO)',
  'method.platformCredential.word': 'identifiant de plateforme (macOS Platform SSO)',
  'method.externalAuthentication.title': 'Méthode d’authentification externe',
  'method.externalAuthentication.word': 'méthode d’authentification externe',
  'method.qrCodePin.title': 'Connexion par code QR',
  'method.qrCodePin.word': 'connexion par code QR',
  'method.hardwareOath.title': 'Jeton matériel (OATH)',
  'method.hardwareOath.word': 'jeton matériel (OATH)',
  'method.passwordlessMicrosoftAuthenticator.title': 'Microsoft Authenticator (sans mot de passe)',
  'method.passwordlessMicrosoftAuthenticator.word': 'Microsoft Authenticator (sans mot de passe)',
  'method.unknown.title': 'Méthode de connexion',
  'method.unknown.word': 'méthode de connexion',

  // In the user's words when no contact is configured.
  'contact.helpdesk': 'votre service d’assistance informatique',
  'contact.security': 'votre équipe de sécurité informatique',
  'contact.privileged': 'le service d’assistance des comptes administrateurs',
  'guard.privileged':
    'Votre compte a un rôle d’administrateur, je ne peux donc pas réinitialiser son MFA dans cette conversation : une session Teams volée ne doit pas pouvoir supprimer les méthodes de connexion d’un administrateur. Contactez {privilegedSupport}. Rien n’a été modifié. (Référence {ref})',
  'guard.risky':
    'Pour votre protection, je ne peux pas réinitialiser votre MFA dans cette conversation pour le moment. Contactez {helpdesk} : ils pourront vérifier votre compte et vous aider. Rien n’a été modifié. (Référence {ref})',
  'guard.dailyLimit':
    'Vous avez atteint la limite de réinitialisations du MFA dans cette conversation sur 24 heures. Vous pourrez réessayer à partir de {when}, ou contacter {helpdesk}. Rien n’a été modifié.',
  'guard.unavailable':
    'Je n’ai pas pu terminer une vérification de sécurité avant la réinitialisation, rien n’a donc été modifié. Réessayez dans quelques minutes. (Référence {ref})',
  'helpdesk.preflight.title': 'Vérification du locataire avant les réinitialisations',
  'helpdesk.preflight.summary.ok': 'Rien à corriger : après une réinitialisation, l’utilisateur doit s’inscrire de nouveau.',
  'helpdesk.preflight.summary.warn':
    'Certains paramètres demandent de l’attention pour que les réinitialisations soient sûres et complètes. Les mêmes constats figurent dans le journal du bot.',
  'helpdesk.preflight.level.ok': 'Conforme',
  'helpdesk.preflight.level.info': 'Remarque',
  'helpdesk.preflight.level.warn': 'À corriger',
  'helpdesk.preflight.unavailable':
    'Je n’ai pas pu vérifier vos droits pour le moment, je ne peux donc pas afficher la vérification du locataire. Réessayez dans une minute. (Référence {ref})',
  'helpdesk.preflight.registration.securityDefaults':
    'Les paramètres de sécurité par défaut sont activés : après une réinitialisation, l’utilisateur doit s’inscrire de nouveau à la prochaine connexion.',
  'helpdesk.preflight.registration.conditionalAccess':
    'L’accès conditionnel exige le MFA pour tous les utilisateurs ({policies}) : après une réinitialisation, l’utilisateur doit s’inscrire de nouveau.',
  'helpdesk.preflight.registration.partial':
    'Seuls certains utilisateurs doivent s’inscrire de nouveau après une réinitialisation ({policies}). Pour les autres, une réinitialisation laisse la connexion par mot de passe seul.',
  'helpdesk.preflight.registration.none':
    'Rien n’oblige à s’inscrire de nouveau : après une réinitialisation, l’utilisateur se connecte avec son seul mot de passe jusqu’à une nouvelle inscription. Demandez à un administrateur d’activer les paramètres de sécurité par défaut ou une stratégie d’accès conditionnel exigeant le MFA.',
  'helpdesk.preflight.tap.enabled': 'Le passe d’accès temporaire est activé (durée {lifetime}).',
  'helpdesk.preflight.tap.disabled': 'Le passe d’accès temporaire est désactivé : aucun passe ne peut être émis après une réinitialisation.',
  'helpdesk.preflight.tap.neededButDisabled':
    'Le passe d’accès temporaire est désactivé, mais l’inscription des informations de sécurité exige le MFA : un utilisateur dont toutes les méthodes ont été supprimées ne peut pas en inscrire de nouvelles.',
  'helpdesk.preflight.migration.complete': 'Seule la stratégie des méthodes d’authentification décide des méthodes que les utilisateurs peuvent inscrire.',
  'helpdesk.preflight.migration.incomplete':
    'La migration de la stratégie des méthodes d’authentification est à l’état « {state} » : les anciens paramètres MFA et SSPR décident encore des méthodes que les utilisateurs peuvent inscrire.',
  'helpdesk.preflight.roles.ok': 'Le bot dispose de chaque autorisation Graph nécessaire à ses fonctions activées.',
  'helpdesk.preflight.roles.missing': 'Il manque des autorisations Graph au bot : {roles} (nécessaires pour : {features}).',
  'helpdesk.preflight.roles.unneeded': 'Le bot dispose d’autorisations d’écriture qu’il n’utilise pas : {roles}.',
  'helpdesk.preflight.roles.unreadable': 'Le jeton Graph du bot n’indique pas quelles autorisations ont été accordées.',
  'helpdesk.preflight.read.denied': 'Le bot n’a pas le droit de lire : {what} (il lui faut {role}).',
  'helpdesk.preflight.read.failed': 'Lecture impossible pour le moment : {what} (statut Graph {status}).',

  // Helpdesk mode: the technician's card, the target's card, and the states of a request.
  'helpdesk.demoHint': 'Mode démo : pour essayer le mode assistance, démarrez le bot avec DEMO_TECHNICIANS={userId} et refaites votre demande.',
  'helpdesk.noTarget':
    'De qui dois-je réinitialiser la MFA ? Indiquez l’adresse de connexion de la personne (par exemple ana@contoso.com) ou mentionnez-la avec @.',
  'helpdesk.invalid': 'Cela ne ressemble ni à un nom ni à une adresse de connexion. Essayez avec l’adresse de connexion, par exemple ana@contoso.com.',
  'helpdesk.notFound': 'Je n’ai pas trouvé cette personne dans l’annuaire. Vérifiez l’adresse de connexion et réessayez.',
  'helpdesk.disabled': 'Le compte de {name} est désactivé, je ne réinitialise donc pas sa MFA. Rien n’a été modifié.',
  'helpdesk.self': 'C’est votre propre compte. Pour réinitialiser votre propre MFA, dites « réinitialiser ma MFA » et confirmez sur la carte.',
  'helpdesk.ambiguous': 'Plusieurs personnes correspondent à ce nom. Laquelle voulez-vous dire ?',
  'helpdesk.ambiguous.more': 'Plus de {n} personnes correspondent à ce nom ; voici les {n} premières. Utilisez l’adresse de connexion pour être précis.',
  'helpdesk.privileged':
    '{name} détient un rôle d’administrateur ou appartient à un groupe privilégié : seuls les membres du groupe d’assistance privilégié peuvent réinitialiser sa MFA par mon intermédiaire. Rien n’a été modifié.',
  'helpdesk.lookupFailed': 'Je n’ai pas pu rechercher cette personne pour le moment. Veuillez réessayer dans une minute.',
  'helpdesk.nothing': '{name} n’a aucune méthode de connexion que je puisse supprimer.',
  'helpdesk.nothingInChoice': '{name} n’a plus aucune de ces méthodes. Rien n’a été modifié.',
  'helpdesk.request.title': 'Réinitialiser la MFA de {name}',
  'helpdesk.fact.name': 'Nom',
  'helpdesk.fact.upn': 'Nom de connexion',
  'helpdesk.fact.department': 'Service',
  'helpdesk.fact.jobTitle': 'Poste',
  'helpdesk.fact.account': 'Compte',
  'helpdesk.fact.ticket': 'N° de ticket',
  'helpdesk.fact.methods': 'À supprimer',
  'helpdesk.account.enabled': 'activé',
  'helpdesk.account.guest': 'activé (invité)',
  'helpdesk.methods': 'Méthodes de connexion enregistrées',
  'helpdesk.default': '{detail} (par défaut)',
  'helpdesk.choice.label': 'Que supprimer ?',
  'helpdesk.choice.app': 'Application (Microsoft Authenticator)',
  'helpdesk.choice.mobile': 'Téléphone mobile',
  'helpdesk.choice.office': 'Téléphone de bureau',
  'helpdesk.choice.alternateMobile': 'Autre téléphone mobile',
  'helpdesk.choice.email': 'E-mail',
  'helpdesk.choice.all': 'Tout',
  'helpdesk.choice.count': '{label} ({n})',
  'helpdesk.ticket.label': 'Numéro de ticket',
  'helpdesk.ticket.optional': 'Numéro de ticket (facultatif)',
  'helpdesk.ticket.required': 'Veuillez saisir le numéro de ticket : un système de tickets est configuré, chaque demande en exige donc un.',
  'helpdesk.ticket.invalid':
    'Ce numéro de ticket contient des caractères que je ne peux pas utiliser. Saisissez-le tel que votre système de tickets l’affiche.',
  'helpdesk.reason.label': 'Motif',
  'helpdesk.reason.lostPhone': 'Téléphone perdu',
  'helpdesk.reason.newPhone': 'Nouveau téléphone',
  'helpdesk.reason.brokenApp': 'L’application Authenticator ne fonctionne pas',
  'helpdesk.reason.suspicious': 'Activité suspecte',
  'helpdesk.reason.other': 'Autre',
  'helpdesk.request.note': '{name} doit confirmer dans son propre chat Teams avant toute modification.',
  'helpdesk.submit': 'Demander à {name} de confirmer',
  'helpdesk.dismiss': 'Annuler',
  'helpdesk.dismissed': 'D’accord, aucune demande n’a été envoyée. Rien n’a été modifié.',
  'helpdesk.cancel': 'Annuler la demande',
  'helpdesk.target.title': '{technician}, du support informatique, demande à réinitialiser votre MFA',
  'helpdesk.target.ticket': 'N° de ticket : {ticket}.',
  'helpdesk.target.intro': 'Si vous acceptez, ces méthodes de connexion seront supprimées de votre compte :',
  'helpdesk.target.warning': 'N’acceptez que si vous avez vous-même fait cette demande au support.',
  'helpdesk.target.consequence':
    'Quelqu’un a peut-être appelé le support en se faisant passer pour vous. Si ce n’était pas vous, choisissez « Non, ce n’était pas moi » : rien ne change et l’équipe de sécurité est prévenue.',
  'helpdesk.target.expires': 'Cette demande expire dans {expiresIn}.',
  'helpdesk.target.yes': 'Oui',
  'helpdesk.target.no': 'Non, ce n’était pas moi',
  'helpdesk.target.demoIntro': 'Mode démo : voici la carte que {name} reçoit dans son propre chat. Répondez-y ici à sa place.',
  'helpdesk.target.demoYes': 'Répondre à la place de la personne (démo) : Oui',
  'helpdesk.target.demoNo': 'Répondre à la place de la personne (démo) : Non, ce n’était pas moi',
  'helpdesk.target.denied.title': 'Merci : rien n’a été modifié',
  'helpdesk.target.denied.summary':
    'J’ai prévenu le support et l’équipe de sécurité. Si quelqu’un vous a contacté en se faisant passer pour le service informatique, signalez-le à {securityContact}.',
  'helpdesk.target.closed.cancelled': 'Le support a annulé cette demande. Rien n’a été modifié.',
  'helpdesk.target.closed.expired': 'Cette demande a expiré. Rien n’a été modifié.',
  'helpdesk.target.closed.privileged': 'Cette demande ne peut plus aboutir, car votre compte détient désormais un rôle d’administrateur. Rien n’a été modifié.',
  'helpdesk.notYours': 'Cette demande concerne une autre personne, je ne peux donc pas y donner suite. Rien n’a été modifié.',
  'helpdesk.alreadyAnswered': 'Cette demande a déjà reçu une réponse. Rien d’autre n’a été modifié.',
  'helpdesk.onlyRequester': 'Seul le technicien qui a fait cette demande peut l’annuler.',
  'helpdesk.failedStep':
    'La réinitialisation n’a pas pu aboutir : la confirmation n’était plus valide. Rien n’a été modifié ; le support peut envoyer une nouvelle demande.',
  'helpdesk.status.waiting.title': 'En attente de {name}',
  'helpdesk.status.waiting.summary':
    'J’ai demandé à {name} de confirmer dans son propre chat Teams. Rien ne change sans son accord. La demande expire dans {expiresIn}.',
  'helpdesk.status.done.title': '{name} a confirmé : MFA réinitialisée',
  'helpdesk.status.partial.title': '{name} a confirmé : réinitialisation incomplète',
  'helpdesk.status.done.summary': '{name} a confirmé dans son propre chat. Résultat :',
  'helpdesk.status.failed.title': '{name} a confirmé, mais la réinitialisation a échoué',
  'helpdesk.status.denied.title': '{name} dit ne pas être à l’origine de la demande',
  'helpdesk.status.denied.summary':
    'Rien n’a été modifié et l’équipe de sécurité a été prévenue. Considérez la demande que vous avez reçue comme suspecte : l’appelant n’est peut-être pas {name}.',
  'helpdesk.status.expired.title': 'Demande expirée',
  'helpdesk.status.expired.summary': '{name} n’a pas répondu à temps. Rien n’a été modifié.',
  'helpdesk.status.cancelled.title': 'Demande annulée',
  'helpdesk.status.cancelled.summary': 'Rien n’a été modifié.',
  'helpdesk.status.privileged.summary': '{name} détient désormais un rôle d’administrateur, la demande a donc été annulée. Rien n’a été modifié.',
  'helpdesk.status.unreachable.title': 'Je n’ai pas pu joindre {name}',
  'helpdesk.status.unreachable.notInstalled': 'Le bot n’est pas installé pour {name} dans Teams, je ne peux donc pas lui écrire. Rien n’a été modifié.',
  'helpdesk.status.unreachable.blocked':
    'Teams bloque mes messages à {name} (l’application est bloquée pour cette personne, ou elle l’a bloquée). Rien n’a été modifié.',
  'helpdesk.status.unreachable.failed': 'Teams n’a pas accepté mon message à {name}. Rien n’a été modifié ; veuillez réessayer plus tard.',
  'helpdesk.approval.offer': 'Un second technicien peut approuver à la place : saisissez son nom de connexion.',
  'helpdesk.approval.label': 'Nom de connexion du second technicien',
  'helpdesk.approval.ask': 'Demander une approbation',
  'helpdesk.approval.title': '{technician} vous demande d’approuver une réinitialisation de MFA pour {name}',
  'helpdesk.approval.intro': '{name} est injoignable dans Teams. Si vous approuvez, ces méthodes de connexion seront supprimées de son compte :',
  'helpdesk.approval.warning': 'N’approuvez que si vous avez vérifié vous-même que cette demande vient bien de {name}.',
  'helpdesk.approval.consequence':
    'Beaucoup d’intrusions commencent par l’appel de quelqu’un qui se fait passer pour un employé. En cas de doute, refusez : rien ne change.',
  'helpdesk.approval.yes': 'Approuver',
  'helpdesk.approval.no': 'Refuser',
  'helpdesk.approval.notTechnician': '{approver} n’est pas membre du groupe d’assistance et ne peut donc pas approuver. Rien n’a été modifié.',
  'helpdesk.approval.self': 'L’approbation doit venir d’un autre technicien : ni vous, ni la personne dont la MFA est réinitialisée.',
  'helpdesk.approval.privileged':
    'Un compte privilégié n’est jamais réinitialisé sur l’approbation d’un second technicien : seule la confirmation de la personne elle-même compte.',
  'helpdesk.approval.unreachable': 'Je n’ai pas pu joindre {approver} dans Teams non plus. Rien n’a été modifié.',
  'helpdesk.approval.missing': 'Veuillez saisir le nom de connexion du technicien qui doit approuver.',
  'helpdesk.approval.declined.title': 'Refusé : rien n’a été modifié',
  'helpdesk.approval.declined.summary': 'J’ai prévenu le technicien à l’origine de la demande.',
  'helpdesk.status.approval.title': 'En attente d’approbation',
  'helpdesk.status.approval.summary': 'J’ai demandé à un second technicien d’approuver la réinitialisation pour {name}. Rien ne change sans son approbation.',
  'helpdesk.status.declined.title': 'Le second technicien a refusé',
  'helpdesk.status.done.approved': 'Un second technicien a approuvé (principe des quatre yeux). Résultat :',
  'helpdesk.pendingExists': 'Une demande est déjà en cours pour {name}. Attendez qu’elle se termine, ou annulez-la d’abord.',
  'helpdesk.rateLimited': 'Vous avez atteint la limite de demandes d’assistance pour cette heure. Veuillez réessayer dans {expiresIn}.',
  'helpdesk.busy': 'Je n’ai pas pu enregistrer la demande pour le moment. Veuillez réessayer dans une minute.',
  // After a reset (issue 15).
  'mail.reset.subject': 'Vos méthodes de connexion MFA ont été réinitialisées',
  'mail.reset.removed': 'Le {when}, ces méthodes de connexion ont été supprimées de votre compte : {removed}.',
  'mail.reset.bySelf': 'Vous l’avez demandé vous-même, dans le bot de réinitialisation MFA de Microsoft Teams.',
  'mail.reset.byTechnician': '{technician}, du support informatique, l’a fait à votre demande, après votre confirmation dans Microsoft Teams.',
  'mail.reset.bySecondTechnician':
    '{technician}, du support informatique, l’a fait avec l’accord d’un second technicien, car vous étiez injoignable dans Microsoft Teams.',
  'mail.reset.tap': 'Un passe d’accès temporaire (Temporary Access Pass) à usage unique a été émis pour que vous puissiez configurer de nouvelles méthodes.',
  'mail.reset.signedOut': 'Votre compte a été déconnecté de toutes ses sessions.',
  'mail.reset.next': 'À votre prochaine connexion, il vous sera demandé de configurer à nouveau la MFA : {setupUrl}',
  'mail.reset.notYou': 'Si ce n’était pas vous, contactez immédiatement {securityContact}.',
  'after.title': 'Et maintenant ?',
  'after.tap.offer':
    'Si vous devez vous connecter avant de pouvoir configurer une nouvelle méthode, je peux vous donner un passe d’accès temporaire (Temporary Access Pass) : un code à usage unique qui remplace la MFA pendant un court moment.',
  'after.tap.button': 'Obtenir un passe d’accès temporaire',
  'after.revoke.offer':
    'Vous avez indiqué que votre téléphone a été perdu ou volé. Je peux vous déconnecter partout, pour que la personne qui l’a perde l’accès. Cela prend effet au bout de quelques minutes et ne couvre pas les comptes invités que vous avez dans d’autres organisations.',
  'after.revoke.button': 'Me déconnecter partout',
  'after.expired': 'Ces options ont expiré. Pour un passe d’accès temporaire ou une déconnexion partout, contactez {helpdesk}.',
  'after.used': 'C’est déjà fait.',
  'tap.title': 'Votre passe d’accès temporaire',
  'tap.intro': 'Utilisez ce passe à la place de la MFA pour vous connecter, puis configurez une nouvelle méthode sur {setupUrl}.',
  'tap.validity.once': 'Valable {lifetime} à partir de {start}, pour une seule connexion.',
  'tap.validity.reusable': 'Valable {lifetime} à partir de {start}.',
  'tap.shownOnce':
    'Il n’est affiché qu’ici et une seule fois : cette carte est effacée quand vous appuyez sur Terminé ou quand le passe expire. Ne le communiquez jamais à personne.',
  'tap.done': 'Terminé',
  'tap.cleared.title': 'Passe d’accès temporaire',
  'tap.cleared.summary': 'Le passe n’est plus affiché ici.',
  'tap.expired.summary': 'Le passe a expiré et n’est plus affiché ici.',
  'tap.refused.disabled':
    'Je ne peux pas émettre de passe d’accès temporaire : ces passes sont désactivés dans la stratégie des méthodes d’authentification de votre organisation. Contactez {helpdesk} pour vous connecter et configurer à nouveau la MFA.',
  'tap.refused.notInScope':
    'Je ne peux pas émettre de passe d’accès temporaire pour ce compte : il n’est pas inclus dans la stratégie des passes d’accès temporaires de votre organisation. Contactez {helpdesk}.',
  'tap.refused.permission':
    'Je ne peux pas encore émettre de passes d’accès temporaires : je n’ai pas l’autorisation de lire la stratégie ni de créer des passes. Contactez {helpdesk}. Référence : {ref}',
  'tap.refused.failed':
    'Je n’ai pas pu émettre de passe d’accès temporaire pour l’instant. Réessayez dans une minute ou contactez {helpdesk}. Référence : {ref}',
  'revoke.done':
    'C’est fait : je vous ai déconnecté partout. Il peut falloir quelques minutes pour que chaque session se termine. Les comptes invités que vous avez dans d’autres organisations ne sont pas concernés.',
  'revoke.failed':
    'Je n’ai pas pu vous déconnecter partout pour l’instant. La réinitialisation de votre MFA, elle, est terminée. Réessayez dans une minute ou contactez {helpdesk}. Référence : {ref}',
  'helpdesk.after.tap.label': 'Émettre un passe d’accès temporaire après la réinitialisation (affiché une fois, dans la conversation de {name})',
  'helpdesk.after.revoke.label': 'Déconnecter {name} partout après la réinitialisation',
  'helpdesk.after.revoke.auto': 'Seulement si le motif est une activité suspecte',
  'helpdesk.after.revoke.yes': 'Oui',
  'helpdesk.after.revoke.no': 'Non',
  'helpdesk.after.tap.shownToTarget': 'Affiché une fois à {name} dans sa propre conversation ({lifetime}, usage unique)',
  'helpdesk.after.tap.shownToYou': 'Affiché une fois pour vous dans cette conversation, à lire à {name} ({lifetime}, usage unique)',
  'helpdesk.after.fact.signOut': 'Déconnecté partout',
  'helpdesk.after.signOut.done': 'Oui (cela prend quelques minutes ; les comptes invités dans d’autres organisations ne sont pas concernés)',
  'helpdesk.after.signOut.failed':
    'Non : l’opération a échoué, la réinitialisation reste valable. Utilisez « Révoquer les sessions » dans le centre d’administration Microsoft Entra.',
  'helpdesk.target.done.by': 'Effectué par',
  'helpdesk.target.done.when': 'Quand',
  'tap.intro.readOut':
    'Lisez ce passe à {name} seulement quand vous êtes sûr que c’est bien la personne. Elle l’utilise à la place de la MFA pour se connecter, puis configure une nouvelle méthode sur {setupUrl}.',
  'mail.tap.subject': 'Un passe d’accès temporaire a été émis pour votre compte',
  'mail.tap.body':
    'Le {when}, vous avez demandé au bot de réinitialisation MFA de Microsoft Teams un passe d’accès temporaire à usage unique, valable {lifetime}. Avec ce passe, on peut se connecter à votre compte sans MFA.',
  'tap.refused.privileged':
    'Je ne peux pas émettre de passe d’accès temporaire dans cette conversation pour un compte doté de rôles d’administrateur. Contactez {helpdesk} : les comptes privilégiés sont gérés par un administrateur.',
};
