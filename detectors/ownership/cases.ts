import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, CASE_DIRECTORY, CASE_REGISTRATION, caseTime } from '../../src/detection/case-builder.js';

const act = (id: string) => ({
  event_id: id,
  ts: caseTime(3, 10),
  agent: { ...CASE_AGENT },
  action: { api: 'invoices.list', service: 'invoices' },
});
const departed = (id: string) => ({
  id,
  status: 'departed',
  manager: 'carol@example.com',
  groups: ['staff'],
});

export const cases: DetectorCase[] = [
  {
    name: 'a registered agent with no owner',
    identity: { registry: [{ ...CASE_REGISTRATION, owner: null }], directory: CASE_DIRECTORY },
    history: [],
    event: act('e-no-owner'),
    expect: { reason: 'no_owner', severity: 'medium' },
  },
  {
    name: 'the owner has left the company',
    identity: {
      registry: [CASE_REGISTRATION],
      directory: [departed(CASE_AGENT.owner), ...CASE_DIRECTORY.slice(1)],
    },
    history: [],
    event: act('e-owner-left'),
    expect: { reason: 'owner_departed', severity: 'medium' },
  },
  {
    name: 'the approver has left the company',
    identity: {
      registry: [CASE_REGISTRATION],
      directory: [CASE_DIRECTORY[0] ?? {}, departed('bob@example.com'), ...CASE_DIRECTORY.slice(2)],
    },
    history: [],
    event: act('e-approver-left'),
    expect: { reason: 'approver_departed', severity: 'medium' },
  },
  {
    name: 'an owner and approver in the company',
    identity: { registry: [CASE_REGISTRATION], directory: CASE_DIRECTORY },
    history: [],
    event: act('e-ok'),
    expect: null,
  },
  {
    name: 'an owner who is a team mailbox (not in the directory) is an owner',
    identity: {
      registry: [{ ...CASE_REGISTRATION, owner: 'finance-ops@example.com' }],
      directory: CASE_DIRECTORY,
    },
    history: [],
    event: act('e-team-owner'),
    expect: null,
  },
];
