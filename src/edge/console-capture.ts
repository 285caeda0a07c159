import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '../logger.js';

/**
 * botbuilder writes to the console itself: CloudAdapter `console.error`s every failed request
 * with its stack, and the JWT validator prints every rejected token's error (about 850 bytes of
 * unstructured stderr per request, at any LOG_LEVEL, past pino's redaction). Calls made while a
 * request is handled inside `withConsoleCaptured` go to that request's logger at debug level
 * instead, summarised (no stacks); console output from anywhere else is left untouched.
 */
const scope = new AsyncLocalStorage<Logger>();
let installed = false;

export function withConsoleCaptured<T>(log: Logger, fn: () => Promise<T>): Promise<T> {
  install();
  return scope.run(log, fn);
}

const METHODS = ['error', 'warn', 'log', 'info', 'debug', 'trace'] as const;

function install(): void {
  if (installed) return;
  installed = true;
  for (const method of METHODS) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      const log = scope.getStore();
      if (!log) {
        original(...args);
        return;
      }
      log.debug({ console: method, detail: args.map(summarise) }, 'library console output');
    };
  }
}

function summarise(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: clip(value.message) };
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return value;
  return clip(Object.prototype.toString.call(value));
}

function clip(s: string): string {
  return s.length > 300 ? `${s.slice(0, 299)}…` : s;
}
