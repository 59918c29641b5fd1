import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, buildHistory, caseTime } from '../../src/detection/case-builder.js';

const APIS = ['tickets.list', 'tickets.get', 'tickets.comment'];
// Three weeks of Monday-Friday, 09:00-17:00 UTC, 12 events a day.
const office = buildHistory({ days: 21, perDay: 12, apis: APIS, weekdaysOnly: true });
// A low-volume agent: three events a weekday between 10:00 and 13:00 for four weeks (60 events).
const lowVolume = buildHistory({ days: 28, perDay: 3, apis: APIS, weekdaysOnly: true, hours: [10, 13] });
const roundTheClock = buildHistory({ days: 14, perDay: 24, apis: APIS, hours: [0, 24] });

const at = (day: number, hour: number, minute = 0, api = 'tickets.get') => ({
  event_id: `e-${day}-${hour}-${minute}`,
  ts: caseTime(day, hour, minute),
  agent: { ...CASE_AGENT },
  action: { api },
});

export const cases: DetectorCase[] = [
  {
    name: 'a low-volume office-hours agent at 03:00 on a Saturday (thin profile: its own envelope)',
    history: lowVolume,
    event: at(33, 3), // day 33 = Saturday
    expect: { reason: 'hour_rarely_active' },
  },
  {
    name: 'a low-volume agent inside the hours it keeps is normal',
    history: lowVolume,
    event: at(29, 11),
    expect: null,
  },
  {
    name: 'office-hours agent active on Sunday 03:00',
    history: office,
    event: at(27, 3), // day 27 = Sunday
    expect: { reason: 'hour_rarely_active', severity: 'low' },
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
