/**
 * All the variable-size state of one agent in a single growable Uint32Array, cut into consecutive
 * segments. A typed array costs about 300 bytes of fixed overhead (object, buffer, backing store) and
 * a hash map about 40 bytes per entry, so one array per agent with the segment ends in its first
 * words is what keeps an agent with a few hundred remembered values near 2 KB.
 *
 * Layout: words[0 .. SEGMENTS-1] hold the end offset of each segment, then SCALAR_WORDS words of
 * the owner's own scalars (kept here rather than in object fields: an event-time field of an object
 * is a boxed double of its own); segment `s` spans [s === 0 ? DATA_START : words[s - 1], words[s]).
 * Inserting or removing words shifts the segments after it; that happens when a value is new or
 * goes, never for a repeated sighting. The layout is also the v3 snapshot's (baseline-snapshot.ts):
 * changing it needs a new snapshot version.
 */

/** Value rows of the APIs, the resources and the hours of week under review. */
export const SEG_APIS = 0;
export const SEG_RESOURCES = 1;
export const SEG_HOUR_ROWS = 2;
/** Learned events per hour of week: 84 words of two 16-bit counts, or 168 words once a count outgrows 16 bits. */
export const SEG_HOUR_COUNTS = 3;
/** Scope blocks per declared task and per on-behalf-of user. */
export const SEG_TASKS = 4;
export const SEG_USERS = 5;
export const SEGMENTS = 6;
/** Words after the segment ends that belong to the owner (AgentBaseline's timestamps). */
export const SCALAR_WORDS = 5;
/** Where the first segment starts. */
export const DATA_START = SEGMENTS + SCALAR_WORDS;

/** Holder of an agent's words: inserting may replace the array. */
export interface WordStore {
  words: Uint32Array;
}

/** An empty layout with `reserve` spare words. */
export function emptyWords(reserve = 0): Uint32Array {
  const words = new Uint32Array(DATA_START + reserve);
  words.fill(DATA_START, 0, SEGMENTS);
  return words;
}

export function segmentStart(words: Uint32Array, segment: number): number {
  return segment === 0 ? DATA_START : (words[segment - 1] ?? 0);
}

export function segmentEnd(words: Uint32Array, segment: number): number {
  return words[segment] ?? 0;
}

/** Words in use (the end of the last segment). */
export function usedWords(words: Uint32Array): number {
  return words[SEGMENTS - 1] ?? 0;
}

/** Opens `count` zeroed words at offset `at` of `segment` (at may equal the segment's end). */
export function insertWords(store: WordStore, segment: number, at: number, count: number): void {
  let words = store.words;
  const used = usedWords(words);
  if (used + count > words.length) {
    // A sixteenth of slack: agents grow by a few words at a time and then mostly stop, so the
    // slack left at the end is memory every agent keeps (a sixteenth halves it against an eighth,
    // for about twice as many copies while an agent is new; the learn path did not slow down).
    const grown = new Uint32Array(used + count + Math.max(4, (used + count) >> 4));
    grown.set(words.length === used ? words : words.subarray(0, used));
    store.words = words = grown;
  }
  words.copyWithin(at + count, at, used);
  words.fill(0, at, at + count);
  for (let s = segment; s < SEGMENTS; s += 1) words[s] = (words[s] ?? 0) + count;
}

/** Closes `count` words at offset `at` of `segment`. */
export function removeWords(store: WordStore, segment: number, at: number, count: number): void {
  const words = store.words;
  words.copyWithin(at, at + count, usedWords(words));
  for (let s = segment; s < SEGMENTS; s += 1) words[s] = (words[s] ?? 0) - count;
}

/** Gives back spare capacity beyond the usual slack (after values were forgotten). */
export function trimWords(store: WordStore): void {
  const used = usedWords(store.words);
  if (store.words.length - used > Math.max(16, used >> 2)) store.words = store.words.slice(0, used);
}
