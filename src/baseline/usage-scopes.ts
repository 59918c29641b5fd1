import {
  SEG_TASKS,
  insertWords,
  removeWords,
  segmentEnd,
  segmentStart,
  type WordStore,
} from './agent-words.js';
import { acquireValue, releaseValue, valueId, valueOf } from './value-dictionary.js';
import type { QuarantineAction } from './value-stats.js';
import {
  PAID_KEY,
  PARTIES_KEY,
  QUESTIONED_PARTIES_KEY,
  REQUESTED_KEY,
  SENSITIVITY_KEY,
  isRequestTaskKey,
} from '../events/event-keys.js';
import type { KnownValues } from '../events/known-values.js';
import {
  firstSighting,
  firstSightingChange,
  observeSighting,
  sightingChange,
  sightingExpired,
  sightingKnown,
  sightingStale,
} from './scope-sighting.js';

/**
 * Per declared task or per on-behalf-of user: what the agent did for it. A segment holds one block
 * per scope, in first-seen order:
 *   [key id, events, first (s), last (s), first ms | last ms << 10, APIs n, resources n,
 *    n x (API id, sighting), n x (resource id, sighting)]
 * (see scope-sighting.ts for the packed sighting). Offsets into a segment are valid until the next
 * insertion or removal before them.
 */
export const SCOPE_HEADER = 7;
const EVENTS = 1;
const FIRST_S = 2;
const LAST_S = 3;
const MS = 4;
const APIS_N = 5;
const RESOURCES_N = 6;

/** Which set of a scope. */
export const SCOPE_APIS = 0;
export const SCOPE_RESOURCES = 1;

function blockWords(words: Uint32Array, at: number): number {
  return SCOPE_HEADER + 2 * ((words[at + APIS_N] ?? 0) + (words[at + RESOURCES_N] ?? 0));
}

export function scopeEvents(words: Uint32Array, at: number): number {
  return words[at + EVENTS] ?? 0;
}

export function scopeFirst(words: Uint32Array, at: number): number {
  return (words[at + FIRST_S] ?? 0) * 1000 + ((words[at + MS] ?? 0) & 1023);
}

export function scopeLast(words: Uint32Array, at: number): number {
  return (words[at + LAST_S] ?? 0) * 1000 + (((words[at + MS] ?? 0) >>> 10) & 1023);
}

/** Offset and length of one set of the scope at `at`. */
function setStart(words: Uint32Array, at: number, set: number): number {
  return at + SCOPE_HEADER + (set === SCOPE_APIS ? 0 : 2 * (words[at + APIS_N] ?? 0));
}

export function setSize(words: Uint32Array, at: number, set: number): number {
  return words[at + (set === SCOPE_APIS ? APIS_N : RESOURCES_N)] ?? 0;
}

/** The offset of the scope block of `keyId`, or -1. */
export function findScope(words: Uint32Array, segment: number, keyId: number): number {
  const end = segmentEnd(words, segment);
  for (let at = segmentStart(words, segment); at < end; at += blockWords(words, at))
    if (words[at] === keyId) return at;
  return -1;
}

/** The block of a scope key string, or -1. */
export function scopeOf(words: Uint32Array, segment: number, key: string): number {
  const id = valueId(key);
  return id < 0 ? -1 : findScope(words, segment, id);
}

export function scopeCount(words: Uint32Array, segment: number): number {
  let n = 0;
  const end = segmentEnd(words, segment);
  for (let at = segmentStart(words, segment); at < end; at += blockWords(words, at)) n += 1;
  return n;
}

/** Writes a scope header; sets start empty. */
export function writeScopeHeader(
  words: Uint32Array,
  at: number,
  keyId: number,
  events: number,
  first: number,
  last: number,
): void {
  words[at] = keyId;
  words[at + EVENTS] = events;
  words[at + FIRST_S] = Math.floor(first / 1000);
  words[at + LAST_S] = Math.floor(last / 1000);
  words[at + MS] = (first % 1000) | ((last % 1000) << 10);
}

