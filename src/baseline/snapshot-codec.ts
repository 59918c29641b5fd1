import { AgentBaseline } from './agent-baseline.js';
import {
  DATA_START,
  SEG_APIS,
  SEG_HOUR_ROWS,
  SEG_RESOURCES,
  SEG_TASKS,
  SEG_USERS,
  segmentEnd,
  segmentStart,
  usedWords,
} from './agent-words.js';
import {
  decodeWords,
  emptyScopeColumns,
  emptyValueColumns,
  encodeWords,
  upgradeSnapshot,
  type AgentProfile,
  type BaselineSnapshot,
  type BaselineSnapshotV1,
  type BaselineSnapshotV2,
  type BaselineSnapshotV3,
  type ScopeColumns,
  type ValueColumns,
} from './baseline-snapshot.js';
import { forEachHourCount, hourCountWords, writeHourCounts } from './hour-counts.js';
import { intern } from './string-pool.js';
import {
  SCOPE_APIS,
  SCOPE_HEADER,
  SCOPE_RESOURCES,
  forEachInSet,
  forEachScope,
  forEachScopeKey,
  forEachScopeValue,
  scopeEvents,
  scopeFirst,
  scopeKey,
  scopeLast,
  writeScopeHeader,
  writeScopeSizes,
} from './usage-scopes.js';
import { acquireValue, releaseValue, retainValue, valueOf } from './value-dictionary.js';
import {
  ROW_WORDS,
  rowCount,
  rowDays,
  rowFirst,
  rowId,
  rowLast,
  rowLastDay,
  rowQuarantine,
  writeRow,
} from './value-stats.js';
import { forEachRowId, rowsIn } from './value-table.js';

/**
 * The baseline snapshot codec: an agent's baseline to and from the rows of the baselines table.
 * Writes the current version (v3: the word array as is, strings by position); reads every version
 * (v1 and v2 are columns of values, upgraded in baseline-snapshot.ts). Learning knows nothing of it.
 */

/** The snapshot of `baseline` for the baselines table (the current version; see baseline-snapshot.ts). */
export function encodeSnapshot(baseline: AgentBaseline): BaselineSnapshotV3 {
  const words = baseline.words;
  const copy = words.slice(0, usedWords(words));
  const strings: string[] = [];
  const index = new Map<number, number>();
  // Tables and scope keys first, each at its own position: the agent_baselines view slices them.
  const own = (slot: number) => {
    const id = copy[slot] ?? 0;
    if (!index.has(id)) index.set(id, strings.length);
    copy[slot] = strings.length;
    strings.push(valueOf(id));
  };
  forEachRowId(words, SEG_APIS, own);
  forEachRowId(words, SEG_RESOURCES, own);
  forEachScopeKey(words, SEG_TASKS, own);
  forEachScopeKey(words, SEG_USERS, own);
  const shared = (slot: number) => {
    const id = copy[slot] ?? 0;
    let i = index.get(id);
    if (i === undefined) {
      i = strings.length;
      index.set(id, i);
      strings.push(valueOf(id));
    }
    copy[slot] = i;
  };
  forEachScopeValue(words, SEG_TASKS, shared);
  forEachScopeValue(words, SEG_USERS, shared);
  const quarantined: number[] = [];
  let i = 0;
  for (let at = segmentStart(words, SEG_APIS); at < segmentEnd(words, SEG_APIS); at += ROW_WORDS, i += 1)
    if (rowQuarantine(words, at) >= 0) quarantined.push(i);
  const activeHours: number[] = [];
  forEachHourCount(words, (h) => activeHours.push(h));
  const { tasks, users } = baseline.scopeCounts();
  return {
    v: 3,
    profile: baseline.profile,
    first: baseline.firstTs,
    last: baseline.lastTs,
    events: baseline.events,
    active_days: baseline.activeDays,
    current_hour_events: baseline.currentHourEvents,
    counts: [rowsIn(words, SEG_APIS), rowsIn(words, SEG_RESOURCES), tasks, users],
    quarantined,
    active_hours: activeHours,
    strings,
    words: encodeWords(copy),
  };
}

/** `baseline` as readable columns (the v2 snapshot): for tests and diagnostics. */
export function snapshotColumns(baseline: AgentBaseline): BaselineSnapshotV2 {
  const words = baseline.words;
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
    profile: baseline.profile,
    first: baseline.firstTs,
    last: baseline.lastTs,
    events: baseline.events,
    active_days: baseline.activeDays,
    last_day: baseline.lastDay,
    current_hour: baseline.currentHour,
    current_hour_events: baseline.currentHourEvents,
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
export function decodeSnapshot(agentId: string, snapshot: BaselineSnapshot): AgentBaseline {
  return snapshot.v === 3 ? fromWords(agentId, snapshot) : fromColumns(agentId, snapshot);
}

/** A v3 snapshot: its words as they were, string indexes turned back into dictionary ids. */
function fromWords(agentId: string, s: BaselineSnapshotV3): AgentBaseline {
  const words = decodeWords(s.words);
  const ids = s.strings.map(acquireValue);
  const resolve = (slot: number) => {
    const id = ids[words[slot] ?? 0] ?? 0;
    retainValue(id);
    words[slot] = id;
  };
  forEachRowId(words, SEG_APIS, resolve);
  forEachRowId(words, SEG_RESOURCES, resolve);
  forEachScopeKey(words, SEG_TASKS, resolve);
  forEachScopeKey(words, SEG_USERS, resolve);
  forEachScopeValue(words, SEG_TASKS, resolve);
  forEachScopeValue(words, SEG_USERS, resolve);
  for (const id of ids) releaseValue(id);
  let hourEvents = 0;
  forEachHourCount(words, (_, c) => (hourEvents += c));
  return AgentBaseline.restore(agentId, words, {
    profile: internProfile(s.profile),
    events: s.events,
    activeDays: s.active_days,
    currentHourEvents: s.current_hour_events,
    hourEvents,
  });
}

/** A v1 or v2 snapshot (columns of values). */
function fromColumns(agentId: string, snapshot: BaselineSnapshotV1 | BaselineSnapshotV2): AgentBaseline {
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
  let used = DATA_START;
  const words = new Uint32Array(DATA_START + sizes.reduce((a, b) => a + b, 0));
  sizes.forEach((size, segment) => {
    used += size;
    words[segment] = used;
  });
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
  return AgentBaseline.restore(agentId, words, {
    profile: internProfile(s.profile),
    events: s.events,
    activeDays: s.active_days,
    currentHourEvents: s.current_hour_events ?? 0,
    hourEvents: s.hour_counts.count.reduce((sum, c) => sum + c, 0),
    first: s.first,
    last: s.last,
    lastDay: s.last_day,
    currentHour: s.current_hour,
  });
}

/** The profile with its shared strings interned (see string-pool.ts). */
function internProfile(p: AgentProfile): AgentProfile {
  for (const field of ['type', 'owner', 'vendor', 'team', 'timezone'] as const) {
    const value = p[field];
    if (value !== undefined) (p as Record<typeof field, string>)[field] = intern(value);
  }
  return p;
}
