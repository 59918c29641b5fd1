import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, buildHistory, caseTime } from '../../src/detection/case-builder.js';

const ROUTINE = ['invoices.list', 'invoices.get', 'customers.get', 'pdf.render'];
const history = buildHistory({ days: 21, perDay: 8, apis: ROUTINE, weekdaysOnly: true });

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
