import { randomBytes } from 'node:crypto';
import { FakeServer, bearerOf, json, type FakeRequest, type FakeResponse } from './server.js';

/**
 * Halo PSA: `/api/authinfo` pointing at the auth server, form client-credentials token with the
 * tenant query, GET ticket (404 for unknown), POST /api/Actions taking an array and answering 400
 * "An Outcome must be entered for this Action" without `outcome_id`; POST /api/Tickets status.
 */
export interface HaloTicket {
  id: number;
  hasbeenclosed: boolean;
  status_id: number;
  actions: Record<string, unknown>[];
}

export const HALO_CREDS = { clientId: 'halo-client', clientSecret: 'halo-S3cret-value', tenant: 'contoso' };

export class FakeHalo extends FakeServer {
  readonly tickets = new Map<number, HaloTicket>();
  private readonly tokens = new Set<string>();
  authinfo = true;

  constructor() {
    super((r) => this.handle(r));
  }

  add(id: number, closed = false): HaloTicket {
    const t: HaloTicket = { id, hasbeenclosed: closed, status_id: 2, actions: [] };
    this.tickets.set(id, t);
    return t;
  }

  private handle(r: FakeRequest): FakeResponse {
    if (r.method === 'GET' && r.path === '/api/authinfo') {
      return this.authinfo ? { status: 200, body: { auth_url: `${this.url}/auth`, tenant_id: HALO_CREDS.tenant } } : { status: 404, body: '' };
    }
    if (r.method === 'POST' && r.path === '/auth/token') {
      const f = new URLSearchParams(r.body);
      if (r.query.get('tenant') !== HALO_CREDS.tenant) return { status: 400, body: { error: 'invalid_request', error_description: 'tenant missing' } };
      if (
        f.get('grant_type') !== 'client_credentials' ||
        f.get('client_id') !== HALO_CREDS.clientId ||
        f.get('client_secret') !== HALO_CREDS.clientSecret ||
        f.get('scope') !== 'all'
      ) {
        return { status: 401, body: { error: 'invalid_client' } };
      }
      const token = randomBytes(12).toString('hex');
      this.tokens.add(token);
      return { status: 200, body: { token_type: 'Bearer', access_token: token, expires_in: 3600, scope: 'all' } };
    }
    const t = bearerOf(r.headers);
    if (!t || !this.tokens.has(t)) return { status: 401, body: { message: 'Unauthorized' } };
    const m = /^\/api\/Tickets\/(\d+)$/.exec(r.path);
    if (m && r.method === 'GET') {
      const tk = this.tickets.get(Number(m[1]));
      if (!tk) return { status: 404, body: 'Ticket not found' };
      return { status: 200, body: { id: tk.id, summary: 'x', details_html: '', status_id: tk.status_id, hasbeenclosed: tk.hasbeenclosed } };
    }
    if (r.method === 'POST' && r.path === '/api/Actions') {
      const arr = json(r);
      if (!Array.isArray(arr)) return { status: 400, body: 'Body must be an array' };
      const out = [];
      for (const a of arr as Record<string, unknown>[]) {
        if (a.outcome_id === undefined) return { status: 400, body: 'An Outcome must be entered for this Action' };
        const tk = this.tickets.get(Number(a.ticket_id));
        if (!tk) return { status: 400, body: 'Invalid ticket_id' };
        tk.actions.push(a);
        out.push({ id: tk.actions.length, ...a });
      }
      return { status: 201, body: out.length === 1 ? out[0] : out };
    }
    if (r.method === 'POST' && r.path === '/api/Tickets') {
      const arr = json(r) as { id?: number; status_id?: number }[] | undefined;
      const first = Array.isArray(arr) ? arr[0] : undefined;
      const tk = first?.id !== undefined ? this.tickets.get(first.id) : undefined;
      if (!tk || typeof first?.status_id !== 'number') return { status: 400, body: 'bad ticket update' };
      tk.status_id = first.status_id;
      return { status: 201, body: { id: tk.id, status_id: tk.status_id } };
    }
    return { status: 404, body: 'no route' };
  }
}
