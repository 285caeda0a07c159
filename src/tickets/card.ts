import type { TicketStatus } from './outbox.js';
import { TicketError, type TicketRef } from './types.js';

/**
 * Short, kind texts for the technician's card. The bot shows them; it never shows a product's
 * error message (that goes to the log).
 */

export type LookupVerdict =
  | { readonly kind: 'ok'; readonly ticket: TicketRef }
  /** Unknown or closed: refuse the request before anything is reset. */
  | { readonly kind: 'refuse'; readonly text: string }
  /**
   * The ticket system could not be asked (outage, rate limit, credentials): the reset does not
   * depend on it, so the request may go on and the note waits in the outbox.
   */
  | { readonly kind: 'unverified'; readonly text: string };

export async function checkTicket(lookup: (n: string) => Promise<TicketRef>, number: string): Promise<LookupVerdict> {
  const shown = number.trim().slice(0, 40);
  try {
    return { kind: 'ok', ticket: await lookup(number) };
  } catch (err) {
    if (err instanceof TicketError && err.kind === 'notFound')
      return { kind: 'refuse', text: `I couldn't find ticket ${shown}. Check the number and try again.` };
    if (err instanceof TicketError && err.kind === 'closed') return { kind: 'refuse', text: `Ticket ${shown} is closed. Reopen it or use an open ticket.` };
    return { kind: 'unverified', text: `I couldn't check ticket ${shown} right now; the note will be added when the ticket system answers.` };
  }
}

export function ticketStatusText(number: string, status: TicketStatus | undefined): string | undefined {
  if (status === undefined) return undefined;
  if (status === 'updated') return 'Ticket updated.';
  if (status === 'pending') return 'Ticket update pending.';
  return `Could not update ticket ${number.trim().slice(0, 40)}: ${status.slice('failed: '.length)}.`;
}
