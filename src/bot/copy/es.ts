import type { Messages } from './index.js';

/** Spanish (neutral "usted"; what to type: "restablecer mi MFA", "mostrar mis métodos MFA", "ayuda"). */
export const es: Messages = {
  'list.join.two': '{a} y {b}',
  'list.join.many': '{head} y {last}',
  'list.join.sep': ', ',
  'duration.seconds.one': '{n} segundo',
  'duration.seconds.other': '{n} segundos',
  'duration.minutes.one': '{n} minuto',
  'duration.minutes.other': '{n} minutos',

  'demo.notice': 'Modo de demostración: inquilino simulado, no se modifica ninguna cuenta real.',
  'demo.once': 'Modo de demostración: este bot funciona con un inquilino simulado, por lo que no se modifica ninguna cuenta real.',

  welcome:
    'Hola, soy el asistente para restablecer la MFA. Si perdió o cambió su teléfono, o si su aplicación Authenticator dejó de funcionar, puedo quitar sus métodos MFA registrados para que pueda configurarlos de nuevo. Pruebe con {commands}.',
  help: 'Puedo restablecer su propia MFA (autenticación multifactor) si perdió o cambió su teléfono, o si su aplicación Authenticator dejó de funcionar. Siempre le muestro lo que se va a quitar y le pregunto antes de cambiar nada. Pruebe con {commands}.',
  commands: '"restablecer mi MFA", "restablecer mi aplicación Authenticator", "mostrar mis métodos MFA" o "ayuda"',
  greeting:
    '¡Hola! Puedo restablecer su MFA si perdió o cambió su teléfono. Escriba "restablecer mi MFA" para empezar, o "ayuda" para obtener más información.',
  thanks: '¡De nada! Si necesita algo más con su MFA, escriba "ayuda".',
  groupChat: 'Por su seguridad, solo gestiono la MFA en un chat privado. Abra un chat individual conmigo y escriba "restablecer mi MFA".',
  otherUser: 'Solo puedo restablecer su propia MFA. Para la cuenta de otra persona, póngase en contacto con {helpdesk}.',
  negation: 'De acuerdo, no cambiaré nada. Si más adelante necesita un restablecimiento, escriba "restablecer mi MFA".',
  aboutMfa:
    'La MFA añade un segundo paso al iniciar sesión (como una notificación de Authenticator o un código por SMS). Puede revisar sus métodos en {setupUrl}. Si necesita empezar de cero, por ejemplo después de cambiar de teléfono, escriba "restablecer mi MFA".',
  password:
    'Solo puedo ayudar con la MFA, no con las contraseñas. Para restablecer su contraseña, use el autoservicio de restablecimiento de contraseña en {ssprUrl} o póngase en contacto con {helpdesk}.',
  undo: 'Un restablecimiento no se puede deshacer: los métodos quitados se pierden para siempre. Puede volver a registrarlos en {setupUrl}; después de un restablecimiento completo, se le pedirá que configure la MFA la próxima vez que inicie sesión.',
  'typed.pending': 'Para continuar, pulse Sí en la tarjeta de arriba; caduca en {expiresIn}.',
  'typed.pendingCancel': 'Para cancelar, pulse No en la tarjeta de arriba (o simplemente déjela: caduca en {expiresIn} y no cambia nada).',
  'typed.none': 'No tiene ninguna solicitud pendiente. Escriba "restablecer mi MFA" para empezar, o "ayuda" para obtener más información.',
  security:
    'Parece que otra persona podría estar intentando iniciar sesión con su cuenta. No apruebe ninguna solicitud que no haya iniciado usted, cambie su contraseña ahora en {ssprUrl} y póngase en contacto con {securityContact} de inmediato. No he cambiado nada y no voy a restablecer su MFA por esto: sus métodos son precisamente lo que deja fuera a la otra persona.',
  noIdentity:
    'No he podido confirmar su identidad desde este chat, así que no puedo cambiar nada. Escríbame desde Microsoft Teams con su cuenta de trabajo o póngase en contacto con {helpdesk}.',
  tenantNotAllowed: 'Este asistente no está disponible para su organización. Póngase en contacto con {helpdesk}.',
  rateLimited: 'Me ha enviado muchas solicitudes en el último minuto. Espere un minuto y vuelva a intentarlo; no se ha cambiado nada.',
  stateUnavailable: 'Ahora mismo no puedo registrar solicitudes, así que no se ha cambiado nada. Vuelva a intentarlo en un minuto. (Referencia {ref})',
  nothingToRemove: 'No tiene ningún método MFA registrado que yo pueda quitar, así que no hay nada que restablecer. Para configurar la MFA, vaya a {setupUrl}.',
  // {what} is a bare noun ("número de teléfono"), so the sentence needs no article or agreement.
  'nothingInScope.others':
    'No tiene registrado ningún método de ese tipo ({what}). Sus métodos registrados son: {others}. Escriba "restablecer mi MFA" si quiere quitarlos todos.',
  'nothingInScope.none': 'No tiene registrado ningún método de ese tipo ({what}) ni ningún otro método MFA, así que no hay nada que restablecer.',
  noMethodsToList: 'No tiene ningún método MFA registrado (solo su contraseña). Para configurar la MFA, vaya a {setupUrl}.',
  'onlyUnremovable.one': 'Su método registrado es {labels}, que no puedo quitar. Póngase en contacto con {helpdesk} e indique la referencia {ref}.',
  'onlyUnremovable.other': 'Sus métodos registrados son {labels}, que no puedo quitar. Póngase en contacto con {helpdesk} e indique la referencia {ref}.',
  cardMalformed: 'Ese botón ya no funciona, así que no se ha cambiado nada. Escriba "restablecer mi MFA" para empezar de nuevo.',
  cardNotYours: 'Esa confirmación pertenece a otra persona, así que no puedo actuar sobre ella. No se ha cambiado nada.',
  cardUsed: 'Ya he gestionado esa solicitud. Escriba "mostrar mis métodos MFA" para ver cómo están las cosas.',
  'listFailed.busy':
    'El servicio de Microsoft está saturado en este momento, así que no he podido leer sus métodos MFA. Vuelva a intentarlo en unos minutos. (Referencia {ref})',
  'listFailed.userNotFound':
    'No he encontrado su cuenta en el directorio, así que no puedo restablecer nada. Póngase en contacto con {helpdesk} e indique la referencia {ref}.',
  'listFailed.permission':
    'Todavía no estoy configurado para gestionar métodos MFA, así que no se ha cambiado nada. Póngase en contacto con {helpdesk} e indique la referencia {ref}.',
  'listFailed.other':
    'Algo salió mal al leer sus métodos MFA, así que no se ha cambiado nada. Póngase en contacto con {helpdesk} e indique la referencia {ref}.',
  unexpected:
    'Lo siento, algo salió mal por mi parte. No se ha cambiado nada más. Vuelva a intentarlo o póngase en contacto con {helpdesk} e indique la referencia {ref}.',

  'scope.all': 'todos los métodos MFA',
  'scope.authenticator': 'aplicación Microsoft Authenticator',
  'scope.phone': 'número de teléfono',
  'scope.phone.mobile': 'teléfono móvil',
  'scope.phone.alternateMobile': 'teléfono móvil alternativo',
  'scope.phone.office': 'teléfono de oficina',
  'scope.email': 'método de correo electrónico',
  'scope.securityKey': 'llave de seguridad o clave de acceso',
  'scope.kind': '{kind}',
  'scope.other': 'el tipo solicitado',

  'card.confirm.title.all': '¿Restablecer su MFA?',
  'card.confirm.title.one': '¿Quitar este método?',
  'card.confirm.title.other': '¿Quitar estos métodos?',
  'card.confirm.intro.all.one': 'Quitaré este método MFA de su cuenta:',
  'card.confirm.intro.all.other': 'Quitaré estos {n} métodos MFA de su cuenta:',
  'card.confirm.intro.scoped.one': 'Solo quitaré este método:',
  'card.confirm.intro.scoped.other': 'Solo quitaré estos {n} métodos:',
  'card.confirm.consequence.all': 'La próxima vez que inicie sesión se le pedirá que configure la MFA de nuevo, así que tenga el teléfono a mano.',
  'card.confirm.consequence.scoped.one':
    'Sus otros métodos MFA se mantienen igual. Si este es su método de inicio de sesión predeterminado, uno de los métodos que conserva pasará a ser el predeterminado. Después puede añadir uno nuevo en {setupUrl}.',
  'card.confirm.consequence.scoped.other':
    'Sus otros métodos MFA se mantienen igual. Si uno de estos es su método de inicio de sesión predeterminado, uno de los métodos que conserva pasará a ser el predeterminado. Después puede añadir uno nuevo en {setupUrl}.',
  'card.confirm.warning': 'Esta acción no se puede deshacer.',
  'card.confirm.question': '¿Quiere continuar?',
  'card.confirm.expires': 'Esta solicitud caduca en {expiresIn}.',
  'card.yes': 'Sí',
  'card.no': 'No',
  'card.resetAll': 'Mejor restablecer todo',
  'card.list.title': 'Sus métodos MFA registrados',
  'card.list.footer': 'Su contraseña no se muestra y nunca se cambia. Escriba "restablecer mi MFA" para quitar estos métodos.',
  'card.reference': 'Referencia: {ref}',
  'card.expired.title': 'Caducada',
  'card.expired.summary': 'Esta solicitud caducó. No se ha cambiado nada. Escriba "restablecer mi MFA" para empezar de nuevo.',
  'card.cancelled.title': 'Cancelada',
  'card.cancelled.summary': 'Cancelada, no se ha cambiado nada. Sus métodos MFA siguen como estaban.',
  'card.superseded.title': 'Reemplazada',
  'card.superseded.summary':
    'Esta tarjeta se reemplazó por una más reciente, así que no se ha cambiado nada. Use la tarjeta más reciente o escriba "restablecer mi MFA" para empezar de nuevo.',
  'card.stateUnavailable.title': 'Aún no realizado',

  'clarify.text': 'Puedo ayudarle con su MFA. ¿Qué quiere hacer?',
  'clarify.reset': 'Restablecer mi MFA',
  'clarify.one': 'Quitar solo un método',
  'clarify.list': 'Mostrar mis métodos',
  'clarify.no': 'No, gracias',
  'clarify.pick': '¿Qué método quiere que quite?',

  'outcome.removed': 'Quitado',
  'outcome.notRemoved': 'No quitado',
  'outcome.notConfirmed': 'Sin confirmar',
  'outcome.alreadyGone': 'Ya se había quitado',
  'outcome.changed': 'Modificado tras mostrar la tarjeta, omitido',
  'outcome.default': ' Su método de inicio de sesión predeterminado ahora es {label}.',
  'outcome.defaultSystem':
    ' Su método de inicio de sesión predeterminado ahora es {label} (es posible que Microsoft le siga pidiendo primero su método más seguro).',
  'outcome.reset.title': 'Se ha restablecido su MFA',
  'outcome.reset.summary': 'La próxima vez que inicie sesión se le pedirá que configure la MFA de nuevo.',
  'outcome.reset.text':
    'He restablecido su MFA. Métodos quitados: {removed}. La próxima vez que inicie sesión se le pedirá que configure la MFA de nuevo: {setupUrl}',
  'outcome.done.title': 'Quitado correctamente',
  'outcome.done.summary': 'Sus otros métodos MFA siguen registrados.{defaultNote}',
  'outcome.done.text': 'Hecho. Métodos quitados: {removed}. Sus otros métodos siguen registrados.{defaultNote} Para añadir uno nuevo, vaya a {setupUrl}',
  'outcome.nothing.title': 'Nada que quitar',
  // Lists after a colon: one item or three, no agreement to get wrong.
  'outcome.nothing.text': 'Este clic no quitó nada. Métodos ya quitados antes: {gone}.',
  'outcome.alreadyGone.note': ' Métodos ya quitados antes de este clic: {gone}.',
  'outcome.changed.note': ' No toqué lo que cambió después de mostrarse la tarjeta: {changed}. Escriba "restablecer mi MFA" para obtener una tarjeta nueva.',
  'outcome.unverified':
    'No pude terminar de comprobar el restablecimiento de su MFA porque Microsoft no respondió a tiempo, así que es posible que algunos métodos se hayan quitado y otros no. Sin confirmar como quitados: {notRemoved}. Escriba "mostrar mis métodos MFA" dentro de unos minutos para ver cómo están las cosas.',
  'outcome.failed': 'No pude restablecer su MFA: no se quitó nada. Métodos no quitados: {notRemoved}.',
  'outcome.partial': 'Solo pude restablecer su MFA en parte. Métodos quitados: {removed}. Métodos no quitados: {notRemoved}.',
  'outcome.contact': ' Póngase en contacto con {helpdesk} e indique la referencia {ref}.',
  'outcome.setupAgain': ' Es posible que se le pida volver a configurar los métodos quitados en {setupUrl}.',
  'outcome.unverified.title': 'Restablecimiento de MFA sin confirmar',
  'outcome.failed.title': 'No se pudo restablecer la MFA',
  'outcome.partial.title': 'MFA restablecida en parte',
  'outcome.attention.summary.verified': 'Algunos métodos siguen registrados. Póngase en contacto con {helpdesk}.',
  'outcome.attention.summary.unverified': 'Es posible que algunos métodos sigan registrados. Póngase en contacto con {helpdesk}.',
  'outcome.notRemovedItem': '{label} ({why})',

  'reason.defaultMethod': 'es su método de inicio de sesión predeterminado y Microsoft no lo quita mientras queden otros métodos',
  'reason.defaultPending':
    'hice predeterminado otro método para poder quitar este, pero Microsoft aún no se ha actualizado; vuelva a intentarlo en unos minutos',
  'reason.defaultLag':
    'Microsoft todavía lo considera su método de inicio de sesión predeterminado; esto suele actualizarse en pocos minutos, así que vuelva a intentarlo pronto',
  'reason.phoneOrder': 'Microsoft no quita un número de móvil mientras haya un número de móvil alternativo registrado',
  'reason.permission': 'todavía no tengo permiso para cambiar métodos de inicio de sesión (un administrador tiene que concedérmelo)',
  'reason.unauthorized': 'Microsoft denegó mi acceso',
  'reason.busy': 'el servicio de Microsoft estaba demasiado saturado',
  'reason.timeout': 'Microsoft no respondió a tiempo',
  'reason.stillVisible': 'Microsoft aceptó la eliminación pero todavía lo muestra; puede tardar unos minutos en actualizarse',
  'reason.notDeletable': 'no puedo quitar este tipo de método',
  'reason.unexpected': 'ocurrió algo inesperado',

  // Method names: .title for a card row, .word inside a sentence.
  'method.password.title': 'Contraseña',
  'method.password.word': 'contraseña',
  'method.microsoftAuthenticator.title': 'Microsoft Authenticator',
  'method.microsoftAuthenticator.word': 'Microsoft Authenticator',
  'method.phone.title': 'Teléfono',
  'method.phone.word': 'teléfono',
  'method.phone.mobile.title': 'Teléfono móvil',
  'method.phone.mobile.word': 'teléfono móvil',
  'method.phone.alternateMobile.title': 'Teléfono móvil alternativo',
  'method.phone.alternateMobile.word': 'teléfono móvil alternativo',
  'method.phone.office.title': 'Teléfono de oficina',
  'method.phone.office.word': 'teléfono de oficina',
  'method.email.title': 'Correo electrónico',
  'method.email.word': 'correo electrónico',
  'method.fido2.title': 'Llave de seguridad o clave de acceso',
  'method.fido2.word': 'llave de seguridad o clave de acceso',
  'method.softwareOath.title': 'Código de aplicación de autenticación (OATH)',
  'method.softwareOath.word': 'código de aplicación de autenticación (OATH)',
  'method.windowsHelloForBusiness.title': 'Windows Hello para empresas',
  'method.windowsHelloForBusiness.word': 'Windows Hello para empresas',
  'method.temporaryAccessPass.title': 'Pase de acceso temporal',
  'method.temporaryAccessPass.word': 'pase de acceso temporal',
  'method.platformCredential.title': 'Credencial de plataforma (macOS Platform SSO)',
  'method.platformCredential.word': 'credencial de plataforma (macOS Platform SSO)',
  'method.externalAuthentication.title': 'Método de autenticación externo',
  'method.externalAuthentication.word': 'método de autenticación externo',
  'method.qrCodePin.title': 'Inicio de sesión con código QR',
  'method.qrCodePin.word': 'inicio de sesión con código QR',
  'method.hardwareOath.title': 'Token de hardware (OATH)',
  'method.hardwareOath.word': 'token de hardware (OATH)',
  'method.passwordlessMicrosoftAuthenticator.title': 'Microsoft Authenticator (sin contraseña)',
  'method.passwordlessMicrosoftAuthenticator.word': 'Microsoft Authenticator (sin contraseña)',
  'method.unknown.title': 'Método de inicio de sesión',
  'method.unknown.word': 'método de inicio de sesión',

  // In the user's words when no contact is configured.
  'contact.helpdesk': 'su servicio de asistencia de TI',
  'contact.security': 'su equipo de seguridad de TI',
  // After a reset (issue 15).
  'mail.reset.subject': 'Se han restablecido sus métodos de inicio de sesión MFA',
  'mail.reset.removed': 'El {when} se quitaron estos métodos de inicio de sesión de su cuenta: {removed}.',
  'mail.reset.bySelf': 'Lo solicitó usted mismo, en el bot de restablecimiento de MFA de Microsoft Teams.',
  'mail.reset.byTechnician': '{technician}, del servicio de soporte de TI, lo hizo a petición suya, después de que usted lo confirmara en Microsoft Teams.',
  'mail.reset.bySecondTechnician':
    '{technician}, del servicio de soporte de TI, lo hizo con la aprobación de un segundo técnico, porque no se le pudo localizar en Microsoft Teams.',
  'mail.reset.tap': 'Se emitió un pase de acceso temporal (Temporary Access Pass) de un solo uso para que pueda configurar métodos nuevos.',
  'mail.reset.signedOut': 'Se cerraron todas las sesiones de su cuenta.',
  'mail.reset.next': 'La próxima vez que inicie sesión se le pedirá que vuelva a configurar la MFA: {setupUrl}',
  'mail.reset.notYou': 'Si no fue usted, póngase en contacto con {securityContact} ahora mismo.',
  'after.title': '¿Y ahora qué?',
  'after.tap.offer':
    'Si necesita iniciar sesión antes de poder configurar un método nuevo, puedo darle un pase de acceso temporal (Temporary Access Pass): un código de un solo uso que sustituye a la MFA durante poco tiempo.',
  'after.tap.button': 'Obtener un pase de acceso temporal',
  'after.revoke.offer':
    'Nos dijo que perdió su teléfono o que se lo robaron. Puedo cerrar todas sus sesiones para que quien lo tenga pierda el acceso. Tarda unos minutos en surtir efecto y no afecta a las cuentas de invitado que tenga en otras organizaciones.',
  'after.revoke.button': 'Cerrar todas mis sesiones',
  'after.expired': 'Estas opciones han caducado. Para un pase de acceso temporal o para cerrar todas sus sesiones, póngase en contacto con {helpdesk}.',
  'after.used': 'Eso ya está hecho.',
  'tap.title': 'Su pase de acceso temporal',
  'tap.intro': 'Use este pase en lugar de la MFA para iniciar sesión y, después, configure un método nuevo en {setupUrl}.',
  'tap.validity.once': 'Válido durante {lifetime} a partir de las {start}, para un solo inicio de sesión.',
  'tap.validity.reusable': 'Válido durante {lifetime} a partir de las {start}.',
  'tap.shownOnce': 'Solo se muestra aquí y una sola vez: esta tarjeta se vacía cuando pulse Listo o cuando caduque el pase. No lo comparta nunca con nadie.',
  'tap.done': 'Listo',
  'tap.cleared.title': 'Pase de acceso temporal',
  'tap.cleared.summary': 'El pase ya no se muestra aquí.',
  'tap.expired.summary': 'El pase ha caducado y ya no se muestra aquí.',
  'tap.refused.disabled':
    'No puedo emitir un pase de acceso temporal: estos pases están desactivados en la directiva de métodos de autenticación de su organización. Póngase en contacto con {helpdesk} para iniciar sesión y volver a configurar la MFA.',
  'tap.refused.notInScope':
    'No puedo emitir un pase de acceso temporal para esta cuenta: no está incluida en la directiva de pases de acceso temporal de su organización. Póngase en contacto con {helpdesk}.',
  'tap.refused.permission':
    'Todavía no puedo emitir pases de acceso temporal: no tengo permiso para leer la directiva ni para crear pases. Póngase en contacto con {helpdesk}. Referencia: {ref}',
  'tap.refused.failed':
    'No he podido emitir un pase de acceso temporal en este momento. Inténtelo de nuevo dentro de un minuto o póngase en contacto con {helpdesk}. Referencia: {ref}',
  'revoke.done':
    'Hecho: he cerrado todas sus sesiones. Puede tardar unos minutos hasta que termine cada sesión. Las cuentas de invitado que tenga en otras organizaciones no se ven afectadas.',
  'revoke.failed':
    'No he podido cerrar todas sus sesiones en este momento. El restablecimiento de su MFA sí está hecho. Inténtelo de nuevo dentro de un minuto o póngase en contacto con {helpdesk}. Referencia: {ref}',
  'helpdesk.after.tap.label': 'Emitir un pase de acceso temporal tras el restablecimiento (se muestra una vez, en el chat de {name})',
  'helpdesk.after.revoke.label': 'Cerrar todas las sesiones de {name} tras el restablecimiento',
  'helpdesk.after.revoke.auto': 'Solo si el motivo es actividad sospechosa',
  'helpdesk.after.revoke.yes': 'Sí',
  'helpdesk.after.revoke.no': 'No cerrarlas',
  'helpdesk.after.tap.shownToTarget': 'Se mostró una vez a {name} en su propio chat ({lifetime}, de un solo uso)',
  'helpdesk.after.tap.shownToYou': 'Se le mostró una vez en este chat, para leérselo a {name} ({lifetime}, de un solo uso)',
  'helpdesk.after.fact.signOut': 'Sesiones cerradas en todas partes',
  'helpdesk.after.signOut.done': 'Sí (tarda unos minutos; no afecta a cuentas de invitado en otras organizaciones)',
  'helpdesk.after.signOut.failed':
    'No: ha fallado, el restablecimiento sigue siendo válido. Use «Revocar sesiones» en el centro de administración de Microsoft Entra.',
  'helpdesk.target.done.by': 'Realizado por',
  'helpdesk.target.done.when': 'Cuándo',
  'tap.intro.readOut':
    'Lea este pase a {name} solo cuando esté seguro de que es esa persona. Lo usará en lugar de la MFA para iniciar sesión y después configurará un método nuevo en {setupUrl}.',
  'mail.tap.subject': 'Se emitió un pase de acceso temporal para su cuenta',
  'mail.tap.body':
    'El {when} solicitó al bot de restablecimiento de MFA de Microsoft Teams un pase de acceso temporal de un solo uso, válido durante {lifetime}. Con él, alguien puede iniciar sesión en su cuenta sin MFA.',
  'tap.refused.privileged':
    'No puedo emitir un pase de acceso temporal en este chat para una cuenta con roles de administrador. Póngase en contacto con {helpdesk}: las cuentas con privilegios las gestiona un administrador.',
};
