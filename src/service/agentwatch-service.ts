import { loadCustomDetectors } from '../detection/custom-detectors.js';
import { INPUT_FORMATS } from '../adapters/input-formats.js';
import { join } from 'node:path';
import type { Kafka, Producer } from 'kafkajs';
import type { Config } from '../../schemas/config.js';
import type { DeadLetter } from '../dead-letter/dead-letter.js';
import { KafkaDeadLetter } from '../dead-letter/kafka-dead-letter.js';
import { rejectedRecordCodec, type RejectedRecord } from '../dead-letter/rejected-record.js';
import { createKafka } from '../kafka/kafka-client.js';
import type { Logger } from '../logger.js';
import { createMetrics, type Metrics } from '../metrics.js';
import { createDetection } from '../detection/detection-setup.js';
import { PostureSweep } from '../pipeline/posture-sweep.js';
import type { IdentityContext } from '../registry/identity-context.js';
import { loadIdentityFiles } from '../sources/identity-file-source.js';
import { IdentityTopicSource } from '../sources/identity-topic-source.js';
import { Pipeline } from '../pipeline/pipeline.js';
import type { AlertSink } from '../sinks/alert-sink.js';
import { createSinks } from '../sinks/create-sinks.js';
import { KafkaSource } from '../sources/kafka-source.js';
import { AgentwatchStore } from '../store/agentwatch-store.js';
import { HttpServer } from './http-server.js';
import { CheckApi, loadCheckToken, type CheckEngine } from './check-api.js';
import { DecisionBook } from '../decisions/decision-book.js';
import { loadDecisions } from '../decisions/decision-store.js';
import { createResponseHooks } from '../response/response-hook.js';
import { storeResponseLog } from '../response/response-call-log.js';
import { createRedactor } from '../events/secret-redaction.js';

/** The long-running service (`agentwatch run`): Kafka in, ClickHouse and sinks out, HTTP for operators. */
export class AgentwatchService {
  readonly metrics: Metrics;
  private readonly config: Config;
  private readonly logger: Logger;
  private store: AgentwatchStore | undefined;
  private producer: Producer | undefined;
  private source: KafkaSource | undefined;
  private http: HttpServer | undefined;
  private sinks: AlertSink[] = [];
  private deadLetter: DeadLetter<RejectedRecord> | undefined;
  private pipeline: Pipeline | undefined;
  private readonly identitySources: IdentityTopicSource[] = [];
  private sweepTimer: NodeJS.Timeout | undefined;
  private cohortTimer: NodeJS.Timeout | undefined;
  private reportFatal: (error: unknown) => void = () => undefined;
  /** What the check API answers from, once the pipeline is built. */
  private checkEngine: CheckEngine | undefined;
  /**
   * Resolves (never rejects) with the error that stopped the source for good, e.g. a store that
   * stayed down through every retry. The owner should `stop()` and exit non-zero.
   */
  readonly failed: Promise<unknown> = new Promise((resolve) => {
    this.reportFatal = resolve;
  });
  /** Bound HTTP port once started. */
  httpPort: number | undefined;

  constructor(config: Config, logger: Logger, options: { defaultMetrics?: boolean } = {}) {
    this.config = config;
    this.logger = logger;
    this.metrics = createMetrics({ defaultMetrics: options.defaultMetrics ?? true });
  }

  /** Ready once the store is open and the consumer has joined its group. */
  get ready(): boolean {
    return this.store !== undefined && (this.source?.isRunning ?? false);
  }

  /** Pipeline totals, for tests and shutdown logs. */
  get stats() {
    return this.pipeline?.stats;
  }

  async start(): Promise<void> {
    const { config, logger, metrics } = this;
    if (config.http.enabled) {
      const checkApi = new CheckApi({
        config: config.check,
        engine: () => this.checkEngine,
        metrics,
        logger: logger.child({ component: 'check' }),
        token: loadCheckToken(config.check),
      });
      this.http = new HttpServer({
        registry: metrics.registry,
        ready: () => this.ready,
        routes: (req, res, path) => checkApi.handle(req, res, path),
      });
      this.httpPort = await this.http.listen(config.http.port, config.http.host);
      logger.info({ port: this.httpPort }, 'http listening');
    }
    const custom = await loadCustomDetectors(config);
    this.store = await AgentwatchStore.open(config.store, logger);
    logger.info({ store: this.store.description }, 'store open');
    const kafka = createKafka(config.kafka, logger);
    this.producer = kafka.producer({ allowAutoTopicCreation: true });
    await this.producer.connect();
    this.deadLetter = new KafkaDeadLetter(this.producer, config.kafka.dlq_topic, rejectedRecordCodec);
    this.sinks = createSinks(config.sinks, {
      metrics,
      logger,
      producer: this.producer,
      deadLetterDir: join(config.store.path, 'dead-letter'),
    });
    this.sinks.push(
      ...createResponseHooks(config.response_hooks, {
        metrics,
        logger,
        deadLetterDir: join(config.store.path, 'dead-letter'),
        log: storeResponseLog(this.store),
      }),
    );
    const decisions = new DecisionBook(await loadDecisions(this.store));
    const { registry, runner, identity } = createDetection(config, {
      custom,
      decisions,
      metrics,
      logger,
      persistence: this.store,
    });
    const redactor = createRedactor(config.redaction);
    this.pipeline = new Pipeline({
      registry,
      runner,
      sinks: this.sinks,
      deadLetter: this.deadLetter,
      store: this.store,
      metrics,
      logger: logger.child({ component: 'pipeline' }),
      sourceKind: 'kafka',
      // Partitions interleave and a restart would start a line-order clock again: times are given.
      decode: INPUT_FORMATS[config.input.format]({ lineOrderTime: false }),
      redactor,
      maxEventBytes: config.input.max_event_bytes,
      batchMaxRows: config.store.batch_max_rows,
      batchMaxMs: config.store.batch_max_ms,
      baselinePersistMs: config.store.baseline_persist_ms,
      identity,
      sweep: {
        sweep: new PostureSweep(runner, identity, config.identity.sweep_every_minutes * 60_000),
        clock: 'wall',
      },
      storeRetryMs: config.store.write_retry_ms,
    });
    await this.startIdentity(kafka, identity);
    await this.startCohortRefresh(this.pipeline);
    this.checkEngine = { registry, runner, store: this.store, decisions, identity, redactor };
    this.source = new KafkaSource({
      kafka,
      cfg: config.kafka,
      pipeline: this.pipeline,
      metrics,
      logger,
      checkpointMs: config.store.batch_max_ms,
      onFatal: (error) => this.reportFatal(error),
    });
    await this.source.start();
    logger.info({ topic: config.kafka.topic, group: config.kafka.group_id }, 'consuming');
  }

