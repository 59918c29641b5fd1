import { z } from 'zod';
import type { AgentEvent } from '../../schemas/event.js';
import { isWorkingHour } from '../../src/baseline/business-calendar.js';
import { describeHourOfWeek, hourOfWeek } from '../../src/time/event-time.js';
import {
  IRREVERSIBLE_CATEGORIES,
  SENSITIVE_CATEGORIES,
  SENSITIVITY_RISK,
  actionCategory,
  isBulkRead,
} from '../../src/events/action-category.js';
import { hasLineOrderTime } from '../../src/events/line-order-time.js';
import {
  ADDRESS_SHAPE,
  emailDomain,
  insideOrganisation,
  actionTargets,
  organisationDomains,
} from '../../src/events/event-keys.js';
import { describeAgent } from '../../src/detection/agent-text.js';
import { defineDetector, type BaselineView, type Finding } from '../../src/detection/detector-contract.js';
import {
  HIGHEST_BELOW_CRITICAL,
  HIGHEST_LOW,
  clampScore,
  severityFromScore,
} from '../../src/detection/severity.js';
import { cases } from './cases.js';

const config = z
  .strictObject({
    cohort_min_peers: z
      .number()
      .int()
      .min(1)
      .default(2)
      .describe(
        "Established cohort peers whose summed hour profile (each in its own zone) may vouch for an hour: an on-call rota's nights.",
      ),
    cohort_at_work_min: z
      .number()
      .int()
      .min(1)
      .default(3)
      .describe(
        'Other established cohort members acting in this clock hour or the one before, at the least, for the role to be at work right now (cohort_at_work_share).',
      ),
    cohort_at_work_share: z
      .number()
      .min(0)
      .max(1)
      .default(0.3)
      .describe(
        "Share of the cohort's other established members acting in this clock hour or the one before from which the role is at work right now (an outage's catch-up, a weekend push): routine actions pass, sensitive ones are lowered, never hidden. 1: off.",
      ),
    fleet_working_share: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe(
        "Share of the fleet's established agents (in cohorts, the agent itself left out) whose cohort works an hour of week (holds at least an average hour's share, 1/168, of its smoothed learned activity there, each member in its own zone) from which the hour is one the organisation works: a routine action then is not off-hours whatever the agent's own profile says (a nightly job run by day), a sensitive one is lowered. Counted in agents, not events: one busy nightly loader does not make the night a working hour. 1: off.",
      ),
    organisation_off_hours_owners: z
      .number()
      .int()
      .min(0)
      .default(3)
      .describe(
        "Other owners, at the least, whose agents acted off their own hours in this clock hour or the one before for the organisation to be off its hours together right now (a storm night, an election weekend): routine actions pass, sensitive ones are lowered, never hidden. Counted by owner, not agent: one person's agents driven at night do not vouch for each other. 0: off.",
      ),
    fleet_min_agents: z
      .number()
      .int()
      .min(1)
      .default(10)
      .describe('Established agents the fleet needs before its hours speak (fleet_working_share).'),
    min_share: z
      .number()
      .min(0)
      .max(1)
      .default(0.002)
      .describe(
        "Smoothed share of the agent's activity in this hour of week below which the hour counts as off.",
      ),
    neighbour_weight: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe(
        'Weight of the adjacent hours in the smoothing: a one-hour overrun of a working day is not off-hours.',
      ),
    min_hour_of_day_share: z
      .number()
      .min(0)
      .max(1)
      .default(0.005)
      .describe(
        'An hour of day that holds at least this share on other days is off only if its weekday is rare too.',
      ),
    min_weekday_share: z
      .number()
      .min(0)
      .max(1)
      .default(0.01)
      .describe(
        'A weekday with less than this share of activity counts as a day the agent does not work (an agent with light weekends, 1.5% of its week each, works them).',
      ),
    min_profile_events: z
      .number()
      .int()
      .min(1)
      .default(100)
      .describe('Events the hour profile needs before it is trusted (on top of the learning period).'),
    min_span_days: z
      .number()
      .int()
      .min(1)
      .default(8)
      .describe(
        'Days between first and latest event before the profile is trusted: it must have seen a whole week.',
      ),
    weekday_min_span_days: z
      .number()
      .int()
      .min(7)
      .default(21)
      .describe('History span before a weekday without activity counts as a day the agent does not work.'),
    thin_profile_min_events: z
      .number()
      .int()
      .min(1)
      .default(15)
      .describe(
        'A profile with fewer than min_profile_events but at least this many events is judged by its envelope (hours and weekdays ever active) instead of by shares.',
      ),
    sparse_profile_min_events: z
      .number()
      .int()
      .min(1)
      .default(3)
      .describe(
        'A profile with fewer than thin_profile_min_events but at least this many events (a monthly job) is judged only far from every hour of day it kept and in an hour its organisation does not work (fleet_idle_share).',
      ),
    fleet_idle_share: z
      .number()
      .min(0)
      .max(1)
      .default(0.25)
      .describe(
        "Share of the fleet's established agents (fleet_min_agents or more) whose cohort works an hour of week below which the organisation does not work it: where a sparse profile borrows the organisation's hours (0: a sparse profile is never judged).",
      ),
    thin_profile_min_span_days: z
      .number()
      .int()
      .min(7)
      .default(7)
      .describe(
        'Days of history a thin profile needs before its hours of day are trusted (a week: every weekday seen once); its weekdays wait for weekday_min_span_days.',
      ),
    near_working_hours: z
      .number()
      .int()
      .min(0)
      .max(12)
      .default(3)
      .describe(
        'Hours from the nearest hour of day the agent works within which an hour on a weekday it works is an evening or an early start, not a night: a routine action there raises nothing, a sensitive one at most medium (0: off).',
      ),
    hour_of_day_envelope_hours: z
      .number()
      .int()
      .min(0)
      .max(6)
      .default(2)
      .describe(
        'Hours either side of the hour of day whose activity, on any weekday, counts for it (0: the hour alone): an agent that works nights thinly (a 24/7 desk) works this night hour too.',
      ),
    thin_profile_envelope_hours: z
      .number()
      .int()
      .min(0)
      .max(6)
      .default(2)
      .describe('Hours either side of an active hour of day that count as inside a thin profile.'),
    thin_profile_burst_events: z
      .number()
      .int()
      .min(2)
      .default(3)
      .describe('Events in one off hour that make it a session of several actions (at least medium).'),
    burst_events: z
      .number()
      .int()
      .min(2)
      .default(10)
      .describe('Events in one off hour that make it a burst (more severe).'),
    calendar_grace_hours: z
      .number()
      .int()
      .min(0)
      .max(6)
      .default(1)
      .describe("Hours either side of a business calendar's working day still counted as working time."),
  })
  .describe('off-hours-access settings');

