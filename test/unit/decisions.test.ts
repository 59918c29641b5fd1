import { describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { configSchema } from '../../schemas/config.js';
import { eventSchema, type AgentEventInput } from '../../schemas/event.js';
import { DecisionBook } from '../../src/decisions/decision-book.js';
import {
  buildDecision,
  decisionRequestSchema,
  parseTtl,
  type Decision,
} from '../../src/decisions/decision.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { agentHistory, callOn, T0 } from '../support/event-factory.js';

const DAY = 86_400_000;
const parse = (e: AgentEventInput) => eventSchema.parse(e);

/** A detection set-up on an in-memory baseline that learned `history`, with `book` in force. */
function detection(book: DecisionBook, history: readonly AgentEventInput[]) {
  const metrics = createMetrics({ defaultMetrics: false });
  const config = configSchema.parse({});
  const { registry, runner } = createDetection(config, {
    metrics,
    logger: silentLogger(),
    persistence: undefined,
    decisions: book,
  });
  for (const raw of history) {
    const event = parse(raw);
    const result = runner.process(event, registry.view(event));
    registry.learn(event, result.verdict);
  }
  return { registry, runner, metrics };
}

const history = [
  ...agentHistory({ agentId: 'alpha', days: 12, perDay: 6, apis: ['crm.read', 'mail.read'] }),
  ...agentHistory({ agentId: 'beta', days: 12, perDay: 6, apis: ['crm.read', 'mail.read'] }),
];

function alertFor(
  runner: ReturnType<typeof detection>['runner'],
  registry: ReturnType<typeof detection>['registry'],
  raw: AgentEventInput,
): Alert {
  const event = parse(raw);
  const alert = runner.check(event, registry.view(event)).alerts[0];
  if (!alert) throw new Error(`no alert for ${raw.event_id}`);
  return alert;
}

function decisionOn(
  alert: Alert,
  verdict: 'benign' | 'expected' | 'malicious',
  scope: Decision['scope'],
  ttl = '2d',
): Decision {
  return buildDecision(
    decisionRequestSchema.parse({
      alert_id: alert.alert_id,
      verdict,
      scope,
      ttl,
      by: 'ana',
      reason: 'known job',
    }),
    alert,
    { decisionId: `d-${verdict}-${scope}`, eventNow: Date.parse(alert.last_seen), decidedAt: 1 },
  );
}

describe('analyst decisions', () => {
  it('parse a TTL only in explicit units, and "never" only when written', () => {
    expect(parseTtl('14d')).toBe(14 * DAY);
    expect(parseTtl('12h')).toBe(12 * 3_600_000);
    expect(parseTtl('2w')).toBe(14 * DAY);
    expect(parseTtl('never')).toBeNull();
    for (const bad of ['14', '0d', 'forever', '-1d', '3y']) expect(() => parseTtl(bad)).toThrow(/--ttl/);
  });

  it('an allowance covers exactly its scope (agent+api) and only until it expires in event time', () => {
    const book = new DecisionBook();
    const { registry, runner, metrics } = detection(book, history);
    const alert = alertFor(runner, registry, callOn('alpha', 'files.delete', 12, 'a1', 'delete'));
    book.add(decisionOn(alert, 'expected', 'agent+api'));

    const covered = parse(callOn('alpha', 'files.delete', 13, 'a2', 'delete'));
    const stream = runner.process(covered, registry.view(covered));
    expect(stream.alerts).toEqual([]);
    const checked = runner.check(covered, registry.view(covered));
    expect(checked.alerts).toEqual([]);
    expect(checked.allowed[0]?.decision.decision_id).toBe('d-expected-agent+api');
    expect(checked.allowed[0]?.alert.evidence['decision_by']).toBe('ana');

    const otherAgent = parse(callOn('beta', 'files.delete', 13, 'b2', 'delete'));
    expect(runner.check(otherAgent, registry.view(otherAgent)).alerts).toHaveLength(1);
    const otherApi = parse(callOn('alpha', 'files.purge', 13, 'a3', 'delete'));
    expect(runner.check(otherApi, registry.view(otherApi)).alerts).toHaveLength(1);
    // Expiry: two days after the alert's event (day 12, 10:00), exclusive.
    const justBefore = parse({
      ...callOn('alpha', 'files.delete', 14, 'a4', 'delete'),
      ts: T0 + 14 * DAY + 10 * 3_600_000 - 1,
    });
    expect(runner.check(justBefore, registry.view(justBefore)).alerts).toEqual([]);
    const atExpiry = parse(callOn('alpha', 'files.delete', 14, 'a5', 'delete'));
    expect(runner.check(atExpiry, registry.view(atExpiry)).alerts).toHaveLength(1);
    // Before the alert's own first event, nothing is covered either (event time both ways).
    const before = parse(callOn('alpha', 'files.delete', 11, 'a0', 'delete'));
    expect(runner.check(before, registry.view(before)).alerts).toHaveLength(1);

    const applied = metrics.decisionsApplied.get();
    return applied.then((m) => {
      const stream = m.values.find((v) => v.labels.path === 'stream' && v.labels.effect === 'allowed');
      expect(stream?.value).toBe(1);
    });
  });

  it('agent+target covers the target whatever the API; agent covers the detector reason for the agent', () => {
    const book = new DecisionBook();
    const { registry, runner } = detection(book, history);
    const alert = alertFor(runner, registry, callOn('alpha', 'files.delete', 12, 'a1', 'delete'));
    book.add(decisionOn(alert, 'benign', 'agent+target'));
    const sameTarget = parse(callOn('alpha', 'files.purge', 12, 'a2', 'delete'));
    expect(runner.check(sameTarget, registry.view(sameTarget)).alerts).toEqual([]);
    const otherTarget = parse({
      ...callOn('alpha', 'files.purge', 12, 'a3', 'delete'),
      resource: { id: 'billing-db', sensitivity: 'restricted' },
    });
    expect(runner.check(otherTarget, registry.view(otherTarget)).alerts).toHaveLength(1);

    const book2 = new DecisionBook();
    const d2 = detection(book2, history);
    const alert2 = alertFor(d2.runner, d2.registry, callOn('alpha', 'files.delete', 12, 'a1', 'delete'));
    book2.add(decisionOn(alert2, 'benign', 'agent'));
    const anyApi = parse({
      ...callOn('alpha', 'db.drop', 12, 'a4', 'delete'),
      resource: { id: 'x', sensitivity: 'restricted' },
    });
    expect(d2.runner.check(anyApi, d2.registry.view(anyApi)).alerts).toEqual([]);
    const beta = parse(callOn('beta', 'db.drop', 12, 'b4', 'delete'));
    expect(d2.runner.check(beta, d2.registry.view(beta)).alerts).toHaveLength(1);
  });

  it('task-kind needs a task on the alert, and covers that task for any agent', () => {
    const book = new DecisionBook();
    const { registry, runner } = detection(book, history);
    const withTask = (agent: string, id: string, task: string): AgentEventInput => ({
      ...callOn(agent, 'files.delete', 12, id, 'delete'),
      intent: { task_id: task },
    });
    const noTask = alertFor(runner, registry, callOn('alpha', 'files.delete', 12, 'a1', 'delete'));
    expect(() => decisionOn(noTask, 'expected', 'task-kind')).toThrow(/carries no task/);
    // A delete of a restricted target raises never-seen-api and intent-mismatch: allow both patterns.
    const event = parse(withTask('alpha', 'a2', 'cleanup'));
    const alerts = runner.check(event, registry.view(event)).alerts;
    expect(alerts.length).toBeGreaterThan(0);
    for (const alert of alerts) book.add(decisionOn(alert, 'expected', 'task-kind'));
    const beta = parse(withTask('beta', 'b1', 'cleanup'));
    expect(runner.check(beta, registry.view(beta)).alerts).toEqual([]);
    const otherTask = parse(withTask('beta', 'b2', 'reporting'));
    expect(runner.check(otherTask, registry.view(otherTask)).alerts.length).toBeGreaterThan(0);
  });

  it('malicious raises the pattern to at least high, quarantines the target and wins over an allowance', () => {
    const book = new DecisionBook();
    const { registry, runner } = detection(book, history);
    const readAlert = alertFor(runner, registry, {
      ...callOn('alpha', 'reports.export', 12, 'a1', 'read'),
      resource: { id: 'finance', sensitivity: 'confidential' },
    });
    expect(['low', 'medium']).toContain(readAlert.severity);
    book.add(decisionOn(readAlert, 'benign', 'agent+api'));
    book.add(decisionOn(readAlert, 'malicious', 'agent+api'));
    const again = parse({
      ...callOn('alpha', 'reports.export', 12, 'a2', 'read'),
      resource: { id: 'finance', sensitivity: 'confidential' },
    });
    const result = runner.process(again, registry.view(again));
    expect(result.alerts).toHaveLength(1);
    expect(result.alerts[0]?.severity).toBe('high');
    expect(result.alerts[0]?.evidence['decision_verdict']).toBe('malicious');
    expect([...result.verdict.quarantine]).toEqual(expect.arrayContaining(['api', 'resource']));
  });

  it('a check changes no state: the stream raises the same alert afterwards', () => {
    const { registry, runner } = detection(new DecisionBook(), history);
    const event = parse(callOn('alpha', 'iam:CreateAccessKey', 12, 'x1'));
    const checked = runner.check(event, registry.view(event));
    const streamed = runner.process(event, registry.view(event));
    expect(streamed.alerts).toEqual(checked.alerts);
    expect(runner.check(event, registry.view(event)).alerts).toEqual(checked.alerts);
  });
});
