import type { AgentProfile } from './baseline-snapshot.js';

/** Working time declared for agents or their owners: a prior for agents too young to have a profile. */
export interface BusinessCalendar {
  name: string;
  agentIds?: readonly string[] | undefined;
  owners?: readonly string[] | undefined;
  teams?: readonly string[] | undefined;
  timezone: string;
  /** ISO weekdays, Monday = 1 .. Sunday = 7. */
  workingDays: readonly number[];
  /** Local hours [start, end): 9 and 18 mean 09:00-18:00. */
  startHour: number;
  endHour: number;
}

/** The first calendar naming the agent, else its owner, else its team. */
export function calendarFor(
  calendars: readonly BusinessCalendar[],
  agentId: string,
  profile: AgentProfile,
): BusinessCalendar | undefined {
  return (
    calendars.find((c) => c.agentIds?.includes(agentId)) ??
    calendars.find((c) => profile.owner !== undefined && c.owners?.includes(profile.owner)) ??
    calendars.find((c) => profile.team !== undefined && c.teams?.includes(profile.team))
  );
}

/**
 * Whether an hour of week (Monday 00:00 = 0, in the calendar's zone) is working time, allowing
 * `graceHours` either side of the working day.
 */
export function isWorkingHour(calendar: BusinessCalendar, how: number, graceHours = 1): boolean {
  const isoDay = Math.floor(how / 24) + 1;
  const hour = how % 24;
  if (!calendar.workingDays.includes(isoDay)) return false;
  return hour >= calendar.startHour - graceHours && hour < calendar.endHour + graceHours;
}
