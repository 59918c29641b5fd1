import { setTimeout as sleep } from 'node:timers/promises';
import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { Config } from '../../schemas/config.js';
import { AgentwatchError, describeError } from '../errors.js';
import { rebalanceAwareAssigner } from '../kafka/rebalance-hook.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { InputRecord, Pipeline } from '../pipeline/pipeline.js';

/** A topic-partition's next offset to commit. */
interface PartitionOffset {
  topic: string;
  partition: number;
  offset: string;
}

/** Protocol errors that mean "the topic is not there yet" (auto-creation, leader election). */
const TOPIC_NOT_READY = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * The input topic as a consumer group, at-least-once. Offsets are committed only after the events
 * before them are stored, their alerts accepted by every sink, and the baselines that learned them
 * written back: a restart resumes from a committed offset with the baselines of that very point,
 * so redelivered events are judged as they were the first time (same alert ids).
 *
 * Scale-out: instances sharing the group split the partitions, and each holds the baselines of the
 * agents of its partitions. Before it rejoins after a rebalance started, it finishes its batch,
 * writes every changed baseline and commits (nobody else owns the partitions meanwhile, see
 * `rebalance-hook.ts`); after the new assignment it drops the agents of the partitions it lost,
 * so a partition that comes back is reloaded from the store, never served from stale memory.
 *
 * A failed store write (past `store.write_retry_ms`) or a consumer crash is fatal: consumption stops
 * without committing and `onFatal` is called; the service then exits non-zero and a restart
 * redelivers from the last commit.
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
  /** Agents seen per partition of the input topic since it was assigned: what to drop when it goes. */
  private readonly agentsByPartition = new Map<number, Set<string>>();
  private serial: Promise<unknown> = Promise.resolve();
  /** Commits in order, each after the write it depends on is durable. */
  private committing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;
  private running = false;
  private failed = false;
  /** kafkajs restarted the consumer after a crash: it rejoined as a new member, with no revocation. */
  private restartedAfterCrash = false;

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
      partitionAssigners: [rebalanceAwareAssigner((stillMember) => this.beforeRejoin(stillMember))],
    });
  }

  /** True once the consumer has joined its group and is fetching, until it stops or fails. */
  get isRunning(): boolean {
    return this.running && !this.stopping && !this.failed;
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.subscribeWhenTopicReady();
    if (this.stopping) return;
    this.consumer.on(this.consumer.events.GROUP_JOIN, (event) => {
      this.running = true;
      if (this.restartedAfterCrash) {
        // Nothing was written or committed before this join, and the partitions may have been
        // consumed elsewhere meanwhile: start over from the last commit with fresh state.
        this.restartedAfterCrash = false;
        this.pipeline.dropAll();
        this.pending.clear();
        this.agentsByPartition.clear();
        this.logger.warn(
          'rejoined after a consumer crash: unwritten state dropped, redelivered from the last commit',
        );
      }
      this.onAssignment(event.payload.memberAssignment[this.cfg.topic] ?? []);
    });
    this.consumer.on(this.consumer.events.STOP, () => {
      this.running = false;
    });
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      this.logger.error({ err: event.payload.error, restart: event.payload.restart }, 'consumer crashed');
      if (event.payload.restart) this.restartedAfterCrash = true;
      else this.fail(event.payload.error);
    });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.onBatch(payload),
    });
    this.timer = setInterval(
      () => {
        void this.exclusive(async () => {
          if (this.stopping || this.failed) return;
          // Also when idle: offsets of events already written wait for the next baseline write.
          if (this.pipeline.checkpointDue() || (this.pending.size > 0 && this.pipeline.baselinesDue()))
            await this.checkpointAndCommit();
        }).catch((error: unknown) => this.fail(error));
      },
      Math.max(50, Math.floor(this.checkpointMs / 2)),
    );
  }

  /**
   * Subscribes, waiting (with backoff, until stopped) while the topic is being auto-created or has
   * no leader yet: a fresh broker answers "This server does not host this topic-partition" first.
   */
  private async subscribeWhenTopicReady(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt += 1) {
      try {
        await this.consumer.subscribe({ topic: this.cfg.topic, fromBeginning: this.cfg.from_beginning });
        return;
      } catch (error: unknown) {
        const type = protocolErrorType(error);
        if (type === undefined || !TOPIC_NOT_READY.has(type)) throw error;
        const delayMs = Math.min(5000, 200 * 2 ** Math.min(attempt - 1, 5));
        this.logger.warn(
          { topic: this.cfg.topic, reason: type, attempt, retryInMs: delayMs },
          'input topic not ready (being created, or no leader yet); waiting',
        );
        await sleep(delayMs);
      }
    }
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
        if (this.stopping || this.failed || !payload.isRunning() || payload.isStale()) return;
        const records: InputRecord[] = batch.messages.map((m) => ({
          value: m.value,
          origin: { kind: 'kafka', topic: batch.topic, partition: batch.partition, offset: m.offset },
        }));
        const agents = await this.pipeline.processBatch(records);
        this.remember(batch.partition, agents);
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
    if (!this.failed && !this.stopping) await payload.heartbeat();
  }

  private remember(partition: number, agents: ReadonlySet<string>): void {
    let known = this.agentsByPartition.get(partition);
    if (!known) {
      known = new Set();
      this.agentsByPartition.set(partition, known);
    }
    for (const id of agents) known.add(id);
  }

  /**
   * Runs before this consumer rejoins its group: while it still owns its partitions, writes what it
   * learned and commits. If the group already went on without it, drops everything unwritten
   * instead (whoever owns the partitions now starts from the last commit).
   */
  private async beforeRejoin(stillMember: boolean): Promise<void> {
    this.metrics.rebalances.inc();
    await this.exclusive(async () => {
      await this.revoke(stillMember);
    }).catch((error: unknown) => this.fail(error));
  }

  private async revoke(stillMember: boolean): Promise<void> {
    {
      if (this.failed || this.stopping) return;
      if (stillMember) {
        // A store that stays down is fatal here as anywhere (this rejects): nothing is committed.
        await this.pipeline.startCheckpoint({ forceBaselines: true });
        await this.committing;
        await this.pipeline.written();
        const offsets = [...this.pending.values()];
        this.pending.clear();
        try {
          if (offsets.length > 0) await this.consumer.commitOffsets(offsets);
          this.logger.info('rebalance: baselines written and offsets committed before rejoining');
          return;
        } catch (error: unknown) {
          this.logger.warn({ err: error }, 'rebalance: the commit before rejoining was refused');
        }
      }
      await this.pipeline.written().catch(() => undefined);
      this.pipeline.dropAll();
      this.pending.clear();
      this.agentsByPartition.clear();
      this.logger.warn('rebalance: this member left the group; unwritten state dropped, it is redelivered');
    }
  }

  /** After a (re)join: forgets the agents of the partitions that went to other members. */
  private onAssignment(partitions: readonly number[]): void {
    const kept = new Set(partitions);
    const lost: string[] = [];
    for (const [partition, agents] of this.agentsByPartition) {
      if (kept.has(partition)) continue;
      for (const id of agents) lost.push(id);
      this.agentsByPartition.delete(partition);
      this.lagByPartition.delete(partition);
      this.pending.delete(`${this.cfg.topic}|${partition}`);
    }
    const dropped = lost.length > 0 ? this.pipeline.dropAgents(lost) : 0;
    this.logger.info({ partitions, droppedAgents: dropped }, 'partitions assigned');
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
   * leave the group, within `kafka.shutdown_timeout_ms`. Past it (a store or sink that stays down),
   * or after a failure, the write in flight is abandoned, nothing more is committed, the consumer
   * still leaves the group (its partitions move on at once) and this rejects.
   */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    let outcome: unknown;
    if (!this.failed) {
      const finished = this.exclusive(async () => {
        await this.pipeline.finish();
        await this.committing;
        if (this.failed) throw new AgentwatchError('INTERNAL', 'a commit failed during shutdown');
        if (this.pending.size > 0) {
          await this.consumer.commitOffsets([...this.pending.values()]);
          this.pending.clear();
        }
      });
      outcome = await withTimeout(finished, this.cfg.shutdown_timeout_ms).catch((error: unknown) => error);
      if (outcome !== undefined) {
        // Unblocks a write retrying through an outage, so the batch in flight (and kafkajs, which
        // waits for it before leaving) can end.
        this.pipeline.abort();
        this.failed = true;
      }
    }
    try {
      await withTimeout(this.consumer.disconnect(), 10_000);
    } catch (error: unknown) {
      this.logger.error({ err: error }, 'consumer did not leave the group cleanly');
      outcome ??= error;
    }
    this.running = false;
    if (outcome !== undefined) {
      throw outcome instanceof Error
        ? outcome
        : new AgentwatchError('INTERNAL', `shutdown failed: ${describeError(outcome)}`);
    }
  }
}

/** `promise`, or a rejection after `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AgentwatchError('INTERNAL', `shutdown step took longer than ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The Kafka protocol error type (`UNKNOWN_TOPIC_OR_PARTITION`, ...), looking through wrappers. */
function protocolErrorType(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    if ('type' in e && typeof e.type === 'string') return e.type;
    e = e.cause;
  }
  return undefined;
}
