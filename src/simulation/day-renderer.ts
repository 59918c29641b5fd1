import type { AgentEventInput } from '../../schemas/event.js';
import type { AnomalyLabel, LabelledDetector } from './anomaly-label.js';
import { SCENARIO_ACTIONS, payeesOf } from './agent-catalog.js';
import type { ActionSpec, AgentSpec, Person, StepSpec, TaskSpec, TaskVars } from './fleet-model.js';
import { Rng } from './prng.js';
import {
  isWorkingDay,
  workingDaysBefore,
  type Incident,
  type NoveltyKind,
  type ScenarioPlan,
} from './scenario-plan.js';
import { DAY_MS, HOUR_MS, localToUtc, rfc3339 } from './zoned-time.js';

/** One generated event with its ground truth, which travels beside the event and never inside it. */
export interface RenderedEvent {
  ts: number;
  event: AgentEventInput;
  labels: AnomalyLabel[];
  /** Benign novelty this event belongs to (unlabelled on purpose); for tests and inspection. */
  benign: NoveltyKind | undefined;
}

/** An open task session: who asked, for what, and the correlation ids. */
interface Session {
  task: TaskSpec | undefined;
  user: Person | undefined;
  description: string | undefined;
  vars: TaskVars;
  sessionId: string;
  traceId: string;
}

interface AgentNovelties {
  rolloutFrom: number;
  newTaskFrom: number;
  newResourceFrom: number;
  lateEvenings: Set<number>;
}

/** Resources that only appear once a `new-resource` novelty starts. */
const NEW_RESOURCE_IDS: ReadonlySet<string> = new Set([
  'drive:shared/Board-2026',
  'arn:aws:s3:::acme-analytics-exports-eu',
]);
/** Events a day of a low-volume agent (heartbeat included; its first working days cover every task). */
const LOW_VOLUME_EVENTS: readonly [number, number] = [1, 4];
/** Working days at the start on which every task runs at least once with every step. */
const COVERAGE_DAYS = 2;
const NEW_PAYEE_VENDOR = 'Soylent Packaging';
const ATTACKER_ADDRESSES = [
  'notes-sync@protonmail.example',
  'j.smith.backup@gmx.example',
  'archive-bot@mailbox-drop.example',
  'share@files-transfer.example',
];

/**
 * Renders one agent's activity for one local calendar day: routine (a heartbeat in every working
 * hour plus task sessions up to the day's volume), benign novelty and injected incidents. Each
 * agent-day draws from its own seeded stream, so days can be rendered in any order.
 */
export class DayRenderer {
  private readonly seedTag: string;
  private readonly novelties = new Map<number, AgentNovelties>();
  private readonly incidents = new Map<string, Incident[]>();

  constructor(
    private readonly seed: number,
    private readonly start: number,
    private readonly scale: number,
    plan: ScenarioPlan,
    /** Writes a task's declared scopes in the run's vocabulary (default: the API names as declared). */
    readonly writeScopes: (scopes: readonly string[]) => string[] = (scopes) => [...scopes],
  ) {
    this.seedTag = seed.toString(36);
    for (const incident of plan.incidents) {
      const key = `${incident.agentIndex}:${incident.day}`;
      this.incidents.set(key, [...(this.incidents.get(key) ?? []), incident]);
    }
    for (const novelty of plan.novelties) {
      for (const index of novelty.agentIndexes) {
        const n = this.noveltiesOf(index);
        if (novelty.kind === 'cohort-rollout') n.rolloutFrom = Math.min(n.rolloutFrom, novelty.day);
        if (novelty.kind === 'new-task') n.newTaskFrom = Math.min(n.newTaskFrom, novelty.day);
        if (novelty.kind === 'new-resource') n.newResourceFrom = Math.min(n.newResourceFrom, novelty.day);
        if (novelty.kind === 'late-evening') n.lateEvenings.add(novelty.day);
      }
    }
  }

  private noveltiesOf(index: number): AgentNovelties {
    let n = this.novelties.get(index);
    if (!n) {
      n = {
        rolloutFrom: Infinity,
        newTaskFrom: Infinity,
        newResourceFrom: Infinity,
        lateEvenings: new Set(),
      };
      this.novelties.set(index, n);
    }
    return n;
  }

  /** The agent's events of local day `day`, sorted by time. */
  render(agent: AgentSpec, day: number): RenderedEvent[] {
    return new AgentDay(this, agent, day).render();
  }

