import { asRecord, basicAuth, call, joinUrl, malformed, numericId, str } from './http.js';
import { TicketError, type AdapterDeps, type TicketAdapter, type TicketRef } from './types.js';

/**
 * Freshdesk API v2. Basic auth with the API key as user name and a dummy password. The note is
 * `private: true` (the default, sent explicitly anyway). Status 4 = Resolved, 5 = Closed.
 */
export interface FreshdeskConfig {
  readonly system: 'freshdesk';
  readonly url: string;
  readonly apiKey: string;
  /** Group id self-service records are assigned to. */
  readonly groupId?: number | undefined;
  /**
   * Freshdesk needs a requester email for a new ticket and events carry Entra object ids, not
   * addresses: self-service records are filed under this (service) mailbox. Unset = no records.
   */
  readonly requesterEmail?: string | undefined;
}

const RESOLVED = 4;
const CLOSED = 5;

export function createFreshdesk(cfg: FreshdeskConfig, deps: AdapterDeps): TicketAdapter {
  const headers = () => ({ authorization: basicAuth(cfg.apiKey, 'X') });
  const link = (id: string) => joinUrl(cfg.url, `/a/tickets/${id}`);
  const adapter: TicketAdapter = {
    system: 'freshdesk',
    async lookup(input, opts = {}) {
      const id = numericId('freshdesk', input);
      const r = await call('freshdesk', deps, { method: 'GET', url: joinUrl(cfg.url, `/api/v2/tickets/${id}`), headers: headers(), what: `lookup #${id}` });
      const b = asRecord(r.body);
      if (str(b?.id) !== id) throw malformed('freshdesk', `lookup #${id}`);
      const status = Number(b?.status);
      const ref: TicketRef = { id, number: id, closed: status === RESOLVED || status === CLOSED, url: link(id) };
      if (ref.closed && !opts.allowClosed) throw new TicketError('closed', `freshdesk lookup #${id}: ticket is resolved or closed`);
      return ref;
    },
    async addInternalNote(ticket, note) {
      await call('freshdesk', deps, {
        method: 'POST',
        url: joinUrl(cfg.url, `/api/v2/tickets/${ticket.id}/notes`),
        headers: headers(),
        body: { body: note.html, private: true },
        what: `note #${ticket.id}`,
      });
    },
    async setStatus(ticket) {
      await call('freshdesk', deps, {
        method: 'PUT',
        url: joinUrl(cfg.url, `/api/v2/tickets/${ticket.id}`),
        headers: headers(),
        body: { status: RESOLVED },
        what: `status #${ticket.id}`,
      });
    },
  };
  if (cfg.requesterEmail) {
    const email = cfg.requesterEmail;
    adapter.create = async (record) => {
      const body: Record<string, unknown> = {
        subject: record.title,
        // The description is customer-visible; the detail goes into a private note.
        description: `<p>MFA reset, reference ${record.note.correlationId}.</p>`,
        email,
        status: 2,
        priority: 1,
      };
      if (cfg.groupId !== undefined) body.group_id = cfg.groupId;
      const r = await call('freshdesk', deps, { method: 'POST', url: joinUrl(cfg.url, '/api/v2/tickets'), headers: headers(), body, what: 'create' });
      const id = str(asRecord(r.body)?.id);
      if (!id) throw malformed('freshdesk', 'create');
      const ref: TicketRef = { id, number: id, closed: false, url: link(id) };
      await adapter.addInternalNote(ref, record.note);
      return ref;
    };
  }
  return adapter;
}
