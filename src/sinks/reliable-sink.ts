import type { Alert, Severity } from '../../schemas/alert.js';
import { SinkError, describeError, isRetriable } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { withRetry, type RetryPolicy } from '../retry.js';
import { pause, realScheduler, type Scheduler } from '../time/scheduler.js';
import type { AlertFormatter } from '../formats/alert-formatter.js';
import { atLeast, type AlertSink } from './alert-sink.js';
import { DeliveryError, abortion, type AlertTransport, type RenderedAlert } from './alert-transport.js';
import type { DeadLetter } from '../dead-letter/dead-letter.js';
import type { ParkReason, ParkedAlert } from '../dead-letter/parked-alert.js';

/** The delivery knobs of one sink (the `batch`, `buffer`, `retry` and `timeout_ms` config fields). */
export interface ReliableSinkSettings {
  batchMaxAlerts: number;
  batchMaxBytes: number;
  bufferMaxAlerts: number;
  drainTimeoutMs: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  maxRetryMs: number;
  timeoutMs: number;
}

/** The sink metrics of `createMetrics()`. */
export type SinkMetrics = Pick<
  Metrics,
  'sinkSent' | 'sinkFailed' | 'sinkRetried' | 'sinkDeadLettered' | 'sinkBufferDepth'
>;

/** Options of {@link ReliableSink}. */
export interface ReliableSinkOptions {
  name: string;
  transport: AlertTransport;
  format: AlertFormatter;
  minSeverity: Severity;
  deadLetter: DeadLetter<ParkedAlert>;
  settings: ReliableSinkSettings;
  metrics: SinkMetrics;
  logger: Logger;
  /** Jitter source in [0, 1); tests pass a constant. */
  random?: () => number;
  /** Clock and timers of retries, attempt timeouts and the drain deadline (default: real timers). */
  scheduler?: Scheduler;
}

/**
 * A dead-letter write is local (a file) or to the cluster the pipeline itself depends on: a few quick
 * retries cover a hiccup; past them the send fails and the input offsets stay uncommitted.
 */
const DEAD_LETTER_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 2_000 };

/** The alerts of one `send` call: it resolves when every one of them is delivered or parked. */
interface Ticket {
  remaining: number;
  failure: unknown;
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface Entry {
  readonly rendered: RenderedAlert;
  /** When it entered the buffer: `retry.max_retry_ms` counts from here. */
  readonly enqueuedAt: number;
  readonly ticket: Ticket;
}

type Outcome =
  { kind: 'delivered' } | { kind: 'split' } | { kind: 'park'; reason: ParkReason; error: unknown };

/**
 * The delivery mechanics every sink shares, around a protocol's {@link AlertTransport}:
 *
 * - **Buffer and backpressure.** `send` renders its alerts and queues them in a buffer bounded by
 *   `bufferMaxAlerts` (queued plus in flight). When it is full, `send` waits for room: the pipeline slows
 *   to the receiver's pace instead of dropping alerts or growing memory.
 * - **Completion.** `send` resolves only when each of its alerts was delivered or parked durably in the
 *   dead letter, so the pipeline commits input offsets only for alerts that are safe. While a receiver is
 *   down, `send` does not resolve. It rejects only if an alert could neither be delivered nor parked.
 * - **Batching.** One worker per sink takes up to `batchMaxAlerts` / `batchMaxBytes` from the head of the
 *   buffer per delivery; alerts of concurrent `send` calls share batches, and alerts that arrive while a
 *   batch is in flight form the next one (no linger timer: latency stays one round trip).
 * - **Retry.** Retriable failures are retried with exponential backoff and full jitter, capped at
 *   `maxBackoffMs` (longer if the receiver sent Retry-After), until `maxRetryMs` after the oldest alert of
 *   the batch entered the buffer. Each attempt is bounded by `timeoutMs`. Batches go one at a time, in order.
 * - **Park.** A non-retriable failure parks the batch (reason `rejected`); if the receiver refused the
 *   content, the batch is split in halves first so only the refused alerts are parked. A batch that runs
 *   out of retry time is parked (`retry_exhausted`) and the receiver is then considered down: each later
 *   batch gets one attempt and is parked if it fails, so the pipeline moves on at the dead letter's pace
 *   instead of stalling `maxRetryMs` per batch, until a delivery succeeds again.
 * - **Shutdown.** `close` stops new sends, keeps delivering for up to `drainTimeoutMs`, then parks what is
 *   left (`shutdown`).
 *
 * Delivery is at-least-once: a retried batch may reach the receiver twice, with the same alert ids.
 */
export class ReliableSink implements AlertSink {
  readonly name: string;
  private readonly transport: AlertTransport;
  private readonly format: AlertFormatter;
  private readonly minSeverity: Severity;
  private readonly deadLetter: DeadLetter<ParkedAlert>;
  private readonly settings: ReliableSinkSettings;
  private readonly metrics: SinkMetrics;
  private readonly logger: Logger;
  private readonly random: () => number;
  private readonly scheduler: Scheduler;
  private readonly labels: { sink: string };

