import { afterAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { configSchema } from '../../schemas/config.js';
import type { AgentEventInput } from '../../schemas/event.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { Pipeline, type InputRecord } from '../../src/pipeline/pipeline.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import { agentHistory, callOn } from '../support/event-factory.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('eviction');
const stores: AgentwatchStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
  dir.cleanup();
});

/** 12 agents, 4 active per batch in turn: with a cap of 3, every batch evicts and reloads. */
function stream(): AgentEventInput[][] {
  const agents = Array.from({ length: 12 }, (_, i) => `ev-agent-${i}`);
  const histories = agents.map((a, i) =>
    agentHistory({ agentId: a, days: 4, perDay: 8, apis: ['kb.get', 'kb.list', `kb.tool${i % 3}`] }),
  );
  const batches: AgentEventInput[][] = [];
  // Day by day, three groups of four agents: each agent leaves memory between its batches.
  for (let day = 0; day < 4; day += 1)
    for (let group = 0; group < 3; group += 1)
      batches.push(histories.slice(group * 4, group * 4 + 4).flatMap((h) => h.slice(day * 8, day * 8 + 8)));
  batches.push(agents.map((a, i) => callOn(a, `iam:Op${i % 4}`, 5, `${a}-anomaly`)));
  batches.push(agents.map((a, i) => callOn(a, `iam:Op${i % 4}`, 6, `${a}-again`)));
  return batches;
}

async function run(database: string, maxAgentsInMemory: number | undefined) {
  const config = configSchema.parse({
    store: { path: dir.path, database },
    baseline: {
      learning_min_days: 3,
      learning_min_events: 20,
      cohort_by: [],
      ...(maxAgentsInMemory === undefined ? {} : { max_agents_in_memory: maxAgentsInMemory }),
    },
    detectors: { 'never-seen-api': { dedup_window_minutes: 0 } },
  });
  const store = await AgentwatchStore.open(config.store, silentLogger());
  stores.push(store);
  const metrics = createMetrics({ defaultMetrics: false });
  const { registry, runner } = createDetection(config, {
    metrics,
    logger: silentLogger(),
    persistence: store,
  });
  const alerts: Alert[] = [];
  const pipeline = new Pipeline({
    registry,
    runner,
    sinks: [
      {
        name: 'memory',
        send: (a: readonly Alert[]) => {
          alerts.push(...a);
          return Promise.resolve();
        },
        close: () => Promise.resolve(),
      },
    ],
    deadLetter: { description: 'none', park: () => Promise.resolve(), close: () => Promise.resolve() },
    store,
    metrics,
    logger: silentLogger(),
    sourceKind: 'file',
    maxEventBytes: 4096,
    batchMaxRows: 1,
    batchMaxMs: 1,
    baselinePersistMs: 60_000,
  });
  let most = 0;
  for (const batch of stream()) {
    const records: InputRecord[] = batch.map((e, i) => ({
      value: JSON.stringify(e),
      origin: { kind: 'file', path: 'mem', line: i + 1 },
    }));
    await pipeline.processBatch(records);
    most = Math.max(most, registry.size);
    await pipeline.checkpoint();
  }
  await pipeline.finish();
  const evicted = (await metrics.baselinesEvicted.get()).values[0]?.value ?? 0;
  const rows = await store.query<{ agent_id: string; events: number; apis: string[] }>(
    'SELECT agent_id, events, arraySort(apis) AS apis FROM {db}.agent_baselines ORDER BY agent_id',
  );
  return { alerts, evicted, most, rows, size: registry.size };
}

describe('baseline eviction above max_agents_in_memory', () => {
  it('writes and drops the least recently active, reloads them on sight, and raises the same alerts as without a cap', async () => {
    const free = await run('evict_free', undefined);
    const capped = await run('evict_capped', 3);

    expect(free.evicted).toBe(0);
    expect(capped.evicted).toBeGreaterThanOrEqual(30);
    // At most the cap plus the agents of the batch in hand (12 in the last two batches).
    expect(capped.most).toBeLessThanOrEqual(3 + 12);
    expect(free.most).toBe(12);

    const summary = (alerts: Alert[]) =>
      alerts.map((a) => `${a.alert_id} ${a.reason} ${a.severity} ${a.count} ${a.event_ids.join(',')}`).sort();
    expect(free.alerts.length).toBeGreaterThanOrEqual(12);
    expect(summary(capped.alerts)).toEqual(summary(free.alerts));
    // What was learned survived every eviction: the stored baselines are the same.
    expect(capped.rows).toEqual(free.rows);
    expect(capped.rows.every((r) => r.events === 34)).toBe(true);
  });
});
