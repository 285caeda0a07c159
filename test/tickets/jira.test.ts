import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTicketConfig } from '../../src/tickets/config.js';
import { FakeJira, JIRA_CREDS, type JiraIssue } from '../fakes/tickets/jira.js';
import { adapterContract, completedEvent, harness } from './harness.js';

let jira: FakeJira;
let open: JiraIssue;
beforeEach(async () => {
  jira = await new FakeJira().start();
  open = jira.add('HELP-12');
  jira.add('HELP-13', 'done');
});
afterEach(() => jira.close());

const env = (extra: Record<string, string> = {}) => ({
  TICKET_SYSTEM: 'jira',
  JIRA_URL: jira.url,
  JIRA_EMAIL: JIRA_CREDS.email,
  JIRA_API_TOKEN: JIRA_CREDS.token,
  ...extra,
});

describe('Jira Service Management', () => {
  adapterContract({
    fake: () => jira,
    config: () => parseTicketConfig(env())!,
    open: 'HELP-12',
    closed: 'HELP-13',
    unknown: 'HELP-99',
    notes: () => open.comments,
    expectNote: (recorded, note) => expect(recorded).toEqual({ body: note.text, public: false }),
    secrets: () => [JIRA_CREDS.token],
    tooMany: (s) => ({
      status: 429,
      headers: { 'retry-after': String(s), 'ratelimit-reason': 'jira-per-issue-on-write', 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0' },
      body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
    }),
  });

  it('posts the comment on the servicedesk API, never the platform comment endpoint', async () => {
    const h = harness(parseTicketConfig(env())!);
    await h.emitAndDeliver(completedEvent({ ticket: 'help-12' }));
    const posts = jira.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).toEqual(['/rest/servicedeskapi/request/HELP-12/comment']);
  });

  it('transitions the issue only when a transition id is configured and status changes are on', async () => {
    const h = harness(parseTicketConfig(env({ TICKET_SET_STATUS: 'on', JIRA_TRANSITION_ID: '31' }))!);
    await h.emitAndDeliver(completedEvent({ ticket: 'HELP-12' }));
    expect(open.transitions).toEqual(['31']);
  });

  it('opens a self-service request with a neutral description and an internal comment', async () => {
    const h = harness(parseTicketConfig(env({ TICKET_SELF_SERVICE: 'create', JIRA_SERVICE_DESK_ID: '1', JIRA_REQUEST_TYPE_ID: '10' }))!);
    await h.emitAndDeliver(completedEvent({ ticket: undefined, path: 'self' }));
    const created = [...jira.issues.values()].find((i) => i.summary?.startsWith('MFA reset (self-service)'));
    expect(created?.comments).toHaveLength(1);
    expect(created?.comments[0]?.public).toBe(false);
  });
});
