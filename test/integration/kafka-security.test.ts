import { Writable } from 'node:stream';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Kafka } from 'kafkajs';
import { alertSchema } from '../../schemas/alert.js';
import { configSchema, type Config } from '../../schemas/config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createKafka } from '../../src/kafka/kafka-client.js';
import { silentLogger } from '../../src/logger.js';
import { AgentwatchService } from '../../src/service/agentwatch-service.js';
import { agentHistory, callOn } from '../support/event-factory.js';
import { createTopics, produce, readTopic, testKafka, topicsFor } from '../support/kafka-test-kit.js';
import { tempDir } from '../support/temp-dir.js';
import { generateClientCertificate } from '../support/tls-certs.js';
import { waitFor } from '../support/wait-for.js';

const brokers = inject('kafkaBrokers');
const secureOrNull = inject('kafkaSecure');
if (!secureOrNull)
  throw new Error(
    'kafka-security tests need the secured listeners of the test broker (started by test/global-setup.ts), or KAFKA_SASL_SSL_BROKERS, KAFKA_SSL_BROKERS, KAFKA_SASL_USER, KAFKA_SASL_PASSWORD and KAFKA_TLS_CERT_DIR for an external one',
  );
const secure = secureOrNull;
const caFile = join(secure.certDir, 'ca.pem');
const dir = tempDir('kafka-security');
let plain: Kafka;

beforeAll(() => {
  plain = testKafka(brokers);
});
afterAll(() => dir.cleanup());

/** The `kafka` section for the secured listeners, with `overrides` merged into sasl and tls. */
function kafkaSection(
  listener: string,
  sasl: Record<string, unknown>,
  tls: Record<string, unknown>,
): Config['kafka'] {
  return configSchema.parse({
    kafka: { brokers: [listener], sasl, tls: { enabled: true, ca_file: caFile, ...tls } },
  }).kafka;
}

/** A log sink that keeps every line. */
function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), text: () => lines.join('') };
}

/** Creates `topic` (through the plain listener), connects a producer with `cfg` and sends one message. */
async function sendOne(cfg: Config['kafka'], topic: string): Promise<void> {
  const admin = plain.admin();
  await admin.connect();
  await createTopics(admin, [topic], 1).finally(() => admin.disconnect());
  const producer = createKafka({ ...cfg, client_id: 'security-test' }, silentLogger()).producer({
    retry: { retries: 0 },
  });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: [{ value: 'ping' }] });
  } finally {
    await producer.disconnect();
  }
}

/** Connecting with `cfg` must fail; resolves with the error text. */
async function refused(cfg: Config['kafka']): Promise<string> {
  const kafka = createKafka({ ...cfg, client_id: 'security-test' }, silentLogger());
  const admin = kafka.admin({ retry: { retries: 0 } });
  try {
    await admin.connect();
    await admin.listTopics();
  } catch (error: unknown) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
  throw new Error('connection was accepted');
}

