// Vitest globalSetup: gives integration tests a real Kafka broker.
// Uses $KAFKA_BROKERS when it is reachable, else starts the local test broker.
// Never skips: tests that need Kafka must fail loudly when there is none.
import { connect } from 'node:net';
// Pulls 'vitest' into the program so the augmentation below has a module to
// augment even before any test file imports it; erased at runtime.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startKafkaBroker } from '../src/devtools/kafka-broker.js';
import type { KafkaBroker } from '../src/devtools/kafka-broker.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Comma-separated Kafka bootstrap addresses; read with inject('kafkaBrokers'). */
    kafkaBrokers: string;
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

  if (brokers === undefined) {
    try {
      started = await startKafkaBroker();
      brokers = started.brokers;
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
  // Test workers are spawned after globalSetup and inherit this environment.
  process.env.KAFKA_BROKERS = brokers;
}

export async function teardown(): Promise<void> {
  await started?.stop();
  started = undefined;
}
