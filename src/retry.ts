import { isRetriable } from './errors.js';
import { pause, realScheduler, type Scheduler } from './time/scheduler.js';

/** Retry policy: exponential backoff with full jitter. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 5_000 };

/** Where {@link withRetry} waits and draws its jitter; tests pass a manual scheduler and a constant. */
export interface RetryTiming {
  scheduler?: Scheduler;
  /** Jitter source in [0, 1). */
  random?: () => number;
}

/**
 * Runs `operation` until it succeeds, fails with a non-retriable error, or runs out of attempts.
 * `onRetry` sees each failure that will be retried (for metrics and logs).
 */
export async function withRetry<T>(
  operation: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: (error: unknown, attempt: number) => void,
  timing: RetryTiming = {},
): Promise<T> {
  const scheduler = timing.scheduler ?? realScheduler;
  const random = timing.random ?? Math.random;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error: unknown) {
      if (attempt >= policy.attempts || !isRetriable(error)) throw error;
      onRetry?.(error, attempt);
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      await pause(scheduler, random() * ceiling);
    }
  }
}
