import { describe, expect, it } from 'vitest';
import type { ResetEvent } from '../../src/reset/events.js';
import { renderNote, wantsNote } from '../../src/tickets/note.js';
import { completedEvent } from './harness.js';

const base = {
  correlationId: 'R-1',
  at: Date.UTC(2026, 11, 1, 8, 0, 0),
  requester: { userId: 'tech', tenantId: 't' },
  subject: { userId: 'ana', tenantId: 't', displayName: 'Ana' },
  ticket: 'INC1',
};

describe('ticket note', () => {
  it('says who asked, for whom, what was and was not removed, the default, TAP, sessions, path, time and reference', () => {
    expect(renderNote(completedEvent({ ticket: 'INC1' })).text).toBe(
      [
        'MFA reset completed, with exceptions (reference R-7F3K2Q)',
        'Requested by: Tom Tech (tech-oid-1)',
        'For: Ana Lopez (ana-oid-2)',
        'Verification: the user confirmed in their own Teams chat',
        'Removed: Microsoft Authenticator, phone (mobile)',
        'Not removed: phone (office) (changed after the card was shown; skipped)',
        'New default sign-in method: security key or passkey',
        'Temporary Access Pass issued: yes',
        'Sessions revoked: no',
        'Next step: the user registers MFA again at the next sign-in.',
        'Time: 2026-12-01T19:40:05Z',
      ].join('\n'),
    );
  });

  it('names the second technician of a four-eyes request: who approved, or who declined', () => {
    const approver = { userId: 'sam-oid-3', tenantId: 't', displayName: 'Sam Tech' };
    const approved = renderNote(completedEvent({ ticket: 'INC1', path: 'secondTechnician', approver })).text;
    expect(approved).toContain('Approved by (second technician): Sam Tech (sam-oid-3)');
    expect(approved).toContain('Verification: approved by a second technician');
    const declined: ResetEvent = { ...base, type: 'cancelled', path: 'declined', methods: [{ kind: 'email' }], approver };
    const text = renderNote(declined).text;
    expect(text).toMatch(/^MFA reset declined by the second technician/);
    expect(text).toContain('Declined by (second technician): Sam Tech (sam-oid-3)');
    expect(wantsNote(declined)).toBe(true);
    expect(renderNote(completedEvent({ ticket: 'INC1' })).text).not.toMatch(/second technician\)/);
  });

  it('never carries a Temporary Access Pass value even if one slips into the event', () => {
    const e = { ...completedEvent(), temporaryAccessPass: 'Tap!Secret123' } as ResetEvent;
    expect(renderNote(e).text).not.toContain('Tap!Secret123');
  });

  it('says "not recorded" for TAP and sessions the event does not report', () => {
    const { tapIssued: _t, sessionsRevoked: _s, ...e } = completedEvent();
    const text = renderNote(e).text;
    expect(text).toContain('Temporary Access Pass issued: not recorded');
    expect(text).toContain('Sessions revoked: not recorded');
  });

  it('records a denial with nothing removed', () => {
    const text = renderNote({ ...base, type: 'cancelled', path: 'denied', methods: [{ kind: 'email' }] }).text;
    expect(text).toContain('MFA reset denied by the user (reference R-1)');
    expect(text).toContain('Nothing was removed. Would have removed: email');
    expect(text).toContain('security was alerted');
  });

  it('records an expiry and a partial failure with the failed types and why', () => {
    expect(renderNote({ ...base, type: 'cancelled', path: 'expired', methods: [] }).text).toContain('MFA reset expired');
    const failed = renderNote({
      ...base,
      type: 'failed',
      reason: 'partial',
      removed: [{ kind: 'email' }],
      failed: [{ kind: 'fido2', reason: 'Graph 403' }],
      graphRequestIds: [],
    }).text;
    expect(failed).toContain('MFA reset partly failed');
    expect(failed).toContain('Removed: email');
    expect(failed).toContain('Not removed: security key or passkey (Graph 403)');
  });

  it('escapes HTML in the HTML form and keeps one paragraph per line', () => {
    const n = renderNote(completedEvent({ subject: { userId: 'u', tenantId: 't', displayName: '<img src=x onerror=alert(1)>' } }));
    expect(n.html).not.toContain('<img');
    expect(n.html.match(/<p>/g)?.length).toBe(n.text.split('\n').length);
  });

  it('marks demo-mode notes', () => {
    expect(renderNote(completedEvent({ demo: true })).text.split('\n')[0]).toContain('[demo mode');
  });

  it('wants notes for outcomes with a ticket only, and not for a refused non-technician', () => {
    expect(wantsNote(completedEvent({ ticket: 'INC1' }))).toBe(true);
    expect(wantsNote(completedEvent({ ticket: undefined }))).toBe(false);
    expect(wantsNote({ ...base, type: 'listed', methods: [] })).toBe(false);
    expect(wantsNote({ ...base, type: 'refused', reason: 'privilegedTarget' })).toBe(true);
    expect(wantsNote({ ...base, type: 'refused', reason: 'notTechnician' })).toBe(false);
  });
});
