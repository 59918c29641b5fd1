import { SEG_HOUR_COUNTS, insertWords, segmentEnd, segmentStart, type WordStore } from './agent-words.js';

/**
 * Learned events per hour of week (168 bins) in the SEG_HOUR_COUNTS segment, in the smallest of
 * three exact forms, told apart by the segment's length:
 *   < 84 words: sparse, one word per active hour (count << 8 | hour), sorted by hour; most agents
 *               work in a few dozen hours of the week;
 *   84 words:   dense, two 16-bit counts per word (hour h in word h >> 1, high half when h is odd);
 *   168 words:  dense, one 32-bit count per hour.
 * A form only ever gives way to a larger one, when an hour is added or a count outgrows it.
 */
export const HOURS = 168;
const NARROW = HOURS / 2;
const SPARSE_MAX_COUNT = 0xff_ffff;
const NARROW_MAX_COUNT = 0xffff;

/** Index of `how` in a sparse segment, or -(insertion point) - 1. */
function sparseIndex(words: Uint32Array, start: number, end: number, how: number): number {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const h = (words[mid] ?? 0) & 0xff;
    if (h === how) return mid;
    if (h < how) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

/** Learned events in hour of week `how` (0..167). */
export function hourCount(words: Uint32Array, how: number): number {
  const start = segmentStart(words, SEG_HOUR_COUNTS);
  const end = segmentEnd(words, SEG_HOUR_COUNTS);
  const size = end - start;
  if (size === HOURS) return words[start + how] ?? 0;
  if (size === NARROW) return ((words[start + (how >> 1)] ?? 0) >>> ((how & 1) << 4)) & 0xffff;
  const at = sparseIndex(words, start, end, how);
  return at < 0 ? 0 : (words[at] ?? 0) >>> 8;
}

/** Rewrites the segment densely, 16 or 32 bits per hour. */
function densify(store: WordStore, counts: readonly number[]): void {
  const wide = counts.some((c) => c > NARROW_MAX_COUNT);
  const start = segmentStart(store.words, SEG_HOUR_COUNTS);
  const size = segmentEnd(store.words, SEG_HOUR_COUNTS) - start;
  const target = wide ? HOURS : NARROW;
  insertWords(store, SEG_HOUR_COUNTS, start + size, target - size);
  const words = store.words;
  words.fill(0, start, start + target);
  counts.forEach((c, h) => {
    if (c === 0) return;
    if (wide) words[start + h] = c;
    else words[start + (h >> 1)] = ((words[start + (h >> 1)] ?? 0) | (c << ((h & 1) << 4))) >>> 0;
  });
}

/** Adds `count` learned events to hour of week `how`. */
export function addHourCount(store: WordStore, how: number, count: number): void {
  const words = store.words;
  const start = segmentStart(words, SEG_HOUR_COUNTS);
  const end = segmentEnd(words, SEG_HOUR_COUNTS);
  const size = end - start;
  if (size === HOURS) {
    words[start + how] = (words[start + how] ?? 0) + count;
    return;
  }
  const sum = hourCount(words, how) + count;
  if (size === NARROW) {
    if (sum <= NARROW_MAX_COUNT) {
      const shift = (how & 1) << 4;
      const at = start + (how >> 1);
      words[at] = (((words[at] ?? 0) & ~(0xffff << shift)) | (sum << shift)) >>> 0;
      return;
    }
  } else {
    const at = sparseIndex(words, start, end, how);
    if (sum <= SPARSE_MAX_COUNT && (at >= 0 || size + 1 < NARROW)) {
      if (at >= 0) words[at] = ((sum << 8) | how) >>> 0;
      else {
        insertWords(store, SEG_HOUR_COUNTS, -at - 1, 1);
        store.words[-at - 1] = ((sum << 8) | how) >>> 0;
      }
      return;
    }
  }
  const counts = Array.from({ length: HOURS }, (_, h) => (h === how ? sum : hourCount(words, h)));
  densify(store, counts);
}

/** Every active hour with its count, in hour order. */
export function forEachHourCount(words: Uint32Array, visit: (how: number, count: number) => void): void {
  const start = segmentStart(words, SEG_HOUR_COUNTS);
  const end = segmentEnd(words, SEG_HOUR_COUNTS);
  if (end - start === HOURS || end - start === NARROW) {
    for (let h = 0; h < HOURS; h += 1) {
      const c = hourCount(words, h);
      if (c > 0) visit(h, c);
    }
  } else for (let at = start; at < end; at += 1) visit((words[at] ?? 0) & 0xff, (words[at] ?? 0) >>> 8);
}

/** Words the counts take in their smallest form (for building a baseline from a snapshot). */
export function hourCountWords(hours: readonly number[], counts: readonly number[]): number {
  const max = counts.reduce((a, c) => Math.max(a, c), 0);
  if (max > NARROW_MAX_COUNT && (max > SPARSE_MAX_COUNT || hours.length >= NARROW)) return HOURS;
  return hours.length < NARROW && max <= SPARSE_MAX_COUNT ? hours.length : NARROW;
}

/** Fills a segment sized by `hourCountWords` (hours ascending, counts positive). */
export function writeHourCounts(
  words: Uint32Array,
  hours: readonly number[],
  counts: readonly number[],
): void {
  const start = segmentStart(words, SEG_HOUR_COUNTS);
  const size = segmentEnd(words, SEG_HOUR_COUNTS) - start;
  hours.forEach((h, i) => {
    const c = counts[i] ?? 0;
    if (size === HOURS) words[start + h] = c;
    else if (size === NARROW)
      words[start + (h >> 1)] = ((words[start + (h >> 1)] ?? 0) | (c << ((h & 1) << 4))) >>> 0;
    else words[start + i] = ((c << 8) | h) >>> 0;
  });
}
