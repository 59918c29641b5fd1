import type { AgentProfile } from './agent-baseline.js';

/** Ways to group agents into cohorts, tried in the configured order; the first that yields a key wins. */
export type CohortRule = 'name_prefix' | 'type_team' | 'owner' | 'vendor';

/** What a detector can ask about an agent's peers. */
export interface CohortView {
  readonly key: string;
  /** Established agents in the cohort (the one under evaluation included once it is established). */
  readonly members: number;
  /** Whether `agentId` is one of the members. */
  isMember(agentId: string): boolean;
  /** Members other than `agentId` that have used `api`. */
  peersUsingApi(api: string, agentId: string): number;
  /** Members other than `agentId` that have used `api` for the task key. */
  peersUsingTaskApi(task: string, api: string, agentId: string): number;
  /** Members other than `agentId` that have called `api`, established or still under review: adoption. */
  peersTryingApi(api: string, agentId: string): number;
  /** Members other than `agentId` that have called `api` for the task, established or under review. */
  peersTryingTaskApi(task: string, api: string, agentId: string): number;
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
  readonly apiUsers = new Map<string, Set<string>>();
  readonly taskApiUsers = new Map<string, Set<string>>();
  readonly apiTriers = new Map<string, Set<string>>();
  readonly taskApiTriers = new Map<string, Set<string>>();

  constructor(key: string) {
    this.key = key;
  }

  get members(): number {
    return this.memberIds.size;
  }

  isMember(agentId: string): boolean {
    return this.memberIds.has(agentId);
  }

  peersUsingApi(api: string, agentId: string): number {
    return othersIn(this.apiUsers.get(api), agentId);
  }

  peersTryingApi(api: string, agentId: string): number {
    return othersIn(this.apiTriers.get(api), agentId);
  }

  peersTryingTaskApi(task: string, api: string, agentId: string): number {
    return othersIn(this.taskApiTriers.get(`${task}\u0000${api}`), agentId);
  }

  peersUsingTaskApi(task: string, api: string, agentId: string): number {
    const users = this.taskApiUsers.get(`${task}\u0000${api}`);
    if (!users) return 0;
    return users.size - (users.has(agentId) ? 1 : 0);
  }
}

/** Cohorts of the agents in play, built from what they learn. */
export class CohortIndex {
  private readonly cohorts = new Map<string, Cohort>();
  private readonly rules: readonly CohortRule[];

  constructor(rules: readonly CohortRule[]) {
    this.rules = rules;
  }

  /** The cohort of a profile, if any. */
  viewFor(profile: AgentProfile): CohortView | undefined {
    if (this.rules.length === 0) return undefined;
    const key = cohortKey(profile, this.rules);
    return key === undefined ? undefined : this.cohorts.get(key);
  }

  /**
   * Records that established agent `agentId` (with `profile`) used `api` (for `task`). `underReview`: the API is still quarantined for the agent, so it counts as adoption by a
   * peer but not as established usage a newcomer may borrow.
   */
  observe(
    agentId: string,
    profile: AgentProfile,
    api: string,
    task: string | undefined,
    underReview = false,
  ): void {
    if (this.rules.length === 0) return;
    const key = cohortKey(profile, this.rules);
    if (key === undefined) return;
    let cohort = this.cohorts.get(key);
    if (!cohort) {
      cohort = new Cohort(key);
      this.cohorts.set(key, cohort);
    }
    cohort.memberIds.add(agentId);
    addTo(cohort.apiTriers, api, agentId);
    if (task !== undefined) addTo(cohort.taskApiTriers, `${task}\u0000${api}`, agentId);
    if (underReview) return;
    addTo(cohort.apiUsers, api, agentId);
    if (task !== undefined) addTo(cohort.taskApiUsers, `${task}\u0000${api}`, agentId);
  }
}

function othersIn(set: Set<string> | undefined, agentId: string): number {
  if (!set) return 0;
  return set.size - (set.has(agentId) ? 1 : 0);
}

function addTo(map: Map<string, Set<string>>, key: string, agentId: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(agentId);
}
