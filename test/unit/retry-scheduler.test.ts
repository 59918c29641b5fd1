import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { withRetry } from '../../src/retry.js';
import { pause } from '../../src/time/scheduler.js';
import { ManualScheduler, hasSettled } from '../support/manual-scheduler.js';

describe('withRetry on an injected scheduler', () => {
  it('waits the full-jitter backoff between attempts on the given clock', async () => {
    const clock = new ManualScheduler(0);
    const at: number[] = [];
    let calls = 0;
    const result = clock.runUntil(
      withRetry(
        () => {
          at.push(clock.now());
          calls += 1;
          return calls < 4 ? Promise.reject(new StoreError('busy')) : Promise.resolve('ok');
        },
        { attempts: 5, baseDelayMs: 100, maxDelayMs: 250 },
        undefined,
        { scheduler: clock, random: () => 1 },
      ),
    );
    expect(await result).toBe('ok');
    // 100, 200, then capped at 250.
    expect(at).toEqual([0, 100, 300, 550]);
  });

  it('gives up at once on a non-retriable error and after the last attempt otherwise', async () => {
    const clock = new ManualScheduler(0);
    const refused = new StoreError('syntax', { retriable: false });
    await expect(
      clock.runUntil(withRetry(() => Promise.reject(refused), undefined, undefined, { scheduler: clock })),
    ).rejects.toBe(refused);
    expect(clock.now()).toBe(0);
    let calls = 0;
    await expect(
      clock.runUntil(
        withRetry(
          () => {
            calls += 1;
            return Promise.reject(new StoreError('down'));
          },
          { attempts: 3, baseDelayMs: 10, maxDelayMs: 10 },
          undefined,
          { scheduler: clock, random: () => 0.5 },
        ),
      ),
    ).rejects.toThrow('down');
    expect(calls).toBe(3);
    expect(clock.now()).toBe(10);
  });
});

describe('pause', () => {
  it('resolves when its time comes on the clock, or at once when the signal aborts', async () => {
    const clock = new ManualScheduler(0);
    const waiting = pause(clock, 50);
    await clock.advance(49);
    expect(await hasSettled(waiting)).toBe(false);
    await clock.advance(1);
    expect(await hasSettled(waiting)).toBe(true);

    const controller = new AbortController();
    const aborted = pause(clock, 1_000, controller.signal);
    controller.abort();
    expect(await hasSettled(aborted)).toBe(true);
    expect(clock.pending).toBe(0);
  });
});
