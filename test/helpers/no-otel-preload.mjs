// Test preload (`node --import <this file>`): any attempt to load an OpenTelemetry or Azure
// Monitor module, through import or require, fails loudly with "[no-otel]". The bot must start
// and serve without telemetry configured, so it never meets this.
import Module, { register } from 'node:module';

const FORBIDDEN =
  /(^|[\\/])@opentelemetry[\\/]|^@opentelemetry\/|(^|[\\/])@azure[\\/]monitor-opentelemetry|^@azure\/monitor-opentelemetry|[\\/]telemetry[\\/]azure-monitor\.js$/;

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (FORBIDDEN.test(request)) throw new Error(`[no-otel] required ${request}`);
  return originalResolve.call(this, request, ...rest);
};

const hooks = `
const FORBIDDEN = ${FORBIDDEN.toString()};
export async function resolve(specifier, context, next) {
  if (FORBIDDEN.test(specifier)) throw new Error('[no-otel] imported ' + specifier);
  return next(specifier, context);
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
