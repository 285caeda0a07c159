/**
 * What helpdesk mode needs from the outside world, as interfaces. `graph/directory.ts` implements
 * DirectoryApi over Microsoft Graph (the simulator speaks the same HTTP); `helpdesk/notifier.ts`
 * implements Notifier over the Bot Connector. Nothing in `helpdesk/` knows a URL.
 */

/** A directory user as the helpdesk card shows it (Graph `$select`ed properties, parsed). */
export interface DirectoryUser {
  /** Entra object id: the only identity a reset or a confirmation is bound to. */
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly mail?: string | undefined;
  readonly department?: string | undefined;
  readonly jobTitle?: string | undefined;
  readonly accountEnabled: boolean;
  /** `Member` or `Guest` (anything else Graph may add is kept as it came). */
  readonly userType: string;
  /** Entra's preferred language ("fr-FR"), when set: the language of the cards sent to this person. */
  readonly preferredLanguage?: string | undefined;
}

/** Why a target counts as privileged (Entra's "who can perform sensitive actions" table). Ids only: never a name from user input. */
export type PrivilegeReason =
  | { readonly kind: 'activeRole'; readonly roleId: string }
  | { readonly kind: 'eligibleRole'; readonly roleId: string }
  | { readonly kind: 'roleAssignableGroup'; readonly groupId: string };

interface PrivilegeCheck {
  readonly privileged: boolean;
  readonly reasons: readonly PrivilegeReason[];
}

export type InstallOutcome = 'installed' | 'alreadyInstalled' | 'blocked';

export interface DirectoryApi {
  /** By object id or UPN (guests' `#EXT#` and `$`-leading UPNs included); undefined on 404. */
  getUser(idOrUpn: string, signal?: AbortSignal): Promise<DirectoryUser | undefined>;
  /** Users whose `mail` or one of whose `proxyAddresses` is this address (normally 0 or 1). */
  findByMail(address: string, signal?: AbortSignal): Promise<DirectoryUser[]>;
  /** Display-name search; at most `max` users (ask for one more to know there are more). */
  searchByDisplayName(name: string, max: number, signal?: AbortSignal): Promise<DirectoryUser[]>;
  /** The subset of `groupIds` (at most 20) the user is a transitive member of. */
  memberOfGroups(userId: string, groupIds: readonly string[], signal?: AbortSignal): Promise<string[]>;
  /** Role and group checks that make a target privileged; every call must succeed (fail closed). */
  privilegeOf(userId: string, signal?: AbortSignal): Promise<PrivilegeCheck>;
  /** Install our Teams app for the user (personal scope), so the bot may message them. */
  installApp(userId: string, teamsAppId: string, signal?: AbortSignal): Promise<InstallOutcome>;
  /** The 1:1 chat id between the user and our app, when it is installed. */
  chatIdFor(userId: string, teamsAppId: string, signal?: AbortSignal): Promise<string | undefined>;
}

/** An Adaptive Card attachment, as the Bot Framework sends it. */
export interface CardAttachment {
  readonly contentType: 'application/vnd.microsoft.card.adaptive';
  readonly content: Record<string, unknown>;
}

export type NotifyFailure = 'notInstalled' | 'blocked' | 'failed';

export type NotifyResult =
  { readonly ok: true; readonly conversationId: string; readonly activityId?: string | undefined } | { readonly ok: false; readonly reason: NotifyFailure };

export interface NotifyRequest {
  readonly tenantId: string;
  /** The recipient's Entra object id. */
  readonly userId: string;
  /** The requester's serviceUrl (Teams answers proactive calls on the same regional URL). */
  readonly serviceUrl: string;
  /**
   * The card, built once the 1:1 conversation exists, so what it carries (a confirmation token
   * bound to the recipient's conversation) can name it. A throw sends nothing ('failed').
   */
  readonly card: (conversationId: string) => CardAttachment | Promise<CardAttachment>;
}

/** Sends a card to a user's own 1:1 chat with the bot. Never throws: failures are reasons. */
export interface Notifier {
  sendToUser(request: NotifyRequest): Promise<NotifyResult>;
}
