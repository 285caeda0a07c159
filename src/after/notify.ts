import { methodWord } from '../bot/describe.js';
import { duration, t, joinList, type Locale } from '../bot/copy/index.js';
import { textsIn } from '../bot/locale.js';
import { GraphCallError } from '../graph/errors.js';
import type { Logger } from '../logger.js';
import type { EventSink, ResetEvent } from '../reset/events.js';
import type { MailApi } from './ports.js';

/**
 * The notification mail after any reset (issue 15): to the subject's own mailbox, saying what
 * was removed, when, by whom (themselves, or the technician by name), the reference id and who
 * to call if it was not them. An event sink, so every path that resets (self-service, helpdesk,
 * four eyes) sends it and none can forget to. Plain text; never a pass value (events carry none).
 * A mail that cannot be sent is logged for the operator and changes nothing else.
 */
export interface MailNotifierOptions {
  readonly api: MailApi;
  readonly sender: string;
  /** Copy parameters ({securityContact}, {setupUrl}, {helpdesk}). */
  readonly texts: Readonly<Record<string, string>>;
  readonly log: Logger;
}

type Resetting = Extract<ResetEvent, { type: 'completed' | 'failed' }>;

export function createMailNotifier(o: MailNotifierOptions): EventSink {
  return {
    async emit(e) {
      // A pass the person issued to themselves is worth a mail of its own: with a stolen Teams session it is a takeover.
      const tap = e.type === 'afterReset' && e.action === 'tapIssued';
      if (!tap && ((e.type !== 'completed' && e.type !== 'failed') || e.removed.length === 0)) return;
      let to: string | undefined;
      try {
        to = await o.api.addressOf(e.subject.userId);
        if (!to) {
          o.log.warn({ correlationId: e.correlationId }, 'notification mail not sent: the user has no mailbox address');
          return;
        }
        await o.api.send(o.sender, e.type === 'afterReset' ? composeTapMail(e, to, o.texts) : composeResetMail(e as Resetting, to, o.texts));
        o.log.info({ correlationId: e.correlationId }, 'notification mail sent');
      } catch (err) {
        const g = err instanceof GraphCallError ? { status: err.status, code: err.code, requestId: err.requestId } : { err: String(err) };
        const hint =
          g.status === 403
            ? 'Grant Mail.Send and scope it to NOTIFY_MAIL_SENDER with an Exchange application access policy (README "After a reset")'
            : undefined;
        o.log.warn({ correlationId: e.correlationId, ...g, ...(hint ? { hint } : {}) }, 'notification mail not sent');
      }
    },
  };
}

function whenOf(locale: Locale, at: number): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(at))} UTC`;
}

/** A self-service pass: when, how long, and whom to call (never the pass). */
function composeTapMail(e: ResetEvent, to: string, texts: Readonly<Record<string, string>>): { to: string; subject: string; text: string } {
  const locale: Locale = e.locale ?? 'en';
  const p: Record<string, string> = { ...textsIn(locale, texts), ref: e.correlationId };
  const minutes = e.type === 'afterReset' ? (e.lifetimeMinutes ?? 0) : 0;
  const lines = [
    t(locale, 'mail.tap.body', { ...p, when: whenOf(locale, e.at), lifetime: duration(locale, minutes * 60) }),
    t(locale, 'mail.reset.notYou', p),
    t(locale, 'card.reference', p),
  ];
  return { to, subject: t(locale, 'mail.tap.subject', p), text: lines.join('\n\n') };
}

/** The mail's words, in the language of the person who answered the card. */
function composeResetMail(e: Resetting, to: string, texts: Readonly<Record<string, string>>): { to: string; subject: string; text: string } {
  const locale: Locale = e.locale ?? 'en';
  const p: Record<string, string> = { ...textsIn(locale, texts), ref: e.correlationId };
  const removed = joinList(
    locale,
    e.removed.map((m) => methodWord(m.kind, m.phoneType, locale)),
  );
  const when = whenOf(locale, e.at);
  const path = e.type === 'completed' ? e.path : undefined;
  const technician = e.requester.displayName?.trim() || p['helpdesk'] || '';
  const who =
    e.requester.userId.toLowerCase() === e.subject.userId.toLowerCase()
      ? t(locale, 'mail.reset.bySelf', p)
      : t(locale, path === 'secondTechnician' ? 'mail.reset.bySecondTechnician' : 'mail.reset.byTechnician', { ...p, technician });
  const lines = [
    t(locale, 'mail.reset.removed', { ...p, when, removed }),
    who,
    ...(e.tapIssued ? [t(locale, 'mail.reset.tap', p)] : []),
    ...(e.sessionsRevoked ? [t(locale, 'mail.reset.signedOut', p)] : []),
    t(locale, 'mail.reset.next', p),
    t(locale, 'mail.reset.notYou', p),
    t(locale, 'card.reference', p),
  ];
  return { to, subject: t(locale, 'mail.reset.subject', p), text: lines.join('\n\n') };
}
