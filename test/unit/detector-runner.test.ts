import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Severity } from '../../schemas/alert.js';
import { eventSchema, type AgentEvent } from '../../schemas/event.js';
import {
  defineDetector,
  type BaselineView,
  type DetectorDefinition,
  type Finding,
  type OpenConditions,
} from '../../src/detection/detector-contract.js';
import { MAX_EVENT_IDS } from '../../src/detection/alert-builder.js';
import { DetectorRunner } from '../../src/detection/detector-runner.js';
import { cleanVerdict } from '../../src/baseline/agent-baseline.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { IdentityContext } from '../../src/registry/identity-context.js';

const T = Date.UTC(2026, 2, 2, 10);
const MINUTE = 60_000;

/** The runner never reads the view for these detectors. */
const NO_VIEW = {} as unknown as BaselineView;

function runnerOf(...definitions: DetectorDefinition[]): DetectorRunner {
  return runnerWithMetrics(...definitions).runner;
}

function runnerWithMetrics(...definitions: DetectorDefinition[]) {
  return runnerWithWindow(60 * MINUTE, ...definitions);
}

function runnerWithWindow(dedupWindowMs: number, ...definitions: DetectorDefinition[]) {
  const metrics = createMetrics({ defaultMetrics: false });
  const runner = new DetectorRunner({
    detectors: definitions.map((definition) => ({
      definition,
      settings: {},
      dedupWindowMs,
      minSeverity: 'informational' as const,
    })),
    exceptions: [],
    metrics,
    logger: silentLogger(),
  });
  return { runner, metrics };
}

/** Every event is a finding with one key; its severity is the event's `severity` parameter. */
const everyCall = defineDetector({
  id: 'every-call',
  version: 1,
  title: 'flags every call',
  maturity: 'experimental',
  reasons: { called: 'The agent called something.' },
  config: z.strictObject({}),
  create: () => ({
    evaluate: (event: AgentEvent): Finding[] => {
      const severity = String(event.action.parameters?.['severity'] ?? 'low') as Severity;
      return [
        {
          reason: 'called',
          key: 'one',
          severity,
          score: severity === 'high' ? 80 : 30,
          title: `${severity} call of ${event.action.api}`,
          description: `The agent called ${event.action.api} (${severity})`,
          evidence: { api: event.action.api, apis: [event.action.api] },
          tags: severity === 'high' ? ['attack.T1078'] : [],
        },
      ];
    },
  }),
  cases: [],
});

const call = (id: string, minutes: number, api: string, severity: Severity) =>
  eventSchema.parse({
    event_id: id,
    ts: T + minutes * MINUTE,
    agent: { id: 'a1', name: 'a1-bot', owner: 'ops@example.com' },
    action: { api, category: 'read', parameters: { severity } },
    resource: { id: `res-${id}`, sensitivity: 'internal' },
  });

describe('detector runner: min_severity', () => {
  it('raises nothing below min_severity, yet keeps what the finding questions under review', () => {
    const questioning = defineDetector({
      ...everyCall,
      id: 'questions-hour',
      create: () => ({
        evaluate: (event: AgentEvent): Finding[] => [
          {
            reason: 'called',
            key: 'one',
            severity: String(event.action.parameters?.['severity']) as Severity,
            score: 30,
            title: `call of ${event.action.api}`,
            description: `The agent called ${event.action.api}`,
            evidence: {},
            tags: [],
            quarantine: ['hour'],
          },
        ],
      }),
    });
    const runner = new DetectorRunner({
      detectors: [{ definition: questioning, settings: {}, dedupWindowMs: 0, minSeverity: 'medium' }],
      exceptions: [],
      metrics: createMetrics({ defaultMetrics: false }),
      logger: silentLogger(),
    });
    const low = runner.process(call('e1', 0, 'files.read', 'low'), NO_VIEW);
    expect(low.alerts).toEqual([]);
    expect([...low.verdict.quarantine]).toEqual(['hour']);
    const high = runner.process(call('e2', 1, 'files.delete', 'high'), NO_VIEW);
    expect(high.alerts.map((a) => a.severity)).toEqual(['high']);
  });
});