  /**
   * Registry and directory: files at start, then the compacted topics (caught up before detection
   * starts, then followed). The posture sweep runs on the wall clock, from a timer as well, so an
   * idle stream still sees approvals lapse.
   */
  private async startIdentity(kafka: Kafka, identity: IdentityContext): Promise<void> {
    const { config, logger, metrics } = this;
    const summary = await loadIdentityFiles({
      registryFile: config.identity.registry_file,
      directoryFile: config.identity.directory_file,
      identity,
      deadLetter: this.deadLetter as DeadLetter<RejectedRecord>,
      metrics,
      store: this.store,
    });
    if (summary) logger.info({ identity: summary }, 'identity files loaded');
    for (const [kind, topic] of [
      ['registry', config.identity.registry_topic],
      ['directory', config.identity.directory_topic],
    ] as const) {
      if (topic === null) continue;
      const source = new IdentityTopicSource({
        kafka,
        topic,
        kind,
        groupPrefix: `${config.kafka.group_id}.identity`,
        identity,
        deadLetter: this.deadLetter as DeadLetter<RejectedRecord>,
        store: this.store,
        metrics,
        logger: logger.child({ component: 'identity', topic }),
      });
      this.identitySources.push(source);
      await source.start();
    }
    const pipeline = this.pipeline;
    if (pipeline && config.identity.sweep_every_minutes > 0) {
      this.sweepTimer = setInterval(
        () => {
          pipeline
            .sweepIfDue()
            .catch((error: unknown) => logger.error({ err: error }, 'posture sweep failed'));
        },
        Math.min(60_000, config.identity.sweep_every_minutes * 60_000),
      );
      this.sweepTimer.unref();
    }
  }

  /**
   * Cohort counts shared by the instances of the group: read once before consuming (a newcomer
   * sees every cohort from its first event), then every `baseline.cohort_refresh_seconds`. A failed
   * refresh keeps the counts held and is retried at the next tick: cohorts are evidence that may
   * lag, never a reason to stop detection.
   */
  private async startCohortRefresh(pipeline: Pipeline): Promise<void> {
    const { config, logger } = this;
    const seconds = config.baseline.cohort_refresh_seconds;
    if (seconds === 0 || config.baseline.cohort_by.length === 0) return;
    const refresh = () =>
      pipeline
        .refreshCohorts()
        .catch((error: unknown) =>
          logger.warn({ err: error }, 'cohort refresh failed; the counts held are kept until the next one'),
        );
    await refresh();
    this.cohortTimer = setInterval(() => void refresh(), seconds * 1000);
    this.cohortTimer.unref();
  }

  /** Finishes the batch in flight, commits, closes everything. Safe to call twice. */
  async stop(): Promise<void> {
    const errors: unknown[] = [];
    const attempt = async (fn: (() => Promise<void>) | undefined) => {
      try {
        await fn?.();
      } catch (error: unknown) {
        errors.push(error);
      }
    };
    clearInterval(this.sweepTimer);
    this.sweepTimer = undefined;
    clearInterval(this.cohortTimer);
    this.cohortTimer = undefined;
    // A refresh in flight ends first: the final checkpoint then writes every cohort member's last
    // contribution (none is taken while a refresh is under way), and the store is not closed
    // under the refresh. Its failure is logged already.
    await this.pipeline?.cohortRefreshSettled();
    await attempt(this.source && (() => (this.source as KafkaSource).stop()));
    for (const source of this.identitySources.splice(0)) await attempt(() => source.stop());
    for (const sink of this.sinks) await attempt(() => sink.close());
    await attempt(this.producer && (() => (this.producer as Producer).disconnect()));
    await attempt(this.store && (() => (this.store as AgentwatchStore).close()));
    await attempt(this.http && (() => (this.http as HttpServer).close()));
    this.checkEngine = undefined;
    this.source = undefined;
    this.producer = undefined;
    this.store = undefined;
    this.http = undefined;
    if (errors.length > 0) throw new AggregateError(errors, 'shutdown was not clean');
  }
}
