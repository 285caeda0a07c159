import { asRecord, call, joinUrl, malformed, oneLine, str } from './http.js';
import { totp } from './totp.js';
import { TicketError, type AdapterDeps, type TicketAdapter, type TicketRef } from './types.js';

/**
 * Kaseya BMS API 2.0. Login is a form POST with user, password, tenant (company name) and a
 * current TOTP code computed from the stored secret; the bearer token is cached until shortly
 * before `accessTokenExpireOn`, then we log in again (a fresh code) rather than keep a refresh
 * token. Replies wrap everything in `{Success, Error, Result}`; the wire casing varies, so both
 * `Result` and `result` are read.
 */
export interface KaseyaBmsConfig {
  readonly system: 'kaseyabms';
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly tenant: string;
  readonly totpSecret: string;
  /** Note type id (a tenant lookup value); required because the lookup table name is unconfirmed. */
  readonly noteTypeId: number;
  readonly statusId?: number | undefined;
}

export function createKaseyaBms(cfg: KaseyaBmsConfig, deps: AdapterDeps): TicketAdapter {
  let cached: { token: string; expiresAt: number } | undefined;

  async function login(): Promise<string> {
    if (cached && cached.expiresAt > deps.now()) return cached.token;
    const form = new URLSearchParams({
      GrantType: 'password',
      UserName: cfg.username,
      Password: cfg.password,
      Tenant: cfg.tenant,
      MFACode: totp(cfg.totpSecret, deps.now()),
    });
    const r = await call('kaseyabms', deps, { method: 'POST', url: joinUrl(cfg.url, '/v2/security/authenticate'), body: form, what: 'authenticate' });
    const result = asRecord(envelope(r.body, 'authenticate'));
    const token = str(field(result, 'AccessToken'));
    if (!token) throw malformed('kaseyabms', 'authenticate');
    const exp = Date.parse(str(field(result, 'AccessTokenExpireOn')) ?? '');
    cached = { token, expiresAt: (Number.isNaN(exp) ? deps.now() + 3600_000 : exp) - 60_000 };
    return token;
  }

  async function req(method: 'GET' | 'POST', path: string, what: string, body?: unknown) {
    const send = async () =>
      envelope(
        (await call('kaseyabms', deps, { method, url: joinUrl(cfg.url, path), headers: { authorization: `Bearer ${await login()}` }, body, what })).body,
        what,
      );
    const wasCached = cached !== undefined && cached.expiresAt > deps.now();
    try {
      return await send();
    } catch (err) {
      if (!(err instanceof TicketError) || err.kind !== 'auth') throw err;
      cached = undefined;
      // A token refused early (revoked, server restart) gets one fresh login; a fresh one refused is final.
      if (!wasCached) throw err;
      return send();
    }
  }

  const toRef = (t: Record<string, unknown> | undefined, what: string): TicketRef => {
    const id = str(field(t, 'Id'));
    if (!t || !id) throw new TicketError('notFound', `kaseyabms ${what}: no such ticket`);
    const completed = field(t, 'CompletedDate');
    return { id, number: str(field(t, 'TicketNumber')) ?? id, closed: completed !== undefined && completed !== null && completed !== '' };
  };

  const adapter: TicketAdapter = {
    system: 'kaseyabms',
    async lookup(input, opts = {}) {
      const number = input.trim().replace(/^#/, '');
      let ref: TicketRef;
      if (/^\d{1,12}$/.test(number)) {
        ref = toRef(asRecord(await req('GET', `/v2/servicedesk/tickets/${number}`, `lookup ${number}`)), `lookup ${number}`);
      } else if (/^[A-Za-z0-9.-]{3,32}$/.test(number)) {
        const q = new URLSearchParams({ 'Filter.TicketNumber': number });
        const list = await req('GET', `/v2/servicedesk/tickets?${q}`, `lookup ${number}`);
        const rows = Array.isArray(list) ? list : [];
        ref = toRef(asRecord(rows[0]), `lookup ${number}`);
      } else {
        throw new TicketError('notFound', `kaseyabms: "${oneLine(input, 40)}" is not a ticket number`);
      }
      if (ref.closed && !opts.allowClosed) throw new TicketError('closed', `kaseyabms lookup ${number}: ticket is completed`);
      return ref;
    },
    async addInternalNote(ticket, note) {
      await req('POST', `/v2/servicedesk/tickets/${ticket.id}/notes`, `note ${ticket.number}`, {
        Details: note.text,
        IsInternal: true,
        NoteDate: new Date(deps.now()).toISOString(),
        TypeId: cfg.noteTypeId,
        EmailNotification: false,
      });
    },
  };
  if (cfg.statusId !== undefined) {
    const statusId = cfg.statusId;
    adapter.setStatus = async (ticket) => {
      await req('POST', `/v2/servicedesk/tickets/${ticket.id}/resolve`, `status ${ticket.number}`, {
        Comment: 'MFA methods reset by the MFA reset bot; see the internal note.',
        StatusId: statusId,
        IsInternal: true,
      });
    };
  }
  return adapter;
}

function field(r: Record<string, unknown> | undefined, name: string): unknown {
  if (!r) return undefined;
  if (name in r) return r[name];
  const camel = name.charAt(0).toLowerCase() + name.slice(1);
  return r[camel];
}

/** Unwrap `{Success, Error, Result}`; a 200 with Success=false is a refusal, not a success. */
function envelope(body: unknown, what: string): unknown {
  const b = asRecord(body);
  if (!b) throw malformed('kaseyabms', what);
  if (field(b, 'Success') === false) {
    const e = asRecord(field(b, 'Error'));
    const msg = str(field(e, 'Message'));
    throw new TicketError('invalid', `kaseyabms ${what}: refused${msg ? ` (${oneLine(msg)})` : ''}`);
  }
  return field(b, 'Result');
}
