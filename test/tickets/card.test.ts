import { describe, expect, it } from 'vitest';
import { checkTicket, ticketStatusText } from '../../src/tickets/card.js';
import { TicketError } from '../../src/tickets/types.js';

const failing = (kind: ConstructorParameters<typeof TicketError>[0]) => async () => {
  throw new TicketError(kind, 'servicenow lookup: HTTP 500 (internal detail)');
};

describe('technician card texts', () => {
  it('refuses unknown and closed tickets, without the product message', async () => {
    const nf = await checkTicket(failing('notFound'), 'INC0099999');
    expect(nf).toEqual({ kind: 'refuse', text: "I couldn't find ticket INC0099999. Check the number and try again." });
    expect((await checkTicket(failing('closed'), 'INC1')).kind).toBe('refuse');
  });

  it('lets the request go on, unverified, when the ticket system cannot be asked', async () => {
    for (const k of ['transient', 'rateLimited', 'auth', 'forbidden', 'invalid'] as const) {
      const v = await checkTicket(failing(k), 'INC1');
      expect(v.kind).toBe('unverified');
      expect(JSON.stringify(v)).not.toContain('internal detail');
    }
  });

  it('passes the resolved ticket through', async () => {
    const ref = { id: 'abc', number: 'INC1', closed: false };
    expect(await checkTicket(async () => ref, 'inc1')).toEqual({ kind: 'ok', ticket: ref });
  });

  it('words the three outcomes for the card', () => {
    expect(ticketStatusText('INC1', 'updated')).toBe('Ticket updated.');
    expect(ticketStatusText('INC1', 'pending')).toBe('Ticket update pending.');
    expect(ticketStatusText('INC1', 'failed: ticket not found')).toBe('Could not update ticket INC1: ticket not found.');
    expect(ticketStatusText('INC1', undefined)).toBeUndefined();
  });
});
