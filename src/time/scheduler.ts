/**
 * Wall-clock time and timers for the parts that wait on the real world: sink retries and their
 * backoff, attempt timeouts, drain deadlines. Injected so tests drive time step by step instead of
 * sleeping and hoping the machine was fast enough. Detection never uses it: it runs on event time.
 */
export interface Scheduler {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `callback` once, `ms` from now; the returned function cancels it if it has not run. */
  setTimer(ms: number, callback: () => void): () => void;
}

/** The process's clock and timers (`Date.now`, `setTimeout`). */
export const realScheduler: Scheduler = {
  now: () => Date.now(),
  setTimer(ms, callback) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** Resolves after `ms` on `scheduler`, or as soon as `signal` aborts (it never rejects). */
export function pause(scheduler: Scheduler, ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let cancel = (): void => undefined;
    const done = (): void => {
      cancel();
      signal?.removeEventListener('abort', done);
      resolve();
    };
    cancel = scheduler.setTimer(ms, done);
    signal?.addEventListener('abort', done, { once: true });
  });
}
