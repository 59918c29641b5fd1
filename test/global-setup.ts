// Vitest globalSetup: gives integration tests a real Kafka broker.
// Uses $KAFKA_BROKERS when it is reachable, else starts the local test broker.
// Never skips: tests that need Kafka must fail loudly when there is none.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Pulls 'vitest' into the program so the augmentation below has a module to
// augment even before any test file imports it; erased at runtime.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startKafkaBroker } from '../src/devtools/kafka-broker.js';
import type { KafkaBroker } from '../src/devtools/kafka-broker.js';
import { generateTestCertificates } from './support/tls-certs.js';

/** The secured listeners of the test broker (see scripts/kafka-broker.sh --tls-dir). */
export interface SecureKafka {
  /** SASL_SSL: PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512 for `user`. */
  saslSsl: string;
  /** SSL requiring a client certificate signed by the CA. */
  ssl: string;
  user: string;
  password: string;
  /** Holds ca.pem and ca.key (to sign client certificates), server.pem. */
  certDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Comma-separated Kafka bootstrap addresses; read with inject('kafkaBrokers'). */
    kafkaBrokers: string;
    /**
     * The secured listeners: those of the local test broker, or of an external one named by
     * KAFKA_SASL_SSL_BROKERS, KAFKA_SSL_BROKERS, KAFKA_SASL_USER, KAFKA_SASL_PASSWORD and
     * KAFKA_TLS_CERT_DIR; null when an external broker is used without them.
     */
    kafkaSecure: SecureKafka | null;
  }
}

function tcpCheck(address: string, timeoutMs = 3000): Promise<void> {
  const match = /^(.+):(\d+)$/.exec(address);
  if (!match) return Promise.reject(new Error(`'${address}' is not host:port`));
  const [, host = '', port = ''] = match;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: host.replace(/^\[|\]$/g, ''), port: Number(port) });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
    socket.once('error', (err) => reject(new Error(`${address}: ${err.message}`)));
  });
}

let started: KafkaBroker | undefined;
let certDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const fromEnv = process.env.KAFKA_BROKERS?.trim();
  let brokers: string | undefined;
  let envProblem = '';

  if (fromEnv) {
    try {
      await Promise.all(fromEnv.split(',').map((a) => tcpCheck(a.trim())));
      brokers = fromEnv;
    } catch (err) {
      envProblem = `KAFKA_BROKERS=${fromEnv} is not reachable (${(err as Error).message})`;
      console.warn(`[global-setup] ${envProblem}; starting a local test broker instead`);
    }
  }

  let secure: SecureKafka | null = null;
  if (brokers !== undefined) {
    const env = process.env;
    if (env.KAFKA_SASL_SSL_BROKERS && env.KAFKA_SSL_BROKERS && env.KAFKA_TLS_CERT_DIR)
      secure = {
        saslSsl: env.KAFKA_SASL_SSL_BROKERS,
        ssl: env.KAFKA_SSL_BROKERS,
        user: env.KAFKA_SASL_USER ?? '',
        password: env.KAFKA_SASL_PASSWORD ?? '',
        certDir: env.KAFKA_TLS_CERT_DIR,
      };
  }
  if (brokers === undefined) {
    try {
      certDir = mkdtempSync(join(tmpdir(), 'agentwatch-kafka-tls-'));
      generateTestCertificates(certDir);
      const user = 'agentwatch-test';
      const password = `pw-${process.pid}-${Math.floor(Math.random() * 1e9)}`;
      writeFileSync(join(certDir, 'sasl-password'), `${password}\n`);
      started = await startKafkaBroker({ secure: { tlsDir: certDir, user, password } });
      brokers = started.brokers;
      if (started.saslSsl && started.ssl)
        secure = { saslSsl: started.saslSsl, ssl: started.ssl, user, password, certDir };
    } catch (err) {
      throw new Error(
        'No Kafka broker for the tests. ' +
          (envProblem ? `${envProblem}, and starting ` : 'Starting ') +
          'the local one (bash scripts/kafka-broker.sh fetch && start; needs mvn and Java 17+) failed:\n' +
          (err as Error).message,
      );
    }
  }

  project.provide('kafkaBrokers', brokers);
  project.provide('kafkaSecure', secure);
  // Test workers are spawned after globalSetup and inherit this environment.
  process.env.KAFKA_BROKERS = brokers;
}

export async function teardown(): Promise<void> {
  await started?.stop();
  started = undefined;
  if (certDir) rmSync(certDir, { recursive: true, force: true });
  certDir = undefined;
}
