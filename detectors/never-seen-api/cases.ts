import type { AgentEventInput } from '../../schemas/event.js';
import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, buildHistory, caseTime } from '../../src/detection/case-builder.js';

const ROUTINE = ['invoices.list', 'invoices.get', 'customers.get', 'pdf.render'];
const history = buildHistory({ days: 21, perDay: 8, apis: ROUTINE, weekdaysOnly: true });
/** The same desk taking up a rarer tool on 5 of its 15 days, each used that day only: an open tool set. */
const openHistory = [
  ...history,
  ...[1, 4, 7, 10, 15].map((day, i) => ({
    event_id: `rare-${i}`,
    ts: caseTime(day, 12, 30),
    agent: { ...CASE_AGENT },
    action: { api: `rare.tool${i}` },
  })),
].sort((a, b) => Number(a.ts) - Number(b.ts));

/** Two peers of the agent's cohort (same name prefix) that took up mailing colleagues in week three. */
const mailingPeers = [1, 2].flatMap((n) =>
  [
    ...buildHistory({ days: 21, perDay: 8, apis: ROUTINE, weekdaysOnly: true }),
    ...[14, 15, 16, 17, 18].map((day) => ({
      event_id: `mail-${day}`,
      ts: caseTime(day, 11, 30),
      agent: { ...CASE_AGENT },
      action: { api: 'mail.send', category: 'send' as const, parameters: { to: `team${day}@example.com` } },
    })),
  ].map((e) => ({
    ...e,
    event_id: `p${n}-${e.event_id}`,
    ts: Number(e.ts) + n * 1_000,
    agent: { ...CASE_AGENT, id: `agent-case-peer-${n}`, name: `${CASE_AGENT.name}-${n + 1}` },
  })),
);
const withMailingPeers = [...history, ...mailingPeers].sort((a, b) => Number(a.ts) - Number(b.ts));

/** The agent's first call of an API, on day 22 at 10:00, after three weeks of its routine. */
const firstUse = (
  id: string,
  action: AgentEventInput['action'],
  resource: AgentEventInput['resource'],
): AgentEventInput => ({ event_id: id, ts: caseTime(22, 10), agent: { ...CASE_AGENT }, action, resource });

