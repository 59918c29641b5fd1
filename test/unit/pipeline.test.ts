import { describe, expect, it } from 'vitest';
import { configSchema } from '../../schemas/config.js';
import { DetectorRunner } from '../../src/detection/detector-runner.js';
import { defineDetector } from '../../src/detection/detector-contract.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { Pipeline, type InputRecord } from '../../src/pipeline/pipeline.js';
import { z } from 'zod';
import { T0, agentHistory, callOn } from '../support/event-factory.js';
import { MemoryDeadLetter, MemorySink } from '../support/memory-sinks.js';

function records(values: readonly unknown[]): InputRecord[] {
  return values.map((v, i) => ({
    value: typeof v === 'string' ? v : JSON.stringify(v),
    origin: { kind: 'file', path: 'mem', line: i + 1 },
  }));
}

function pipelineWith(configInput: Record<string, unknown> = {}, runnerOverride?: DetectorRunner) {
  const config = configSchema.parse({
    baseline: { learning_min_days: 3, learning_min_events: 20 },
    ...configInput,
  });
  const metrics = createMetrics({ defaultMetrics: false });
  const { registry, runner } = createDetection(config, {
    metrics,
    logger: silentLogger(),
    persistence: undefined,
  });
  const sink = new MemorySink();
  const deadLetter = new MemoryDeadLetter();
  const pipeline = new Pipeline({
    registry,
    runner: runnerOverride ?? runner,
    sinks: [sink],
    deadLetter,
    store: undefined,
    metrics,
    logger: silentLogger(),
    sourceKind: 'file',
    maxEventBytes: 4096,
    batchMaxRows: 100,
    batchMaxMs: 1000,
    baselinePersistMs: 1000,
  });
  return { pipeline, sink, deadLetter, metrics };
}

const history = agentHistory({ agentId: 'p1', days: 4, perDay: 8, apis: ['a.get', 'a.list'] });