  private readonly queue: Entry[] = [];
  private inFlight = 0;
  private roomWaiters: Array<() => void> = [];
  private worker: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  private drainDeadline = Number.POSITIVE_INFINITY;
  private readonly drainAbort = new AbortController();
  /** Set when a batch ran out of retry time; cleared by the next successful delivery. */
  private receiverDown = false;

  constructor(options: ReliableSinkOptions) {
    this.name = options.name;
    this.transport = options.transport;
    this.format = options.format;
    this.minSeverity = options.minSeverity;
    this.deadLetter = options.deadLetter;
    this.settings = options.settings;
    this.metrics = options.metrics;
    this.logger = options.logger;
    this.random = options.random ?? Math.random;
    this.scheduler = options.scheduler ?? realScheduler;
    this.labels = { sink: options.name };
    // Zero-valued series from the start, so dashboards and rate() see the sink before its first alert.
    this.metrics.sinkSent.inc(this.labels, 0);
    this.metrics.sinkFailed.inc(this.labels, 0);
    this.metrics.sinkRetried.inc(this.labels, 0);
    this.metrics.sinkDeadLettered.inc(this.labels, 0);
    this.metrics.sinkBufferDepth.set(this.labels, 0);
  }

  /** Alerts queued or in flight. */
  get depth(): number {
    return this.queue.length + this.inFlight;
  }

  /** Where this sink delivers, for logs. */
  get description(): string {
    return this.transport.description;
  }

  /**
   * Queues the alerts at or above the sink's minimum severity; resolves once every one of them is
   * delivered or parked in the dead letter. Waits while the buffer is full (backpressure).
   *
   * @throws SinkError if the sink is closed, or (after the other alerts are settled) if an alert could
   *   neither be delivered nor written to the dead letter.
   */
  async send(alerts: readonly Alert[]): Promise<void> {
    if (this.closing) throw new SinkError(`${this.name}: sink is closed`, { retriable: false });
    const selected = atLeast(alerts, this.minSeverity);
    if (selected.length === 0) return;
    const { ticket, done } = createTicket(selected.length);
    const unrenderable: Array<{ entry: Entry; error: unknown }> = [];
    for (const alert of selected) {
      let payload: string;
      try {
        payload = this.format(alert);
      } catch (error: unknown) {
        const entry = {
          rendered: { alert, payload: '', bytes: 0 },
          enqueuedAt: this.scheduler.now(),
          ticket,
        };
        unrenderable.push({ entry, error });
        continue;
      }
      if (this.depth >= this.settings.bufferMaxAlerts) {
        this.kick();
        await this.waitForRoom();
      }
      const rendered = { alert, payload, bytes: Buffer.byteLength(payload, 'utf8') };
      this.queue.push({ rendered, enqueuedAt: this.scheduler.now(), ticket });
      this.updateDepth();
    }
    // Queued synchronously when there is room, so one send's alerts form full batches.
    this.kick();
    for (const { entry, error } of unrenderable) await this.park([entry], 'render_failed', error);
    return done;
  }

