import { endianness } from 'node:os';
import type { AgentType } from '../../schemas/event.js';

/** What the agent says about itself, as of its latest event. */
export interface AgentProfile {
  name?: string;
  type?: AgentType;
  owner?: string;
  vendor?: string;
  team?: string;
  timezone?: string;
}

/** v1 value row: [value, first, last, count, days, lastDay, quarantineDays | -1]. */
export type ValueRowV1 = [string, number, number, number, number, number, number];
/** v1 scope: [key, events, first, last, [value, packed sighting][] of APIs, of resources]. */
export type ScopeSnapshotV1 = [string, number, number, number, [string, number][], [string, number][]];

/** The first persisted form (arrays of tuples); still read, no longer written. */
export interface BaselineSnapshotV1 {
  v: 1;
  profile: AgentProfile;
  first: number;
  last: number;
  events: number;
  active_days: number;
  last_day: number;
  current_hour?: number;
  current_hour_events?: number;
  apis: ValueRowV1[];
  resources: ValueRowV1[];
  hour_counts: [number, number][];
  hours: ValueRowV1[];
  tasks: ScopeSnapshotV1[];
  users: ScopeSnapshotV1[];
}

/** A value table as parallel columns, one entry per value in first-seen order. */
export interface ValueColumns<V> {
  value: V[];
  first: number[];
  last: number[];
  count: number[];
  days: number[];
  last_day: number[];
  /** Clean days counted while under review; -1 when the value is known. */
  quarantine: number[];
}

/**
 * Scopes as parallel columns. `apis[i]` and `resources[i]` are flat pairs of (index into the
 * snapshot's `strings`, packed sighting: last day * 2048 + min(days, 127) * 16 + quarantine code).
 */
export interface ScopeColumns {
  key: string[];
  events: number[];
  first: number[];
  last: number[];
  apis: number[][];
  resources: number[][];
}

/**
 * The persisted form (the `state` column of the baselines table): parallel arrays instead of arrays
 * of tuples, and scope values as indexes into one string list, so the state is about half the size
 * of v1 and parses in fewer allocations. The `agent_baselines` view reads both versions.
 */
export interface BaselineSnapshotV2 {
  v: 2;
  profile: AgentProfile;
  first: number;
  last: number;
  events: number;
  active_days: number;
  last_day: number;
  current_hour: number;
  current_hour_events: number;
  apis: ValueColumns<string>;
  resources: ValueColumns<string>;
  /** Hours of week under review (0 = Monday 00:00). */
  hours: ValueColumns<number>;
  hour_counts: { hour: number[]; count: number[] };
  strings: string[];
  tasks: ScopeColumns;
  users: ScopeColumns;
}

/**
 * The persisted form since v3: the agent's word array itself (agent-words.ts), base64 of its
 * little-endian bytes, with every dictionary id replaced by an index into `strings`. Loading is a
 * decode and one pass over the id words instead of parsing ~1,000 numbers into columns and
 * rebuilding the tables from them (issue 5: 100k agents reload in seconds), and the state is
 * smaller: no millisecond timestamps written out in decimal, no value names repeated.
 *
 * The fields besides `words` and `strings` are what the `agent_baselines` view (migration 5) reads
 * without decoding the words: `strings` starts with the API values, the resource values, the task
 * keys and the user keys, in table order (`counts` says how many of each); the values only scopes
 * hold follow. `quarantined` indexes the APIs under review, `active_hours` lists the hours of week
 * with learned events. `first` and `last` repeat what the words hold.
 */
export interface BaselineSnapshotV3 {
  v: 3;
  profile: AgentProfile;
  first: number;
  last: number;
  events: number;
  active_days: number;
  current_hour_events: number;
  counts: [apis: number, resources: number, tasks: number, users: number];
  quarantined: number[];
  active_hours: number[];
  strings: string[];
  words: string;
}

/** Any persisted form. */
export type BaselineSnapshot = BaselineSnapshotV1 | BaselineSnapshotV2 | BaselineSnapshotV3;

const BIG_ENDIAN = endianness() === 'BE';

/** Base64 of the words as little-endian bytes (the v3 `words`). */
export function encodeWords(words: Uint32Array): string {
  const bytes = Buffer.from(words.buffer, words.byteOffset, words.byteLength);
  return (BIG_ENDIAN ? Buffer.from(bytes).swap32() : bytes).toString('base64');
}

/** The words of a v3 `words` string, in an array of exactly their length. */
export function decodeWords(text: string): Uint32Array {
  const words = new Uint32Array(Buffer.byteLength(text, 'base64') >>> 2);
  const bytes = Buffer.from(words.buffer);
  bytes.write(text, 'base64');
  if (BIG_ENDIAN) bytes.swap32();
  return words;
}

export function emptyValueColumns<V>(): ValueColumns<V> {
  return { value: [], first: [], last: [], count: [], days: [], last_day: [], quarantine: [] };
}

export function emptyScopeColumns(): ScopeColumns {
  return { key: [], events: [], first: [], last: [], apis: [], resources: [] };
}

/** v1 rows as v2 columns. */
export function valueColumnsFromV1<V>(rows: readonly ValueRowV1[] | undefined, key: (v: string) => V) {
  const c = emptyValueColumns<V>();
  for (const [value, first, last, count, days, lastDay, q] of rows ?? []) {
    c.value.push(key(value));
    c.first.push(first);
    c.last.push(last);
    c.count.push(count);
    c.days.push(days);
    c.last_day.push(lastDay);
    c.quarantine.push(q);
  }
  return c;
}

/** v1 scopes as v2 columns, adding their values to `strings`. */
export function scopeColumnsFromV1(
  rows: readonly ScopeSnapshotV1[] | undefined,
  strings: string[],
  index: Map<string, number>,
): ScopeColumns {
  const c = emptyScopeColumns();
  const pairs = (entries: readonly [string, number][]) => {
    const flat: number[] = [];
    for (const [value, packed] of entries) {
      let i = index.get(value);
      if (i === undefined) {
        i = strings.length;
        strings.push(value);
        index.set(value, i);
      }
      flat.push(i, packed);
    }
    return flat;
  };
  for (const [key, events, first, last, apis, resources] of rows ?? []) {
    c.key.push(key);
    c.events.push(events);
    c.first.push(first);
    c.last.push(last);
    c.apis.push(pairs(apis));
    c.resources.push(pairs(resources));
  }
  return c;
}

/** A v1 or v2 snapshot as v2 columns (v3 is loaded from its words instead). */
export function upgradeSnapshot(s: BaselineSnapshotV1 | BaselineSnapshotV2): BaselineSnapshotV2 {
  if (s.v === 2) return s;
  const strings: string[] = [];
  const index = new Map<string, number>();
  return {
    v: 2,
    profile: s.profile,
    first: s.first,
    last: s.last,
    events: s.events,
    active_days: s.active_days,
    last_day: s.last_day,
    current_hour: s.current_hour ?? Number.NEGATIVE_INFINITY,
    current_hour_events: s.current_hour_events ?? 0,
    apis: valueColumnsFromV1(s.apis, (v) => v),
    resources: valueColumnsFromV1(s.resources, (v) => v),
    hours: valueColumnsFromV1(s.hours, Number),
    hour_counts: { hour: s.hour_counts.map(([h]) => h), count: s.hour_counts.map(([, c]) => c) },
    strings,
    tasks: scopeColumnsFromV1(s.tasks, strings, index),
    users: scopeColumnsFromV1(s.users, strings, index),
  };
}
