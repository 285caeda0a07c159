import { FakeServer, basicOf, json, type FakeRequest, type FakeResponse } from './server.js';

/**
 * ConnectWise PSA: unauthenticated companyinfo giving the codebase; Basic
 * `{company}+{public}:{private}` plus a required `clientId` header (401 `{"code":"Unauthorized"}`);
 * GET ticket (404 `{"code":"NotFound"}`), POST notes (201), PATCH status with a JSON Patch.
 */
export interface CwTicket {
  id: number;
  closedFlag: boolean;
  statusId: number;
  notes: Record<string, unknown>[];
}

export const CW_CREDS = { company: 'contoso', publicKey: 'cwPubKey123', privateKey: 'cwPrivKey-s3cret', clientId: '3f1c2a9e-0d4b-4c55-9a0e-6c1c1d2e3f40' };
const CODEBASE = 'v2025_1/';

export class FakeConnectWise extends FakeServer {
  readonly tickets = new Map<number, CwTicket>();

  constructor() {
    super((r) => this.handle(r));
  }

  add(id: number, closedFlag = false): CwTicket {
    const t: CwTicket = { id, closedFlag, statusId: 1, notes: [] };
    this.tickets.set(id, t);
    return t;
  }

  private handle(r: FakeRequest): FakeResponse {
    if (r.method === 'GET' && r.path === `/login/companyinfo/${CW_CREDS.company}`) {
      return {
        status: 200,
        body: { CompanyName: 'Contoso', Codebase: CODEBASE, VersionCode: 'v2025.1', CompanyID: CW_CREDS.company, IsCloud: true, SiteUrl: 'x' },
      };
    }
    const prefix = `/${CODEBASE}apis/3.0`;
    if (!r.path.startsWith(prefix)) return { status: 404, body: { code: 'NotFound', message: 'no such codebase' } };
    const b = basicOf(r.headers);
    if (!b || b.user !== `${CW_CREDS.company}+${CW_CREDS.publicKey}` || b.password !== CW_CREDS.privateKey || r.headers.clientid !== CW_CREDS.clientId) {
      return { status: 401, body: { code: 'Unauthorized', message: 'Invalid credentials or clientId', errors: [] } };
    }
    if (!String(r.headers.accept).startsWith('application/vnd.connectwise.com+json; version='))
      return { status: 406, body: { code: 'NotAcceptable', message: 'version media type required' } };
    const m = /^\/service\/tickets\/(\d+)(\/notes)?$/.exec(r.path.slice(prefix.length));
    const t = m ? this.tickets.get(Number(m[1])) : undefined;
    if (!m || !t) return { status: 404, body: { code: 'NotFound', message: `Ticket ID ${m?.[1] ?? '?'} not found`, errors: [] } };
    if (r.method === 'GET' && !m[2])
      return {
        status: 200,
        body: {
          id: t.id,
          summary: 'x',
          closedFlag: t.closedFlag,
          status: { id: t.statusId, name: t.closedFlag ? 'Closed' : 'New' },
          board: { id: 1, name: 'Help Desk' },
        },
      };
    if (r.method === 'POST' && m[2]) {
      const body = json(r) as Record<string, unknown> | undefined;
      if (typeof body?.text !== 'string')
        return {
          status: 400,
          body: {
            code: 'InvalidObject',
            message: 'text is required',
            errors: [{ code: 'NullValue', message: 'text may not be null', resource: 'ticketNote', field: 'text' }],
          },
        };
      t.notes.push(body);
      return {
        status: 201,
        body: {
          id: t.notes.length,
          ticketId: t.id,
          ...body,
          internalFlag: body.internalAnalysisFlag === true,
          externalFlag: body.detailDescriptionFlag === true,
          dateCreated: new Date().toISOString(),
        },
      };
    }
    if (r.method === 'PATCH' && !m[2]) {
      const ops = json(r) as { op?: string; path?: string; value?: { id?: number } }[] | undefined;
      const op = Array.isArray(ops) ? ops[0] : undefined;
      if (op?.op !== 'replace' || op.path !== 'status' || typeof op.value?.id !== 'number')
        return { status: 400, body: { code: 'InvalidObject', message: 'bad patch' } };
      t.statusId = op.value.id;
      return { status: 200, body: { id: t.id, status: { id: t.statusId } } };
    }
    return { status: 405, body: { code: 'MethodNotAllowed', message: r.method } };
  }
}