  /** @internal */
  context(agent: AgentSpec, day: number) {
    return {
      seed: this.seed,
      seedTag: this.seedTag,
      dayStart: this.start + day * DAY_MS,
      scale: this.scale,
      working: isWorkingDay(agent, this.start, day),
      // The first working days exercise the whole toolset, so a sparse agent's baseline still knows it.
      coverage:
        isWorkingDay(agent, this.start, day) && workingDaysBefore(agent, this.start, day) < COVERAGE_DAYS,
      novelties: this.noveltiesOf(agent.index),
      incidents: this.incidents.get(`${agent.index}:${day}`) ?? [],
      writeScopes: this.writeScopes,
    };
  }
}

class AgentDay {
  private readonly rng: Rng;
  private readonly out: RenderedEvent[] = [];
  private seq = 0;
  private readonly ctx: ReturnType<DayRenderer['context']>;
  private readonly newResource: boolean;

  constructor(
    renderer: DayRenderer,
    private readonly agent: AgentSpec,
    private readonly day: number,
  ) {
    this.ctx = renderer.context(agent, day);
    this.rng = Rng.derive(this.ctx.seed, 'day', agent.index, day);
    this.newResource = day >= this.ctx.novelties.newResourceFrom;
  }

  render(): RenderedEvent[] {
    const { working, novelties, incidents } = this.ctx;
    const lateEvening = novelties.lateEvenings.has(this.day);
    const forced =
      this.ctx.coverage ||
      incidents.length > 0 ||
      lateEvening ||
      this.day === novelties.rolloutFrom ||
      this.day === novelties.newTaskFrom;
    // Personal agents follow their owner, who takes the odd day off; a planned scenario day always happens.
    const present = forced || this.rng.chance(this.agent.presence);
    if (working && present) this.routine(lateEvening);
    for (const incident of incidents) this.incident(incident);
    return this.out.sort((a, b) => a.ts - b.ts);
  }

  // ------------------------------------------------------------ routine

  /** Working hours of the day with their relative weights. */
  private hours(): { hour: number; weight: number }[] {
    const p = this.agent.pattern;
    const out: { hour: number; weight: number }[] = [];
    for (let hour = 0; hour < 24; hour++) {
      let weight = 0;
      if (p.kind === 'round_the_clock')
        weight = this.agent.type === 'third_party' && hour >= 8 && hour < 20 ? 1.6 : 1;
      else if (hour >= p.startHour && hour < p.endHour) weight = hour === 12 ? 0.6 : 1;
      else if (p.kind === 'extended' && hour >= p.endHour && hour < p.eveningEndHour) weight = 0.3;
      if (weight > 0) out.push({ hour, weight });
    }
    return out;
  }

  private routine(lateEvening: boolean): void {
    const { archetype } = this.agent;
    const { novelties } = this.ctx;
    const hours = this.hours();
    const rollout = this.day >= novelties.rolloutFrom;
    const heartbeatSteps: StepSpec[] = [
      ...archetype.heartbeat.steps,
      ...(rollout ? [{ action: archetype.rollout, min: 1, max: 1 }] : []),
    ];
    // A low-volume agent polls once a day, not every working hour: its hours are thinly known.
    const heartbeatHours = this.agent.lowVolume ? [this.rng.weighted(hours, (h) => h.weight)] : hours;
    for (const { hour } of heartbeatHours) {
      const session = this.open(archetype.heartbeat);
      this.run(session, this.at(hour, this.rng.int(0, 10)), heartbeatSteps);
    }
    if (this.ctx.coverage) {
      for (const task of archetype.tasks) {
        const once = task.steps.map((step) => ({
          action: step.action,
          min: Math.max(1, step.min),
          max: Math.max(1, step.min),
        }));
        this.run(
          this.open(task),
          this.at(this.rng.weighted(hours, (h) => h.weight).hour, this.rng.int(0, 50)),
          once,
        );
      }
    }
    const tasks =
      this.day >= novelties.newTaskFrom ? [...archetype.tasks, archetype.newTask] : archetype.tasks;
    const [min, max] = archetype.eventsPerDay;
    const target = this.agent.lowVolume
      ? this.rng.int(LOW_VOLUME_EVENTS[0], LOW_VOLUME_EVENTS[1])
      : Math.round(this.rng.int(min, max) * this.agent.volume * this.ctx.scale);
    for (let guard = 0; this.out.length < target && guard < 1000; guard++) {
      const { hour } = this.rng.weighted(hours, (h) => h.weight);
      const task = this.rng.weighted(tasks, (t) => t.weight);
      this.run(this.open(task), this.at(hour, this.rng.int(0, 50)), task.steps);
    }
    if (lateEvening) {
      // A long day: work runs on into the hour after the usual end, and stops well before the next.
      const p = this.agent.pattern;
      const hour = p.kind === 'extended' ? p.eveningEndHour : p.endHour;
      for (let i = this.rng.int(2, 4); i > 0; i--) {
        const task = this.rng.weighted(archetype.tasks, (t) => t.weight);
        this.run(this.open(task), this.at(hour, this.rng.int(0, 40)), task.steps, { benign: 'late-evening' });
      }
    }
  }

