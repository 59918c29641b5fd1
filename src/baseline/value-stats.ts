/**
 * How often a value (an API, a resource, an hour of week) was seen for one agent, in event time, as
 * one row of ROW_WORDS 32-bit words. A value raised by an alert is quarantined: it is tracked but
 * does not count as known until it has recurred on enough distinct days without fresh evidence
 * against it.
 *
 * Row: [id, first (s), last (s), first ms | last ms << 10 | (quarantine days + 1) << 20, count,
 * last day << 16 | distinct days]. Event times are integer epoch milliseconds in 2000..2100 (the
 * event schema), so seconds fit 32 bits until 2106 and day numbers 16 bits; a value is seen on at
 * most 36,525 distinct days in that range. Counts stop at 2^32 - 1 sightings.
 */
export const ROW_WORDS = 6;

/** A row read out (what detectors and snapshots see). */
export interface ValueStats {
  /** First and last event time it was seen (epoch ms). */
  first: number;
  last: number;
  count: number;
  /** Distinct local days it was seen on. */
  days: number;
  lastDay: number;
  /** Present while quarantined: clean days counted towards becoming known. */
  quarantineDays?: number;
}

/** What one observation does to a value's quarantine. */
export type QuarantineAction = 'none' | 'quarantine' | 'evidence_against';

const MAX_COUNT = 0xffff_ffff;

export function rowId(words: Uint32Array, at: number): number {
  return words[at] ?? 0;
}

export function rowFirst(words: Uint32Array, at: number): number {
  return (words[at + 1] ?? 0) * 1000 + ((words[at + 3] ?? 0) & 1023);
}

export function rowLast(words: Uint32Array, at: number): number {
  return (words[at + 2] ?? 0) * 1000 + (((words[at + 3] ?? 0) >>> 10) & 1023);
}

/** Clean days counted while quarantined, -1 when the value is not under review. */
export function rowQuarantine(words: Uint32Array, at: number): number {
  return ((words[at + 3] ?? 0) >>> 20) - 1;
}

export function rowCount(words: Uint32Array, at: number): number {
  return words[at + 4] ?? 0;
}

export function rowDays(words: Uint32Array, at: number): number {
  return (words[at + 5] ?? 0) & 0xffff;
}

export function rowLastDay(words: Uint32Array, at: number): number {
  return (words[at + 5] ?? 0) >>> 16;
}

/** Whether the row counts as known at `now` (not quarantined, not forgotten). */
export function rowKnown(words: Uint32Array, at: number, now: number, forgetAfterMs: number): boolean {
  return (words[at + 3] ?? 0) >>> 20 === 0 && now - rowLast(words, at) <= forgetAfterMs;
}

/** Writes every field of a row. */
export function writeRow(words: Uint32Array, at: number, id: number, s: ValueStats): void {
  words[at] = id;
  words[at + 1] = Math.floor(s.first / 1000);
  words[at + 2] = Math.floor(s.last / 1000);
  words[at + 3] = (s.first % 1000) | ((s.last % 1000) << 10) | (((s.quarantineDays ?? -1) + 1) << 20);
  words[at + 4] = Math.min(s.count, MAX_COUNT);
  words[at + 5] = ((s.lastDay << 16) | s.days) >>> 0;
}

export function readRow(words: Uint32Array, at: number): ValueStats {
  const stats: ValueStats = {
    first: rowFirst(words, at),
    last: rowLast(words, at),
    count: rowCount(words, at),
    days: rowDays(words, at),
    lastDay: rowLastDay(words, at),
  };
  const q = rowQuarantine(words, at);
  if (q >= 0) stats.quarantineDays = q;
  return stats;
}

/**
 * The first sighting of a value (or the first after it was forgotten). `action` says whether this
 * event raised an alert about the value (`quarantine`) or carries other evidence against it
 * (`evidence_against`: another alert, a denial).
 */
export function startRow(
  words: Uint32Array,
  at: number,
  id: number,
  ts: number,
  day: number,
  action: QuarantineAction,
): void {
  writeRow(words, at, id, {
    first: ts,
    last: ts,
    count: 1,
    days: 1,
    lastDay: day,
    ...(action === 'none' ? {} : { quarantineDays: action === 'quarantine' ? 1 : 0 }),
  });
}

/**
 * A further sighting of a value that is still remembered. A day with evidence against the value
 * does not count towards its release; an established value is not quarantined again.
 */
export function observeRow(
  words: Uint32Array,
  at: number,
  ts: number,
  day: number,
  action: QuarantineAction,
  releaseAfterDays: number,
): void {
  const count = words[at + 4] ?? 0;
  if (count < MAX_COUNT) words[at + 4] = count + 1;
  const msq = words[at + 3] ?? 0;
  let firstMs = msq & 1023;
  let lastMs = (msq >>> 10) & 1023;
  let q = (msq >>> 20) - 1;
  if (ts > rowLast(words, at)) {
    words[at + 2] = Math.floor(ts / 1000);
    lastMs = ts % 1000;
  }
  if (ts < rowFirst(words, at)) {
    words[at + 1] = Math.floor(ts / 1000);
    firstMs = ts % 1000;
  }
  const dayWord = words[at + 5] ?? 0;
  let days = dayWord & 0xffff;
  const newDay = day > dayWord >>> 16;
  if (newDay) {
    days += 1;
    words[at + 5] = ((day << 16) | days) >>> 0;
  }
  if (q >= 0) {
    if (newDay && action !== 'evidence_against') q += 1;
    if (q >= releaseAfterDays) q = -1;
  } else if (action === 'quarantine' && days <= releaseAfterDays) {
    q = 1;
  }
  words[at + 3] = firstMs | (lastMs << 10) | ((q + 1) << 20);
}
