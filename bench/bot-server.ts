/**
 * The bot as `npm start` runs it (same config loading, logger and buildApp wiring as
 * src/index.ts), plus an IPC channel so the benchmark can force a GC and read memory, CPU and
 * simulator counters from outside. Run as a child process with --expose-gc.
 *
 * Env: everything src/config.ts reads (PORT, LOG_LEVEL, SIMULATOR_*), and
 *   BENCH_TENANT=stateless        the embedded simulator keeps no per-user state (stateless-tenant.ts);
 *   BENCH_GRAPH_URL, BENCH_TOKEN_ENDPOINT, BENCH_TENANT_ID, BENCH_CLIENT_ID, BENCH_CLIENT_SECRET
 *                                 talk to a simulator in another process (simulator-server.ts)
 *                                 through the same MSAL + Graph client code, as production talks
 *                                 to a remote Graph: the bot's own CPU, without the simulator's.
 */
import type { AddressInfo } from 'node:net';
import { buildApp, type AppPorts } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { simulatorTarget } from '../src/graph/factory.js';
import { createLogger } from '../src/logger.js';
import { createMemoryState } from '../src/state/memory.js';
import type { StatePorts } from '../src/state/ports.js';
import { announce, answerStats } from './protocol.js';
import { StatelessTenant } from './stateless-tenant.js';

const config = loadConfig(process.env);
const log = createLogger(config.logLevel);
// The memory store, counting the nonces it holds (the benchmark reports them).
let usedNonces = 0;
const memory = createMemoryState();
const state: StatePorts = {
  ...memory,
  nonces: {
    async claim(nonce, expiresAt) {
      const claimed = await memory.nonces.claim(nonce, expiresAt);
      if (claimed) usedNonces++;
      return claimed;
    },
  },
};
const app = await buildApp(config, log, { state, ...ports(config) });

app.http.server.listen(config.port, '127.0.0.1', () => {
  const { port } = app.http.server.address() as AddressInfo;
  announce({ type: 'ready', url: `http://127.0.0.1:${port}` });
});
answerStats(() => ({
  usedNonces,
  tokenRequests: app.simulator?.stats.tokenRequests ?? 0,
  graphRequests: app.simulator?.stats.graphRequests ?? 0,
}));
process.on('disconnect', () => void app.close(1000).then(() => process.exit(0)));

function ports(config: Config): AppPorts {
  const env = process.env;
  if (env.BENCH_TENANT === 'stateless') {
    return { tenant: new StatelessTenant({ consistencyDelayMs: config.simulator.consistencyDelayMs }) };
  }
  if (!env.BENCH_GRAPH_URL) return {};
  // The same Graph factory as production and demo, pointed at a simulator in another process.
  return {
    graph: simulatorTarget(env.BENCH_GRAPH_URL, env.BENCH_TOKEN_ENDPOINT, env.BENCH_TENANT_ID ?? '', {
      clientId: env.BENCH_CLIENT_ID ?? '',
      clientSecret: env.BENCH_CLIENT_SECRET ?? '',
    }),
  };
}
