import { asRecord, basicAuth, call, joinUrl, malformed, oneLine, str } from './http.js';
import { ClientCredentialsToken } from './token.js';
import { TicketError, type AdapterDeps, type RecordTicket, type TicketAdapter, type TicketNote, type TicketRef } from './types.js';

/**
 * ServiceNow Table API, pinned to v2 (v1 answers an empty query with 404, v2 with `[]`).
 * The note goes into `work_notes` ("Work notes", fulfillers only), never `comments`
 * (customer-visible). Numbers starting SCTASK go to `sc_task`, everything else to `incident`.
 */
export interface ServiceNowConfig {
  readonly system: 'servicenow';
  readonly instanceUrl: string;
  readonly auth:
    | { readonly kind: 'basic'; readonly username: string; readonly password: string }
    | { readonly kind: 'oauth'; readonly clientId: string; readonly clientSecret: string };
  /** sys_id or name of the group self-service records are assigned to. */
  readonly assignmentGroup?: string | undefined;
  readonly closeCode: string;
}

const NUMBER = /^(INC|SCTASK)\d{4,12}$/i;

export function createServiceNow(cfg: ServiceNowConfig, deps: AdapterDeps): TicketAdapter {
  const token =
    cfg.auth.kind === 'oauth'
      ? new ClientCredentialsToken(
          'servicenow',
          deps,
          async () => joinUrl(cfg.instanceUrl, '/oauth_token.do'),
          () => ({
            grant_type: 'client_credentials',
            client_id: cfg.auth.kind === 'oauth' ? cfg.auth.clientId : '',
            client_secret: cfg.auth.kind === 'oauth' ? cfg.auth.clientSecret : '',
          }),
        )
      : undefined;

  async function req(method: 'GET' | 'POST' | 'PATCH', path: string, what: string, body?: unknown) {
    const send = (authorization: string) => call('servicenow', deps, { method, url: joinUrl(cfg.instanceUrl, path), headers: { authorization }, body, what });
    if (cfg.auth.kind === 'basic') return send(basicAuth(cfg.auth.username, cfg.auth.password));
    return token!.use((t) => send(`Bearer ${t}`));
  }

  const table = (number: string) => (/^SCTASK/i.test(number) ? 'sc_task' : 'incident');
  const link = (t: string, id: string) => joinUrl(cfg.instanceUrl, `/nav_to.do?uri=${t}.do%3Fsys_id%3D${id}`);

  return {
    system: 'servicenow',
    async lookup(input, opts = {}) {
      const number = input.trim().toUpperCase();
      if (!NUMBER.test(number)) throw new TicketError('notFound', `servicenow: "${oneLine(input, 40)}" is not an incident or catalog task number`);
      const t = table(number);
      const q = new URLSearchParams({ sysparm_query: `number=${number}`, sysparm_limit: '1', sysparm_fields: 'sys_id,number,state,active' });
      const r = await req('GET', `/api/now/v2/table/${t}?${q}`, `lookup ${number}`);
      const rows = asRecord(r.body)?.result;
      if (!Array.isArray(rows)) throw malformed('servicenow', `lookup ${number}`);
      const row = asRecord(rows[0]);
      if (!row) throw new TicketError('notFound', `servicenow lookup ${number}: no such ticket`);
      const id = str(row.sys_id);
      if (!id || !/^[0-9a-f]{32}$/i.test(id)) throw malformed('servicenow', `lookup ${number}`);
      const ref: TicketRef = { id, number: str(row.number) ?? number, closed: str(row.active) === 'false', url: link(t, id) };
      if (ref.closed && !opts.allowClosed) throw new TicketError('closed', `servicenow lookup ${number}: ticket is closed`);
      return ref;
    },
    async addInternalNote(ticket: TicketRef, note: TicketNote) {
      await req('PATCH', `/api/now/v2/table/${table(ticket.number)}/${ticket.id}`, `note ${ticket.number}`, { work_notes: note.text });
    },
    async create(record: RecordTicket) {
      const body: Record<string, string> = { short_description: record.title, description: record.note.text, work_notes: record.note.text };
      if (cfg.assignmentGroup) body.assignment_group = cfg.assignmentGroup;
      const r = await req('POST', '/api/now/v2/table/incident', 'create', body);
      const row = asRecord(asRecord(r.body)?.result);
      const id = str(row?.sys_id);
      const number = str(row?.number);
      if (!id || !number) throw malformed('servicenow', 'create');
      return { id, number, closed: false, url: link('incident', id) };
    },
    async setStatus(ticket: TicketRef) {
      // Incident: Resolved = 6 (needs close_code/close_notes under the default data policy);
      // catalog task: 3 = Closed Complete.
      const t = table(ticket.number);
      const body =
        t === 'incident'
          ? { incident_state: '6', state: '6', close_code: cfg.closeCode, close_notes: 'MFA methods reset by the MFA reset bot; see the work note.' }
          : { state: '3' };
      await req('PATCH', `/api/now/v2/table/${t}/${ticket.id}`, `status ${ticket.number}`, body);
    },
  };
}
