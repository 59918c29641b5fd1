import type { AgentEvent } from '../../schemas/event.js';
import { actionCategory } from '../events/action-category.js';
import { KIND_PREFIX, categoryMarker, relatedKeys, taskKey } from '../events/event-keys.js';
import type { AgentBaseline, AgentProfile } from './agent-baseline.js';
import { VALUE_BECAME_KNOWN, VALUE_NEW } from './scope-sighting.js';
import { intern } from './string-pool.js';

const HOUR_MS = 3_600_000;

/** Ways to group agents into cohorts, tried in the configured order; the first that yields a key wins. */
export type CohortRule = 'name_prefix' | 'type_team' | 'owner' | 'vendor';

/** What a detector can ask about an agent's peers. Counts include the agent itself when it counts. */
export interface CohortView {
  readonly key: string;
  /** Established agents in the cohort (the one under evaluation included once it is established). */
  readonly members: number;
  /** Whether `agentId` is one of the members. */
  isMember(agentId: string): boolean;
  /** Members that have established `api` (known, not under review). */
  usersOf(api: string): number;
  /** Members that have called `api`, established or still under review: adoption, e.g. a rollout. */
  triersOf(api: string): number;
  /** Members that have established `api` for the task key. */
  taskUsersOf(task: string, api: string): number;
  /** Members that have called `api` for the task key, established or under review. */
  taskTriersOf(task: string, api: string): number;
  /** Learned events of the members in hour of week `how` (each member's own local hour; 0..167). */
  hourCount(how: number): number;
  /** Learned events of the members in their hour-of-week profiles. */
  readonly hourTotal: number;
  /**
   * Members that acted in clock hour `epochHour` (whole hours since the epoch): the role at work right
   * now. Only the latest two clock hours are kept, and only this instance's members are seen.
   */
  activeMembers(epochHour: number): number;
}

/**
 * Every cohort of the fleet, for the hours the organisation's agents work (each cohort's summed hour
 * profile, each member in its own zone). Walks the cohorts on every call: for a finding only.
 */
export interface FleetHoursView {
  /** Established agents in any cohort. */
  readonly members: number;
  /** Visits every cohort. */
  forEachCohort(visit: (cohort: CohortView) => void): void;
}

/**
 * Strips instance suffixes: `invoice-bot-17`, `invoice-bot#3`, `invoice-bot-7f3a9c` -> `invoice-bot`;
 * and, given the owner of a personal agent, the owner's name, which makes a personal instance of a
 * role (`scribe-oadeyemi` of `o.adeyemi`, `pa-leonor` of `leonor.vaz`) -> `scribe`, `pa`. Only whole
 * words of the name go, and never all of them. Not for other agents: a team mailbox's name is the
 * role's (`payroll-bot` of `payroll.ops@` is no `bot`).
 */
