import { afterAll, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../../schemas/config.js';
import type { AgentEventInput } from '../../schemas/event.js';
import { eventSchema } from '../../schemas/event.js';
import type { CohortView } from '../../src/baseline/cohort-index.js';
import type { BaselineRegistry } from '../../src/baseline/baseline-registry.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { actionCategory } from '../../src/events/action-category.js';
import { categoryMarker, relatedKeys, taskKey } from '../../src/events/event-keys.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { Pipeline, type InputRecord } from '../../src/pipeline/pipeline.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import { agentHistory, callOn } from '../support/event-factory.js';
import { MemoryDeadLetter, MemorySink } from '../support/memory-sinks.js';
import { tempDir } from '../support/temp-dir.js';

/*
 * Two instances of a consumer group (two pipelines, each with its own registry and store client)
 * share one ClickHouse store (the embedded engine) and own different agents of one cohort. After a
 * refresh each sees the cohort a single instance holding every agent sees, count for count, an
 * agent that moved from one to the other included; an alert that cites the cohort is the single
 * instance's, word for word. Refreshes are driven explicitly (the service runs them on a timer).
 */

const dir = tempDir('cohort-sharing');
const stores: AgentwatchStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
  dir.cleanup();
});

const AGENTS = [1, 2, 3, 4].map((i) => `mail-bot-${i}`);

/** Days `from`..`to` of agent `i`: shared APIs, one of its own, a rollout for 3 and 4, some intents. */
function days(agent: string, from: number, to: number): AgentEventInput[] {
  const i = AGENTS.indexOf(agent) + 1;
  const apis = ['mail.read', 'mail.list', `mail.tool${i}`, ...(i >= 3 ? ['mail.archive'] : [])];
  return agentHistory({
    agentId: agent,
    days: to - from,
    startDay: from,
    perDay: 8,
    apis,
    idPrefix: `${agent}-d${from}`,
  }).map((e, n) => ({
    ...e,
    // `mail-bot-1` .. `mail-bot-4`: one cohort by name prefix (`name:mail-bot`).
    agent: { ...e.agent, name: agent },
    ...(n % 3 === 0
      ? {
          intent:
            n % 2 === 0 ? { task_id: `triage-${i % 2}` } : { description: 'summarize the inbox for today' },
        }
      : {}),
  }));
}

interface Instance {
  registry: BaselineRegistry;
  pipeline: Pipeline;
  sink: MemorySink;
}

function configFor(database: string): Config {
  return configSchema.parse({
    store: { path: dir.path, database },
    baseline: { learning_min_days: 3, learning_min_events: 20 },
    detectors: { 'never-seen-api': { dedup_window_minutes: 0 } },
  });
}

async function instance(database: string): Promise<Instance> {
  const config = configFor(database);
  const store = await AgentwatchStore.open(config.store, silentLogger());
  stores.push(store);
  const metrics = createMetrics({ defaultMetrics: false });
  const { registry, runner } = createDetection(config, {
    metrics,
    logger: silentLogger(),
    persistence: store,
  });
  const sink = new MemorySink();
  const pipeline = new Pipeline({
    registry,
    runner,
    sinks: [sink],
    deadLetter: new MemoryDeadLetter(),
    store,
    metrics,
    logger: silentLogger(),
    sourceKind: 'kafka',
    maxEventBytes: 65_536,
    batchMaxRows: 10_000,
    batchMaxMs: 60_000,
    baselinePersistMs: 60_000,
  });
  return { registry, pipeline, sink };
}

async function feed(target: Instance, events: readonly AgentEventInput[]): Promise<void> {
  const sorted = [...events].sort((a, b) => String(a.ts).localeCompare(String(b.ts)));
  const records: InputRecord[] = sorted.map((e, i) => ({
    value: JSON.stringify(e),
    origin: { kind: 'file', path: 'mem', line: i + 1 },
  }));
  await target.pipeline.processBatch(records);
}

/** Every count a detector can ask of the cohort, over the keys and APIs of `events`. */
function dump(view: CohortView | undefined, events: readonly AgentEventInput[]) {
  if (!view) return undefined;
  const apis = new Set<string>();
  const tasks = new Set<string>();
  for (const input of events) {
    const event = eventSchema.parse(input);
    apis.add(event.action.api);
    apis.add(categoryMarker(actionCategory(event)));
    const task = taskKey(event);
    if (task !== undefined) tasks.add(task);
    for (const key of relatedKeys(event)) tasks.add(key);
  }
  const counts: Record<string, number> = { members: view.members, hourTotal: view.hourTotal };
  for (const api of apis) {
    counts[`users ${api}`] = view.usersOf(api);
    counts[`triers ${api}`] = view.triersOf(api);
    for (const task of tasks) {
      counts[`users ${task} ${api}`] = view.taskUsersOf(task, api);
      counts[`triers ${task} ${api}`] = view.taskTriersOf(task, api);
    }
  }
  for (let how = 0; how < 168; how += 1) counts[`hour ${how}`] = view.hourCount(how);
  return { key: view.key, members: AGENTS.map((a) => view.isMember(a)), counts };
}