type Config = z.output<typeof config>;

const pct = (x: number) => `${(x * 100).toFixed(x < 0.01 ? 2 : 1)}%`;

function score(event: AgentEvent, base: number, burst: boolean, several = false): number {
  const category = actionCategory(event);
  const sensitivity = event.resource?.sensitivity;
  let s = base;
  // Several actions in one off hour are a session, not a stray retry: at least medium.
  if (several) s += 10;
  if (SENSITIVE_CATEGORIES.has(category)) s += 20;
  if (sensitivity) s += SENSITIVITY_RISK[sensitivity];
  if (burst) s += 15;
  if (event.outcome === 'denied') s += 5;
  // Severity means something: the hour alone makes an action high at most; critical takes one that
  // cannot be taken back (money, identities, settings, deletions), restricted data or a bulk read.
  const dangerous =
    IRREVERSIBLE_CATEGORIES.has(category) || sensitivity === 'restricted' || isBulkRead(event);
  if (!dangerous) s = Math.min(s, HIGHEST_BELOW_CRITICAL);
  return clampScore(s);
}

/** Owners remembered per clock hour: enough for any threshold, bounded whatever the fleet. */
const MAX_OWNERS_PER_HOUR = 64;

/** Clock hours remembered; past it the earliest is dropped (an event far ahead keeps one slot). */
const MAX_HOURS = 48;

/**
 * Who acted off their own hours, by clock hour (each event's own, in event time) and owner: an
 * organisation working a storm night or an election weekend is many owners' agents off their hours
 * together; an attacker driving one agent, or one person's agents, at 03:00 is not. Keyed by the
 * event's own hour, so an event dated far ahead or a late one never mixes other hours in. Each
 * instance of a consumer group sees the agents it holds.
 */
