import { zoneOffsetMs } from '../time/event-time.js';

/** Milliseconds in an hour and a day. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * The UTC instant of a local wall-clock time in an IANA zone. `dayStartUtc` is 00:00 UTC of the
 * calendar date meant; `localMs` the offset into that local day. Uses the same offset logic as the
 * baselines, so a simulated "09:00 in Europe/Berlin" lands in the hour the detectors call 09:00.
 * In the hour skipped or repeated by a daylight-saving change the result may be an hour off, which a
 * simulator can live with.
 */
export function localToUtc(dayStartUtc: number, localMs: number, timeZone: string): number {
  const wall = dayStartUtc + localMs;
  const guess = wall - zoneOffsetMs(wall, timeZone);
  return wall - zoneOffsetMs(guess, timeZone);
}

/** Day of week of a UTC midnight: 0 Monday .. 6 Sunday. */
export function weekdayOf(dayStartUtc: number): number {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  return (Math.floor(dayStartUtc / DAY_MS) + 3) % 7;
}

/** `ts` as RFC 3339 in UTC with milliseconds and a `Z`. */
export function rfc3339(ts: number): string {
  return new Date(ts).toISOString();
}

/** Parses `YYYY-MM-DD` (or a full ISO time, truncated to its UTC date) to 00:00 UTC of that date. */
export function parseStartDate(text: string): number | undefined {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (!Number.isFinite(ms)) return undefined;
  return Math.floor(ms / DAY_MS) * DAY_MS;
}
