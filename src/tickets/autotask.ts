import { asRecord, call, joinUrl, malformed, oneLine, str } from './http.js';
import { TicketError, type AdapterDeps, type TicketAdapter, type TicketRef } from './types.js';

/**
 * Datto PSA (Autotask) REST. The zone (one of many webservicesN hosts) is discovered once per
 * process; `ticketNumber` ("T20260226.0044") is resolved to the numeric id with a query. Note
 * picklists (`publish`, `noteType`) are tenant data: configured, or read from entityInformation
 * (publish = the first value labelled "Internal…", not the co-managed one).
 */
export interface AutotaskConfig {
  readonly system: 'autotask';
  /** Where zone discovery lives (https://webservices.autotask.net/atservicesrest). */
  readonly discoveryUrl: string;
  readonly username: string;
  readonly secret: string;
  readonly integrationCode: string;
  readonly noteType?: number | undefined;
  readonly publish?: number | undefined;
  /** Status that counts as closed (Complete = 5 by default). */
  readonly completeStatus: number;
  readonly setStatusTo?: number | undefined;
}

const NUMBER = /^T\d{8}\.\d{1,6}$/;
/** Rewst truncates there too; Autotask's own limit is larger, this keeps notes readable. */
const MAX_NOTE = 5000;

export function createAutotask(cfg: AutotaskConfig, deps: AdapterDeps): TicketAdapter {
  let zone: Promise<string> | undefined;
  let picks: Promise<{ publish: number; noteType: number }> | undefined;

  const zoneUrl = () =>
    (zone ??= (async () => {
      const q = new URLSearchParams({ user: cfg.username });
      const r = await call('autotask', deps, { method: 'GET', url: joinUrl(cfg.discoveryUrl, `/v1.0/zoneInformation?${q}`), what: 'zoneInformation' });
      const url = str(asRecord(r.body)?.url);
      if (!url || !trustedZone(url, cfg.discoveryUrl)) throw malformed('autotask', 'zoneInformation');
      return url.replace(/\/+$/, '');
    })().catch((err: unknown) => {
      zone = undefined;
      throw err;
    }));
  const headers = () => ({ ApiIntegrationCode: cfg.integrationCode, UserName: cfg.username, Secret: cfg.secret });
  const req = async (method: 'GET' | 'POST' | 'PATCH', path: string, what: string, body?: unknown) =>
    call('autotask', deps, { method, url: `${await zoneUrl()}/V1.0${path}`, headers: headers(), body, what });

  const picklists = (ticketId: string) =>
    (picks ??= (async () => {
      if (cfg.publish !== undefined && cfg.noteType !== undefined) return { publish: cfg.publish, noteType: cfg.noteType };
      const r = await req('GET', `/Tickets/${ticketId}/Notes/entityInformation/fields`, 'note picklists');
      const fields = asRecord(r.body)?.fields;
      const values = (name: string) => {
        const f = Array.isArray(fields) ? fields.map(asRecord).find((x) => str(x?.name)?.toLowerCase() === name.toLowerCase()) : undefined;
        const list = f?.picklistValues;
        return Array.isArray(list) ? list.map(asRecord).filter((v): v is Record<string, unknown> => v !== undefined && v.isActive !== false) : [];
      };
      const internal = values('publish').find((v) => /^internal/i.test(str(v.label) ?? '') && !/co-?managed/i.test(str(v.label) ?? ''));
      const type = values('noteType').find((v) => v.isDefaultValue === true) ?? values('noteType')[0];
      const publish = cfg.publish ?? Number(internal?.value);
      const noteType = cfg.noteType ?? Number(type?.value);
      if (!Number.isInteger(publish)) throw new TicketError('invalid', 'autotask: no "Internal" publish value in the note picklist; set AUTOTASK_NOTE_PUBLISH');
      if (!Number.isInteger(noteType)) throw new TicketError('invalid', 'autotask: no note type in the picklist; set AUTOTASK_NOTE_TYPE');
      return { publish, noteType };
    })().catch((err: unknown) => {
      picks = undefined;
      throw err;
    }));

  const adapter: TicketAdapter = {
    system: 'autotask',
    async lookup(input, opts = {}) {
      const number = input.trim().toUpperCase();
      if (!NUMBER.test(number)) throw new TicketError('notFound', `autotask: "${oneLine(input, 40)}" is not a ticket number (T20260226.0044)`);
      const r = await req('POST', '/Tickets/query', `lookup ${number}`, { filter: [{ op: 'eq', field: 'ticketNumber', value: number }], maxRecords: 1 });
      const items = asRecord(r.body)?.items;
      if (!Array.isArray(items)) throw malformed('autotask', `lookup ${number}`);
      const item = asRecord(items[0]);
      if (!item) throw new TicketError('notFound', `autotask lookup ${number}: no such ticket`);
      const id = str(item.id);
      if (!id || !/^\d+$/.test(id)) throw malformed('autotask', `lookup ${number}`);
      const ref: TicketRef = { id, number: str(item.ticketNumber) ?? number, closed: Number(item.status) === cfg.completeStatus };
      if (ref.closed && !opts.allowClosed) throw new TicketError('closed', `autotask lookup ${number}: ticket is complete`);
      return ref;
    },
    async addInternalNote(ticket, note) {
      const { publish, noteType } = await picklists(ticket.id);
      const description = note.text.length > MAX_NOTE ? `${note.text.slice(0, MAX_NOTE - 1)}…` : note.text;
      const r = await req('POST', `/Tickets/${ticket.id}/Notes`, `note ${ticket.number}`, {
        title: `MFA reset ${note.correlationId}`,
        description,
        noteType,
        publish,
      });
      if (str(asRecord(r.body)?.itemId) === undefined) throw malformed('autotask', `note ${ticket.number}`);
    },
  };
  if (cfg.setStatusTo !== undefined) {
    const status = cfg.setStatusTo;
    adapter.setStatus = async (ticket) => {
      await req('PATCH', '/Tickets', `status ${ticket.number}`, { id: Number(ticket.id), status });
    };
  }
  return adapter;
}

/**
 * The zone host receives the API secret, so it must be an Autotask host (or, in tests, the same
 * loopback host as the configured discovery URL).
 */
function trustedZone(url: string, discoveryUrl: string): boolean {
  let u: URL;
  let d: URL;
  try {
    u = new URL(url);
    d = new URL(discoveryUrl);
  } catch {
    return false;
  }
  if (u.protocol === 'https:' && /(^|\.)autotask\.net$/i.test(u.hostname)) return true;
  return isLoopback(d.hostname) && u.hostname === d.hostname;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
}
