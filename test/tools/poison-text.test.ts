import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../schemas/config.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { Pipeline, type InputRecord } from '../../src/pipeline/pipeline.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import { agentHistory, callOn } from '../support/event-factory.js';
import { tempDir } from '../support/temp-dir.js';
import { MemoryDeadLetter, MemorySink } from '../support/memory-sinks.js';

/*
 * The rows of issue 12's table about text, each reproduced as it was found: a run of `replay` on
 * a store, then (where the defect showed on the next start) a second run on the same store. Each
 * run is what `replayCommand` does: open the store, a fresh registry, the pipeline, finish, close.
 */

const dir = tempDir('poison-text');
afterAll(() => dir.cleanup());

const config = configSchema.parse({
  store: { path: dir.path },
  baseline: { learning_min_days: 3, learning_min_events: 20 },
});

/** NDJSON lines as the file source hands them over; strings are taken as written. */
function records(values: readonly unknown[]): InputRecord[] {
  return values.map((v, i) => ({
    value: typeof v === 'string' ? v : JSON.stringify(v),
    origin: { kind: 'file', path: 'mem', line: i + 1 },
  }));
}

/** One `replay` run on the shared store directory. */
async function run(lines: readonly unknown[]) {
  const logger = silentLogger();
  const metrics = createMetrics({ defaultMetrics: false });
  const store = await AgentwatchStore.open(config.store, logger);
  const { registry, runner } = createDetection(config, { metrics, logger, persistence: store });
  const sink = new MemorySink();
  const deadLetter = new MemoryDeadLetter();
  const pipeline = new Pipeline({
    registry,
    runner,
    sinks: [sink],
    deadLetter,
    store,
    metrics,
    logger,
    sourceKind: 'file',
    maxEventBytes: 65_536,
    batchMaxRows: 10_000,
    batchMaxMs: 1000,
    baselinePersistMs: 30_000,
  });
  try {
    await pipeline.processBatch(records(lines));
    await pipeline.finish();
    const loaded = await store.loadBaselines(
      lines.flatMap((l) => (typeof l === 'string' ? [] : [(l as { agent: { id: string } }).agent.id])),
    );
    const alertRows = await store.query<{ agent_id: string; api: string; title: string }>(
      'SELECT agent_id, api, title FROM {db}.alerts',
    );
    return { stats: pipeline.stats, alerts: sink.alerts, deadLetter: deadLetter.entries, loaded, alertRows };
  } finally {
    await store.close();
  }
}

/** An event line as a producer writes it, `\ud800` as the six characters of a JSON escape. */
function rawLine(agentIdJson: string, api: string, eventId: string, day: number): string {
  const event = callOn('placeholder', api, day, eventId, 'read');
  return JSON.stringify(event).replace('"placeholder"', agentIdJson);
}

describe('issue 12: every accepted event can be stored, learned and alerted on', () => {
  it('a lone surrogate in agent.id: stored, baseline saved and found again under U+FFFD', async () => {
    const lines = [
      rawLine('"lone\\ud800id"', 'x.get', 'ls-1', 0),
      rawLine('"lone\\ud800id"', 'x.get', 'ls-2', 0),
    ];
    const first = await run(lines);
    expect(first.stats).toMatchObject({ read: 2, valid: 2, stored: 2, rejected: 0 });
    const second = await run([rawLine('"lone\\ud800id"', 'x.list', 'ls-3', 1)]);
    expect(second.stats).toMatchObject({ read: 1, stored: 1 });
    const store = await AgentwatchStore.open(config.store, silentLogger());
    try {
      const rows = await store.query<{ agent_id: string; n: number }>(
        "SELECT agent_id, count() AS n FROM {db}.events FINAL WHERE event_id LIKE 'ls-%' GROUP BY agent_id",
      );
      expect(rows).toEqual([{ agent_id: 'lone\ufffdid', n: 3 }]);
      const baselines = await store.loadBaselines(['lone\ufffdid']);
      expect(baselines.has('lone\ufffdid')).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('a lone surrogate in action.api of an established agent: the alert is stored and sent', async () => {
    const history = agentHistory({ agentId: 'est-api', days: 5, perDay: 10, apis: ['a.get', 'a.list'] });
    const poison = rawLine('"est-api"', 'a.\ud83dexport', 'est-api-x', 6).replace('\ud83d', '\\ud83d');
    const result = await run([...history, poison]);
    expect(result.stats).toMatchObject({ read: 51, stored: 51, rejected: 0 });
    const alerted = result.alerts.filter((a) => a.agent.id === 'est-api');
    expect(alerted.length).toBeGreaterThan(0);
    expect(alerted.every((a) => a.action.api === 'a.\ufffdexport')).toBe(true);
    expect(result.alertRows.filter((r) => r.agent_id === 'est-api').map((r) => r.api)).toContain(
      'a.\ufffdexport',
    );
  });

  it('a TAB in agent.id, then a second run: the baseline loads and keeps learning', async () => {
    const id = 'tab\tagent';
    const first = await run(agentHistory({ agentId: id, days: 2, perDay: 5, apis: ['t.get'] }));
    expect(first.stats.stored).toBe(10);
    const second = await run([callOn(id, 't.get', 3, 'tab-next', 'read')]);
    expect(second.stats.stored).toBe(1);
    expect(second.loaded.has(id)).toBe(true);
  });

  it('a NEWLINE in agent.id, then a second run: the baseline is found, and a restricted delete alerts', async () => {
    const id = 'nl\nagent';
    const first = await run(agentHistory({ agentId: id, days: 5, perDay: 10, apis: ['n.get', 'n.list'] }));
    expect(first.loaded.has(id)).toBe(true);
    expect(first.alerts.filter((a) => a.agent.id === id)).toEqual([]);
    const second = await run([callOn(id, 'n.purge_all', 6, 'nl-delete', 'delete')]);
    const alerted = second.alerts.filter((a) => a.agent.id === id);
    expect(alerted.map((a) => a.reason)).toContain('api_first_seen');
    expect(alerted.every((a) => a.event_ids.includes('nl-delete'))).toBe(true);
  });
});
