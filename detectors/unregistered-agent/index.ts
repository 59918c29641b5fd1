import { z } from 'zod';
import type { AgentEvent } from '../../schemas/event.js';
import { defineDetector, type BaselineView, type Finding } from '../../src/detection/detector-contract.js';
import { eventSubject, identityDeclared, postureFinding } from '../../src/detection/posture-finding.js';
import { cases } from './cases.js';

const config = z
  .strictObject({
    unregistered_score: z
      .number()
      .min(0)
      .max(100)
      .default(55)
      .describe('Score of an agent acting without a registry record (shadow AI): medium.'),
    suspended_score: z
      .number()
      .min(0)
      .max(100)
      .default(75)
      .describe('Score of an agent acting while its registry status is suspended: high.'),
    retired_score: z
      .number()
      .min(0)
      .max(100)
      .default(80)
      .describe('Score of an agent acting while its registry status is retired: high.'),
  })
  .describe('unregistered-agent settings');

type Config = z.output<typeof config>;

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView): Finding[] {
  const identity = view.identity;
  if (!identityDeclared(identity) || !identity.hasRegistry) return [];
  const subject = eventSubject(event);
  const record = identity.agent(event.agent.id);
  const name = event.agent.name ?? event.agent.id;
  if (!record)
    return [
      postureFinding(identity, subject, event.ts, {
        reason: 'agent_not_registered',
        key: 'registry',
        score: cfg.unregistered_score,
        title: `Unregistered agent ${name} is acting`,
        description: `Agent ${name} called ${event.action.api} but has no record among ${identity.registrySize} registered agents: nobody approved it`,
        evidence: { registry_size: identity.registrySize },
        tags: ['attack.T1078'],
      }),
    ];
  if (record.status === 'active') return [];
  return [
    postureFinding(identity, subject, event.ts, {
      reason: record.status === 'suspended' ? 'agent_suspended' : 'agent_retired',
      key: `status:${record.status}`,
      score: record.status === 'suspended' ? cfg.suspended_score : cfg.retired_score,
      title: `${record.status === 'suspended' ? 'Suspended' : 'Retired'} agent ${name} is acting`,
      description: `Agent ${name} called ${event.action.api} although the registry marks it ${record.status}${record.updated_at === null ? '' : ` since ${new Date(record.updated_at).toISOString().slice(0, 10)}`}; its credentials still work`,
      evidence: { registry_status: record.status },
      tags: ['attack.T1078'],
    }),
  ];
}

/** Shadow AI: agents acting that nobody registered, or that the registry says must not act. */
export const unregisteredAgent = defineDetector({
  id: 'unregistered-agent',
  version: 1,
  title: 'An agent acts that is not in the registry, or is suspended or retired',
  maturity: 'stable',
  reasons: {
    agent_not_registered: 'An agent acts that has no record in the agent registry (shadow AI).',
    agent_suspended: 'An agent acts although its registry status is suspended.',
    agent_retired: 'An agent acts although its registry status is retired.',
  },
  dedupWindowMinutes: 30 * 24 * 60,
  config,
  create: ({ config: cfg }) => ({ evaluate: (event, view) => evaluate(cfg, event, view) }),
  cases,
});
