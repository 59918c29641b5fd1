import type { DetectorCase } from '../../src/detection/detector-contract.js';
import {
  CASE_AGENT,
  CASE_DIRECTORY,
  CASE_REGISTRATION,
  buildHistory,
  caseTime,
} from '../../src/detection/case-builder.js';

const identity = { registry: [CASE_REGISTRATION], directory: CASE_DIRECTORY };
const orchestrator = 'agent-orchestrator';
const delegated = {
  on_behalf_of: { id: orchestrator, type: 'agent' as const },
  delegation_chain: [orchestrator, CASE_AGENT.id],
};
const history = buildHistory({
  days: 14,
  perDay: 8,
  apis: ['deploy.start', 'deploy.status'],
  base: delegated,
});
const act = (id: string, extra: Record<string, unknown>, minute = 0) => ({
  event_id: id,
  ts: caseTime(15, 10, minute),
  agent: { ...CASE_AGENT },
  action: { api: 'deploy.start' },
  ...delegated,
  ...extra,
});
const burst = Array.from({ length: 150 }, (_, i) => ({
  ...act(`b-${i}`, {}),
  ts: caseTime(15, 11) + i * 1000,
}));

export const cases: DetectorCase[] = [
  {
    name: 'an established agent acts for a new agent',
    identity,
    history,
    event: act('e-edge', {
      on_behalf_of: { id: 'agent-stranger', type: 'agent' },
      delegation_chain: ['agent-stranger', CASE_AGENT.id],
    }),
    expect: { reason: 'new_delegation_edge', severity: 'medium' },
  },
  {
    name: 'a chain six agents deep',
    identity,
    history,
    event: act('e-deep', { delegation_chain: ['a1', 'a2', 'a3', 'a4', orchestrator, CASE_AGENT.id] }),
    expect: { reason: 'chain_too_deep', severity: 'medium' },
  },
  {
    name: 'the agent is in its own chain',
    identity,
    history,
    event: act('e-loop', {
      delegation_chain: [orchestrator, CASE_AGENT.id, orchestrator, CASE_AGENT.id].slice(1),
    }),
    expect: { reason: 'delegation_loop', severity: 'high' },
  },
  {
    name: 'hundreds of delegated calls in ten minutes',
    identity,
    history: [...history, ...burst],
    event: { ...act('e-runaway', {}), ts: caseTime(15, 11) + 150_000 },
    expect: { reason: 'runaway_delegation', severity: 'medium' },
  },
  {
    name: 'the usual orchestrator, the usual chain',
    identity,
    history,
    event: act('e-ok', {}),
    expect: null,
  },
];
