/**
 * The Graph simulator on its own, in a child process: stands in for a remote Microsoft Graph so
 * the throughput benchmark can charge the bot only for its own work.
 * Env: SIMULATOR_LATENCY_MS, SIMULATOR_CONSISTENCY_DELAY_MS, BENCH_CLIENT_ID, BENCH_CLIENT_SECRET.
 */
import { SimulatedTenant, startSimulator } from '../src/simulator/index.js';
import { announce, answerStats } from './protocol.js';

const env = process.env;
const sim = await startSimulator({
  tenant: new SimulatedTenant({ consistencyDelayMs: Number(env.SIMULATOR_CONSISTENCY_DELAY_MS ?? 0) }),
  latencyMs: Number(env.SIMULATOR_LATENCY_MS ?? 0),
  credentials: { clientId: env.BENCH_CLIENT_ID ?? '', clientSecret: env.BENCH_CLIENT_SECRET ?? '' },
});
announce({ type: 'ready', url: sim.url, tokenEndpoint: sim.tokenEndpoint, tenantId: sim.tenant.tenantId });
answerStats(() => ({ tokenRequests: sim.stats.tokenRequests, graphRequests: sim.stats.graphRequests }));
process.on('disconnect', () => void sim.close().then(() => process.exit(0)));
