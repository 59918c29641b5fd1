import type { AgentEventInput } from '../../schemas/event.js';
import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, buildHistory, caseTime } from '../../src/detection/case-builder.js';

const APIS = ['tickets.list', 'tickets.get', 'tickets.comment'];
// Three weeks of Monday-Friday, 09:00-17:00 UTC, 12 events a day.
const office = buildHistory({ days: 21, perDay: 12, apis: APIS, weekdaysOnly: true });
// A low-volume agent: three events a weekday between 10:00 and 13:00 for four weeks (60 events).
const lowVolume = buildHistory({ days: 28, perDay: 3, apis: APIS, weekdaysOnly: true, hours: [10, 13] });
const roundTheClock = buildHistory({ days: 14, perDay: 24, apis: APIS, hours: [0, 24] });

// Two peers of the same role (name prefix) working round the clock, an on-call rota's nights
// included, beside the office-hours agent: the role works at night even if this agent never did.
const peer = (n: number) =>
  buildHistory({ days: 21, perDay: 24, apis: APIS, hours: [0, 24] }).map((e) => ({
    ...e,
    event_id: `p${n}-${e.event_id}`,
    ts: Number(e.ts) + n * 1_000,
    agent: { ...CASE_AGENT, id: `agent-case-peer-${n}`, name: `${CASE_AGENT.name}-${n + 1}` },
  }));
const officeWithNightPeers = [...office, ...peer(1), ...peer(2)].sort((a, b) => Number(a.ts) - Number(b.ts));

// A nightly job (00:00-05:00 every day) beside ten office-hours agents of another role: the
// organisation works weekdays 09:00-17:00, whatever this agent's own hours.
const nightly = buildHistory({ days: 21, perDay: 10, apis: APIS, hours: [0, 5] });
const officeFleet = Array.from({ length: 10 }, (_, n) =>
  office.map((e) => ({
    ...e,
    event_id: `o${n}-${e.event_id}`,
    ts: Number(e.ts) + (n + 1) * 1_000,
    agent: { ...CASE_AGENT, id: `desk-${n}`, name: `desk-${n + 1}` },
  })),
).flat();
const nightlyInOfficeFleet = [...nightly, ...officeFleet].sort((a, b) => Number(a.ts) - Number(b.ts));
// The office agent beside the same ten desks and one busy nightly loader (200 events a night): the
// loader's events outnumber the desks', but the organisation still does not work at night.
const loader = buildHistory({ days: 21, perDay: 200, apis: APIS, hours: [0, 5] }).map((e) => ({
  ...e,
  event_id: `l-${e.event_id}`,
  ts: Number(e.ts) + 500,
  agent: { ...CASE_AGENT, id: 'loader-1', name: 'loader-1' },
}));
const officeBesideLoader = [...office, ...officeFleet, ...loader].sort((a, b) => Number(a.ts) - Number(b.ts));
// The low-volume agent beside two round-the-clock peers of its role.
const lowVolumeWithNightPeers = [...lowVolume, ...peer(1), ...peer(2)].sort(
  (a, b) => Number(a.ts) - Number(b.ts),
);
// The low-volume agent beside the ten office desks: the organisation works weekdays 09:00-17:00.
const lowVolumeInOfficeFleet = [...lowVolume, ...officeFleet].sort((a, b) => Number(a.ts) - Number(b.ts));

// A monthly job: one run of six reads on day 2 (a Wednesday) from 10:00, too few for a thin profile,
// alone or beside the ten office desks (the organisation works weekdays 09:00-17:00).
const monthlyRun = Array.from({ length: 6 }, (_, i) => ({
  event_id: `run-${i}`,
  ts: caseTime(2, 10, i * 4),
  agent: { ...CASE_AGENT },
  action: { api: 'returns.datasets.get', category: 'read' as const },
  resource: { id: `dataset-${i}`, sensitivity: 'confidential' as const },
}));
const monthlyInOfficeFleet = [...monthlyRun, ...officeFleet].sort((a, b) => Number(a.ts) - Number(b.ts));
/** The monthly job's read of a restricted register: `day` 20 is a Sunday. */
const registerRead = (day: number, hour: number, minute = 0) => ({
  ...at(day, hour, minute, 'returns.datasets.get'),
  event_id: `register-${day}-${hour}`,
  action: { api: 'returns.datasets.get', category: 'read' as const },
  resource: { id: 'client-register-full', sensitivity: 'restricted' as const },
});

