import type { AgentEventInput } from '../../schemas/event.js';
import type { DirectoryRecordInput, RegistryRecordInput } from '../../schemas/registry.js';
import type { SimulatedEvent, SimulationSetup } from './fleet-simulator.js';
import type { AgentSpec, Archetype } from './fleet-model.js';
import { COMPANY_DOMAIN, TEAMS } from './people-directory.js';
import { Rng } from './prng.js';
import { DAY_MS, rfc3339 } from './zoned-time.js';

/** Detectors the identity plan writes ground truth for. */
export const POSTURE_DETECTORS = [
  'unregistered-agent',
  'ownership',
  'stale-approval',
  'credential-hygiene',
  'access-drift',
  'delegated-authority',
  'delegation-chain',
] as const;
export type PostureDetector = (typeof POSTURE_DETECTORS)[number];

/**
 * Ground truth for one planted posture condition: the detector and reason expected to raise it once
 * for this agent. `inventory` labels are checked against `agentwatch inventory`, not alerts.
 */
export interface PostureLabel {
  detector: PostureDetector;
  reason: string;
  /** Scenario: shadow, suspended, orphaned, stale, over-granted, delegating... */
  kind: string;
  agent_id: string;
  /** `alert` (a posture alert is expected) or `inventory` (an unused grant is expected). */
  check: 'alert' | 'inventory';
  /** For inventory labels: the grants expected among the unused. */
  scopes?: string[];
}

/** The registry and directory of a simulated fleet, with posture conditions planted. */
export interface IdentityPlan {
  registry: RegistryRecordInput[];
  directory: DirectoryRecordInput[];
  /** Conditions known from the declarations (more are found while events stream). */
  labels: PostureLabel[];
  /** Agents with something planted (never "clean"). */
  planted: Set<string>;
  /** Event-level plants, applied by `plantPosture`. */
  plants: EventPlants;
}

interface EventPlants {
  shared?: { from: AgentSpec; to: AgentSpec; day: number };
  newOrigin?: { agent: AgentSpec; day: number };
  beyondGrant?: { agent: AgentSpec; day: number };
  newEdge?: { agent: AgentSpec; parent: string; day: number };
  deepChain?: { agent: AgentSpec; day: number };
  loop?: { agent: AgentSpec; other: string; day: number };
  runaway?: { agent: AgentSpec; parent: string; day: number };
  departedUser?: string;
  restrictedUser?: string;
}

const APPROVER = `ciso.office@${COMPANY_DOMAIN}`;
const DEPARTED_APPROVER = `former.cio@${COMPANY_DOMAIN}`;
const ORIGIN_IP = '198.51.100.77';
/** Delegated calls of the runaway burst, within 400 s. */
const RUNAWAY_CALLS = 400;
const BEYOND = { api: 'payroll.employees.export', service: 'payroll-system', category: 'read' } as const;

/** The services an archetype's ordinary work uses: what its registry grant names. */
export function archetypeServices(archetype: Archetype): string[] {
  const services = new Set<string>();
  for (const task of [archetype.heartbeat, ...archetype.tasks, archetype.newTask])
    for (const step of task.steps) services.add(step.action.service);
  services.add(archetype.rollout.service);
  return [...services].sort();
}

function teamOwner(agent: AgentSpec): string {
  if (agent.vendor) return `vendor-management@${COMPANY_DOMAIN}`;
  return `${agent.team ?? 'it'}-ops@${COMPANY_DOMAIN}`;
}

/**
 * Declares the fleet's registry and directory, and plants posture conditions on agents that carry
 * no behavioural incident: shadow (unregistered), suspended, orphaned (no owner, departed owner,
 * departed approver), stale and never approved, credentials expired, past rotation, shared and
 * used from a new origin, over-granted (unused grants) and drifting beyond the grant, a person
 * acting through agents beyond their rights, and delegating agents (new edge, deep chain, loop,
 * runaway rate). A plant is skipped when the fleet has no suitable agent left.
 */