class OffHoursNow {
  private readonly hours = new Map<number, Set<string>>();

  /** Notes that an agent of `owner` acted off its own hours at `ts`. */
  note(ts: number, owner: string): void {
    const hour = Math.floor(ts / HOUR_MS);
    let owners = this.hours.get(hour);
    if (owners === undefined) {
      if (this.hours.size >= MAX_HOURS) {
        let earliest = hour;
        for (const h of this.hours.keys()) if (h < earliest) earliest = h;
        this.hours.delete(earliest);
      }
      owners = new Set();
      this.hours.set(hour, owners);
    }
    if (owners.size < MAX_OWNERS_PER_HOUR) owners.add(owner);
  }

  /** Other owners whose agents acted off their hours in the clock hour of `ts` or the one before. */
  othersThan(ts: number, owner: string): number {
    const hour = Math.floor(ts / HOUR_MS);
    const now = this.hours.get(hour);
    const before = this.hours.get(hour - 1);
    let n = 0;
    for (const o of now ?? []) if (o !== owner) n += 1;
    for (const o of before ?? []) if (o !== owner && now?.has(o) !== true) n += 1;
    return n;
  }
}

/**
 * Notes the event as off its agent's own hours and says whether the organisation is off its hours
 * together right now (`organisation_off_hours_owners` other owners). Agents with no owner, and
 * third-party agents (a vendor's bots), neither vouch nor count: the organisation is its owners.
 */
