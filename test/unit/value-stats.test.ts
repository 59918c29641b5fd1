import { describe, expect, it } from 'vitest';
import {
  ROW_WORDS,
  observeRow,
  readRow,
  rowKnown,
  startRow,
  writeRow,
} from '../../src/baseline/value-stats.js';

const DAY = 86_400_000;
const FORGET = 30 * DAY;
/** 2026-03-02 00:00 UTC, day 20514 since 1970. */
const T = Date.UTC(2026, 2, 2);
const D = T / DAY;

function row(): Uint32Array {
  return new Uint32Array(ROW_WORDS);
}

describe('value stats and quarantine', () => {
  it('learns a clean value at once', () => {
    const w = row();
    startRow(w, 0, 7, T, D, 'none');
    expect(rowKnown(w, 0, T + 1, FORGET)).toBe(true);
  });

  it('keeps an alerted value quarantined until it recurs on N distinct clean days', () => {
    const w = row();
    startRow(w, 0, 7, T, D, 'quarantine');
    observeRow(w, 0, T + 1000, D, 'quarantine', 3); // same day: does not count
    expect(rowKnown(w, 0, T + 2000, FORGET)).toBe(false);
    observeRow(w, 0, T + DAY, D + 1, 'quarantine', 3);
    expect(rowKnown(w, 0, T + DAY, FORGET)).toBe(false);
    observeRow(w, 0, T + 2 * DAY, D + 2, 'quarantine', 3);
    expect(rowKnown(w, 0, T + 2 * DAY, FORGET)).toBe(true);
  });

  it('does not count days with evidence against the value', () => {
    const w = row();
    startRow(w, 0, 7, T, D, 'quarantine');
    observeRow(w, 0, T + DAY, D + 1, 'evidence_against', 2);
    observeRow(w, 0, T + 2 * DAY, D + 2, 'evidence_against', 2);
    expect(rowKnown(w, 0, T + 2 * DAY, FORGET)).toBe(false);
    observeRow(w, 0, T + 3 * DAY, D + 3, 'none', 2);
    expect(rowKnown(w, 0, T + 3 * DAY, FORGET)).toBe(true);
  });

  it('does not quarantine an established value again', () => {
    const w = row();
    startRow(w, 0, 7, T, D, 'none');
    for (let d = 1; d <= 3; d += 1) observeRow(w, 0, T + d * DAY, D + d, 'none', 3);
    observeRow(w, 0, T + 4 * DAY, D + 4, 'quarantine', 3);
    expect(readRow(w, 0).quarantineDays).toBeUndefined();
    const young = row();
    startRow(young, 0, 7, T, D, 'none');
    observeRow(young, 0, T + DAY, D + 1, 'quarantine', 3);
    expect(readRow(young, 0).quarantineDays).toBe(1);
  });

  it('forgets values not seen within the window', () => {
    const w = row();
    startRow(w, 0, 7, T, D, 'none');
    expect(rowKnown(w, 0, T + FORGET, FORGET)).toBe(true);
    expect(rowKnown(w, 0, T + FORGET + 1, FORGET)).toBe(false);
  });

  it('keeps exact milliseconds, counts and days through the packed row', () => {
    const w = row();
    startRow(w, 0, 42, T + 999, D, 'none');
    observeRow(w, 0, T + 5 * DAY + 1, D + 5, 'none', 3);
    observeRow(w, 0, T + 123, D, 'none', 3); // out of order: moves first back
    expect(readRow(w, 0)).toEqual({
      first: T + 123,
      last: T + 5 * DAY + 1,
      count: 3,
      days: 2,
      lastDay: D + 5,
    });
    const stats = {
      first: Date.UTC(2099, 11, 31, 23, 59, 59, 999),
      last: Date.UTC(2099, 11, 31, 23, 59, 59, 999),
    };
    writeRow(w, 0, 0xffff_fffe, {
      ...stats,
      count: 2 ** 32 + 5,
      days: 36_525,
      lastDay: 47_481,
      quarantineDays: 13,
    });
    expect(readRow(w, 0)).toEqual({
      ...stats,
      count: 2 ** 32 - 1,
      days: 36_525,
      lastDay: 47_481,
      quarantineDays: 13,
    });
    expect(w[0]).toBe(0xffff_fffe);
  });
});
