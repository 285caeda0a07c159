/** A time limit on one operation, optionally tied to the caller's own signal. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** The operation is over: drop the timer and the link to the caller's signal. */
  dispose(): void;
}

/** setTimeout's ceiling; longer delays would fire at once. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Like `AbortSignal.any([outer, AbortSignal.timeout(ms)])`, aborting with the same TimeoutError,
 * but its timer goes away as soon as the operation ends. Node 20 keeps AbortSignal.timeout's
 * timer and weak references alive for the whole timeout (65–180 s here) whether or not the
 * operation finished: under load that is tens of thousands of pending timers, and with
 * AbortSignal.any about 70 µs of CPU and GC per Graph call (measured with `npm run bench`).
 */
export function deadline(ms: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  if (outer?.aborted) {
    controller.abort(outer.reason);
    return { signal: controller.signal, dispose() {} };
  }
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    Math.min(Math.max(0, ms), MAX_DELAY_MS),
  );
  timer.unref();
  const onOuterAbort = () => {
    clearTimeout(timer);
    controller.abort(outer?.reason);
  };
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
