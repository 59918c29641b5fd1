import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Admin, Kafka } from 'kafkajs';
import { alertSchema } from '../../schemas/alert.js';
import { configSchema } from '../../schemas/config.js';
import { silentLogger } from '../../src/logger.js';
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
const dir = tempDir('kafka');
let kafka: Kafka;
let admin: Admin;

beforeAll(async () => {
  kafka = testKafka(brokers);
  admin = kafka.admin();
  await admin.connect();
});

afterAll(async () => {
  await admin.disconnect();
  dir.cleanup();
});

/** Counts in the store (chdb allows one data directory per process: every test here shares it). */
async function countEvents(store: string, agentPrefix: string): Promise<{ rows: number; distinct: number }> {
  const s = await AgentwatchStore.open(configSchema.parse({ store: { path: store } }).store, silentLogger());
  try {
    const [row] = await s.query<{ rows: number; distinct: number }>(
      'SELECT count() AS rows, uniqExact(event_id) AS distinct FROM {db}.events WHERE startsWith(agent_id, {p:String})',
      { p: agentPrefix },
    );
    return row ?? { rows: 0, distinct: 0 };
  } finally {
    await s.close();
  }
}

describe('Kafka in, ClickHouse and Kafka out', () => {
  const store = `${dir.path}/store`;

  it('stores events, alerts on a never-seen API on the alerts topic, and dead-letters bad records with their reason', async () => {
    const topics = topicsFor('roundtrip');
    await createTopics(admin, [topics.input, topics.alerts, topics.dlq]);
    const history = agentHistory({
      agentId: 'rt-agent',
      days: 4,
      perDay: 8,
      apis: ['crm.contacts.get', 'crm.contacts.list'],
    });
    const anomaly = callOn('rt-agent', 'iam:AttachRolePolicy', 5, 'rt-anomaly');
    const bad = [
      'not json at all',
      JSON.stringify({ event_id: 'no-agent', ts: '2026-03-03T10:00:00Z', action: { api: 'x' } }),
    ];
    await produce(kafka, topics.input, [...history, anomaly]);
    await produce(kafka, topics.input, bad);

    const service = await startService(serviceConfig({ brokers, topics, store }));
    try {
      await waitFor('all records processed', () => (service.stats?.read ?? 0) >= history.length + 3);
    } finally {
      await service.stop();
    }
    expect(service.stats).toMatchObject({
      read: history.length + 3,
      rejected: 2,
      stored: history.length + 1,
    });
    expect(await countEvents(store, 'rt-')).toEqual({
      rows: history.length + 1,
      distinct: history.length + 1,
    });

    const alerts = await readTopic(kafka, topics.alerts, 1);
    expect(alerts).toHaveLength(1);
    const alert = alertSchema.parse(JSON.parse(alerts[0]?.value ?? '{}'));
    expect(alert.event_ids).toEqual(['rt-anomaly']);
    expect(alerts[0]?.key).toBe('rt-agent');
    expect(alerts[0]?.headers['alert_id']).toBe(alert.alert_id);

    const dead = await readTopic(kafka, topics.dlq, 2);
    const byValue = new Map(dead.map((m) => [m.value, m.headers]));
    expect(byValue.get('not json at all')).toMatchObject({
      'agentwatch.reason': 'malformed_json',
      'agentwatch.source.topic': topics.input,
    });
    expect(byValue.get(bad[1] ?? '')?.['agentwatch.reason']).toBe('schema_violation');
    expect(byValue.get(bad[1] ?? '')?.['agentwatch.error']).toContain('agent');
  });

  it('stopping and restarting the consumer mid-stream neither loses events nor duplicates alerts', async () => {
    const topics = topicsFor('restart');
    await createTopics(admin, [topics.input, topics.alerts, topics.dlq]);
    const agents = Array.from({ length: 6 }, (_, i) => `rs-agent-${i}`);
    const histories = agents.flatMap((a) =>
      agentHistory({ agentId: a, days: 4, perDay: 10, apis: ['docs.get', 'docs.list', 'docs.search'] }),
    );
    const anomalies = agents.flatMap((a, i) => [
      callOn(a, 'iam:CreateAccessKey', 5, `${a}-anomaly-1`),
      callOn(a, `admin.op${i}`, 6, `${a}-anomaly-2`),
    ]);
    const all = [...histories, ...anomalies];
    await produce(kafka, topics.input, histories);
    // Small fetches, so the first consumer is stopped with most of the stream still unread.
    const config = serviceConfig({ brokers, topics, store, maxBytesPerPartition: 2048 });

    const first = await startService(config);
    try {
      await waitFor('part of the stream processed', () => (first.stats?.read ?? 0) > 0);
      // The anomalies arrive while the first consumer runs; it stops mid-stream.
      await produce(kafka, topics.input, anomalies);
    } finally {
      await first.stop();
    }
    const firstRead = first.stats?.read ?? 0;
    expect(firstRead).toBeGreaterThan(0);
    expect(firstRead).toBeLessThan(all.length);

    const second = await startService(config);
    try {
      await waitFor(
        'the rest of the stream',
        async () => (await countEvents(store, 'rs-')).distinct >= all.length,
        90_000,
      );
    } finally {
      await second.stop();
    }
    expect(firstRead + (second.stats?.read ?? 0)).toBeGreaterThanOrEqual(all.length);
    const counts = await countEvents(store, 'rs-');
    expect(counts.distinct).toBe(all.length);

    const alerts = await readTopic(kafka, topics.alerts, anomalies.length);
    const ids = alerts.map((m) => alertSchema.parse(JSON.parse(m.value)).alert_id);
    expect(new Set(ids).size).toBe(ids.length);
    const flagged = alerts.flatMap((m) => alertSchema.parse(JSON.parse(m.value)).event_ids).sort();
    expect(flagged).toEqual(anomalies.map((a) => a.event_id).sort());
  });
});