/** Sets the sizes of a block's two sets (when building a block from a snapshot). */
export function writeScopeSizes(words: Uint32Array, at: number, apis: number, resources: number): void {
  words[at + APIS_N] = apis;
  words[at + RESOURCES_N] = resources;
}

function removeScope(store: WordStore, segment: number, at: number): void {
  const words = store.words;
  releaseValue(words[at] ?? 0);
  const n = (words[at + APIS_N] ?? 0) + (words[at + RESOURCES_N] ?? 0);
  for (let i = 0; i < n; i += 1) releaseValue(words[at + SCOPE_HEADER + 2 * i] ?? 0);
  removeWords(store, segment, at, blockWords(words, at));
}

/**
 * Counts an event of the scope `key` at `ts`, creating the scope (at the cap one goes: see
 * `evictLeastRecentScope`). Returns the block's offset.
 */
export function touchScope(store: WordStore, segment: number, key: string, ts: number, cap: number): number {
  let at = scopeOf(store.words, segment, key);
  if (at < 0) {
    if (scopeCount(store.words, segment) >= cap) evictLeastRecentScope(store, segment, segment === SEG_TASKS);
    at = segmentEnd(store.words, segment);
    insertWords(store, segment, at, SCOPE_HEADER);
    writeScopeHeader(store.words, at, acquireValue(key), 0, ts, ts);
  }
  const words = store.words;
  words[at + EVENTS] = (words[at + EVENTS] ?? 0) + 1;
  if (ts > scopeLast(words, at)) {
    words[at + LAST_S] = Math.floor(ts / 1000);
    words[at + MS] = ((words[at + MS] ?? 0) & 1023) | ((ts % 1000) << 10);
  }
  return at;
}

/**
 * Scopes of the whole agent, one each, that a burst of other task keys must not evict: whom it has
 * paid (a known payee at a new account is judged against them), the sites its requests named,
 * where its money and mail went and which of those a finding questioned (its cohort relies on them),
 * and whether it touched restricted data.
 */
const KEPT_SCOPES: readonly string[] = [
  PAID_KEY,
  REQUESTED_KEY,
  PARTIES_KEY,
  QUESTIONED_PARTIES_KEY,
  SENSITIVITY_KEY,
];

/**
 * How much older than the oldest request's scope one of the agent's own must be to go first: a week
 * and a day, so that a weekly routine survives the days between its runs, and a burst of
 * conversations cannot push out a kind of request the agent served two days ago.
 */
const STALE_OWN_SCOPE_MS = 8 * 86_400_000;

/**
 * At the cap, one scope goes. In the tasks table (`requestClasses`), an agent that opens a task per
 * conversation (a chat assistant, a hundred tasks a day) must not push out what it learned across
 * them (its request kinds, the APIs that serve a new party each time), nor many request kinds leave
 * its conversations no room: one of its own scopes goes when it is `STALE_OWN_SCOPE_MS` older than the
 * oldest request's (a routine long unused before today's conversations), else the oldest request's
 * while requests hold half the table or more, else the oldest of its own. Elsewhere (the users
 * table), the least recent. Scopes of `KEPT_SCOPES` never go.
 */
function evictLeastRecentScope(store: WordStore, segment: number, requestClasses: boolean): void {
  const words = store.words;
  const kept = KEPT_SCOPES.map(valueId);
  const end = segmentEnd(words, segment);
  let total = 0;
  let requests = 0;
  let request = -1;
  let requestLast = Number.POSITIVE_INFINITY;
  let own = -1;
  let ownLast = Number.POSITIVE_INFINITY;
  for (let at = segmentStart(words, segment); at < end; at += blockWords(words, at)) {
    total += 1;
    const key = words[at] ?? -1;
    if (kept.includes(key)) continue;
    const last = scopeLast(words, at);
    if (requestClasses && isRequestTaskKey(valueOf(key))) {
      requests += 1;
      if (last < requestLast) {
        requestLast = last;
        request = at;
      }
    } else if (last < ownLast) {
      ownLast = last;
      own = at;
    }
  }
  const victim =
    request < 0
      ? own
      : own < 0 || (ownLast >= requestLast - STALE_OWN_SCOPE_MS && 2 * requests >= total)
        ? request
        : own;
  if (victim >= 0) removeScope(store, segment, victim);
}

