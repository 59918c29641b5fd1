import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, CASE_REGISTRATION, CASE_START, caseTime } from '../../src/detection/case-builder.js';

const DAY_MS = 86_400_000;
const act = (id: string, day: number) => ({
  event_id: id,
  ts: caseTime(day, 10),
  agent: { ...CASE_AGENT },
  action: { api: 'invoices.list', service: 'invoices' },
});

export const cases: DetectorCase[] = [
  {
    name: 'acting 5 days after a 30-day review fell due',
    identity: {
      registry: [{ ...CASE_REGISTRATION, approved_at: CASE_START - 20 * DAY_MS, review_every_days: 30 }],
    },
    history: [],
    event: act('e-overdue', 15),
    expect: { reason: 'approval_overdue', severity: 'medium' },
  },
  {
    name: 'an approval a year old on a 30-day review cycle',
    identity: {
      registry: [{ ...CASE_REGISTRATION, approved_at: CASE_START - 365 * DAY_MS, review_every_days: 30 }],
    },
    history: [],
    event: act('e-long-overdue', 1),
    expect: { reason: 'approval_overdue', severity: 'high' },
  },
  {
    name: 'a registered agent nobody approved',
    identity: { registry: [{ ...CASE_REGISTRATION, approved_by: null, approved_at: null }] },
    history: [],
    event: act('e-never', 1),
    expect: { reason: 'never_approved', severity: 'medium' },
  },
  {
    name: 'an approval within its review period',
    identity: {
      registry: [{ ...CASE_REGISTRATION, approved_at: CASE_START - 20 * DAY_MS, review_every_days: 30 }],
    },
    history: [],
    event: act('e-current', 5),
    expect: null,
  },
];
