import type { ActionCategory, AgentType, Sensitivity } from '../../schemas/event.js';
import type { Rng } from './prng.js';

/** Values a task instance carries into its description and its actions' parameters. */
export type TaskVars = Record<string, string | number>;

/** Scalars allowed in `action.parameters`. */
export type ParameterValue = string | number | boolean;

/** A person in the simulated company: owner of personal agents, invoker of shared ones. */
export interface Person {
  email: string;
  name: string;
  team: string;
  timezone: string;
  /** Internal colleagues this person writes to. */
  colleagues: readonly string[];
  /** External contacts this person already deals with (grounded recipients). */
  partners: readonly string[];
}

/** When an agent works, in its own timezone. */
export interface WorkPattern {
  kind: 'office' | 'extended' | 'round_the_clock';
  /** First working hour (local, inclusive). */
  startHour: number;
  /** End of the working day (local, exclusive): the last working hour is `endHour - 1`. */
  endHour: number;
  /** `extended` only: end of the lighter evening stretch (exclusive). */
  eveningEndHour: number;
}

/** What rendering one action needs to know. */
export interface StepContext {
  rng: Rng;
  agent: AgentSpec;
  user: Person | undefined;
  vars: TaskVars;
  /** Benign novelty switched on for this agent and day (a new resource of an existing type). */
  newResource: boolean;
}

/** The variable part of an action: its arguments and its target. */
export interface ActionDetail {
  parameters?: Record<string, ParameterValue>;
  resource?: { id: string; type: string; sensitivity: Sensitivity };
}

/** One callable operation of an agent's toolset. */
export interface ActionSpec {
  api: string;
  service: string;
  category: ActionCategory;
  make?: (c: StepContext) => ActionDetail;
}

/** One step of a task: an action repeated between `min` and `max` times. */
export interface StepSpec {
  action: ActionSpec;
  min: number;
  max: number;
}

/** A kind of task an agent is asked to do, with the tools declared for it. */
export interface TaskSpec {
  /** Stable task id (the task definition; instances differ in description and session). */
  id: string;
  /** Declared scopes: the tools (API names, `*` as a wildcard) the task may use. */
  scopes: readonly string[];
  weight: number;
  /** Draws an instance: the request in words, with its grounded values, and those values. */
  instance: (c: { rng: Rng; agent: AgentSpec; user: Person | undefined; newResource: boolean }) => {
    description: string;
    vars: TaskVars;
  };
  steps: readonly StepSpec[];
}

/** How an agent is invoked. */
export type InvokerMode = 'owner' | 'team_users' | 'autonomous' | 'orchestrator';

/** Anomaly scenarios an archetype can be subject to (see scenario-plan.ts). */
export type IncidentKind =
  | 'access-drift'
  | 'off-hours-burst'
  | 'night-exfil'
  | 'prompt-injection-exfil'
  | 'prompt-injection-share'
  | 'payment-redirect'
  | 'scope-violation'
  | 'scope-violation-new-api'
  | 'off-hours-low-volume';

/** A family of agents sharing a toolset and habits; instances are named `<key>-<n>`. */
export interface Archetype {
  key: string;
  type: AgentType;
  team: string | undefined;
  vendor?: string;
  invokers: InvokerMode;
  /** Whether agents of this family have an accountable owner on record. */
  owned: boolean;
  pattern: (rng: Rng) => WorkPattern;
  /** Zone of the team, for organisational agents that are not round-the-clock. */
  timezones: readonly string[];
  /** Events per active day before the fleet scale factor. */
  eventsPerDay: readonly [number, number];
  credentialType: string;
  userAgent: string;
  /** Runs once in every working hour: a poll or cron job, so every working hour has history. */
  heartbeat: TaskSpec;
  tasks: readonly TaskSpec[];
  /** Benign: a task declared later whose tools the agent already uses. */
  newTask: TaskSpec;
  /** Benign: a read API the whole cohort starts calling on the same day, inside the heartbeat. */
  rollout: ActionSpec;
  /** APIs an over-privileged, drifting instance starts calling (never seen before). */
  driftApis: readonly ActionSpec[];
  incidents: readonly IncidentKind[];
}

/** One simulated agent. */
export interface AgentSpec {
  index: number;
  id: string;
  name: string;
  archetype: Archetype;
  type: AgentType;
  owner: string | undefined;
  vendor: string | undefined;
  team: string | undefined;
  timezone: string;
  pattern: WorkPattern;
  /** People it acts for; empty for autonomous agents. */
  users: readonly Person[];
  /** The agent that delegates to this one, for `orchestrator` invokers. */
  delegator: string | undefined;
  credentialId: string;
  credentialIssuedAt: number;
  sourceIp: string;
  /** Multiplier on the archetype's daily volume. */
  volume: number;
  /** Probability of being active on a working day (personal agents follow their owner's days off). */
  presence: number;
  /** A few events a day (no hourly heartbeat): its working hours are thinly known. Set by `lowVolume`. */
  lowVolume?: boolean;
}
