import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Admin, Kafka } from 'kafkajs';
import { alertSchema } from '../../schemas/alert.js';
import { configSchema, type Config } from '../../schemas/config.js';
import type { AgentEventInput } from '../../schemas/event.js';
import { silentLogger } from '../../src/logger.js';
import type { AgentwatchService } from '../../src/service/agentwatch-service.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import { agentHistory, callOn } from '../support/event-factory.js';
import {
  createTopics,
  produce,
  readTopic,
  serviceConfig,
  startService,
  testKafka,
  topicsFor,
} from '../support/kafka-test-kit.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

const brokers = inject('kafkaBrokers');
const dir = tempDir('scale');
const storePath = `${dir.path}/store`;
let kafka: Kafka;
let admin: Admin;
let store: AgentwatchStore;

beforeAll(async () => {
  kafka = testKafka(brokers);
  admin = kafka.admin();
  await admin.connect();
  // chdb holds one data directory per process: every instance of this file shares it, each run
  // (reference, scaled) in its own database, as instances share one ClickHouse.
  store = await AgentwatchStore.open(
    configSchema.parse({ store: { path: storePath } }).store,
    silentLogger(),
  );
});

afterAll(async () => {
  await store.close();
  await admin.disconnect();
  dir.cleanup();
});

const AGENTS = Array.from({ length: 18 }, (_, i) => `sc-agent-${i}`);

/** Days `from`..`to` (exclusive) of every agent's history, and each agent's anomalies on day 6. */
function phase(from: number, to: number): AgentEventInput[] {
  return AGENTS.flatMap((a, i) =>
    agentHistory({
      agentId: a,
      days: to - from,
      startDay: from,
      perDay: 10,
      apis: ['docs.get', 'docs.list', `docs.tool${i % 4}`],
      idPrefix: `${a}-d${from}`,
    }),
  );
}
const anomalies = AGENTS.flatMap((a, i) => [
  callOn(a, `iam:CreateAccessKey${i % 3}`, 6, `${a}-anomaly-1`),
  callOn(a, `admin.op${i}`, 6, `${a}-anomaly-2`, 'delete'),
]);

function configFor(database: string, topics: ReturnType<typeof topicsFor>, group: string): Config {
  const base = serviceConfig({
    brokers,
    topics: { ...topics, group },
    store: storePath,
    maxBytesPerPartition: 4096,
  });
  // Cohorts on and shared, every second: all 18 agents (one owner) are one cohort spread over every
  // partition. What an instance sees of its peers at a given event depends on when its last
  // refresh ran, so scores and texts may differ from the single instance's and are not compared;
  // the alert ids cannot: the only alerts are the sensitive anomalies (identity and delete calls on
  // a restricted resource), which peers may lower but never hide (never-seen-api), and the history
  // repeats APIs known from day 0 in office hours, where no detector asks the cohort. Counts seen
  // after a refresh are compared exactly in test/tools/cohort-sharing.test.ts; here the rows
  // every instance wrote must end equal to the single instance's.
  return configSchema.parse({
    ...base,
    store: { ...base.store, database, baseline_persist_ms: 300 },
    baseline: { ...base.baseline, cohort_by: ['owner'], cohort_refresh_seconds: 1 },
  });
}

async function distinctEvents(database: string): Promise<number> {
  const [row] = await store.query<{ n: number }>(
    `SELECT uniqExact(event_id) AS n FROM ${database}.events FINAL WHERE startsWith(agent_id, 'sc-')`,
  );
  return row?.n ?? 0;
}

async function finalRows(database: string): Promise<{ rows: number; distinct: number }> {
  const [row] = await store.query<{ rows: number; distinct: number }>(
    `SELECT count() AS rows, uniqExact(event_id) AS distinct FROM ${database}.events FINAL`,
  );
  return row ?? { rows: 0, distinct: 0 };
}

async function baselines(database: string) {
  return store.query<{ agent_id: string; events: number; last_ts: string; apis: string[] }>(
    `SELECT agent_id, events, toString(last_ts) AS last_ts, arraySort(apis) AS apis FROM ${database}.agent_baselines ORDER BY agent_id`,
  );
}

/** Each agent's cohort contribution as last written (FINAL: one row per agent, whoever wrote it). */
async function contributions(database: string) {
  return store.query<{ agent_id: string; cohort_key: string; apis: string[]; hours: number }>(
    `SELECT agent_id, cohort_key, arraySort(apis) AS apis, arraySum(hour_counts) AS hours
     FROM ${database}.cohort_contributions FINAL ORDER BY agent_id`,
  );
}

