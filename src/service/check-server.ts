import type { Config } from '../../schemas/config.js';
import { DecisionBook } from '../decisions/decision-book.js';
import { loadDecisions } from '../decisions/decision-store.js';
import { loadCustomDetectors } from '../detection/custom-detectors.js';
import type { Logger } from '../logger.js';
import { createMetrics, type Metrics } from '../metrics.js';
import { createDetection } from '../detection/detection-setup.js';
import { createRedactor } from '../events/secret-redaction.js';
import { AgentwatchStore } from '../store/agentwatch-store.js';
import { restoreIdentity, type RestoredIdentity } from '../store/identity-restore.js';
import { CheckApi, loadCheckToken, type CheckEngine } from './check-api.js';
import { HttpServer } from './http-server.js';

/**
 * `agentwatch serve`: the check API (with /healthz, /readyz and /metrics) from a store, without
 * Kafka. It answers from the baselines and decisions stored when it started and learns nothing: the
 * stream (`run` or `replay`) does the learning.
 */
export class CheckServer {
  readonly metrics: Metrics;
  private readonly config: Config;
  private readonly logger: Logger;
  private http: HttpServer | undefined;
  private engine: CheckEngine | undefined;
  /** Bound HTTP port once started. */
  port: number | undefined;
  /** What was restored of the identity context at start (registry, directory, footprints). */
  identity: RestoredIdentity | undefined;

  constructor(config: Config, logger: Logger, options: { defaultMetrics?: boolean } = {}) {
    this.config = config;
    this.logger = logger;
    this.metrics = createMetrics({ defaultMetrics: options.defaultMetrics ?? true });
  }

  /** Agents whose baselines are in memory. */
  get agents(): number {
    return this.engine?.registry.size ?? 0;
  }

  async start(): Promise<void> {
    const { config, logger, metrics } = this;
    // Configuration problems first (exit 2), before anything opens.
    const token = loadCheckToken(config.check);
    const custom = await loadCustomDetectors(config);
    const api = new CheckApi({
      config: config.check,
      engine: () => this.engine,
      metrics,
      logger: logger.child({ component: 'check' }),
      token,
    });
    this.http = new HttpServer({
      registry: metrics.registry,
      ready: () => this.engine !== undefined,
      routes: (req, res, path) => api.handle(req, res, path),
    });
    this.port = await this.http.listen(config.http.port, config.http.host);
    logger.info({ port: this.port, host: config.http.host }, 'http listening');
    const store = await AgentwatchStore.open(config.store, logger);
    try {
      const decisions = new DecisionBook(await loadDecisions(store));
      const { registry, runner, identity } = createDetection(config, {
        custom,
        metrics,
        logger,
        persistence: store,
        decisions,
      });
      if (config.check.preload_baselines) {
        const rows = await store.query<{ agent_id: string }>(
          'SELECT agent_id FROM {db}.baselines GROUP BY agent_id',
        );
        await registry.ensureLoaded(rows.map((r) => r.agent_id));
      }
      // Posture detectors answer from the registry, the directory and what each agent was seen doing.
      const restored = await restoreIdentity(store, identity, {
        learningMinDays: config.baseline.learning_min_days,
        learningMinEvents: config.baseline.learning_min_events,
        timezoneOf: (agentId) => (registry.has(agentId) ? registry.get(agentId).profile.timezone : undefined),
      });
      this.identity = restored;
      metrics.trackedAgents.set(registry.size);
      metrics.identityAgents.set({ kind: 'registered' }, identity.registrySize);
      metrics.identityAgents.set({ kind: 'seen' }, identity.seenSize);
      this.engine = {
        registry,
        runner,
        store,
        decisions,
        identity,
        redactor: createRedactor(config.redaction),
        // Preloaded: an agent not in memory has no stored baseline, and no check waits for the store.
        complete: config.check.preload_baselines,
      };
      logger.info(
        { store: store.description, agents: registry.size, decisions: decisions.size, identity: restored },
        'check API ready',
      );
    } catch (error: unknown) {
      await store.close().catch(() => undefined);
      throw error;
    }
  }

  /** Closes the HTTP port and the store. Safe to call twice. */
  async stop(): Promise<void> {
    const http = this.http;
    const store = this.engine?.store;
    this.http = undefined;
    this.engine = undefined;
    await http?.close();
    await store?.close();
  }
}
