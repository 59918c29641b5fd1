import kafkajs from 'kafkajs';
import type { Admin, IHeaders, Kafka } from 'kafkajs';
import { configSchema, type Config } from '../../schemas/config.js';
import { silentLogger } from '../../src/logger.js';
import { AgentwatchService } from '../../src/service/agentwatch-service.js';
import { waitFor } from './wait-for.js';

const { Kafka: KafkaClient, logLevel } = kafkajs;

/** A message read back from a topic. */
export interface ReadMessage {
  key: string | null;
  value: string;
  headers: Record<string, string>;
  partition: number;
}

/** Topic names unique to one test, on the broker from the global setup. */
export function topicsFor(name: string) {
  const suffix = `${name}-${process.pid}-${Math.floor(Math.random() * 1e9)}`;
  return {
    input: `in-${suffix}`,
    alerts: `alerts-${suffix}`,
    dlq: `dlq-${suffix}`,
    group: `group-${suffix}`,
  };
}

export function testKafka(brokers: string): Kafka {
  return new KafkaClient({
    clientId: 'agentwatch-test',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
  });
}

/**
 * Creates `topics` and waits until every partition has a leader. A fresh KRaft broker may answer
 * "This server does not host this topic-partition" for a moment after creating a topic, which
 * kafkajs' own `waitForLeaders` does not retry: the metadata is polled here instead.
 */
export async function createTopics(admin: Admin, topics: string[], partitions = 3): Promise<void> {
  await admin.createTopics({
    waitForLeaders: false,
    topics: topics.map((topic) => ({ topic, numPartitions: partitions })),
  });
  await waitFor(`leaders of ${topics.join(', ')}`, async () => {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      return metadata.topics.every(
        (t) => t.partitions.length === partitions && t.partitions.every((p) => p.leader >= 0),
      );
    } catch {
      return false;
    }
  });
}

/** Produces values keyed by agent id (or unkeyed raw strings). */
export async function produce(kafka: Kafka, topic: string, records: readonly unknown[]): Promise<void> {
  // Idempotent: a retry after a timeout under load must not write a record twice, or tests that
  // count what was read would see more than was sent.
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    await producer.send({
      topic,
      acks: -1,
      messages: records.map((r) =>
        typeof r === 'string'
          ? // Keyed too: a retried keyless record may land on another partition, where idempotence
            // cannot see it is the same one.
            { key: 'raw-line', value: r }
          : { key: (r as { agent?: { id?: string } }).agent?.id ?? null, value: JSON.stringify(r) },
      ),
    });
  } finally {
    await producer.disconnect();
  }
}

function headerText(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out[k] = first.toString();
  }
  return out;
}

/** Reads a topic from the beginning until `expected` messages arrived and `settleMs` passes with no more. */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  expected: number,
  settleMs = 1500,
): Promise<ReadMessage[]> {
  const consumer = kafka.consumer({ groupId: `reader-${topic}-${Math.random()}`, maxWaitTimeInMs: 200 });
  const messages: ReadMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let lastAt = Date.now();
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      messages.push({
        key: message.key?.toString() ?? null,
        value: message.value?.toString() ?? '',
        headers: headerText(message.headers),
        partition,
      });
      lastAt = Date.now();
      return Promise.resolve();
    },
  });
  try {
    await waitFor(`${expected} messages on ${topic}`, () => messages.length >= expected, 60_000);
    await waitFor('the topic to settle', () => Date.now() - lastAt >= settleMs, 60_000);
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

/**
 * Every message on `topic` up to its end as it is now (each partition's high watermark): for a topic
 * whose writers are done (a sink that resolved its sends, a stopped service), an exact read that
 * needs no quiet period to wait out before counting duplicates.
 */
export async function readTopicToEnd(kafka: Kafka, topic: string): Promise<ReadMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<number, bigint>();
  try {
    for (const { partition, high } of await admin.fetchTopicOffsets(topic)) ends.set(partition, BigInt(high));
  } finally {
    await admin.disconnect();
  }
  const unread = new Set([...ends].filter(([, high]) => high > 0n).map(([partition]) => partition));
  const messages: ReadMessage[] = [];
  if (unread.size === 0) return messages;
  const consumer = kafka.consumer({ groupId: `reader-${topic}-${Math.random()}`, maxWaitTimeInMs: 200 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      const end = ends.get(partition) ?? 0n;
      if (BigInt(message.offset) < end) {
        messages.push({
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? '',
          headers: headerText(message.headers),
          partition,
        });
      }
      if (BigInt(message.offset) + 1n >= end) unread.delete(partition);
      return Promise.resolve();
    },
  });
  try {
    await waitFor(`${topic} read to its end`, () => unread.size === 0, 60_000);
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

/** A service config for tests: small learning period, fast checkpoints, no HTTP unless asked. */
export function serviceConfig(options: {
  brokers: string;
  topics: ReturnType<typeof topicsFor>;
  store: string;
  http?: boolean;
  maxBytesPerPartition?: number;
}): Config {
  return configSchema.parse({
    log_level: 'silent',
    http: { enabled: options.http ?? false, port: 0, host: '127.0.0.1' },
    kafka: {
      brokers: options.brokers.split(','),
      topic: options.topics.input,
      dlq_topic: options.topics.dlq,
      group_id: options.topics.group,
      max_wait_ms: 200,
      session_timeout_ms: 10_000,
      max_bytes_per_partition: options.maxBytesPerPartition ?? 1_048_576,
    },
    store: { path: options.store, batch_max_ms: 200, batch_max_rows: 500 },
    baseline: { learning_min_days: 3, learning_min_events: 20 },
    sinks: [{ type: 'kafka', topic: options.topics.alerts }],
  });
}

/** Starts a service and waits until it has joined its group. */
export async function startService(config: Config): Promise<AgentwatchService> {
  const service = new AgentwatchService(config, silentLogger(), { defaultMetrics: false });
  await service.start();
  await waitFor('the consumer to join its group', () => service.ready, 60_000);
  return service;
}
