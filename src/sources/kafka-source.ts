import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { Config } from '../../schemas/config.js';
import { AgentwatchError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { InputRecord, Pipeline } from '../pipeline/pipeline.js';

/** A topic-partition's next offset to commit. */
interface PartitionOffset {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * The input topic as a consumer group, at-least-once. Offsets are committed only after the events
 * before them are stored, their alerts accepted by every sink, and the baselines that learned them
 * written back: a restart resumes from a committed offset with the baselines of that very point,
 * so redelivered events are judged as they were the first time (same alert ids).
 *
 * A failed store write or a consumer crash is fatal: consumption stops without committing and
 * `onFatal` is called; the service then exits non-zero and a restart redelivers from the last commit.
 */
export class KafkaSource {
  private readonly consumer: Consumer;
  private readonly cfg: Config['kafka'];
  private readonly pipeline: Pipeline;
  private readonly metrics: Metrics;
  private readonly logger: Logger;
  private readonly checkpointMs: number;
  private readonly onFatal: (error: unknown) => void;
  /** Offsets processed since the last commit. */
  private readonly pending = new Map<string, PartitionOffset>();
  private readonly lagByPartition = new Map<number, number>();
  private serial: Promise<unknown> = Promise.resolve();
  /** Commits in order, each after the write it depends on is durable. */
  private committing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;
  private running = false;
  private failed = false;

  constructor(options: {
    kafka: Kafka;
    cfg: Config['kafka'];
    pipeline: Pipeline;
    metrics: Metrics;
    logger: Logger;
    checkpointMs: number;
    onFatal: (error: unknown) => void;
  }) {
    this.cfg = options.cfg;
    this.pipeline = options.pipeline;
    this.metrics = options.metrics;
    this.logger = options.logger.child({ component: 'kafka-source' });
    this.checkpointMs = options.checkpointMs;
    this.onFatal = options.onFatal;
    this.consumer = options.kafka.consumer({
      groupId: options.cfg.group_id,
      sessionTimeout: options.cfg.session_timeout_ms,
      maxWaitTimeInMs: options.cfg.max_wait_ms,
      maxBytesPerPartition: options.cfg.max_bytes_per_partition,
      allowAutoTopicCreation: true,
    });
  }

  /** True once the consumer has joined its group and is fetching, until it stops or fails. */
  get isRunning(): boolean {
    return this.running && !this.stopping && !this.failed;
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.cfg.topic, fromBeginning: this.cfg.from_beginning });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      this.running = true;
    });
    this.consumer.on(this.consumer.events.STOP, () => {
      this.running = false;
    });
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      this.logger.error({ err: event.payload.error, restart: event.payload.restart }, 'consumer crashed');
      if (!event.payload.restart) this.fail(event.payload.error);
    });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.onBatch(payload),
    });
    this.timer = setInterval(
      () => {
        void this.exclusive(async () => {
          if (!this.stopping && !this.failed && this.pipeline.checkpointDue())
            await this.checkpointAndCommit();
        }).catch((error: unknown) => this.fail(error));
      },
      Math.max(50, Math.floor(this.checkpointMs / 2)),
    );
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (batch.messages.length === 0) return;
    // Sinks may hold a batch while a receiver is down: keep the group membership alive meanwhile.
    const beat = setInterval(() => {
      payload.heartbeat().catch(() => undefined);
    }, 3000);
    try {
      await this.exclusive(async () => {
        if (this.stopping || this.failed) return;
        const records: InputRecord[] = batch.messages.map((m) => ({
          value: m.value,
          origin: { kind: 'kafka', topic: batch.topic, partition: batch.partition, offset: m.offset },
        }));
        await this.pipeline.processBatch(records);
        const last = batch.lastOffset();
        payload.resolveOffset(last);
        this.pending.set(`${batch.topic}|${batch.partition}`, {
          topic: batch.topic,
          partition: batch.partition,
          offset: (BigInt(last) + 1n).toString(),
        });
        this.lagByPartition.set(batch.partition, Number(batch.offsetLag()));
        let lag = 0;
        for (const l of this.lagByPartition.values()) lag += l;
        this.metrics.consumerLag.set({ topic: batch.topic }, lag);
        if (this.pipeline.checkpointDue()) await this.checkpointAndCommit();
      });
    } catch (error: unknown) {
      this.fail(error);
    } finally {
      clearInterval(beat);
    }
    if (!this.failed) await payload.heartbeat();
  }

  /**
   * Starts writing what the pipeline buffered. When the write includes the baselines (every
   * `store.baseline_persist_ms`), the offsets processed so far are committed once it is durable,
   * without holding up the next batch.
   */
  private async checkpointAndCommit(options: { forceBaselines?: boolean } = {}): Promise<void> {
    const started = performance.now();
    const withBaselines = await this.pipeline.startCheckpoint(options);
    if (!withBaselines) return;
    const written = this.pipeline.written();
    const offsets = [...this.pending.values()];
    this.pending.clear();
    this.committing = this.committing.then(async () => {
      try {
        await written;
        if (offsets.length > 0) await this.consumer.commitOffsets(offsets);
        this.metrics.batchDuration.observe({ stage: 'commit' }, (performance.now() - started) / 1000);
      } catch (error: unknown) {
        this.fail(error);
      }
    });
  }

  /** Stops consuming for good, commits nothing more, and tells the owner. Idempotent. */
  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    if (this.timer) clearInterval(this.timer);
    this.logger.fatal(
      { err: error },
      'source failed: stopping without committing; a restart resumes from the last commit',
    );
    this.onFatal(
      error instanceof AgentwatchError
        ? error
        : new AgentwatchError('KAFKA_UNAVAILABLE', `kafka source failed: ${describeError(error)}`, {
            cause: error,
          }),
    );
  }

  /** Runs `fn` after every earlier batch or checkpoint: one thing at a time touches the pipeline. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.serial.then(fn);
    this.serial = next.catch(() => undefined);
    return next;
  }

  /**
   * Graceful stop: finish the batch in flight, write everything (baselines included), commit, and
   * leave the group. After a failure it only leaves the group.
   */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    if (!this.failed) {
      await this.exclusive(async () => {
        await this.pipeline.finish();
        await this.committing;
        if (!this.failed && this.pending.size > 0) {
          await this.consumer.commitOffsets([...this.pending.values()]);
          this.pending.clear();
        }
      });
    }
    await this.consumer.disconnect();
    this.running = false;
  }
}
