import type { QuarantineAction } from './value-stats.js';

const DAY_MS = 86_400_000;

/** `observe` result bits: the value was new (or new again), and/or it now counts as known. */
export const VALUE_NEW = 1;
export const VALUE_BECAME_KNOWN = 2;
const DAYS_CAP = 127;

/**
 * What a per-task or per-user scope remembers of one value, just enough for "has this agent used
 * this API for this task?" and "is this account in its past for this user?": the last day seen,
 * distinct days (capped) and quarantine, packed in one integer.
 *
 * Packing: lastDay * 2048 + min(days, 127) * 16 + quarantine code (0 known, 1..15 = clean days + 1);
 * below 2^31 for every day number of the event schema's range. Comparing packed integers orders by
 * last day first, which is what eviction of the least recently seen value relies on.
 */
export function packSighting(day: number, days: number, q: number): number {
  return day * 2048 + days * 16 + q;
}

export function sightingLastDay(packed: number): number {
  return Math.floor(packed / 2048);
}

/** Distinct days seen, capped at 127. */
export function sightingDays(packed: number): number {
  return Math.floor(packed / 16) % 128;
}

/** The first sighting (or the first after it was forgotten). */
export function firstSighting(day: number, action: QuarantineAction): number {
  return packSighting(day, 1, action === 'none' ? 0 : action === 'quarantine' ? 2 : 1);
}

/** `VALUE_NEW` / `VALUE_BECAME_KNOWN` bits of a first sighting. */
export function firstSightingChange(packed: number): number {
  return packed % 16 === 0 ? VALUE_NEW | VALUE_BECAME_KNOWN : VALUE_NEW;
}

/** Unseen for longer than the forget window on day `day`: new again, pruned or not. */
export function sightingStale(packed: number, day: number, forgetAfterMs: number): boolean {
  return (day - sightingLastDay(packed)) * DAY_MS > forgetAfterMs;
}

/** A further sighting on day `day`; see `observeRow` for the quarantine rules. */
export function observeSighting(
  packed: number,
  day: number,
  action: QuarantineAction,
  releaseAfterDays: number,
): number {
  const lastDay = sightingLastDay(packed);
  let days = sightingDays(packed);
  let q = packed % 16;
  const newDay = day > lastDay;
  if (newDay) days = Math.min(DAYS_CAP, days + 1);
  if (q > 0) {
    if (newDay && action !== 'evidence_against') q = Math.min(15, q + 1);
    if (q - 1 >= releaseAfterDays) q = 0;
  } else if (action === 'quarantine' && days <= releaseAfterDays) {
    q = 2;
  }
  return packSighting(Math.max(day, lastDay), days, q);
}

/** Bits for a further sighting that took the value from `before` to `after`. */
export function sightingChange(before: number, after: number): number {
  return before % 16 > 0 && after % 16 === 0 ? VALUE_BECAME_KNOWN : 0;
}

/** Seen, not quarantined, and seen within `forgetAfterMs` of `now`. */
export function sightingKnown(packed: number, now: number, forgetAfterMs: number): boolean {
  return packed % 16 === 0 && now - (sightingLastDay(packed) + 1) * DAY_MS <= forgetAfterMs;
}

/** Forgotten at `now` (what `forget` drops). */
export function sightingExpired(packed: number, now: number, forgetAfterMs: number): boolean {
  return now - (sightingLastDay(packed) + 1) * DAY_MS > forgetAfterMs;
}
