/**
 * Everything the bot says, in English. Other languages are files of the same shape (any key may
 * be missing: English stands in). Placeholders are `{name}`; the values are already formatted
 * (labels escaped, lists joined, durations worded) by the caller through `copy/index.ts`.
 */
export const en = {
  'list.join.two': '{a} and {b}',
  'list.join.many': '{head} and {last}',
  'list.join.sep': ', ',
  'duration.seconds.one': '{n} second',
  'duration.seconds.other': '{n} seconds',
  'duration.minutes.one': '{n} minute',
  'duration.minutes.other': '{n} minutes',

  'demo.notice': 'Demo mode: simulated tenant, no real account is changed.',
  'demo.once': 'Demo mode: this bot works on a simulated tenant, so no real account is changed.',

  'welcome':
    "Hi, I'm the MFA reset assistant. If you lost or replaced your phone, or your Authenticator app stopped working, I can remove your registered MFA methods so you can set them up again. Try {commands}.",
  'help':
    "I can reset your own MFA (multi-factor authentication) when you've lost or replaced your phone or your Authenticator app broke. I always show you what will be removed and ask before changing anything. Try {commands}.",
  'unsupportedLanguage':
    "Sorry, I can't read that language yet. I understand English, Deutsch, Français, Español, Português, Italiano, Nederlands and Polski. In English, try {commands}.",
  'commands': '"reset my MFA", "reset my authenticator app", "show my MFA methods" or "help"',
  'greeting': 'Hello! I can reset your MFA if you\'ve lost or replaced your phone. Say "reset my MFA" to start, or "help" to learn more.',
  'thanks': 'You\'re welcome! If you need anything else with your MFA, just say "help".',
  'groupChat': 'For your security I only handle MFA in a private chat. Open a 1:1 chat with me and say "reset my MFA".',
  'otherUser': "I can only reset your own MFA. For someone else's account, please contact {helpdesk}.",
  'negation': 'OK, I won\'t change anything. If you need a reset later, just say "reset my MFA".',
  'aboutMfa':
    'MFA adds a second step (like an Authenticator notification or a text code) when you sign in. You can review your methods at {setupUrl}. If you need to start over, for example after getting a new phone, say "reset my MFA".',
  'password':
    'I can only help with MFA, not passwords. To reset your password, use self-service password reset at {ssprUrl}, or contact {helpdesk}.',
  'undo':
    "A reset can't be undone: removed methods are gone for good. You can register them again at {setupUrl}; after a full reset you'll be asked to set up MFA the next time you sign in.",
  'typed.pending': 'To go ahead, press Yes on the card above; it expires in {expiresIn}.',
  'typed.pendingCancel': 'To cancel, press No on the card above (or just leave it: it expires in {expiresIn} and nothing changes).',
  'typed.none': 'There\'s no request waiting for you. Say "reset my MFA" to start, or "help" to learn more.',
  'security':
    "That sounds like someone else may be trying to sign in as you. Please don't approve any prompt you didn't start, change your password now at {ssprUrl}, and contact {securityContact} right away. I haven't changed anything, and I won't reset your MFA for this: your methods are what keep the other person out.",
  'noIdentity':
    "I couldn't confirm who you are from this chat, so I can't change anything. Please message me from Microsoft Teams with your work account, or contact {helpdesk}.",
  'tenantNotAllowed': "This assistant isn't available for your organisation. Please contact {helpdesk}.",
  'rateLimited': "You've asked me a lot in the last minute. Please wait a minute and try again; nothing was changed.",
  'stateUnavailable': "I can't record requests right now, so nothing was changed. Please try again in a minute. (Reference {ref})",
  'nothingToRemove':
    "You don't have any MFA methods registered that I can remove, so there's nothing to reset. To set up MFA, go to {setupUrl}.",
  'nothingInScope.others':
    'You don\'t have {what} registered. Your registered methods are: {others}. Say "reset my MFA" if you want to remove all of them.',
  'nothingInScope.none': "You don't have {what} registered, and no other MFA methods either, so there's nothing to reset.",
  'noMethodsToList': 'You have no MFA methods registered (only your password). To set up MFA, go to {setupUrl}.',
  'onlyUnremovable.one': "Your registered method is {labels}, which I can't remove. Please contact {helpdesk} and mention reference {ref}.",
  'onlyUnremovable.other': "Your registered methods are {labels}, which I can't remove. Please contact {helpdesk} and mention reference {ref}.",
  'cardMalformed': 'That button no longer works, so nothing was changed. Say "reset my MFA" to start again.',
  'cardNotYours': "That confirmation belongs to someone else, so I can't act on it. Nothing was changed.",
  'cardUsed': 'I\'ve already handled that request. Say "show my MFA methods" to see where things stand.',
  'listFailed.busy': "Microsoft's service is busy right now, so I couldn't read your MFA methods. Please try again in a few minutes. (Reference {ref})",
  'listFailed.userNotFound': "I couldn't find your account in the directory, so I can't reset anything. Please contact {helpdesk} and mention reference {ref}.",
  'listFailed.permission': "I'm not set up to manage MFA methods yet, so nothing was changed. Please contact {helpdesk} and mention reference {ref}.",
  'listFailed.other': 'Something went wrong while reading your MFA methods, so nothing was changed. Please contact {helpdesk} and mention reference {ref}.',
  'unexpected': 'Sorry, something went wrong on my side. Nothing more was changed. Please try again, or contact {helpdesk} and mention reference {ref}.',

  'scope.all': 'any MFA method',
  'scope.authenticator': 'the Microsoft Authenticator app',
  'scope.phone': 'a phone number',
  'scope.phone.mobile': 'a mobile phone',
  'scope.phone.alternateMobile': 'an alternate mobile phone',
  'scope.phone.office': 'an office phone',
  'scope.email': 'an email method',
  'scope.securityKey': 'a security key or passkey',
  'scope.kind': '{kind}',
  'scope.other': 'that kind of method',

  'card.confirm.title.all': 'Reset your MFA?',
  'card.confirm.title.one': 'Remove this method?',
  'card.confirm.title.other': 'Remove these methods?',
  'card.confirm.intro.all.one': "I'll remove this MFA method from your account:",
  'card.confirm.intro.all.other': "I'll remove these {n} MFA methods from your account:",
  'card.confirm.intro.scoped.one': "I'll remove only this method:",
  'card.confirm.intro.scoped.other': "I'll remove only these {n} methods:",
  'card.confirm.consequence.all': "Next time you sign in you'll be asked to set up MFA again, so have your phone ready.",
  'card.confirm.consequence.scoped.one':
    'Your other MFA methods stay as they are. If this is your default sign-in method, one of the methods you keep becomes the default. You can add a new one afterwards at {setupUrl}.',
  'card.confirm.consequence.scoped.other':
    'Your other MFA methods stay as they are. If one of these is your default sign-in method, one of the methods you keep becomes the default. You can add a new one afterwards at {setupUrl}.',
  'card.confirm.warning': 'This cannot be undone.',
  'card.confirm.question': 'Do you want to go ahead?',
  'card.confirm.expires': 'This request expires in {expiresIn}.',
  'card.yes': 'Yes',
  'card.no': 'No',
  'card.resetAll': 'Reset everything instead',
  'card.list.title': 'Your registered MFA methods',
  'card.list.footer': 'Your password is not shown and is never changed. Say "reset my MFA" to remove these methods.',
  'card.reference': 'Reference: {ref}',
  'card.expired.title': 'Expired',
  'card.expired.summary': 'This request expired. Nothing was changed. Say "reset my MFA" to start again.',
  'card.cancelled.title': 'Cancelled',
  'card.cancelled.summary': 'Cancelled, nothing was changed. Your MFA methods are as they were.',
  'card.superseded.title': 'Replaced',
  'card.superseded.summary': 'This card was replaced by a newer one, so nothing was changed. Use the newest card, or say "reset my MFA" to start again.',
  'card.stateUnavailable.title': 'Not done yet',

  'clarify.text': 'I can help with your MFA. What would you like to do?',
  'clarify.reset': 'Reset my MFA',
  'clarify.one': 'Remove just one method',
  'clarify.list': 'Show my methods',
  'clarify.no': 'No thanks',
  'clarify.pick': 'Which method should I remove?',

  'outcome.removed': 'Removed',
  'outcome.notRemoved': 'Not removed',
  'outcome.notConfirmed': 'Not confirmed',
  'outcome.alreadyGone': 'Already gone',
  'outcome.changed': 'Changed since the card, skipped',
  'outcome.default': ' Your default sign-in method is now {label}.',
  'outcome.defaultSystem': ' Your default sign-in method is now {label} (Microsoft may still ask for your most secure method first).',
  'outcome.reset.title': 'Your MFA has been reset',
  'outcome.reset.summary': "Next time you sign in you'll be asked to set up MFA again.",
  'outcome.reset.text': "I've reset your MFA. Removed: {removed}. Next time you sign in you'll be asked to set up MFA again: {setupUrl}",
  'outcome.done.title': 'Removed',
  'outcome.done.summary': 'Your other MFA methods are still registered.{defaultNote}',
  'outcome.done.text': 'Done. I removed {removed}. Your other methods are still registered.{defaultNote} To add a new one, go to {setupUrl}',
  'outcome.nothing.title': 'Nothing to remove',
  'outcome.nothing.text': 'Nothing was removed by this click: {gone} had already been removed.',
  'outcome.alreadyGone.note': ' {gone} had already been removed before this click.',
  'outcome.changed.note': ' I left {changed} alone because it changed after the card was shown; say "reset my MFA" to get a new card.',
  'outcome.unverified':
    'I couldn\'t finish checking your MFA reset because Microsoft didn\'t answer in time, so some methods may or may not have been removed. Not confirmed as removed: {notRemoved}. Say "show my MFA methods" in a few minutes to see where things stand.',
  'outcome.failed': "I couldn't reset your MFA: nothing was removed. Not removed: {notRemoved}.",
  'outcome.partial': 'I could only partly reset your MFA. Removed: {removed}. Not removed: {notRemoved}.',
  'outcome.contact': ' Please contact {helpdesk} and mention reference {ref}.',
  'outcome.setupAgain': ' You may be asked to set up the removed methods again at {setupUrl}.',
  'outcome.unverified.title': 'MFA reset not confirmed',
  'outcome.failed.title': 'MFA reset failed',
  'outcome.partial.title': 'MFA partly reset',
  'outcome.attention.summary.verified': 'Some methods are still registered. Please contact {helpdesk}.',
  'outcome.attention.summary.unverified': 'Some methods may be still registered. Please contact {helpdesk}.',
  'outcome.notRemovedItem': '{label} ({why})',

  'reason.defaultMethod': "it's your default sign-in method and Microsoft won't remove it while other methods remain",
  'reason.defaultPending': "I made another method your default so this one could go, but Microsoft hasn't caught up yet; try again in a few minutes",
  'reason.defaultLag': 'Microsoft still counts it as your default sign-in method; this usually catches up within minutes, so try again shortly',
  'reason.phoneOrder': "Microsoft won't remove a mobile number while an alternate mobile number is registered",
  'reason.permission': "I'm not allowed to change sign-in methods yet (an administrator needs to grant me permission)",
  'reason.unauthorized': 'Microsoft refused my access',
  'reason.busy': "Microsoft's service was too busy",
  'reason.timeout': "Microsoft didn't answer in time",
  'reason.stillVisible': 'Microsoft accepted the removal but still lists it; this can take a few minutes to catch up',
  'reason.notDeletable': "I can't remove this kind of method",
  'reason.unexpected': 'something unexpected went wrong',

  // Said instead of the default contacts (config.ts) when none is configured.
  'contact.helpdesk': 'your IT service desk',
  'contact.security': 'your IT security team',
} as const;

export type MessageId = keyof typeof en;