describe('pipeline', () => {
  it('evaluates against the baseline before the event: the first call alerts, the second does not', async () => {
    const { pipeline, sink } = pipelineWith({ detectors: { 'never-seen-api': { dedup_window_minutes: 0 } } });
    await pipeline.processBatch(records(history));
    await pipeline.processBatch(
      records([callOn('p1', 'iam:CreateUser', 5, 'n1'), callOn('p1', 'iam:CreateUser', 5, 'n2')]),
    );
    expect(sink.alerts.map((a) => a.event_ids)).toEqual([['n1'], ['n2']]);
  });

  it('keeps alerting on a repeated new API until it has recurred on enough clean days', async () => {
    const { pipeline, sink } = pipelineWith({
      baseline: { learning_min_days: 3, learning_min_events: 20, quarantine_days: 3 },
      detectors: { 'never-seen-api': { dedup_window_minutes: 0 } },
    });
    await pipeline.processBatch(records(history));
    for (let day = 5; day < 10; day += 1)
      await pipeline.processBatch(records([callOn('p1', 'x.new', day, `d${day}`)]));
    expect(sink.alerts.map((a) => a.event_ids[0])).toEqual(['d5', 'd6', 'd7']);
  });

  it('releases a new routine API that two detectors see after its quarantine days, not a new delete', async () => {
    // Two detectors of the user's own that both flag a new API: one fact seen twice.
    const echo = (id: string) =>
      defineDetector({
        id,
        version: 1,
        title: 'an API the agent never called',
        maturity: 'experimental',
        reasons: { api_new: 'The API is new for the agent.' },
        config: z.strictObject({}),
        create: () => ({
          evaluate: (event, view) =>
            !view.learning && !view.agent.apis.isKnown(event.action.api, event.ts, view.forgetAfterMs)
              ? [
                  {
                    reason: 'api_new',
                    key: event.action.api,
                    severity: 'medium',
                    score: 50,
                    title: 'new API',
                    description: 'new API',
                    evidence: {},
                    quarantine: ['api'],
                  },
                ]
              : [],
        }),
        cases: [],
      });
    const run = async (category: 'read' | 'delete') => {
      const runner = new DetectorRunner({
        detectors: ['echo-a', 'echo-b'].map((id) => ({
          definition: echo(id),
          settings: {},
          dedupWindowMs: 0,
          minSeverity: 'informational' as const,
        })),
        exceptions: [],
        metrics: createMetrics({ defaultMetrics: false }),
        logger: silentLogger(),
      });
      const { pipeline, sink } = pipelineWith(
        { baseline: { learning_min_days: 3, learning_min_events: 20, quarantine_days: 3 } },
        runner,
      );
      await pipeline.processBatch(records(history));
      for (let day = 5; day < 10; day += 1)
        await pipeline.processBatch(records([callOn('p1', 'files.purge', day, `d${day}`, category)]));
      return [...new Set(sink.alerts.map((a) => a.event_ids[0]))];
    };
    expect(await run('read')).toEqual(['d5', 'd6', 'd7']);
    expect(await run('delete')).toEqual(['d5', 'd6', 'd7', 'd8', 'd9']);
  });

  it('keeps alerting on a new target alerted at high severity however often it recurs (held), unless hold is off', async () => {
    // A detector of the user's own: an established agent acting on a resource it never acted on.
    const newTarget = defineDetector({
      id: 'new-target',
      version: 1,
      title: 'an action on a resource the agent never acted on',
      maturity: 'experimental',
      reasons: { target_first_seen: 'The resource is new for the agent.' },
      config: z.strictObject({}),
      create: () => ({
        evaluate: (event, view) =>
          event.resource &&
          !view.learning &&
          !view.agent.resources.isKnown(event.resource.id, event.ts, view.forgetAfterMs)
            ? [
                {
                  reason: 'target_first_seen',
                  key: event.resource.id,
                  severity: 'high',
                  score: 70,
                  title: 'new target',
                  description: 'new target',
                  evidence: {},
                  quarantine: ['resource', 'api'],
                  holdTargets: true,
                },
              ]
            : [],
      }),
      cases: [],
    });
    const run = async (hold: 'high' | 'never') => {
      const config = {
        baseline: {
          learning_min_days: 3,
          learning_min_events: 20,
          quarantine_days: 3,
          hold_from_severity: hold,
        },
      };
      const runner = new DetectorRunner({
        detectors: [{ definition: newTarget, settings: {}, dedupWindowMs: 0, minSeverity: 'informational' }],
        exceptions: [],
        metrics: createMetrics({ defaultMetrics: false }),
        logger: silentLogger(),
        holdFromSeverity: hold,
      });
      const { pipeline, sink } = pipelineWith(config, runner);
      await pipeline.processBatch(records(history));
      for (let day = 5; day < 10; day += 1)
        await pipeline.processBatch(records([callOn('p1', `x.new.${day}`, day, `d${day}`)]));
      return sink.alerts.map((a) => a.event_ids[0]);
    };
    // Each day a different API on the same new resource: the API is not what keeps it under review.
    expect(await run('high')).toEqual(['d5', 'd6', 'd7', 'd8', 'd9']);
    expect(await run('never')).toEqual(['d5', 'd6', 'd7']);
  });

  it('folds repeats within the dedup window into one alert and sends the update with the same id', async () => {
    const { pipeline, sink } = pipelineWith({
      detectors: { 'never-seen-api': { dedup_window_minutes: 60 } },
    });
    await pipeline.processBatch(records(history));
    const first = callOn('p1', 'iam:CreateUser', 5, 'r1');
    const again = {
      ...first,
      event_id: 'r2',
      ts: new Date(Date.parse(String(first.ts)) + 60_000).toISOString(),
    };
    await pipeline.processBatch(records([first, again]));
    expect(sink.alerts).toHaveLength(1);
    await pipeline.finish();
    expect(sink.alerts).toHaveLength(2);
    expect(sink.alerts[1]).toMatchObject({
      alert_id: sink.alerts[0]?.alert_id,
      count: 2,
      event_ids: ['r1', 'r2'],
    });
  });

  it('raises one off-hours alert for a stretch of unusual hours, not one per hour, and a new one the next night', async () => {
    // Lone reads score low: raised here, to see how they fold.
    const { pipeline, sink } = pipelineWith({ detectors: { 'off-hours-access': { min_severity: 'low' } } });
    // Three weeks of office hours (09:00-17:00 UTC every day), then nights at 01:00-03:00.
    await pipeline.processBatch(
      records(agentHistory({ agentId: 'n1', days: 21, perDay: 8, apis: ['a.get', 'a.list'] })),
    );
    const night = (day: number, hour: number, id: string) => ({
      ...callOn('n1', 'a.get', day, id, 'read'),
      ts: new Date(T0 + day * 86_400_000 + hour * 3_600_000).toISOString(),
      resource: { id: 'r-1' },
    });
    await pipeline.processBatch(
      records([night(22, 1, 'x1'), night(22, 2, 'x2'), night(22, 3, 'x3'), night(23, 2, 'y1')]),
    );
    await pipeline.finish();
    const offHours = new Map<string, { count: number; event_ids: string[] }>();
    for (const a of sink.alerts) if (a.detector.id === 'off-hours-access') offHours.set(a.alert_id, a);
    expect([...offHours.values()].map((a) => [a.count, a.event_ids])).toEqual([
      [3, ['x1', 'x2', 'x3']],
      [1, ['y1']],
    ]);
  });

  it('folds the ungrounded payees of a job that serves nobody into one alert per request kind, and those of people served into one alert per API, each payee sent at once', async () => {
    const payout = (n: number, user?: string) => ({
      event_id: `pay-${user ?? 'job'}-${n}`,
      ts: new Date(T0 + 11 * 86_400_000 + (2 + n) * 60_000).toISOString(),
      agent: { id: 'job1', name: 'job1-bot', type: 'organizational', owner: 'ops@example.com' },
      ...(user ? { on_behalf_of: { id: user, type: 'user' } } : {}),
      action: { api: 'payouts.create', category: 'payment', parameters: { account: `ACC-77${n}` } },
      resource: { id: `ACC-77${n}` },
      intent: { task_id: `run-${n}`, description: 'Nightly payout run' },
    });
    const intentAlerts = async (user: (n: number) => string | undefined) => {
      const { pipeline, sink } = pipelineWith();
      await pipeline.processBatch(
        records(agentHistory({ agentId: 'job1', days: 10, perDay: 8, apis: ['a.get', 'a.list'] })),
      );
      await pipeline.processBatch(records([1, 2, 3].map((n) => payout(n, user(n)))));
      await pipeline.finish();
      const sent = sink.alerts.filter((a) => a.detector.id === 'intent-mismatch');
      const byId = new Map<string, { count: number }>();
      for (const a of sent) byId.set(a.alert_id, a);
      return { counts: [...byId.values()].map((a) => a.count), versions: sent.map((a) => a.event_ids) };
    };
    const job = await intentAlerts(() => undefined);
    expect(job.counts).toEqual([3]);
    // Each payee is news: sent when it is paid, not when the window closes.
    expect(job.versions).toEqual([
      ['pay-job-1'],
      ['pay-job-1', 'pay-job-2'],
      ['pay-job-1', 'pay-job-2', 'pay-job-3'],
    ]);
    const served = await intentAlerts((n) => `clerk-${n}`);
    expect(served.counts).toEqual([3]);
    expect(served.versions).toEqual([
      ['pay-clerk-1-1'],
      ['pay-clerk-1-1', 'pay-clerk-2-2'],
      ['pay-clerk-1-1', 'pay-clerk-2-2', 'pay-clerk-3-3'],
    ]);
  });

  it('dead-letters bad records with reason and origin, and goes on', async () => {
    const { pipeline, deadLetter, sink } = pipelineWith();
    await pipeline.processBatch(
      records(['{oops', ...history, { event_id: 'x' }, callOn('p1', 'iam:CreateUser', 5, 'n1')]),
    );
    expect(deadLetter.entries.map((e) => [e.reason, e.origin])).toEqual([
      ['malformed_json', { kind: 'file', path: 'mem', line: 1 }],
      ['schema_violation', { kind: 'file', path: 'mem', line: history.length + 2 }],
    ]);
    expect(pipeline.stats).toMatchObject({
      read: history.length + 3,
      valid: history.length + 1,
      rejected: 2,
    });
    expect(sink.alerts).toHaveLength(1);
  });

  it('isolates a detector that throws: counted, and the others still run', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const broken = defineDetector({
      id: 'always-throws',
      version: 1,
      title: 'a detector that fails on every event',
      maturity: 'experimental',
      reasons: { never_raised: 'It throws before it can find anything.' },
      config: z.strictObject({}),
      create: () => ({
        evaluate: () => {
          throw new Error('boom');
        },
      }),
      cases: [],
    });
    const { neverSeenApi } = await import('../../detectors/never-seen-api/index.js');
    const runner = new DetectorRunner({
      detectors: [
        { definition: broken, settings: {}, dedupWindowMs: 0, minSeverity: 'informational' },
        {
          definition: neverSeenApi,
          settings: neverSeenApi.config.parse({}),
          dedupWindowMs: 0,
          minSeverity: 'informational',
        },
      ],
      exceptions: [],
      metrics,
      logger: silentLogger(),
    });
    const { pipeline, sink } = pipelineWith({}, runner);
    await pipeline.processBatch(records([...history, callOn('p1', 'iam:CreateUser', 5, 'n1')]));
    expect(sink.alerts.map((a) => a.event_ids)).toEqual([['n1']]);
    const errors = await metrics.detectorErrors.get();
    expect(errors.values[0]?.value).toBe(history.length + 1);
  });

  it('drops findings matched by a structured exception', async () => {
    const { pipeline, sink } = pipelineWith({
      exceptions: [{ name: 'IAM rollout', detectors: ['never-seen-api'], apis: ['iam:CreateUser'] }],
    });
    await pipeline.processBatch(
      records([...history, callOn('p1', 'iam:CreateUser', 5, 'n1'), callOn('p1', 'iam:DeleteUser', 5, 'n2')]),
    );
    expect(sink.alerts.map((a) => a.event_ids)).toEqual([['n2']]);
  });
});

