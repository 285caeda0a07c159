import { KINDS } from '../reset/catalogue.js';
import type { MethodSummary, Party, ResetEvent, VerificationPath } from '../reset/events.js';
import type { TicketNote } from './types.js';

/**
 * The internal ticket note for a reset event: who asked, for whom, what was removed and what was
 * not (and why), the new default, whether a Temporary Access Pass was issued (never its value),
 * whether sessions were revoked, the verification path, the time and the reference id. Pure.
 *
 * When an event does not say whether a Temporary Access Pass was issued or sessions were revoked,
 * the note says "not recorded" rather than guessing.
 */
export type NoteEvent = ResetEvent;

/** Only outcomes end up in the ticket; a refusal only when it ends an authorised request. */
export function wantsNote(e: ResetEvent): boolean {
  if (!e.ticket) return false;
  if (e.type === 'completed' || e.type === 'failed' || e.type === 'cancelled') return true;
  // Not e.g. notTechnician: someone without the role must not be able to write into a ticket.
  return e.type === 'refused' && (e.reason === 'privilegedTarget' || e.reason === 'targetNotFound');
}

export function renderNote(e: NoteEvent): TicketNote {
  const lines: string[] = [];
  const demo = e.demo ? ' [demo mode: simulated tenant]' : '';
  lines.push(`MFA reset ${headline(e)} (reference ${e.correlationId})${demo}`);
  lines.push(`Requested by: ${who(e.requester)}`);
  lines.push(`For: ${who(e.subject)}`);
  if (e.approver) lines.push(`${approverRole(e)}: ${who(e.approver)}`);
  switch (e.type) {
    case 'completed': {
      lines.push(`Verification: ${PATHS[e.path]}`);
      lines.push(`Removed: ${list(e.removed)}`);
      const not = [
        ...e.alreadyGone.map((m) => `${label(m)} (already gone)`),
        ...e.changed.map((m) => `${label(m)} (changed after the card was shown; skipped)`),
      ];
      if (not.length) lines.push(`Not removed: ${not.join('; ')}`);
      lines.push(`New default sign-in method: ${defaultText(e.defaultChange)}`);
      break;
    }
    case 'failed':
      lines.push(`Removed: ${list(e.removed)}`);
      lines.push(`Not removed: ${e.failed.length ? e.failed.map((m) => `${label(m)} (${m.reason})`).join('; ') : 'none'}`);
      lines.push(`Failure: ${FAILURES[e.reason]}`);
      break;
    case 'cancelled':
      lines.push(`Verification: ${PATHS[e.path]}`);
      lines.push(`Nothing was removed. Would have removed: ${list(e.methods)}`);
      break;
    case 'refused':
      lines.push(
        `Nothing was removed: ${e.reason === 'privilegedTarget' ? 'the account holds an admin role; privileged accounts are reset by an administrator' : 'the user was not found'}`,
      );
      break;
    default:
      lines.push(`Event: ${e.type}`);
  }
  if (e.type === 'completed' || e.type === 'failed') {
    // "Issued", its lifetime and one-time use: never the pass itself (the event does not carry it).
    lines.push(
      e.tapIssued && e.tapLifetimeMinutes !== undefined
        ? `Temporary Access Pass issued: yes (${e.tapLifetimeMinutes} min${e.tapUsableOnce ? ', one-time' : ''})`
        : `Temporary Access Pass issued: ${yesNo(e.tapIssued)}`,
    );
    lines.push(`Sessions revoked: ${yesNo(e.sessionsRevoked)}`);
    if (e.removed.length) lines.push('Next step: the user registers MFA again at the next sign-in.');
  }
  lines.push(`Time: ${new Date(e.at).toISOString().replace(/\.\d{3}Z$/, 'Z')}`);
  const text = lines.join('\n');
  const html = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  return { text, html, correlationId: e.correlationId };
}

/** Four eyes: what the second technician did in this event. */
function approverRole(e: ResetEvent): string {
  if (e.type === 'cancelled') return e.path === 'declined' ? 'Declined by (second technician)' : 'Second technician asked';
  return e.type === 'completed' || e.type === 'failed' || e.type === 'confirmed' ? 'Approved by (second technician)' : 'Second technician';
}

function headline(e: ResetEvent): string {
  switch (e.type) {
    case 'completed':
      return e.changed.length || e.alreadyGone.length ? 'completed, with exceptions' : 'completed';
    case 'failed':
      return e.reason === 'partial' ? 'partly failed' : 'failed';
    case 'cancelled':
      return e.path === 'denied'
        ? 'denied by the user'
        : e.path === 'declined'
          ? 'declined by the second technician'
          : e.path === 'expired'
            ? 'expired'
            : 'cancelled';
    case 'refused':
      return 'refused';
    default:
      return e.type;
  }
}

const PATHS: Readonly<Record<VerificationPath, string>> = {
  self: 'the user asked for it in their own Teams chat',
  targetConfirmed: 'the user confirmed in their own Teams chat',
  secondTechnician: 'approved by a second technician (the user could not be reached)',
  denied: 'the user answered "this wasn\'t me"; security was alerted',
  declined: 'the second technician declined to approve (the user could not be reached)',
  expired: 'no answer before the request expired',
  cancelled: 'cancelled before anything changed',
};

const FAILURES = {
  listFailed: 'the methods could not be read from Microsoft Entra ID',
  partial: 'some methods could not be removed',
  failed: 'the methods could not be removed',
  stateUnavailable: 'the bot could not record the request safely',
} as const;

function who(p: Party): string {
  return p.displayName ? `${oneLine(p.displayName)} (${p.userId})` : p.userId;
}

function label(m: MethodSummary): string {
  const base = KINDS[m.kind].label;
  return m.phoneType ? `${base} (${PHONE[m.phoneType]})` : base;
}

const PHONE = { mobile: 'mobile', alternateMobile: 'alternate mobile', office: 'office' } as const;

function list(ms: readonly MethodSummary[]): string {
  return ms.length ? ms.map(label).join(', ') : 'none';
}

function defaultText(d: { readonly to?: string | undefined; readonly ok: boolean } | undefined): string {
  if (!d) return 'unchanged';
  if (!d.ok) return 'could not be set; the user picks one at the next sign-in';
  if (!d.to) return 'cleared; the user picks one at the next sign-in';
  return d.to in KINDS ? KINDS[d.to as keyof typeof KINDS].label : d.to;
}

function yesNo(v: boolean | undefined): string {
  return v === undefined ? 'not recorded' : v ? 'yes' : 'no';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 120);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
