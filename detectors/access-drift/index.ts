import { z } from 'zod';
import type { AgentEvent } from '../../schemas/event.js';
import { defineDetector, type BaselineView, type Finding } from '../../src/detection/detector-contract.js';
import { eventSubject, identityDeclared, postureFinding } from '../../src/detection/posture-finding.js';
import { actionWords } from '../../src/registry/identity-context.js';
import { actionFamily } from '../../src/registry/scope-match.js';
import { cases } from './cases.js';

const HOUR_MS = 3_600_000;

const config = z
  .strictObject({
    beyond_grant_score: z
      .number()
      .min(0)
      .max(100)
      .default(60)
      .describe('Score of an action family (service, else API) outside the scopes granted: medium.'),
    growth_window_hours: z
      .number()
      .min(1)
      .default(24)
      .describe('Window (event time) over which new action families are counted.'),
    growth_min_new: z
      .number()
      .int()
      .min(1)
      .default(5)
      .describe('New action families in the window before growth counts as fast.'),
    growth_ratio: z
      .number()
      .min(0)
      .default(0.5)
      .describe('...and at least this share of the families the agent used before.'),
    growth_score: z
      .number()
      .min(0)
      .max(100)
      .default(55)
      .describe('Score of a footprint growing fast: medium.'),
  })
  .describe('access-drift settings');

type Config = z.output<typeof config>;

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView): Finding[] {
  const identity = view.identity;
  if (!identityDeclared(identity) || view.learning) return [];
  const agentId = event.agent.id;
  const fp = identity.footprint(agentId);
  if (!fp) return [];
  const family = actionFamily(event.action);
  const subject = eventSubject(event);
  const out: Finding[] = [];
  const record = identity.agent(agentId);
  const grants = record?.scopes_granted ?? [];
  if (record && grants.length > 0 && !fp.learnedFamilies.has(family)) {
    if (identity.covering(grants, actionWords(event)) === undefined)
      out.push(
        postureFinding(identity, subject, event.ts, {
          reason: 'beyond_grant',
          key: `family:${family}`,
          score: cfg.beyond_grant_score,
          title: `Agent ${event.agent.name ?? agentId} acts beyond its granted scopes`,
          description: `Agent ${agentId} called ${event.action.api}${event.action.service ? ` on ${event.action.service}` : ''}, which none of its ${grants.length} granted scopes (${grants.slice(0, 5).join(', ')}) covers and which it did not use while it was learning (${fp.learnedFamilies.size} families learned as granted)`,
          evidence: { family, scopes_granted: grants.slice(0, 20), api: event.action.api },
          tags: ['attack.T1078', 'attack.T1098'],
        }),
      );
  }
  if (!fp.families.has(family)) {
    const since = event.ts - cfg.growth_window_hours * HOUR_MS;
    let recent = 1;
    for (const t of fp.recentNew) if (t > since) recent++;
    const before = fp.families.size - (recent - 1);
    if (recent >= cfg.growth_min_new && recent >= cfg.growth_ratio * before)
      out.push(
        postureFinding(identity, subject, event.ts, {
          reason: 'footprint_growth',
          key: 'growth',
          score: cfg.growth_score,
          title: `Footprint of agent ${event.agent.name ?? agentId} is growing fast`,
          description: `Agent ${agentId} started using ${recent} new action families within ${cfg.growth_window_hours} hours (latest ${family}), against ${before} it used before`,
          evidence: { new_families: recent, families_before: before, family },
          tags: ['attack.T1078'],
        }),
      );
  }
  return out;
}

/** What an agent does grows beyond what was approved, or grows fast. */
export const accessDrift = defineDetector({
  id: 'access-drift',
  version: 1,
  title: "An agent's footprint grows beyond its granted scopes, or grows fast",
  maturity: 'stable',
  reasons: {
    beyond_grant:
      'An established agent acts on an action family that none of its registry scopes_granted covers.',
    footprint_growth: 'An agent starts using many new action families in a short window.',
  },
  dedupWindowMinutes: 30 * 24 * 60,
  // Beyond the grant is true of every call of the family: a second voice against each party a
  // rolled-out API reaches, it kept them all held for ever (set 19's eSIM code resends).
  corroborates: false,
  config,
  create: ({ config: cfg }) => ({ evaluate: (event, view) => evaluate(cfg, event, view) }),
  cases,
});
