import { loadCustomDetectors } from '../detection/custom-detectors.js';
import { INPUT_FORMATS } from '../adapters/input-formats.js';
import { join } from 'node:path';
import type { Producer } from 'kafkajs';
import type { Config } from '../../schemas/config.js';
import type { DeadLetter } from '../dead-letter/dead-letter.js';
import { KafkaDeadLetter } from '../dead-letter/kafka-dead-letter.js';
import { createKafka } from '../kafka/kafka-client.js';
import type { Logger } from '../logger.js';
import { createMetrics, type Metrics } from '../metrics.js';
import { createDetection } from '../detection/detection-setup.js';
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
  private deadLetter: DeadLetter | undefined;
  private pipeline: Pipeline | undefined;
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
    this.deadLetter = new KafkaDeadLetter(this.producer, config.kafka.dlq_topic);
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
    const { registry, runner } = createDetection(config, {
      custom,
      decisions,
      metrics,
      logger,
      persistence: this.store,
    });
    this.pipeline = new Pipeline({
      registry,
      runner,
      sinks: this.sinks,
      deadLetter: this.deadLetter,
      store: this.store,
      metrics,
      logger: logger.child({ component: 'pipeline' }),
      sourceKind: 'kafka',
      decode: INPUT_FORMATS[config.input.format],
      redactor: createRedactor(config.redaction),
      maxEventBytes: config.input.max_event_bytes,
      batchMaxRows: config.store.batch_max_rows,
      batchMaxMs: config.store.batch_max_ms,
      baselinePersistMs: config.store.baseline_persist_ms,
    });
    this.checkEngine = { registry, runner, store: this.store, decisions };
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
    await attempt(this.source && (() => (this.source as KafkaSource).stop()));
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