export function planIdentity(setup: SimulationSetup): IdentityPlan {
  const { fleet, plan, start, options } = setup;
  const rng = Rng.derive(options.seed, 'identity');
  const incidentAgents = new Set(plan.incidents.map((i) => i.agentIndex));
  const free = rng.shuffle(fleet.agents.filter((a) => !incidentAgents.has(a.index)));
  const planted = new Set<string>();
  const labels: PostureLabel[] = [];
  const take = (filter: (a: AgentSpec) => boolean = () => true): AgentSpec | undefined => {
    const i = free.findIndex(filter);
    if (i < 0) return undefined;
    const [agent] = free.splice(i, 1);
    if (agent) planted.add(agent.id);
    return agent;
  };
  const label = (agent: AgentSpec, detector: PostureDetector, reason: string, kind: string) =>
    labels.push({ detector, reason, kind, agent_id: agent.id, check: 'alert' });
  const plantDay = plan.warmupDays + 2;
  const keyed = (a: AgentSpec) => a.archetype.credentialType !== 'oauth_token';

  // Registry records of every agent, in good standing.
  const records = new Map<string, RegistryRecordInput & { credentials: Record<string, unknown>[] }>();
  for (const agent of fleet.agents) {
    records.set(agent.id, {
      agent_id: agent.id,
      name: agent.name,
      type: agent.type,
      owner: agent.owner ?? teamOwner(agent),
      approved_by: APPROVER,
      approved_at: rfc3339(start - rng.int(1, 20) * DAY_MS),
      review_every_days: Math.max(90, options.days + 30),
      scopes_granted: archetypeServices(agent.archetype),
      credentials: [
        {
          id: agent.credentialId,
          kind: agent.archetype.credentialType,
          issued_at: rfc3339(agent.credentialIssuedAt),
          rotate_every_days: 730,
        },
      ],
      status: 'active',
    });
  }
  const edit = (
    agent: AgentSpec,
    change: (r: RegistryRecordInput & { credentials: Record<string, unknown>[] }) => void,
  ) => {
    const r = records.get(agent.id);
    if (r) change(r);
  };

  const shadow = take((a) => a.owner !== undefined);
  if (shadow) {
    records.delete(shadow.id);
    label(shadow, 'unregistered-agent', 'agent_not_registered', 'shadow');
  }
  const suspended = take();
  if (suspended) {
    edit(suspended, (r) => (r.status = 'suspended'));
    label(suspended, 'unregistered-agent', 'agent_suspended', 'suspended');
  }
  const orphan = take();
  if (orphan) {
    edit(orphan, (r) => (r.owner = null));
    label(orphan, 'ownership', 'no_owner', 'orphaned');
  }
  // A personal agent whose owner leaves: every agent that person owns is orphaned, and every agent
  // acting for them acts for a departed user.
  const leaver = take((a) => a.type === 'personal' && a.owner !== undefined);
  const departedUser = leaver?.owner;
  if (departedUser)
    for (const agent of fleet.agents)
      if (agent.owner === departedUser && records.has(agent.id)) {
        planted.add(agent.id);
        labels.push({
          detector: 'ownership',
          reason: 'owner_departed',
          kind: 'orphaned',
          agent_id: agent.id,
          check: 'alert',
        });
      }
  const approverGone = take();
  if (approverGone) {
    edit(approverGone, (r) => (r.approved_by = DEPARTED_APPROVER));
    label(approverGone, 'ownership', 'approver_departed', 'orphaned');
  }
  const stale = take();
  if (stale) {
    edit(stale, (r) => {
      r.approved_at = rfc3339(start - 200 * DAY_MS);
      r.review_every_days = 30;
    });
    label(stale, 'stale-approval', 'approval_overdue', 'stale');
  }
  const unapproved = take();
  if (unapproved) {
    edit(unapproved, (r) => {
      r.approved_by = null;
      r.approved_at = null;
    });
    label(unapproved, 'stale-approval', 'never_approved', 'stale');
  }
  const expired = take(keyed);
  if (expired) {
    edit(expired, (r) => {
      const c = r.credentials[0];
      if (c) c['expires_at'] = rfc3339(start + plantDay * DAY_MS);
    });
    label(expired, 'credential-hygiene', 'credential_expired', 'credential');
  }
  const unrotated = take((a) => keyed(a) && a.credentialIssuedAt < start - 35 * DAY_MS);
  if (unrotated) {
    edit(unrotated, (r) => {
      const c = r.credentials[0];
      if (c) c['rotate_every_days'] = 30;
    });
    label(unrotated, 'credential-hygiene', 'credential_rotation_overdue', 'credential');
  }
  const overGranted = take();
  const extraGrants = ['hr-payroll', 'treasury-wires'];
  if (overGranted) {
    edit(overGranted, (r) => (r.scopes_granted = [...(r.scopes_granted ?? []), ...extraGrants]));
    labels.push({
      detector: 'access-drift',
      reason: 'unused_grant',
      kind: 'over-granted',
      agent_id: overGranted.id,
      check: 'inventory',
      scopes: extraGrants,
    });
  }

  const plants: EventPlants = {};
  if (departedUser) plants.departedUser = departedUser;
  const sharedFrom = take(keyed);
  const sharedTo = take(keyed);
  if (sharedFrom && sharedTo) {
    plants.shared = { from: sharedFrom, to: sharedTo, day: plantDay };
    label(sharedTo, 'credential-hygiene', 'credential_shared', 'credential');
    label(sharedFrom, 'credential-hygiene', 'credential_shared', 'credential');
  }
  const origin = take();
  if (origin) {
    plants.newOrigin = { agent: origin, day: plantDay };
    label(origin, 'credential-hygiene', 'credential_new_origin', 'credential');
  }
  const drifting = take();
  if (drifting) {
    plants.beyondGrant = { agent: drifting, day: plantDay };
    label(drifting, 'access-drift', 'beyond_grant', 'drift');
  }
  const edgeParent =
    fleet.agents.find((a) => a.archetype.invokers === 'autonomous')?.id ?? 'agt-external-planner';
  const edge = take((a) => a.delegator === undefined);
  if (edge) {
    plants.newEdge = { agent: edge, parent: edgeParent, day: plantDay };
    label(edge, 'delegation-chain', 'new_delegation_edge', 'delegating');
  }
  const deep = take((a) => a.delegator === undefined);
  if (deep) {
    plants.deepChain = { agent: deep, day: plantDay };
    label(deep, 'delegation-chain', 'chain_too_deep', 'delegating');
    label(deep, 'delegation-chain', 'new_delegation_edge', 'delegating');
  }
  const looping = take((a) => a.delegator === undefined);
  if (looping) {
    plants.loop = { agent: looping, other: edgeParent, day: plantDay };
    label(looping, 'delegation-chain', 'delegation_loop', 'delegating');
    label(looping, 'delegation-chain', 'new_delegation_edge', 'delegating');
  }
  const runaway = take((a) => a.delegator !== undefined) ?? take();
  if (runaway) {
    plants.runaway = { agent: runaway, parent: runaway.delegator ?? edgeParent, day: plantDay };
    label(runaway, 'delegation-chain', 'runaway_delegation', 'delegating');
    if (runaway.delegator === undefined)
      label(runaway, 'delegation-chain', 'new_delegation_edge', 'delegating');
  }

  // The directory: every person in a team group whose scopes are what their agents do for them.
  const teamScopes = new Map<string, Set<string>>();
  for (const agent of fleet.agents)
    for (const user of agent.users) {
      const set = teamScopes.get(user.team) ?? new Set<string>();
      for (const s of archetypeServices(agent.archetype)) set.add(s);
      teamScopes.set(user.team, set);
    }
  const people = Object.keys(TEAMS).flatMap((team) => [...fleet.people.team(team)]);
  const candidates = people.filter(
    (p) => p.email !== departedUser && fleet.agents.some((a) => a.users.some((u) => u.email === p.email)),
  );
  const restricted = candidates.length > 0 ? rng.pick(candidates).email : undefined;
  if (restricted) plants.restrictedUser = restricted;
  const directory: DirectoryRecordInput[] = [
    ...people.map((p) => ({
      id: p.email,
      name: p.name,
      status: p.email === departedUser ? ('departed' as const) : ('active' as const),
      groups: p.email === restricted ? ['contractors'] : [`team-${p.team}`],
    })),
    { id: APPROVER, name: 'CISO office', status: 'active', groups: ['governance'] },
    { id: DEPARTED_APPROVER, name: 'Former CIO', status: 'departed', groups: ['governance'] },
    ...[...teamScopes].map(([team, scopes]) => ({
      kind: 'group' as const,
      id: `team-${team}`,
      scopes: [...scopes].sort(),
    })),
    { kind: 'group', id: 'contractors', scopes: ['intranet-wiki'] },
    { kind: 'group', id: 'governance', scopes: ['*'] },
  ];
  return { registry: [...records.values()], directory, labels, planted, plants };
}

