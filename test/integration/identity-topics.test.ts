import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Admin, Kafka } from 'kafkajs';
import { alertSchema } from '../../schemas/alert.js';
import { configSchema } from '../../schemas/config.js';
import { silentLogger } from '../../src/logger.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import {
  createTopics,
  readTopic,
  serviceConfig,
  startService,
  testKafka,
  topicsFor,
} from '../support/kafka-test-kit.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

const brokers = inject('kafkaBrokers');
const dir = tempDir('identity-topics');
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

async function send(topic: string, messages: { key: string; value: string | null }[]): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

describe('run: registry and directory from compacted Kafka topics', () => {
  it('loads both topics before consuming, raises posture alerts with who approved and owns, and keeps versions', async () => {
    const topics = topicsFor('identity');
    const registryTopic = `registry-${topics.group}`;
    const directoryTopic = `directory-${topics.group}`;
    await createTopics(admin, [topics.input, topics.alerts, topics.dlq], 1);
    await admin.createTopics({
      waitForLeaders: false,
      topics: [registryTopic, directoryTopic].map((topic) => ({
        topic,
        numPartitions: 2,
        configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
      })),
    });
    for (const topic of [registryTopic, directoryTopic]) {
      await waitFor(`${topic} to have leaders`, () =>
        admin
          .fetchTopicOffsets(topic)
          .then(() => true)
          .catch(() => false),
      );
    }
    const now = Date.now();
    const approved = (agentId: string, owner: string) =>
      JSON.stringify({ agent_id: agentId, owner, approved_by: 'bob@x.com', approved_at: now - 86_400_000 });
    await send(registryTopic, [
      { key: 'reg-a', value: approved('reg-a', 'carol@x.com') },
      { key: 'reg-a', value: approved('reg-a', 'alice@x.com') },
      { key: 'broken', value: '{"agent_id": 42}' },
      { key: 'gone', value: null },
    ]);
    await send(directoryTopic, [
      { key: 'alice@x.com', value: JSON.stringify({ id: 'alice@x.com', status: 'departed' }) },
      { key: 'bob@x.com', value: JSON.stringify({ id: 'bob@x.com' }) },
    ]);
    const store = `${dir.path}/store`;
    const config = configSchema.parse({
      ...serviceConfig({ brokers, topics, store }),
      identity: { registry_topic: registryTopic, directory_topic: directoryTopic },
    });
    const service = await startService(config);
    try {
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({
        topic: topics.input,
        acks: -1,
        messages: ['reg-a', 'shadow-1'].map((id, i) => ({
          key: id,
          value: JSON.stringify({
            event_id: `ev-${id}`,
            ts: now + i,
            agent: { id },
            action: { api: 'files.list', service: 'files' },
          }),
        })),
      });
      await producer.disconnect();
      await waitFor('both events processed', () => (service.stats?.read ?? 0) >= 2, 60_000);
      const alerts = (await readTopic(kafka, topics.alerts, 3)).map((m) =>
        alertSchema.parse(JSON.parse(m.value)),
      );
      const reasons = alerts.map((a) => `${a.detector.id}/${a.reason}/${a.agent.id}`).sort();
      expect(reasons).toEqual([
        'ownership/no_owner/shadow-1',
        'ownership/owner_departed/reg-a',
        'unregistered-agent/agent_not_registered/shadow-1',
      ]);
      const departed = alerts.find((a) => a.reason === 'owner_departed');
      expect(departed?.evidence).toMatchObject({
        owner: 'alice@x.com',
        owner_status: 'departed',
        approved_by: 'bob@x.com',
      });
      const dlq = await readTopic(kafka, topics.dlq, 1);
      expect(dlq.length).toBe(1);
    } finally {
      await service.stop();
    }
    const s = await AgentwatchStore.open(
      configSchema.parse({ store: { path: store } }).store,
      silentLogger(),
    );
    try {
      const rows = await s.query<{ versions: string; owner: string }>(
        "SELECT versions, owner FROM {db}.agent_registry_current WHERE agent_id = 'reg-a'",
      );
      expect(rows.map((r) => [Number(r.versions), r.owner])).toEqual([[2, 'alice@x.com']]);
    } finally {
      await s.close();
    }
  }, 180_000);
});
