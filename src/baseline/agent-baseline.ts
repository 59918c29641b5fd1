import type { AgentEvent } from '../../schemas/event.js';
import { actionTargets } from '../detection/intent-vocabulary.js';
import {
  SEGMENTS,
  SEG_APIS,
  SEG_HOUR_ROWS,
  SEG_RESOURCES,
  SEG_TASKS,
  SEG_USERS,
  emptyWords,
  segmentEnd,
  segmentStart,
  trimWords,
  type WordStore,
} from './agent-words.js';
import {
  emptyScopeColumns,
  emptyValueColumns,
  upgradeSnapshot,
  type AgentProfile,
  type BaselineSnapshot,
  type BaselineSnapshotV2,
  type ScopeColumns,
  type ValueColumns,
} from './baseline-snapshot.js';
import { dayNumber, hourOfWeek } from './event-time.js';
import { addHourCount, forEachHourCount, hourCount, hourCountWords, writeHourCounts } from './hour-counts.js';
import { intern } from './string-pool.js';
import { VALUE_BECAME_KNOWN, VALUE_NEW } from './scope-sighting.js';
import {
  SCOPE_APIS,
  SCOPE_HEADER,
  SCOPE_RESOURCES,
  ScopeView,
  forEachInSet,
  forEachScope,
  forgetScopes,
  observeInScope,
  scopeCount,
  scopeEvents,
  scopeFirst,
  scopeKey,
  scopeLast,
  scopeOf,
  touchScope,
  writeScopeHeader,
  writeScopeSizes,
} from './usage-scopes.js';
import { acquireValue, releaseValue, retainValue, valueId, valueOf } from './value-dictionary.js';
import {
  ROW_WORDS,
  observeRow,
  rowCount,
  rowDays,
  rowFirst,
  rowId,
  rowLast,
  rowLastDay,
  rowQuarantine,
  startRow,
  writeRow,
  type QuarantineAction,
} from './value-stats.js';
import {
  ValueTableView,
  appendRow,
  evictLeastRecentRow,
  findRow,
  forgetStaleRows,
  removeRow,
  rowsIn,
} from './value-table.js';

export type { AgentProfile, BaselineSnapshot } from './baseline-snapshot.js';

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
  // Detectors, learning and cohorts each ask for the key of the event in hand: the same string
  // object every time, so it is built and hashed (for the dictionary and cohort maps) only once.
  if (event === lastKeyed) return lastTaskKey;
  const intent = event.intent;
  lastTaskKey = !intent
    ? undefined
    : intent.task_id
      ? `id:${intent.task_id}`
      : intent.description
        ? `desc:${normaliseDescription(intent.description)}`
        : undefined;
  lastKeyed = event;
  return lastTaskKey;
}

let lastKeyed: AgentEvent | undefined;
let lastTaskKey: string | undefined;

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

/**
 * Everything agentwatch has learned about one agent. Event time throughout. The scalars are fields;
 * every table (APIs, resources, hours under review, hour-of-week counts, task and user scopes) lives
 * in one word array (agent-words.ts) with values as dictionary ids (value-dictionary.ts).
 */
export class AgentBaseline implements WordStore {
  readonly agentId: string;
  profile: AgentProfile = {};
  firstTs = Number.POSITIVE_INFINITY;
  lastTs = Number.NEGATIVE_INFINITY;
  events = 0;
  activeDays = 0;
  lastDay = Number.NEGATIVE_INFINITY;
  /**
   * What the latest `learn` changed for the event's API (and its task's API): `VALUE_NEW` and
   * `VALUE_BECAME_KNOWN` bits. Cohorts count adopters from these instead of keeping sets of agents.
   */
  lastApiChange = 0;
  lastTaskApiChange = 0;
  /** The latest epoch hour with activity and its event count: bursts are measured against it. */
  currentHour = Number.NEGATIVE_INFINITY;
  currentHourEvents = 0;
  /** Sum of the hour-of-week counts (learned, not quarantined, events). */
  private hourEvents = 0;
  /** The tables; see agent-words.ts. Replaced when it grows. */
  words: Uint32Array;

  constructor(agentId: string, words: Uint32Array = emptyWords()) {
    this.agentId = agentId;
    this.words = words;
  }

  /** The APIs the agent called, with their stats. A view: valid until the next `learn`. */
  get apis(): ValueTableView {
    return new ValueTableView(this, SEG_APIS);
  }

  /** The resources the agent acted on, with their stats. A view: valid until the next `learn`. */
  get resources(): ValueTableView {
    return new ValueTableView(this, SEG_RESOURCES);
  }

