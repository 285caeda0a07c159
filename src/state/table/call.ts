import { StateUnavailableError } from '../ports.js';

/**
 * One bounded store call. Every request gets its own deadline (the SDK's own retries are off, so
 * this is the whole budget); a status the caller expects (404, 409, 412: a logical answer) comes
 * back as a value, and everything else (network, timeout, throttling, 5xx, 403, an unexpected 4xx)
 * becomes `StateUnavailableError`, which callers treat as "nothing happened".
 */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly status: number; readonly code: string | undefined };

export interface CallOptions {
  readonly timeoutMs: number;
  /** Statuses that are answers, not faults. */
  readonly expect?: readonly number[];
  /**
   * Idempotent reads only: one quick second attempt after a transient fault. Writes are never
   * repeated here: a create whose reply was lost would come back as 409 and refuse a real click.
   */
  readonly retry?: boolean;
}

/**
 * What went wrong, with nothing from the SDK's message (it can quote the request URL, and a SAS
 * URL carries its signature). Safe to log whole.
 */
export class StoreFault extends Error {
  override readonly name = 'StoreFault';
  constructor(
    readonly kind: 'timeout' | 'network' | 'status',
    readonly status: number | undefined,
    readonly code: string | undefined,
  ) {
    super(kind === 'status' ? `store answered ${status}${code ? ` ${code}` : ''}` : `store ${kind}${code ? ` (${code})` : ''}`);
  }

  get transient(): boolean {
    return this.kind !== 'status' || this.status === 408 || this.status === 429 || (this.status ?? 0) >= 500;
  }
}

const RETRY_DELAY_MS = 50;

export async function call<T>(operation: string, fn: (signal: AbortSignal) => Promise<T>, opts: CallOptions): Promise<Outcome<T>> {
  const first = await once(fn, opts);
  if (!(first instanceof StoreFault)) return first;
  if (opts.retry && first.transient) {
    await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
    const second = await once(fn, opts);
    if (!(second instanceof StoreFault)) return second;
    throw new StateUnavailableError(operation, { cause: second });
  }
  throw new StateUnavailableError(operation, { cause: first });
}

async function once<T>(fn: (signal: AbortSignal) => Promise<T>, opts: CallOptions): Promise<Outcome<T> | StoreFault> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    return { ok: true, value: await fn(signal) };
  } catch (e) {
    const fault = toFault(e, signal.aborted);
    if (fault.kind === 'status' && fault.status !== undefined && opts.expect?.includes(fault.status)) {
      return { ok: false, status: fault.status, code: fault.code };
    }
    return fault;
  }
}

function toFault(e: unknown, timedOut: boolean): StoreFault {
  if (timedOut) return new StoreFault('timeout', undefined, undefined);
  const o = typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : {};
  const code = safeCode(o.code);
  if (typeof o.statusCode === 'number' && o.statusCode > 0) return new StoreFault('status', o.statusCode, code);
  return new StoreFault('network', undefined, code);
}

/** Service error codes and errno names are short identifiers; anything else is dropped. */
function safeCode(v: unknown): string | undefined {
  return typeof v === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(v) ? v : undefined;
}
