import type { Client } from '@microsoft/microsoft-graph-client';
import type { SessionsApi } from '../after/ports.js';
import { toGraphCallError } from './client.js';

/**
 * Sign a user out everywhere: `POST /users/{id}/revokeSignInSessions` (User.RevokeSessions.All).
 * Documented as 200 {value:true}; a known issue says 204 would be right, so any 2xx is success
 * (reference/helpdesk-graph.md §F). It takes a few minutes and does not reach guests' home tenants.
 */
export function createSessionsApi(client: Client): SessionsApi {
  return {
    async revoke(userId) {
      try {
        await client.api(`/users/${encodeURIComponent(userId)}/revokeSignInSessions`).post({});
      } catch (err) {
        throw toGraphCallError(err);
      }
    },
  };
}
