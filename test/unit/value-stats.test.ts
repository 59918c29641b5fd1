import { describe, expect, it } from 'vitest';
import { isKnown, observeValue, type ValueTable } from '../../src/baseline/value-stats.js';

const DAY = 86_400_000;
const FORGET = 30 * DAY;

describe('value stats and quarantine', () => {
  it('learns a clean value at once', () => {
    const t: ValueTable = new Map();
    observeValue(t, 'a', 0, 0, 'none', 3);
    expect(isKnown(t, 'a', 1, FORGET)).toBe(true);
  });

  it('keeps an alerted value quarantined until it recurs on N distinct clean days', () => {
    const t: ValueTable = new Map();
    observeValue(t, 'x', 0, 0, 'quarantine', 3);
    observeValue(t, 'x', 1000, 0, 'quarantine', 3); // same day: does not count
    expect(isKnown(t, 'x', 2000, FORGET)).toBe(false);
    observeValue(t, 'x', DAY, 1, 'quarantine', 3);
    expect(isKnown(t, 'x', DAY, FORGET)).toBe(false);
    observeValue(t, 'x', 2 * DAY, 2, 'quarantine', 3);
    expect(isKnown(t, 'x', 2 * DAY, FORGET)).toBe(true);
  });

  it('does not count days with evidence against the value', () => {
    const t: ValueTable = new Map();
    observeValue(t, 'x', 0, 0, 'quarantine', 2);
    observeValue(t, 'x', DAY, 1, 'evidence_against', 2);
    observeValue(t, 'x', 2 * DAY, 2, 'evidence_against', 2);
    expect(isKnown(t, 'x', 2 * DAY, FORGET)).toBe(false);
    observeValue(t, 'x', 3 * DAY, 3, 'none', 2);
    expect(isKnown(t, 'x', 3 * DAY, FORGET)).toBe(true);
  });

  it('forgets values not seen within the window', () => {
    const t: ValueTable = new Map();
    observeValue(t, 'a', 0, 0, 'none', 3);
    expect(isKnown(t, 'a', FORGET, FORGET)).toBe(true);
    expect(isKnown(t, 'a', FORGET + 1, FORGET)).toBe(false);
  });
});
