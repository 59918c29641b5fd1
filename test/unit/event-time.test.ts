import { describe, expect, it } from 'vitest';
import { dayNumber, describeHourOfWeek, hourOfWeek } from '../../src/time/event-time.js';

describe('event time', () => {
  it('numbers hours of the week from Monday 00:00 UTC', () => {
    expect(hourOfWeek(Date.UTC(2026, 2, 2, 0, 30))).toBe(0); // Monday
    expect(hourOfWeek(Date.UTC(2026, 2, 8, 2, 0))).toBe(6 * 24 + 2); // Sunday 02:00
    expect(describeHourOfWeek(6 * 24 + 2)).toBe('Sunday 02:00-03:00');
  });

  it('follows daylight saving in a timezone: 09:00 local stays hour 9 across the switch', () => {
    // Europe/Berlin switches to CEST on 2026-03-29: 09:00 local is 08:00 UTC before, 07:00 UTC after.
    const before = Date.UTC(2026, 2, 27, 8, 0); // Friday 09:00 CET
    const after = Date.UTC(2026, 2, 30, 7, 0); // Monday 09:00 CEST
    expect(hourOfWeek(before, 'Europe/Berlin')).toBe(4 * 24 + 9);
    expect(hourOfWeek(after, 'Europe/Berlin')).toBe(9);
    expect(hourOfWeek(after)).toBe(7);
  });

  it('counts local days', () => {
    const lateUtc = Date.UTC(2026, 2, 2, 23, 30);
    expect(dayNumber(lateUtc, 'Asia/Tokyo')).toBe(dayNumber(lateUtc) + 1);
    expect(dayNumber(lateUtc, 'America/New_York')).toBe(dayNumber(lateUtc));
  });
});