describe('pipeline store failures', () => {
  it('a failed write is fatal: the checkpoint rejects and later ones do not silently go on', async () => {
    const config = configSchema.parse({});
    const metrics = createMetrics({ defaultMetrics: false });
    const { registry, runner } = createDetection(config, {
      metrics,
      logger: silentLogger(),
      persistence: undefined,
    });
    let inserts = 0;
    const failingStore = {
      insertEncodedEvents: () => {
        inserts += 1;
        return Promise.reject(new Error('clickhouse down'));
      },
      insertAlerts: () => Promise.resolve(),
      saveBaselines: () => Promise.resolve(),
      saveCohortContributions: () => Promise.resolve(),
    } as unknown as NonNullable<ConstructorParameters<typeof Pipeline>[0]['store']>;
    const pipeline = new Pipeline({
      registry,
      runner,
      sinks: [new MemorySink()],
      deadLetter: new MemoryDeadLetter(),
      store: failingStore,
      metrics,
      logger: silentLogger(),
      sourceKind: 'file',
      maxEventBytes: 4096,
      batchMaxRows: 1,
      batchMaxMs: 1,
      baselinePersistMs: 0,
    });
    await pipeline.processBatch(records(history.slice(0, 2)));
    await expect(pipeline.checkpoint()).rejects.toThrow('clickhouse down');
    await pipeline.processBatch(records(history.slice(2, 4)));
    await expect(pipeline.startCheckpoint()).rejects.toThrow('clickhouse down');
    expect(inserts).toBe(1);
    expect(pipeline.stats.stored).toBe(0);
  });
});
