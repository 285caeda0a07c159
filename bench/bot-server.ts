/**
 * The bot as `npm start` runs it (same config loading, logger and buildApp wiring as
 * src/index.ts), plus an IPC channel so the benchmark can force a GC and read memory and
 * simulator counters from outside. Run as a child process with --expose-gc.
 *
 * Env: everything src/config.ts reads (PORT, LOG_LEVEL, SIMULATOR_*), and
 * BENCH_TENANT=stateless to use a simulator that keeps no per-user state (see stateless-tenant.ts).
 */
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { StatelessTenant } from './stateless-tenant.js';
import type { ChildReply, ChildRequest } from './protocol.js';

const config = loadConfig(process.env);
const log = createLogger(config.logLevel);
const tenant =
  process.env.BENCH_TENANT === 'stateless'
    ? new StatelessTenant({ consistencyDelayMs: config.simulator.consistencyDelayMs })
    : undefined;
const app = await buildApp(config, log, tenant ? { tenant } : {});

app.http.server.listen(config.port, '127.0.0.1', () => {
  const { port } = app.http.server.address() as AddressInfo;
  send({ type: 'ready', url: `http://127.0.0.1:${port}` });
});

process.on('message', (msg: ChildRequest) => {
  if (msg.type !== 'stats') return;
  const gc = msg.gc ? (globalThis as { gc?: () => void }).gc : undefined;
  // Two passes: the first can only queue finalizers for objects the second then frees.
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  send({
    type: 'stats',
    gcForced: gc !== undefined,
    rss: m.rss,
    heapUsed: m.heapUsed,
    external: m.external,
    usedNonces: app.nonces.size,
    tokenRequests: app.simulator?.stats.tokenRequests ?? 0,
    graphRequests: app.simulator?.stats.graphRequests ?? 0,
  });
});
process.on('disconnect', () => void app.close(1000).then(() => process.exit(0)));

function send(reply: ChildReply): void {
  process.send?.(reply);
}
