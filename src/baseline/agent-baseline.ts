import type { AgentEvent, AgentType } from '../../schemas/event.js';
import { dayNumber, hourOfWeek } from './event-time.js';
import { intern } from './string-pool.js';
import { actionTargets } from '../detection/intent-vocabulary.js';
import { CompactValueSet, VALUE_BECAME_KNOWN, VALUE_NEW } from './compact-value-set.js';
import {
  decodeTable,
  encodeTable,
  forgetStale,
  observeValue,
  type QuarantineAction,
  type ValueRow,
  type ValueTable,
} from './value-stats.js';

/** What the agent says about itself, as of its latest event. */
export interface AgentProfile {
  name?: string;
  type?: AgentType;
  owner?: string;
  vendor?: string;
  team?: string;
  timezone?: string;
}

/** Per declared task or per on-behalf-of user: what the agent did for it. */
export interface UsageScope {
  events: number;
  first: number;
  last: number;
  apis: CompactValueSet;
  resources: CompactValueSet;
}

/** Which values of one event raised alerts (quarantine) or carry evidence against them. */
export interface LearnVerdict {
  /** Keys of the form `api`, `resource`, `hour`, `task_api`, `user_api`, `user_resource`, `task_resource`. */
  quarantine: ReadonlySet<string>;
  /**
   * True when the event carries evidence beyond a single first-seen finding (denied or failed, or
   * alerts from several detectors): no quarantined value gets a clean day from it.
   */
  evidenceAgainst: boolean;
}

export const NO_VERDICT: LearnVerdict = { quarantine: new Set(), evidenceAgainst: false };

/** Learning settings the baseline needs. */
export interface LearningSettings {
  quarantineDays: number;
  forgetAfterMs: number;
  /** Caps on tracked values so one noisy agent cannot grow without bound. */
  maxValuesPerTable: number;
  maxScopes: number;
}

/** A task key: the declared task id, else the normalised description, else undefined. */
export function taskKey(event: AgentEvent): string | undefined {
  const intent = event.intent;
  if (!intent) return undefined;
  if (intent.task_id) return `id:${intent.task_id}`;
  if (intent.description) return `desc:${normaliseDescription(intent.description)}`;
  return undefined;
}

