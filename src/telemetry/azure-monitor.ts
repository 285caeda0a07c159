/**
 * OpenTelemetry to Application Insights (the Azure Monitor distro), loaded by index.ts only when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set outside demo mode, and before the app is imported.
 *
 * What is emitted is decided here, not by auto-instrumentation: every built-in instrumentation is
 * off (the http one would record connector URLs with conversation ids, the Azure SDK one Table
 * Storage URLs with partition keys). Spans and metrics carry activity types, flow names, Graph
 * route templates (ids replaced), statuses, Graph request ids and counts; never message text, a
 * user id, a UPN, a phone number, an address or a token.
 */
import { shutdownAzureMonitor, useAzureMonitor } from '@azure/monitor-opentelemetry';
import { metrics, SpanKind, SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';
import type { ResetEvent } from '../reset/events.js';
import { countedOutbox, installTelemetry, routeTemplate, type Telemetry } from './metrics.js';

const NAME = 'mfa-reset-bot';
const ACTIVITY_TYPES = new Set(['message', 'invoke', 'conversationUpdate', 'messageReaction', 'installationUpdate', 'typing', 'event', 'endOfConversation']);

export function startAzureMonitor(connectionString: string): void {
  // The SDK's own usage reports (statsbeat) go to a Microsoft endpoint of their own, not to this
  // resource: off unless the operator turns them on.
  process.env.APPLICATION_INSIGHTS_NO_STATSBEAT ??= 'true';
  // cloud_RoleName in Application Insights (the resource's service.name).
  process.env.OTEL_SERVICE_NAME ??= NAME;
  useAzureMonitor({
    // No offline retry files on the instance's disk: telemetry is best effort.
    azureMonitorExporterOptions: { connectionString, disableOfflineStorage: true },
    enableLiveMetrics: false,
    instrumentationOptions: {
      http: { enabled: false },
      azureSdk: { enabled: false },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
      bunyan: { enabled: false },
      winston: { enabled: false },
    },
  });
  const tracer = trace.getTracer(NAME);
  const meter = metrics.getMeter(NAME);
  const resets = meter.createCounter('mfa.resets', { description: 'Resets that ran, by outcome (completed, partial, failed, listFailed, stateUnavailable)' });
  const confirmations = meter.createCounter('mfa.confirmations', { description: 'Confirmation clicks accepted, by verification path' });
  const refusals = meter.createCounter('mfa.refusals', { description: 'Requests refused, by reason' });
  const throttled = meter.createCounter('mfa.graph.throttled', { description: 'Graph attempts answered 429 or 503' });
  const outbox = meter.createObservableGauge('mfa.ticket_outbox.depth', { description: 'Ticket notes waiting in the outbox (this instance)' });
  const depthReaders: (() => number)[] = [];
  outbox.addCallback((result) => {
    for (const read of depthReaders) result.observe(read());
  });

  const impl: Telemetry = {
    turn(activityType, fn) {
      const type = ACTIVITY_TYPES.has(activityType) ? activityType : 'other';
      return tracer.startActiveSpan(
        `turn ${type}`,
        { kind: SpanKind.SERVER, attributes: { 'bot.activity.type': type, 'http.request.method': 'POST', 'http.route': '/api/messages' } },
        async (span) => {
          try {
            const result = await fn();
            span.setAttribute('http.response.status_code', 200);
            return result;
          } catch (err) {
            span.setAttribute('http.response.status_code', 500);
            span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'error' });
            throw err;
          } finally {
            span.end();
          }
        },
      );
    },
    annotateTurn(flow) {
      trace.getActiveSpan()?.setAttribute('bot.flow', flow);
    },
    graphCall(method, url, fn) {
      const route = routeTemplate(url);
      let origin: URL | undefined;
      try {
        origin = new URL(url);
      } catch {
        origin = undefined;
      }
      const attributes: Attributes = {
        'http.request.method': method,
        'url.template': route,
        // The URL with every id replaced: App Insights shows it as the dependency's data.
        'url.full': origin ? `${origin.origin}${route}` : route,
        ...(origin ? { 'server.address': origin.hostname } : {}),
      };
      return tracer.startActiveSpan(`${method} ${route}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
        try {
          return await fn((r) => {
            span.setAttributes({
              'http.response.status_code': r.status,
              'graph.retry_count': r.retries,
              ...(r.requestId ? { 'graph.request_id': r.requestId } : {}),
              ...(r.clientRequestId ? { 'graph.client_request_id': r.clientRequestId } : {}),
            });
            if (r.status === 0 || r.status >= 400) span.setStatus({ code: SpanStatusCode.ERROR });
          });
        } catch (err) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'error' });
          throw err;
        } finally {
          span.end();
        }
      });
    },
    graphThrottled(status) {
      throttled.add(1, { status });
    },
    event(e) {
      const counted = count(e);
      if (!counted) return;
      if (counted.metric === 'resets') resets.add(1, { outcome: counted.value });
      else if (counted.metric === 'confirmations') confirmations.add(1, { path: counted.value });
      else refusals.add(1, { reason: counted.value });
      trace.getActiveSpan()?.setAttribute('bot.outcome', counted.metric === 'resets' ? counted.value : `${counted.metric}:${counted.value}`);
    },
    countOutbox(store) {
      return countedOutbox(store, (read) => depthReaders.push(read));
    },
    logFields() {
      const ctx = trace.getActiveSpan()?.spanContext();
      if (!ctx || !trace.isSpanContextValid(ctx)) return undefined;
      return { trace_id: ctx.traceId, span_id: ctx.spanId, trace_flags: `0${ctx.traceFlags.toString(16)}` };
    },
    shutdown: () => shutdownAzureMonitor(),
  };
  installTelemetry(impl);
}

function count(e: ResetEvent): { metric: 'resets' | 'confirmations' | 'refusals'; value: string } | undefined {
  switch (e.type) {
    case 'completed':
      return { metric: 'resets', value: 'completed' };
    case 'failed':
      return { metric: 'resets', value: e.reason };
    case 'confirmed':
      return { metric: 'confirmations', value: e.path };
    case 'refused':
      return { metric: 'refusals', value: e.reason };
    default:
      return undefined;
  }
}
