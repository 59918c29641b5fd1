import type { Alert } from '../../schemas/alert.js';
import type { AgentEvent } from '../../schemas/event.js';
import type { BaselineRegistry } from '../baseline/baseline-registry.js';
import { cleanVerdict } from '../baseline/agent-baseline.js';
import type { DeadLetter } from '../dead-letter/dead-letter.js';
import { describeOrigin, type RecordOrigin, type RejectedRecord } from '../dead-letter/rejected-record.js';
import type { DetectorRunner } from '../detection/detector-runner.js';
import type { RejectReason } from '../errors.js';
import type { SecretRedactor } from '../events/secret-redaction.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { AlertSink } from '../sinks/alert-sink.js';
import { encodeEventRow, type AgentwatchStore } from '../store/agentwatch-store.js';
import type { IdentityContext } from '../registry/identity-context.js';
import { decodeV1, type RecordDecoder } from './event-decoder.js';
import type { PostureSweep } from './posture-sweep.js';
import type { DatedIdentityRecords } from '../registry/dated-identity.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRetriable } from '../errors.js';

/** Longest stretch of detection work between two deliveries of alerts (and event-loop turns). */
const SLICE_MS = 10;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One input record as a source hands it over. */
export interface InputRecord {
  value: Buffer | string | null;
  origin: RecordOrigin;
  /**
   * Set by a source that refused the record itself (e.g. a line too long to keep): the record is
   * dead-lettered with this reason and `value` (then only a sample of it), never decoded.
   */
  refusal?: { reason: RejectReason; error: string };
}

/** Running totals of a pipeline, for the replay summary and tests. */
export interface PipelineStats {
  read: number;
  valid: number;
  stored: number;
  rejected: number;
  alerts: number;
}

export interface PipelineOptions {
  registry: BaselineRegistry;
  runner: DetectorRunner;
  sinks: readonly AlertSink[];
  deadLetter: DeadLetter<RejectedRecord>;
  /** Absent: nothing is stored (tests of pure detection). */
  store: AgentwatchStore | undefined;
  metrics: Metrics;
  logger: Logger;
  sourceKind: 'kafka' | 'file';
  maxEventBytes: number;
  batchMaxRows: number;
  batchMaxMs: number;
  /** Changed baselines are written at most this often (wall clock), and always at `finish`. */
  baselinePersistMs: number;
  /**
   * How long a failing checkpoint write (ClickHouse down, or refusing writes) is retried, with
   * backoff, before it is fatal. Meanwhile the pipeline holds (backpressure) and nothing is
   * committed. Absent: the store client's own few retries only.
   */
  storeRetryMs?: number;
  /** Input format: native v1 events by default; adapters map other shapes. */
  decode?: RecordDecoder;
  /** Redacts secrets in every accepted event before it is learned, alerted on or stored. */
  redactor?: SecretRedactor | undefined;
  /** Registry, directory and inventory: detectors read it, events fill it. */
  identity?: IdentityContext;
  /** Replay: later versions of registry and directory records, applied as event time reaches them. */
  datedIdentity?: DatedIdentityRecords | undefined;
  /**
   * The periodic posture sweep. `event`: due by event time (replay; a last one at `finish`);
   * `wall`: due by the wall clock (`run`, where `sweepIfDue` is also called by a timer).
   */
  sweep?: { sweep: PostureSweep; clock: 'event' | 'wall' };
  /** Called for every refused record, e.g. to report line numbers on stderr. */
  onReject?: (entry: RejectedRecord) => void;
}

/**
 * decode -> validate -> baseline -> detectors -> alerts -> sinks, and events to ClickHouse in batches.
 * Single-threaded by construction: callers await each call before the next.
 */
export class Pipeline {
  readonly stats: PipelineStats = { read: 0, valid: 0, stored: 0, rejected: 0, alerts: 0 };
  private readonly o: PipelineOptions;
  /**
   * Events processed since the last checkpoint, encoded for the store (none without a store): one
   * string per batch, so thousands of small strings do not outlive young-generation collections.
   */
  private pendingEvents: string[] = [];
  private pendingCount = 0;
  private pendingAlerts: Alert[] = [];
  private oldestPendingAt = 0;
  private baselinesPersistedAt = Date.now();
  private writing: Promise<void> = Promise.resolve();
  /** Aborted by `abort()`: a checkpoint write retrying through an outage gives up at once. */
  private readonly aborter = new AbortController();

  private readonly decode: RecordDecoder;
  /** The cohort refresh under way, if any (`refreshCohorts`). */
  private cohortRefresh: Promise<void> | undefined;
  /** Latest event time processed (the posture sweep's clock in replay). */
  private eventTime = -Infinity;

