import { isKnown, type QuarantineAction, type ValueTable } from './value-stats.js';
import { intern } from './string-pool.js';

const DAY_MS = 86_400_000;

/** `observe` result bits: the value was new (or new again), and/or it now counts as known. */
export const VALUE_NEW = 1;
export const VALUE_BECAME_KNOWN = 2;
const DAYS_CAP = 127;

/**
 * A set of values with just enough history for per-task and per-user questions ("has this agent
 * used this API for this task?", "is this account in its past for this user?"): the last day seen,
 * distinct days (capped) and quarantine, packed in one small integer per value. An agent has many
 * such scopes, so this is where memory per agent is won: about a quarter of a full `ValueStats`.
 *
 * Packing: lastDay * 2048 + min(days, 127) * 16 + quarantine code (0 known, 1..15 = clean days + 1);
 * it stays within V8's small-integer range until the year 2500.
 */
export class CompactValueSet {
  private readonly values = new Map<string, number>();

  get size(): number {
    return this.values.size;
  }

  /**
   * Records a sighting on local day `day`; see `observeValue` for the quarantine rules. Returns
   * `VALUE_NEW` / `VALUE_BECAME_KNOWN` bits, so cohorts can count adopters without keeping sets.
   */
  observe(
    value: string,
    day: number,
    action: QuarantineAction,
    releaseAfterDays: number,
    cap: number,
    forgetAfterMs = Number.POSITIVE_INFINITY,
  ): number {
    const packed = this.values.get(value);
    // Unseen for longer than the forget window: new again, pruned or not.
    const stale = packed !== undefined && (day - Math.floor(packed / 2048)) * DAY_MS > forgetAfterMs;
    if (packed === undefined || stale) {
      if (stale) this.values.delete(value);
      if (!stale && this.values.size >= cap) this.evictLeastRecent();
      const q = action === 'none' ? 0 : action === 'quarantine' ? 2 : 1;
      this.values.set(intern(value), pack(day, 1, q));
      return q === 0 ? VALUE_NEW | VALUE_BECAME_KNOWN : VALUE_NEW;
    }
    const lastDay = Math.floor(packed / 2048);
    let days = Math.floor(packed / 16) % 128;
    let q = packed % 16;
    const wasQuarantined = q > 0;
    const newDay = day > lastDay;
    if (newDay) days = Math.min(DAYS_CAP, days + 1);
    if (q > 0) {
      if (newDay && action !== 'evidence_against') q = Math.min(15, q + 1);
      if (q - 1 >= releaseAfterDays) q = 0;
    } else if (action === 'quarantine' && days <= releaseAfterDays) {
      q = 2;
    }
    this.values.set(value, pack(Math.max(day, lastDay), days, q));
    return wasQuarantined && q === 0 ? VALUE_BECAME_KNOWN : 0;
  }

  /** Whether `value` is in the set at all (known or under review). */
  has(value: string): boolean {
    return this.values.has(value);
  }

  /** At the cap, the value seen least recently goes (O(size), only when a new value meets a full set). */
  private evictLeastRecent(): void {
    let oldestKey: string | undefined;
    let oldest = Number.POSITIVE_INFINITY;
    for (const [v, packed] of this.values) {
      if (packed < oldest) {
        oldest = packed;
        oldestKey = v;
      }
    }
    if (oldestKey !== undefined) this.values.delete(oldestKey);
  }

  /** Seen, not quarantined, and seen within `forgetAfterMs` of `now`. */
  isKnown(value: string, now: number, forgetAfterMs: number): boolean {
    const packed = this.values.get(value);
    if (packed === undefined || packed % 16 !== 0) return false;
    return now - (Math.floor(packed / 2048) + 1) * DAY_MS <= forgetAfterMs;
  }

  /** Every value with whether it counts as known (not under review). */
  *entries(): Generator<[string, boolean]> {
    for (const [v, packed] of this.values) yield [v, packed % 16 === 0];
  }

  /** Drops values unseen for `forgetAfterMs`. */
  forget(now: number, forgetAfterMs: number): void {
    for (const [v, packed] of this.values) {
      if (now - (Math.floor(packed / 2048) + 1) * DAY_MS > forgetAfterMs) this.values.delete(v);
    }
  }

  /** Wire form: [value, packed] pairs. */
  encode(): [string, number][] {
    return [...this.values];
  }

  static decode(rows: readonly [string, number][] | undefined): CompactValueSet {
    const set = new CompactValueSet();
    for (const [v, packed] of rows ?? []) set.values.set(intern(v), packed);
    return set;
  }
}

function pack(day: number, days: number, q: number): number {
  return day * 2048 + days * 16 + q;
}

/** Whether either kind of table knows `value` at `now`. */
export function knowsValue(
  table: ValueTable | CompactValueSet,
  value: string,
  now: number,
  forgetAfterMs: number,
): boolean {
  return table instanceof CompactValueSet
    ? table.isKnown(value, now, forgetAfterMs)
    : isKnown(table, value, now, forgetAfterMs);
}
