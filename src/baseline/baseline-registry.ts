import type { AgentEvent } from '../../schemas/event.js';
import {
  AgentBaseline,
  cleanVerdict,
  type BaselineSnapshot,
  type LearnVerdict,
  type LearningSettings,
} from './agent-baseline.js';
import type { BaselineView } from './baseline-view.js';
import { calendarFor, type BusinessCalendar } from './business-calendar.js';
import { CohortIndex, type CohortContribution, type CohortRule, type CohortTotal } from './cohort-index.js';
import { OrganisationDomains } from './organisation-domains.js';
import { CorrespondentDomains } from './correspondent-domains.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';
import { hasLineOrderTime } from '../events/line-order-time.js';
import { actionCategory } from '../events/action-category.js';
import { PARTY_KEYS, keyedTargets, parameterTargets } from '../events/event-keys.js';

/** Active days between two passes that drop what an agent has not used for `forgetAfterMs`. */
const FORGET_EVERY_ACTIVE_DAYS = 7;

/** Where baselines live between runs (the ClickHouse baselines table). */
export interface BaselinePersistence {
  loadBaselines(agentIds: readonly string[]): Promise<Map<string, BaselineSnapshot>>;
  saveBaselines(
    snapshots: readonly { agentId: string; lastTs: number; snapshot: BaselineSnapshot }[],
  ): Promise<void>;
}

/** Learning-period, quarantine and cohort settings (the `baseline` config section). */
export interface BaselineSettings extends LearningSettings {
  learningMinDays: number;
  learningMinEvents: number;
  cohortRules: readonly CohortRule[];
  /** A learning agent borrows its cohort once this many peers are in it. */
  cohortMinPeers: number;
  /** Declared working time per agent, owner or team; also sets the timezone of their profiles. */
  calendars: readonly BusinessCalendar[];
  /**
   * Baselines held in memory (absent: no cap). Above it the least recently active are written and
   * then dropped; an agent seen again is reloaded from the store.
   */
  maxAgentsInMemory?: number;
}

/**
 * The baselines of the agents in play: held in memory, loaded in batches on first sight after a
 * start, written back for the agents that changed. The map's order is recency of activity (an
 * agent moves to the end when a batch holds it), so its head is the least recently active.
 */
export class BaselineRegistry {
  private readonly baselines = new Map<string, AgentBaseline>();
  private readonly dirty = new Set<string>();
  /** Chosen for eviction: dropped once the write that holds their last change is durable. */
  private readonly evicting = new Set<string>();
  private readonly cohorts: CohortIndex;
  /** The organisation's mail domain, learned from the owners of its established agents. */
  private readonly organisation = new OrganisationDomains();
  /** Whom the organisation's established agents correspond with, by mail domain. */
  private readonly correspondents = new CorrespondentDomains();
  private readonly settings: BaselineSettings;
  private readonly persistence: BaselinePersistence | undefined;

  constructor(settings: BaselineSettings, persistence?: BaselinePersistence) {
    this.settings = settings;
    this.persistence = persistence;
    this.cohorts = new CohortIndex(settings.cohortRules);
  }

  /** Agents held in memory. */
  get size(): number {
    return this.baselines.size;
  }

  /**
   * Loads, in one query, the stored baselines of the agents not yet in memory, and marks the others
   * as just active (least recently active agents are the first evicted).
   */
  async ensureLoaded(agentIds: Iterable<string>): Promise<void> {
    const missing: string[] = [];
    const cap = this.settings.maxAgentsInMemory;
    const seen = cap === undefined ? undefined : new Set<string>();
    for (const id of agentIds) {
      const baseline = this.baselines.get(id);
      if (!baseline) missing.push(id);
      else if (seen && !seen.has(id)) {
        seen.add(id);
        // Re-inserted at the end: the map's order is recency.
        this.baselines.delete(id);
        this.baselines.set(id, baseline);
        this.evicting.delete(id);
      }
    }
    if (missing.length === 0) return;
    const unique = [...new Set(missing)];
    const stored = this.persistence
      ? await this.persistence.loadBaselines(unique)
      : new Map<string, BaselineSnapshot>();
    for (const id of unique) {
      // Another caller (the check API next to the pipeline) may have loaded it meanwhile.
      if (this.baselines.has(id)) continue;
      const snapshot = stored.get(id);
      const baseline = snapshot ? decodeSnapshot(id, snapshot) : new AgentBaseline(id);
      this.baselines.set(id, baseline);
      if (snapshot) this.absorbIntoCohort(baseline);
    }
  }

  /** Whether the agent's baseline is in memory (loaded, or created by an event). */
  has(agentId: string): boolean {
    return this.baselines.has(agentId);
  }

  /** The baseline of an agent (empty if never seen). */
  get(agentId: string): AgentBaseline {
    let baseline = this.baselines.get(agentId);
    if (!baseline) {
      baseline = new AgentBaseline(agentId);
      this.baselines.set(agentId, baseline);
    }
    return baseline;
  }

