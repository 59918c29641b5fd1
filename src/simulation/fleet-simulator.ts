import type { AgentEventInput } from '../../schemas/event.js';
import type { AnomalyLabel } from './anomaly-label.js';
import { DayRenderer, type RenderedEvent } from './day-renderer.js';
import { buildFleet, type Fleet } from './fleet-builder.js';
import type { AgentSpec } from './fleet-model.js';
import { Rng } from './prng.js';
import { planScenarios, type ScenarioPlan } from './scenario-plan.js';
import { SCOPE_STYLES, scopeWriter, type ScopeStyle } from './scope-vocabulary.js';
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
  /** How tasks write `intent.scopes` (default `api`: the API names, as declared in the catalog). */
  scopeStyle?: ScopeStyle;
  /**
   * Share of the agents (0 to 1, default 0) that make only a few events a day, chosen among those
   * with working hours; about half of them (at least one) get a small weekend night session, labelled
   * for off-hours-access (kind `off-hours-low-volume`).
   */
  lowVolume?: number;
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
    scopeStyle: options.scopeStyle ?? 'api',
    lowVolume: options.lowVolume ?? 0,
  };
  if (!(resolved.scale > 0)) throw new RangeError(`scale must be positive, got ${resolved.scale}`);
  if (!SCOPE_STYLES.includes(resolved.scopeStyle))
    throw new RangeError(`scopeStyle must be one of ${SCOPE_STYLES.join('|')}, got ${resolved.scopeStyle}`);
  if (!(resolved.lowVolume >= 0 && resolved.lowVolume <= 1))
    throw new RangeError(`lowVolume must be a share from 0 to 1, got ${resolved.lowVolume}`);
  const fleet = buildFleet(resolved.agents, resolved.seed, start);
  markLowVolume(fleet.agents, resolved.lowVolume, resolved.seed);
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
  const renderer = new DayRenderer(seed, start, scale, plan, scopeWriter(setup.options.scopeStyle));
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

/** Marks a seeded share of the agents that keep working hours as low-volume (none when share is 0). */
function markLowVolume(agents: readonly AgentSpec[], share: number, seed: number): void {
  if (share <= 0) return;
  const eligible = agents.filter((a) => a.pattern.kind !== 'round_the_clock');
  const count = Math.min(eligible.length, Math.max(1, Math.round(share * agents.length)));
  for (const agent of Rng.derive(seed, 'low-volume').shuffle(eligible).slice(0, count))
    agent.lowVolume = true;
}

function compareRendered(a: RenderedEvent, b: RenderedEvent): number {
  return (
    a.ts - b.ts || (a.event.event_id < b.event.event_id ? -1 : a.event.event_id > b.event.event_id ? 1 : 0)
  );
}
