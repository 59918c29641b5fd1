import { mulberry32 } from '../src/simulation/prng.js';

/**
 * Synthetic but realistically shaped events for benchmarks: each agent has ~20 APIs and ~10
 * resources, an owner, a type, a declared task; time moves forward through office hours.
 */

const API_POOL = [
  'gmail.users.messages.send',
  'gmail.users.messages.list',
  'gmail.users.messages.get',
  'calendar.events.list',
  'calendar.events.insert',
  'drive.files.get',
  'drive.files.list',
  'drive.files.create',
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  'salesforce.query',
  'salesforce.sobjects.update',
  'GET /v1/contacts/{id}',
  'POST /v1/contacts',
  'jira.issues.create',
  'jira.issues.get',
  'jira.search',
  'slack.chat.postMessage',
  'slack.conversations.history',
  'github.repos.get',
  'github.pulls.list',
  'github.issues.create',
  'zendesk.tickets.update',
  'zendesk.tickets.show',
  'hubspot.deals.list',
  'stripe.invoices.list',
  'stripe.customers.retrieve',
  'notion.pages.retrieve',
  'notion.pages.create',
];

const TYPES = ['personal', 'third_party', 'organizational'] as const;
const ROLES = ['mail-assistant', 'crm-sync', 'support-triage', 'code-reviewer', 'finance-bot', 'scheduler'];

interface BenchAgent {
  id: string;
  prefix: string;
  apis: string[];
  resources: string[];
}

export interface BenchEventOptions {
  events: number;
  agents: number;
  seed?: number;
  /** Every `anomalyEvery`-th event (after the warm-up) calls an API its agent never used. */
  anomalyEvery?: number;
  /** Share of the stream before the first anomaly (default 0.5: agents learn first). */
  warmUp?: number;
  /** Prefix of the injected APIs, unique per run so that one run's anomalies are new to the next. */
  anomalyApi?: string;
  /** First event time (epoch ms). */
  start?: number;
}

/** NDJSON lines (no newline), in event-time order. */
export function* benchEventLines(
  options: BenchEventOptions,
): Generator<{ line: string; agentId: string; eventId: string; anomaly: boolean }> {
  const random = mulberry32(options.seed ?? 1);
  const agents: BenchAgent[] = [];
  for (let i = 0; i < options.agents; i += 1) {
    const role = ROLES[i % ROLES.length] ?? 'agent';
    const type = TYPES[i % TYPES.length] ?? 'personal';
    const owner = i % 17 === 0 ? '' : `,"owner":"user${i % 997}@example.com"`;
    const id = `agent-${String(i).padStart(6, '0')}`;
    const apis = Array.from({ length: 20 }, (_, k) => API_POOL[(i * 7 + k) % API_POOL.length] ?? 'noop');
    const resources = Array.from({ length: 10 }, (_, k) => `res-${i % 500}-${k}`);
    agents.push({
      id,
      prefix: `"agent":{"id":"${id}","name":"${role}-${i}","type":"${type}"${owner}},`,
      apis,
      resources,
    });
  }
  // Spread the stream over ~14 days of office hours so agents leave their learning period.
  const start = options.start ?? Date.UTC(2026, 2, 2, 8);
  const span = 14 * 86_400_000;
  const step = span / Math.max(1, options.events);
  const warmUp = Math.floor(options.events * (options.warmUp ?? 0.5));
  for (let n = 0; n < options.events; n += 1) {
    const agentIndex = n % agents.length;
    const agent = agents[agentIndex] as BenchAgent;
    const ts = Math.floor(start + n * step);
    const anomaly = options.anomalyEvery !== undefined && n > warmUp && n % options.anomalyEvery === 0;
    const api = anomaly
      ? `${options.anomalyApi ?? 'admin.iam.createAccessKey'}.${n}`
      : (agent.apis[Math.floor(random() * agent.apis.length)] ?? 'noop');
    const resource = agent.resources[Math.floor(random() * agent.resources.length)] ?? 'r';
    const eventId = `ev-${n}`;
    const line =
      `{"event_id":"${eventId}","ts":${ts},${agent.prefix}` +
      `"action":{"api":"${api}","category":"${anomaly ? 'identity' : 'read'}"},` +
      `"resource":{"id":"${resource}","sensitivity":"internal"},` +
      `"on_behalf_of":{"id":"user${(agentIndex * 3 + (n % 5)) % 997}@example.com","type":"user"},` +
      `"intent":{"task_id":"task-${agentIndex % 40}-${n % 3}","description":"Summarise and file the weekly report"}}`;
    yield { line, agentId: agent.id, eventId, anomaly };
  }
}
