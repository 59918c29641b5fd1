import type { LabelledDetector } from './anomaly-label.js';
import type { AgentSpec, IncidentKind } from './fleet-model.js';
import { Rng } from './prng.js';
import { DAY_MS, weekdayOf } from './zoned-time.js';

/** One injected anomaly: an agent, a local day and a scenario. */
export interface Incident {
  id: string;
  kind: IncidentKind;
  agentIndex: number;
  day: number;
}

/** Benign novelty: should raise little, and is deliberately not labelled. */
export type NoveltyKind = 'cohort-rollout' | 'late-evening' | 'new-task' | 'new-resource';

export interface Novelty {
  kind: NoveltyKind;
  agentIndexes: number[];
  /** First local day of the novelty (it persists afterwards, except a late evening). */
  day: number;
}

/** Everything scheduled on top of routine activity. */
export interface ScenarioPlan {
  warmupDays: number;
  incidents: Incident[];
  novelties: Novelty[];
}

/** Which detectors each scenario's anomalous events are expected to trip (see day-renderer.ts). */
export const INCIDENT_DETECTORS: Readonly<Record<IncidentKind, readonly LabelledDetector[]>> = {
  'access-drift': ['never-seen-api'],
  'off-hours-burst': ['off-hours-access'],
  'night-exfil': ['off-hours-access', 'never-seen-api'],
  'prompt-injection-exfil': ['intent-mismatch'],
  'prompt-injection-share': ['intent-mismatch', 'never-seen-api'],
  'payment-redirect': ['intent-mismatch'],
  'scope-violation': ['intent-mismatch'],
  'scope-violation-new-api': ['intent-mismatch', 'never-seen-api'],
  'off-hours-low-volume': ['off-hours-access'],
};

const DRIFT_KINDS: ReadonlySet<IncidentKind> = new Set([
  'access-drift',
  'night-exfil',
  'prompt-injection-share',
  'scope-violation-new-api',
]);
const WEEKEND_KINDS: ReadonlySet<IncidentKind> = new Set([
  'off-hours-burst',
  'night-exfil',
  'off-hours-low-volume',
]);
/** Share of low-volume agents that get an off-hours incident of their own (at least one agent). */
const LOW_VOLUME_INCIDENT_SHARE = 0.5;

/** Whether the agent works on local day `day` by its pattern (presence aside). */
export function isWorkingDay(agent: AgentSpec, start: number, day: number): boolean {
  return agent.pattern.kind === 'round_the_clock' || weekdayOf(start + day * DAY_MS) < 5;
}

/** Working days (by pattern) before local day `day`. */
export function workingDaysBefore(agent: AgentSpec, start: number, day: number): number {
  let n = 0;
  for (let d = 0; d < day; d++) if (isWorkingDay(agent, start, d)) n++;
  return n;
}

/**
 * Schedules incidents and benign novelties after the warm-up. Every incident kind some agent is
 * eligible for appears at least once (when the calendar allows: off-hours scenarios need a
 * weekend); beyond that, about one incident per 40 post-warm-up agent-days.
 */
