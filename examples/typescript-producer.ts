// A minimal agentwatch producer: one v1 event per agent action, keyed by agent id.
// Run against a broker: KAFKA_BROKERS=localhost:9092 npx tsx examples/typescript-producer.ts
import { randomUUID } from 'node:crypto';
import kafkajs from 'kafkajs';
import type { AgentEventInput } from '../schemas/event.js';

const { Kafka } = kafkajs;

const kafka = new Kafka({
  clientId: 'my-agent-platform',
  brokers: (process.env['KAFKA_BROKERS'] ?? 'localhost:9092').split(','),
});
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });

/** Call this wherever your platform executes a tool for an agent. */
export async function reportAction(event: AgentEventInput): Promise<void> {
  await producer.send({
    topic: 'agent.activity',
    acks: -1,
    // The key keeps one agent's events in order on one partition and on one agentwatch instance.
    messages: [{ key: event.agent.id, value: JSON.stringify(event) }],
  });
}

async function main(): Promise<void> {
  await producer.connect();
  await reportAction({
    event_id: randomUUID(),
    ts: new Date().toISOString(),
    agent: { id: 'mail-assistant-42', name: 'mail-assistant', type: 'personal', owner: 'alice@example.com' },
    on_behalf_of: { id: 'alice@example.com', type: 'user' },
    action: {
      api: 'gmail.users.messages.send',
      service: 'gmail',
      category: 'send',
      parameters: { to: 'bob@example.com' },
    },
    resource: { id: 'bob@example.com', type: 'recipient', sensitivity: 'internal' },
    intent: {
      task_id: 'reply-bob-0142',
      description: 'Reply to Bob about the Q3 offsite',
      scopes: ['gmail.send'],
    },
    credential: {
      id: 'oauth-7f3a',
      type: 'oauth2',
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    },
  });
  await producer.disconnect();
}

if (process.argv[1]?.endsWith('typescript-producer.ts')) await main();
