import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { MailApi } from '../after/ports.js';
import { toGraphCallError } from './client.js';

/**
 * The notification mail: the subject's address (`GET /users/{id}?$select=mail`, User.Read.All
 * or User.ReadBasic.All) and `POST /users/{sender}/sendMail` (Mail.Send, scoped to the sender's
 * mailbox by an Exchange application access policy; reference/helpdesk-graph.md §G). 202 means
 * accepted, not delivered. Plain text only: nothing a user typed becomes HTML.
 */
const UserMail = z.object({ mail: z.string().max(320).nullish() }).loose();

export function createMailApi(client: Client): MailApi {
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      throw toGraphCallError(err);
    }
  };
  return {
    async addressOf(userId) {
      const raw: unknown = await call(() =>
        client
          .api(`/users/${encodeURIComponent(userId)}`)
          .select('mail')
          .get(),
      );
      const body = UserMail.safeParse(raw);
      const mail = body.success ? body.data.mail?.trim() : undefined;
      return mail && mail.includes('@') ? mail : undefined;
    },
    async send(sender, m) {
      await call(() =>
        client.api(`/users/${encodeURIComponent(sender)}/sendMail`).post({
          message: { subject: m.subject, body: { contentType: 'Text', content: m.text }, toRecipients: [{ emailAddress: { address: m.to } }] },
          saveToSentItems: false,
        }),
      );
    },
  };
}
