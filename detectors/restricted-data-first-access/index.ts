import { z } from 'zod';
import type { ActionCategory, AgentEvent } from '../../schemas/event.js';
import { CATEGORY_RISK, actionCategory, isBulkRead } from '../../src/events/action-category.js';
import { SENSITIVITY_KEY } from '../../src/events/event-keys.js';
import { describeAgent } from '../../src/detection/agent-text.js';
import {
  defineDetector,
  type BaselineView,
  type Finding,
  type TechniqueTag,
} from '../../src/detection/detector-contract.js';
import { HIGHEST_BELOW_CRITICAL, clampScore, severityFromScore } from '../../src/detection/severity.js';
import { cases } from './cases.js';

const config = z
  .strictObject({
    restricted_points: z
      .number()
      .min(0)
      .max(100)
      .default(20)
      .describe(
        "Points added to the action category's risk (read 30, write 45, send 60, ...) for reaching restricted data the agent never touched: a read is medium, a send or change high.",
      ),
    bulk_read_points: z
      .number()
      .min(0)
      .max(100)
      .default(15)
      .describe('Points added when the call reads in bulk (export, dump, backup in the API name).'),
  })
  .describe('restricted-data-first-access settings');

type Config = z.output<typeof config>;

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView): Finding[] {
  const resource = event.resource;
  if (view.learning || resource?.sensitivity !== 'restricted') return [];
  const { agent } = view;
  const api = event.action.api;
  // A new API is never-seen-api's, which weighs the restricted target in its score: one alert for
  // one novelty. Here the call is one the agent makes every day; only where it reaches is new: a
  // resource it already works on is not, whatever its label says now (a table relabelled
  // restricted, a baseline kept from before restricted touches were kept apart).
  if (!agent.apis.isKnown(api, event.ts, view.forgetAfterMs)) return [];
  if (agent.resources.isKnown(resource.id, event.ts, view.forgetAfterMs)) return [];
  const touched = agent.task(SENSITIVITY_KEY)?.resources;
  if (touched?.isKnown('restricted', event.ts, view.forgetAfterMs) === true) return [];
  const underReview = touched?.has('restricted') === true;
  const category = actionCategory(event);
  let score = CATEGORY_RISK[category] + cfg.restricted_points;
  if (isBulkRead(event)) score += cfg.bulk_read_points;
  // Severity means something: where the agent reached is one signal, so never critical.
  score = clampScore(Math.min(score, HIGHEST_BELOW_CRITICAL));
  const who = describeAgent(event);
  const history = underReview
    ? 'its earlier touches of restricted data are still under review'
    : `in ${agent.activeDays} active days and ${agent.events.toLocaleString('en-US')} events over ${agent.spanDays()} days it never touched restricted data`;
  return [
    {
      reason: 'restricted_first_touch',
      // One alert for the agent's first reach into restricted data, however many tables it reads.
      key: 'restricted',
      severity: severityFromScore(score),
      score,
      title: `${who} reached restricted data ${underReview ? 'again, still under review' : 'for the first time'}: ${category} ${api} on ${resource.id}`,
      description: `${who} called ${api}${event.action.service ? ` on ${event.action.service}` : ''}, an API it uses routinely, on ${resource.id}, marked restricted: ${history}. A production system or a table of secrets or identity documents reached by a known call is what a hijacked or misconfigured agent looks like. Category ${category}.`,
      evidence: {
        api,
        category,
        resource: resource.id,
        sensitivity: 'restricted',
        days_observed: agent.activeDays,
        events_observed: agent.events,
        under_review: underReview,
        ...(event.action.service !== undefined ? { service: event.action.service } : {}),
      },
      tags: tagsFor(category),
      quarantine: ['sensitivity'],
    },
  ];
}

function tagsFor(category: ActionCategory): TechniqueTag[] {
  // Data from information repositories; a change or send of it is also collection for exfiltration.
  return category === 'read' ? ['attack.T1213'] : ['attack.T1213', 'attack.T1565'];
}

export const restrictedDataFirstAccess = defineDetector({
  id: 'restricted-data-first-access',
  version: 1,
  title: 'An established agent reaches restricted data for the first time, with an API it uses routinely',
  // Stable: measured on nine independent sets before it was written (README, Calibration).
  maturity: 'stable',
  reasons: {
    restricted_first_touch:
      'An established agent that never touched restricted data (or whose earlier touches are under review) called a known API on a resource its producer marks restricted.',
  },
  // Its further restricted reads fold into the first alert for a day; released once they recur
  // cleanly on the quarantine days.
  dedupWindowMinutes: 24 * 60,
  dailyUpdates: true,
  // A first reach into restricted data is true of every such touch until it is established: a
  // second voice beside off-hours-access, it held an approved night job's hour and its own key for
  // ever (an independent review's stream).
  corroborates: false,
  config,
  create: ({ config: cfg }) => ({ evaluate: (event, view) => evaluate(cfg, event, view) }),
  cases,
});