  /** What detectors see for `event`: the state before it. */
  view(event: AgentEvent): BaselineView {
    return this.viewOf(this.get(event.agent.id), event);
  }

  /**
   * `view`, keeping nothing: an agent not in memory is seen with an empty baseline that is dropped
   * afterwards (the check API: a caller naming ever new agents cannot grow memory). The transient
   * baseline never enters the map: each set-then-delete of one key leaves a dead entry in that key's
   * hash chain until V8 rehashes the map, so checks of one agent not in memory walked a chain that
   * grew with every check (40 us per check with 10,000 agents loaded, 80 us with 100,000).
   */
  peekView(event: AgentEvent): BaselineView {
    const id = event.agent.id;
    return this.viewOf(this.baselines.get(id) ?? new AgentBaseline(id), event);
  }

  private viewOf(agent: AgentBaseline, event: AgentEvent): BaselineView {
    const profile = agent.events === 0 ? profileOf(event) : agent.profile;
    const calendar = calendarFor(this.settings.calendars, agent.agentId, profile);
    if (agent.events === 0 && agent.profile.timezone === undefined) {
      // The zone is fixed at first sight so hour-of-week bins never shift under a learned profile.
      const timezone = event.agent.timezone ?? calendar?.timezone;
      if (timezone !== undefined) agent.profile.timezone = timezone;
    }
    const cohort = this.cohorts.viewFor(profile);
    const learning = this.isLearning(agent);
    const peers = cohort ? cohort.members - (cohort.isMember(agent.agentId) ? 1 : 0) : 0;
    return {
      agent,
      cohort,
      fleet: this.cohorts.fleet,
      learning,
      borrowing: learning && peers >= this.settings.cohortMinPeers,
      forgetAfterMs: this.settings.forgetAfterMs,
      calendar,
      timezone: agent.profile.timezone,
      organisationDomains: this.organisation.domains,
      correspondentDomains: this.correspondents,
    };
  }

  /** Learns from `event` once the detectors are done with it. */
  learn(event: AgentEvent, verdict: LearnVerdict): void {
    const agent = this.get(event.agent.id);
    const activeDays = agent.activeDays;
    const hourEvents = agent.hourTotal();
    // A conversation placed by its line in a bare log has no hour of its own to be at work in.
    const startsHour = !hasLineOrderTime(event) && agent.startsNewHour(event.ts);
    const how = agent.learn(event, verdict, this.settings, !this.isLearning(agent));
    this.dirty.add(agent.agentId);
    // Cohorts pool what established agents do: that is what a newcomer may borrow; the organisation's
    // domain is learned from their owners.
    // What the event added to the hour profile (one, a released hour's count, or nothing while the
    // hour is under review) goes to the cohort's, in the agent's own zone. Counted before forgetting,
    // which takes out and puts back the whole baseline as it stands after this event.
    const clean = cleanVerdict(verdict);
    if (!this.isLearning(agent)) {
      this.organisation.observe(agent.profile.owner, agent.profile.type);
      this.cohorts.record(agent, event, how, agent.hourTotal() - hourEvents, startsHour);
      if (clean && mentionsAddress(event))
        this.correspondents.observe(parameterTargets(event), event.ts, recordsParty(event));
    }
    // Where people are named without an address, the domain their mailboxes sit at (see
    // OrganisationDomains), from clean mail of agents of several owners; young agents count too,
    // since mailboxes named like the people the organisation's agents serve are what a fleet mails
    // from its first day.
    const person = event.on_behalf_of;
    if (person !== undefined && (person.type === undefined || person.type === 'user'))
      this.organisation.observePerson(person.id);
    if (event.agent.type !== 'third_party') this.organisation.observePerson(event.agent.owner);
    if (clean && actionCategory(event) === 'send') {
      const owner = event.agent.owner ?? event.agent.id;
      for (const target of keyedTargets(event))
        this.organisation.observeRecipient(target, owner, person?.id ?? event.agent.owner);
    }
    // Forgetting follows event time (the first event of every 7th active day), never the
    // wall-clock moments of checkpoints: a replay forgets exactly where the live run did, so both
    // raise the same alerts with the same texts. Weekly, not daily: it walks every value twice.
    if (agent.activeDays !== activeDays && agent.activeDays % FORGET_EVERY_ACTIVE_DAYS === 0)
      this.cohorts.forgetting(agent, () => agent.forget(event.ts, this.settings.forgetAfterMs));
  }

  private isLearning(agent: AgentBaseline): boolean {
    return agent.activeDays < this.settings.learningMinDays || agent.events < this.settings.learningMinEvents;
  }

  /** Snapshots of the baselines that changed since the last call, for the baselines table. */
  takeSnapshots(): { agentId: string; lastTs: number; snapshot: BaselineSnapshot }[] {
    const rows = [];
    for (const id of this.dirty) {
      const baseline = this.baselines.get(id);
      if (!baseline) continue;
      rows.push({ agentId: id, lastTs: baseline.lastTs, snapshot: encodeSnapshot(baseline) });
    }
    this.dirty.clear();
    return rows;
  }

