import { z } from 'zod';
import type { AgentEvent } from '../../schemas/event.js';
import { defineDetector, type BaselineView, type Finding } from '../../src/detection/detector-contract.js';
import { eventSubject, identityDeclared, postureFinding } from '../../src/detection/posture-finding.js';
import { DELEGATION_BUCKET_MS, delegatingParent } from '../../src/registry/identity-context.js';
import { cases } from './cases.js';

const config = z
  .strictObject({
    max_depth: z
      .number()
      .int()
      .min(2)
      .default(4)
      .describe('Longest delegation chain (agents, root invoker included) accepted.'),
    new_edge_score: z
      .number()
      .min(0)
      .max(100)
      .default(50)
      .describe('Score of an established agent acting for an agent it never acted for: medium.'),
    depth_score: z
      .number()
      .min(0)
      .max(100)
      .default(55)
      .describe('Score of a chain deeper than max_depth: medium.'),
    loop_score: z
      .number()
      .min(0)
      .max(100)
      .default(75)
      .describe('Score of an agent found twice in its own chain (a delegation loop): high.'),
    runaway_min_calls: z
      .number()
      .int()
      .min(1)
      .default(100)
      .describe('Delegated calls in 10 minutes (event time) below which the rate is never runaway.'),
    runaway_factor: z
      .number()
      .min(1)
      .default(5)
      .describe('...and above this multiple of the busiest 10 minutes seen before.'),
    runaway_score: z
      .number()
      .min(0)
      .max(100)
      .default(65)
      .describe('Score of a runaway delegation rate: medium.'),
  })
  .describe('delegation-chain settings');

type Config = z.output<typeof config>;

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView): Finding[] {
  const identity = view.identity;
  if (!identityDeclared(identity)) return [];
  const chain = event.delegation_chain ?? [];
  const parent = delegatingParent(event);
  if (parent === undefined && chain.length === 0) return [];
  const agentId = event.agent.id;
  const subject = eventSubject(event);
  const out: Finding[] = [];
  const path = chain.join(' > ');
  const seen = new Set<string>();
  let loop: string | undefined;
  for (let i = 0; i < chain.length; i++) {
    const link = chain[i] ?? '';
    if (seen.has(link) || (link === agentId && i < chain.length - 1)) loop ??= link;
    seen.add(link);
  }
  if (loop !== undefined)
    out.push(
      postureFinding(identity, subject, event.ts, {
        reason: 'delegation_loop',
        key: 'loop',
        score: cfg.loop_score,
        title: `Delegation loop through agent ${loop}`,
        description: `Agent ${loop} appears twice in the delegation chain ${path} (${chain.length} links): agents are delegating in a circle`,
        evidence: { loop_agent: loop, depth: chain.length },
      }),
    );
  if (chain.length > cfg.max_depth)
    out.push(
      postureFinding(identity, subject, event.ts, {
        reason: 'chain_too_deep',
        key: 'depth',
        score: cfg.depth_score,
        title: `Delegation chain of ${chain.length} links reaches agent ${agentId}`,
        description: `Agent ${agentId} acted at the end of a chain of ${chain.length} links (limit ${cfg.max_depth}): ${path}; nobody can say who approved this action`,
        evidence: { depth: chain.length, max_depth: cfg.max_depth },
      }),
    );
  const fp = identity.footprint(agentId);
  if (parent !== undefined && fp) {
    if (!view.learning && fp.parents.size < 64 && !fp.parents.has(parent))
      out.push(
        postureFinding(identity, subject, event.ts, {
          reason: 'new_delegation_edge',
          key: `edge:${parent}`,
          score: cfg.new_edge_score,
          title: `Agent ${agentId} acts for agent ${parent} for the first time`,
          description: `Agent ${agentId} acted for ${parent} (${event.action.api}), a delegation never seen in its ${fp.events} events (${fp.parents.size} known delegating agents)`,
          evidence: { delegating_agent: parent, known_delegators: [...fp.parents].slice(0, 20) },
        }),
      );
    const bucket = event.ts - (event.ts % DELEGATION_BUCKET_MS);
    const calls = (fp.delegatedBucket === bucket ? fp.delegatedCount : 0) + 1;
    const peak = Math.max(fp.delegatedPeak, fp.delegatedBucket === bucket ? 0 : fp.delegatedCount);
    if (calls > cfg.runaway_min_calls && calls > cfg.runaway_factor * peak)
      out.push(
        postureFinding(identity, subject, event.ts, {
          reason: 'runaway_delegation',
          key: 'rate',
          score: cfg.runaway_score,
          title: `Runaway delegated calls by agent ${agentId}`,
          description: `Agent ${agentId} made ${calls} delegated calls within 10 minutes, against at most ${peak} in any 10 minutes before`,
          evidence: { calls_10min: calls, busiest_before: peak },
        }),
      );
  }
  return out;
}

/** Chains of agents delegating to agents: new edges, depth, loops and runaway rates. */
export const delegationChain = defineDetector({
  id: 'delegation-chain',
  version: 1,
  title: 'A new delegation edge, a chain too deep, a loop, or a runaway rate of delegated calls',
  maturity: 'stable',
  reasons: {
    new_delegation_edge: 'An established agent acts for an agent it never acted for.',
    chain_too_deep: 'A delegation chain is longer than max_depth.',
    delegation_loop: 'An agent appears twice in its own delegation chain.',
    runaway_delegation:
      "An agent's delegated calls in 10 minutes exceed runaway_min_calls and runaway_factor times its busiest 10 minutes before.",
  },
  dedupWindowMinutes: 30 * 24 * 60,
  config,
  create: ({ config: cfg }) => ({ evaluate: (event, view) => evaluate(cfg, event, view) }),
  cases,
});