describe('Kafka SASL and TLS', () => {
  it.each(['plain', 'scram-sha-256', 'scram-sha-512'] as const)(
    'authenticates with SASL %s over TLS checked against the CA',
    async (mechanism) => {
      const topic = `sec-${mechanism}-${process.pid}`;
      await sendOne(
        kafkaSection(secure.saslSsl, { mechanism, username: secure.user, password: secure.password }, {}),
        topic,
      );
      const [message] = await readTopic(plain, topic, 1, 200);
      expect(message?.value).toBe('ping');
    },
  );

  it('refuses a wrong password, a CA that did not sign the broker, and a broker name that does not match', async () => {
    const good = { mechanism: 'scram-sha-512', username: secure.user, password: secure.password };
    const wrong = await refused(
      kafkaSection(secure.saslSsl, { ...good, password: 'not-the-password-42' }, {}),
    );
    expect(wrong).toMatch(/SASL|authentication/i);
    expect(wrong).not.toContain('not-the-password-42');

    // System CAs only: the test CA is unknown to them.
    expect(await refused(kafkaSection(secure.saslSsl, good, { ca_file: null }))).toMatch(
      /certificate|self.signed|issuer/i,
    );

    // The certificate names localhost and 127.0.0.1, not this name: refused unless the check is off.
    expect(
      await refused(kafkaSection(secure.saslSsl, good, { servername: 'broker.elsewhere.example' })),
    ).toMatch(/altnames|hostname|Host: broker\.elsewhere\.example/i);
    await sendOne(
      kafkaSection(secure.saslSsl, good, { servername: 'broker.elsewhere.example', check_hostname: false }),
      `sec-nocheck-${process.pid}`,
    );
  });

  it('presents a client certificate to a listener that requires one', async () => {
    const client = generateClientCertificate(secure.certDir, `client-${process.pid}`);
    expect(await refused(kafkaSection(secure.ssl, { mechanism: 'none' }, {}))).toMatch(
      /closed|ECONNRESET|socket|certificate|handshake|Connection error/i,
    );
    await sendOne(
      kafkaSection(
        secure.ssl,
        { mechanism: 'none' },
        { cert_file: client.certFile, key_file: client.keyFile },
      ),
      `sec-mtls-${process.pid}`,
    );
  });

  it('runs the service over SASL_SSL (source, Kafka sink, Kafka dead letters) with the password from a file, and never logs it', async () => {
    const topics = topicsFor('secure-service');
    const sinkDlq = `${topics.alerts}-dead`;
    const admin = plain.admin();
    await admin.connect();
    await createTopics(admin, [topics.input, topics.alerts, topics.dlq, sinkDlq]);
    await admin.disconnect();
    const configFile = join(dir.path, 'config.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      configFile,
      JSON.stringify({
        log_level: 'trace',
        http: { enabled: false },
        kafka: {
          topic: topics.input,
          dlq_topic: topics.dlq,
          group_id: topics.group,
          max_wait_ms: 200,
          session_timeout_ms: 10_000,
        },
        store: { path: join(dir.path, 'store'), batch_max_ms: 200, baseline_persist_ms: 200 },
        baseline: { learning_min_days: 3, learning_min_events: 20 },
        sinks: [{ type: 'kafka', topic: topics.alerts, dead_letter: { type: 'kafka', topic: sinkDlq } }],
      }),
    );
    // Everything secret or secured comes from the environment here, as in a container.
    const config = loadConfig({
      file: configFile,
      env: {
        AGENTWATCH_KAFKA_BROKERS: secure.saslSsl,
        AGENTWATCH_KAFKA_SASL_MECHANISM: 'scram-sha-512',
        AGENTWATCH_KAFKA_SASL_USERNAME: secure.user,
        AGENTWATCH_KAFKA_SASL_PASSWORD_FILE: join(secure.certDir, 'sasl-password'),
        AGENTWATCH_KAFKA_TLS: 'true',
        AGENTWATCH_KAFKA_TLS_CA_FILE: caFile,
      },
    });
    expect(config.kafka.sasl.password).toBe('');

    const events = agentHistory({ agentId: 'sec-agent', days: 4, perDay: 8, apis: ['kb.get', 'kb.list'] });
    await produce(plain, topics.input, [
      ...events,
      callOn('sec-agent', 'iam:CreateUser', 5, 'sec-anomaly'),
      'not json',
    ]);

    const { logger, text } = capturedLogger();
    const service = new AgentwatchService(config, logger, { defaultMetrics: false });
    await service.start();
    try {
      await waitFor('every record processed', () => (service.stats?.read ?? 0) >= events.length + 2);
    } finally {
      await service.stop();
    }
    const logs = text();
    const notable = logs.split('\n').filter((l) => /"level":(4|5|6)0|record rejected|rebalance/.test(l));
    expect(
      service.stats?.rejected,
      `${JSON.stringify(service.stats)}\n${notable.join('\n').slice(0, 4000)}`,
    ).toBe(1);
    const alerts = await readTopic(plain, topics.alerts, 1, 500);
    const flagged = alerts.flatMap((m) => alertSchema.parse(JSON.parse(m.value)).event_ids);
    expect(new Set(flagged)).toEqual(new Set(['sec-anomaly']));
    const [dead] = await readTopic(plain, topics.dlq, 1, 200);
    expect(dead?.value).toBe('not json');

    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(secure.password);
  });
});