describe('detector runner: clean verdicts', () => {
  it('flags an event a detector raised a finding about, holding nothing back, unless the detector is verdict-neutral', () => {
    const runnerFor = (definition: DetectorDefinition) =>
      new DetectorRunner({
        detectors: [{ definition, settings: {}, dedupWindowMs: 0, minSeverity: 'informational' }],
        exceptions: [],
        metrics: createMetrics({ defaultMetrics: false }),
        logger: silentLogger(),
      });
    const flagged = runnerFor(everyCall).process(call('e1', 0, 'files.read', 'low'), NO_VIEW).verdict;
    expect(flagged.quarantine.size).toBe(0);
    expect(cleanVerdict(flagged)).toBe(false);
    const neutral = runnerFor(defineDetector({ ...everyCall, id: 'neutral', verdictNeutral: true })).process(
      call('e2', 0, 'files.read', 'low'),
      NO_VIEW,
    ).verdict;
    expect(cleanVerdict(neutral)).toBe(true);
  });
});

describe('detector runner: corroboration', () => {
  /** A detector whose finding questions the event's targets (quarantines `task_resource`). */
  const questionsTargets = (id: string) =>
    defineDetector({
      ...everyCall,
      id,
      create: () => ({
        evaluate: (event: AgentEvent): Finding[] => [
          {
            reason: 'called',
            key: 'one',
            severity: 'medium',
            score: 50,
            title: `call of ${event.action.api}`,
            description: `The agent called ${event.action.api}`,
            evidence: {},
            tags: [],
            quarantine: ['task_resource'],
          },
        ],
      }),
    });

  it('holds a target another detector corroborates, not one beside a finding that does not corroborate', () => {
    // A finding about the agent's standing (an owner departed) is a second voice against a target.
    const standing = runnerOf(questionsTargets('targets-a'), everyCall).process(
      call('e1', 0, 'mail.send', 'medium'),
      NO_VIEW,
    );
    expect(standing.alerts).toHaveLength(2);
    expect([...standing.verdict.hold]).toEqual(['task_resource']);
    // One true of every call of the family (access beyond the grant) is not.
    const family = defineDetector({ ...everyCall, id: 'beyond-grant', corroborates: false });
    const alone = runnerOf(questionsTargets('targets-a'), family).process(
      call('e2', 0, 'mail.send', 'medium'),
      NO_VIEW,
    );
    expect(alone.alerts).toHaveLength(2);
    expect([...alone.verdict.quarantine]).toEqual(['task_resource']);
    expect(alone.verdict.hold.size).toBe(0);
  });
});

describe('detector runner: standing reasons', () => {
  it("leaves an event clean and uncorroborated beside a finding of the agent's paperwork", () => {
    const paperwork = defineDetector({
      ...everyCall,
      id: 'paperwork',
      reasons: { key_overdue: 'A key is past its rotation date.', key_stolen: 'A key is used elsewhere.' },
      standingReasons: ['key_overdue'],
      create: () => ({
        evaluate: (event: AgentEvent): Finding[] => [
          {
            reason: String(event.action.parameters?.['reason']),
            key: 'k',
            severity: 'medium',
            score: 50,
            title: 'key',
            description: 'key',
            evidence: {},
            tags: [],
          },
        ],
      }),
    });
    const withReason = (id: string, reason: string) =>
      eventSchema.parse({
        ...call(id, 0, 'mail.send', 'medium'),
        action: { api: 'mail.send', parameters: { reason } },
      });
    const overdue = runnerOf(paperwork).process(withReason('e1', 'key_overdue'), NO_VIEW);
    expect(overdue.alerts).toHaveLength(1);
    expect(cleanVerdict(overdue.verdict)).toBe(true);
    const stolen = runnerOf(paperwork).process(withReason('e2', 'key_stolen'), NO_VIEW);
    expect(cleanVerdict(stolen.verdict)).toBe(false);
  });
});