  /** What the agent did for a task key (see `taskKey`), if remembered. */
  task(key: string): ScopeView | undefined {
    const at = scopeOf(this.words, SEG_TASKS, key);
    return at < 0 ? undefined : new ScopeView(this.words, at);
  }

  /** What the agent did on behalf of a user id, if remembered. */
  user(key: string): ScopeView | undefined {
    const at = scopeOf(this.words, SEG_USERS, key);
    return at < 0 ? undefined : new ScopeView(this.words, at);
  }

  /** Task and user scopes remembered. */
  scopeCounts(): { tasks: number; users: number } {
    return { tasks: scopeCount(this.words, SEG_TASKS), users: scopeCount(this.words, SEG_USERS) };
  }

  /** Every (task key, API, established) the agent remembers. */
  forEachTaskApi(visit: (task: string, api: string, established: boolean) => void): void {
    const words = this.words;
    forEachScope(words, SEG_TASKS, (at) => {
      const task = scopeKey(words, at);
      forEachInSet(words, at, SCOPE_APIS, (id, packed) => visit(task, valueOf(id), packed % 16 === 0));
    });
  }

  /** Learned events in hour of week `how` (0 = Monday 00:00, 0..167). */
  hourCount(how: number): number {
    return hourCount(this.words, how);
  }

  /** Events counted in the hour-of-week profile (learned, not quarantined). */
  hourTotal(): number {
    return this.hourEvents;
  }

