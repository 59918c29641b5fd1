import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { configSchema } from '../../schemas/config.js';
import { silentLogger } from '../../src/logger.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import { agentHistory } from '../support/event-factory.js';
import { createTopics, produce, testKafka, topicsFor } from '../support/kafka-test-kit.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const brokers = inject('kafkaBrokers');
const dir = tempDir('service');
afterAll(() => dir.cleanup());

async function get(url: string): Promise<{ status: number; body: string }> {
  try {
    const res = await fetch(url);
    return { status: res.status, body: await res.text() };
  } catch {
    return { status: 0, body: '' };
  }
}

describe('agentwatch run as a process', () => {
  it('serves /healthz, /readyz and /metrics, and on SIGTERM finishes its batch, commits and exits 0', async () => {
    const topics = topicsFor('service');
    const kafka = testKafka(brokers);
    const admin = kafka.admin();
    await admin.connect();
    await createTopics(admin, [topics.input, topics.alerts, topics.dlq]);
    await admin.disconnect();

    const port = 20_000 + (process.pid % 20_000);
    const store = join(dir.path, 'store');
    const configFile = join(dir.path, 'config.json');
    writeFileSync(
      configFile,
      JSON.stringify({
        log_level: 'warn',
        http: { host: '127.0.0.1', port },
        kafka: {
          brokers: brokers.split(','),
          topic: topics.input,
          dlq_topic: topics.dlq,
          group_id: topics.group,
          max_wait_ms: 200,
        },
        store: { path: store, batch_max_ms: 200 },
        sinks: [{ type: 'kafka', topic: topics.alerts }],
      }),
    );
    const child = spawn(process.execPath, [BIN, 'run', '--config', configFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = once(child, 'exit');
    try {
      await waitFor('/healthz', async () => (await get(`http://127.0.0.1:${port}/healthz`)).status === 200);
      await waitFor('/readyz', async () => (await get(`http://127.0.0.1:${port}/readyz`)).status === 200);

      const events = agentHistory({
        agentId: 'svc-agent',
        days: 2,
        perDay: 25,
        apis: ['kb.search', 'kb.get'],
      });
      await produce(kafka, topics.input, [...events, 'garbage']);
      await waitFor('events counted in /metrics', async () => {
        const { body } = await get(`http://127.0.0.1:${port}/metrics`);
        return (
          /agentwatch_events_received_total\{source="kafka"\} 51/.test(body) &&
          /agentwatch_events_stored_total 50/.test(body)
        );
      });
      const { body } = await get(`http://127.0.0.1:${port}/metrics`);
      expect(body).toMatch(/agentwatch_events_rejected_total\{source="kafka",reason="malformed_json"\} 1/);
      expect(body).toContain('agentwatch_batch_duration_seconds_bucket');
      expect(body).toContain('agentwatch_consumer_lag_messages');
      expect(body).toContain('process_cpu_seconds_total');
      expect(body).not.toContain('svc-agent');
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await exited) as [number | null];
    expect(code, stderr).toBe(0);

    const s = await AgentwatchStore.open(
      configSchema.parse({ store: { path: store } }).store,
      silentLogger(),
    );
    try {
      const [row] = await s.query<{ n: number }>('SELECT count() AS n FROM {db}.events');
      expect(row?.n).toBe(50);
    } finally {
      await s.close();
    }
  });
});
