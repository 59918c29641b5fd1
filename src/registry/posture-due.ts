/**
 * Early by this much: a due instant is a sum of record fields (`approved_at + days * 86,400,000`)
 * while a detector tests a difference (`at - issued_at > days * 86,400,000`), and the two may round
 * apart by a fraction of a millisecond on fractional times. A sweep that comes early finds nothing
 * and asks again at the next sweep; one that came late would raise the condition a sweep late.
 */
const ROUNDING_MS = 1;

/**
 * For a posture detector's `sweepDue`: when a sweep at `at` must next look at a condition that
 * turns on at `instant` (or just after it): `Infinity` when that happened before `at` (the sweep
 * at `at` saw it already), else just before `instant`.
 */
export function dueAt(at: number, instant: number): number {
  return instant >= at ? instant - ROUNDING_MS : Number.POSITIVE_INFINITY;
}