  // ------------------------------------------------------------ incidents

  private incident(incident: Incident): void {
    const { archetype } = this.agent;
    const label = (detectors: readonly LabelledDetector[]) => ({ incident, detectors });
    const workHour = () => this.rng.weighted(this.hours(), (h) => h.weight).hour;
    switch (incident.kind) {
      case 'access-drift': {
        // Over-broad credentials start being used for things the agent never did: no task declared.
        const session = this.open(undefined);
        let t = this.at(workHour(), this.rng.int(0, 45));
        for (const api of this.rng.shuffle(archetype.driftApis).slice(0, this.rng.int(2, 3))) {
          for (let n = this.rng.int(1, 2); n > 0; n--) {
            this.emit(session, api, t, label(['never-seen-api']));
            t += this.rng.int(5, 90) * 1000;
          }
        }
        break;
      }
      case 'off-hours-low-volume': {
        // A quiet agent's credentials used for a few calls in the small hours of a weekend.
        let t = this.at(this.rng.pick([2, 3, 4]), this.rng.int(0, 30));
        const burst = this.rng.int(2, 5);
        const first = this.out.length;
        for (let guard = 0; this.out.length - first < burst && guard < 10; guard++) {
          const task = this.rng.weighted(archetype.tasks, (x) => x.weight);
          const steps = task.steps.map((s) => ({ ...s, max: Math.min(s.max, Math.max(1, s.min)) }));
          t = this.run(this.open(task), t, steps, label(['off-hours-access'])) + this.rng.int(20, 180) * 1000;
        }
        break;
      }
      case 'off-hours-burst':
      case 'night-exfil': {
        // Someone holding the agent's credentials works it hard in the small hours of a weekend.
        const hour = this.rng.pick([2, 3]);
        let t = this.at(hour, this.rng.int(0, 15));
        const end = t + 100 * 60_000;
        const burst = incident.kind === 'off-hours-burst' ? this.rng.int(10, 25) : this.rng.int(6, 12);
        const first = this.out.length;
        while (this.out.length - first < burst && t < end) {
          const task = this.rng.weighted(archetype.tasks, (x) => x.weight);
          t =
            this.run(this.open(task), t, task.steps, label(['off-hours-access'])) +
            this.rng.int(20, 240) * 1000;
        }
        if (incident.kind === 'night-exfil') {
          const session = this.open(undefined);
          session.vars['attacker'] = this.rng.pick(ATTACKER_ADDRESSES);
          for (const api of this.rng.shuffle(archetype.driftApis).slice(0, 2)) {
            this.emit(session, api, t, label(['off-hours-access', 'never-seen-api']));
            t += this.rng.int(10, 120) * 1000;
          }
        }
        break;
      }
      case 'prompt-injection-exfil':
      case 'prompt-injection-share': {
        const attacker = this.rng.pick(ATTACKER_ADDRESSES);
        if (archetype.key === 'support-agent') {
          // A poisoned ticket makes the agent mail someone other than the requester.
          const task = archetype.tasks.find((x) => x.id === 'answer-ticket');
          const session = this.open(task);
          let t = this.at(workHour(), this.rng.int(0, 45));
          t = this.run(session, t, [{ action: SCENARIO_ACTIONS.ticketShow, min: 1, max: 1 }]);
          session.vars['recipient'] = attacker;
          this.emit(session, SCENARIO_ACTIONS.ticketReply, t + 9000, label(['intent-mismatch']));
          break;
        }
        // The meeting notes carry an injected instruction: the summary goes to an outsider.
        const task = archetype.tasks.find((x) => x.id === 'meeting-summary');
        const session = this.open(task);
        let t = this.at(workHour(), this.rng.int(0, 40));
        t = this.run(session, t, task?.steps ?? []);
        if (incident.kind === 'prompt-injection-share') {
          const { drivePermissionsCreate } = shareActions(archetype.driftApis);
          if (drivePermissionsCreate) {
            this.emit(session, drivePermissionsCreate, t, label(['intent-mismatch', 'never-seen-api']));
            t += this.rng.int(3, 20) * 1000;
          }
        }
        Object.assign(session.vars, { recipient: attacker, subject: 'Meeting notes', attachments: 1 });
        for (let n = this.rng.int(1, 2); n > 0; n--) {
          this.emit(session, SCENARIO_ACTIONS.gmailSend, t, label(['intent-mismatch']));
          t += this.rng.int(3, 30) * 1000;
        }
        break;
      }
      case 'payment-redirect': {
        // The request names one account; the transfer goes to another, seen nowhere before.
        const task = archetype.tasks.find((x) => x.id === 'pay-invoice');
        if (!task) break;
        const session = this.open(task);
        const known = new Set(payeesOf(session.user).map((p) => p.account));
        let redirect = '';
        do redirect = `ACC-${this.rng.int(100000, 999999)}`;
        while (known.has(redirect) || session.description?.includes(redirect));
        let t = this.at(workHour(), this.rng.int(0, 45));
        for (const step of task.steps) {
          for (let n = this.count(step); n > 0; n--) {
            if (step.action === SCENARIO_ACTIONS.transfer) {
              this.emit(
                { ...session, vars: { ...session.vars, pay_to: redirect } },
                step.action,
                t,
                label(['intent-mismatch']),
              );
            } else {
              this.emit(session, step.action, t);
            }
            t += this.rng.int(2, 25) * 1000;
          }
        }
        break;
      }
      case 'scope-violation':
      case 'scope-violation-new-api': {
        // A read-only request ends in writes (or new, destructive calls) it never declared.
        const readOnly = archetype.tasks.find((x) => x.id === 'pipeline-review' || x.id === 'review-pr');
        if (!readOnly) break;
        const session = this.open(readOnly);
        let t = this.at(workHour(), this.rng.int(0, 40));
        t = this.run(session, t, readOnly.steps.slice(0, 2));
        const extra: { action: ActionSpec; detectors: LabelledDetector[] }[] =
          incident.kind === 'scope-violation-new-api'
            ? archetype.driftApis.map((action) => ({
                action,
                detectors: ['intent-mismatch', 'never-seen-api'],
              }))
            : archetype.key === 'code-assistant'
              ? [
                  { action: SCENARIO_ACTIONS.putContent, detectors: ['intent-mismatch'] },
                  { action: SCENARIO_ACTIONS.pullCreate, detectors: ['intent-mismatch'] },
                ]
              : [{ action: SCENARIO_ACTIONS.oppUpdate, detectors: ['intent-mismatch'] }];
        for (const { action, detectors } of extra) {
          this.emit(session, action, t, label(detectors));
          t += this.rng.int(3, 40) * 1000;
        }
        break;
      }
    }
  }

