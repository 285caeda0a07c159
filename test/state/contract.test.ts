import { afterAll, beforeAll } from 'vitest';
import { parseStateConfig } from '../../src/state/config.js';
import { createMemoryState } from '../../src/state/memory.js';
import type { StatePorts } from '../../src/state/ports.js';
import { createTableState } from '../../src/state/table.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { sharedStoreContract, stateContract, TestClock } from './contract.js';

let azurite: Azurite;
const open: StatePorts[] = [];
let tables = 0;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await Promise.all(open.map((p) => p.close()));
  await azurite?.stop();
});

stateContract('memory', async () => {
  const clock = new TestClock();
  return { ports: createMemoryState({ now: clock.now }), clock };
});

/** Each test gets its own tables (a fresh prefix) on the file's one Azurite. */
async function tableFixture() {
  const clock = new TestClock();
  tables += 1;
  const config = parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: `t${tables}x${process.pid}` })!;
  const connect = async () => {
    const ports = await createTableState({ config, now: clock.now, sweepEveryMs: 0 });
    open.push(ports);
    return ports;
  };
  return { ports: await connect(), clock, reopen: connect };
}

stateContract('table', tableFixture);
sharedStoreContract('table', tableFixture);
