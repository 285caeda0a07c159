import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStateConfig } from '../../src/state/config.js';
import { createTableState, type TableStatePorts } from '../../src/state/table.js';
import { parseTicketConfig } from '../../src/tickets/config.js';
import { createTicketing } from '../../src/tickets/index.js';
import type { TicketJob } from '../../src/tickets/outbox.js';
import type { StatusRecord } from '../../src/tickets/status.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { FakeServiceNow, SN_CREDS } from '../fakes/tickets/servicenow.js';
import { captureLog, completedEvent } from './harness.js';

/**
 * A bot restart does not lose a pending note: the outbox and the status live in Azure Table
 * Storage (Azurite here), and a new process with new clients delivers what the old one queued.
 */
let azurite: Azurite;
let sn: FakeServiceNow;
beforeAll(async () => {
  azurite = await startAzurite();
  sn = await new FakeServiceNow().start();
});
afterAll(async () => {
  await sn?.close();
  await azurite?.stop();
});

const clock = { t: Date.now() };

async function botProcess(prefix: string): Promise<{ ports: TableStatePorts; ticketing: ReturnType<typeof createTicketing> }> {
  const ports = await createTableState({
    config: parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: prefix })!,
    now: () => clock.t,
    sweepEveryMs: 0,
  });
  const config = parseTicketConfig({
    TICKET_SYSTEM: 'servicenow',
    SERVICENOW_INSTANCE_URL: sn.url,
    SERVICENOW_USERNAME: SN_CREDS.username,
    SERVICENOW_PASSWORD: SN_CREDS.password,
  })!;
  const ticketing = createTicketing(config, {
    outbox: ports.outbox<TicketJob>('ticketnotes'),
    results: ports.pending<StatusRecord>('ticketstatus'),
    log: captureLog().log,
    now: () => clock.t,
    random: () => 0.5,
    timers: { setTimeout: () => undefined, clearTimeout: () => undefined },
  });
  return { ports, ticketing };
}

describe('ticket outbox on Azure Table Storage (Azurite)', () => {
  it('delivers after a restart the note that was pending before it, exactly once', async () => {
    const rec = sn.add('INC0020001');
    const prefix = `tk${process.pid}`;
    const first = await botProcess(prefix);
    sn.fail(1, { status: 503, body: { error: { message: 'Service Unavailable', detail: '' }, status: 'failure' } });
    const event = completedEvent({ ticket: 'INC0020001', correlationId: 'R-RESTART1' });
    await first.ticketing.sink.emit(event);
    await first.ticketing.worker.kick();
    expect(await first.ticketing.sink.status('R-RESTART1')).toBe('pending');
    await first.ports.close(); // the process ends

    const second = await botProcess(prefix);
    expect(await second.ticketing.sink.status('R-RESTART1')).toBe('pending');
    clock.t += 60_000;
    expect((await second.ticketing.worker.runOnce()).delivered).toBe(1);
    expect(rec.work_notes).toHaveLength(1);
    expect(rec.work_notes[0]).toContain('R-RESTART1');
    expect(await second.ticketing.sink.status('R-RESTART1')).toBe('updated');

    // The same event again (a replayed turn on the new process) does not write a second note.
    await second.ticketing.sink.emit(event);
    await second.ticketing.worker.kick();
    expect(rec.work_notes).toHaveLength(1);
    await second.ports.close();
  }, 60_000);
});