describe('detector runner: folding', () => {
  it('never changes an alert it sent: folds update a copy, and one that raises the severity is sent at once', () => {
    const runner = runnerOf(everyCall);
    const [sent] = runner.process(call('e1', 0, 'files.read', 'low'), NO_VIEW).alerts;
    if (!sent) throw new Error('the first call must alert');
    const asSent = structuredClone(sent);
    expect(runner.process(call('e2', 1, 'files.read', 'low'), NO_VIEW).alerts).toEqual([]);
    const [escalation, ...more] = runner.process(call('e3', 2, 'admin.grant', 'high'), NO_VIEW).alerts;
    expect(more).toEqual([]);
    expect(escalation).toMatchObject({
      alert_id: sent.alert_id,
      count: 3,
      event_ids: ['e1', 'e2', 'e3'],
      severity: 'high',
      title: 'high call of admin.grant',
    });
    const escalationAsSent = structuredClone(escalation);
    expect(runner.process(call('e4', 3, 'files.read', 'low'), NO_VIEW).alerts).toEqual([]);

    const [update] = runner.closeAll();
    expect(sent).toEqual(asSent);
    expect(escalation).toEqual(escalationAsSent);
    expect(update).not.toBe(escalation);
    expect(update).not.toBe(sent);
    expect(update).toMatchObject({
      alert_id: sent.alert_id,
      count: 4,
      first_seen: sent.first_seen,
      last_seen: new Date(T + 3 * MINUTE).toISOString(),
      event_ids: ['e1', 'e2', 'e3', 'e4'],
      severity: 'high',
      score: 80,
      title: 'high call of admin.grant',
      action: { api: 'admin.grant', category: 'read' },
      resource: { id: 'res-e3', sensitivity: 'internal' },
      evidence: { api: 'admin.grant', apis: ['admin.grant'] },
      tags: ['attack.T1078'],
    });
  });

  it('counts an alert once where it was raised and its escalation apart, and sends nothing more at the close when nothing folded after it', async () => {
    const { runner, metrics } = runnerWithMetrics(everyCall);
    runner.process(call('e1', 0, 'files.read', 'low'), NO_VIEW);
    const [escalation] = runner.process(call('e2', 1, 'admin.grant', 'high'), NO_VIEW).alerts;
    expect(escalation).toMatchObject({ severity: 'high', count: 2 });
    expect(runner.closeAll()).toEqual([]);
    const counted = await metrics.alerts.get();
    expect(
      counted.values
        .map((v) => [v.labels.severity, v.value])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([['low', 1]]);
    const escalations = await metrics.alertEscalations.get();
    expect(escalations.values.map((v) => [v.labels.from, v.labels.severity, v.value])).toEqual([
      ['low', 'high', 1],
    ]);
  });

  it('sends the update of a long window at the first repeat of each later day, not only at its close', () => {
    const { runner } = runnerWithWindow(7 * 24 * 60 * MINUTE, { ...everyCall, dailyUpdates: true });
    const nextDay = Math.ceil((T + 1) / (24 * 60 * MINUTE)) * 24 * 60 * MINUTE;
    const minutesTo = (ts: number) => (ts - T) / MINUTE;
    const [first] = runner.process(call('e1', 0, 'files.read', 'low'), NO_VIEW).alerts;
    expect(runner.process(call('e2', 1, 'files.read', 'low'), NO_VIEW).alerts).toEqual([]);
    const [daily] = runner.process(call('e3', minutesTo(nextDay) + 5, 'files.read', 'low'), NO_VIEW).alerts;
    expect(daily).toMatchObject({ alert_id: first?.alert_id, count: 3, event_ids: ['e1', 'e2', 'e3'] });
    expect(runner.process(call('e4', minutesTo(nextDay) + 6, 'files.read', 'low'), NO_VIEW).alerts).toEqual(
      [],
    );
    expect(runner.closeAll().map((a) => a.event_ids)).toEqual([['e1', 'e2', 'e3', 'e4']]);
  });

  it('keeps the update of a detector that does not ask for daily ones until the window closes', () => {
    const { runner } = runnerWithWindow(7 * 24 * 60 * MINUTE, everyCall);
    const nextDay = Math.ceil((T + 1) / (24 * 60 * MINUTE)) * 24 * 60 * MINUTE;
    runner.process(call('e1', 0, 'files.read', 'low'), NO_VIEW);
    expect(
      runner.process(call('e2', (nextDay - T) / MINUTE + 5, 'files.read', 'low'), NO_VIEW).alerts,
    ).toEqual([]);
    expect(runner.closeAll().map((a) => a.event_ids)).toEqual([['e1', 'e2']]);
  });

  it('sends a folded alert whose window closed, then opens a new one that it again never changes', () => {
    const runner = runnerOf(everyCall);
    runner.process(call('e1', 0, 'files.read', 'low'), NO_VIEW);
    runner.process(call('e2', 1, 'files.read', 'low'), NO_VIEW);
    const later = runner.process(call('e3', 90, 'files.read', 'low'), NO_VIEW).alerts;
    expect(later.map((a) => [a.event_ids, a.count])).toEqual([
      [['e1', 'e2'], 2],
      [['e3'], 1],
    ]);
    const reopened = later[1];
    if (!reopened) throw new Error('the call after the window must alert again');
    const asSent = structuredClone(reopened);
    const escalated = runner.process(call('e4', 91, 'files.read', 'high'), NO_VIEW).alerts;
    expect(reopened).toEqual(asSent);
    expect(escalated.map((a) => [a.event_ids, a.severity])).toEqual([[['e3', 'e4'], 'high']]);
    runner.process(call('e5', 92, 'files.read', 'low'), NO_VIEW);
    expect(runner.closeAll().map((a) => [a.event_ids, a.severity])).toEqual([[['e3', 'e4', 'e5'], 'high']]);
  });
});

/** Like {@link everyCall}, with the event's `about` parameter as the finding's news key. */
const newsCall = defineDetector({
  ...everyCall,
  id: 'news-call',
  create: (ctx) => {
    const inner = everyCall.create(ctx);
    return {
      evaluate: (event: AgentEvent, view: BaselineView): Finding[] => {
        const about = event.action.parameters?.['about'];
        return inner
          .evaluate(event, view)
          .map((f) => (typeof about === 'string' ? { ...f, newsKey: about } : f));
      },
    };
  },
});

const about = (id: string, minutes: number, key: string, severity: Severity = 'low') =>
  eventSchema.parse({
    ...call(id, minutes, `pay-${key}`, severity),
    action: { api: `pay-${key}`, category: 'read', parameters: { severity, about: key } },
  });

describe('detector runner: news', () => {
  it('sends a fold that brings a key the alert did not cover at once, with its text; a repeat waits', () => {
    const runner = runnerOf(newsCall);
    const [first] = runner.process(about('e1', 0, 'p1'), NO_VIEW).alerts;
    expect(runner.process(about('e2', 1, 'p1'), NO_VIEW).alerts).toEqual([]);
    const [update, ...more] = runner.process(about('e3', 2, 'p2'), NO_VIEW).alerts;
    expect(more).toEqual([]);
    expect(update).toMatchObject({
      alert_id: first?.alert_id,
      count: 3,
      event_ids: ['e1', 'e2', 'e3'],
      title: 'low call of pay-p2',
      evidence: { news: ['p1', 'p2'] },
    });
    expect(runner.process(about('e4', 3, 'p2'), NO_VIEW).alerts).toEqual([]);
    expect(runner.closeAll().map((a) => a.event_ids)).toEqual([['e1', 'e2', 'e3', 'e4']]);
  });

  it('names news of a lower severity in the evidence of the alert it folds into, under the higher text', () => {
    const runner = runnerOf(newsCall);
    runner.process(about('e1', 0, 'customer', 'high'), NO_VIEW);
    const [update] = runner.process(about('e2', 1, 'drop-box', 'low'), NO_VIEW).alerts;
    expect(update).toMatchObject({
      severity: 'high',
      title: 'high call of pay-customer',
      event_ids: ['e1', 'e2'],
      evidence: { news: ['customer', 'drop-box'], latest_news: 'low call of pay-drop-box (e2)' },
    });
  });

  it('keeps the ids of news and escalations in a full alert in place of the latest repeats, and opens a new alert once it is full of them', () => {
    const { runner } = runnerWithWindow(7 * 24 * 60 * MINUTE, newsCall);
    const [first] = runner.process(about('r0', 0, 'p0'), NO_VIEW).alerts;
    for (let i = 1; i < MAX_EVENT_IDS; i++) runner.process(about(`r${i}`, i / 100, 'p0'), NO_VIEW);
    const [escalation] = runner.process(about('x0', 2, 'p0', 'high'), NO_VIEW).alerts;
    expect(escalation?.event_ids.at(-1)).toBe('x0');
    const [update] = runner.process(about('n0', 2.5, 'n0'), NO_VIEW).alerts;
    expect(update?.alert_id).toBe(first?.alert_id);
    expect(update?.event_ids).toHaveLength(MAX_EVENT_IDS);
    expect(update?.event_ids[0]).toBe('r0');
    expect(update?.event_ids.slice(-2)).toEqual(['x0', 'n0']);
    let last = update;
    for (let i = 1; i < MAX_EVENT_IDS - 2; i++)
      [last] = runner.process(about(`n${i}`, 3 + i / 100, `n${i}`), NO_VIEW).alerts;
    expect(last?.alert_id).toBe(first?.alert_id);
    expect(last?.event_ids.filter((id) => id.startsWith('n'))).toHaveLength(MAX_EVENT_IDS - 2);
    expect(last?.event_ids.slice(0, 2)).toEqual(['r0', 'x0']);
    const sent = runner.process(about('n-next', 5, 'n-next'), NO_VIEW).alerts;
    // The full alert's last version went out with the news that filled it: only the new one is sent.
    expect(sent.map((a) => [a.alert_id === first?.alert_id, a.event_ids])).toEqual([[false, ['n-next']]]);
  });
});

describe('detector runner: sweep', () => {
  /** A sweep that records what it was told is open, and finds `lapsed` for every agent. */
  function lapsedDetector(id: string, asks: boolean, told: string[]) {
    return defineDetector({
      id,
      version: 1,
      title: 'every agent has lapsed',
      maturity: 'experimental',
      reasons: { lapsed: 'The agent lapsed.' },
      config: z.strictObject({}),
      create: () => ({
        evaluate: () => [],
        sweep: (agentId: string, _at: number, _identity: unknown, open: OpenConditions) => {
          const isOpen = open.has('lapsed', 'k');
          told.push(`${agentId} ${String(isOpen)}`);
          if (asks && isOpen) return [];
          return [
            {
              reason: 'lapsed',
              key: 'k',
              severity: 'medium' as const,
              score: 50,
              title: `${agentId} lapsed`,
              description: `${agentId} lapsed`,
              evidence: {},
            },
          ];
        },
      }),
      cases: [],
    });
  }

  const subject = (agentId: string, at: number): AgentEvent => ({
    event_id: `sweep:${agentId}:${at}`,
    ts: at,
    agent: { id: agentId },
    action: { api: 'posture-sweep', category: 'other' },
    outcome: 'success',
  });

  it("tells each detector which of the agent's conditions are open, and raises an open one never again", () => {
    const toldAsking: string[] = [];
    const toldIgnoring: string[] = [];
    const runner = runnerOf(
      lapsedDetector('asks-first', true, toldAsking),
      lapsedDetector('never-asks', false, toldIgnoring),
    );
    const identity = new IdentityContext();
    const first = runner.sweepAgent('a1', T, identity, subject);
    expect(first.map((a) => `${a.detector.id} ${a.agent.id}`)).toEqual(['asks-first a1', 'never-asks a1']);
    expect(runner.sweepAgent('a2', T, identity, subject)).toHaveLength(2);
    // An hour later both are open for a1 and a2; a detector that does not ask is dropped by the runner.
    expect(runner.sweepAgent('a1', T + 10 * MINUTE, identity, subject)).toEqual([]);
    expect(runner.sweepAgent('a3', T + 10 * MINUTE, identity, subject)).toHaveLength(2);
    expect(toldAsking).toEqual(['a1 false', 'a2 false', 'a1 true', 'a3 false']);
    expect(toldIgnoring).toEqual(toldAsking);
  });
});
