import type { ResetScope } from '../../reset/scope.js';
import type { ListFailure } from '../../reset/service.js';
import { joinList, type MessageId } from '../copy/index.js';
import { methodWord } from '../describe.js';
import type { Turn } from '../turn.js';

/** Listing and resetting happen only in a 1:1 chat: anyone in a group could press Yes. */
export async function personalOnly(turn: Turn): Promise<boolean> {
  if (turn.sender.personal) return true;
  audit(turn, 'groupConversation');
  await turn.say(turn.t('groupChat'));
  return false;
}

/** A refusal decided by the conversation (the service records its own). */
export function audit(turn: Turn, reason: 'groupConversation' | 'otherUser' | 'malformedCardData'): void {
  turn.deps.service.record({ type: 'refused', reason }, turn.self, turn.requester);
}

export function listFailedKey(reason: ListFailure): MessageId {
  switch (reason) {
    case 'busy':
    case 'timeout':
      return 'listFailed.busy';
    case 'userNotFound':
      return 'listFailed.userNotFound';
    case 'permission':
    case 'unauthorized':
      return 'listFailed.permission';
    default:
      return 'listFailed.other';
  }
}

/** "the Microsoft Authenticator app", "Windows Hello for Business": what a scope covers, in words. */
export function scopeWords(turn: Turn, scope: ResetScope): string {
  switch (scope.kind) {
    case 'all':
      return turn.t('scope.all');
    case 'authenticator':
      return turn.t('scope.authenticator');
    case 'phone':
      return turn.t(scope.phoneType ? `scope.phone.${scope.phoneType}` : 'scope.phone');
    case 'email':
      return turn.t('scope.email');
    case 'securityKey':
      return turn.t('scope.securityKey');
    case 'other':
      // Name the type the user asked about (issue 10, item 16), not "that kind of method".
      return scope.methodKinds.length > 0
        ? joinList(
            turn.locale,
            scope.methodKinds.map((k) => methodWord(k, undefined, turn.locale)),
          )
        : turn.t('scope.other');
  }
}