/** Agents whose stored baseline ever went back (fewer events learned than an earlier save). */
async function regressions(database: string): Promise<string[]> {
  const rows = await store.query<{ agent_id: string; counts: number[] }>(
    `SELECT agent_id, arrayMap(x -> x.2, arraySort(x -> x.1, groupArray((updated_at, JSONExtractUInt(state, 'events'))))) AS counts
     FROM ${database}.baselines GROUP BY agent_id`,
  );
  return rows
    .filter((r) => r.counts.some((c, i) => i > 0 && c < (r.counts[i - 1] ?? 0)))
    .map((r) => r.agent_id);
}

async function alertIds(topic: string, expected: number): Promise<string[]> {
  const messages = await readTopic(kafka, topic, expected);
  return messages.map((m) => alertSchema.parse(JSON.parse(m.value)).alert_id);
}

describe('scale-out: three instances in one group', () => {
  it('one stopped and restarted mid-stream (two rebalances) gives the alerts, events and baselines of a single instance', async () => {
    const topics = topicsFor('scale');
    const refAlerts = `${topics.alerts}-ref`;
    await createTopics(admin, [topics.input, topics.alerts, refAlerts, topics.dlq]);
    const all = [...phase(0, 2), ...phase(2, 4), ...phase(4, 6), ...anomalies];

    // Scaled run: three instances; the third stops after the first phase and comes back later.
    await produce(kafka, topics.input, phase(0, 2));
    const scaled = configFor('scale_run', topics, `${topics.group}-scaled`);
    const instances: AgentwatchService[] = [];
    const started: AgentwatchService[] = [];
    const read = () => started.reduce((n, s) => n + (s.stats?.read ?? 0), 0);
    try {
      for (let i = 0; i < 3; i += 1) instances.push(await startService(scaled));
      started.push(...instances);
      await waitFor('part of the first phase', () => read() > 0);
      const third = instances.pop();
      await third?.stop(); // rebalance 1: its partitions go to the other two
      // Produced after the stop, so the other two must read all of it, the third's partitions too
      // (produced before, the third could have read its share already and nothing would be left).
      const before = read();
      const second = phase(2, 4);
      await produce(kafka, topics.input, second);
      await waitFor(
        'the second phase read after the first rebalance',
        () => read() >= before + second.length,
      );
      await produce(kafka, topics.input, phase(4, 6));
      const back = await startService(scaled); // rebalance 2: partitions spread again
      instances.push(back);
      started.push(back);
      await produce(kafka, topics.input, anomalies);
      await waitFor(
        'every event stored',
        async () => (await distinctEvents('scale_run')) >= all.length,
        60_000,
      );
    } finally {
      for (const s of instances) await s.stop();
    }
    // Every instance read the shared cohort (once before consuming, then every second) and no
    // refresh failed.
    for (const s of started) {
      const outcomes = (await s.metrics.cohortRefreshes.get()).values;
      expect(outcomes.find((v) => v.labels.outcome === 'ok')?.value ?? 0).toBeGreaterThanOrEqual(1);
      expect(outcomes.find((v) => v.labels.outcome === 'failed')?.value ?? 0).toBe(0);
    }

    // Reference: one instance over the same input.
    const reference = await startService(
      configFor('scale_ref', { ...topics, alerts: refAlerts }, `${topics.group}-ref`),
    );
    try {
      await waitFor(
        'every event stored (reference)',
        async () => (await distinctEvents('scale_ref')) >= all.length,
        60_000,
      );
    } finally {
      await reference.stop();
    }

    const scaledFinal = await finalRows('scale_run');
    const refFinal = await finalRows('scale_ref');
    expect(refFinal).toEqual({ rows: all.length, distinct: all.length });
    expect(scaledFinal).toEqual({ rows: all.length, distinct: all.length });

    const refIds = await alertIds(refAlerts, anomalies.length);
    const scaledIds = await alertIds(topics.alerts, anomalies.length);
    expect(new Set(refIds).size).toBeGreaterThanOrEqual(anomalies.length);
    expect([...new Set(scaledIds)].sort()).toEqual([...new Set(refIds)].sort());

    const refBaselines = await baselines('scale_ref');
    expect(refBaselines).toHaveLength(AGENTS.length);
    expect(await baselines('scale_run')).toEqual(refBaselines);
    expect(await regressions('scale_run')).toEqual([]);
    // The shared cohort: one row per agent whatever instance wrote it last, equal to the single
    // instance's (an agent that moved is counted once, with what its last owner learned).
    const refCohort = await contributions('scale_ref');
    expect(refCohort).toHaveLength(AGENTS.length);
    expect(new Set(refCohort.map((r) => r.cohort_key))).toEqual(new Set(['owner:ops@example.com']));
    expect(await contributions('scale_run')).toEqual(refCohort);
  }, 90_000);
});