// Every day but Wednesdays (day % 7 === 2) for five weeks; day 37 is a Wednesday.
const sixDays = buildHistory({ days: 35, perDay: 12, apis: APIS }).filter(
  (e) => Math.floor((Number(e.ts) - caseTime(0, 0)) / 86_400_000) % 7 !== 2,
);

const at = (day: number, hour: number, minute = 0, api = 'tickets.get') => ({
  event_id: `e-${day}-${hour}-${minute}`,
  ts: caseTime(day, hour, minute),
  agent: { ...CASE_AGENT },
  action: { api },
});

/** A mail with confidential content, the `i`th of an hour. */
const confidentialSend = (day: number, hour: number, i: number) => ({
  ...at(day, hour, i),
  event_id: `send-${day}-${hour}-${i}`,
  action: { api: 'mail.send', category: 'send' as const },
  resource: { id: `report-${i}`, sensitivity: 'confidential' as const },
});

/** A confidential report posted to the team channel, the `i`th of an hour: a message that stays inside. */
const teamPost = (day: number, hour: number, i: number) => ({
  ...at(day, hour, i),
  event_id: `post-${day}-${hour}-${i}`,
  action: { api: 'chat.post', category: 'send' as const, parameters: { channel: 'team-reports' } },
  resource: { id: `report-${i}`, sensitivity: 'confidential' as const },
});

/** A payment from a restricted account: a sensitive action, so never silenced by the hour alone. */
const restrictedPayment = (day: number, hour: number, minute = 0) => ({
  ...at(day, hour, minute),
  action: { api: 'payments.transfers.create', category: 'payment' as const },
  resource: { id: 'acct/ops', sensitivity: 'restricted' as const },
});

// Five weeks of office hours (weekdays 09:00-17:00) for the agent and four peers of its role, all four
// at work on Saturday morning (day 40) from 09:00: an outage's catch-up, in nobody's profile.
const fiveWeeks = buildHistory({ days: 35, perDay: 12, apis: APIS, weekdaysOnly: true });
const asPeer = (n: number) => ({
  ...CASE_AGENT,
  id: `agent-case-peer-${n}`,
  name: `${CASE_AGENT.name}-${n + 1}`,
});
const officePeers = [1, 2, 3, 4].flatMap((n) =>
  fiveWeeks.map((e) => ({
    ...e,
    event_id: `w${n}-${e.event_id}`,
    ts: Number(e.ts) + n * 1_000,
    agent: asPeer(n),
  })),
);
const saturdayPush = [1, 2, 3, 4].flatMap((n) =>
  [0, 10, 20].map((minute) => ({
    ...at(40, 9, minute + n),
    event_id: `sat-${n}-${minute}`,
    agent: asPeer(n),
  })),
);
const byTime = (events: readonly AgentEventInput[]) =>
  [...events].sort((a, b) => Number(a.ts) - Number(b.ts));
const roleAtWorkOnSaturday = byTime([...fiveWeeks, ...officePeers, ...saturdayPush]);
// The four peers at work at 02:00 that Saturday (an incident's night).
const roleAtWorkAtNight = byTime([
  ...fiveWeeks,
  ...officePeers,
  ...saturdayPush.map((e) => ({ ...e, event_id: `n-${e.event_id}`, ts: Number(e.ts) - 7 * 3_600_000 })),
]);
const roleOffOnSaturday = byTime([...fiveWeeks, ...officePeers]);
// Two peers and the agent itself at work on that Saturday morning: two of four peers, under the three
// the role needs.
const twoPeersAndSelf = byTime([
  ...fiveWeeks,
  ...officePeers,
  ...saturdayPush.filter((e) => e.agent.id.endsWith('-1') || e.agent.id.endsWith('-2')),
  { ...at(40, 9, 5), event_id: 'sat-self' },
]);

// Three agents of other roles and other owners, office hours too, all acting off their hours that
// Saturday morning: the organisation working a weekend (a storm, an election), not one role.
const otherRoles = ['payroll-helper', 'ledger-sync', 'intake-bot'];
const otherRole = (n: number, owner: string) => ({
  id: `agent-other-${n}`,
  name: otherRoles[n] ?? `other-${n}`,
  type: 'organizational' as const,
  owner,
});
const otherRolesOffice = (owners: readonly string[]) =>
  [0, 1, 2].flatMap((n) =>
    fiveWeeks.map((e) => ({
      ...e,
      event_id: `o${n}-${e.event_id}`,
      ts: Number(e.ts) + (n + 5) * 1_000,
      agent: otherRole(n, owners[n] ?? 'x@example.com'),
    })),
  );
