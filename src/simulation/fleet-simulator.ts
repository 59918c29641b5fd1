import type { AgentEventInput } from '../../schemas/event.js';
import type { AnomalyLabel } from './anomaly-label.js';
import { DayRenderer, type RenderedEvent } from './day-renderer.js';
import { buildFleet, type Fleet } from './fleet-builder.js';
import type { AgentSpec } from './fleet-model.js';
import { planScenarios, type ScenarioPlan } from './scenario-plan.js';
import { DAY_MS } from './zoned-time.js';

/** Options of a simulated fleet. */
export interface SimulationOptions {
  /** Number of agents (1 or more). */
  agents: number;
  /** Number of local calendar days simulated. */
  days: number;
  /** Any integer; the same seed always gives the same events and labels. */
  seed: number;
  /** 00:00 UTC of the first simulated date (epoch ms). Default 2026-03-02, a Monday. */
  start?: number;
  /** Multiplier on each agent's daily volume (default 1: roughly 20-200 events per agent per active day). */
  scale?: number;
  /** Days before any anomaly or benign novelty; at least 10 (default 12). */
  warmupDays?: number;
}

/** One generated event and, apart from it, its labels (empty for normal events). */
export interface SimulatedEvent {
  event: AgentEventInput;
  labels: readonly AnomalyLabel[];
  /** Benign novelty the event belongs to (never labelled); for tests and inspection only. */
  benign: string | undefined;
}

/** The fleet and the scenario plan a simulation will render. */
export interface SimulationSetup {
  fleet: Fleet;
  plan: ScenarioPlan;
  start: number;
  options: Required<SimulationOptions>;
}

/** Default first day: a Monday, so a run starts with a working week. */
export const DEFAULT_START = Date.UTC(2026, 2, 2);

/** Resolves options, builds the fleet and schedules incidents and benign novelty. */
export function setupSimulation(options: SimulationOptions): SimulationSetup {
  if (!Number.isInteger(options.agents) || options.agents < 1)
    throw new RangeError(`agents must be a positive integer, got ${options.agents}`);
  if (!Number.isInteger(options.days) || options.days < 1)
    throw new RangeError(`days must be a positive integer, got ${options.days}`);
  if (!Number.isInteger(options.seed)) throw new RangeError(`seed must be an integer, got ${options.seed}`);
  const start = Math.floor((options.start ?? DEFAULT_START) / DAY_MS) * DAY_MS;
  const resolved: Required<SimulationOptions> = {
    agents: options.agents,
    days: options.days,
    seed: options.seed,
    start,
    scale: options.scale ?? 1,
    warmupDays: Math.max(10, options.warmupDays ?? 12),
  };
  if (!(resolved.scale > 0)) throw new RangeError(`scale must be positive, got ${resolved.scale}`);
  const fleet = buildFleet(resolved.agents, resolved.seed, start);
  const plan = planScenarios(fleet.agents, {
    days: resolved.days,
    seed: resolved.seed,
    start,
    warmupDays: resolved.warmupDays,
  });
  return { fleet, plan, start, options: resolved };
}

/**
 * Simulates a fleet of AI agents: a lazy, deterministic stream of v1 events in event-time order,
 * each with its ground-truth labels beside it. Generation goes day by day, so memory holds about
 * two days of events whatever the length of the run.
 *
 * Local day L of an agent lies between 14 hours before and 14 hours after UTC day L, so once local
 * day L + 1 is rendered for every agent, everything up to the end of UTC day L is final and can go.
 */
export function* simulateFleet(options: SimulationOptions | SimulationSetup): Generator<SimulatedEvent> {
  const setup = 'plan' in options ? options : setupSimulation(options);
  const { fleet, plan, start } = setup;
  const { days, seed, scale } = setup.options;
  const renderer = new DayRenderer(seed, start, scale, plan);
  let pending: RenderedEvent[] = [];
  const renderDay = (day: number, agents: readonly AgentSpec[]) => {
    for (const agent of agents) pending.push(...renderer.render(agent, day));
  };
  renderDay(0, fleet.agents);
  for (let utcDay = -1; utcDay < days; utcDay++) {
    if (utcDay + 1 < days && utcDay + 1 > 0) renderDay(utcDay + 1, fleet.agents);
    const cutoff = utcDay + 1 >= days ? Infinity : start + (utcDay + 1) * DAY_MS;
    pending.sort(compareRendered);
    let n = 0;
    while (n < pending.length && (pending[n]?.ts ?? Infinity) < cutoff) n++;
    const ready = pending.slice(0, n);
    pending = pending.slice(n);
    for (const r of ready) yield { event: r.event, labels: r.labels, benign: r.benign };
  }
}

function compareRendered(a: RenderedEvent, b: RenderedEvent): number {
  return (
    a.ts - b.ts || (a.event.event_id < b.event.event_id ? -1 : a.event.event_id > b.event.event_id ? 1 : 0)
  );
}