  constructor(options: PipelineOptions) {
    this.o = options;
    this.decode = options.decode ?? decodeV1;
    // With a store, every cohort member's contribution is written with the baselines, so the
    // instances of a group (`refreshCohorts`) and later runs find every cohort in the store.
    if (options.store) options.registry.trackCohortContributions();
  }

  /**
   * Processes a batch. When it resolves, its alerts were accepted by every sink and its refused
   * records are in the dead letter; its events are buffered until `checkpoint`. Resolves with the
   * ids of the agents it held (a Kafka source tracks which agents each partition brings).
   */
  async processBatch(records: readonly InputRecord[]): Promise<ReadonlySet<string>> {
    const { metrics, sourceKind } = this.o;
    const started = performance.now();
    const events: AgentEvent[] = [];
    const rejected: RejectedRecord[] = [];
    for (const record of records) {
      this.stats.read += 1;
      const raw = record.value ?? '';
      const decodedRecords = record.refusal
        ? [{ ok: false as const, ...record.refusal }]
        : this.decode(raw, this.o.maxEventBytes);
      for (const decoded of decodedRecords) {
        if (decoded.ok) {
          events.push(this.o.redactor ? this.o.redactor.redact(decoded.event) : decoded.event);
          continue;
        }
        const entry = this.rejectedEntry(
          decoded.reason,
          decoded.error,
          record.origin,
          typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw,
        );
        rejected.push(entry);
        this.o.onReject?.(entry);
        metrics.eventsRejected.inc({ source: sourceKind, reason: decoded.reason });
        this.o.logger.debug(
          { origin: describeOrigin(record.origin), reason: decoded.reason },
          'record rejected',
        );
      }
    }
    metrics.eventsReceived.inc({ source: sourceKind }, records.length);
    this.stats.valid += events.length;
    this.stats.rejected += rejected.length;
    if (rejected.length > 0) {
      await this.o.deadLetter.park(rejected);
      metrics.deadLetters.inc({ kind: 'event' }, rejected.length);
    }

    const { registry, runner } = this.o;
    await registry.ensureLoaded(events.map((e) => e.agent.id));
    let alerts: Alert[] = [];
    const deliveries: Promise<void>[] = [];
    let sliceStart = performance.now();
    const identity = this.o.identity;
    const dated = identity ? this.o.datedIdentity : undefined;
    for (const event of events) {
      if (dated && identity) dated.applyUpTo(identity, event.ts);
      const view = registry.view(event);
      const result = runner.process(event, identity ? { ...view, identity } : view);
      if (result.alerts.length > 0) alerts.push(...result.alerts);
      registry.learn(event, result.verdict);
      identity?.learn(event, view.learning, cleanVerdict(result.verdict));
      if (event.ts > this.eventTime) this.eventTime = event.ts;
      // Alerts leave every few milliseconds instead of at the end of a large batch: bounded
      // event-to-alert latency, and the event loop gets to breathe (fetches, HTTP, timers).
      if (performance.now() - sliceStart >= SLICE_MS) {
        // Handed to the sinks now, awaited at the end of the batch: detection goes on meanwhile.
        if (alerts.length > 0) deliveries.push(this.startDelivery(alerts));
        alerts = [];
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    if (alerts.length > 0) deliveries.push(this.startDelivery(alerts));
    alerts = [];
    await this.sweepIfDue(deliveries);
    alerts.push(...runner.closeExpired());
    metrics.trackedAgents.set(registry.size);
    if (identity) {
      metrics.identityAgents.set({ kind: 'registered' }, identity.registrySize);
      metrics.identityAgents.set({ kind: 'seen' }, identity.seenSize);
    }
    metrics.batchDuration.observe({ stage: 'process' }, (performance.now() - started) / 1000);

    if (alerts.length > 0) deliveries.push(this.startDelivery(alerts));
    await Promise.all(deliveries);
    if (this.pendingCount === 0 && events.length > 0) this.oldestPendingAt = Date.now();
    this.pendingCount += events.length;
    if (this.o.store && events.length > 0) this.pendingEvents.push(events.map(encodeEventRow).join('\n'));
    const agents = new Set<string>();
    for (const event of events) agents.add(event.agent.id);
    return agents;
  }

  /**
   * Forgets agents whose partitions moved to another instance (their state was written first):
   * seen again, they are reloaded from the store.
   */
  dropAgents(agentIds: Iterable<string>): number {
    const n = this.o.registry.drop(agentIds);
    this.o.metrics.trackedAgents.set(this.o.registry.size);
    return n;
  }

  /** Forgets every agent and everything buffered, unwritten (the group went on without us). */
  dropAll(): void {
    this.o.registry.dropAll();
    this.pendingEvents = [];
    this.pendingCount = 0;
    this.pendingAlerts = [];
    this.o.metrics.trackedAgents.set(0);
  }

  /**
   * A refused record for the dead letter: without the secrets it carries when a redactor is set (the
   * parser's error may quote the record, so it is redacted too). A record with no secret keeps its
   * original bytes.
   */
  private rejectedEntry(
    reason: RejectReason,
    error: string,
    origin: RecordOrigin,
    raw: Buffer,
  ): RejectedRecord {
    const redactor = this.o.redactor;
    if (!redactor) return { reason, error, origin, raw };
    const record = redactor.redactRecord(raw);
    return {
      reason,
      error: redactor.redactText(error),
      origin,
      raw: record.raw,
      ...(record.redacted ? { redacted: true } : {}),
    };
  }

  /** Whether buffered events should be written now (size or age, whichever comes first). */
  checkpointDue(): boolean {
    if (this.pendingCount === 0 && this.pendingAlerts.length === 0) return false;
    return this.pendingCount >= this.o.batchMaxRows || Date.now() - this.oldestPendingAt >= this.o.batchMaxMs;
  }

  /** Whether the next checkpoint is due to write the changed baselines too (every `baselinePersistMs`). */
  baselinesDue(): boolean {
    return Date.now() - this.baselinesPersistedAt >= this.o.baselinePersistMs;
  }

  /**
   * Waits for the write in flight (one at a time: a slow store slows the pipeline instead of
   * queueing writes in memory), then starts writing the buffered events and alerts, and the changed
   * baselines when due or forced, without waiting for it: the next batch is processed meanwhile.
   * Resolves with whether baselines are part of this write. A failed write is fatal for this
   * pipeline: every later checkpoint rethrows it (the source then stops without committing).
   */
  async startCheckpoint(options: { forceBaselines?: boolean } = {}): Promise<boolean> {
    await this.writing;
    const store = this.o.store;
    const { registry, metrics } = this.o;
    // Every earlier write is durable now: agents chosen for eviction whose last change it held
    // can go; above the cap, the least recently active are chosen and written with this one.
    let evicting = false;
    if (store) {
      const evicted = registry.evictWritten();
      if (evicted > 0) {
        metrics.baselinesEvicted.inc(evicted);
        metrics.trackedAgents.set(registry.size);
      }
      evicting = registry.chooseEvictions() > 0;
    }
    // While a cohort refresh is under way no contribution is taken (its row could reach the totals
    // the refresh reads and be counted twice): an ordinary checkpoint leaves them for the next
    // one, but agents about to leave memory (a revocation, an eviction, the last write) must have
    // theirs written now, so those wait for the refresh to end (seconds with many members).
    if (options.forceBaselines === true || evicting) await this.cohortRefreshSettled();
    const events = this.pendingEvents;
    const eventCount = this.pendingCount;
    const alerts = this.pendingAlerts;
    this.pendingEvents = [];
    this.pendingCount = 0;
    this.pendingAlerts = [];
    const persistBaselines = options.forceBaselines === true || evicting || this.baselinesDue();
    if (!store) return persistBaselines;
    // Baselines are serialised now, synchronously: later batches keep changing them.
    const snapshots = persistBaselines ? this.o.registry.takeSnapshots() : [];
    const contributions = persistBaselines ? this.o.registry.takeCohortContributions() : [];
    if (persistBaselines) this.baselinesPersistedAt = Date.now();
    this.writing = (async () => {
      const started = performance.now();
      // Every part is idempotent (events by event_id, alerts by alert_id, baselines by time), so a
      // retry of the whole write after a partial failure stores each row once (FINAL).
      await this.durably(() =>
        Promise.all([
          store.insertEncodedEvents(events),
          store.insertAlerts(alerts),
          store.saveBaselines(snapshots),
          store.saveCohortContributions(contributions),
        ]),
      );
      this.o.metrics.cohortContributions.inc(contributions.length);
      this.o.metrics.batchDuration.observe({ stage: 'store' }, (performance.now() - started) / 1000);
      this.o.metrics.eventsStored.inc(eventCount);
      this.stats.stored += eventCount;
    })();
    // Observed by the next checkpoint or by `written()`; never an unhandled rejection.
    this.writing.catch(() => undefined);
    return persistBaselines;
  }

  /**
   * Writes everything buffered (baselines included when due or forced) and waits until it is
   * durable: after it resolves, every record processed so far is stored.
   */
  async checkpoint(options: { forceBaselines?: boolean } = {}): Promise<void> {
    await this.startCheckpoint(options);
    await this.writing;
  }

  /**
   * Shares cohort counts with the other instances of the group through the store (`run`, on a
   * wall-clock timer; replay never calls it, so its cohorts follow event time alone): writes the
   * members whose contribution changed, waits until every earlier write is durable, reads the
   * totals of every instance's members and lays what this instance learned meanwhile over them.
   * One at a time (a call during a refresh joins it). Rejects when the store fails; the counts held
   * are kept, and the rows it took are written by the next refresh or checkpoint.
   */
  refreshCohorts(): Promise<void> {
    this.cohortRefresh ??= this.runCohortRefresh().finally(() => {
      this.cohortRefresh = undefined;
    });
    return this.cohortRefresh;
  }

  /** Resolves when the cohort refresh under way (if any) has ended, however it ended. */
  async cohortRefreshSettled(): Promise<void> {
    await this.cohortRefresh?.catch(() => undefined);
  }

  private async runCohortRefresh(): Promise<void> {
    const { registry, metrics, store } = this.o;
    if (!store) return;
    const started = performance.now();
    const rows = registry.beginCohortRefresh();
    // Rows taken by checkpoints before this refresh began may still be in flight: the totals must
    // hold them, as this instance's changes since then are laid over the totals.
    const earlier = this.writing;
    try {
      await earlier;
      await store.saveCohortContributions(rows);
      metrics.cohortContributions.inc(rows.length);
      registry.installCohortTotals(await store.loadCohortTotals());
    } catch (error: unknown) {
      registry.cohortRefreshFailed(rows);
      metrics.cohortRefreshes.inc({ outcome: 'failed' });
      throw error;
    }
    metrics.cohortRefreshes.inc({ outcome: 'ok' });
    metrics.cohortRefreshDuration.observe((performance.now() - started) / 1000);
    metrics.cohortMembers.set(registry.cohortSize().members);
  }

  /**
   * Runs `write` until it succeeds, retrying retriable failures with backoff for up to
   * `storeRetryMs`, unless `abort()` is called (shutdown timeout): then it rethrows at once.
   */
  private async durably(write: () => Promise<unknown>): Promise<void> {
    const deadline = Date.now() + (this.o.storeRetryMs ?? 0);
    for (let attempt = 1; ; attempt += 1) {
      try {
        await write();
        return;
      } catch (error: unknown) {
        if (!isRetriable(error) || this.aborter.signal.aborted || Date.now() >= deadline) throw error;
        const delayMs = Math.min(5000, 250 * 2 ** Math.min(attempt - 1, 5));
        this.o.logger.warn(
          { err: error, attempt, retryInMs: delayMs },
          'checkpoint write failed; holding input and retrying (nothing is committed meanwhile)',
        );
        this.o.metrics.storeWriteRetries.inc();
        try {
          await sleep(delayMs, undefined, { signal: this.aborter.signal });
        } catch {
          throw error;
        }
      }
    }
  }

  /**
   * Stops retrying a failing write: the write in flight (if any) fails with its last error. For a
   * shutdown that must end within its timeout even while the store is down.
   */
  abort(): void {
    this.aborter.abort();
  }

  /** Resolves when every write started so far is durable (rejects if one failed). */
  written(): Promise<void> {
    return this.writing;
  }

  /**
   * Runs the posture sweep when it is due (event time or wall clock, as configured). Its alerts are
   * handed to the sinks slice by slice; with `deliveries` the caller awaits them, else this does.
   */
  async sweepIfDue(deliveries?: Promise<void>[]): Promise<void> {
    const config = this.o.sweep;
    if (!config || !this.o.identity) return;
    const at = config.clock === 'event' ? this.eventTime : Date.now();
    if (at === -Infinity || !config.sweep.due(at)) return;
    const own: Promise<void>[] = deliveries ?? [];
    const result = await config.sweep.run(at, (alerts) => own.push(this.startDelivery(alerts)));
    this.o.metrics.postureSweepDuration.observe(result.busyMs / 1000);
    this.o.logger.debug({ ...result }, 'posture sweep');
    if (!deliveries) await Promise.all(own);
  }

  /** End of a finite stream or shutdown: sends the updates of folded alerts, then writes everything. */
  async finish(): Promise<void> {
    if (this.o.sweep?.clock === 'event') await this.sweepIfDue();
    await this.deliver(this.o.runner.closeAll());
    await this.checkpoint({ forceBaselines: true });
  }

  /** Starts a delivery whose failure is reported by the `Promise.all` that awaits it, never unhandled. */
  private startDelivery(alerts: readonly Alert[]): Promise<void> {
    const delivery = this.deliver(alerts);
    delivery.catch(() => undefined);
    return delivery;
  }

  private async deliver(alerts: readonly Alert[]): Promise<void> {
    if (alerts.length === 0) return;
    const started = performance.now();
    await Promise.all(this.o.sinks.map((sink) => sink.send(alerts)));
    this.o.metrics.batchDuration.observe({ stage: 'sinks' }, (performance.now() - started) / 1000);
    this.stats.alerts += alerts.length;
    for (const a of alerts) this.pendingAlerts.push(a);
  }
}
