/**
 * One process-wide dictionary of the strings baselines keep (APIs, resources, task keys, users): a
 * baseline stores a 32-bit id per value instead of a string reference and a hash-map entry, and
 * thousands of agents share one copy of each string. Ids are reference counted by the tables that
 * hold them, so a value every agent has forgotten frees its id and the dictionary stays bounded by
 * what is in use. An id is only ever compared, never ordered: freed ids are reused.
 */
const ids = new Map<string, number>();
const values: (string | undefined)[] = [];
let refs = new Uint32Array(1024);
const freeIds: number[] = [];

/** The id of `value`, or -1 when no baseline holds it (a lookup: no reference is taken). */
export function valueId(value: string): number {
  return ids.get(value) ?? -1;
}

/** The id of `value`, created if needed, with one more reference held by the caller. */
export function acquireValue(value: string): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = freeIds.pop() ?? values.length;
    if (id === values.length) values.push(value);
    else values[id] = value;
    if (id >= refs.length) {
      const grown = new Uint32Array(refs.length * 2);
      grown.set(refs);
      refs = grown;
    }
    ids.set(value, id);
  }
  refs[id] = (refs[id] ?? 0) + 1;
  return id;
}

/** One more reference to an id the caller already holds one of. */
export function retainValue(id: number): void {
  refs[id] = (refs[id] ?? 0) + 1;
}

/** Drops one reference; the last one frees the id for reuse. */
export function releaseValue(id: number): void {
  const left = (refs[id] ?? 0) - 1;
  if (left > 0) {
    refs[id] = left;
    return;
  }
  refs[id] = 0;
  const value = values[id];
  if (value !== undefined) ids.delete(value);
  values[id] = undefined;
  freeIds.push(id);
}

/** The string of a live id. */
export function valueOf(id: number): string {
  return values[id] ?? '';
}

/** Live ids and references held, for tests and diagnostics. */
export function dictionaryStats(): { values: number; references: number } {
  let references = 0;
  for (const id of ids.values()) references += refs[id] ?? 0;
  return { values: ids.size, references };
}
