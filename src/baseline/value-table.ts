import type { KnownValues } from '../events/known-values.js';
import { insertWords, removeWords, segmentEnd, segmentStart, type WordStore } from './agent-words.js';
import { releaseValue, valueId, valueOf } from './value-dictionary.js';
import {
  ROW_WORDS,
  readRow,
  rowDays,
  rowKnown,
  rowLast,
  rowLastDay,
  rowQuarantine,
  type ValueStats,
} from './value-stats.js';

/**
 * A segment of value rows (see value-stats.ts), in first-seen order: that order breaks ties when
 * the least recently seen value is evicted, as the insertion order of a Map did. Lookups scan the
 * ids, a few words apart: for the tens of values an agent typically keeps that is faster than a
 * hash lookup, and it costs no memory.
 */

/** The offset of the row of `id`, or -1. */
export function findRow(words: Uint32Array, segment: number, id: number): number {
  const end = segmentEnd(words, segment);
  for (let at = segmentStart(words, segment); at < end; at += ROW_WORDS) if (words[at] === id) return at;
  return -1;
}

export function rowsIn(words: Uint32Array, segment: number): number {
  return (segmentEnd(words, segment) - segmentStart(words, segment)) / ROW_WORDS;
}

/** The offset of every row's id word, in order (for snapshots, which swap ids for strings). */
export function forEachRowId(words: Uint32Array, segment: number, visit: (slot: number) => void): void {
  const end = segmentEnd(words, segment);
  for (let at = segmentStart(words, segment); at < end; at += ROW_WORDS) visit(at);
}

/** Opens a zeroed row at the end of the segment and returns its offset. */
export function appendRow(store: WordStore, segment: number): number {
  const at = segmentEnd(store.words, segment);
  insertWords(store, segment, at, ROW_WORDS);
  return at;
}

/** Removes a row; `dictionaryIds` says whether its id holds a dictionary reference to drop. */
export function removeRow(store: WordStore, segment: number, at: number, dictionaryIds: boolean): void {
  if (dictionaryIds) releaseValue(store.words[at] ?? 0);
  removeWords(store, segment, at, ROW_WORDS);
}

/**
 * Drops the row seen least recently (the first of equals). O(rows), but only when a new value meets
 * a full table.
 */
export function evictLeastRecentRow(store: WordStore, segment: number, dictionaryIds: boolean): void {
  const words = store.words;
  let oldestAt = -1;
  let oldest = Number.POSITIVE_INFINITY;
  const end = segmentEnd(words, segment);
  for (let at = segmentStart(words, segment); at < end; at += ROW_WORDS) {
    const last = rowLast(words, at);
    if (last < oldest) {
      oldest = last;
      oldestAt = at;
    }
  }
  if (oldestAt >= 0) removeRow(store, segment, oldestAt, dictionaryIds);
}

/** Drops rows not seen for `forgetAfterMs`; returns how many were dropped. */
export function forgetStaleRows(
  store: WordStore,
  segment: number,
  now: number,
  forgetAfterMs: number,
): number {
  let dropped = 0;
  let at = segmentStart(store.words, segment);
  while (at < segmentEnd(store.words, segment)) {
    if (now - rowLast(store.words, at) > forgetAfterMs) {
      removeRow(store, segment, at, true);
      dropped += 1;
    } else at += ROW_WORDS;
  }
  return dropped;
}

/** A read view of one of an agent's value tables, valid until the agent learns again. */
export class ValueTableView implements KnownValues {
  private readonly store: WordStore;
  private readonly segment: number;

  constructor(store: WordStore, segment: number) {
    this.store = store;
    this.segment = segment;
  }

  get size(): number {
    return rowsIn(this.store.words, this.segment);
  }

  private rowOf(value: string): number {
    const id = valueId(value);
    return id < 0 ? -1 : findRow(this.store.words, this.segment, id);
  }

  has(value: string): boolean {
    return this.rowOf(value) >= 0;
  }

  isKnown(value: string, now: number, forgetAfterMs: number): boolean {
    const at = this.rowOf(value);
    return at >= 0 && rowKnown(this.store.words, at, now, forgetAfterMs);
  }

  /** The stats of `value`, if remembered. */
  get(value: string): ValueStats | undefined {
    const at = this.rowOf(value);
    return at < 0 ? undefined : readRow(this.store.words, at);
  }

  /** Values that count as known at `now`, `except` left out. */
  countKnown(now: number, forgetAfterMs: number, except?: string): number {
    const words = this.store.words;
    const skip = except === undefined ? -1 : valueId(except);
    const end = segmentEnd(words, this.segment);
    let known = 0;
    for (let at = segmentStart(words, this.segment); at < end; at += ROW_WORDS)
      if (words[at] !== skip && rowKnown(words, at, now, forgetAfterMs)) known += 1;
    return known;
  }

  /** Values remembered at `now`, seen on exactly one local day before `beforeDay`, `except` left out. */
  countSeenOnOneDay(now: number, forgetAfterMs: number, beforeDay: number, except?: string): number {
    const words = this.store.words;
    const skip = except === undefined ? -1 : valueId(except);
    const end = segmentEnd(words, this.segment);
    let singles = 0;
    for (let at = segmentStart(words, this.segment); at < end; at += ROW_WORDS)
      if (
        words[at] !== skip &&
        rowDays(words, at) === 1 &&
        rowLastDay(words, at) < beforeDay &&
        now - rowLast(words, at) <= forgetAfterMs
      )
        singles += 1;
    return singles;
  }

  /** Every value with whether it is established (not under review), in first-seen order. */
  forEach(visit: (value: string, established: boolean) => void): void {
    const words = this.store.words;
    const end = segmentEnd(words, this.segment);
    for (let at = segmentStart(words, this.segment); at < end; at += ROW_WORDS)
      visit(valueOf(words[at] ?? 0), rowQuarantine(words, at) < 0);
  }
}
