import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { Config } from '../../schemas/config.js';
import { StoreError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { InputRecord, Pipeline } from '../pipeline/pipeline.js';

/**
 * The input topic as a consumer group. Offsets are committed only at a checkpoint, after the
 * events before them are stored and their alerts accepted by every sink: at-least-once.
 */
export class KafkaSource {
  private readonly consumer: Consumer;
  private readonly cfg: Config['kafka'];
  private readonly pipeline: Pipeline;
  private readonly metrics: Metrics;
  private readonly logger: Logger;
  private readonly checkpointMs: number;
  /** Next offset to commit per topic-partition. */
  private readonly pending = new Map<string, { topic: string; partition: number; offset: string }>();
  private readonly lagByPartition = new Map<number, number>();
  private serial: Promise<unknown> = Promise.resolve();
  /** Commits in order, each after the writes before it are durable. */
  private committing: Promise<void> = Promise.resolve();
  private failure: unknown;
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;
  private running = false;

  constructor(options: {
    kafka: Kafka;
    cfg: Config['kafka'];
    pipeline: Pipeline;
    metrics: Metrics;
    logger: Logger;
    checkpointMs: number;
  }) {
    this.cfg = options.cfg;
    this.pipeline = options.pipeline;
    this.metrics = options.metrics;
    this.logger = options.logger.child({ component: 'kafka-source' });
    this.checkpointMs = options.checkpointMs;
    this.consumer = options.kafka.consumer({
      groupId: options.cfg.group_id,
      sessionTimeout: options.cfg.session_timeout_ms,
      maxWaitTimeInMs: options.cfg.max_wait_ms,
      maxBytesPerPartition: options.cfg.max_bytes_per_partition,
      allowAutoTopicCreation: true,
    });
  }

  /** True once the consumer has joined its group and is fetching. */
  get isRunning(): boolean {
    return this.running && !this.stopping;
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.cfg.topic, fromBeginning: this.cfg.from_beginning });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      this.running = true;
    });
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      this.logger.error({ err: event.payload.error, restart: event.payload.restart }, 'consumer crashed');
    });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.onBatch(payload),
    });
    this.timer = setInterval(
      () => {
        void this.exclusive(() => {
          if (!this.stopping && this.pipeline.checkpointDue()) this.checkpointAndCommit();
          return Promise.resolve();
        }).catch((error: unknown) => this.logger.error({ err: error }, 'timed checkpoint failed'));
      },
      Math.max(50, Math.floor(this.checkpointMs / 2)),
    );
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (batch.messages.length === 0) return;
    await this.exclusive(async () => {
      if (this.stopping) return;
      if (this.failure !== undefined) {
        const failure = this.failure;
        this.failure = undefined;
        throw new StoreError(`an earlier checkpoint failed: ${describeError(failure)}`, { cause: failure });
      }
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
      if (this.pipeline.checkpointDue()) this.checkpointAndCommit();
    });
    await payload.heartbeat();
  }

  /**
   * Starts writing what the pipeline buffered and commits the offsets up to here once that write
   * is durable, without holding up the next batch. A failed write is raised by the next batch,
   * so kafkajs restarts from the last committed offset (at-least-once).
   */
  private checkpointAndCommit(): void {
    const started = performance.now();
    this.pipeline.startCheckpoint();
    const written = this.pipeline.written();
    const offsets = [...this.pending.values()];
    this.pending.clear();
    this.committing = this.committing
      .then(async () => {
        await written;
        if (offsets.length > 0) await this.consumer.commitOffsets(offsets);
        this.metrics.batchDuration.observe({ stage: 'commit' }, (performance.now() - started) / 1000);
      })
      .catch((error: unknown) => {
        this.failure ??= error;
        this.logger.error({ err: error }, 'checkpoint failed: offsets not committed');
      });
  }

  /** Runs `fn` after every earlier batch or checkpoint: one thing at a time touches the pipeline. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.serial.then(fn);
    this.serial = next.catch(() => undefined);
    return next;
  }

  /** Graceful stop: finish the batch in flight, flush, commit, leave the group. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.exclusive(async () => {
      await this.pipeline.finish();
      await this.committing;
      if (this.pending.size > 0) {
        await this.consumer.commitOffsets([...this.pending.values()]);
        this.pending.clear();
      }
    });
    await this.consumer.disconnect();
    this.running = false;
  }
}