  /** Stops accepting alerts, delivers what is buffered (up to the drain timeout), parks the rest. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    this.drainDeadline = this.scheduler.now() + this.settings.drainTimeoutMs;
    const cancelTimer = this.scheduler.setTimer(this.settings.drainTimeoutMs, () => this.drainAbort.abort());
    try {
      // A send that was waiting for room may still queue alerts: loop until the worker stays idle.
      while (this.worker) await this.worker;
    } finally {
      cancelTimer();
    }
    await this.transport.close();
    await this.deadLetter.close();
  }

  private async waitForRoom(): Promise<void> {
    while (this.depth >= this.settings.bufferMaxAlerts) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
  }

  private wakeWaiters(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const wake of waiters) wake();
  }

  private updateDepth(): void {
    this.metrics.sinkBufferDepth.set(this.labels, this.depth);
  }

  private kick(): void {
    if (this.worker) return;
    this.worker = this.drain()
      .catch((error: unknown) => {
        // drain() settles every entry itself; reaching here is a bug, but must not kill the process.
        this.logger.error({ err: error }, 'sink worker failed');
      })
      .finally(() => {
        this.worker = undefined;
        if (this.queue.length > 0) this.kick();
      });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      this.inFlight += batch.length;
      try {
        await this.deliverBatch(batch);
      } finally {
        this.inFlight -= batch.length;
        this.updateDepth();
        this.wakeWaiters();
      }
    }
  }

  /** The head of the queue, bounded by count and bytes; never empty (an oversize alert goes alone). */
  private takeBatch(): Entry[] {
    let bytes = 0;
    let count = 0;
    for (const entry of this.queue) {
      if (count >= this.settings.batchMaxAlerts) break;
      if (count > 0 && bytes + entry.rendered.bytes > this.settings.batchMaxBytes) break;
      bytes += entry.rendered.bytes;
      count += 1;
    }
    return this.queue.splice(0, count);
  }

  private async deliverBatch(batch: Entry[]): Promise<void> {
    const pending: Entry[][] = [batch];
    for (let part = pending.shift(); part !== undefined; part = pending.shift()) {
      const outcome = await this.attemptUntilSettled(part);
      switch (outcome.kind) {
        case 'delivered':
          this.metrics.sinkSent.inc(this.labels, part.length);
          settle(part);
          break;
        case 'split': {
          const middle = Math.ceil(part.length / 2);
          pending.unshift(part.slice(0, middle), part.slice(middle));
          break;
        }
        case 'park':
          await this.park(part, outcome.reason, outcome.error);
          break;
      }
    }
  }

  private async attemptUntilSettled(part: readonly Entry[]): Promise<Outcome> {
    let oldest = Number.POSITIVE_INFINITY;
    for (const entry of part) oldest = Math.min(oldest, entry.enqueuedAt);
    const deadline = oldest + this.settings.maxRetryMs;
    for (let failures = 0; ;) {
      try {
        await this.attempt(part);
        if (failures > 0 || this.receiverDown) {
          this.logger.info({ failures, alerts: part.length }, 'sink delivering again');
        }
        this.receiverDown = false;
        return { kind: 'delivered' };
      } catch (error: unknown) {
        failures += 1;
        this.metrics.sinkFailed.inc(this.labels);
        if (!isRetriable(error)) {
          if (part.length > 1 && error instanceof DeliveryError && error.contentRefused) {
            return { kind: 'split' };
          }
          return { kind: 'park', reason: 'rejected', error };
        }
        const now = this.scheduler.now();
        if (now >= this.drainDeadline) return { kind: 'park', reason: 'shutdown', error };
        if (this.receiverDown || now >= deadline) {
          if (!this.receiverDown) {
            this.logger.error(
              { err: error, failures, max_retry_ms: this.settings.maxRetryMs },
              'sink receiver down past max_retry_ms: parking alerts until a delivery succeeds',
            );
          }
          this.receiverDown = true;
          return { kind: 'park', reason: 'retry_exhausted', error };
        }
        this.metrics.sinkRetried.inc(this.labels);
        const delay = this.backoff(failures, error, Math.min(deadline, this.drainDeadline) - now);
        const log = { err: error, failures, alerts: part.length, retry_in_ms: Math.round(delay) };
        if (failures === 1) this.logger.warn(log, 'sink delivery failed, retrying');
        else this.logger.debug(log, 'sink delivery failed, retrying');
        // Aborted by the drain timeout: the next failure parks.
        await pause(this.scheduler, delay, this.drainAbort.signal);
      }
    }
  }

