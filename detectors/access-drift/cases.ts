import type { DetectorCase } from '../../src/detection/detector-contract.js';
import {
  CASE_AGENT,
  CASE_DIRECTORY,
  CASE_REGISTRATION,
  buildHistory,
  caseTime,
} from '../../src/detection/case-builder.js';

// Two weeks of work on the two granted services, in three vocabularies of scopes.
const mail = { action: { api: 'gmail.users.messages.send', service: 'gmail', category: 'send' as const } };
const history = [
  ...buildHistory({
    days: 14,
    perDay: 6,
    apis: ['invoices.list'],
    base: { action: { api: 'invoices.list', service: 'invoices' } },
  }),
  ...buildHistory({ days: 14, perDay: 4, apis: ['x'], base: mail }).map((e, i) => ({
    ...e,
    event_id: `m-${i}`,
    ts: Number(e.ts) + 1000,
  })),
].sort((a, b) => Number(a.ts) - Number(b.ts));
const withScopes = (scopes: string[]) => ({
  registry: [{ ...CASE_REGISTRATION, scopes_granted: scopes }],
  directory: CASE_DIRECTORY,
});
const act = (id: string, api: string, service: string, minute = 0) => ({
  event_id: id,
  ts: caseTime(15, 10, minute),
  agent: { ...CASE_AGENT },
  action: { api, service },
});

export const cases: DetectorCase[] = [
  {
    name: 'a payment API outside grants named by service',
    identity: withScopes(['invoices', 'gmail']),
    history,
    event: act('e-beyond', 'stripe.payouts.create', 'stripe'),
    expect: { reason: 'beyond_grant', severity: 'medium' },
  },
  {
    name: 'grants written as OAuth URLs match by shared words',
    identity: withScopes([
      'https://www.googleapis.com/auth/gmail.send',
      'https://api.example.com/auth/invoices.readonly',
      'https://www.googleapis.com/auth/calendar',
      'https://www.googleapis.com/auth/drive.file',
    ]),
    history,
    event: act('e-oauth-ok', 'gmail.users.messages.send', 'gmail'),
    expect: null,
  },
  {
    name: 'OAuth-URL grants: a service none of them names',
    identity: withScopes([
      'https://www.googleapis.com/auth/gmail.send',
      'https://api.example.com/auth/invoices.readonly',
      'https://www.googleapis.com/auth/calendar',
      'https://www.googleapis.com/auth/drive.file',
    ]),
    history,
    event: act('e-oauth-beyond', 'iam.users.create', 'aws-iam'),
    expect: { reason: 'beyond_grant' },
  },
  {
    name: 'capability-word grants: what the agent did while learning is what was granted',
    identity: withScopes(['billing', 'correspondence']),
    history,
    event: act('e-capability-ok', 'gmail.users.messages.send', 'gmail'),
    expect: null,
  },
  {
    name: 'capability-word grants: a new system after learning is drift',
    identity: withScopes(['billing', 'correspondence']),
    history,
    event: act('e-capability-beyond', 'db.query', 'prod-postgres'),
    expect: { reason: 'beyond_grant' },
  },
  {
    name: 'five new systems in a day is fast growth',
    identity: withScopes(['*']),
    history: [
      ...history,
      act('n1', 'a.x', 'svc-a', 1),
      act('n2', 'b.x', 'svc-b', 2),
      act('n3', 'c.x', 'svc-c', 3),
      act('n4', 'd.x', 'svc-d', 4),
    ],
    event: act('e-growth', 'e.x', 'svc-e', 5),
    expect: { reason: 'footprint_growth', severity: 'medium' },
  },
];