/** Lower case, digits and quoted values masked, so "pay invoice 4411" and "pay invoice 9812" share a task. */
export function normaliseDescription(text: string): string {
  return text
    .toLowerCase()
    .replace(/["'][^"']*["']/g, '#')
    .replace(/[\w.+-]+@[\w.-]+/g, '@')
    .replace(/\d+([.,]\d+)*/g, '#')
    .replace(/[^a-z#@ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** Everything agentwatch has learned about one agent. Event time throughout. */
export class AgentBaseline {
  readonly agentId: string;
  profile: AgentProfile = {};
  firstTs = Number.POSITIVE_INFINITY;
  lastTs = Number.NEGATIVE_INFINITY;
  events = 0;
  activeDays = 0;
  lastDay = Number.NEGATIVE_INFINITY;
  readonly apis: ValueTable = new Map();
  readonly resources: ValueTable = new Map();
  /** Events per hour of week (168 bins) in the agent's timezone; only learned, not quarantined, hours. */
  readonly hourCounts: Uint32Array = new Uint32Array(168);
  /** Hours of week under review after an alert (quarantine); learned hours live in `hourCounts`. */
  readonly hours: ValueTable = new Map();
  /**
   * What the latest `learn` changed for the event's API (and its task's API): `VALUE_NEW` and
   * `VALUE_BECAME_KNOWN` bits. Cohorts count adopters from these instead of keeping sets of agents.
   */
  lastApiChange = 0;
  lastTaskApiChange = 0;
  /** The latest epoch hour with activity and its event count: bursts are measured against it. */
  currentHour = Number.NEGATIVE_INFINITY;
  currentHourEvents = 0;
  readonly tasks = new Map<string, UsageScope>();
  readonly users = new Map<string, UsageScope>();

  constructor(agentId: string) {
    this.agentId = agentId;
  }

  /** Events counted in the hour-of-week profile (learned, not quarantined). */
  hourTotal(): number {
    let total = 0;
    for (const c of this.hourCounts) total += c;
    return total;
  }

  /** Events in the current epoch hour of `ts` so far (0 when `ts` starts a new hour). */
  eventsThisHour(ts: number): number {
    return Math.floor(ts / 3_600_000) === this.currentHour ? this.currentHourEvents : 0;
  }

  /** Days between the first and the latest event, plus one. */
  spanDays(): number {
    if (this.events === 0) return 0;
    return Math.floor((this.lastTs - this.firstTs) / 86_400_000) + 1;
  }

  /** Learns from one event, after the detectors have evaluated it against the state before it. */
  learn(event: AgentEvent, verdict: LearnVerdict, settings: LearningSettings): void {
    const ts = event.ts;
    this.updateProfile(event);
    const tz = this.profile.timezone;
    const day = dayNumber(ts, tz);
    this.events += 1;
    if (ts < this.firstTs) this.firstTs = ts;
    if (ts > this.lastTs) this.lastTs = ts;
    if (day > this.lastDay) {
      this.activeDays += 1;
      this.lastDay = day;
    }
    const action = (key: string): QuarantineAction =>
      verdict.evidenceAgainst ? 'evidence_against' : verdict.quarantine.has(key) ? 'quarantine' : 'none';
    const q = settings.quarantineDays;
    const cap = settings.maxValuesPerTable;

    const api = intern(event.action.api);
    const before = this.apis.get(api);
    const beforeFresh = before !== undefined && ts - before.last <= settings.forgetAfterMs;
    const wasKnown = beforeFresh && before.quarantineDays === undefined;
    this.observeCapped(this.apis, api, ts, day, action('api'), q, cap, settings.forgetAfterMs);
    const knownNow = this.apis.get(api)?.quarantineDays === undefined;
    this.lastApiChange = (beforeFresh ? 0 : VALUE_NEW) | (knownNow && !wasKnown ? VALUE_BECAME_KNOWN : 0);
    this.lastTaskApiChange = 0;
    const resourceId = event.resource ? intern(event.resource.id) : undefined;
    if (resourceId !== undefined)
      this.observeCapped(
        this.resources,
        resourceId,
        ts,
        day,
        action('resource'),
        q,
        cap,
        settings.forgetAfterMs,
      );

    const how = hourOfWeek(ts, tz);
    // Only hours under review are tracked as values; learned hours are plain counts.
    const hourAction = action('hour');
    const hourKey = String(how);
    if (verdict.quarantine.has('hour') || this.hours.has(hourKey)) {
      const hourStats = observeValue(this.hours, hourKey, ts, day, hourAction, q, settings.forgetAfterMs);
      if (hourStats.quarantineDays === undefined) {
        // A released hour brings the sightings it collected while under review.
        this.hourCounts[how] = (this.hourCounts[how] ?? 0) + hourStats.count;
        this.hours.delete(hourKey);
      }
    } else {
      this.hourCounts[how] = (this.hourCounts[how] ?? 0) + 1;
    }
    const epochHour = Math.floor(ts / 3_600_000);
    if (epochHour === this.currentHour) this.currentHourEvents += 1;
    else if (epochHour > this.currentHour) {
      this.currentHour = epochHour;
      this.currentHourEvents = 1;
    }

    // Recipients and accounts named in parameters are targets too: learned per task and per user so
    // that a payee or correspondent becomes "grounded in the history".
    const paramTargets = event.action.parameters
      ? actionTargets(event)
          .filter((t) => t !== event.resource?.id)
          .map(intern)
      : [];
    const rawTask = taskKey(event);
    const task = rawTask === undefined ? undefined : intern(rawTask);
    if (task !== undefined) {
      const scope = this.scope(this.tasks, task, ts, settings.maxScopes);
      if (scope) {
        this.lastTaskApiChange = scope.apis.observe(
          api,
          day,
          action('task_api'),
          q,
          cap,
          settings.forgetAfterMs,
        );
        if (resourceId !== undefined)
          scope.resources.observe(resourceId, day, action('task_resource'), q, cap, settings.forgetAfterMs);
        for (const t of paramTargets)
          scope.resources.observe(t, day, action('task_resource'), q, cap, settings.forgetAfterMs);
      }
    }
    const user = event.on_behalf_of ? intern(event.on_behalf_of.id) : undefined;
    if (user !== undefined) {
      const scope = this.scope(this.users, user, ts, settings.maxScopes);
      if (scope) {
        scope.apis.observe(api, day, action('user_api'), q, cap, settings.forgetAfterMs);
        if (resourceId !== undefined)
          scope.resources.observe(resourceId, day, action('user_resource'), q, cap, settings.forgetAfterMs);
        for (const t of paramTargets)
          scope.resources.observe(t, day, action('user_resource'), q, cap, settings.forgetAfterMs);
      }
    }
  }

  /** Drops values and scopes not seen for `forgetAfterMs` of event time. */
  forget(now: number, forgetAfterMs: number): void {
    forgetStale(this.apis, now, forgetAfterMs);
    forgetStale(this.resources, now, forgetAfterMs);
    for (const scopes of [this.tasks, this.users]) {
      for (const [key, scope] of scopes) {
        if (now - scope.last > forgetAfterMs) scopes.delete(key);
        else {
          scope.apis.forget(now, forgetAfterMs);
          scope.resources.forget(now, forgetAfterMs);
        }
      }
    }
  }

  private updateProfile(event: AgentEvent): void {
    const a = event.agent;
    const p = this.profile;
    if (a.name !== undefined) p.name = a.name;
    if (a.type !== undefined) p.type = a.type;
    if (a.owner !== undefined) p.owner = a.owner;
    if (a.vendor !== undefined) p.vendor = a.vendor;
    if (a.team !== undefined) p.team = a.team;
    if (a.timezone !== undefined && p.timezone === undefined) p.timezone = a.timezone;
  }

  private observeCapped(
    table: ValueTable,
    value: string,
    ts: number,
    day: number,
    action: QuarantineAction,
    q: number,
    cap: number,
    forgetAfterMs: number,
  ): void {
    // At the cap, the least recently seen value goes. The scan is O(cap) but only runs when a new
    // value arrives at a full table; reordering on every sighting would cost memory (map holes).
    if (table.size >= cap && !table.has(value)) evictLeastRecent(table);
    observeValue(table, value, ts, day, action, q, forgetAfterMs);
  }

  private scope(map: Map<string, UsageScope>, key: string, ts: number, cap: number): UsageScope | undefined {
    let scope = map.get(key);
    if (!scope) {
      if (map.size >= cap) evictLeastRecent(map);
      scope = {
        events: 0,
        first: ts,
        last: ts,
        apis: new CompactValueSet(),
        resources: new CompactValueSet(),
      };
      map.set(key, scope);
    }
    scope.events += 1;
    if (ts > scope.last) scope.last = ts;
    return scope;
  }

  /** JSON-safe snapshot for the baselines table. */
  toJSON(): BaselineSnapshot {
    const scopes = (map: Map<string, UsageScope>) =>
      [...map].map(([k, s]): ScopeSnapshot => [
        k,
        s.events,
        s.first,
        s.last,
        s.apis.encode(),
        s.resources.encode(),
      ]);
    const hours: [number, number][] = [];
    this.hourCounts.forEach((c, i) => {
      if (c > 0) hours.push([i, c]);
    });
    return {
      v: 1,
      profile: this.profile,
      first: this.firstTs,
      last: this.lastTs,
      events: this.events,
      active_days: this.activeDays,
      last_day: this.lastDay,
      current_hour: this.currentHour,
      current_hour_events: this.currentHourEvents,
      apis: encodeTable(this.apis),
      resources: encodeTable(this.resources),
      hour_counts: hours,
      hours: encodeTable(this.hours),
      tasks: scopes(this.tasks),
      users: scopes(this.users),
    };
  }

  static fromJSON(agentId: string, s: BaselineSnapshot): AgentBaseline {
    const b = new AgentBaseline(agentId);
    b.profile = s.profile;
    b.firstTs = s.first;
    b.lastTs = s.last;
    b.events = s.events;
    b.activeDays = s.active_days;
    b.lastDay = s.last_day;
    b.currentHour = s.current_hour ?? Number.NEGATIVE_INFINITY;
    b.currentHourEvents = s.current_hour_events ?? 0;
    for (const [k, v] of decodeTable(s.apis)) b.apis.set(k, v);
    for (const [k, v] of decodeTable(s.resources)) b.resources.set(k, v);
    for (const [k, v] of decodeTable(s.hours)) b.hours.set(k, v);
    for (const [i, c] of s.hour_counts) b.hourCounts[i] = c;
    for (const [target, rows] of [
      [b.tasks, s.tasks],
      [b.users, s.users],
    ] as const) {
      for (const [k, events, first, last, apis, resources] of rows) {
        target.set(k, {
          events,
          first,
          last,
          apis: CompactValueSet.decode(apis),
          resources: CompactValueSet.decode(resources),
        });
      }
    }
    return b;
  }
}

type ScopeSnapshot = [string, number, number, number, [string, number][], [string, number][]];

/** The persisted form of a baseline (the `state` column of the baselines table). */
export interface BaselineSnapshot {
  v: 1;
  profile: AgentProfile;
  first: number;
  last: number;
  events: number;
  active_days: number;
  last_day: number;
  current_hour?: number;
  current_hour_events?: number;
  apis: ValueRow[];
  resources: ValueRow[];
  hour_counts: [number, number][];
  hours: ValueRow[];
  tasks: ScopeSnapshot[];
  users: ScopeSnapshot[];
}

/** Drops the entry seen least recently (`last`). */
function evictLeastRecent(map: Map<string, { last: number }>): void {
  let oldestKey: string | undefined;
  let oldest = Number.POSITIVE_INFINITY;
  for (const [k, v] of map) {
    if (v.last < oldest) {
      oldest = v.last;
      oldestKey = k;
    }
  }
  if (oldestKey !== undefined) map.delete(oldestKey);
}
