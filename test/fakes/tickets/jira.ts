import { FakeServer, basicOf, json, type FakeRequest, type FakeResponse } from './server.js';

/**
 * Jira Service Management Cloud: Basic email:token; GET /rest/api/3/issue/{key} with
 * status.statusCategory and the 404 `errorMessages` shape; the servicedesk comment POST answering
 * 201 with a CommentDTO echoing `public`; request creation; transitions (POST 204).
 */
export interface JiraIssue {
  id: string;
  key: string;
  category: 'new' | 'indeterminate' | 'done';
  comments: { body: string; public: boolean }[];
  summary?: string;
  transitions: string[];
}

export const JIRA_CREDS = { email: 'mfa-bot@contoso.com', token: 'ATATT3xFfGF0-jira-token' };

const notFound: FakeResponse = { status: 404, body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} } };

export class FakeJira extends FakeServer {
  readonly issues = new Map<string, JiraIssue>();
  private seq = 10_000;

  constructor() {
    super((r) => this.handle(r));
  }

  add(key: string, category: JiraIssue['category'] = 'indeterminate'): JiraIssue {
    const i: JiraIssue = { id: String((this.seq += 1)), key, category, comments: [], transitions: [] };
    this.issues.set(key, i);
    return i;
  }

  private handle(r: FakeRequest): FakeResponse {
    const b = basicOf(r.headers);
    if (!b || b.user !== JIRA_CREDS.email || b.password !== JIRA_CREDS.token)
      return { status: 401, body: { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} } };
    let m = /^\/rest\/api\/3\/issue\/([A-Z][A-Z0-9_]*-\d+)$/.exec(r.path);
    if (m && r.method === 'GET') {
      const i = this.issues.get(m[1]!);
      if (!i) return notFound;
      const cat = {
        new: { id: 2, key: 'new', name: 'To Do' },
        indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress' },
        done: { id: 3, key: 'done', name: 'Done' },
      }[i.category];
      return {
        status: 200,
        body: {
          id: i.id,
          key: i.key,
          self: `/rest/api/3/issue/${i.id}`,
          fields: { status: { id: '3', name: cat.name, statusCategory: cat }, resolution: null },
        },
      };
    }
    m = /^\/rest\/servicedeskapi\/request\/([A-Z][A-Z0-9_]*-\d+)\/comment$/.exec(r.path);
    if (m && r.method === 'POST') {
      const i = this.issues.get(m[1]!);
      if (!i) return notFound;
      const body = json(r) as { body?: unknown; public?: unknown } | undefined;
      if (typeof body?.body !== 'string' || typeof body.public !== 'boolean')
        return { status: 400, body: { errorMessages: ['body and public are required'], errors: {} } };
      i.comments.push({ body: body.body, public: body.public });
      return {
        status: 201,
        body: {
          id: String(i.comments.length),
          body: body.body,
          public: body.public,
          author: { accountId: 'bot', displayName: 'MFA bot' },
          created: { iso8601: new Date().toISOString() },
          _links: { self: '/x' },
        },
      };
    }
    if (r.path === '/rest/servicedeskapi/request' && r.method === 'POST') {
      const body = json(r) as { serviceDeskId?: string; requestTypeId?: string; requestFieldValues?: { summary?: string } } | undefined;
      if (!body?.serviceDeskId || !body.requestTypeId || !body.requestFieldValues?.summary)
        return { status: 400, body: { errorMessages: ['missing fields'], errors: {} } };
      const i = this.add(`HELP-${this.issues.size + 100}`, 'new');
      i.summary = body.requestFieldValues.summary;
      return { status: 201, body: { issueId: i.id, issueKey: i.key, currentStatus: { status: 'Waiting for support' } } };
    }
    m = /^\/rest\/api\/3\/issue\/([A-Z][A-Z0-9_]*-\d+)\/transitions$/.exec(r.path);
    if (m && r.method === 'POST') {
      const i = this.issues.get(m[1]!);
      if (!i) return notFound;
      const id = (json(r) as { transition?: { id?: string } } | undefined)?.transition?.id;
      if (id !== '31') return { status: 400, body: { errorMessages: ['Transition id is not valid for this issue.'], errors: {} } };
      i.transitions.push(id);
      i.category = 'done';
      return { status: 204 };
    }
    return { status: 404, body: { errorMessages: ['no route'], errors: {} } };
  }
}