export function planScenarios(
  agents: readonly AgentSpec[],
  options: { days: number; seed: number; start: number; warmupDays: number },
): ScenarioPlan {
  const { days, seed, start } = options;
  const warmupDays = Math.max(10, options.warmupDays);
  const rng = Rng.derive(seed, 'scenarios');
  const plan: ScenarioPlan = { warmupDays, incidents: [], novelties: [] };
  if (days <= warmupDays) return plan;
  const busy = new Set<string>();
  const slot = (agent: AgentSpec, day: number) => `${agent.index}:${day}`;

  // Candidate days per agent: established (enough working days behind it) and after the warm-up.
  const eligibleDays = (agent: AgentSpec, weekend: boolean): number[] => {
    const needed = agent.type === 'personal' ? 9 : 8;
    const out: number[] = [];
    for (let day = warmupDays; day < days; day++) {
      if (busy.has(slot(agent, day))) continue;
      if (workingDaysBefore(agent, start, day) < needed) continue;
      const weekday = weekdayOf(start + day * DAY_MS);
      if (weekend ? weekday === 6 || weekday === 5 : isWorkingDay(agent, start, day)) out.push(day);
    }
    return out;
  };

  const candidates: { agent: AgentSpec; kind: IncidentKind }[] = [];
  for (const agent of agents) for (const kind of agent.archetype.incidents) candidates.push({ agent, kind });
  const shuffled = rng.shuffle(candidates);
  const perAgent = new Map<number, number>();
  const driftUsers = new Set<number>();
  const schedule = (agent: AgentSpec, kind: IncidentKind): boolean => {
    // Scenarios that introduce the family's unusual APIs stay one per agent: a second one would not be new.
    if (DRIFT_KINDS.has(kind) && driftUsers.has(agent.index)) return false;
    const weekend = WEEKEND_KINDS.has(kind);
    if (weekend && agent.pattern.kind === 'round_the_clock') return false;
    const daysFree = eligibleDays(agent, weekend);
    // Sundays are the classic off-hours case; prefer them when there is one.
    const sundays = daysFree.filter((d) => weekdayOf(start + d * DAY_MS) === 6);
    const pool = weekend && sundays.length > 0 ? sundays : daysFree;
    if (pool.length === 0) return false;
    const day = rng.pick(pool);
    busy.add(slot(agent, day));
    if (DRIFT_KINDS.has(kind)) driftUsers.add(agent.index);
    perAgent.set(agent.index, (perAgent.get(agent.index) ?? 0) + 1);
    plan.incidents.push({
      id: `inc-${plan.incidents.length + 1}-${kind}`,
      kind,
      agentIndex: agent.index,
      day,
    });
    return true;
  };

  // First every kind once, spread over distinct agents where possible.
  const kinds = [...new Set(shuffled.map((c) => c.kind))];
  for (const kind of kinds) {
    const options2 = shuffled
      .filter((c) => c.kind === kind)
      .sort((a, b) => (perAgent.get(a.agent.index) ?? 0) - (perAgent.get(b.agent.index) ?? 0));
    for (const option of options2) if (schedule(option.agent, option.kind)) break;
  }
  const postDays = (days - warmupDays) * agents.length;
  const target = Math.max(plan.incidents.length, Math.round(postDays / 40));
  for (const option of shuffled) {
    if (plan.incidents.length >= target) break;
    if ((perAgent.get(option.agent.index) ?? 0) >= 2) continue;
    if (plan.incidents.some((i) => i.agentIndex === option.agent.index && i.kind === option.kind)) continue;
    schedule(option.agent, option.kind);
  }

  const benignCount = Math.max(1, Math.round(agents.length / 12));
  // A read API rolled out to a whole cohort (two or more instances of one family) on one day.
  const cohorts = new Map<string, AgentSpec[]>();
  for (const agent of agents)
    cohorts.set(agent.archetype.key, [...(cohorts.get(agent.archetype.key) ?? []), agent]);
  const multi = rng.shuffle([...cohorts.values()].filter((members) => members.length >= 2));
  for (const members of multi.slice(0, benignCount)) {
    const first = members[0];
    if (!first) continue;
    const days2 = eligibleDays(first, false);
    if (days2.length === 0) continue;
    plan.novelties.push({
      kind: 'cohort-rollout',
      agentIndexes: members.map((m) => m.index),
      day: rng.pick(days2),
    });
  }
  const pickAgents = (filter: (a: AgentSpec) => boolean, kind: NoveltyKind) => {
    for (const agent of rng.shuffle(agents.filter(filter)).slice(0, benignCount)) {
      const days2 = eligibleDays(agent, false);
      if (days2.length === 0) continue;
      const day = rng.pick(days2);
      // A late evening is a day of its own: keep it apart from incidents on the same agent.
      if (kind === 'late-evening') busy.add(slot(agent, day));
      plan.novelties.push({ kind, agentIndexes: [agent.index], day });
    }
  };
  pickAgents((a) => a.pattern.kind !== 'round_the_clock', 'late-evening');
  pickAgents(() => true, 'new-task');
  pickAgents(
    (a) => ['mail-assistant', 'invoice-bot', 'report-scheduler', 'legacy-sync-bot'].includes(a.archetype.key),
    'new-resource',
  );
  // Last, so a fleet without low-volume agents draws exactly as before: a few small night sessions.
  const lowVolume = agents.filter((a) => a.lowVolume === true);
  if (lowVolume.length > 0) {
    const chosen = Rng.derive(seed, 'low-volume-incidents')
      .shuffle(lowVolume)
      .slice(0, Math.max(1, Math.round(lowVolume.length * LOW_VOLUME_INCIDENT_SHARE)));
    for (const agent of chosen) schedule(agent, 'off-hours-low-volume');
  }
  return plan;
}