const otherRolesSaturday = (owners: readonly string[]) =>
  [0, 1, 2].map((n) => ({
    ...at(40, 9, 5 + n),
    event_id: `o-sat-${n}`,
    agent: otherRole(n, owners[n] ?? 'x@example.com'),
  }));
const threeOwners = ['bea@example.com', 'carl@example.com', 'dina@example.com'];
const oneOwner = ['mallory@example.com', 'mallory@example.com', 'mallory@example.com'];
const organisationOffOnSaturday = byTime([
  ...fiveWeeks,
  ...otherRolesOffice(threeOwners),
  ...otherRolesSaturday(threeOwners),
]);
const vendorBots = (events: readonly AgentEventInput[]) =>
  events.map((e) =>
    e.agent.id.startsWith('agent-other-') ? { ...e, agent: { ...e.agent, type: 'third_party' as const } } : e,
  );
const vendorBotsOffOnSaturday = byTime(
  vendorBots([...fiveWeeks, ...otherRolesOffice(threeOwners), ...otherRolesSaturday(threeOwners)]),
);
const oneOwnerOffOnSaturday = byTime([
  ...fiveWeeks,
  ...otherRolesOffice(oneOwner),
  ...otherRolesSaturday(oneOwner),
]);

// Five weeks of office hours (12 events a weekday) and one reminder every Sunday at 10:00: light
// Sundays, 5 of 305 events (1.6%), but worked.
const lightSundays = byTime([
  ...fiveWeeks,
  ...Array.from({ length: 5 }, (_, week) => ({
    ...at(6 + 7 * week, 10, 15),
    event_id: `sun-${week}`,
    action: { api: 'reminders.send', category: 'send' as const },
  })),
]);

// Five weeks of office hours at five events a weekday and two reads on the first Saturday: 2 of 127
// events, over the share but no Saturday routine.
const twoSaturdayReads = byTime([
  ...buildHistory({ days: 35, perDay: 5, apis: APIS, weekdaysOnly: true }),
  { ...at(5, 10, 5), event_id: 'first-sat-1' },
  { ...at(5, 10, 35), event_id: 'first-sat-2' },
]);

