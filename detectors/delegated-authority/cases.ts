import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, CASE_REGISTRATION, buildHistory, caseTime } from '../../src/detection/case-builder.js';

const users = ['u1@example.com', 'u2@example.com', 'u3@example.com', 'u4@example.com', 'u5@example.com'];
const directory = [
  ...users.map((id) => ({ id, groups: ['finance'] })),
  { id: 'intern@example.com', groups: ['interns'] },
  { id: 'gone@example.com', status: 'departed', groups: ['finance'] },
  { id: CASE_AGENT.owner, groups: ['finance'] },
  { id: 'bob@example.com', groups: ['finance'] },
  { kind: 'group', id: 'finance', scopes: ['invoices', 'payments'] },
  { kind: 'group', id: 'interns', scopes: ['wiki'] },
];
const identity = {
  registry: [{ ...CASE_REGISTRATION, scopes_granted: ['invoices', 'payments'] }],
  directory,
};
// Two weeks of invoice reads for five finance users.
const history = buildHistory({ days: 14, perDay: 10, apis: ['invoices.list'] }).map((e, i) => ({
  ...e,
  action: { api: 'invoices.list', service: 'invoices' },
  on_behalf_of: { id: users[i % users.length] ?? 'u1@example.com', type: 'user' as const },
}));
const act = (
  id: string,
  user: string,
  api = 'invoices.list',
  service = 'invoices',
  category?: 'payment',
) => ({
  event_id: id,
  ts: caseTime(15, 10),
  agent: { ...CASE_AGENT },
  on_behalf_of: { id: user, type: 'user' as const },
  action: { api, service, ...(category ? { category } : {}) },
});

export const cases: DetectorCase[] = [
  {
    name: 'an intern gets the agent to read invoices their group may not',
    identity,
    history,
    event: act('e-bypass', 'intern@example.com'),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'the agent acts for someone who has left',
    identity,
    history,
    event: act('e-departed', 'gone@example.com'),
    expect: { reason: 'user_departed', severity: 'high' },
  },
  {
    name: 'a payment none of the five users ever asked for',
    identity,
    history,
    event: act('e-unusual', 'u2@example.com', 'payments.transfers.create', 'payments', 'payment'),
    expect: { reason: 'unusual_for_users', severity: 'medium' },
  },
  {
    name: 'a finance user reading invoices',
    identity,
    history,
    event: act('e-ok', 'u3@example.com'),
    expect: null,
  },
  {
    name: 'a person outside the directory is not judged',
    identity,
    history,
    event: act('e-unknown', 'contractor@partner.example'),
    expect: null,
  },
];