function organisationOffHours(cfg: Config, offNow: OffHoursNow, event: AgentEvent): number | undefined {
  if (cfg.organisation_off_hours_owners === 0) return undefined;
  const owner = event.agent.owner;
  if (owner === undefined || event.agent.type === 'third_party') return undefined;
  const others = offNow.othersThan(event.ts, owner);
  offNow.note(event.ts, owner);
  return others >= cfg.organisation_off_hours_owners ? others : undefined;
}

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView, offNow: OffHoursNow): Finding[] {
  // A conversation replayed without its time was placed in line order: its hour is not a real one.
  if (hasLineOrderTime(event)) return [];
  const { agent, calendar } = view;
  const tz = view.timezone;
  const how = hourOfWeek(event.ts, tz);
  const zone = tz ?? 'UTC';
  // Text and keys only for the rare event that fires: this runs for every event.
  const finding = () => {
    const burstCount = agent.eventsThisHour(event.ts) + 1;
    return {
      when: `${describeHourOfWeek(how)} ${zone}`,
      burstCount,
      burst: burstCount >= cfg.burst_events,
      who: describeAgent(event),
      // One alert per stretch of unusual hours (the dedup window), not one per hour of it.
      key: 'stretch',
      category: actionCategory(event),
    };
  };

  if (view.learning && !calendar) return thinProfile(cfg, event, view, how, finding, offNow);
  if (view.learning && calendar) {
    // Too young for a learned profile: a declared business calendar says what is off.
    // The calendar speaks its own zone, whatever zone the agent's profile is kept in.
    const calendarHow = hourOfWeek(event.ts, calendar.timezone);
    if (isWorkingHour(calendar, calendarHow, cfg.calendar_grace_hours)) return [];
    const { when, burstCount, burst, who, key, category } = finding();
    const s = score(event, 30, burst);
    return [
      {
        reason: 'outside_business_hours',
        key,
        severity: severityFromScore(s),
        score: s,
        title: `${who} acted outside its business hours (${when})`,
        description: `${who} called ${event.action.api} on ${when}, outside calendar "${calendar.name}" (${calendar.startHour}:00-${calendar.endHour}:00 on ISO days ${calendar.workingDays.join(',')}). The agent is still learning (${agent.events} events, ${agent.activeDays} days), so the calendar stands in for its profile.`,
        evidence: {
          hour_of_week: when,
          calendar: calendar.name,
          timezone: zone,
          events_observed: agent.events,
          days_observed: agent.activeDays,
          events_this_hour: burstCount,
          category,
        },
        tags: ['attack.T1078'],
        quarantine: ['hour'],
      },
    ];
  }

  const total = agent.hourTotal();
  if (total < cfg.min_profile_events) return thinProfile(cfg, event, view, how, finding, offNow);
  if (agent.spanDays() < cfg.min_span_days) return [];
  const w = cfg.neighbour_weight;
  const at = (h: number) => agent.hourCount(((h % 168) + 168) % 168);
  const norm = total * (1 + 2 * w);
  const weekShare = (at(how) + w * (at(how - 1) + at(how + 1))) / norm;
  if (weekShare >= cfg.min_share) return [];

  const hourOfDay = how % 24;
  const weekday = Math.floor(how / 24);
  let hodCount = 0;
  let dayCount = 0;
  for (let d = 0; d < 7; d += 1) {
    const h = d * 24 + hourOfDay;
    hodCount += at(h) + w * (at(h - 1) + at(h + 1));
  }
  for (let h = weekday * 24; h < weekday * 24 + 24; h += 1) dayCount += at(h);
  let envelopeCount = 0;
  const e = cfg.hour_of_day_envelope_hours;
  for (let d = 0; d < 7; d += 1)
    for (let dh = -e; dh <= e; dh += 1) envelopeCount += at(d * 24 + hourOfDay + dh);
  // The hour of day, or its envelope of hours around it, on any weekday.
  const hodShare = Math.max(hodCount / norm, envelopeCount / total);
  const dayShare = dayCount / total;
  // "A day it does not work" needs a few weeks to tell from a day off: until then only the hour of
  // day speaks.
  const weekdayKnown = agent.spanDays() >= cfg.weekday_min_span_days;
  // A worked weekday holds `min_weekday_share` of the week and a few events in absolute terms (two
  // Saturday events among a low-volume agent's first 150 are no Saturday routine); a light one, under
  // twice that share (a notifier's quiet Sundays), is worked for anything but a change that cannot
  // be taken back.
  const dayWorked =
    dayCount >= MIN_WORKED_DAY_EVENTS &&
    dayShare >= cfg.min_weekday_share * (IRREVERSIBLE_CATEGORIES.has(actionCategory(event)) ? 2 : 1);
  if (hodShare >= cfg.min_hour_of_day_share && (!weekdayKnown || dayWorked)) return [];

  // The hour is the role's: the cohort works it (an on-call rota whose nights move from peer to
  // peer), or the organisation's: the fleet works it (nobody is away). They vouch for routine actions
  // only; a sensitive one is lowered, never hidden.
  const peerShare = cohortHourShare(cfg, view, how);
  const sensitive = isSensitive(event);
  const fleetWorks = fleetWorksHour(cfg, view, how);
  const atWork = cohortAtWork(cfg, view, event.ts);
  const organisationOff = organisationOffHours(cfg, offNow, event);
  // The role at work now, or the organisation off its hours together, passes only reads and writes of
  // records (roleWork), never a bulk read.
  if ((atWork !== undefined || organisationOff !== undefined) && roleWork(event)) return [];
  const vouched = (peerShare !== undefined && peerShare >= cfg.min_share) || fleetWorks;
  if (vouched && !sensitive) return [];
  const lowered = vouched || atWork !== undefined || organisationOff !== undefined;
  // An evening or an early start on a day the agent works (within `near_working_hours` of the hours
  // it keeps) is overtime for a routine action and weak evidence for a sensitive one.
  const near = dayWorked && hoursFromWorkingDay(view, hourOfDay) <= cfg.near_working_hours;
  if (near && !sensitive) return [];
  // Only the day is off when the hour of day is one the agent keeps (a weekday it has not worked yet,
  // at its usual hour): weaker evidence than a night it never works, so at most medium; and none for
  // an agent that works six days of seven, which keeps no weekly rhythm to break.
  const dayOnly = hodShare >= cfg.min_hour_of_day_share;
  if (dayOnly && !sensitive && workedWeekdays(view, total * cfg.min_weekday_share) >= DAYS_WITHOUT_RHYTHM)
    return [];
  const { when, burstCount, burst, who, key, category } = finding();
  const raw = score(event, 40, burst, burstCount >= cfg.thin_profile_burst_events) - (lowered ? 15 : 0);
  // A day off alone, for one action or two off the agent's hours in a day (not a session of
  // `thin_profile_burst_events`, counted over every off hour of the last day, not only this one): a
  // read, a write, or a message that stays inside (a colleague's mailbox, a team channel), of
  // nothing restricted: a weekend errand at the agent's usual hour. Low, kept under review, not
  // raised by default. A session, a night, anything sent out of the organisation, money, identities,
  // settings, deletions, restricted data or an export on that day still are.
  const errand =
    dayOnly &&
    (category === 'read' || category === 'write' || (category === 'send' && nothingOutward(event, view))) &&
    burstCount + agent.reviewedHourEventsSince(event.ts - DAY_MS, how) < cfg.thin_profile_burst_events &&
    event.resource?.sensitivity !== 'restricted' &&
    !isBulkRead(event);
  const s = clampScore(
    dayOnly ? Math.min(raw - 15, errand ? HIGHEST_LOW : 69) : near ? Math.min(raw - 10, 69) : raw,
  );
  const inHour = Math.round(at(how));
  const since = new Date(agent.firstTs).toISOString().slice(0, 10);
  const dayName = describeHourOfWeek(weekday * 24).split(' ')[0] ?? '';
  return [
    {
      reason: 'hour_rarely_active',
      key,
      severity: severityFromScore(s),
      score: s,
      title: `${who} active at an unusual hour: ${when}${burst ? ` (burst of ${burstCount} events)` : ''}`,
      description:
        `${who} called ${event.action.api} on ${when}. ${inHour.toLocaleString('en-US')} of ${Math.round(total).toLocaleString('en-US')} events since ${since} fell in this hour of the week ` +
        `(${pct(weekShare)} with the adjacent hours, threshold ${pct(cfg.min_share)}); this hour of day holds ${pct(hodShare)} of its activity and ${dayName}s ${pct(dayShare)}.` +
        (burst ? ` ${burstCount} events so far in this hour.` : '') +
        (peerShare !== undefined && peerShare >= cfg.min_share
          ? ` Its cohort peers work this hour (${pct(peerShare)} of their activity): lowered, not hidden, for a ${category} action.`
          : fleetWorks
            ? ` The organisation's agents work this hour: lowered, not hidden, for a ${category} action.`
            : atWork !== undefined
              ? ` ${atWork} of its cohort peers are at work this hour: lowered, not hidden, for a ${category} action.`
              : organisationOff !== undefined
                ? ` Agents of ${organisationOff} other owners acted off their own hours this hour too: lowered, not hidden, for a ${category} action.`
                : '') +
        ` Category ${category}.`,
      evidence: {
        hour_of_week: when,
        timezone: zone,
        events_in_hour_of_week: inHour,
        events_in_profile: Math.round(total),
        share_of_activity: Number(weekShare.toFixed(5)),
        hour_of_day_share: Number(hodShare.toFixed(5)),
        weekday_share: Number(dayShare.toFixed(5)),
        days_observed: agent.activeDays,
        events_this_hour: burstCount,
        burst,
        category,
        ...(peerShare !== undefined ? { cohort_share: Number(peerShare.toFixed(5)) } : {}),
        ...(fleetWorks ? { fleet_works_hour: true } : {}),
        ...(atWork !== undefined ? { cohort_peers_at_work: atWork } : {}),
        ...(organisationOff !== undefined ? { owners_off_hours_now: organisationOff } : {}),
      },
      tags: ['attack.T1078'],
      quarantine: ['hour'],
    },
  ];
}

