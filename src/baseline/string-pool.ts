/**
 * Interns the profile strings agents share (type, owner, vendor, team, timezone) and cohort keys:
 * each parsed event brings its own copy, and thousands of agents name a few hundred owners and
 * teams. Values of the tables go through the value dictionary instead. Bounded: past the limit the
 * pool starts over, which only loses sharing, never correctness.
 */
const pool = new Map<string, string>();
const POOL_LIMIT = 200_000;

/** The shared instance of `value`. */
export function intern<T extends string>(value: T): T {
  const shared = pool.get(value);
  if (shared !== undefined) return shared as T;
  if (pool.size >= POOL_LIMIT) pool.clear();
  pool.set(value, value);
  return value;
}
