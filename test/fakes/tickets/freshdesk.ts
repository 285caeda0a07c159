import { FakeServer, basicOf, json, type FakeRequest, type FakeResponse } from './server.js';

/**
 * Freshdesk v2: Basic with the API key as user name; X-RateLimit-* on every answer; GET ticket
 * (404 for an unknown id); POST notes answering 201 with Location, `private` defaulting to true;
 * PUT status; POST tickets; the `{"description","errors":[…]}` envelope.
 */
export interface FdTicket {
  id: number;
  status: number;
  subject?: string;
  group_id?: number;
  notes: { body: string; private: boolean }[];
}

export const FD_KEY = 'fdK3y-abcdef123456';

export class FakeFreshdesk extends FakeServer {
  readonly tickets = new Map<number, FdTicket>();
  remaining = 199;

  constructor() {
    super((r) => this.handle(r));
  }

  add(id: number, status = 2): FdTicket {
    const t: FdTicket = { id, status, notes: [] };
    this.tickets.set(id, t);
    return t;
  }

  private handle(r: FakeRequest): FakeResponse {
    const rl = {
      'x-ratelimit-total': '200',
      'x-ratelimit-remaining': String((this.remaining -= 1)),
      'x-ratelimit-used-currentrequest': '1',
      'x-freshdesk-api-version': 'latest=v2; requested=v2',
    };
    const b = basicOf(r.headers);
    if (!b || b.user !== FD_KEY)
      return { status: 401, headers: rl, body: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' } };
    const m = /^\/api\/v2\/tickets(?:\/(\d+))?(\/notes)?$/.exec(r.path);
    if (!m) return { status: 404, headers: rl, body: { description: 'Requested Resource not Found' } };
    const t = m[1] ? this.tickets.get(Number(m[1])) : undefined;
    if (m[1] && !t) return { status: 404, headers: rl, body: { description: 'Requested Resource not Found' } };
    if (r.method === 'GET' && t && !m[2]) return { status: 200, headers: rl, body: { id: t.id, status: t.status, priority: 1, subject: t.subject ?? 'x' } };
    if (r.method === 'POST' && t && m[2]) {
      const body = json(r) as { body?: unknown; private?: unknown } | undefined;
      if (typeof body?.body !== 'string')
        return {
          status: 400,
          headers: rl,
          body: { description: 'Validation failed', errors: [{ field: 'body', message: 'Mandatory attribute missing', code: 'missing_field' }] },
        };
      const note = { body: body.body, private: body.private === undefined ? true : body.private === true };
      t.notes.push(note);
      const id = 5000 + t.notes.length;
      return {
        status: 201,
        headers: { ...rl, location: `/api/v2/conversations/${id}` },
        body: { id, body: note.body, private: note.private, incoming: false, ticket_id: t.id, created_at: new Date().toISOString() },
      };
    }
    if (r.method === 'PUT' && t && !m[2]) {
      const body = json(r) as { status?: number } | undefined;
      if (typeof body?.status !== 'number')
        return {
          status: 400,
          headers: rl,
          body: { description: 'Validation failed', errors: [{ field: 'status', message: 'invalid', code: 'invalid_value' }] },
        };
      t.status = body.status;
      return { status: 200, headers: rl, body: { id: t.id, status: t.status } };
    }
    if (r.method === 'POST' && !m[1]) {
      const body = json(r) as { subject?: string; email?: string; group_id?: number } | undefined;
      if (!body?.subject || !body.email)
        return {
          status: 400,
          headers: rl,
          body: { description: 'Validation failed', errors: [{ field: 'requester_id', message: 'missing', code: 'missing_field' }] },
        };
      const nt = this.add(1000 + this.tickets.size);
      nt.subject = body.subject;
      if (body.group_id !== undefined) nt.group_id = body.group_id;
      return { status: 201, headers: { ...rl, location: `/api/v2/tickets/${nt.id}` }, body: { id: nt.id, status: 2 } };
    }
    return { status: 405, headers: rl, body: { description: 'Method not allowed' } };
  }
}
