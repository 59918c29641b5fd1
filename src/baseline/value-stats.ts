import { intern } from './string-pool.js';

/**
 * How often a value (an API, a resource, an hour of week) was seen for one agent, in event time.
 * A value raised by an alert is quarantined: it is tracked but does not count as known until it
 * has recurred on enough distinct days without fresh evidence against it.
 */
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

/** A map of values to their stats. */
export type ValueTable = Map<string, ValueStats>;

/** What one observation does to a value's quarantine. */
export type QuarantineAction = 'none' | 'quarantine' | 'evidence_against';

/**
 * Records one sighting of `value` (most recently seen values end up last in the table's order). `action` says whether this event raised an alert about the value
 * (`quarantine`) or carries other evidence against it (`evidence_against`: another alert, a denial),
 * in which case the day does not count towards its release.
 */
export function observeValue(
  table: ValueTable,
  value: string,
  ts: number,
  day: number,
  action: QuarantineAction,
  releaseAfterDays: number,
  forgetAfterMs = Number.POSITIVE_INFINITY,
): ValueStats {
  let stats = table.get(value);
  // A value unseen for longer than the forget window is new again, whether or not it was pruned yet.
  if (!stats || ts - stats.last > forgetAfterMs) {
    stats = { first: ts, last: ts, count: 1, days: 1, lastDay: day };
    if (action !== 'none') stats.quarantineDays = action === 'quarantine' ? 1 : 0;
    table.set(value, stats);
    return stats;
  }
  const newDay = day > stats.lastDay;
  stats.count += 1;
  if (ts > stats.last) stats.last = ts;
  if (ts < stats.first) stats.first = ts;
  if (newDay) {
    stats.days += 1;
    stats.lastDay = day;
  }
  if (stats.quarantineDays !== undefined) {
    if (newDay && action !== 'evidence_against') stats.quarantineDays += 1;
    if (stats.quarantineDays >= releaseAfterDays) delete stats.quarantineDays;
  } else if (action === 'quarantine' && !isEstablished(stats, releaseAfterDays)) {
    stats.quarantineDays = 1;
  }
  return stats;
}

function isEstablished(stats: ValueStats, days: number): boolean {
  return stats.days > days;
}

/**
 * Whether `value` counts as known at `now`: seen, not quarantined, and not forgotten
 * (`forgetAfterMs` of event time without a sighting expires it).
 */
export function isKnown(table: ValueTable, value: string, now: number, forgetAfterMs: number): boolean {
  const stats = table.get(value);
  if (!stats || stats.quarantineDays !== undefined) return false;
  return now - stats.last <= forgetAfterMs;
}

/** Drops values not seen for `forgetAfterMs`; returns how many were dropped. */
export function forgetStale(table: ValueTable, now: number, forgetAfterMs: number): number {
  let dropped = 0;
  for (const [value, stats] of table) {
    if (now - stats.last > forgetAfterMs) {
      table.delete(value);
      dropped += 1;
    }
  }
  return dropped;
}

/** Compact wire form: [value, first, last, count, days, lastDay, quarantineDays | -1]. */
export type ValueRow = [string, number, number, number, number, number, number];

export function encodeTable(table: ValueTable): ValueRow[] {
  const rows: ValueRow[] = [];
  for (const [v, s] of table)
    rows.push([v, s.first, s.last, s.count, s.days, s.lastDay, s.quarantineDays ?? -1]);
  return rows;
}

export function decodeTable(rows: readonly ValueRow[] | undefined): ValueTable {
  const table: ValueTable = new Map();
  for (const [v, first, last, count, days, lastDay, q] of rows ?? []) {
    const stats: ValueStats = { first, last, count, days, lastDay };
    if (q >= 0) stats.quarantineDays = q;
    table.set(intern(v), stats);
  }
  return table;
}