export function namePrefix(name: string, owner?: string): string {
  const base = name
    .toLowerCase()
    .replace(/([-_#. ]+([0-9]+|[0-9a-f]{6,}|v[0-9]+))+$/u, '')
    .trim();
  if (owner === undefined) return base;
  const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
  const local = owner.toLowerCase().split('@')[0] ?? '';
  const whole = letters(local);
  const parts = new Set(local.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= 4));
  if (whole.length < 3) return base;
  const words = base.split(/[-_. ]+/).filter(Boolean);
  const kept = words.filter((word) => letters(word) !== whole && !parts.has(word));
  return kept.length > 0 && kept.length < words.length ? kept.join('-') : base;
}

/** The cohort key of a profile, or undefined when no rule applies. */
export function cohortKey(profile: AgentProfile, rules: readonly CohortRule[]): string | undefined {
  for (const rule of rules) {
    switch (rule) {
      case 'name_prefix':
        if (profile.name)
          return `name:${namePrefix(profile.name, profile.type === 'personal' ? profile.owner : undefined)}`;
        break;
      case 'type_team':
        if (profile.type && profile.team) return `team:${profile.type}:${profile.team}`;
        break;
      case 'owner':
        if (profile.owner) return `owner:${profile.owner}`;
        break;
      case 'vendor':
        if (profile.vendor) return `vendor:${profile.vendor}`;
        break;
    }
  }
  return undefined;
}

/**
 * One cohort's counts as everyone shares them (`cohort_contributions`, one row per member): what
 * `CohortIndex.installTotals` takes from the store.
 */
export interface CohortTotal {
  readonly members: string[];
  readonly apiUsers: Map<string, number>;
  readonly apiTriers: Map<string, number>;
  readonly taskApiUsers: Map<string, Map<string, number>>;
  readonly taskApiTriers: Map<string, Map<string, number>>;
  /** Learned events per hour of week (168). */
  readonly hours: Float64Array;
}

/** A cohort with no members yet, for a reader to fill. */
export function emptyCohortTotal(): CohortTotal {
  return {
    members: [],
    apiUsers: new Map(),
    apiTriers: new Map(),
    taskApiUsers: new Map(),
    taskApiTriers: new Map(),
    hours: new Float64Array(168),
  };
}

/**
 * What one member adds to its cohort: every API and (task key, API) it remembers with whether it is
 * established, and its hour-of-week profile (sparse). One row of `cohort_contributions`.
 */
export interface CohortContribution {
  agentId: string;
  cohortKey: string;
  apis: string[];
  apiEstablished: number[];
  taskKeys: string[];
  taskApis: string[];
  taskEstablished: number[];
  hourSlots: number[];
  hourCounts: number[];
}

/** Adoption counts: users and triers per API and per task key's API, and the summed hour profile. */
class Counts {
  readonly apiUsers = new Map<string, number>();
  readonly apiTriers = new Map<string, number>();
  /** Per task key, per API: nested rather than keyed by a joined string, which costs a concatenation per lookup. */
  readonly taskApiUsers = new Map<string, Map<string, number>>();
  readonly taskApiTriers = new Map<string, Map<string, number>>();
  /** The members' hour-of-week profiles summed, each in its own zone: when the role works. */
  readonly hours = new Float64Array(168);
  hourTotal = 0;
  /** A change layer keeps negative counts (a value forgotten since the layer began); totals do not. */
  private readonly signed: boolean;

  constructor(signed: boolean) {
    this.signed = signed;
  }

  /** Applies `VALUE_NEW` / `VALUE_BECAME_KNOWN` bits for one API; `sign` -1 takes them back. */
  api(api: string, change: number, sign: number): void {
    if (change & VALUE_NEW) this.adjust(this.apiTriers, api, sign);
    if (change & VALUE_BECAME_KNOWN) this.adjust(this.apiUsers, api, sign);
  }

  /** Applies `VALUE_NEW` / `VALUE_BECAME_KNOWN` bits for one API of a task. */
  task(task: string, api: string, change: number, sign: number): void {
    if (change & VALUE_NEW) this.adjust(perTask(this.taskApiTriers, task), api, sign);
    if (change & VALUE_BECAME_KNOWN) this.adjust(perTask(this.taskApiUsers, task), api, sign);
  }

  /** Adds `count` learned events in hour of week `how`. */
  hour(how: number, count: number): void {
    this.hours[how] = (this.hours[how] ?? 0) + count;
    this.hourTotal += count;
  }

  adjust(counts: Map<string, number>, key: string, delta: number): void {
    const n = (counts.get(key) ?? 0) + delta;
    if (n > 0 || (this.signed && n !== 0)) counts.set(key, n);
    else counts.delete(key);
  }

  /** Adds every count of `other` (totals from the store, or a change layer) to these. */
  add(other: Omit<CohortTotal, 'members'>): void {
    addAll(this, this.apiUsers, other.apiUsers);
    addAll(this, this.apiTriers, other.apiTriers);
    for (const [task, counts] of other.taskApiUsers) addAll(this, perTask(this.taskApiUsers, task), counts);
    for (const [task, counts] of other.taskApiTriers) addAll(this, perTask(this.taskApiTriers, task), counts);
    for (let how = 0; how < 168; how += 1) {
      const n = other.hours[how] ?? 0;
      if (n !== 0) this.hour(how, n);
    }
  }
}

function addAll(into: Counts, target: Map<string, number>, source: ReadonlyMap<string, number>): void {
  for (const [key, n] of source) into.adjust(target, key, n);
}

/** Which refresh of the shared counts is under way (0: never; counts are this instance's own). */
interface RefreshClock {
  epoch: number;
}

class Cohort implements CohortView {
  readonly key: string;
  memberIds = new Set<string>();
  private counts = new Counts(false);
  /**
   * What changed since the refresh of epoch `changesEpoch` began (members that joined, counts
   * added or taken back): laid over the totals that refresh reads, which hold everything before it.
   */
  private changes: Counts | undefined;
  private joined: Set<string> | undefined;
  private changesEpoch = 0;
  private readonly clock: RefreshClock;
  /** The latest clock hour a member acted in and how many members did; the same for the hour before. */
  private liveHour = -1;
  private liveMembers = 0;
  private previousHour = -1;
  private previousMembers = 0;

  constructor(key: string, clock: RefreshClock) {
    this.key = key;
    this.clock = clock;
  }

  get members(): number {
    return this.memberIds.size;
  }

  get hourTotal(): number {
    return this.counts.hourTotal;
  }

  isMember(agentId: string): boolean {
    return this.memberIds.has(agentId);
  }

  usersOf(api: string): number {
    return this.counts.apiUsers.get(api) ?? 0;
  }

  triersOf(api: string): number {
    return this.counts.apiTriers.get(api) ?? 0;
  }

  taskUsersOf(task: string, api: string): number {
    return this.counts.taskApiUsers.get(task)?.get(api) ?? 0;
  }

  taskTriersOf(task: string, api: string): number {
    return this.counts.taskApiTriers.get(task)?.get(api) ?? 0;
  }

  hourCount(how: number): number {
    return this.counts.hours[how] ?? 0;
  }

  activeMembers(epochHour: number): number {
    if (epochHour === this.liveHour) return this.liveMembers;
    return epochHour === this.previousHour ? this.previousMembers : 0;
  }

  /** A member's first event in clock hour `epochHour`; an hour older than the two kept is dropped. */
  countActive(epochHour: number): void {
    if (epochHour === this.liveHour) this.liveMembers += 1;
    else if (epochHour > this.liveHour) {
      this.previousHour = this.liveHour;
      this.previousMembers = this.liveMembers;
      this.liveHour = epochHour;
      this.liveMembers = 1;
    } else if (epochHour === this.previousHour) this.previousMembers += 1;
  }

  /**
   * The change layer of the refresh under way, begun afresh when a new refresh began; undefined
   * while counts are never shared (replay), so the single-process path does no extra work.
   */
  private changeLayer(): Counts | undefined {
    const epoch = this.clock.epoch;
    if (epoch === 0) return undefined;
    if (this.changesEpoch !== epoch || !this.changes) {
      this.changes = new Counts(true);
      this.joined = new Set();
      this.changesEpoch = epoch;
    }
    return this.changes;
  }

  countApi(api: string, change: number, sign = 1): void {
    if (change === 0) return;
    this.counts.api(api, change, sign);
    this.changeLayer()?.api(api, change, sign);
  }

  countTask(task: string, api: string, change: number, sign = 1): void {
    if (change === 0) return;
    this.counts.task(task, api, change, sign);
    this.changeLayer()?.task(task, api, change, sign);
  }

  countHour(how: number, count: number): void {
    this.counts.hour(how, count);
    this.changeLayer()?.hour(how, count);
  }

  join(agent: AgentBaseline): void {
    this.memberIds.add(agent.agentId);
    if (this.changeLayer()) this.joined?.add(agent.agentId);
    this.contribute(agent, 1);
  }

  /** Adds (or with `sign` -1 takes out) everything a member's baseline holds. */
  contribute(agent: AgentBaseline, sign: 1 | -1): void {
    agent.apis.forEach((api, established) =>
      this.countApi(api, VALUE_NEW | (established ? VALUE_BECAME_KNOWN : 0), sign),
    );
    agent.forEachTaskApi((task, api, established) =>
      this.countTask(task, api, VALUE_NEW | (established ? VALUE_BECAME_KNOWN : 0), sign),
    );
    for (let how = 0; how < 168; how += 1) {
      const n = agent.hourCount(how);
      if (n > 0) this.countHour(how, sign * n);
    }
  }

  /**
   * Replaces the counts with the shared totals read for the refresh of `epoch` plus what changed
   * here since it began: the totals hold this instance's members as written when it began.
   */
  install(total: CohortTotal | undefined, epoch: number): void {
    const counts = new Counts(false);
    const members = new Set<string>(total?.members);
    if (total) counts.add(total);
    if (this.changesEpoch === epoch && this.changes) {
      counts.add(this.changes);
      for (const id of this.joined ?? []) members.add(id);
    }
    this.counts = counts;
    this.memberIds = members;
  }
}

function perTask(byTask: Map<string, Map<string, number>>, task: string): Map<string, number> {
  let counts = byTask.get(task);
  if (!counts) {
    counts = new Map();
    byTask.set(task, counts);
  }
  return counts;
}

/** The profile fields a cohort key was computed from, and the key. */
interface KeyMemo {
  name: string | undefined;
  type: string | undefined;
  team: string | undefined;
  owner: string | undefined;
  vendor: string | undefined;
  key: string | undefined;
}

/** {@link FleetHoursView} over the live cohorts. */
class FleetHours implements FleetHoursView {
  constructor(private readonly cohorts: ReadonlyMap<string, Cohort>) {}

  get members(): number {
    let n = 0;
    for (const cohort of this.cohorts.values()) n += cohort.members;
    return n;
  }

  forEachCohort(visit: (cohort: CohortView) => void): void {
    for (const cohort of this.cohorts.values()) visit(cohort);
  }
}

/**
 * Cohorts of the agents in play, pooled from established agents only. Adoption is counted, not
 * listed: each agent reports a value once when it first tries it and once when it becomes known,
 * so memory does not grow with agents times APIs.
 *
 * Shared (`run`, several instances): every member's contribution is written to the store
 * (`takeContributions`), and a refresh replaces the counts with the totals of every instance's
 * rows, one per agent, plus what changed here since the refresh began (`beginRefresh`,
 * `installTotals`). Never shared (replay), the counts are this process's own, in event order.
 */
export class CohortIndex {
  private readonly cohorts = new Map<string, Cohort>();
  private readonly rules: readonly CohortRule[];
  /**
   * Cohort keys per profile object, recomputed only when a field they depend on changes. The memo
   * holds the field values it was computed from (the profile keeps its strings while they do not
   * change) and an interned key, so it costs no strings of its own.
   */
  private readonly keys = new WeakMap<AgentProfile, KeyMemo>();
  private readonly clock: RefreshClock = { epoch: 0 };
  /** Members whose contribution changed since it was last taken for the store; undefined: not tracked. */
  private pending: Set<string> | undefined;
  /** True from `beginRefresh` until `installTotals` or `refreshFailed`. */
  private refreshing = false;

  constructor(rules: readonly CohortRule[]) {
    this.rules = rules;
  }

  /** Starts tracking which members' contributions changed, for the store (a pipeline with one). */
  trackContributions(): void {
    if (this.rules.length > 0) this.pending ??= new Set();
  }

  private keyOf(profile: AgentProfile): string | undefined {
    const m = this.keys.get(profile);
    if (
      m &&
      m.name === profile.name &&
      m.type === profile.type &&
      m.team === profile.team &&
      m.owner === profile.owner &&
      m.vendor === profile.vendor
    )
      return m.key;
    const computed = cohortKey(profile, this.rules);
    const key = computed === undefined ? undefined : intern(computed);
    const { name, type, team, owner, vendor } = profile;
    this.keys.set(profile, { name, type, team, owner, vendor, key });
    return key;
  }

  private cohortOf(profile: AgentProfile, create: boolean): Cohort | undefined {
    if (this.rules.length === 0) return undefined;
    const key = this.keyOf(profile);
    if (key === undefined) return undefined;
    return create ? this.cohortNamed(key) : this.cohorts.get(key);
  }

  private cohortNamed(key: string): Cohort {
    let cohort = this.cohorts.get(key);
    if (!cohort) {
      cohort = new Cohort(key, this.clock);
      this.cohorts.set(key, cohort);
    }
    return cohort;
  }

  /** The whole fleet's hours (every cohort's members summed). */
  readonly fleet: FleetHoursView = new FleetHours(this.cohorts);

  /** The cohort of a profile, if any. */
  viewFor(profile: AgentProfile): CohortView | undefined {
    return this.cohortOf(profile, false);
  }

  /**
   * Records an event of an established agent. An agent that is not a member yet joins with
   * everything it has learned; a member reports what the event changed (`AgentBaseline.lastApiChange`).
   * `startsHour`: the event is the agent's first in its clock hour (the role at work right now).
   */
  record(
    agent: AgentBaseline,
    event: AgentEvent,
    learnedHour: number,
    hourEvents: number,
    startsHour: boolean,
  ): void {
    const api = event.action.api;
    const task = taskKey(event);
    const cohort = this.cohortOf(agent.profile, true);
    if (!cohort) return;
    this.pending?.add(agent.agentId);
    if (startsHour) cohort.countActive(Math.floor(event.ts / HOUR_MS));
    if (!cohort.memberIds.has(agent.agentId)) {
      cohort.join(agent);
      return;
    }
    cohort.countApi(api, agent.lastApiChange);
    if (hourEvents > 0) cohort.countHour(learnedHour, hourEvents);
    if (task !== undefined) cohort.countTask(task, api, agent.lastTaskApiChange);
    agent.forEachLastPartyChange((key, party, change, sign) => cohort.countTask(key, party, change, sign));
    const related = relatedKeys(event);
    for (let i = 0; i < related.length; i += 1) {
      const key = related[i] ?? '';
      const change = agent.lastRelatedChange(i);
      if (change === 0) continue;
      cohort.countTask(key, api, change & 3);
      if (key.startsWith(KIND_PREFIX))
        cohort.countTask(key, categoryMarker(actionCategory(event)), change >>> 2);
    }
  }

  /**
   * Adds an established agent loaded from the store, with everything it knows, unless it is a
   * member already (counted by this instance before, or in the shared totals from another one).
   */
  absorb(agent: AgentBaseline): void {
    const cohort = this.cohortOf(agent.profile, true);
    if (cohort && !cohort.memberIds.has(agent.agentId)) {
      cohort.join(agent);
      this.pending?.add(agent.agentId);
    }
  }

  /**
   * Runs `forget` on an agent's baseline with its adoption counts taken out of its cohort and put
   * back after: what the agent forgets stops counting, so it is never counted as its own peer.
   */
  forgetting(agent: AgentBaseline, forget: () => void): void {
    const cohort = this.cohortOf(agent.profile, false);
    if (!cohort?.memberIds.has(agent.agentId)) {
      forget();
      return;
    }
    cohort.contribute(agent, -1);
    forget();
    cohort.contribute(agent, 1);
    this.pending?.add(agent.agentId);
  }

  /** The row a member adds to its cohort, from what its baseline holds now; undefined for a non-member. */
  contributionOf(agent: AgentBaseline): CohortContribution | undefined {
    const cohortKey = this.keyOf(agent.profile);
    if (cohortKey === undefined || !this.cohorts.get(cohortKey)?.isMember(agent.agentId)) return undefined;
    const row: CohortContribution = {
      agentId: agent.agentId,
      cohortKey,
      apis: [],
      apiEstablished: [],
      taskKeys: [],
      taskApis: [],
      taskEstablished: [],
      hourSlots: [],
      hourCounts: [],
    };
    agent.apis.forEach((api, established) => {
      row.apis.push(api);
      row.apiEstablished.push(established ? 1 : 0);
    });
    agent.forEachTaskApi((task, api, established) => {
      row.taskKeys.push(task);
      row.taskApis.push(api);
      row.taskEstablished.push(established ? 1 : 0);
    });
    for (let how = 0; how < 168; how += 1) {
      const n = agent.hourCount(how);
      if (n === 0) continue;
      row.hourSlots.push(how);
      row.hourCounts.push(n);
    }
    return row;
  }

  /**
   * The rows of members whose contribution changed since the last call, for `cohort_contributions`
   * (`baselineOf` finds them in memory; one no longer held was written when it left). While a
   * refresh is under way nothing is taken: a row written after the refresh began could reach the
   * totals it reads, and what it holds would be counted twice (in the totals and in the changes
   * since the refresh began). It is taken by the next call instead.
   */
  takeContributions(baselineOf: (agentId: string) => AgentBaseline | undefined): CohortContribution[] {
    const pending = this.pending;
    if (!pending || this.refreshing) return [];
    const rows: CohortContribution[] = [];
    for (const id of pending) {
      const agent = baselineOf(id);
      const row = agent && this.contributionOf(agent);
      if (row) rows.push(row);
    }
    pending.clear();
    return rows;
  }

  /**
   * Begins a refresh of the shared counts: returns the rows still to write (they and every row
   * written before must be durable before the totals are read) and counts every change from now
   * on apart, to lay over those totals.
   */
  beginRefresh(baselineOf: (agentId: string) => AgentBaseline | undefined): CohortContribution[] {
    const rows = this.takeContributions(baselineOf);
    this.pending ??= new Set();
    this.clock.epoch += 1;
    this.refreshing = true;
    return rows;
  }

  /**
   * Ends a refresh with the totals of every instance's rows (read after `beginRefresh`'s rows were
   * written): each cohort becomes those totals plus what changed here since the refresh began.
   */
  installTotals(totals: ReadonlyMap<string, CohortTotal>): void {
    for (const key of totals.keys()) this.cohortNamed(intern(key));
    for (const [key, cohort] of this.cohorts) cohort.install(totals.get(key), this.clock.epoch);
    this.refreshing = false;
  }

  /** Ends a refresh that could not write or read: the rows it took are taken again next time. */
  refreshFailed(rows: readonly CohortContribution[]): void {
    for (const row of rows) this.pending?.add(row.agentId);
    this.refreshing = false;
  }

  /** Cohorts and members in all of them (for metrics). */
  size(): { cohorts: number; members: number } {
    let members = 0;
    for (const cohort of this.cohorts.values()) members += cohort.members;
    return { cohorts: this.cohorts.size, members };
  }
}