export const cases: DetectorCase[] = [
  {
    name: 'two reads on one Saturday make no Saturday routine: a mail on a later Saturday alerts',
    history: twoSaturdayReads,
    event: { ...confidentialSend(40, 14, 0), event_id: 'sat-40-after-two' },
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'a mail on a Sunday afternoon by an agent whose Sundays are light but worked is its routine',
    history: lightSundays,
    event: { ...confidentialSend(41, 14, 0), event_id: 'sun-41' },
    expect: null,
  },
  {
    name: 'a payment on that light Sunday alerts: a light day is worked for what can be taken back only',
    history: lightSundays,
    event: { ...restrictedPayment(41, 14), event_id: 'sun-41-pay' },
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'the same mail on a Saturday, a day it never works, alerts',
    history: lightSundays,
    event: { ...confidentialSend(40, 14, 0), event_id: 'sat-40' },
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'one post of a confidential report to the team channel on a Saturday at its usual hour, a day it never works: an errand, low, kept under review but not raised',
    history: lightSundays,
    event: { ...teamPost(40, 14, 0), event_id: 'sat-40-errand' },
    expect: { reason: 'hour_rarely_active', severity: 'low' },
  },
  {
    name: 'two such posts ten minutes apart are still an errand: low',
    history: byTime([...lightSundays, teamPost(40, 14, 0)]),
    event: { ...teamPost(40, 14, 10), event_id: 'sat-40-errand-2' },
    expect: { reason: 'hour_rarely_active', severity: 'low' },
  },
  {
    name: 'the third such post of that Saturday, in another hour, is a session: medium',
    history: byTime([...lightSundays, teamPost(40, 10, 1), teamPost(40, 12, 2)]),
    event: { ...teamPost(40, 14, 3), event_id: 'sat-40-session' },
    expect: { reason: 'hour_rarely_active', severity: 'medium' },
  },
  {
    name: 'one mail of that report to an outside address on that Saturday is no errand: medium',
    history: lightSundays,
    event: {
      ...confidentialSend(40, 14, 0),
      action: { api: 'mail.send', category: 'send' as const, parameters: { to: 'drop@elsewhere.example' } },
      event_id: 'sat-40-mail',
    },
    expect: { reason: 'hour_rarely_active', severity: 'medium' },
  },
  {
    name: 'a restricted payment on that Saturday at its usual hour is no errand: medium',
    history: lightSundays,
    event: { ...restrictedPayment(40, 14), event_id: 'sat-40-restricted-pay' },
    expect: { reason: 'hour_rarely_active', severity: 'medium' },
  },
  {
    name: "an office-hours agent's Saturday read while its role is at work (an outage's catch-up) is the role's",
    history: roleAtWorkOnSaturday,
    event: at(40, 9, 40), // day 40 = Saturday, the four peers acted from 09:00
    expect: null,
  },
  {
    name: 'the same Saturday read with the role away alerts: peers vouch by working now, not by their profiles',
    history: roleOffOnSaturday,
    event: at(40, 9, 40),
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: "a Saturday read while agents of three other owners act off their own hours too is the organisation's weekend",
    history: organisationOffOnSaturday,
    event: at(40, 9, 40),
    expect: null,
  },
  {
    name: "the same read beside three agents of one other owner alerts: one person's agents vouch for nobody",
    history: oneOwnerOffOnSaturday,
    event: at(40, 9, 40),
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: "the same read beside three vendors' third-party bots alerts: the organisation is its owners, not its vendors",
    history: vendorBotsOffOnSaturday,
    event: at(40, 9, 40),
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'a payment that Saturday while the organisation is off its hours is lowered, never hidden',
    history: organisationOffOnSaturday,
    event: restrictedPayment(40, 9, 40),
    expect: { reason: 'hour_rarely_active', severity: 'medium' },
  },
  {
    name: 'a payment at 02:40 while the role is at work that night is lowered, never hidden',
    history: roleAtWorkAtNight,
    event: restrictedPayment(40, 2, 40),
    expect: { reason: 'hour_rarely_active', severity: 'medium' },
  },
  {
    name: 'the same payment with the role away is high',
    history: roleOffOnSaturday,
    event: restrictedPayment(40, 2, 40),
    expect: { reason: 'hour_rarely_active', severity: 'high' },
  },
  {
    name: 'a bulk export while the role is at work is lowered, never hidden',
    history: roleAtWorkOnSaturday,
    event: at(40, 9, 40, 'tickets.export'),
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: "the agent's own Saturday work beside two peers is not its role at work",
    history: twoPeersAndSelf,
    event: at(40, 9, 40),
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'an office-hours agent reading at night, in an hour its cohort peers work, is the role',
    history: officeWithNightPeers,
    event: at(22, 3), // day 22 = Tuesday
    expect: null,
  },
  {
    name: 'a sensitive action at night is lowered by the peers who work that hour, never hidden',
    history: officeWithNightPeers,
    event: { ...at(22, 3, 5, 'iam.users.delete'), resource: { id: 'u-1', sensitivity: 'restricted' } },
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'a low-volume office-hours agent at 03:00 on a Saturday (thin profile: its own envelope)',
    history: lowVolume,
    event: at(33, 3), // day 33 = Saturday
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'a low-volume agent ten days old at 03:00 on a weekday (a week of hours is its envelope)',
    history: buildHistory({ days: 10, perDay: 3, apis: APIS, hours: [10, 13] }),
    event: at(10, 3), // day 10 = Thursday, a weekday it has worked
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'a low-volume agent inside the hours it keeps is normal',
    history: lowVolume,
    event: at(29, 11),
    expect: null,
  },
  {
    name: 'a night burst of confidential mail is high at most: the hour alone never makes a send critical',
    history: [...office, ...Array.from({ length: 9 }, (_, i) => confidentialSend(27, 3, i))].sort(
      (a, b) => Number(a.ts) - Number(b.ts),
    ),
    event: confidentialSend(27, 3, 9), // day 27 = Sunday; the tenth send in the hour is a burst
    expect: { reason: 'hour_rarely_active', severity: 'high' },
  },
  {
    name: 'office-hours agent active on Sunday 03:00',
    history: office,
    event: at(27, 3), // day 27 = Sunday
    expect: { reason: 'hour_rarely_active', severity: 'low' },
  },
  {
    name: 'the same hour given by line order (a conversation replayed without its time) is not judged',
    history: office,
    event: { ...at(27, 3), attributes: { 'transcript.time': 'line_order' } },
    expect: null,
  },
  {
    name: 'a sensitive action at night on a weekday is more severe',
    history: office,
    event: {
      ...at(22, 2),
      action: { api: 'iam.users.delete', category: 'identity' },
      resource: { id: 'user/cfo', sensitivity: 'restricted' },
    },
    expect: { reason: 'hour_rarely_active', severity: 'high' },
  },
  {
    name: 'a restricted payment on a Saturday at the usual hour: only the day is off, at most medium',
    history: buildHistory({ days: 35, perDay: 12, apis: APIS, weekdaysOnly: true }),
    event: restrictedPayment(40, 11), // day 40 = Saturday
    expect: { reason: 'hour_rarely_active', severity: 'medium' },
  },
  {
    name: 'an agent that works six days of seven, on the one weekday it has not worked yet, at its usual hour, keeps no weekly rhythm to break',
    history: sixDays,
    event: at(37, 11),
    expect: null,
  },
  {
    name: 'the same day and hour for a restricted payment: only the day is off, at most medium',
    history: sixDays,
    event: restrictedPayment(37, 11),
    expect: { reason: 'hour_rarely_active', severity: 'medium' },
  },
  {
    name: "a low-volume agent's restricted payment at 16:00 on a Tuesday, in the organisation's working hours: a thin profile cannot call that off",
    history: lowVolumeInOfficeFleet,
    event: restrictedPayment(22, 16), // day 22 = Tuesday; its own envelope ends at 14:00
    expect: null,
  },
  {
    name: "a low-volume agent's restricted payment at 03:00 on a Saturday, in an hour its peers work, is lowered, never hidden",
    history: lowVolumeWithNightPeers,
    event: restrictedPayment(26, 3),
    expect: { reason: 'hour_rarely_active', severity: 'medium' },
  },
  {
    name: "a low-volume agent's read at that hour is its role's",
    history: lowVolumeWithNightPeers,
    event: at(26, 3),
    expect: null,
  },
  {
    name: 'the same payment at 03:00 on a Saturday, when nobody works, is off-hours',
    history: lowVolumeInOfficeFleet,
    event: restrictedPayment(26, 3), // day 26 = Saturday
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: "a monthly job with one run of six events, reading a restricted register at 02:40 on a Sunday nobody works, borrows its organisation's hours",
    history: monthlyInOfficeFleet,
    event: registerRead(20, 2, 40),
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'the same read by the monthly job in a fleet of its own raises nothing: six events show no hours',
    history: monthlyRun,
    event: registerRead(20, 2, 40),
    expect: null,
  },
  {
    name: 'the same read at 15:00 on a Tuesday, while the organisation works, raises nothing',
    history: monthlyInOfficeFleet,
    event: registerRead(22, 15),
    expect: null,
  },
  {
    name: "the monthly job's next run at its own hour, on a Saturday, raises nothing: a sparse profile shows no weekdays",
    history: monthlyInOfficeFleet,
    event: registerRead(33, 10, 5),
    expect: null,
  },
  {
    name: "a nightly job run in the organisation's busiest weekday hour is not off-hours",
    history: nightlyInOfficeFleet,
    event: at(22, 11),
    expect: null,
  },
  {
    name: "a restricted payment by the nightly job in the organisation's busiest hour is lowered, never hidden",
    history: nightlyInOfficeFleet,
    event: restrictedPayment(22, 11),
    expect: { reason: 'hour_rarely_active', severity: 'medium' },
  },
  {
    name: "an office agent at 02:00 beside a busy nightly loader: the night is not the organisation's working time",
    history: officeBesideLoader,
    event: at(22, 2),
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'the same nightly job at that hour, in a fleet of its own, is',
    history: nightly,
    event: at(22, 11),
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'the nightly job on a Saturday afternoon, when the organisation does not work, is',
    history: nightlyInOfficeFleet,
    event: at(26, 14),
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'a read at 19:30 on a working day, two hours after the working day, is overtime',
    history: office,
    event: at(22, 19, 30),
    expect: null,
  },
  {
    name: 'a payment at 19:30 on a working day alerts, at most medium',
    history: office,
    event: restrictedPayment(22, 19, 30),
    expect: { reason: 'hour_rarely_active', severity: 'medium' },
  },
  {
    name: 'a one-hour overrun of the working day is not an incident',
    history: office,
    event: at(22, 17, 30),
    expect: null,
  },
  {
    name: 'a weekday at 11:00 is normal',
    history: office,
    event: at(22, 11),
    expect: null,
  },
  {
    name: 'a round-the-clock agent has no off hours',
    history: roundTheClock,
    event: at(20, 3),
    expect: null,
  },
  {
    name: "a young agent outside its owner's business calendar",
    history: office.slice(0, 20),
    event: at(6, 2), // Sunday 02:00
    globalConfig: { calendars: [{ name: 'support EU', owners: [CASE_AGENT.owner], timezone: 'UTC' }] },
    expect: { reason: 'outside_business_hours' },
  },
  {
    name: 'a young agent without a calendar raises nothing',
    history: office.slice(0, 20),
    event: at(6, 2),
    expect: null,
  },
];