/**
 * The simulated stream with the plan's event-level plants applied (a shared credential, a new
 * origin, traffic beyond the grant, delegation edges, a deep chain, a loop, a runaway burst), and
 * the posture labels each event reveals (acting for a departed or restricted person).
 */
export function* plantPosture(
  stream: Iterable<SimulatedEvent>,
  setup: SimulationSetup,
  identity: IdentityPlan,
): Generator<{ event: AgentEventInput; labels: SimulatedEvent['labels']; posture: PostureLabel[] }> {
  const p = identity.plants;
  const done = new Set<string>();
  const once = (key: string) => (done.has(key) ? false : (done.add(key), true));
  const labelled = new Set<string>();
  for (const { event, labels } of stream) {
    const agentId = event.agent.id;
    const day = Math.floor((tsOf(event) - setup.start) / DAY_MS);
    const posture: PostureLabel[] = [];
    let e = event;
    const extra: AgentEventInput[] = [];
    if (p.shared && agentId === p.shared.to.id && day >= p.shared.day && e.credential)
      e = { ...e, credential: { ...e.credential, id: p.shared.from.credentialId } };
    if (p.newOrigin && agentId === p.newOrigin.agent.id && day === p.newOrigin.day && once('origin'))
      e = { ...e, source_ip: ORIGIN_IP };
    if (p.beyondGrant && agentId === p.beyondGrant.agent.id && day >= p.beyondGrant.day && once('beyond'))
      for (let i = 1; i <= 3; i++)
        extra.push({
          ...clone(e, `beyond-${i}`, i),
          action: { ...BEYOND },
          resource: undefined,
          intent: undefined,
          on_behalf_of: undefined,
          delegation_chain: undefined,
        });
    if (p.newEdge && agentId === p.newEdge.agent.id && day >= p.newEdge.day && once('edge'))
      for (let i = 1; i <= 3; i++)
        extra.push(delegated(clone(e, `edge-${i}`, i), [p.newEdge.parent, agentId]));
    if (p.deepChain && agentId === p.deepChain.agent.id && day >= p.deepChain.day && once('deep'))
      extra.push(
        delegated(clone(e, 'deep', 1), [
          'agt-hub-1',
          'agt-hub-2',
          'agt-hub-3',
          'agt-hub-4',
          'agt-hub-5',
          agentId,
        ]),
      );
    if (p.loop && agentId === p.loop.agent.id && day >= p.loop.day && once('loop'))
      extra.push(delegated(clone(e, 'loop', 1), [agentId, p.loop.other, agentId]));
    if (p.runaway && agentId === p.runaway.agent.id && day >= p.runaway.day && once('runaway'))
      for (let i = 1; i <= RUNAWAY_CALLS; i++) {
        // Inside one 10-minute bucket of event time, as the detector counts them.
        const ts = tsOf(e);
        const bucketStart = ts - (ts % 600_000) + 600_000;
        extra.push(
          delegated(clone(e, `burst-${i}`, (bucketStart - ts) / 1000 + i), [p.runaway.parent, agentId]),
        );
      }
    for (const out of [e, ...extra]) {
      const user = out.on_behalf_of?.id;
      if (user !== undefined && (user === p.departedUser || user === p.restrictedUser)) {
        const reason = user === p.departedUser ? 'user_departed' : 'user_not_entitled';
        if (!labelled.has(`${agentId}:${reason}:${user}`)) {
          labelled.add(`${agentId}:${reason}:${user}`);
          identity.planted.add(agentId);
          posture.push({
            detector: 'delegated-authority',
            reason,
            kind: user === p.departedUser ? 'departed-user' : 'authorization-bypass',
            agent_id: agentId,
            check: 'alert',
          });
        }
      }
    }
    yield { event: e, labels, posture };
    for (const x of extra) yield { event: x, labels: [], posture: [] };
  }
}

function tsOf(event: AgentEventInput): number {
  return typeof event.ts === 'number' ? event.ts : Date.parse(event.ts);
}

function clone(event: AgentEventInput, tag: string, seconds: number): AgentEventInput {
  return { ...event, event_id: `${event.event_id}-${tag}`, ts: rfc3339(tsOf(event) + seconds * 1000) };
}

function delegated(event: AgentEventInput, chain: string[]): AgentEventInput {
  const parent = chain[chain.length - 2] ?? chain[0] ?? 'unknown';
  return { ...event, on_behalf_of: { id: parent, type: 'agent' }, delegation_chain: chain };
}