/**
 * Whether every target the action names, its resource included, stays inside: a mailbox at the
 * organisation's domain, or no address at all (a team channel, a colleague's id). An outside mailbox, a URL, an account or a
 * phone number is outward.
 */
function nothingOutward(event: AgentEvent, view: BaselineView): boolean {
  const inside = organisationDomains(event, [], view.organisationDomains);
  return actionTargets(event).every((target) => {
    const domain = emailDomain(target);
    return domain !== undefined ? insideOrganisation(domain, inside) : !ADDRESS_SHAPE.test(target);
  });
}

/**
 * What the role at work right now passes: a read or a write of its records, confidential ones
 * included (a claims desk catching up reads claims), never an action that is sensitive in itself,
 * restricted data or a bulk read.
 */
function roleWork(event: AgentEvent): boolean {
  return (
    !SENSITIVE_CATEGORIES.has(actionCategory(event)) &&
    event.resource?.sensitivity !== 'restricted' &&
    !isBulkRead(event)
  );
}

/** A sensitive action (identity, payment, admin, delete, send, execute) or a confidential target. */
function isSensitive(event: AgentEvent): boolean {
  return (
    SENSITIVE_CATEGORIES.has(actionCategory(event)) ||
    event.resource?.sensitivity === 'restricted' ||
    event.resource?.sensitivity === 'confidential'
  );
}

