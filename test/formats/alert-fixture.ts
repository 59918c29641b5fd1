import { alertSchema } from '../../schemas/alert.js';
import type { Alert } from '../../schemas/alert.js';

/**
 * A realistic alert as the never-seen-api detector raises it: a personal agent, on behalf of a user,
 * calling an export API for the first time, with the baseline facts behind it. Parsed through the
 * schema so the fixture cannot drift from the contract.
 */
export const ALERT: Alert = alertSchema.parse({
  alert_id: 'aw-7f3c2a9e41d08b56',
  schema_version: '1',
  detector: { id: 'never-seen-api', version: 2 },
  reason: 'api_first_seen',
  severity: 'high',
  score: 78.5,
  title:
    'Agent invoice-bot-3 (owner alice@corp.example, on behalf of bob@corp.example) called send API gmail:send for the first time',
  description:
    'Agent invoice-bot-3 (owner alice@corp.example, on behalf of bob@corp.example) called gmail:send on gmail for the first time: in 41 active days and 12,480 events it used 17 other APIs, not this one; 0 of 12 peers in cohort personal/finance use it. Category send, target sensitivity confidential.',
  first_seen: '2026-05-01T09:30:00.000Z',
  last_seen: '2026-05-01T09:42:17.123Z',
  count: 3,
  agent: {
    id: 'agent-invoice-bot-3',
    name: 'invoice-bot-3',
    type: 'personal',
    owner: 'alice@corp.example',
  },
  on_behalf_of: { id: 'bob@corp.example', type: 'user' },
  delegation_chain: ['orchestrator-1', 'agent-invoice-bot-3'],
  action: { api: 'gmail:send', service: 'gmail', category: 'send' },
  resource: { id: 'mallory@external.example', type: 'recipient', sensitivity: 'confidential' },
  intent: {
    task_id: 'task-881',
    description: 'Reconcile March invoices',
    scopes: ['sheets:read', 'drive:read'],
  },
  evidence: {
    api: 'gmail:send',
    category: 'send',
    apis_known: 17,
    days_observed: 41,
    events_observed: 12480,
    first_event: '2026-03-20T08:00:00.000Z',
    cohort: 'personal/finance',
    cohort_peers: 12,
    peers_using_api: 0,
    quarantined: false,
    sensitivity: 'confidential',
    known_apis_sample: ['sheets:read', 'drive:read', 'gmail:read'],
  },
  event_ids: ['evt-0001', 'evt-0002', 'evt-0003'],
  tags: ['attack.T1567', 'attack.t1078.004', 'attack.TA0010', 'atlas.AML.T0051', 'agentwatch.first-seen'],
});

/** A minimal alert: only the required fields, no invoker, resource, intent or tags. */
export const MINIMAL_ALERT: Alert = alertSchema.parse({
  alert_id: 'aw-min',
  schema_version: '1',
  detector: { id: 'never-seen-api', version: 1 },
  reason: 'api_first_seen',
  severity: 'informational',
  score: 5,
  title: 'minimal',
  description: 'minimal alert',
  first_seen: '2026-05-01T00:00:00Z',
  last_seen: '2026-05-01T00:00:00Z',
  count: 1,
  agent: { id: 'a1' },
  action: { api: 'noop' },
  evidence: {},
  event_ids: ['e1'],
  tags: [],
});

/** Characters that break naive renderings: every delimiter and escape of every format, and unicode. */
export const NASTY = 'a|b\\c=d"e]f\ng\rh\ti ü 東京 🚀 [x] key=val';

/** A very long string (well past common syslog and SIEM field limits). */
export const LONG = 'x'.repeat(70_000);

/** {@link ALERT} with overrides, re-validated so tests only ever feed schema-valid alerts. */
export function alertWith(overrides: Partial<Alert>): Alert {
  return alertSchema.parse({ ...ALERT, ...overrides });
}

/** {@link ALERT} with {@link NASTY} in every free-text and identifier field. */
export const NASTY_ALERT: Alert = alertWith({
  alert_id: `id-${NASTY}`,
  detector: { id: `det-${NASTY}`, version: 3 },
  reason: `reason ${NASTY}`,
  title: `title ${NASTY}`,
  description: `desc ${NASTY}`,
  agent: { id: `agent ${NASTY}`, name: `name ${NASTY}`, owner: `owner ${NASTY}` },
  on_behalf_of: { id: `user ${NASTY}`, type: 'agent' },
  action: { api: `api ${NASTY}`, service: `svc ${NASTY}`, category: 'other' },
  resource: { id: `res ${NASTY}`, type: `type ${NASTY}` },
  tags: [`tag ${NASTY}`, 'attack.T1567'],
  evidence: { [`k ${NASTY}`]: `v ${NASTY}`, list: [NASTY, 'b'] },
});
