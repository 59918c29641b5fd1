import { describe, expect, it } from 'vitest';
import {
  DATA_START,
  SEG_RESOURCES,
  SEG_TASKS,
  SEG_USERS,
  emptyWords,
  insertWords,
  removeWords,
  segmentEnd,
  segmentStart,
  trimWords,
  usedWords,
  type WordStore,
} from '../../src/baseline/agent-words.js';

describe('agent words', () => {
  it('opens and closes words inside a segment, shifting the later ones', () => {
    const store: WordStore = { words: emptyWords() };
    insertWords(store, SEG_USERS, segmentEnd(store.words, SEG_USERS), 2);
    store.words.set([5, 6], segmentStart(store.words, SEG_USERS));
    insertWords(store, SEG_RESOURCES, segmentStart(store.words, SEG_RESOURCES), 3);
    store.words.set([1, 2, 3], segmentStart(store.words, SEG_RESOURCES));
    expect(segmentStart(store.words, SEG_RESOURCES)).toBe(DATA_START);
    expect(segmentEnd(store.words, SEG_RESOURCES)).toBe(DATA_START + 3);
    expect(segmentStart(store.words, SEG_TASKS)).toBe(DATA_START + 3);
    const users = segmentStart(store.words, SEG_USERS);
    expect([...store.words.subarray(users, users + 2)]).toEqual([5, 6]);
    removeWords(store, SEG_RESOURCES, DATA_START + 1, 1);
    expect(usedWords(store.words)).toBe(DATA_START + 4);
    expect([...store.words.subarray(DATA_START, DATA_START + 4)]).toEqual([1, 3, 5, 6]);
  });

  it('zeroes opened words and grows with little slack', () => {
    const store: WordStore = { words: emptyWords() };
    for (let i = 0; i < 100; i += 1) {
      const at = segmentEnd(store.words, SEG_TASKS);
      insertWords(store, SEG_TASKS, at, 2);
      expect(store.words[at]).toBe(0);
      store.words[at] = 9;
    }
    expect(usedWords(store.words)).toBe(DATA_START + 200);
    expect(store.words.length).toBeLessThanOrEqual((DATA_START + 200) * 1.2 + 8);
    removeWords(store, SEG_TASKS, DATA_START, 150);
    trimWords(store);
    expect(store.words.length).toBe(DATA_START + 50);
  });
});
