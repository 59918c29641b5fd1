/**
 * Interns the strings baselines keep (APIs, resources, task keys, users): thousands of agents share
 * a few hundred API names, and each parsed event brings its own copy of each. One shared copy per
 * value cuts memory per agent by several kilobytes. Bounded: past the limit the pool starts over,
 * which only loses sharing, never correctness.
 */
const pool = new Map<string, string>();
const POOL_LIMIT = 2_000_000;

/** The shared instance of `value`. */
export function intern(value: string): string {
  const shared = pool.get(value);
  if (shared !== undefined) return shared;
  if (pool.size >= POOL_LIMIT) pool.clear();
  pool.set(value, value);
  return value;
}
