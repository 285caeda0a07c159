import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, SKIP_DOTENV } from './config.js';
import { listenFailure, nextSteps } from './startup.js';
import { createLogger, secretValues } from './logger.js';

// Composition root: config → logger → app → listen → graceful shutdown. Nothing else.
if (process.env[SKIP_DOTENV] !== 'true' && existsSync('.env')) process.loadEnvFile('.env');

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}

// OpenTelemetry before the app's modules load, and only when asked for: without the connection
// string (or in demo mode) not one OpenTelemetry module is imported.
if (config.telemetry) {
  const { startAzureMonitor } = await import('./telemetry/azure-monitor.js');
  startAzureMonitor(config.telemetry.connectionString);
}
const { telemetry } = await import('./telemetry/metrics.js');
// Inside a span each record carries trace_id/span_id, so logs and traces join in Log Analytics.
// Known secret values (and their prefixes) are cut out of every log line, wherever they appear.
const log = createLogger(config.logLevel, undefined, {
  secrets: secretValues(config),
  ...(config.telemetry ? { mixin: () => telemetry().logFields() ?? {} } : {}),
});
if (config.telemetryIgnoredInDemo) log.warn('APPLICATIONINSIGHTS_CONNECTION_STRING is set, but telemetry is off in demo mode: nothing is sent');
// Loaded only once the configuration is valid: a refusal is immediate (no Bot Framework, restify
// or MSAL start-up cost) and prints nothing but its one line.
const { buildApp } = await import('./app.js');
const app = await buildApp(config, log);
// A busy port or a HOST that is not this machine's: one line naming the variable, not a stack.
const onListenError = (err: NodeJS.ErrnoException) => {
  process.stderr.write(`${listenFailure(err, config)}\n`);
  process.exit(2);
};
app.http.server.once('error', onListenError);
app.http.server.listen(config.port, config.host, () => {
  app.http.server.off('error', onListenError);
  const address = app.http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/api/messages`;
  if (config.mode === 'demo') {
    log.warn(
      { mode: 'demo', graph: app.simulator?.url },
      'DEMO MODE: no credentials set. Using an embedded simulated tenant; no real account is touched. Do not expose this server.',
    );
  }
  if (config.confirmation.keyIsEphemeral && config.mode === 'production') {
    log.warn('CONFIRMATION_SIGNING_KEY is not set: confirmation cards only work on this instance and until it restarts');
  }
  log.info({ mode: config.mode, url }, 'MFA reset bot listening');
  // The tenant pre-flight (issue 15): findings go to the log; it never stops the bot.
  if (config.mode === 'production') void app.preflight?.run('startup');
  // For a person at a terminal, whatever LOG_LEVEL says (stdout stays pure JSON for log shippers).
  // 0.0.0.0 is where it listens, not an address a client can use: show loopback instead.
  const reachable = config.host === '0.0.0.0' || config.host === '::' ? url.replace(/\/\/[^/]+:/, '//127.0.0.1:') : url;
  const steps = nextSteps(config.mode, reachable);
  if (steps) process.stderr.write(steps);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight conversations');
    // Long enough for a reset that has just started (its own bound), so a shutdown never cuts a
    // reset between its DELETEs and the reply and audit record that tell what happened.
    void app.close(config.limits.resetTimeoutMs + 5_000).then(async ({ drained }) => {
      log.info({ drained }, 'stopped');
      // The last spans and metrics (bounded: an unreachable ingestion endpoint must not hold the exit).
      await Promise.race([
        telemetry()
          .shutdown()
          .catch(() => undefined),
        new Promise((r) => setTimeout(r, 5_000).unref()),
      ]);
      process.exit(0);
    });
  });
}