  /**
   * From now on, tracks which cohort members changed, so `takeCohortContributions` can write them
   * (a pipeline with a store: the `cohort_contributions` table every instance reads).
   */
  trackCohortContributions(): void {
    this.cohorts.trackContributions();
  }

  /**
   * Rows of the cohort members whose contribution changed since the last call, for the
   * `cohort_contributions` table: taken with the snapshots, written with them.
   */
  takeCohortContributions(): CohortContribution[] {
    return this.cohorts.takeContributions((id) => this.baselines.get(id));
  }

  /**
   * Begins a refresh of the cohort counts shared through the store; returns the rows to write
   * before reading the totals (see `CohortIndex.beginRefresh`).
   */
  beginCohortRefresh(): CohortContribution[] {
    return this.cohorts.beginRefresh((id) => this.baselines.get(id));
  }

  /** Ends a cohort refresh with the totals read from the store. */
  installCohortTotals(totals: ReadonlyMap<string, CohortTotal>): void {
    this.cohorts.installTotals(totals);
  }

  /** Ends a cohort refresh that failed: its rows are taken again next time. */
  cohortRefreshFailed(rows: readonly CohortContribution[]): void {
    this.cohorts.refreshFailed(rows);
  }

  /** Cohorts and their members as this instance sees them (shared totals included). */
  cohortSize(): { cohorts: number; members: number } {
    return this.cohorts.size();
  }

  /**
   * Above `maxAgentsInMemory`, chooses the least recently active agents to evict and marks them
   * changed, so the next snapshots write them; `evictWritten` drops them once that write is
   * durable. Returns how many were chosen.
   */
  chooseEvictions(): number {
    const cap = this.settings.maxAgentsInMemory;
    if (cap === undefined) return 0;
    let excess = this.baselines.size - this.evicting.size - cap;
    if (excess <= 0) return 0;
    let chosen = 0;
    for (const id of this.baselines.keys()) {
      if (excess <= 0) break;
      if (this.evicting.has(id)) continue;
      this.evicting.add(id);
      this.dirty.add(id);
      excess -= 1;
      chosen += 1;
    }
    return chosen;
  }

  /**
   * Drops the agents chosen by `chooseEvictions` whose last change is written (call when every
   * write started so far is durable). Their cohort counts stay: a reload does not count them twice.
   */
  evictWritten(): number {
    let evicted = 0;
    for (const id of this.evicting) {
      if (this.dirty.has(id)) continue;
      this.baselines.delete(id);
      this.evicting.delete(id);
      evicted += 1;
    }
    return evicted;
  }

  /** Whether agents chosen for eviction wait for their write. */
  get evictionPending(): boolean {
    return this.evicting.size > 0;
  }

  /**
   * Drops the state of agents this instance no longer owns (their partition moved to another
   * instance), without writing it: the caller wrote it before giving the partitions up. When seen
   * again they are reloaded from the store, with whatever the other instance learned.
   */
  drop(agentIds: Iterable<string>): number {
    let dropped = 0;
    for (const id of agentIds) {
      if (!this.baselines.delete(id)) continue;
      this.dirty.delete(id);
      this.evicting.delete(id);
      dropped += 1;
    }
    return dropped;
  }

  /** Drops every baseline held (after a session loss, when nothing may be written). */
  dropAll(): number {
    const n = this.baselines.size;
    this.baselines.clear();
    this.dirty.clear();
    this.evicting.clear();
    return n;
  }

  /**
   * A baseline loaded from the store joins what is pooled from established agents: its cohort, and
   * the owners the organisation's domain is learned from (a restarted process, or the check API,
   * knows them without waiting for each agent to act again).
   */
  private absorbIntoCohort(baseline: AgentBaseline): void {
    if (this.isLearning(baseline)) return;
    this.cohorts.absorb(baseline);
    this.organisation.observe(baseline.profile.owner, baseline.profile.type);
  }
}

function profileOf(event: AgentEvent) {
  const { name, type, owner, vendor, team, timezone } = event.agent;
  return { name, type, owner, vendor, team, timezone };
}

/**
 * Whether the event writes a party's record (a vendor, a customer, a payee: `PARTY_KEYS` read on the
 * resource's type): the organisation recording whom it deals with, not a blocklist or a lookup.
 */
function recordsParty(event: AgentEvent): boolean {
  return actionCategory(event) === 'write' && PARTY_KEYS.test(event.resource?.type ?? '');
}

/**
 * Whether a parameter of the event holds a mail address, or is a `domain`: most do not, and skip the
 * targets' walk.
 */
function mentionsAddress(event: AgentEvent): boolean {
  const parameters = event.action.parameters;
  // Keys walked in place: this runs for every clean event of an established agent.
  for (const key in parameters) {
    const value = parameters[key];
    if (typeof value === 'string' && (value.includes('@') || key === 'domain')) return true;
  }
  return false;
}
