import { asRecord, call, joinUrl, malformed, numericId, str } from './http.js';
import { ClientCredentialsToken } from './token.js';
import { TicketError, type AdapterDeps, type TicketAdapter, type TicketRef } from './types.js';

/**
 * Halo PSA. Token endpoint from `/api/authinfo` (falling back to `/auth/token`), client
 * credentials with scope `all`. The note is an action with `hiddenfromuser: true` and an
 * outcome (Halo refuses an action without one; 7 is the built-in "Internal Note", configurable
 * because tenants can remove it).
 */
export interface HaloConfig {
  readonly system: 'halo';
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenant?: string | undefined;
  readonly outcomeId: number;
  readonly statusId?: number | undefined;
}

export function createHalo(cfg: HaloConfig, deps: AdapterDeps): TicketAdapter {
  const tokenUrl = async () => {
    let authUrl = joinUrl(cfg.url, '/auth');
    let tenant = cfg.tenant;
    try {
      const r = await call('halo', deps, { method: 'GET', url: joinUrl(cfg.url, '/api/authinfo'), what: 'authinfo' });
      const b = asRecord(r.body);
      const discovered = str(b?.auth_url);
      if (discovered && /^https?:\/\//.test(discovered)) authUrl = discovered;
      tenant ??= str(b?.tenant_id);
    } catch (err) {
      // Older and self-hosted installs lack authinfo; anything but a plain 404 is worth a retry.
      if (!(err instanceof TicketError) || err.kind !== 'notFound') throw err;
    }
    return joinUrl(authUrl, `/token${tenant ? `?tenant=${encodeURIComponent(tenant)}` : ''}`);
  };
  const token = new ClientCredentialsToken('halo', deps, tokenUrl, () => ({
    grant_type: 'client_credentials',
    client_id: cfg.clientId,
    client_secret: cfg.clientSecret,
    scope: 'all',
  }));
  const req = (method: 'GET' | 'POST', path: string, what: string, body?: unknown) =>
    token.use((t) => call('halo', deps, { method, url: joinUrl(cfg.url, path), headers: { authorization: `Bearer ${t}` }, body, what }));
  const adapter: TicketAdapter = {
    system: 'halo',
    async lookup(input, opts = {}) {
      const id = numericId('halo', input);
      const r = await req('GET', `/api/Tickets/${id}?includedetails=true`, `lookup #${id}`);
      const b = asRecord(r.body);
      // Halo has been seen answering 200 without an id for a missing ticket.
      if (str(b?.id) !== id) throw new TicketError('notFound', `halo lookup #${id}: no such ticket`);
      const ref: TicketRef = { id, number: id, closed: b?.hasbeenclosed === true, url: joinUrl(cfg.url, `/ticket?id=${id}`) };
      if (ref.closed && !opts.allowClosed) throw new TicketError('closed', `halo lookup #${id}: ticket is closed`);
      return ref;
    },
    async addInternalNote(ticket, note) {
      const r = await req('POST', '/api/Actions', `note #${ticket.id}`, [
        { ticket_id: Number(ticket.id), outcome_id: cfg.outcomeId, hiddenfromuser: true, note_html: note.html },
      ]);
      if (r.body === undefined) throw malformed('halo', `note #${ticket.id}`);
    },
  };
  if (cfg.statusId !== undefined) {
    const statusId = cfg.statusId;
    adapter.setStatus = async (ticket) => {
      await req('POST', '/api/Tickets', `status #${ticket.id}`, [{ id: Number(ticket.id), status_id: statusId }]);
    };
  }
  return adapter;
}