/**
 * The share of the fleet's established agents (`fleet_min_agents` or more, in cohorts, the agent
 * itself left out) whose cohort works hour of week `how` (the hour holds an average hour's share or
 * more of the cohort's smoothed activity); undefined when the fleet is too small to speak. Counted in
 * agents, not events: one busy nightly loader does not make the night a working hour. Walks every
 * cohort: only for an action already off the agent's own hours.
 */
function fleetWorkingShare(cfg: Config, view: BaselineView, how: number): number | undefined {
  const { fleet, agent } = view;
  if (!fleet) return undefined;
  const w = cfg.neighbour_weight;
  let members = 0;
  let working = 0;
  fleet.forEachCohort((cohort) => {
    const peers = cohort.members - (cohort.isMember(agent.agentId) ? 1 : 0);
    const share = peersHourShare(cohort, agent, how, w);
    if (peers <= 0 || share === undefined) return;
    members += peers;
    if (share >= 1 / 168) working += peers;
  });
  return members >= cfg.fleet_min_agents ? working / members : undefined;
}

/** Whether hour of week `how` is one the organisation works (`fleet_working_share`). */
function fleetWorksHour(cfg: Config, view: BaselineView, how: number): boolean {
  if (cfg.fleet_working_share >= 1) return false;
  const share = fleetWorkingShare(cfg, view, how);
  return share !== undefined && share >= cfg.fleet_working_share;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Weekdays worked from which an agent keeps no weekly rhythm: a day it has not worked yet is chance. */
const DAYS_WITHOUT_RHYTHM = 6;

/** Events a weekday needs in the profile, whatever its share, before it counts as one the agent works. */
const MIN_WORKED_DAY_EVENTS = 3;

/** How many weekdays hold more than `minEvents` of the agent's learned events. For a finding only. */
function workedWeekdays(view: BaselineView, minEvents: number): number {
  let days = 0;
  for (let d = 0; d < 7; d += 1) {
    let count = 0;
    for (let h = d * 24; h < d * 24 + 24; h += 1) count += view.agent.hourCount(h);
    if (count > minEvents) days += 1;
  }
  return days;
}

/**
 * Hours from `hourOfDay` to the nearest hour of day the agent has worked on any weekday (0 when it
 * works this hour; 12 when it never worked at all). Walks the profile: for a finding only.
 */
function hoursFromWorkingDay(view: BaselineView, hourOfDay: number): number {
  const { agent } = view;
  for (let d = 0; d <= 12; d += 1) {
    for (let day = 0; day < 7; day += 1) {
      const base = day * 24;
      if (agent.hourCount(base + ((hourOfDay + d) % 24)) > 0) return d;
      if (agent.hourCount(base + ((hourOfDay - d + 24) % 24)) > 0) return d;
    }
  }
  return 12;
}

/**
 * How many of the cohort's other established members acted in this clock hour or the one before,
 * when that is `cohort_at_work_min` or more and `cohort_at_work_share` of them: the role is at work
 * right now (an outage's catch-up moved to a Saturday morning), whatever its profile says. Undefined
 * otherwise. The agent itself is taken out whenever it may have been counted.
 */
function cohortAtWork(cfg: Config, view: BaselineView, ts: number): number | undefined {
  const { cohort, agent } = view;
  if (!cohort || cfg.cohort_at_work_share >= 1) return undefined;
  const self = cohort.isMember(agent.agentId);
  const peers = cohort.members - (self ? 1 : 0);
  const needed = Math.max(cfg.cohort_at_work_min, Math.ceil(cfg.cohort_at_work_share * peers));
  if (peers < needed) return undefined;
  const hour = Math.floor(ts / HOUR_MS);
  // The agent itself is counted in the hour of its latest event (once a member); in the hour before
  // too, perhaps, when its latest event is in this one: taken out wherever it may be.
  const last = Math.floor(agent.lastTs / HOUR_MS);
  const inThis = self && last === hour ? 1 : 0;
  const inBefore = self && (last === hour - 1 || last === hour) ? 1 : 0;
  const others = Math.max(cohort.activeMembers(hour) - inThis, cohort.activeMembers(hour - 1) - inBefore);
  return others >= needed ? others : undefined;
}

/**
 * The smoothed share of the cohort peers' learned activity (the agent's own taken out) in hour of
 * week `how`, or undefined without `cohort_min_peers` established peers.
 */
function cohortHourShare(cfg: Config, view: BaselineView, how: number): number | undefined {
  const { cohort, agent } = view;
  if (!cohort) return undefined;
  if (cohort.members - (cohort.isMember(agent.agentId) ? 1 : 0) < cfg.cohort_min_peers) return undefined;
  return peersHourShare(cohort, agent, how, cfg.neighbour_weight);
}

/**
 * The smoothed share of a cohort's learned activity in hour of week `how`, the agent's own profile
 * taken out when it is a member (each bin at least 0: shared totals may lag the agent's live counts);
 * undefined when nothing is left.
 */
function peersHourShare(
  cohort: NonNullable<BaselineView['cohort']>,
  agent: BaselineView['agent'],
  how: number,
  w: number,
): number | undefined {
  const self = cohort.isMember(agent.agentId);
  const total = cohort.hourTotal - (self ? agent.hourTotal() : 0);
  if (total <= 0) return undefined;
  const at = (h: number) => {
    const bin = ((h % 168) + 168) % 168;
    return Math.max(0, cohort.hourCount(bin) - (self ? agent.hourCount(bin) : 0));
  };
  return (at(how) + w * (at(how - 1) + at(how + 1))) / (total * (1 + 2 * w));
}

/**
 * A thin profile (a low-volume agent: too few events for shares to mean anything, or still learning
 * without a calendar) still shows its working envelope: the hours of day and weekdays it has ever
 * been active in. An action well outside both, after a few weeks of history, is off-hours too; the
 * agent's own sparse history is the prior it borrows from, with no built-in office hours.
 */
function thinProfile(
  cfg: Config,
  event: AgentEvent,
  view: BaselineView,
  how: number,
  finding: () => {
    when: string;
    burstCount: number;
    burst: boolean;
    who: string;
    key: string;
    category: string;
  },
  offNow: OffHoursNow,
): Finding[] {
  const { agent } = view;
  const total = agent.hourTotal();
  const sparse = total < cfg.thin_profile_min_events;
  // A sparse profile's history is the time since its first event: a monthly job's one run, weeks ago.
  const span = sparse ? Math.floor((event.ts - agent.firstTs) / DAY_MS) + 1 : agent.spanDays();
  if (total < cfg.sparse_profile_min_events || span < cfg.thin_profile_min_span_days) return [];
  const hourOfDay = how % 24;
  const weekday = Math.floor(how / 24);
  let nearHour = 0;
  let sameDay = 0;
  for (let d = 0; d < 7; d += 1) {
    for (let dh = -cfg.thin_profile_envelope_hours; dh <= cfg.thin_profile_envelope_hours; dh += 1)
      nearHour += agent.hourCount((((d * 24 + hourOfDay + dh) % 168) + 168) % 168);
  }
  for (let h = weekday * 24; h < weekday * 24 + 24; h += 1) sameDay += agent.hourCount(h);
  // Outside the hours it keeps, or on a weekday it has never worked in weeks of history.
  if (nearHour > 0 && (sameDay > 0 || agent.spanDays() < cfg.weekday_min_span_days)) return [];
  // A sparse profile (a monthly job's one run) says little about weekdays or evenings; it is judged
  // only far from every hour it kept, in an hour its organisation does not work: it borrows the
  // organisation's hours for what its own history cannot show.
  const fleetShare = sparse ? fleetWorkingShare(cfg, view, how) : undefined;
  if (sparse && (nearHour > 0 || fleetShare === undefined || fleetShare >= cfg.fleet_idle_share)) return [];
  const organisationOff = organisationOffHours(cfg, offNow, event);
  // An evening or an early start on a day it works: see `near_working_hours`.
  const sensitive = isSensitive(event);
  const near = sameDay > 0 && hoursFromWorkingDay(view, hourOfDay) <= cfg.near_working_hours;
  if (near && !sensitive) return [];
  // A handful of events cannot say that an hour the organisation works is unusual for this agent:
  // its organisation's hours are the prior (a low-volume agent that first pays at 10:00 on a
  // Tuesday), sensitive actions included, since off-hours are the hours nobody works. Its role's
  // hours vouch as in `evaluate`: a few peers may work a night (a nightly job), so they pass a routine
  // action and lower a sensitive one, never hide it.
  if (fleetWorksHour(cfg, view, how)) return [];
  const peerShare = cohortHourShare(cfg, view, how);
  const atWork = cohortAtWork(cfg, view, event.ts);
  if ((atWork !== undefined || organisationOff !== undefined) && roleWork(event)) return [];
  const peersShare = peerShare !== undefined && peerShare >= cfg.min_share;
  if (peersShare && !sensitive) return [];
  const peersWork = peersShare || atWork !== undefined || organisationOff !== undefined;
  // Only the weekday is off (see `evaluate`).
  const dayOnly = nearHour > 0;
  if (dayOnly && !sensitive && workedWeekdays(view, 0) >= DAYS_WITHOUT_RHYTHM) return [];
  const { when, burstCount, burst, who, key, category } = finding();
  const several = burstCount >= cfg.thin_profile_burst_events;
  const raw = score(event, 40, burst, several) - (peersWork ? 15 : 0);
  const s = clampScore(dayOnly ? Math.min(raw - 15, 69) : near ? Math.min(raw - 10, 69) : raw);
  const since = new Date(agent.firstTs).toISOString().slice(0, 10);
  const why =
    nearHour === 0
      ? `none of its ${Math.round(total)} events since ${since} fell within ${cfg.thin_profile_envelope_hours} hours of this hour of day`
      : `none of its ${Math.round(total)} events since ${since} fell on this weekday`;
  return [
    {
      reason: 'hour_rarely_active',
      key,
      severity: severityFromScore(s),
      score: s,
      title: `${who} active at an unusual hour: ${when}${several ? ` (${burstCount} events in the hour)` : ''}`,
      description: `${who} called ${event.action.api} on ${when}: ${why} (a low-volume agent: its own sparse profile is the baseline${fleetShare !== undefined ? `, with its organisation's hours: ${pct(fleetShare)} of the fleet's agents work this hour` : ''}).${several ? ` ${burstCount} events so far in this hour.` : ''}${peersShare || atWork !== undefined ? ` Its cohort peers work this hour: lowered, not hidden, for a ${category} action.` : organisationOff !== undefined ? ` Agents of ${organisationOff} other owners acted off their own hours this hour too: lowered, not hidden, for a ${category} action.` : ''} Category ${category}.`,
      evidence: {
        hour_of_week: when,
        events_in_profile: Math.round(total),
        events_near_this_hour_of_day: Math.round(nearHour),
        events_on_this_weekday: Math.round(sameDay),
        days_observed: agent.activeDays,
        events_this_hour: burstCount,
        thin_profile: true,
        burst,
        category,
        ...(peerShare !== undefined ? { cohort_share: Number(peerShare.toFixed(5)) } : {}),
        ...(atWork !== undefined ? { cohort_peers_at_work: atWork } : {}),
        ...(organisationOff !== undefined ? { owners_off_hours_now: organisationOff } : {}),
        ...(fleetShare !== undefined ? { fleet_working_share: Number(fleetShare.toFixed(3)) } : {}),
      },
      tags: ['attack.T1078'],
      quarantine: ['hour'],
    },
  ];
}

export const offHoursAccess = defineDetector({
  id: 'off-hours-access',
  version: 3,
  title: 'An established agent acts in an hour of the week where it (almost) never works',
  maturity: 'stable',
  reasons: {
    hour_rarely_active:
      'An established agent acted in an hour of the week where its learned profile has (almost) no activity.',
    outside_business_hours:
      'An agent too young for a profile acted outside the business calendar declared for it, its owner or its team.',
  },
  config,
  // A stretch of unusual hours is one alert (a night's session, a Saturday morning), not one per hour.
  dedupWindowMinutes: 8 * 60,
  // A lone routine action at an odd hour is low: kept under review, not raised (see README).
  defaultMinSeverity: 'medium',
  create: ({ config: cfg }) => {
    const offNow = new OffHoursNow();
    return { evaluate: (event, view) => evaluate(cfg, event, view, offNow) };
  },
  cases,
});
