import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createState, parseStateConfig } from '../../src/state/index.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { LogCapture } from '../helpers/logs.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

describe('createState', () => {
  it('falls back to memory, and warns in production that it is one instance only', async () => {
    const out = new LogCapture();
    const ports = await createState(undefined, createLogger('info', out), { production: true });
    expect(ports.kind).toBe('memory');
    expect(out.records().some((r) => r.level === 'warn' && String(r.msg).includes('one instance only'))).toBe(true);
  });

  it('stays quiet about memory in demo mode', async () => {
    const out = new LogCapture();
    await createState(undefined, createLogger('info', out), { production: false });
    expect(out.records().filter((r) => r.level === 'warn')).toEqual([]);
  });

  it('uses Table Storage when configured, and logs where without the key', async () => {
    const out = new LogCapture();
    const config = parseStateConfig({ STATE_STORAGE_CONNECTION_STRING: azurite.connectionString, STATE_TABLE_PREFIX: `i${process.pid}` });
    const ports = await createState(config, createLogger('info', out), { production: true });
    expect(ports.kind).toBe('table');
    expect(await ports.nonces.claim('n', Date.now() + 60_000)).toBe(true);
    await ports.close();
    expect(out.text()).toContain(`127.0.0.1:${azurite.port}`);
    expect(out.text()).not.toContain('AccountKey');
    expect(out.text()).not.toContain('Eby8vdM02xNOcqFl');
  });
});
