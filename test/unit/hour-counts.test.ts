import { describe, expect, it } from 'vitest';
import {
  DATA_START,
  SEGMENTS,
  SEG_HOUR_COUNTS,
  emptyWords,
  segmentEnd,
  segmentStart,
  type WordStore,
} from '../../src/baseline/agent-words.js';
import {
  HOURS,
  addHourCount,
  forEachHourCount,
  hourCount,
  hourCountWords,
  writeHourCounts,
} from '../../src/baseline/hour-counts.js';

function size(store: WordStore): number {
  return segmentEnd(store.words, SEG_HOUR_COUNTS) - segmentStart(store.words, SEG_HOUR_COUNTS);
}

function all(store: WordStore): number[] {
  return Array.from({ length: HOURS }, (_, h) => hourCount(store.words, h));
}

describe('hour-of-week counts', () => {
  it('stay sparse for a few hours and agree with a plain array through every form', () => {
    const store: WordStore = { words: emptyWords() };
    const expected = new Array<number>(HOURS).fill(0);
    // Forty hours out of order, then the whole week: sparse, then dense 16-bit, then 32-bit.
    for (let i = 0; i < 400; i += 1) {
      const how = i < 200 ? 60 + ((i * 7) % 40) : (i * 13) % HOURS;
      addHourCount(store, how, 1 + (i % 3));
      expected[how] = (expected[how] ?? 0) + 1 + (i % 3);
      if (i === 199) expect(size(store)).toBe(40);
    }
    expect(all(store)).toEqual(expected);
    expect(size(store)).toBe(HOURS / 2);
    addHourCount(store, 5, 70_000);
    expected[5] = (expected[5] ?? 0) + 70_000;
    expect(size(store)).toBe(HOURS);
    expect(all(store)).toEqual(expected);
  });

  it('go from sparse to 32-bit when a count passes 24 bits', () => {
    const store: WordStore = { words: emptyWords() };
    addHourCount(store, 3, 0xff_ffff);
    expect(size(store)).toBe(1);
    addHourCount(store, 3, 1);
    expect(size(store)).toBe(HOURS);
    expect(hourCount(store.words, 3)).toBe(0x100_0000);
  });

  it('are written back from a snapshot in their smallest form', () => {
    for (const [hours, counts, words] of [
      [[1, 9], [4, 70_000], 2],
      [Array.from({ length: 90 }, (_, h) => h), new Array<number>(90).fill(2), HOURS / 2],
      [Array.from({ length: 90 }, (_, h) => h), new Array<number>(90).fill(70_000), HOURS],
      [[0], [0x100_0000], HOURS],
    ] as const) {
      expect(hourCountWords(hours, counts)).toBe(words);
      const store: WordStore = { words: emptyWords(words) };
      for (let s = SEG_HOUR_COUNTS; s < SEGMENTS; s += 1) store.words[s] = DATA_START + words;
      writeHourCounts(store.words, hours, counts);
      const seen: [number, number][] = [];
      forEachHourCount(store.words, (h, c) => seen.push([h, c]));
      expect(seen).toEqual(hours.map((h, i) => [h, counts[i]]));
    }
  });
});
