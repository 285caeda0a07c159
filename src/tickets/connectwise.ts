import { asRecord, basicAuth, call, joinUrl, malformed, numericId, str } from './http.js';
import { TicketError, type AdapterDeps, type TicketAdapter, type TicketRef } from './types.js';

/**
 * ConnectWise PSA (Manage) REST 3.0. The codebase ("v4_6_release/") is discovered from the
 * unauthenticated companyinfo call and cached. The note is flagged Internal Analysis only:
 * Discussion (`detailDescriptionFlag`) is customer-visible and Resolution is too on most boards.
 */
export interface ConnectWiseConfig {
  readonly system: 'connectwise';
  readonly siteUrl: string;
  readonly companyId: string;
  readonly publicKey: string;
  readonly privateKey: string;
  readonly clientId: string;
  /** Board status id to move the ticket to after a reset (optional). */
  readonly statusId?: number | undefined;
}

const ACCEPT = 'application/vnd.connectwise.com+json; version=2022.1';

export function createConnectWise(cfg: ConnectWiseConfig, deps: AdapterDeps): TicketAdapter {
  let apiBase: Promise<string> | undefined;
  const base = () =>
    (apiBase ??= (async () => {
      const r = await call('connectwise', deps, {
        method: 'GET',
        url: joinUrl(cfg.siteUrl, `/login/companyinfo/${encodeURIComponent(cfg.companyId)}`),
        what: 'companyinfo',
      });
      const codebase = str(asRecord(r.body)?.Codebase);
      if (!codebase || !/^[\w.-]+\/?$/.test(codebase)) throw malformed('connectwise', 'companyinfo');
      return joinUrl(cfg.siteUrl, `/${codebase.replace(/\/$/, '')}/apis/3.0`);
    })().catch((err: unknown) => {
      apiBase = undefined; // retry discovery next time rather than caching a failure
      throw err;
    }));
  const headers = () => ({
    authorization: basicAuth(`${cfg.companyId}+${cfg.publicKey}`, cfg.privateKey),
    clientId: cfg.clientId,
    accept: ACCEPT,
    'cache-control': 'no-cache',
  });
  const adapter: TicketAdapter = {
    system: 'connectwise',
    async lookup(input, opts = {}) {
      const id = numericId('connectwise', input);
      const r = await call('connectwise', deps, { method: 'GET', url: `${await base()}/service/tickets/${id}`, headers: headers(), what: `lookup #${id}` });
      const b = asRecord(r.body);
      if (str(b?.id) !== id) throw malformed('connectwise', `lookup #${id}`);
      const ref: TicketRef = { id, number: id, closed: b?.closedFlag === true };
      if (ref.closed && !opts.allowClosed) throw new TicketError('closed', `connectwise lookup #${id}: ticket is closed`);
      return ref;
    },
    async addInternalNote(ticket, note) {
      await call('connectwise', deps, {
        method: 'POST',
        url: `${await base()}/service/tickets/${ticket.id}/notes`,
        headers: headers(),
        body: {
          text: note.text,
          internalAnalysisFlag: true,
          detailDescriptionFlag: false,
          resolutionFlag: false,
          customerUpdatedFlag: false,
          processNotifications: false,
        },
        what: `note #${ticket.id}`,
      });
    },
  };
  if (cfg.statusId !== undefined) {
    const statusId = cfg.statusId;
    adapter.setStatus = async (ticket) => {
      await call('connectwise', deps, {
        method: 'PATCH',
        url: `${await base()}/service/tickets/${ticket.id}`,
        headers: headers(),
        body: [{ op: 'replace', path: 'status', value: { id: statusId } }],
        what: `status #${ticket.id}`,
      });
    };
  }
  return adapter;
}