/**
 * Records a sighting of `value` in one set of the scope at `at` on local day `day`. Returns
 * `VALUE_NEW` / `VALUE_BECAME_KNOWN` bits, so cohorts can count adopters without keeping sets. A
 * value new again (forgotten) moves to the end of the set; at the cap the value seen least recently
 * (the smallest packed sighting, the first of equals) goes. `firstAction` is a first sighting's (a
 * value that must recur before it counts is quarantined then, and only then). `onDrop` hears of a
 * value that leaves the set at the cap, or starts over after going stale, with what it was: a cohort
 * that counted it takes it back instead of counting it twice.
 */
export function observeInScope(
  store: WordStore,
  segment: number,
  at: number,
  set: number,
  value: string,
  day: number,
  action: QuarantineAction,
  releaseAfterDays: number,
  cap: number,
  forgetAfterMs: number,
  firstAction: QuarantineAction = action,
  onDrop?: (value: string, packed: number) => void,
): number {
  let words = store.words;
  const start = setStart(words, at, set);
  const sizeAt = at + (set === SCOPE_APIS ? APIS_N : RESOURCES_N);
  let size = words[sizeAt] ?? 0;
  const id = valueId(value);
  let entry = -1;
  if (id >= 0) {
    for (let e = start, end = start + 2 * size; e < end; e += 2)
      if (words[e] === id) {
        entry = e;
        break;
      }
  }
  if (entry >= 0) {
    const packed = words[entry + 1] ?? 0;
    if (!sightingStale(packed, day, forgetAfterMs)) {
      const after = observeSighting(packed, day, action, releaseAfterDays);
      words[entry + 1] = after;
      return sightingChange(packed, after);
    }
    // New again: it moves to the end, as a re-inserted map key would.
    onDrop?.(value, packed);
    const last = start + 2 * (size - 1);
    words.copyWithin(entry, entry + 2, last + 2);
    words[last] = id;
    const fresh = firstSighting(day, firstAction);
    words[last + 1] = fresh;
    return firstSightingChange(fresh);
  }
  if (size >= cap) {
    let oldestAt = -1;
    let oldest = Number.POSITIVE_INFINITY;
    for (let e = start, end = start + 2 * size; e < end; e += 2) {
      const packed = words[e + 1] ?? 0;
      if (packed < oldest) {
        oldest = packed;
        oldestAt = e;
      }
    }
    if (oldestAt >= 0) {
      onDrop?.(valueOf(words[oldestAt] ?? 0), oldest);
      releaseValue(words[oldestAt] ?? 0);
      removeWords(store, segment, oldestAt, 2);
      size -= 1;
    }
  }
  const end = start + 2 * size;
  insertWords(store, segment, end, 2);
  words = store.words;
  words[end] = acquireValue(value);
  const fresh = firstSighting(day, firstAction);
  words[end + 1] = fresh;
  words[sizeAt] = size + 1;
  return firstSightingChange(fresh);
}

