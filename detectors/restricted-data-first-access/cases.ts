import type { AgentEventInput } from '../../schemas/event.js';
import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, buildHistory, caseTime } from '../../src/detection/case-builder.js';

/** Three weeks of a feature feeder: queries of replica tables, writes of a feature set. */
const ROUTINE = ['warehouse.query', 'features.write'];
const history = buildHistory({
  days: 21,
  perDay: 8,
  apis: ROUTINE,
  weekdaysOnly: true,
  base: { resource: { id: 'dwh.billing_events_30d', sensitivity: 'confidential' } },
});

/** The same agent, which also read one restricted table on four days while it learned. */
const withRestricted: AgentEventInput[] = [
  ...history,
  ...[1, 2, 3, 4].map((day) => ({
    event_id: `r-${day}`,
    ts: caseTime(day, 16),
    agent: { ...CASE_AGENT },
    action: { api: 'warehouse.query' },
    resource: { id: 'prod.subscriber_auth', sensitivity: 'restricted' as const },
  })),
].sort((a, b) => Number(a.ts) - Number(b.ts));

function query(api: string, resource: string, fields: Partial<AgentEventInput> = {}): AgentEventInput {
  return {
    event_id: 'e-restricted',
    ts: caseTime(22, 2, 12),
    agent: { ...CASE_AGENT },
    action: { api },
    resource: { id: resource, sensitivity: 'restricted' },
    ...fields,
  };
}

export const cases: DetectorCase[] = [
  {
    name: 'an established feeder reads a production table of identity documents with its usual query API',
    history,
    event: query('warehouse.query', 'prod_bss.customer_identity_docs'),
    expect: { reason: 'restricted_first_touch', severity: 'medium' },
  },
  {
    name: 'restricted data sent out with a known API is high',
    history: buildHistory({
      days: 21,
      perDay: 8,
      apis: ['reports.send'],
      weekdaysOnly: true,
      base: { action: { api: 'reports.send', category: 'send' } },
    }),
    event: query('reports.send', 'prod.cardholder_data', {
      action: { api: 'reports.send', category: 'send' },
    }),
    expect: { reason: 'restricted_first_touch', severity: 'high' },
  },
  {
    name: 'an agent that touched restricted data while it learned reads another restricted table',
    history: withRestricted,
    event: query('warehouse.query', 'prod_bss.customer_master'),
    expect: null,
  },
  {
    name: 'a table the agent reads every day, relabelled restricted: not a new reach',
    history,
    event: query('warehouse.query', 'dwh.billing_events_30d'),
    expect: null,
  },
  {
    name: 'after reading its relabelled table, the first new restricted table is still a first reach',
    history: [
      ...history,
      {
        event_id: 'relabelled',
        ts: caseTime(21, 23),
        agent: { ...CASE_AGENT },
        action: { api: 'warehouse.query' },
        resource: { id: 'dwh.billing_events_30d', sensitivity: 'restricted' as const },
      },
    ],
    event: query('warehouse.query', 'prod.subscriber_auth'),
    expect: { reason: 'restricted_first_touch', severity: 'medium' },
  },
  {
    name: "a new API on restricted data is never-seen-api's, not this detector's",
    history,
    event: query('warehouse.export', 'prod_bss.customer_master'),
    expect: null,
  },
  {
    name: 'a confidential table new to the agent is not restricted data',
    history,
    event: query('warehouse.query', 'dwh.churn_scores', {
      resource: { id: 'dwh.churn_scores', sensitivity: 'confidential' },
    }),
    expect: null,
  },
  {
    name: 'a learning agent is not judged',
    history: history.slice(0, 20),
    event: { ...query('warehouse.query', 'prod_bss.customer_master'), ts: caseTime(5, 10) },
    expect: null,
  },
];