/** The cohort as `target` sees it when evaluating an event of `agent`. */
function cohortOf(target: Instance, agent: string, events: readonly AgentEventInput[]) {
  const probe = eventSchema.parse(callOn(agent, 'mail.read', 30, `${agent}-probe`, 'read'));
  return dump(target.registry.view({ ...probe, agent: { ...probe.agent, name: agent } }).cohort, events);
}

describe('cohort counts shared through ClickHouse', () => {
  it('two instances owning different agents see the cohort of a single instance after a refresh, a moved agent counted once', async () => {
    // One database: the instances of a group share one ClickHouse. The reference has its own.
    const a = await instance('cohort_shared');
    const b = await instance('cohort_shared');
    const single = await instance('cohort_single');
    const all: AgentEventInput[] = [];
    const step = async (owners: [Instance, string[]][], from: number, to: number) => {
      for (const [owner, agents] of owners) {
        const events = agents.flatMap((agent) => days(agent, from, to));
        all.push(...events);
        await feed(owner, events);
        await feed(single, events);
        await owner.pipeline.checkpoint({ forceBaselines: true });
      }
      await single.pipeline.checkpoint({ forceBaselines: true });
    };

    // Phase 1: a owns agents 1 and 2, b owns 3 and 4 (their partitions).
    await step(
      [
        [a, ['mail-bot-1', 'mail-bot-2']],
        [b, ['mail-bot-3', 'mail-bot-4']],
      ],
      0,
      6,
    );
    // Before a refresh each instance pools only the agents it holds.
    expect(cohortOf(a, 'mail-bot-1', all)?.counts.members).toBe(2);
    expect(cohortOf(a, 'mail-bot-1', all)?.counts['triers mail.archive']).toBe(0);
    await a.pipeline.refreshCohorts();
    await b.pipeline.refreshCohorts();
    const reference = cohortOf(single, 'mail-bot-1', all);
    expect(reference?.counts.members).toBe(4);
    expect(reference?.counts['triers mail.archive']).toBe(2);
    expect(cohortOf(a, 'mail-bot-1', all)).toEqual(reference);
    expect(cohortOf(b, 'mail-bot-3', all)).toEqual(reference);

    // Phase 2: agent 2's partition moves to b (a writes, then drops it; b reloads it on sight).
    await a.pipeline.checkpoint({ forceBaselines: true });
    a.pipeline.dropAgents(['mail-bot-2']);
    await step(
      [
        [a, ['mail-bot-1']],
        [b, ['mail-bot-2', 'mail-bot-3', 'mail-bot-4']],
      ],
      6,
      8,
    );
    await a.pipeline.refreshCohorts();
    await b.pipeline.refreshCohorts();
    const moved = cohortOf(single, 'mail-bot-1', all);
    expect(moved?.counts.members).toBe(4);
    expect(cohortOf(a, 'mail-bot-1', all)).toEqual(moved);
    expect(cohortOf(b, 'mail-bot-2', all)).toEqual(moved);

    // Phase 3: b learns while its refresh is under way (a new API in its agents): whichever way
    // the batch and the refresh's reads interleave, the totals plus what b learned meanwhile are
    // the single instance's counts, nothing counted twice or lost.
    const during = ['mail-bot-3', 'mail-bot-4'].map((agent, n) => ({
      ...callOn(agent, 'mail.label', 8, `${agent}-label-${n}`, 'read'),
      agent: { id: agent, name: agent },
    }));
    all.push(...during);
    const refreshing = b.pipeline.refreshCohorts();
    await feed(b, during);
    await refreshing;
    await feed(single, during);
    expect(cohortOf(b, 'mail-bot-3', all)?.counts['triers mail.label']).toBe(2);
    expect(cohortOf(b, 'mail-bot-3', all)).toEqual(cohortOf(single, 'mail-bot-3', all));
    await b.pipeline.checkpoint({ forceBaselines: true });
    await single.pipeline.checkpoint({ forceBaselines: true });
    await a.pipeline.refreshCohorts();
    expect(cohortOf(a, 'mail-bot-1', all)).toEqual(cohortOf(single, 'mail-bot-1', all));

    // An alert that cites the cohort: agent 1 (on a) deletes with an API its peers on b use.
    const probe = [
      {
        ...callOn('mail-bot-1', 'mail.archive', 9, 'mail-bot-1-archive', 'delete'),
        agent: { id: 'mail-bot-1', name: 'mail-bot-1' },
      },
    ];
    const before = { a: a.sink.alerts.length, single: single.sink.alerts.length };
    await feed(a, probe);
    await feed(single, probe);
    const shared = a.sink.alerts.slice(before.a);
    const expected = single.sink.alerts.slice(before.single);
    expect(expected).toHaveLength(1);
    expect(expected[0]?.description).toContain('2 of 3 peers in cohort name:mail-bot');
    expect(shared).toEqual(expected);
  });
});