  /** Hours of week under review (after an alert), not yet in the profile. */
  hoursUnderReview(): number {
    return rowsIn(this.words, SEG_HOUR_ROWS);
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
    const forgetAfterMs = settings.forgetAfterMs;

    const api = event.action.api;
    const apiId = valueId(api);
    const before = apiId < 0 ? -1 : findRow(this.words, SEG_APIS, apiId);
    const beforeFresh = before >= 0 && ts - rowLast(this.words, before) <= forgetAfterMs;
    const wasKnown = beforeFresh && rowQuarantine(this.words, before) < 0;
    const apiRow = this.observeValue(SEG_APIS, api, before, ts, day, action('api'), q, cap, forgetAfterMs);
    const knownNow = rowQuarantine(this.words, apiRow) < 0;
    this.lastApiChange = (beforeFresh ? 0 : VALUE_NEW) | (knownNow && !wasKnown ? VALUE_BECAME_KNOWN : 0);
    this.lastTaskApiChange = 0;
    const resourceId = event.resource?.id;
    if (resourceId !== undefined) {
      const id = valueId(resourceId);
      const at = id < 0 ? -1 : findRow(this.words, SEG_RESOURCES, id);
      this.observeValue(SEG_RESOURCES, resourceId, at, ts, day, action('resource'), q, cap, forgetAfterMs);
    }

    const how = hourOfWeek(ts, tz);
    // Only hours under review are tracked as values; learned hours are plain counts.
    let hourRow = findRow(this.words, SEG_HOUR_ROWS, how);
    if (verdict.quarantine.has('hour') || hourRow >= 0) {
      const hourAction = action('hour');
      if (hourRow < 0) {
        hourRow = appendRow(this, SEG_HOUR_ROWS);
        startRow(this.words, hourRow, how, ts, day, hourAction);
      } else if (ts - rowLast(this.words, hourRow) > forgetAfterMs) {
        startRow(this.words, hourRow, how, ts, day, hourAction);
      } else observeRow(this.words, hourRow, ts, day, hourAction, q);
      if (rowQuarantine(this.words, hourRow) < 0) {
        // A released hour brings the sightings it collected while under review.
        const count = rowCount(this.words, hourRow);
        removeRow(this, SEG_HOUR_ROWS, hourRow, false);
        this.addHourEvents(how, count);
      }
    } else {
      this.addHourEvents(how, 1);
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
      ? actionTargets(event).filter((t) => t !== event.resource?.id)
      : NO_TARGETS;
    const task = taskKey(event);
    if (task !== undefined) {
      const at = touchScope(this, SEG_TASKS, task, ts, settings.maxScopes);
      const observe = (set: number, value: string, key: string) =>
        observeInScope(this, SEG_TASKS, at, set, value, day, action(key), q, cap, forgetAfterMs);
      this.lastTaskApiChange = observe(SCOPE_APIS, api, 'task_api');
      if (resourceId !== undefined) observe(SCOPE_RESOURCES, resourceId, 'task_resource');
      for (const t of paramTargets) observe(SCOPE_RESOURCES, t, 'task_resource');
    }
    const user = event.on_behalf_of?.id;
    if (user !== undefined) {
      const at = touchScope(this, SEG_USERS, user, ts, settings.maxScopes);
      const observe = (set: number, value: string, key: string) =>
        observeInScope(this, SEG_USERS, at, set, value, day, action(key), q, cap, forgetAfterMs);
      observe(SCOPE_APIS, api, 'user_api');
      if (resourceId !== undefined) observe(SCOPE_RESOURCES, resourceId, 'user_resource');
      for (const t of paramTargets) observe(SCOPE_RESOURCES, t, 'user_resource');
    }
  }

  /** Drops values and scopes not seen for `forgetAfterMs` of event time. */
  forget(now: number, forgetAfterMs: number): void {
    forgetStaleRows(this, SEG_APIS, now, forgetAfterMs);
    forgetStaleRows(this, SEG_RESOURCES, now, forgetAfterMs);
    forgetScopes(this, SEG_TASKS, now, forgetAfterMs);
    forgetScopes(this, SEG_USERS, now, forgetAfterMs);
    trimWords(this);
  }

  private updateProfile(event: AgentEvent): void {
    const a = event.agent;
    const p = this.profile;
    // Assigned only when changed: the profile keeps one copy of each string, not the latest event's.
    if (a.name !== undefined && a.name !== p.name) p.name = a.name;
    if (a.type !== undefined && a.type !== p.type) p.type = intern(a.type);
    if (a.owner !== undefined && a.owner !== p.owner) p.owner = intern(a.owner);
    if (a.vendor !== undefined && a.vendor !== p.vendor) p.vendor = intern(a.vendor);
    if (a.team !== undefined && a.team !== p.team) p.team = intern(a.team);
    if (a.timezone !== undefined && p.timezone === undefined) p.timezone = intern(a.timezone);
  }

  /**
   * One sighting of `value` in a value table whose row for it is at `at` (-1: none); returns the
   * row's offset. At the cap, the least recently seen value goes first. A value unseen for longer
   * than the forget window starts over in place, whether or not it was pruned yet.
   */
  private observeValue(
    segment: number,
    value: string,
    at: number,
    ts: number,
    day: number,
    action: QuarantineAction,
    q: number,
    cap: number,
    forgetAfterMs: number,
  ): number {
    if (at < 0) {
      if (rowsIn(this.words, segment) >= cap) evictLeastRecentRow(this, segment, true);
      const row = appendRow(this, segment);
      startRow(this.words, row, acquireValue(value), ts, day, action);
      return row;
    }
    if (ts - rowLast(this.words, at) > forgetAfterMs)
      startRow(this.words, at, rowId(this.words, at), ts, day, action);
    else observeRow(this.words, at, ts, day, action, q);
    return at;
  }

  /** Adds learned events to an hour of week (see hour-counts.ts) and to the total. */
  private addHourEvents(how: number, count: number): void {
    this.hourEvents += count;
    addHourCount(this, how, count);
  }

  /** JSON-safe snapshot for the baselines table. */
  toJSON(): BaselineSnapshotV2 {
    const words = this.words;
    const tableColumns = <V>(segment: number, value: (id: number) => V): ValueColumns<V> => {
      const c = emptyValueColumns<V>();
      const end = segmentEnd(words, segment);
      for (let at = segmentStart(words, segment); at < end; at += ROW_WORDS) {
        c.value.push(value(rowId(words, at)));
        c.first.push(rowFirst(words, at));
        c.last.push(rowLast(words, at));
        c.count.push(rowCount(words, at));
        c.days.push(rowDays(words, at));
        c.last_day.push(rowLastDay(words, at));
        c.quarantine.push(rowQuarantine(words, at));
      }
      return c;
    };
    const strings: string[] = [];
    const index = new Map<number, number>();
    const scopeColumns = (segment: number): ScopeColumns => {
      const c = emptyScopeColumns();
      const pairs = (at: number, set: number) => {
        const flat: number[] = [];
        forEachInSet(words, at, set, (id, packed) => {
          let i = index.get(id);
          if (i === undefined) {
            i = strings.length;
            strings.push(valueOf(id));
            index.set(id, i);
          }
          flat.push(i, packed);
        });
        return flat;
      };
      forEachScope(words, segment, (at) => {
        c.key.push(scopeKey(words, at));
        c.events.push(scopeEvents(words, at));
        c.first.push(scopeFirst(words, at));
        c.last.push(scopeLast(words, at));
        c.apis.push(pairs(at, SCOPE_APIS));
        c.resources.push(pairs(at, SCOPE_RESOURCES));
      });
      return c;
    };
    const hourCounts = { hour: [] as number[], count: [] as number[] };
    forEachHourCount(words, (h, c) => {
      hourCounts.hour.push(h);
      hourCounts.count.push(c);
    });
    const tasks = scopeColumns(SEG_TASKS);
    const users = scopeColumns(SEG_USERS);
    return {
      v: 2,
      profile: this.profile,
      first: this.firstTs,
      last: this.lastTs,
      events: this.events,
      active_days: this.activeDays,
      last_day: this.lastDay,
      current_hour: this.currentHour,
      current_hour_events: this.currentHourEvents,
      apis: tableColumns(SEG_APIS, valueOf),
      resources: tableColumns(SEG_RESOURCES, valueOf),
      hours: tableColumns(SEG_HOUR_ROWS, (id) => id),
      hour_counts: hourCounts,
      strings,
      tasks,
      users,
    };
  }

  /** A baseline from its snapshot, of any version (see baseline-snapshot.ts). */
  static fromJSON(agentId: string, snapshot: BaselineSnapshot): AgentBaseline {
    const s = upgradeSnapshot(snapshot);
    const scopeWords = (c: ScopeColumns) => {
      let n = 0;
      for (let i = 0; i < c.key.length; i += 1)
        n += SCOPE_HEADER + (c.apis[i]?.length ?? 0) + (c.resources[i]?.length ?? 0);
      return n;
    };
    const sizes = [
      s.apis.value.length * ROW_WORDS,
      s.resources.value.length * ROW_WORDS,
      s.hours.value.length * ROW_WORDS,
      hourCountWords(s.hour_counts.hour, s.hour_counts.count),
      scopeWords(s.tasks),
      scopeWords(s.users),
    ];
    let used = SEGMENTS;
    const words = new Uint32Array(SEGMENTS + sizes.reduce((a, b) => a + b, 0));
    sizes.forEach((size, segment) => {
      used += size;
      words[segment] = used;
    });
    const b = new AgentBaseline(agentId, words);
    b.profile = internProfile(s.profile);
    b.firstTs = s.first;
    b.lastTs = s.last;
    b.events = s.events;
    b.activeDays = s.active_days;
    b.lastDay = s.last_day;
    b.currentHour = s.current_hour ?? Number.NEGATIVE_INFINITY;
    b.currentHourEvents = s.current_hour_events ?? 0;
    const fillTable = <V>(segment: number, c: ValueColumns<V>, id: (v: V) => number) => {
      let at = segmentStart(words, segment);
      for (let i = 0; i < c.value.length; i += 1, at += ROW_WORDS) {
        const q = c.quarantine[i] ?? -1;
        writeRow(words, at, id(c.value[i] as V), {
          first: c.first[i] ?? 0,
          last: c.last[i] ?? 0,
          count: c.count[i] ?? 0,
          days: c.days[i] ?? 0,
          lastDay: c.last_day[i] ?? 0,
          ...(q >= 0 ? { quarantineDays: q } : {}),
        });
      }
    };
    fillTable(SEG_APIS, s.apis, acquireValue);
    fillTable(SEG_RESOURCES, s.resources, acquireValue);
    fillTable(SEG_HOUR_ROWS, s.hours, (h) => h);
    writeHourCounts(words, s.hour_counts.hour, s.hour_counts.count);
    b.hourEvents = s.hour_counts.count.reduce((sum, c) => sum + c, 0);
    const stringIds = s.strings.map(acquireValue);
    const fillScopes = (segment: number, c: ScopeColumns) => {
      let at = segmentStart(words, segment);
      for (let i = 0; i < c.key.length; i += 1) {
        writeScopeHeader(
          words,
          at,
          acquireValue(c.key[i] ?? ''),
          c.events[i] ?? 0,
          c.first[i] ?? 0,
          c.last[i] ?? 0,
        );
        const apis = c.apis[i] ?? [];
        const resources = c.resources[i] ?? [];
        writeScopeSizes(words, at, apis.length / 2, resources.length / 2);
        let e = at + SCOPE_HEADER;
        for (const flat of [apis, resources]) {
          for (let k = 0; k < flat.length; k += 2, e += 2) {
            const id = stringIds[flat[k] ?? 0] ?? 0;
            retainValue(id);
            words[e] = id;
            words[e + 1] = flat[k + 1] ?? 0;
          }
        }
        at = e;
      }
    };
    fillScopes(SEG_TASKS, s.tasks);
    fillScopes(SEG_USERS, s.users);
    for (const id of stringIds) releaseValue(id);
    return b;
  }
}

const NO_TARGETS: readonly string[] = [];

/** The profile with its shared strings interned (see string-pool.ts). */
function internProfile(p: AgentProfile): AgentProfile {
  for (const field of ['type', 'owner', 'vendor', 'team', 'timezone'] as const) {
    const value = p[field];
    if (value !== undefined) (p as Record<typeof field, string>)[field] = intern(value);
  }
  return p;
}
