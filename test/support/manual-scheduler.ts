import type { Scheduler } from '../../src/time/scheduler.js';

interface Timer {
  at: number;
  seq: number;
  callback: () => void;
}

/** Lets every promise continuation that is ready run: setImmediate fires after the microtask queue drains. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A {@link Scheduler} whose clock moves only when the test says so. Timers fire in time order (ties in
 * the order they were set), and after each one the code under test runs until it waits again, so a
 * test sees exactly the attempts, backoffs and deadlines the code computes, on any machine.
 */
export class ManualScheduler implements Scheduler {
  private current: number;
  private seq = 0;
  private timers: Timer[] = [];

  constructor(start = Date.parse('2026-01-05T09:00:00Z')) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimer(ms: number, callback: () => void): () => void {
    const timer: Timer = { at: this.current + Math.max(0, ms), seq: (this.seq += 1), callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Timers set and not yet fired or cancelled. */
  get pending(): number {
    return this.timers.length;
  }

  /** Runs what is ready now, without moving the clock. */
  settle(): Promise<void> {
    return settle();
  }

  /** Moves the clock forward by `ms`, firing every timer that falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    await settle();
    for (let next = this.next(); next !== undefined && next.at <= target; next = this.next()) {
      this.fire(next);
      await settle();
    }
    this.current = target;
    await settle();
  }

  /**
   * Fires timers one after another, jumping the clock to each, until `promise` settles; returns its
   * outcome. Fails when the promise waits on something other than a timer (nothing left to fire) or
   * after `maxTimers` timers (a loop that never ends).
   */
  async runUntil<T>(promise: Promise<T>, maxTimers = 10_000): Promise<T> {
    let state: 'pending' | 'done' = 'pending';
    const watched = promise.finally(() => (state = 'done'));
    watched.catch(() => undefined);
    await settle();
    for (let fired = 0; state === 'pending'; fired += 1) {
      const next = this.next();
      if (next === undefined) throw new Error('runUntil: the promise is pending and no timer is set');
      if (fired >= maxTimers) throw new Error(`runUntil: still pending after ${maxTimers} timers`);
      this.fire(next);
      await settle();
    }
    return watched;
  }

  private next(): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.timers) {
      if (best === undefined || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    }
    return best;
  }

  private fire(timer: Timer): void {
    this.timers = this.timers.filter((t) => t !== timer);
    this.current = Math.max(this.current, timer.at);
    timer.callback();
  }
}

/** Whether a promise has settled by the time everything ready has run (it is not awaited). */
export async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await settle();
  return done;
}
