import { randomBytes } from 'node:crypto';
import { totp } from '../../../src/tickets/totp.js';
import { FakeServer, bearerOf, json, type FakeRequest, type FakeResponse } from './server.js';

/**
 * Kaseya BMS API 2.0: form POST /v2/security/authenticate checking user, password, tenant and a
 * TOTP code valid for the current 30 s step (±1 step), answering the camelCase envelope; GET
 * ticket by id and by `Filter.TicketNumber`; POST notes requiring Details, IsInternal, NoteDate
 * and TypeId; `{success:false,error:{code,message}}` refusals.
 */
export interface BmsTicket {
  id: number;
  ticketNumber: string;
  completedDate: string | null;
  notes: Record<string, unknown>[];
  resolved?: Record<string, unknown>;
}

export const BMS_CREDS = { username: 'svc.mfa@contoso.example', password: 'bms-Pa55word!', tenant: 'Contoso', totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DP' };

const fail = (status: number, code: number, message: string): FakeResponse => ({ status, body: { success: false, error: { code, message }, result: null } });

export class FakeKaseyaBms extends FakeServer {
  readonly tickets = new Map<number, BmsTicket>();
  private readonly tokens = new Set<string>();
  logins = 0;

  constructor(private readonly clock: () => number = Date.now) {
    super((r) => this.handle(r));
  }

  add(id: number, ticketNumber: string, completed = false): BmsTicket {
    const t: BmsTicket = { id, ticketNumber, completedDate: completed ? '2026-11-30T10:00:00Z' : null, notes: [] };
    this.tickets.set(id, t);
    return t;
  }

  private handle(r: FakeRequest): FakeResponse {
    if (r.method === 'POST' && r.path === '/v2/security/authenticate') {
      const f = new URLSearchParams(r.body);
      const now = this.clock();
      const codes = [-30_000, 0, 30_000].map((d) => totp(BMS_CREDS.totpSecret, now + d));
      if (
        f.get('GrantType') !== 'password' ||
        f.get('UserName') !== BMS_CREDS.username ||
        f.get('Password') !== BMS_CREDS.password ||
        f.get('Tenant') !== BMS_CREDS.tenant
      ) {
        return fail(401, 401, 'Invalid username or password');
      }
      if (!codes.includes(f.get('MFACode') ?? '')) return fail(401, 401, 'Invalid MFA code');
      this.logins += 1;
      const token = randomBytes(12).toString('hex');
      this.tokens.add(token);
      return {
        status: 200,
        body: {
          success: true,
          error: null,
          result: {
            accessToken: token,
            refreshToken: 'r',
            accessTokenExpireOn: new Date(now + 3600_000).toISOString(),
            refreshTokenExpireOn: new Date(now + 86400_000).toISOString(),
          },
        },
      };
    }
    const t = bearerOf(r.headers);
    if (!t || !this.tokens.has(t)) return fail(401, 401, 'Unauthorized');
    if (r.method === 'GET' && r.path === '/v2/servicedesk/tickets') {
      const n = r.query.get('Filter.TicketNumber');
      const rows = [...this.tickets.values()].filter((x) => x.ticketNumber === n).map(view);
      return { status: 200, body: { success: true, error: null, result: rows } };
    }
    const m = /^\/v2\/servicedesk\/tickets\/(\d+)(\/notes|\/resolve)?$/.exec(r.path);
    const tk = m ? this.tickets.get(Number(m[1])) : undefined;
    if (!m || !tk) return fail(404, 404, 'Ticket not found');
    if (r.method === 'GET' && !m[2]) return { status: 200, body: { success: true, error: null, result: view(tk) } };
    if (r.method === 'POST' && m[2] === '/notes') {
      const b = json(r) as Record<string, unknown> | undefined;
      if (
        typeof b?.Details !== 'string' ||
        typeof b.IsInternal !== 'boolean' ||
        typeof b.TypeId !== 'number' ||
        typeof b.NoteDate !== 'string' ||
        Number.isNaN(Date.parse(b.NoteDate))
      ) {
        return fail(400, 400, 'Details, IsInternal, NoteDate and TypeId are required');
      }
      tk.notes.push(b);
      return {
        status: 200,
        body: { success: true, error: null, result: { id: tk.notes.length, details: b.Details, isInternal: b.IsInternal, typeId: b.TypeId } },
      };
    }
    if (r.method === 'POST' && m[2] === '/resolve') {
      const b = json(r) as Record<string, unknown> | undefined;
      if (typeof b?.Comment !== 'string') return fail(400, 400, 'Comment is required');
      tk.resolved = b;
      tk.completedDate = new Date(this.clock()).toISOString();
      return { status: 200, body: { success: true, error: null, result: true } };
    }
    return fail(405, 405, 'Method not allowed');
  }
}

function view(t: BmsTicket) {
  return { id: t.id, ticketNumber: t.ticketNumber, title: 'x', statusId: 1, statusName: 'New', completedDate: t.completedDate };
}
