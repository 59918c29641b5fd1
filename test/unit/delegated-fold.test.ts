import { describe, expect, it } from 'vitest';
import { eventSchema, type AgentEventInput } from '../../schemas/event.js';
import { configSchema } from '../../schemas/config.js';
import { detectAndLearn } from '../../src/detection/case-runner.js';
import { CASE_AGENT, CASE_REGISTRATION, buildHistory, caseTime } from '../../src/detection/case-builder.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { applyIdentityRecord, parseIdentityRecord } from '../../src/registry/identity-records.js';

/*
 * delegated-authority asks the directory one question per agent, not one per person: what an agent
 * does for people without the right is one alert per agent, a sensitive action too (still
 * high), each person it adds to a sensitive action's alert news, sent at once.
 */

const desk = ['d1', 'd2', 'd3', 'd4'].map((n) => `${n}@example.com`);
const directory = [
  { id: 'u1@example.com', groups: ['finance'] },
  ...desk.map((id) => ({ id, groups: ['desk'] })),
  { kind: 'group', id: 'finance', scopes: ['invoices'] },
  { id: 'x1@example.com', groups: ['desk', 'audit'] },
  { kind: 'group', id: 'desk', scopes: ['tickets'] },
  { kind: 'group', id: 'audit', scopes: ['ledger.read'] },
  // Shipments are someone's right: the desk lacks one the directory does grant.
  { id: 'shipper@example.com', groups: ['logistics'] },
  { kind: 'group', id: 'logistics', scopes: ['shipments'] },
];

/**
 * The user_not_entitled alerts sent for four lookups for the desk, then one for an auditor of the
 * desk (or, with `oneUser`, five calls of `shipments.<n>` for the first desk member). `beyondGrant`:
 * the agent is registered with grants that do not cover the lookups either, and access-drift is on,
 * so no lookup is clean.
 */
function alertIds(
  category: 'read' | 'payment',
  beyondGrant = false,
  oneUser: boolean | 'send-first' = false,
): { id: string; severity: string; events: string[] }[] {
  const config = configSchema.parse({
    detectors: Object.fromEntries(
      [
        'never-seen-api',
        'off-hours-access',
        'intent-mismatch',
        'call-rate-spike',
        'access-drift',
        'credential-hygiene',
      ]
        .filter((id) => !(beyondGrant && id === 'access-drift'))
        .map((id) => [id, { enabled: false }]),
    ),
  });
  const detection = createDetection(config, {
    metrics: createMetrics({ defaultMetrics: false }),
    logger: silentLogger(),
    persistence: undefined,
  });
  for (const record of directory) {
    const parsed = parseIdentityRecord('directory', JSON.stringify(record));
    if (!parsed.ok) throw new Error(parsed.error);
    applyIdentityRecord(detection.identity, parsed);
  }
  if (beyondGrant) {
    const parsed = parseIdentityRecord('registry', JSON.stringify(CASE_REGISTRATION));
    if (!parsed.ok) throw new Error(parsed.error);
    applyIdentityRecord(detection.identity, parsed);
  }
  let flagged = 0;
  const history = buildHistory({ days: 14, perDay: 6, apis: ['invoices.list'] }).map((e) => ({
    ...e,
    action: { api: 'invoices.list', service: 'invoices' },
    on_behalf_of: { id: 'u1@example.com', type: 'user' as const },
  }));
  const people = oneUser ? Array.from({ length: 5 }, () => desk[0] ?? '') : [...desk, 'x1@example.com'];
  const lookups: AgentEventInput[] = people.map((user, i) => ({
    event_id: `e-${i}`,
    ts: caseTime(15, 10, i),
    agent: { ...CASE_AGENT },
    on_behalf_of: { id: user, type: 'user' },
    action: {
      api: oneUser ? `shipments.${i}` : 'shipments.track',
      service: 'shipments',
      category: oneUser === 'send-first' && i < 2 ? ('send' as const) : category,
    },
  }));
  const ids: { id: string; severity: string; events: string[] }[] = [];
  for (const input of [...history, ...lookups]) {
    const { alerts } = detectAndLearn(detection, eventSchema.parse(input));
    if (alerts.some((alert) => alert.reason === 'beyond_grant')) flagged += 1;
    for (const alert of alerts)
      if (alert.reason === 'user_not_entitled')
        ids.push({ id: alert.alert_id, severity: alert.severity, events: alert.event_ids });
  }
  if (beyondGrant && flagged === 0) throw new Error('access-drift must question the lookups');
  return ids;
}

describe('delegated-authority: one question per agent', () => {
  it('folds a low-risk action done for several people without the right into one alert', () => {
    const ids = alertIds('read');
    // Not practice yet (all in one sitting): each person is news, sent at once, in the one alert.
    expect(ids.map((a) => a.events.length)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(ids.map((a) => a.id)).size).toBe(1);
  });

  it('folds it too when every lookup is questioned by another detector: still one question', () => {
    const ids = alertIds('read', true);
    expect(new Set(ids.map((a) => a.id)).size).toBe(1);
    expect(ids.every((a) => a.severity === 'high')).toBe(true);
  });

  it("folds a sensitive action into the agent's alert too, each person sent at once, still high", () => {
    const ids = alertIds('payment');
    // d1 opens the agent's alert; d2, d3, d4 and x1 (of other groups) are sent at once as its updates.
    expect(ids.map((a) => a.events)).toEqual([
      ['e-0'],
      ['e-0', 'e-1'],
      ['e-0', 'e-1', 'e-2'],
      ['e-0', 'e-1', 'e-2', 'e-3'],
      ['e-0', 'e-1', 'e-2', 'e-3', 'e-4'],
    ]);
    expect(new Set(ids.map((a) => a.id)).size).toBe(1);
    expect(ids.every((a) => a.severity === 'high')).toBe(true);
  });

  it("folds one person's sensitive calls of five APIs into one alert: the person is news once", () => {
    const ids = alertIds('payment', false, true);
    expect(ids.map((a) => a.events)).toEqual([['e-0']]);
  });

  it("sends at once a payment for a person the agent's alert covered only by mails", () => {
    const ids = alertIds('payment', false, 'send-first');
    expect(ids.map((a) => a.events)).toEqual([['e-0'], ['e-0', 'e-1', 'e-2']]);
    expect(new Set(ids.map((a) => a.id)).size).toBe(1);
  });
});