export const cases: DetectorCase[] = [
  {
    name: 'established agent deletes a bucket it never touched',
    history,
    event: firstUse(
      'e-delete',
      { api: 's3:DeleteBucket', service: 'aws-s3', category: 'delete' },
      { id: 'finance-archive', sensitivity: 'restricted' },
    ),
    expect: { reason: 'api_first_seen', severity: 'critical' },
  },
  {
    name: 'a never-seen read of confidential data is reported, at low severity',
    history,
    event: firstUse(
      'e-read',
      { api: 'customers.list', category: 'read' },
      { id: 'crm:customers', sensitivity: 'confidential' },
    ),
    expect: { reason: 'api_first_seen', severity: 'low' },
  },
  {
    name: 'a never-seen read of internal data is below the default minimum score',
    history,
    event: firstUse(
      'e-read-internal',
      { api: 'customers.list', category: 'read' },
      { id: 'crm:customers', sensitivity: 'internal' },
    ),
    expect: null,
  },
  {
    name: 'a first read that unloads a table to a bucket it names is an export, whatever the API is called',
    history,
    event: firstUse(
      'e-unload',
      {
        api: 'lakehouse.unload',
        category: 'read',
        parameters: { table: 'prod.crm.profiles', destination: 's3://partner-share/exports/' },
      },
      { id: 'lakehouse:prod.crm.profiles', sensitivity: 'internal' },
    ),
    expect: { reason: 'api_first_seen', severity: 'medium' },
  },
  {
    name: 'the same first read of a table, kept where it is, is below the default minimum score',
    history,
    event: firstUse(
      'e-unload-inside',
      { api: 'lakehouse.query', category: 'read', parameters: { table: 'prod.crm.profiles' } },
      { id: 'lakehouse:prod.crm.profiles', sensitivity: 'internal' },
    ),
    expect: null,
  },
  {
    name: 'a first write by an agent whose tool set is open is expected novelty',
    history: openHistory,
    event: firstUse(
      'e-open-write',
      { api: 'orders.amend', category: 'write' },
      { id: 'order-1', sensitivity: 'internal' },
    ),
    expect: null,
  },
  {
    name: 'the same first write by an agent whose tool set is closed is reported',
    history,
    event: firstUse(
      'e-closed-write',
      { api: 'orders.amend', category: 'write' },
      { id: 'order-1', sensitivity: 'internal' },
    ),
    expect: { reason: 'api_first_seen', severity: 'medium' },
  },
  {
    name: 'an open tool set does not explain a first send',
    history: openHistory,
    event: firstUse(
      'e-open-send',
      { api: 'mail.send', category: 'send' },
      { id: 'mailbox-1', sensitivity: 'internal' },
    ),
    expect: { reason: 'api_first_seen', severity: 'medium' },
  },
  {
    name: 'a first mail to a colleague, after the whole cohort took it up, is a rollout',
    history: withMailingPeers,
    event: {
      event_id: 'e-mail-inside',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'mail.send', category: 'send', parameters: { to: 'bob@example.com' } },
    },
    expect: null,
  },
  {
    name: 'a first mail outside, after the whole cohort took up mailing, is lowered, never hidden',
    history: withMailingPeers,
    event: {
      event_id: 'e-mail-outside',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'mail.send', category: 'send', parameters: { to: 'drop@elsewhere.example' } },
    },
    expect: { reason: 'api_first_seen', severity: 'medium' },
  },
  {
    name: 'a first identity action on confidential data is high: novelty alone is never critical',
    history,
    event: firstUse(
      'e-identity',
      { api: 'idp.users.mfa.reset', category: 'identity' },
      { id: 'user/carol', sensitivity: 'confidential' },
    ),
    expect: { reason: 'api_first_seen', severity: 'high' },
  },
  {
    name: 'a first mail to a configured internal domain, after the whole cohort took up mailing, is a rollout',
    history: withMailingPeers,
    config: { internal_domains: ['partner-corp.example'] },
    event: {
      event_id: 'e-mail-configured',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'mail.send', category: 'send', parameters: { to: 'dana@partner-corp.example' } },
    },
    expect: null,
  },
  {
    name: "a first mail to the served user's own mail provider is no inside mail (a help desk's customer at a public provider)",
    history: withMailingPeers,
    event: {
      event_id: 'e-mail-provider',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      on_behalf_of: { id: 'bob@mailbox.example', type: 'user' },
      action: { api: 'mail.send', category: 'send', parameters: { to: 'collector@mailbox.example' } },
    },
    expect: { reason: 'api_first_seen', severity: 'medium' },
  },
  {
    name: 'an API from the history raises nothing',
    history,
    event: {
      event_id: 'e-known',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'invoices.get' },
    },
    expect: null,
  },
  {
    name: 'an agent still in its learning period raises nothing',
    history: history.slice(0, 10),
    event: {
      event_id: 'e-young',
      ts: caseTime(2, 10),
      agent: { ...CASE_AGENT },
      action: { api: 's3:DeleteBucket', category: 'delete' },
    },
    expect: null,
  },
  {
    name: 'an API unused for longer than forget_after is new again',
    history: [
      ...buildHistory({ days: 14, perDay: 6, apis: ['legacy.export', ...ROUTINE] }),
      ...buildHistory({ days: 100, perDay: 4, apis: ROUTINE }).filter((e) => Number(e.ts) > caseTime(14, 0)),
    ],
    event: {
      event_id: 'e-forgotten',
      ts: caseTime(101, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'legacy.export', category: 'read' },
    },
    expect: { reason: 'api_first_seen' },
  },
];
