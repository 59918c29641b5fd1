import type { DetectorCase } from '../../src/detection/detector-contract.js';
import {
  CASE_AGENT,
  CASE_DIRECTORY,
  CASE_REGISTRATION,
  CASE_START,
  buildHistory,
  caseTime,
} from '../../src/detection/case-builder.js';

const DAY_MS = 86_400_000;
const credential = { id: 'key-123', type: 'api_key' };
const registration = {
  ...CASE_REGISTRATION,
  credentials: [
    { id: 'key-123', kind: 'api_key', issued_at: CASE_START - 10 * DAY_MS, rotate_every_days: 90 },
  ],
};
const identity = { registry: [registration], directory: CASE_DIRECTORY };
const origin = { source_ip: '10.0.0.5', user_agent: 'invoice-assistant/1.4', credential };
const history = buildHistory({ days: 14, perDay: 10, apis: ['invoices.list', 'invoices.get'], base: origin });
const act = (id: string, day: number, extra: Record<string, unknown> = {}) => ({
  event_id: id,
  ts: caseTime(day, 10),
  agent: { ...CASE_AGENT },
  action: { api: 'invoices.list', service: 'invoices' },
  ...origin,
  ...extra,
});

export const cases: DetectorCase[] = [
  {
    name: 'a credential used after it expired',
    identity,
    history: [],
    event: act('e-expired', 5, { credential: { ...credential, expires_at: caseTime(2, 0) } }),
    expect: { reason: 'credential_expired', severity: 'high' },
  },
  {
    name: 'a key older than its 30-day rotation period',
    identity: {
      registry: [
        {
          ...registration,
          credentials: [{ id: 'key-123', issued_at: CASE_START - 40 * DAY_MS, rotate_every_days: 30 }],
        },
      ],
    },
    history: [],
    event: act('e-rotation', 1),
    expect: { reason: 'credential_rotation_overdue', severity: 'medium' },
  },
  {
    name: 'another agent uses the same key',
    identity,
    history: [act('e-other', 1, { agent: { ...CASE_AGENT, id: 'agent-case-2', name: 'report-bot' } })],
    event: act('e-shared', 2),
    expect: { reason: 'credential_shared', severity: 'medium' },
  },
  {
    name: 'an established agent uses its key from a new IP',
    identity,
    history,
    event: act('e-new-ip', 15, { source_ip: '203.0.113.9' }),
    expect: { reason: 'credential_new_origin', severity: 'medium' },
  },
  {
    name: 'the usual key from the usual origin',
    identity,
    history,
    event: act('e-ok', 15),
    expect: null,
  },
  {
    name: 'without a registry or directory: a past expiry on the event is no finding: expiry is posture the organisation declares',
    history: [],
    event: act('e-expired-bare', 5, { credential: { ...credential, expires_at: caseTime(2, 0) } }),
    expect: null,
  },
  {
    name: 'without a registry or directory: an established agent uses its key from a new IP',
    history,
    event: act('e-new-ip-bare', 15, { source_ip: '203.0.113.9' }),
    expect: { reason: 'credential_new_origin', severity: 'medium' },
  },
  {
    name: 'without a registry or directory: one key for two agents is no finding: who may hold a key is not declared',
    history: [act('e-other-bare', 1, { agent: { ...CASE_AGENT, id: 'agent-case-2', name: 'report-bot' } })],
    event: act('e-shared-bare', 2),
    expect: null,
  },
];
