import type { AgentEvent } from '../../schemas/event.js';
import { actionCategory } from '../events/action-category.js';
import { KIND_PREFIX, categoryMarker, relatedKeys, taskKey } from '../events/event-keys.js';
import type { AgentBaseline, AgentProfile } from './agent-baseline.js';
import { VALUE_BECAME_KNOWN, VALUE_NEW } from './scope-sighting.js';
import { intern } from './string-pool.js';

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
}

/** Strips instance suffixes: `invoice-bot-17`, `invoice-bot#3`, `invoice-bot-7f3a9c` -> `invoice-bot`. */
export function namePrefix(name: string): string {
  return name
    .toLowerCase()
    .replace(/([-_#. ]+([0-9]+|[0-9a-f]{6,}|v[0-9]+))+$/u, '')
    .trim();
}

/** The cohort key of a profile, or undefined when no rule applies. */
export function cohortKey(profile: AgentProfile, rules: readonly CohortRule[]): string | undefined {
  for (const rule of rules) {
    switch (rule) {
      case 'name_prefix':
        if (profile.name) return `name:${namePrefix(profile.name)}`;
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

class Cohort implements CohortView {
  readonly key: string;
  readonly memberIds = new Set<string>();
  readonly apiUsers = new Map<string, number>();
  readonly apiTriers = new Map<string, number>();
  /** Per task key, per API: nested rather than keyed by a joined string, which costs a concatenation per lookup. */
  readonly taskApiUsers = new Map<string, Map<string, number>>();
  readonly taskApiTriers = new Map<string, Map<string, number>>();
  /** The members' hour-of-week profiles summed, each in its own zone: when the role works. */
  readonly hours = new Float64Array(168);
  hourTotal = 0;

  constructor(key: string) {
    this.key = key;
  }

  get members(): number {
    return this.memberIds.size;
  }

  isMember(agentId: string): boolean {
    return this.memberIds.has(agentId);
  }

  usersOf(api: string): number {
    return this.apiUsers.get(api) ?? 0;
  }

  triersOf(api: string): number {
    return this.apiTriers.get(api) ?? 0;
  }

  taskUsersOf(task: string, api: string): number {
    return this.taskApiUsers.get(task)?.get(api) ?? 0;
  }

  taskTriersOf(task: string, api: string): number {
    return this.taskApiTriers.get(task)?.get(api) ?? 0;
  }

  hourCount(how: number): number {
    return this.hours[how] ?? 0;
  }

  /** Adds `count` learned events in hour of week `how`. */
  countHour(how: number, count: number): void {
    this.hours[how] = (this.hours[how] ?? 0) + count;
    this.hourTotal += count;
  }

  /** Applies `VALUE_NEW` / `VALUE_BECAME_KNOWN` bits for one value; `sign` -1 takes them back. */
  count(
    users: Map<string, number>,
    triers: Map<string, number>,
    key: string,
    change: number,
    sign = 1,
  ): void {
    if (change & VALUE_NEW) adjust(triers, key, sign);
    if (change & VALUE_BECAME_KNOWN) adjust(users, key, sign);
  }

  /** Applies `VALUE_NEW` / `VALUE_BECAME_KNOWN` bits for one API of a task. */
  countTask(task: string, api: string, change: number, sign = 1): void {
    if (change === 0) return;
    this.count(perTask(this.taskApiUsers, task), perTask(this.taskApiTriers, task), api, change, sign);
  }

  /** Adds (or with `sign` -1 takes out) everything a member's baseline holds. */
  contribute(agent: AgentBaseline, sign: 1 | -1): void {
    agent.apis.forEach((api, established) =>
      this.count(
        this.apiUsers,
        this.apiTriers,
        api,
        VALUE_NEW | (established ? VALUE_BECAME_KNOWN : 0),
        sign,
      ),
    );
    agent.forEachTaskApi((task, api, established) =>
      this.countTask(task, api, VALUE_NEW | (established ? VALUE_BECAME_KNOWN : 0), sign),
    );
    for (let how = 0; how < 168; how += 1) {
      const n = agent.hourCount(how);
      if (n > 0) this.countHour(how, sign * n);
    }
  }
}

function adjust(counts: Map<string, number>, key: string, delta: number): void {
  const n = (counts.get(key) ?? 0) + delta;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
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

/**
 * Cohorts of the agents in play, pooled from established agents only. Adoption is counted, not
 * listed: each agent reports a value once when it first tries it and once when it becomes known,
 * so memory does not grow with agents times APIs.
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

  constructor(rules: readonly CohortRule[]) {
    this.rules = rules;
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
    let cohort = this.cohorts.get(key);
    if (!cohort && create) {
      cohort = new Cohort(key);
      this.cohorts.set(key, cohort);
    }
    return cohort;
  }

  /** The cohort of a profile, if any. */
  viewFor(profile: AgentProfile): CohortView | undefined {
    return this.cohortOf(profile, false);
  }

  /**
   * Records an event of an established agent. An agent that is not a member yet joins with
   * everything it has learned; a member reports what the event changed (`AgentBaseline.lastApiChange`).
   */
  record(agent: AgentBaseline, event: AgentEvent, learnedHour: number, hourEvents: number): void {
    const api = event.action.api;
    const task = taskKey(event);
    const cohort = this.cohortOf(agent.profile, true);
    if (!cohort) return;
    if (!cohort.memberIds.has(agent.agentId)) {
      this.join(cohort, agent);
      return;
    }
    cohort.count(cohort.apiUsers, cohort.apiTriers, api, agent.lastApiChange);
    if (hourEvents > 0) cohort.countHour(learnedHour, hourEvents);
    if (task !== undefined) cohort.countTask(task, api, agent.lastTaskApiChange);
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

  /** Adds an established agent loaded from the store, with everything it knows. */
  absorb(agent: AgentBaseline): void {
    const cohort = this.cohortOf(agent.profile, true);
    if (cohort && !cohort.memberIds.has(agent.agentId)) this.join(cohort, agent);
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
  }

  private join(cohort: Cohort, agent: AgentBaseline): void {
    cohort.memberIds.add(agent.agentId);
    cohort.contribute(agent, 1);
  }
}
