import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, buildHistory, caseTime } from '../../src/detection/case-builder.js';

const ROUTINE = ['invoices.list', 'invoices.get', 'customers.get', 'pdf.render'];
const history = buildHistory({ days: 21, perDay: 8, apis: ROUTINE, weekdaysOnly: true });

/** Three weeks of a support bot whose change requests lead to booking reads and updates. */
const CHANGE = { intent: { description: 'Please change my booking to a later flight' } };
const desk = buildHistory({
  days: 21,
  perDay: 6,
  apis: ['bookings.get', 'bookings.update'],
  weekdaysOnly: true,
  base: CHANGE,
});

export const cases: DetectorCase[] = [
  {
    name: 'established agent deletes a bucket it never touched',
    history,
    event: {
      event_id: 'e-delete',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 's3:DeleteBucket', service: 'aws-s3', category: 'delete' },
      resource: { id: 'finance-archive', sensitivity: 'restricted' },
    },
    expect: { reason: 'api_first_seen', severity: 'critical' },
  },
  {
    name: 'a never-seen read of confidential data is reported, at low severity',
    history,
    event: {
      event_id: 'e-read',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'customers.list', category: 'read' },
      resource: { id: 'crm:customers', sensitivity: 'confidential' },
    },
    expect: { reason: 'api_first_seen', severity: 'low' },
  },
  {
    name: 'a never-seen read of internal data is below the default minimum score',
    history,
    event: {
      event_id: 'e-read-internal',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'customers.list', category: 'read' },
      resource: { id: 'crm:customers', sensitivity: 'internal' },
    },
    expect: null,
  },
  {
    name: 'an API from the history raises nothing',
    history,
    event: {
      event_id: 'e-known',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'invoices.get' },
    },
    expect: null,
  },
  {
    name: 'an agent still in its learning period raises nothing',
    history: history.slice(0, 10),
    event: {
      event_id: 'e-young',
      ts: caseTime(2, 10),
      agent: { ...CASE_AGENT },
      action: { api: 's3:DeleteBucket', category: 'delete' },
    },
    expect: null,
  },
  {
    name: 'a new tool for a kind of job the agent does (a write for a change request, like its other writes) raises nothing',
    history: desk,
    event: {
      event_id: 'e-new-tool',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'bookings.baggage.update', parameters: { booking: 'ABC123', bags: 2 } },
      ...CHANGE,
    },
    expect: null,
  },
  {
    name: 'the same new write for a kind of request that never led to a write is reported',
    history: desk,
    event: {
      event_id: 'e-new-tool-other-kind',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'bookings.baggage.update', parameters: { booking: 'ABC123', bags: 2 } },
      intent: { description: 'What is the baggage allowance on my booking?' },
    },
    expect: { reason: 'api_first_seen', severity: 'medium' },
  },
  {
    name: 'a new write on a thing the agent never wrote for such requests is reported (a key added for a booking request)',
    history: desk,
    event: {
      event_id: 'e-new-key',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'add_ssh_key', parameters: { title: 'laptop' } },
      ...CHANGE,
    },
    expect: { reason: 'api_first_seen', severity: 'medium' },
  },
  {
    name: 'a new write that names an address is reported, whatever the request led to before',
    history: desk,
    event: {
      event_id: 'e-new-contact',
      ts: caseTime(22, 10),
      agent: { ...CASE_AGENT },
      action: {
        api: 'customers.update',
        parameters: { customer: 'tomas.costa', email: 'acct-recovery@mail.example.net' },
      },
      ...CHANGE,
    },
    expect: { reason: 'api_first_seen', severity: 'medium' },
  },
  {
    name: 'an API unused for longer than forget_after is new again',
    history: [
      ...buildHistory({ days: 14, perDay: 6, apis: ['legacy.export', ...ROUTINE] }),
      ...buildHistory({ days: 100, perDay: 4, apis: ROUTINE }).filter((e) => Number(e.ts) > caseTime(14, 0)),
    ],
    event: {
      event_id: 'e-forgotten',
      ts: caseTime(101, 10),
      agent: { ...CASE_AGENT },
      action: { api: 'legacy.export', category: 'read' },
    },
    expect: { reason: 'api_first_seen' },
  },
];
