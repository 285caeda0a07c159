import { FakeServer, json, type FakeRequest, type FakeResponse } from './server.js';

/**
 * Datto PSA (Autotask): zoneInformation (unauthenticated) naming the zone URL; the three-header
 * check (ApiIntegrationCode, UserName, Secret → 401); GET `{"item"}`; POST Tickets/query with an
 * eq filter on ticketNumber; note picklists from entityInformation/fields; POST Notes answering
 * `{"itemId"}`; PATCH Tickets.
 */
export interface AtTicket {
  id: number;
  ticketNumber: string;
  status: number;
  notes: Record<string, unknown>[];
}

export const AT_CREDS = { username: 'apiuser@contoso.example', secret: 'at-Secr3t-value', code: 'INTEGRATIONCODE42' };

export class FakeAutotask extends FakeServer {
  readonly tickets = new Map<number, AtTicket>();

  constructor() {
    super((r) => this.handle(r));
  }

  add(id: number, ticketNumber: string, status = 1): AtTicket {
    const t: AtTicket = { id, ticketNumber, status, notes: [] };
    this.tickets.set(id, t);
    return t;
  }

  private handle(r: FakeRequest): FakeResponse {
    if (r.method === 'GET' && r.path.toLowerCase() === '/atservicesrest/v1.0/zoneinformation') {
      if (r.query.get('user') !== AT_CREDS.username) return { status: 404, body: { errors: ['Zone information could not be determined'] } };
      return { status: 200, body: { zoneName: 'Pre-Release', url: `${this.url}/ATServicesRest/`, webUrl: 'https://ww5.autotask.net/', ci: 5 } };
    }
    if (!r.path.startsWith('/ATServicesRest/V1.0/')) return { status: 404, body: { errors: ['no route'] } };
    if (r.headers.apiintegrationcode !== AT_CREDS.code || r.headers.username !== AT_CREDS.username || r.headers.secret !== AT_CREDS.secret) {
      return { status: 401, body: { errors: ['Unauthorized'] } };
    }
    const p = r.path.slice('/ATServicesRest/V1.0'.length);
    if (r.method === 'POST' && p === '/Tickets/query') {
      const q = json(r) as { filter?: { op?: string; field?: string; value?: string }[]; maxRecords?: number } | undefined;
      const f = q?.filter?.[0];
      if (f?.op !== 'eq' || f.field !== 'ticketNumber') return { status: 500, body: { errors: ['Unsupported filter'] } };
      const items = [...this.tickets.values()].filter((t) => t.ticketNumber === f.value).map(view);
      return { status: 200, body: { items, pageDetails: { count: items.length, requestCount: 500, prevPageUrl: null, nextPageUrl: null } } };
    }
    if (r.method === 'PATCH' && p === '/Tickets') {
      const b = json(r) as { id?: number; status?: number } | undefined;
      const t = b?.id !== undefined ? this.tickets.get(b.id) : undefined;
      if (!t || typeof b?.status !== 'number') return { status: 500, body: { errors: ['bad update'] } };
      t.status = b.status;
      return { status: 200, body: { itemId: t.id } };
    }
    const m = /^\/Tickets\/(\d+)(\/Notes(\/entityInformation\/fields)?)?$/.exec(p);
    const t = m ? this.tickets.get(Number(m[1])) : undefined;
    if (!m) return { status: 404, body: { errors: ['no route'] } };
    if (r.method === 'GET' && !m[2]) return { status: 200, body: { item: t ? view(t) : null } };
    if (!t) return { status: 404, body: { errors: ['ticket not found'] } };
    if (r.method === 'GET' && m[3]) {
      return {
        status: 200,
        body: {
          fields: [
            {
              name: 'noteType',
              dataType: 'integer',
              isPickList: true,
              picklistValues: [
                { value: '1', label: 'Task Summary', isDefaultValue: false, isActive: true },
                { value: '3', label: 'Task Notes', isDefaultValue: true, isActive: true },
              ],
            },
            {
              name: 'publish',
              dataType: 'integer',
              isPickList: true,
              picklistValues: [
                { value: '1', label: 'All Autotask Users', isActive: true },
                { value: '4', label: 'Internal & Co-Managed', isActive: true },
                { value: '2', label: 'Internal Project Team', isActive: true },
              ],
            },
          ],
        },
      };
    }
    if (r.method === 'POST' && m[2] && !m[3]) {
      const b = json(r) as Record<string, unknown> | undefined;
      if (!b || typeof b.description !== 'string' || typeof b.noteType !== 'number' || typeof b.publish !== 'number' || typeof b.title !== 'string')
        return { status: 500, body: { errors: ['Missing required fields'] } };
      t.notes.push(b);
      return { status: 200, body: { itemId: 900 + t.notes.length } };
    }
    return { status: 405, body: { errors: ['method'] } };
  }
}

function view(t: AtTicket) {
  return { id: t.id, ticketNumber: t.ticketNumber, title: 'x', status: t.status, queueID: 8, companyID: 0 };
}