  // ------------------------------------------------------------ building blocks

  /** UTC time of local `hour:minute` today, with random seconds. */
  private at(hour: number, minute: number): number {
    const local = hour * HOUR_MS + minute * 60_000 + this.rng.int(0, 59_999);
    return localToUtc(this.ctx.dayStart, local, this.agent.timezone);
  }

  private count(step: StepSpec): number {
    return this.rng.int(step.min, step.max);
  }

  private open(task: TaskSpec | undefined): Session {
    const { agent } = this;
    let user: Person | undefined;
    if (agent.archetype.invokers === 'owner' || agent.archetype.invokers === 'team_users')
      user = agent.users.length > 0 ? this.rng.pick(agent.users) : undefined;
    const instance = task?.instance({ rng: this.rng, agent, user, newResource: this.newResource });
    return {
      task,
      user,
      description: instance?.description,
      vars: { ...(instance?.vars ?? {}) },
      sessionId: `ses-${this.rng.hex(12)}`,
      traceId: this.rng.hex(32),
    };
  }

  /** Runs the steps of a session from `t`; returns the time after the last step. */
  private run(
    session: Session,
    t: number,
    steps: readonly StepSpec[],
    extra: { incident?: Incident; detectors?: readonly LabelledDetector[]; benign?: NoveltyKind } = {},
  ): number {
    for (const step of steps) {
      for (let n = this.count(step); n > 0; n--) {
        this.emit(session, step.action, t, extra, extra.benign);
        t += this.rng.int(2, 25) * 1000;
      }
    }
    return t;
  }