  /** Full-jitter exponential backoff, raised to Retry-After, never past the time left. */
  private backoff(failures: number, error: unknown, remainingMs: number): number {
    const { initialBackoffMs, maxBackoffMs } = this.settings;
    const ceiling = Math.min(maxBackoffMs, initialBackoffMs * 2 ** Math.min(failures - 1, 30));
    let delay = this.random() * ceiling;
    if (error instanceof DeliveryError && error.retryAfterMs !== undefined) {
      delay = Math.max(delay, Math.min(error.retryAfterMs, maxBackoffMs));
    }
    return Math.max(0, Math.min(delay, remainingMs));
  }

  /** One bounded attempt: the transport's own handling of the signal, raced for transports that hang. */
  private async attempt(part: readonly Entry[]): Promise<void> {
    const controller = new AbortController();
    const { timeoutMs } = this.settings;
    const cancelTimer = this.scheduler.setTimer(timeoutMs, () =>
      controller.abort(
        new DeliveryError(`${this.transport.description}: no confirmation within ${timeoutMs} ms`),
      ),
    );
    const onDrainTimeout = (): void =>
      controller.abort(new DeliveryError(`${this.transport.description}: shutdown drain timeout`));
    if (this.drainAbort.signal.aborted) onDrainTimeout();
    else this.drainAbort.signal.addEventListener('abort', onDrainTimeout, { once: true });
    const aborted = abortion(controller.signal);
    try {
      const delivery = this.transport.deliver(
        part.map((e) => e.rendered),
        controller.signal,
      );
      await Promise.race([delivery, aborted.promise]);
    } finally {
      cancelTimer();
      aborted.dispose();
      this.drainAbort.signal.removeEventListener('abort', onDrainTimeout);
    }
  }

  private async park(entries: readonly Entry[], reason: ParkReason, error: unknown): Promise<void> {
    const records: ParkedAlert[] = entries.map((e) => ({
      reason,
      error: describeError(error),
      sink: this.name,
      alert: e.rendered.alert,
    }));
    try {
      await withRetry(
        () => this.deadLetter.park(records),
        DEAD_LETTER_RETRY,
        (retryError: unknown, attempt: number) =>
          this.logger.warn({ err: retryError, attempt }, 'dead letter write failed, retrying'),
        { scheduler: this.scheduler, random: this.random },
      );
    } catch (parkError: unknown) {
      this.logger.error(
        { err: parkError, reason, alerts: entries.length },
        'alerts could neither be delivered nor parked',
      );
      settle(
        entries,
        new SinkError(
          `${this.name}: ${entries.length} alert(s) neither delivered (${describeError(error)}) nor parked in ${this.deadLetter.description} (${describeError(parkError)})`,
          { cause: parkError },
        ),
      );
      return;
    }
    this.metrics.sinkDeadLettered.inc(this.labels, entries.length);
    this.logger.error(
      { err: error, reason, alerts: entries.length, dead_letter: this.deadLetter.description },
      'alerts parked in dead letter',
    );
    settle(entries);
  }
}

function createTicket(count: number): { ticket: Ticket; done: Promise<void> } {
  let resolve: () => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const done = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // The caller awaits `done` only after queuing everything; a rejection before that is not unhandled.
  done.catch(() => undefined);
  return { ticket: { remaining: count, failure: undefined, resolve, reject }, done };
}

function settle(entries: readonly Entry[], failure?: unknown): void {
  for (const { ticket } of entries) {
    if (failure !== undefined && ticket.failure === undefined) ticket.failure = failure;
    ticket.remaining -= 1;
    if (ticket.remaining === 0) {
      if (ticket.failure === undefined) ticket.resolve();
      else ticket.reject(ticket.failure);
    }
  }
}
