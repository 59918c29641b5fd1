import type { AgentEventInput } from '../../schemas/event.js';
import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, buildHistory, caseTime } from '../../src/detection/case-builder.js';

const ROUTINE = ['invoices.list', 'invoices.get', 'customers.get', 'pdf.render'];
/** Three weeks of working days, 12 calls a day. */
const history = buildHistory({ days: 21, perDay: 12, apis: ROUTINE, weekdaysOnly: true });

/** `count` calls of `api` in the hour from `hour` on day `day`, one every 20 seconds. */
function burst(day: number, hour: number, count: number, api: string, fields: Partial<AgentEventInput> = {}) {
  return Array.from({ length: count }, (_, i): AgentEventInput => ({
    event_id: `b-${day}-${hour}-${i}`,
    ts: caseTime(day, hour) + i * 20_000,
    agent: { ...CASE_AGENT },
    action: { api },
    ...fields,
  }));
}

/** The call after a burst: the one evaluated. */
function next(day: number, hour: number, after: number, api: string, fields: Partial<AgentEventInput> = {}) {
  return {
    event_id: `e-${day}-${hour}-${after}`,
    ts: caseTime(day, hour) + after * 20_000,
    agent: { ...CASE_AGENT },
    action: { api },
    ...fields,
  } satisfies AgentEventInput;
}

/** The same three weeks, with a weekly export of 120 calls every Monday at 06:00. */
const weeklyBatch: AgentEventInput[] = [
  ...history,
  ...[0, 7, 14].flatMap((day) => burst(day, 6, 120, 'invoices.export')),
];

export const cases: DetectorCase[] = [
  {
    name: 'an established agent retries one call 80 times in an hour: a runaway loop',
    history: [...history, ...burst(22, 10, 79, 'pdf.render')],
    event: next(22, 10, 79, 'pdf.render'),
    expect: { reason: 'calls_per_hour_spike', severity: 'medium' },
  },
  {
    name: 'a loop of payments is high',
    history: [
      ...history,
      ...burst(22, 10, 99, 'payments.refund', { action: { api: 'payments.refund', category: 'payment' } }),
    ],
    event: next(22, 10, 99, 'payments.refund', { action: { api: 'payments.refund', category: 'payment' } }),
    expect: { reason: 'calls_per_hour_spike', severity: 'high' },
  },
  {
    name: 'a busy hour of a quiet agent under the floor is not a spike',
    history: [...history, ...burst(22, 10, 30, 'pdf.render')],
    event: next(22, 10, 30, 'pdf.render'),
    expect: null,
  },
  {
    name: 'the weekly batch in its own hour is what that hour holds',
    history: [...weeklyBatch, ...burst(21, 6, 119, 'invoices.export')],
    event: next(21, 6, 119, 'invoices.export'),
    expect: null,
  },
  {
    name: 'the same batch volume at another hour of the week is a spike',
    history: [...weeklyBatch, ...burst(23, 14, 119, 'invoices.export')],
    event: next(23, 14, 119, 'invoices.export'),
    expect: { reason: 'calls_per_hour_spike' },
  },
  {
    name: 'calls placed by their line in a bare log have no hour to judge',
    history: [
      ...history,
      ...burst(22, 10, 79, 'pdf.render', { attributes: { 'transcript.time': 'line_order' } }),
    ],
    event: next(22, 10, 79, 'pdf.render', { attributes: { 'transcript.time': 'line_order' } }),
    expect: null,
  },
  {
    name: 'an agent still learning has no usual volume yet',
    history: burst(0, 10, 79, 'pdf.render'),
    event: next(0, 10, 79, 'pdf.render'),
    expect: null,
  },
];
