import { asRecord, basicAuth, call, joinUrl, malformed, oneLine, str } from './http.js';
import { TicketError, type AdapterDeps, type TicketAdapter, type TicketRef } from './types.js';

/**
 * Jira Service Management Cloud. The note is a servicedesk comment with `public: false`
 * (internal; a plain `/rest/api/3` comment on a JSM issue would be emailed to the customer).
 * The key ("HELP-12") is the id. `baseUrl` is the site, or the api.atlassian.com gateway
 * (`/ex/jira/{cloudId}`) that scoped and service-account tokens must use.
 */
export interface JiraConfig {
  readonly system: 'jira';
  readonly baseUrl: string;
  readonly email: string;
  readonly apiToken: string;
  readonly serviceDeskId?: string | undefined;
  readonly requestTypeId?: string | undefined;
  readonly transitionId?: string | undefined;
}

const KEY = /^[A-Z][A-Z0-9_]{0,9}-\d{1,9}$/;

export function createJira(cfg: JiraConfig, deps: AdapterDeps): TicketAdapter {
  const headers = () => ({ authorization: basicAuth(cfg.email, cfg.apiToken) });
  const browse = (key: string) => (/\.atlassian\.net$/i.test(new URL(cfg.baseUrl).hostname) ? joinUrl(cfg.baseUrl, `/browse/${key}`) : undefined);
  const adapter: TicketAdapter = {
    system: 'jira',
    async lookup(input, opts = {}) {
      const key = input.trim().toUpperCase();
      if (!KEY.test(key)) throw new TicketError('notFound', `jira: "${oneLine(input, 40)}" is not an issue key`);
      const r = await call('jira', deps, {
        method: 'GET',
        url: joinUrl(cfg.baseUrl, `/rest/api/3/issue/${key}?fields=status,resolution`),
        headers: headers(),
        what: `lookup ${key}`,
      });
      const b = asRecord(r.body);
      const realKey = str(b?.key);
      if (!realKey) throw malformed('jira', `lookup ${key}`);
      const category = str(asRecord(asRecord(asRecord(b?.fields)?.status)?.statusCategory)?.key);
      const ref: TicketRef = { id: realKey, number: realKey, closed: category === 'done', url: browse(realKey) };
      if (ref.closed && !opts.allowClosed) throw new TicketError('closed', `jira lookup ${key}: issue is done`);
      return ref;
    },
    async addInternalNote(ticket, note) {
      await call('jira', deps, {
        method: 'POST',
        url: joinUrl(cfg.baseUrl, `/rest/servicedeskapi/request/${ticket.id}/comment`),
        headers: headers(),
        body: { body: note.text, public: false },
        what: `note ${ticket.number}`,
      });
    },
  };
  if (cfg.serviceDeskId && cfg.requestTypeId) {
    const serviceDeskId = cfg.serviceDeskId;
    const requestTypeId = cfg.requestTypeId;
    adapter.create = async (record) => {
      // The request's description is customer-visible, so it stays neutral; the detail goes
      // into an internal comment.
      const r = await call('jira', deps, {
        method: 'POST',
        url: joinUrl(cfg.baseUrl, '/rest/servicedeskapi/request'),
        headers: headers(),
        body: {
          serviceDeskId,
          requestTypeId,
          requestFieldValues: { summary: record.title, description: `MFA reset, reference ${record.note.correlationId}.` },
        },
        what: 'create',
      });
      const key = str(asRecord(r.body)?.issueKey);
      if (!key) throw malformed('jira', 'create');
      const ref: TicketRef = { id: key, number: key, closed: false, url: browse(key) };
      await adapter.addInternalNote(ref, record.note);
      return ref;
    };
  }
  if (cfg.transitionId) {
    const id = cfg.transitionId;
    adapter.setStatus = async (ticket) => {
      await call('jira', deps, {
        method: 'POST',
        url: joinUrl(cfg.baseUrl, `/rest/api/3/issue/${ticket.id}/transitions`),
        headers: headers(),
        body: { transition: { id } },
        what: `status ${ticket.number}`,
      });
    };
  }
  return adapter;
}
