import type { KnownValues } from '../events/known-values.js';
import type { AgentProfile } from './baseline-snapshot.js';
import type { BusinessCalendar } from './business-calendar.js';
import type { CohortView, FleetHoursView } from './cohort-index.js';
import type { IdentityView } from '../registry/identity-context.js';
import type { ValueStats } from './value-stats.js';
import type { CorrespondentDomainsView } from './correspondent-domains.js';

/** A remembered set of values with their stats (the agent's APIs or resources). */
export interface ValueHistory extends KnownValues {
  /** The stats of `value`, if remembered. */
  get(value: string): Readonly<ValueStats> | undefined;
  /** Values that count as known at `now`, `except` left out. */
  countKnown(now: number, forgetAfterMs: number, except?: string): number;
  /**
   * Values remembered at `now` (established or under review) that were seen on exactly one local
   * day, that day before `beforeDay`, `except` left out: the singletons of an incidence count, from
   * which the chance that a new day brings a new value is estimated.
   */
  countSeenOnOneDay(now: number, forgetAfterMs: number, beforeDay: number, except?: string): number;
  /** Every value with whether it is established (not under review), in first-seen order. */
  forEach(visit: (value: string, established: boolean) => void): void;
}

/** What the agent did within one scope: a task key, or on behalf of one user. */
export interface ScopeHistory {
  readonly events: number;
  /** First and last event time in the scope (epoch ms). */
  readonly first: number;
  readonly last: number;
  readonly apis: KnownValues;
  readonly resources: KnownValues;
}

/**
 * One agent's history as a detector may read it: counts, times, remembered values and the
 * hour-of-week profile. Read-only by construction: no learning, forgetting or storage words, so a
 * detector cannot change what the baseline learns (the runner's verdict does that).
 */
export interface AgentHistory {
  readonly agentId: string;
  /** Name, type, owner, team, vendor and timezone as last seen. */
  readonly profile: Readonly<AgentProfile>;
  /** Events learned. */
  readonly events: number;
  /** Distinct local days with activity. */
  readonly activeDays: number;
  /** First event time (epoch ms); +Infinity before the first event. */
  readonly firstTs: number;
  /** Latest event time (epoch ms); -Infinity before the first event. */
  readonly lastTs: number;
  /** The APIs the agent called, with their stats. Valid until the agent learns again. */
  readonly apis: ValueHistory;
  /** The resources the agent acted on, with their stats. Valid until the agent learns again. */
  readonly resources: ValueHistory;
  /** What the agent did for a task key (see `taskKey`), if remembered. */
  task(key: string): ScopeHistory | undefined;
  /** What the agent did on behalf of a user id, if remembered. */
  user(key: string): ScopeHistory | undefined;
  /**
   * Every (task key, API, established) the agent remembers: what each kind of request led to, for
   * learned intent. Walks every task scope: for the rare event that would raise a finding only.
   */
  forEachTaskApi(visit: (task: string, api: string, established: boolean) => void): void;
  /** Learned events in hour of week `how` (0 = Monday 00:00, 0..167). */
  hourCount(how: number): number;
  /** Events counted in the hour-of-week profile (learned, not quarantined). */
  hourTotal(): number;
  /** Events in the current epoch hour of `ts` so far (0 when `ts` starts a new hour). */
  eventsThisHour(ts: number): number;
  /**
   * Events of hours of week under review (acted in off the agent's hours, not yet released) whose
   * latest sighting is at or after `since`: how much it did off its hours lately, whatever the hour;
   * `except` leaves out one hour of week (the one the caller counts itself).
   */
  reviewedHourEventsSince(since: number, except?: number): number;
  /** Days between the first and the latest event, plus one (0 before the first event). */
  spanDays(): number;
}

/** What a detector sees of the agent's history: the state before the event under evaluation. */
export interface BaselineView {
  readonly agent: AgentHistory;
  /** Peers of the agent (same cohort), when cohorts are configured and the agent has some. */
  readonly cohort: CohortView | undefined;
  /** The hours every cohort's established agents work, when cohorts are configured. */
  readonly fleet?: FleetHoursView | undefined;
  /** True while the agent has too little history (days or events) for first-seen and hour alerts. */
  readonly learning: boolean;
  /** True when the agent is still learning but borrows an established cohort's baseline. */
  readonly borrowing: boolean;
  /** Values unseen for this long are forgotten. */
  readonly forgetAfterMs: number;
  /** The declared working time of the agent or its owner, if configured. */
  readonly calendar: BusinessCalendar | undefined;
  /** The zone the agent's hour-of-week profile is kept in (UTC when undefined). */
  readonly timezone: string | undefined;
  /**
   * The organisation's own mail domains learned from its agents' owners (see `OrganisationDomains`);
   * absent where nothing learns them (a detector case without a registry of baselines).
   */
  readonly organisationDomains?: ReadonlySet<string> | undefined;
  /**
   * The mail domains the organisation's established agents named in clean events (see
   * `CorrespondentDomains`); absent where nothing learns them.
   */
  readonly correspondentDomains?: CorrespondentDomainsView | undefined;
  /** Registry, directory and what was seen of every agent (posture detectors); absent without one. */
  readonly identity?: IdentityView | undefined;
}
