import type { Logger } from '../logger.js';

/**
 * botbuilder writes to the console itself: CloudAdapter `console.error`s every failed request
 * with its stack, and the JWT validator prints every rejected token's error (about 850 bytes of
 * unstructured stderr per request, at any LOG_LEVEL, past pino's redaction). While an
 * authentication runs inside `withConsoleCaptured`, console output goes to pino at debug level
 * instead, summarised (no stacks). A counter rather than AsyncLocalStorage: on Node 20 the latter
 * turns on promise hooks for the whole process, a cost on every turn. The bot's own code never
 * uses the console, so what is captured in that window is library output.
 */
let active = 0;
let sink: Logger | undefined;
let installed = false;

export async function withConsoleCaptured<T>(log: Logger, fn: () => Promise<T>): Promise<T> {
  install();
  sink = log;
  active++;
  try {
    return await fn();
  } finally {
    active--;
  }
}

const METHODS = ['error', 'warn', 'log', 'info', 'debug', 'trace'] as const;

function install(): void {
  if (installed) return;
  installed = true;
  for (const method of METHODS) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      if (active === 0 || !sink) {
        original(...args);
        return;
      }
      sink.debug({ console: method, detail: args.map(summarise) }, 'library console output');
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