/** Drops scopes idle for `forgetAfterMs` and, in the others, values unseen for that long. */
export function forgetScopes(store: WordStore, segment: number, now: number, forgetAfterMs: number): void {
  let at = segmentStart(store.words, segment);
  while (at < segmentEnd(store.words, segment)) {
    if (now - scopeLast(store.words, at) > forgetAfterMs) {
      removeScope(store, segment, at);
      continue;
    }
    for (const set of [SCOPE_APIS, SCOPE_RESOURCES]) {
      const sizeAt = at + (set === SCOPE_APIS ? APIS_N : RESOURCES_N);
      let e = setStart(store.words, at, set);
      let size = store.words[sizeAt] ?? 0;
      let seen = 0;
      while (seen < size) {
        if (sightingExpired(store.words[e + 1] ?? 0, now, forgetAfterMs)) {
          releaseValue(store.words[e] ?? 0);
          removeWords(store, segment, e, 2);
          size -= 1;
          store.words[sizeAt] = size;
        } else {
          e += 2;
          seen += 1;
        }
      }
    }
    at += blockWords(store.words, at);
  }
}

/** Every (value, packed sighting) of one set of the scope at `at`. */
export function forEachInSet(
  words: Uint32Array,
  at: number,
  set: number,
  visit: (id: number, packed: number) => void,
): void {
  const start = setStart(words, at, set);
  const n = setSize(words, at, set);
  for (let i = 0; i < n; i += 1) visit(words[start + 2 * i] ?? 0, words[start + 2 * i + 1] ?? 0);
}

/** Every scope block of a segment. */
export function forEachScope(words: Uint32Array, segment: number, visit: (at: number) => void): void {
  const end = segmentEnd(words, segment);
  for (let at = segmentStart(words, segment); at < end; at += blockWords(words, at)) visit(at);
}

/** The offset of every scope's key word, in order (for snapshots, which swap ids for strings). */
export function forEachScopeKey(words: Uint32Array, segment: number, visit: (slot: number) => void): void {
  forEachScope(words, segment, visit);
}

/** The offset of every value id word of every scope (APIs, then resources), block by block. */
export function forEachScopeValue(words: Uint32Array, segment: number, visit: (slot: number) => void): void {
  const end = segmentEnd(words, segment);
  for (let at = segmentStart(words, segment); at < end; at += blockWords(words, at)) {
    const n = (words[at + APIS_N] ?? 0) + (words[at + RESOURCES_N] ?? 0);
    for (let i = 0; i < n; i += 1) visit(at + SCOPE_HEADER + 2 * i);
  }
}

/** One set of a scope as a detector sees it, valid until the agent learns again. */
export class ScopeSetView implements KnownValues {
  private readonly words: Uint32Array;
  private readonly at: number;
  private readonly set: number;

  constructor(words: Uint32Array, at: number, set: number) {
    this.words = words;
    this.at = at;
    this.set = set;
  }

  get size(): number {
    return setSize(this.words, this.at, this.set);
  }

  private sightingOf(value: string): number {
    const id = valueId(value);
    if (id < 0) return -1;
    const start = setStart(this.words, this.at, this.set);
    const end = start + 2 * this.size;
    for (let e = start; e < end; e += 2) if (this.words[e] === id) return this.words[e + 1] ?? 0;
    return -1;
  }

  has(value: string): boolean {
    return this.sightingOf(value) >= 0;
  }

  isKnown(value: string, now: number, forgetAfterMs: number): boolean {
    const packed = this.sightingOf(value);
    return packed >= 0 && sightingKnown(packed, now, forgetAfterMs);
  }
}

/** A task or user scope as a detector sees it, valid until the agent learns again. */
export class ScopeView {
  readonly events: number;
  readonly first: number;
  readonly last: number;
  readonly apis: ScopeSetView;
  readonly resources: ScopeSetView;

  constructor(words: Uint32Array, at: number) {
    this.events = scopeEvents(words, at);
    this.first = scopeFirst(words, at);
    this.last = scopeLast(words, at);
    this.apis = new ScopeSetView(words, at, SCOPE_APIS);
    this.resources = new ScopeSetView(words, at, SCOPE_RESOURCES);
  }
}

/** The key string of the scope at `at`. */
export function scopeKey(words: Uint32Array, at: number): string {
  return valueOf(words[at] ?? 0);
}
