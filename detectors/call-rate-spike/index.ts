import { z } from 'zod';
import type { AgentEvent } from '../../schemas/event.js';
import { actionCategory, isSensitiveAction } from '../../src/events/action-category.js';
import { hasLineOrderTime } from '../../src/events/line-order-time.js';
import { describeAgent } from '../../src/detection/agent-text.js';
import {
  defineDetector,
  type BaselineView,
  type Finding,
  type TechniqueTag,
} from '../../src/detection/detector-contract.js';
import { HIGHEST_BELOW_CRITICAL, clampScore, severityFromScore } from '../../src/detection/severity.js';
import { describeHourOfWeek, hourOfWeek } from '../../src/time/event-time.js';
import { cases } from './cases.js';

const HOUR_MS = 3_600_000;

const config = z
  .strictObject({
    min_events: z
      .number()
      .int()
      .min(2)
      .default(40)
      .describe(
        'Fewest calls in one clock hour that can be a spike, whatever the baseline: a quiet agent that does a morning of work in an hour is not a runaway loop.',
      ),
    day_multiple: z
      .number()
      .min(1)
      .default(3)
      .describe(
        "Calls in one clock hour, as a multiple of the agent's average calls per active day, from which the hour is a spike: three days of work in an hour.",
      ),
    hour_multiple: z
      .number()
      .min(1)
      .default(3)
      .describe(
        'Calls in one clock hour, as a multiple of what this hour of the week usually holds for the agent (its learned count over the weeks it has been seen), from which the hour is a spike: a weekly batch keeps its own hour.',
      ),
  })
  .describe('call-rate-spike settings');

type Config = z.output<typeof config>;

/**
 * Calls per active day, and per occurrence of this hour of week, that the agent has learned, leaving
 * out the calls of the hour under judgement (learned already, they would raise their own bar).
 */
function usualVolume(
  view: BaselineView,
  ts: number,
  thisHour: number,
): { perDay: number; perHourOfWeek: number } {
  const { agent } = view;
  const before = Math.max(0, agent.events - thisHour);
  const perDay = agent.activeDays > 0 ? before / agent.activeDays : before;
  const weeks = Math.max(1, Math.floor(agent.spanDays() / 7));
  const perHourOfWeek = Math.max(0, agent.hourCount(hourOfWeek(ts, view.timezone)) - thisHour) / weeks;
  return { perDay, perHourOfWeek };
}

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView): Finding[] {
  // A conversation placed by its line in a bare log has no hours of its own; while the agent learns
  // there is no usual volume to compare with.
  if (view.learning || hasLineOrderTime(event)) return [];
  const { agent } = view;
  const earlier = agent.eventsThisHour(event.ts);
  const calls = earlier + 1;
  if (calls < cfg.min_events) return [];
  const { perDay, perHourOfWeek } = usualVolume(view, event.ts, earlier);
  const threshold = Math.max(cfg.min_events, cfg.day_multiple * perDay, cfg.hour_multiple * perHourOfWeek);
  if (calls < threshold) return [];

  const category = actionCategory(event);
  const sensitive = isSensitiveAction(event, category);
  // Volume is one signal, read from the agent's own history: medium, high when the calls are
  // sensitive (a loop of sends, payments or deletes) and twice over the threshold. Never critical.
  let score = 45;
  if (calls >= 2 * threshold) score += 15;
  if (sensitive) score += 20;
  score = clampScore(Math.min(score, HIGHEST_BELOW_CRITICAL));
  const hour = Math.floor(event.ts / HOUR_MS);
  const who = describeAgent(event);
  const when = describeHourOfWeek(hourOfWeek(event.ts, view.timezone));
  return [
    {
      reason: 'calls_per_hour_spike',
      // One alert per agent and clock hour: every further call of the spike folds into it.
      key: `hour:${hour}`,
      severity: severityFromScore(score),
      score,
      title: `${who} made ${calls} calls in one hour (usually ${Math.round(perDay)} a day)`,
      description: `${who} made ${calls} calls so far in the hour from ${new Date(hour * HOUR_MS).toISOString().slice(0, 16)}Z (${when}${view.timezone ? ` ${view.timezone}` : ''}), the latest ${event.action.api}: over ${Math.round(threshold)}, the larger of ${cfg.min_events}, ${cfg.day_multiple} x its ${perDay.toFixed(1)} calls per active day (${agent.events.toLocaleString('en-US')} calls on ${agent.activeDays} days) and ${cfg.hour_multiple} x the ${perHourOfWeek.toFixed(1)} this hour of the week usually holds. A runaway loop, a retry storm, or bulk work the agent does not usually do. Category ${category}.`,
      evidence: {
        api: event.action.api,
        category,
        calls_this_hour: calls,
        threshold: Math.round(threshold),
        calls_per_active_day: Number(perDay.toFixed(2)),
        usual_calls_this_hour_of_week: Number(perHourOfWeek.toFixed(2)),
        active_days: agent.activeDays,
        sensitive,
      },
      tags: tagsFor(sensitive),
    },
  ];
}

function tagsFor(sensitive: boolean): TechniqueTag[] {
  // Endpoint denial of service by resource exhaustion; a sensitive loop may be automated exfiltration.
  return sensitive ? ['attack.T1499', 'attack.T1020'] : ['attack.T1499'];
}

export const callRateSpike = defineDetector({
  id: 'call-rate-spike',
  version: 1,
  title: 'An agent makes far more calls in one hour than its history makes usual (a runaway loop)',
  // Stable since five independent sets measured it (README, Calibration); its bar is learned from
  // lifetime averages, which lag a ramp-up (README, Limits).
  maturity: 'stable',
  reasons: {
    calls_per_hour_spike:
      "The agent's calls in one clock hour exceed several days of its usual volume and several times what that hour of the week usually holds.",
  },
  // The hour of the spike: its further calls fold into the one alert.
  dedupWindowMinutes: 60,
  config,
  create: ({ config: cfg }) => ({ evaluate: (event, view) => evaluate(cfg, event, view) }),
  cases,
});
