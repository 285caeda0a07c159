import { randomBytes } from 'node:crypto';
import { FakeServer, basicOf, bearerOf, json, type FakeRequest, type FakeResponse } from './server.js';

/**
 * ServiceNow Table API as the sheet describes it: Basic or client-credentials bearer auth with
 * the 401 envelope; GET by `sysparm_query=number=…` (v2: `[]` when nothing matches) and by
 * sys_id (404 envelope); PATCH that appends journal fields and echoes them back as "";
 * POST incident; a 429 with X-RateLimit-* and Retry-After via `rateLimit()`.
 */
export interface SnRecord {
  sys_id: string;
  number: string;
  table: 'incident' | 'sc_task';
  active: 'true' | 'false';
  state: string;
  incident_state?: string;
  short_description?: string;
  assignment_group?: string;
  close_code?: string;
  work_notes: string[];
  comments: string[];
}

export const SN_CREDS = { username: 'mfa.bot', password: 'sn-Pa55-w0rd!', clientId: 'sn-client-1', clientSecret: 'sn-client-s3cret' };

const err = (status: number, message: string, detail: string): FakeResponse => ({ status, body: { error: { message, detail }, status: 'failure' } });

export class FakeServiceNow extends FakeServer {
  readonly records = new Map<string, SnRecord>();
  private readonly tokens = new Set<string>();
  private seq = 10_100;

  constructor() {
    super((r) => this.handle(r));
  }

  add(number: string, opts: Partial<SnRecord> = {}): SnRecord {
    const rec: SnRecord = {
      sys_id: randomBytes(16).toString('hex'),
      number,
      table: number.startsWith('SCTASK') ? 'sc_task' : 'incident',
      active: 'true',
      state: '2',
      work_notes: [],
      comments: [],
      ...opts,
    };
    this.records.set(rec.sys_id, rec);
    return rec;
  }

  /** An admin revoked every token (or the instance restarted). */
  revokeTokens(): void {
    this.tokens.clear();
  }

  byNumber(number: string): SnRecord | undefined {
    return [...this.records.values()].find((r) => r.number === number);
  }

  rateLimit(times: number, retryAfterSeconds: number): void {
    this.fail(
      times,
      {
        status: 429,
        headers: {
          'retry-after': String(retryAfterSeconds),
          'x-ratelimit-limit': '100',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
          'x-ratelimit-rule': 'a'.repeat(32),
        },
        body: { error: { message: 'Rate limit exceeded', detail: 'Rate limit of 100 requests per hour for Table API exceeded' }, status: 'failure' },
      },
      (r) => r.path.startsWith('/api/'),
    );
  }

  private authorised(r: FakeRequest): boolean {
    const b = basicOf(r.headers);
    if (b) return b.user === SN_CREDS.username && b.password === SN_CREDS.password;
    const t = bearerOf(r.headers);
    return t !== undefined && this.tokens.has(t);
  }

  private handle(r: FakeRequest): FakeResponse {
    if (r.method === 'POST' && r.path === '/oauth_token.do') {
      const f = new URLSearchParams(r.body);
      if (r.headers['content-type'] !== 'application/x-www-form-urlencoded') return { status: 400, body: { error: 'invalid_request' } };
      if (f.get('grant_type') !== 'client_credentials' || f.get('client_id') !== SN_CREDS.clientId || f.get('client_secret') !== SN_CREDS.clientSecret) {
        return { status: 401, body: { error_description: 'access_denied', error: 'server_error' } };
      }
      const token = randomBytes(12).toString('hex');
      this.tokens.add(token);
      return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: 1799, scope: 'useraccount' } };
    }
    const m = /^\/api\/now\/v2\/table\/(incident|sc_task)(?:\/([0-9a-f]{32}))?$/.exec(r.path);
    if (!m) return err(400, 'Invalid table', 'not a table this fake knows');
    if (!this.authorised(r)) return err(401, 'User Not Authenticated', 'Required to provide Auth information');
    if (r.headers.accept !== 'application/json') return err(406, 'Not acceptable', 'Accept must be application/json');
    const [, table, sysId] = m;
    if (r.method === 'GET' && !sysId) {
      const q = /^number=([A-Z]+\d+)$/.exec(r.query.get('sysparm_query') ?? '');
      const rows = [...this.records.values()]
        .filter((x) => x.table === table && q && x.number === q[1])
        .slice(0, Number(r.query.get('sysparm_limit') ?? '10000'));
      const fields = (r.query.get('sysparm_fields') ?? '').split(',').filter(Boolean);
      return { status: 200, body: { result: rows.map((x) => pick(view(x), fields)) } };
    }
    if (r.method === 'POST' && !sysId && table === 'incident') {
      const b = json(r) as Record<string, string> | undefined;
      if (!b || typeof b.short_description !== 'string') return err(400, 'Exception while reading request', 'Invalid payload');
      const rec = this.add(`INC00${(this.seq += 1)}`, {
        short_description: b.short_description,
        state: '1',
        ...(b.assignment_group ? { assignment_group: b.assignment_group } : {}),
      });
      if (b.work_notes) rec.work_notes.push(b.work_notes);
      return { status: 201, headers: { location: `/api/now/table/incident/${rec.sys_id}` }, body: { result: view(rec) } };
    }
    const rec = sysId ? this.records.get(sysId) : undefined;
    if (!rec || rec.table !== table) return err(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval");
    if (r.method === 'GET') return { status: 200, body: { result: view(rec) } };
    if (r.method === 'PATCH' || r.method === 'PUT') {
      if (!String(r.headers['content-type']).startsWith('application/json')) return err(415, 'Unsupported Media Type', 'JSON expected');
      const b = json(r) as Record<string, string> | undefined;
      if (!b) return err(400, 'Exception while reading request', 'Invalid payload');
      if (typeof b.work_notes === 'string') rec.work_notes.push(b.work_notes);
      if (typeof b.comments === 'string') rec.comments.push(b.comments);
      if (b.incident_state) rec.incident_state = b.incident_state;
      if (b.state) rec.state = b.state;
      if (b.close_code) rec.close_code = b.close_code;
      return { status: 200, body: { result: view(rec) } };
    }
    return err(405, 'Method not allowed', r.method);
  }
}

/** Journal fields read back empty, as in the Table API doc example. */
function view(r: SnRecord): Record<string, string> {
  return {
    sys_id: r.sys_id,
    number: r.number,
    active: r.active,
    state: r.state,
    incident_state: r.incident_state ?? r.state,
    short_description: r.short_description ?? '',
    work_notes: '',
    comments: '',
  };
}

function pick(o: Record<string, string>, fields: string[]): Record<string, string> {
  if (!fields.length) return o;
  return Object.fromEntries(fields.filter((f) => f in o).map((f) => [f, o[f] ?? '']));
}
