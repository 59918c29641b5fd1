/** Calendar facts of an event time, in UTC or in an IANA timezone (daylight saving included). */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** 1970-01-01 was a Thursday: 72 hours after the Monday 00:00 that starts our week. */
const EPOCH_HOUR_OF_WEEK = 72;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets change at most on hour boundaries, so one lookup per zone and hour is enough. */
const offsetCache = new Map<string, number>();
const OFFSET_CACHE_LIMIT = 50_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

let lastZone = '';
let lastHour = Number.NaN;
let lastOffset = 0;

function remember(timeZone: string, hour: number, offset: number): number {
  lastZone = timeZone;
  lastHour = hour;
  lastOffset = offset;
  return offset;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `timeZone` from UTC at instant `ts`, in milliseconds (e.g. +7_200_000 for CEST). */
export function zoneOffsetMs(ts: number, timeZone: string | undefined): number {
  if (!timeZone || timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  const hour = Math.floor(ts / HOUR_MS);
  // One event asks several times (day, hour of week, detectors): answer repeats without a key string.
  if (hour === lastHour && timeZone === lastZone) return lastOffset;
  const key = `${timeZone}|${hour}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return remember(timeZone, hour, cached);
  let offset = 0;
  try {
    const parts = formatterFor(timeZone).formatToParts(new Date(hour * HOUR_MS));
    const get = (type: Intl.DateTimeFormatPartTypes) =>
      Number(parts.find((p) => p.type === type)?.value ?? 0);
    const local = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour'),
      get('minute'),
      get('second'),
    );
    offset = local - hour * HOUR_MS;
  } catch {
    offset = 0;
  }
  if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear();
  offsetCache.set(key, offset);
  return remember(timeZone, hour, offset);
}

/** Hour of week 0..167, Monday 00:00-01:00 = 0, in the given zone (UTC when absent). */
export function hourOfWeek(ts: number, timeZone?: string): number {
  const localHour = Math.floor((ts + zoneOffsetMs(ts, timeZone)) / HOUR_MS);
  return (((localHour + EPOCH_HOUR_OF_WEEK) % 168) + 168) % 168;
}

/** Local day number (days since 1970-01-01 in the zone). */
export function dayNumber(ts: number, timeZone?: string): number {
  return Math.floor((ts + zoneOffsetMs(ts, timeZone)) / DAY_MS);
}

/** "Sunday 02:00-03:00" for an hour of week. */
export function describeHourOfWeek(how: number): string {
  const day = WEEKDAYS[Math.floor(how / 24)] ?? 'Monday';
  const h = how % 24;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day} ${pad(h)}:00-${pad((h + 1) % 24)}:00`;
}
