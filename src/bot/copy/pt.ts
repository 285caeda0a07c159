import type { Messages } from './index.js';

/** Portuguese (neutral "você", Brazilian usage; what to type: "redefinir minha MFA", "mostrar meus métodos de MFA", "ajuda"). */
export const pt: Messages = {
  'list.join.two': '{a} e {b}',
  'list.join.many': '{head} e {last}',
  'list.join.sep': ', ',
  'duration.seconds.one': '{n} segundo',
  'duration.seconds.other': '{n} segundos',
  'duration.minutes.one': '{n} minuto',
  'duration.minutes.other': '{n} minutos',

  'demo.notice': 'Modo de demonstração: locatário simulado, nenhuma conta real é alterada.',
  'demo.once': 'Modo de demonstração: este bot funciona em um locatário simulado, então nenhuma conta real é alterada.',

  welcome:
    'Olá, sou o assistente de redefinição de MFA. Se você perdeu ou trocou de celular, ou se o seu aplicativo Authenticator parou de funcionar, posso remover os seus métodos de MFA registrados para que você possa configurá-los novamente. Experimente {commands}.',
  help: 'Posso redefinir a sua própria MFA (autenticação multifator) quando você perdeu ou trocou de celular, ou quando o seu aplicativo Authenticator parou de funcionar. Sempre mostro o que será removido e pergunto antes de alterar qualquer coisa. Experimente {commands}.',
  commands: '"redefinir minha MFA", "redefinir meu aplicativo Authenticator", "mostrar meus métodos de MFA" ou "ajuda"',
  greeting: 'Olá! Posso redefinir a sua MFA se você perdeu ou trocou de celular. Digite "redefinir minha MFA" para começar, ou "ajuda" para saber mais.',
  thanks: 'De nada! Se precisar de mais alguma coisa com a sua MFA, é só digitar "ajuda".',
  groupChat: 'Por segurança, só cuido de assuntos de MFA em um chat privado. Abra um chat individual comigo e digite "redefinir minha MFA".',
  otherUser: 'Só posso redefinir a sua própria MFA. Para a conta de outra pessoa, entre em contato com {helpdesk}.',
  negation: 'Tudo bem, não vou alterar nada. Se precisar de uma redefinição mais tarde, é só digitar "redefinir minha MFA".',
  aboutMfa:
    'A MFA adiciona uma segunda etapa ao entrar (como uma notificação do Authenticator ou um código por SMS). Você pode revisar os seus métodos em {setupUrl}. Se precisar começar do zero, por exemplo depois de trocar de celular, digite "redefinir minha MFA".',
  password:
    'Só posso ajudar com MFA, não com senhas. Para redefinir a sua senha, use a redefinição de senha por autoatendimento em {ssprUrl} ou entre em contato com {helpdesk}.',
  undo: 'Uma redefinição não pode ser desfeita: os métodos removidos são apagados de vez. Você pode registrá-los novamente em {setupUrl}; depois de uma redefinição completa, você precisará configurar a MFA na próxima vez que entrar.',
  'typed.pending': 'Para continuar, clique em Sim no cartão acima; ele expira em {expiresIn}.',
  'typed.pendingCancel': 'Para cancelar, clique em Não no cartão acima (ou simplesmente deixe-o como está: ele expira em {expiresIn} e nada é alterado).',
  'typed.none': 'Não há nenhuma solicitação sua aguardando. Digite "redefinir minha MFA" para começar, ou "ajuda" para saber mais.',
  security:
    'Parece que outra pessoa pode estar tentando entrar na sua conta. Não aprove nenhuma solicitação que você não iniciou, altere a sua senha agora em {ssprUrl} e entre em contato com {securityContact} imediatamente. Não alterei nada e não vou redefinir a sua MFA por causa disso: são justamente os seus métodos que mantêm a outra pessoa do lado de fora.',
  noIdentity:
    'Não consegui confirmar quem você é por este chat, então não posso alterar nada. Envie uma mensagem pelo Microsoft Teams com a sua conta de trabalho ou entre em contato com {helpdesk}.',
  tenantNotAllowed: 'Este assistente não está disponível para a sua organização. Entre em contato com {helpdesk}.',
  rateLimited: 'Você me enviou muitas solicitações no último minuto. Aguarde um minuto e tente novamente; nada foi alterado.',
  stateUnavailable: 'No momento não consigo registrar solicitações, então nada foi alterado. Tente novamente em um minuto. (Referência {ref})',
  nothingToRemove:
    'Você não tem nenhum método de MFA registrado que eu possa remover, então não há nada para redefinir. Para configurar a MFA, acesse {setupUrl}.',
  // {what} is a bare noun ("número de telefone"), so the sentence needs no article or agreement.
  'nothingInScope.others':
    'Você não tem nenhum método desse tipo registrado ({what}). Os seus métodos registrados são: {others}. Digite "redefinir minha MFA" se quiser remover todos eles.',
  'nothingInScope.none': 'Você não tem nenhum método desse tipo registrado ({what}) nem qualquer outro método de MFA, então não há nada para redefinir.',
  noMethodsToList: 'Você não tem nenhum método de MFA registrado (apenas a sua senha). Para configurar a MFA, acesse {setupUrl}.',
  'onlyUnremovable.one': 'O seu método registrado é {labels}, que não consigo remover. Entre em contato com {helpdesk} e informe a referência {ref}.',
  'onlyUnremovable.other': 'Os seus métodos registrados são {labels}, que não consigo remover. Entre em contato com {helpdesk} e informe a referência {ref}.',
  cardMalformed: 'Esse botão não funciona mais, então nada foi alterado. Digite "redefinir minha MFA" para começar de novo.',
  cardNotYours: 'Essa confirmação pertence a outra pessoa, então não posso agir sobre ela. Nada foi alterado.',
  cardUsed: 'Já processei essa solicitação. Digite "mostrar meus métodos de MFA" para ver como estão as coisas.',
  'listFailed.busy':
    'O serviço da Microsoft está sobrecarregado no momento, então não consegui ler os seus métodos de MFA. Tente novamente em alguns minutos. (Referência {ref})',
  'listFailed.userNotFound':
    'Não encontrei a sua conta no diretório, então não posso redefinir nada. Entre em contato com {helpdesk} e informe a referência {ref}.',
  'listFailed.permission':
    'Ainda não estou configurado para gerenciar métodos de MFA, então nada foi alterado. Entre em contato com {helpdesk} e informe a referência {ref}.',
  'listFailed.other': 'Algo deu errado ao ler os seus métodos de MFA, então nada foi alterado. Entre em contato com {helpdesk} e informe a referência {ref}.',
  unexpected: 'Desculpe, algo deu errado do meu lado. Nada mais foi alterado. Tente novamente ou entre em contato com {helpdesk} e informe a referência {ref}.',

  'scope.all': 'todos os métodos de MFA',
  'scope.authenticator': 'aplicativo Microsoft Authenticator',
  'scope.phone': 'número de telefone',
  'scope.phone.mobile': 'celular',
  'scope.phone.alternateMobile': 'celular alternativo',
  'scope.phone.office': 'telefone comercial',
  'scope.email': 'método de email',
  'scope.securityKey': 'chave de segurança ou chave de acesso',
  'scope.kind': '{kind}',
  'scope.other': 'o tipo solicitado',

  'card.confirm.title.all': 'Redefinir a sua MFA?',
  'card.confirm.title.one': 'Remover este método?',
  'card.confirm.title.other': 'Remover estes métodos?',
  'card.confirm.intro.all.one': 'Vou remover este método de MFA da sua conta:',
  'card.confirm.intro.all.other': 'Vou remover estes {n} métodos de MFA da sua conta:',
  'card.confirm.intro.scoped.one': 'Vou remover apenas este método:',
  'card.confirm.intro.scoped.other': 'Vou remover apenas estes {n} métodos:',
  'card.confirm.consequence.all': 'Na próxima vez que entrar, você precisará configurar a MFA novamente, então tenha o seu celular em mãos.',
  'card.confirm.consequence.scoped.one':
    'Os seus outros métodos de MFA continuam como estão. Se este for o seu método de entrada padrão, um dos métodos que você mantém passará a ser o padrão. Depois, você pode adicionar um novo em {setupUrl}.',
  'card.confirm.consequence.scoped.other':
    'Os seus outros métodos de MFA continuam como estão. Se um destes for o seu método de entrada padrão, um dos métodos que você mantém passará a ser o padrão. Depois, você pode adicionar um novo em {setupUrl}.',
  'card.confirm.warning': 'Isso não pode ser desfeito.',
  'card.confirm.question': 'Deseja continuar?',
  'card.confirm.expires': 'Esta solicitação expira em {expiresIn}.',
  'card.yes': 'Sim',
  'card.no': 'Não',
  'card.resetAll': 'Redefinir tudo em vez disso',
  'card.list.title': 'Seus métodos de MFA registrados',
  'card.list.footer': 'A sua senha não é mostrada e nunca é alterada. Digite "redefinir minha MFA" para remover estes métodos.',
  'card.reference': 'Referência: {ref}',
  'card.expired.title': 'Expirada',
  'card.expired.summary': 'Esta solicitação expirou. Nada foi alterado. Digite "redefinir minha MFA" para começar de novo.',
  'card.cancelled.title': 'Cancelada',
  'card.cancelled.summary': 'Cancelada, nada foi alterado. Os seus métodos de MFA continuam como estavam.',
  'card.superseded.title': 'Substituída',
  'card.superseded.summary':
    'Este cartão foi substituído por um mais recente, então nada foi alterado. Use o cartão mais recente ou digite "redefinir minha MFA" para começar de novo.',
  'card.stateUnavailable.title': 'Ainda não concluído',

  'clarify.text': 'Posso ajudar com a sua MFA. O que você gostaria de fazer?',
  'clarify.reset': 'Redefinir minha MFA',
  'clarify.one': 'Remover só um método',
  'clarify.list': 'Mostrar meus métodos',
  'clarify.no': 'Não, obrigado',
  'clarify.pick': 'Qual método devo remover?',

  'outcome.removed': 'Removido',
  'outcome.notRemoved': 'Não removido',
  'outcome.notConfirmed': 'Não confirmado',
  'outcome.alreadyGone': 'Já removido',
  'outcome.changed': 'Alterado depois do cartão, ignorado',
  'outcome.default': ' O seu método de entrada padrão agora é {label}.',
  'outcome.defaultSystem': ' O seu método de entrada padrão agora é {label} (a Microsoft ainda pode pedir primeiro o seu método mais seguro).',
  'outcome.reset.title': 'A sua MFA foi redefinida',
  'outcome.reset.summary': 'Na próxima vez que entrar, você precisará configurar a MFA novamente.',
  'outcome.reset.text': 'Redefini a sua MFA. Métodos removidos: {removed}. Na próxima vez que entrar, você precisará configurar a MFA novamente: {setupUrl}',
  'outcome.done.title': 'Removido',
  'outcome.done.summary': 'Os seus outros métodos de MFA continuam registrados.{defaultNote}',
  'outcome.done.text':
    'Pronto. Métodos removidos: {removed}. Os seus outros métodos continuam registrados.{defaultNote} Para adicionar um novo, acesse {setupUrl}',
  'outcome.nothing.title': 'Nada para remover',
  // Lists after a colon: one item or three, no agreement to get wrong.
  'outcome.nothing.text': 'Este clique não removeu nada. Métodos já removidos antes: {gone}.',
  'outcome.alreadyGone.note': ' Métodos já removidos antes deste clique: {gone}.',
  'outcome.changed.note': ' Não mexi no que mudou depois que o cartão foi mostrado: {changed}. Digite "redefinir minha MFA" para receber um cartão novo.',
  'outcome.unverified':
    'Não consegui terminar de verificar a redefinição da sua MFA porque a Microsoft não respondeu a tempo, então alguns métodos podem ou não ter sido removidos. Remoção não confirmada: {notRemoved}. Digite "mostrar meus métodos de MFA" daqui a alguns minutos para ver como estão as coisas.',
  'outcome.failed': 'Não consegui redefinir a sua MFA: nada foi removido. Métodos não removidos: {notRemoved}.',
  'outcome.partial': 'Só consegui redefinir a sua MFA em parte. Métodos removidos: {removed}. Métodos não removidos: {notRemoved}.',
  'outcome.contact': ' Entre em contato com {helpdesk} e informe a referência {ref}.',
  'outcome.setupAgain': ' Talvez você precise configurar novamente os métodos removidos em {setupUrl}.',
  'outcome.unverified.title': 'Redefinição de MFA não confirmada',
  'outcome.failed.title': 'Falha na redefinição de MFA',
  'outcome.partial.title': 'MFA redefinida em parte',
  'outcome.attention.summary.verified': 'Alguns métodos ainda estão registrados. Entre em contato com {helpdesk}.',
  'outcome.attention.summary.unverified': 'Alguns métodos talvez ainda estejam registrados. Entre em contato com {helpdesk}.',
  'outcome.notRemovedItem': '{label} ({why})',

  'reason.defaultMethod': 'é o seu método de entrada padrão, e a Microsoft não o remove enquanto houver outros métodos',
  'reason.defaultPending':
    'tornei outro método o padrão para que este pudesse ser removido, mas a Microsoft ainda não se atualizou; tente novamente em alguns minutos',
  'reason.defaultLag':
    'a Microsoft ainda o considera o seu método de entrada padrão; isso costuma se atualizar em poucos minutos, então tente novamente em breve',
  'reason.phoneOrder': 'a Microsoft não remove um número de celular enquanto houver um número de celular alternativo registrado',
  'reason.permission': 'ainda não tenho permissão para alterar métodos de entrada (um administrador precisa me conceder essa permissão)',
  'reason.unauthorized': 'a Microsoft recusou o meu acesso',
  'reason.busy': 'o serviço da Microsoft estava sobrecarregado',
  'reason.timeout': 'a Microsoft não respondeu a tempo',
  'reason.stillVisible': 'a Microsoft aceitou a remoção, mas ainda o mostra; a atualização pode levar alguns minutos',
  'reason.notDeletable': 'não consigo remover este tipo de método',
  'reason.unexpected': 'algo inesperado deu errado',

  // Method names: .title for a card row, .word inside a sentence.
  'method.password.title': 'Senha',
  'method.password.word': 'senha',
  'method.microsoftAuthenticator.title': 'Microsoft Authenticator',
  'method.microsoftAuthenticator.word': 'Microsoft Authenticator',
  'method.phone.title': 'Telefone',
  'method.phone.word': 'telefone',
  'method.phone.mobile.title': 'Celular',
  'method.phone.mobile.word': 'celular',
  'method.phone.alternateMobile.title': 'Celular alternativo',
  'method.phone.alternateMobile.word': 'celular alternativo',
  'method.phone.office.title': 'Telefone comercial',
  'method.phone.office.word': 'telefone comercial',
  'method.email.title': 'E-mail',
  'method.email.word': 'e-mail',
  'method.fido2.title': 'Chave de segurança ou chave de acesso',
  'method.fido2.word': 'chave de segurança ou chave de acesso',
  'method.softwareOath.title': 'Código de aplicativo autenticador (OATH)',
  'method.softwareOath.word': 'código de aplicativo autenticador (OATH)',
  'method.windowsHelloForBusiness.title': 'Windows Hello para Empresas',
  'method.windowsHelloForBusiness.word': 'Windows Hello para Empresas',
  'method.temporaryAccessPass.title': 'Passe de Acesso Temporário',
  'method.temporaryAccessPass.word': 'Passe de Acesso Temporário',
  'method.platformCredential.title': 'Credencial de plataforma (macOS Platform SSO)',
  'method.platformCredential.word': 'credencial de plataforma (macOS Platform SSO)',
  'method.externalAuthentication.title': 'Método de autenticação externo',
  'method.externalAuthentication.word': 'método de autenticação externo',
  'method.qrCodePin.title': 'Entrada com código QR',
  'method.qrCodePin.word': 'entrada com código QR',
  'method.hardwareOath.title': 'Token de hardware (OATH)',
  'method.hardwareOath.word': 'token de hardware (OATH)',
  'method.passwordlessMicrosoftAuthenticator.title': 'Microsoft Authenticator (sem senha)',
  'method.passwordlessMicrosoftAuthenticator.word': 'Microsoft Authenticator (sem senha)',
  'method.unknown.title': 'Método de entrada',
  'method.unknown.word': 'método de entrada',

  // In the user's words when no contact is configured.
  'contact.helpdesk': 'o suporte de TI',
  'contact.security': 'a equipe de segurança de TI',
  'contact.privileged': 'o service desk das contas de administrador',
  'guard.privileged':
    'Sua conta tem uma função de administrador, então não posso redefinir o MFA dela neste chat: uma sessão do Teams roubada não pode conseguir remover os métodos de entrada de um administrador. Entre em contato com {privilegedSupport}. Nada foi alterado. (Referência {ref})',
  'guard.risky':
    'Para sua proteção, não posso redefinir seu MFA neste chat agora. Entre em contato com {helpdesk}: eles podem verificar sua conta e ajudar você. Nada foi alterado. (Referência {ref})',
  'guard.dailyLimit':
    'Você atingiu o limite de redefinições de MFA neste chat em 24 horas. Tente novamente a partir de {when} ou entre em contato com {helpdesk}. Nada foi alterado.',
  'guard.unavailable':
    'Não consegui concluir uma verificação de segurança antes da redefinição, então nada foi alterado. Tente novamente em alguns minutos. (Referência {ref})',
  'helpdesk.preflight.title': 'Verificação do locatário antes das redefinições',
  'helpdesk.preflight.summary.ok': 'Nada a corrigir: depois de uma redefinição, o usuário precisa se registrar de novo.',
  'helpdesk.preflight.summary.warn':
    'Algumas configurações precisam de atenção para que as redefinições sejam seguras e completas. As mesmas constatações estão no log do bot.',
  'helpdesk.preflight.level.ok': 'Certo',
  'helpdesk.preflight.level.info': 'Observação',
  'helpdesk.preflight.level.warn': 'Corrigir',
  'helpdesk.preflight.unavailable':
    'Não consegui verificar suas permissões agora, então não posso mostrar a verificação do locatário. Tente novamente em um minuto. (Referência {ref})',
  'helpdesk.preflight.registration.securityDefaults':
    'Os padrões de segurança estão ativados: depois de uma redefinição, o usuário precisa se registrar de novo na próxima entrada.',
  'helpdesk.preflight.registration.conditionalAccess':
    'O acesso condicional exige MFA para todos os usuários ({policies}): depois de uma redefinição, o usuário precisa se registrar de novo.',
  'helpdesk.preflight.registration.partial':
    'Só alguns usuários precisam se registrar de novo depois de uma redefinição ({policies}). Para os demais, uma redefinição deixa a entrada só com a senha.',
  'helpdesk.preflight.registration.none':
    'Nada obriga a um novo registro: depois de uma redefinição, o usuário entra só com a senha até se registrar de novo. Peça a um administrador que ative os padrões de segurança ou uma política de acesso condicional que exija MFA.',
  'helpdesk.preflight.tap.enabled': 'O Passe de Acesso Temporário está habilitado (duração {lifetime}).',
  'helpdesk.preflight.tap.disabled': 'O Passe de Acesso Temporário está desabilitado: nenhum passe pode ser emitido depois de uma redefinição.',
  'helpdesk.preflight.tap.neededButDisabled':
    'O Passe de Acesso Temporário está desabilitado, mas registrar informações de segurança exige MFA: um usuário sem métodos não consegue registrar novos.',
  'helpdesk.preflight.migration.complete': 'Só a política de métodos de autenticação decide quais métodos os usuários podem registrar.',
  'helpdesk.preflight.migration.incomplete':
    'A migração da política de métodos de autenticação está em “{state}”: as configurações antigas de MFA e SSPR ainda decidem quais métodos os usuários podem registrar.',
  'helpdesk.preflight.roles.ok': 'O bot tem todas as permissões do Graph de que suas funções habilitadas precisam.',
  'helpdesk.preflight.roles.missing': 'Faltam permissões do Graph ao bot: {roles} (necessárias para: {features}).',
  'helpdesk.preflight.roles.unneeded': 'O bot tem permissões de gravação que não usa: {roles}.',
  'helpdesk.preflight.roles.unreadable': 'O token do Graph do bot não informa quais permissões foram concedidas.',
  'helpdesk.preflight.read.denied': 'O bot não tem permissão para ler: {what} (precisa de {role}).',
  'helpdesk.preflight.read.failed': 'Não foi possível ler agora: {what} (status do Graph {status}).',
};