  private emit(
    session: Session,
    action: ActionSpec,
    ts: number,
    truth: { incident?: Incident; detectors?: readonly LabelledDetector[] } = {},
    benignTag?: NoveltyKind,
  ): void {
    const { agent, ctx } = this;
    const detail =
      action.make?.({
        rng: this.rng,
        agent,
        user: session.user,
        vars: session.vars,
        newResource: this.newResource,
      }) ?? {};
    const eventId = `ev-${ctx.seedTag}-${agent.index}-${this.day}-${this.seq++}`;
    const r = this.rng.float();
    const outcome = r < 0.004 ? 'failure' : r < 0.005 ? 'denied' : 'success';
    const oauth = agent.archetype.credentialType === 'oauth_token';
    const event: AgentEventInput = {
      schema_version: '1',
      event_id: eventId,
      ts: rfc3339(ts),
      agent: {
        id: agent.id,
        name: agent.name,
        type: agent.type,
        ...(agent.owner ? { owner: agent.owner } : {}),
        ...(agent.vendor ? { vendor: agent.vendor } : {}),
        ...(agent.team ? { team: agent.team } : {}),
        timezone: agent.timezone,
      },
      ...this.invoker(session),
      action: {
        api: action.api,
        service: action.service,
        category: action.category,
        ...(detail.parameters ? { parameters: detail.parameters } : {}),
      },
      ...(detail.resource ? { resource: detail.resource } : {}),
      outcome,
      ...(session.task
        ? {
            intent: {
              task_id: session.task.id,
              description: session.description ?? '',
              scopes: ctx.writeScopes(session.task.scopes),
            },
          }
        : {}),
      credential: oauth
        ? {
            id: `${agent.credentialId}-${this.day}`,
            type: 'oauth_token',
            issued_at: rfc3339(ctx.dayStart - 6 * HOUR_MS),
            expires_at: rfc3339(ctx.dayStart + 2 * DAY_MS),
          }
        : {
            id: agent.credentialId,
            type: agent.archetype.credentialType,
            issued_at: rfc3339(agent.credentialIssuedAt),
          },
      session_id: session.sessionId,
      trace_id: session.traceId,
      source_ip: agent.sourceIp,
      user_agent: agent.archetype.userAgent,
    };
    const labels: AnomalyLabel[] = (truth.detectors ?? []).map((detector) => ({
      event_id: eventId,
      detector,
      kind: truth.incident?.kind ?? 'unknown',
      agent_id: agent.id,
      ts: rfc3339(ts),
      incident: `${ctx.seedTag}-${truth.incident?.id ?? 'unknown'}`,
    }));
    const benign =
      labels.length > 0 ? undefined : (benignTag ?? this.noveltyOf(action, detail.resource?.id, session));
    this.out.push({ ts, event, labels, benign });
  }

  private invoker(session: Session): Pick<AgentEventInput, 'on_behalf_of' | 'delegation_chain'> {
    const { agent } = this;
    if (session.user) return { on_behalf_of: { id: session.user.email, type: 'user' } };
    if (agent.delegator)
      return {
        on_behalf_of: { id: agent.delegator, type: 'agent' },
        delegation_chain: [agent.delegator, agent.id],
      };
    // Vendor agents run from the vendor's triggers; first-party autonomous jobs have no invoker.
    if (agent.type === 'third_party')
      return {
        on_behalf_of: { id: `svc-${(agent.vendor ?? 'vendor').toLowerCase()}-triggers`, type: 'service' },
      };
    return {};
  }

  private noveltyOf(
    action: ActionSpec,
    resourceId: string | undefined,
    session: Session,
  ): NoveltyKind | undefined {
    const { novelties } = this.ctx;
    if (action === this.agent.archetype.rollout) return 'cohort-rollout';
    if (session.task === this.agent.archetype.newTask && this.day >= novelties.newTaskFrom) return 'new-task';
    if (
      this.newResource &&
      ((resourceId !== undefined && NEW_RESOURCE_IDS.has(resourceId)) ||
        session.vars['vendor'] === NEW_PAYEE_VENDOR)
    )
      return 'new-resource';
    return undefined;
  }
}

function shareActions(drift: readonly ActionSpec[]): { drivePermissionsCreate: ActionSpec | undefined } {
  return { drivePermissionsCreate: drift.find((a) => a.api === 'drive.permissions.create') };
}
