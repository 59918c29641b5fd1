import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, CASE_DIRECTORY, CASE_REGISTRATION, caseTime } from '../../src/detection/case-builder.js';

const act = (id: string, agentId: string = CASE_AGENT.id) => ({
  event_id: id,
  ts: caseTime(3, 10),
  agent: { ...CASE_AGENT, id: agentId },
  action: { api: 'invoices.list', service: 'invoices' },
});

export const cases: DetectorCase[] = [
  {
    name: 'an agent the registry does not know acts (shadow AI)',
    identity: { registry: [CASE_REGISTRATION], directory: CASE_DIRECTORY },
    history: [],
    event: act('e-shadow', 'agent-nobody-registered'),
    expect: { reason: 'agent_not_registered', severity: 'medium' },
  },
  {
    name: 'a suspended agent keeps acting',
    identity: { registry: [{ ...CASE_REGISTRATION, status: 'suspended' }] },
    history: [],
    event: act('e-suspended'),
    expect: { reason: 'agent_suspended', severity: 'high' },
  },
  {
    name: 'a retired agent acts again',
    identity: { registry: [{ ...CASE_REGISTRATION, status: 'retired' }] },
    history: [],
    event: act('e-retired'),
    expect: { reason: 'agent_retired', severity: 'high' },
  },
  {
    name: 'a registered, active agent is fine',
    identity: { registry: [CASE_REGISTRATION], directory: CASE_DIRECTORY },
    history: [],
    event: act('e-ok'),
    expect: null,
  },
  {
    name: 'without a registry nobody is unregistered',
    history: [],
    event: act('e-no-registry', 'agent-nobody-registered'),
    expect: null,
  },
];
