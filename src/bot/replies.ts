import type { FailureReason } from '../reset/outcome.js';
import type { ResetScope } from '../reset/scope.js';
import { joinLabels } from './describe.js';

/** Everything the bot says in plain text, in one place: short, kind, actionable. */
export interface ReplyContext {
  readonly helpdesk: string;
  readonly setupUrl: string;
}

const COMMANDS = '"reset my MFA", "reset my authenticator app", "show my MFA methods" or "help"';

export const replies = {
  welcome: () =>
    `Hi, I'm the MFA reset assistant. If you lost or replaced your phone, or your Authenticator app stopped working, ` +
    `I can remove your registered MFA methods so you can set them up again. Try ${COMMANDS}.`,
  help: () =>
    `I can reset your own MFA (multi-factor authentication) when you've lost or replaced your phone or your Authenticator app broke. ` +
    `I always show you what will be removed and ask before changing anything. Try ${COMMANDS}.`,
  greeting: () => `Hello! I can reset your MFA if you've lost or replaced your phone. Say "reset my MFA" to start, or "help" to learn more.`,
  groupChat: () =>
    `For your security I only handle MFA in a private chat. Open a 1:1 chat with me and say "reset my MFA".`,
  otherUser: (c: ReplyContext) => `I can only reset your own MFA. For someone else's account, please contact ${c.helpdesk}.`,
  negation: () => `OK, I won't change anything. If you need a reset later, just say "reset my MFA".`,
  aboutMfa: (c: ReplyContext) =>
    `MFA adds a second step (like an Authenticator notification or a text code) when you sign in. ` +
    `You can review your methods at ${c.setupUrl}. If you need to start over, for example after getting a new phone, say "reset my MFA".`,
  notPassword: (c: ReplyContext) =>
    `I can only help with MFA, not passwords. To reset your password, use https://aka.ms/sspr or contact ${c.helpdesk}.`,
  noIdentity: (c: ReplyContext) =>
    `I couldn't confirm who you are from this chat, so I can't change anything. Please message me from Microsoft Teams with your work account, or contact ${c.helpdesk}.`,
  tenantNotAllowed: (c: ReplyContext) =>
    `This assistant isn't available for your organisation. Please contact ${c.helpdesk}.`,
  nothingToRemove: (c: ReplyContext) =>
    `You don't have any MFA methods registered that I can remove, so there's nothing to reset. To set up MFA, go to ${c.setupUrl}.`,
  nothingInScope: (what: string, others: readonly string[]) =>
    others.length > 0
      ? `You don't have ${what} registered. Your registered methods are: ${joinLabels(others)}. Say "reset my MFA" if you want to remove all of them.`
      : `You don't have ${what} registered, and no other MFA methods either, so there's nothing to reset.`,
  noMethodsToList: (c: ReplyContext) =>
    `You have no MFA methods registered (only your password). To set up MFA, go to ${c.setupUrl}.`,
  onlyUnremovable: (labels: readonly string[], c: ReplyContext, ref: string) =>
    `Your registered ${labels.length === 1 ? 'method is' : 'methods are'} ${joinLabels(labels)}, which I can't remove. Please contact ${c.helpdesk} and mention reference ${ref}.`,
  cancelled: () => `OK, nothing was changed. Your MFA methods are as they were.`,
  cardMalformed: () => `That button no longer works, so nothing was changed. Say "reset my MFA" to start again.`,
  cardExpired: () => `That confirmation has expired, so nothing was changed. Say "reset my MFA" to start again.`,
  cardNotYours: () => `That confirmation belongs to someone else, so I can't act on it. Nothing was changed.`,
  cardUsed: () => `I've already handled that request. Say "show my MFA methods" to see where things stand.`,
  listFailed: (reason: FailureReason | 'userNotFound', c: ReplyContext, ref: string) => {
    switch (reason) {
      case 'busy':
      case 'timeout':
        return `Microsoft's service is busy right now, so I couldn't read your MFA methods. Please try again in a few minutes. (Reference ${ref})`;
      case 'userNotFound':
        return `I couldn't find your account in the directory, so I can't reset anything. Please contact ${c.helpdesk} and mention reference ${ref}.`;
      case 'permission':
      case 'unauthorized':
        return `I'm not set up to manage MFA methods yet, so nothing was changed. Please contact ${c.helpdesk} and mention reference ${ref}.`;
      default:
        return `Something went wrong while reading your MFA methods, so nothing was changed. Please contact ${c.helpdesk} and mention reference ${ref}.`;
    }
  },
  unexpected: (c: ReplyContext, ref: string) =>
    `Sorry, something went wrong on my side. Nothing more was changed. Please try again, or contact ${c.helpdesk} and mention reference ${ref}.`,
};

export function scopeWords(scope: ResetScope): string {
  switch (scope.kind) {
    case 'all':
      return 'any MFA method';
    case 'authenticator':
      return 'the Microsoft Authenticator app';
    case 'phone':
      return scope.phoneType === 'office'
        ? 'an office phone'
        : scope.phoneType === 'alternateMobile'
          ? 'an alternate mobile phone'
          : scope.phoneType === 'mobile'
            ? 'a mobile phone'
            : 'a phone number';
    case 'email':
      return 'an email method';
    case 'securityKey':
      return 'a security key or passkey';
    case 'other':
      return 'that kind of method';
  }
}

export const REASON_WORDS: Readonly<Record<FailureReason, string>> = {
  defaultMethod: "it's your default sign-in method and Microsoft won't remove it while other methods remain",
  defaultPending: "I made another method your default so this one could go, but Microsoft hasn't caught up yet; try again in a few minutes",
  defaultLag: "Microsoft still counts it as your default sign-in method; this usually catches up within minutes, so try again shortly",
  phoneOrder: "Microsoft won't remove a mobile number while an alternate mobile number is registered",
  permission: "I'm not allowed to change sign-in methods yet (an administrator needs to grant me permission)",
  unauthorized: 'Microsoft refused my access',
  busy: "Microsoft's service was too busy",
  timeout: "Microsoft didn't answer in time",
  stillVisible: 'Microsoft accepted the removal but still lists it; this can take a few minutes to catch up',
  notDeletable: "I can't remove this kind of method",
  unexpected: 'something unexpected went wrong',
};
