import { describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { configSchema } from '../../schemas/config.js';
import { eventSchema } from '../../schemas/event.js';
import {
  personRecordSchema,
  registryRecordSchema,
  type RegistryRecordInput,
} from '../../schemas/registry.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { PostureSweep } from '../../src/pipeline/posture-sweep.js';
import { mulberry32 } from '../../src/simulation/prng.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2);

/** The simulator's seeded source: the same seed gives the same fleet, changes and sweep instants. */
const prng = mulberry32;

/** What happens between two sweeps, applied alike to both pipelines. */
type Step =
  | { kind: 'agent'; record: RegistryRecordInput }
  | { kind: 'person'; id: string; status: 'active' | 'departed' }
  | { kind: 'event'; agentId: string; n: number; credential: string }
  | { kind: 'close-all' }
  | { kind: 'sweep' };

const PEOPLE = 24;
const person = (i: number) => `p${i}@x.com`;

/** A random registry record: approvals, reviews and keys spread so that they lapse during the run. */
function agentRecord(rand: () => number, i: number, now: number): RegistryRecordInput {
  const pick = (n: number) => Math.floor(rand() * n);
  const issued = now - pick(60) * DAY - pick(24) * HOUR;
  return {
    agent_id: `agent-${i}`,
    name: `agent ${i}`,
    owner: rand() < 0.08 ? null : person(pick(PEOPLE)),
    approved_by: rand() < 0.05 ? null : person(pick(PEOPLE)),
    approved_at: rand() < 0.04 ? null : now - pick(40) * DAY - pick(24) * HOUR,
    review_every_days: 1 + pick(30),
    credentials: [
      {
        id: `key-${i}`,
        issued_at: issued,
        expires_at: rand() < 0.3 ? issued + (10 + pick(80)) * DAY : null,
        rotate_every_days: rand() < 0.2 ? 0 : 5 + pick(40),
      },
    ],
    status: rand() < 0.9 ? 'active' : rand() < 0.5 ? 'suspended' : 'retired',
  };
}

/** The first instant in (`from`, `to`] where a time condition of an active agent begins (review, rotation). */
function firstEdge(records: Iterable<RegistryRecordInput>, from: number, to: number): number | undefined {
  let first: number | undefined;
  const consider = (t: number) => {
    if (t > from && t <= to && (first === undefined || t < first)) first = t;
  };
  for (const record of records) {
    if (record.status !== 'active') continue;
    const approvedAt = record.approved_at;
    if (typeof approvedAt === 'number' && record.approved_by) {
      const days = record.review_every_days ?? 30;
      consider(approvedAt + days * DAY);
      consider(approvedAt + 3 * days * DAY);
    }
    for (const c of record.credentials ?? [])
      if (typeof c.issued_at === 'number' && c.rotate_every_days)
        consider(c.issued_at + c.rotate_every_days * DAY);
  }
  return first;
}

/** A seeded run: a fleet, then sweeps a few hours to a few days apart with changes in between. */
function scenario(seed: number, agents: number, sweeps: number): { at: number; step: Step }[] {
  const rand = prng(seed);
  const out: { at: number; step: Step }[] = [];
  let at = T0;
  let next = agents;
  for (let p = 0; p < PEOPLE; p++)
    out.push({ at, step: { kind: 'person', id: person(p), status: rand() < 0.1 ? 'departed' : 'active' } });
  for (let i = 0; i < agents; i++)
    out.push({ at, step: { kind: 'agent', record: agentRecord(rand, i, at) } });
  let n = 0;
  const latest = new Map<string, RegistryRecordInput>();
  const note = (record: RegistryRecordInput) => {
    latest.set(record.agent_id, record);
    return record;
  };
  for (const { step } of out) if (step.kind === 'agent') note(step.record);
  for (let s = 0; s < sweeps; s++) {
    out.push({ at, step: { kind: 'sweep' } });
    const later = at + Math.floor((2 + rand() * 70) * HOUR);
    // Now and then the next sweep falls on an instant where a condition begins, or 1 ms after it:
    // a due instant off by a millisecond shows there.
    const edge = rand() < 0.5 ? firstEdge(latest.values(), at, later) : undefined;
    at = edge === undefined ? later : edge + (rand() < 0.5 ? 0 : 1);
    const changes = Math.floor(rand() * 6);
    for (let c = 0; c < changes; c++) {
      const r = rand();
      if (r < 0.4)
        // A review, a new owner, a rotated key or a status change: a new version of a known agent.
        out.push({
          at,
          step: { kind: 'agent', record: note(agentRecord(rand, Math.floor(rand() * next), at)) },
        });
      else if (r < 0.5)
        out.push({ at, step: { kind: 'agent', record: note(agentRecord(rand, next++, at)) } });
      else if (r < 0.75)
        out.push({
          at,
          step: {
            kind: 'person',
            id: person(Math.floor(rand() * PEOPLE)),
            status: rand() < 0.5 ? 'departed' : 'active',
          },
        });
      else if (r < 0.97) {
        // An agent acts: its events raise posture conditions too, and move its clock, which closes
        // open conditions whose dedup window ended.
        const i = Math.floor(rand() * next);
        out.push({
          at,
          step: {
            kind: 'event',
            agentId: `agent-${i}`,
            n: n++,
            credential: `key-${Math.floor(rand() * next)}`,
          },
        });
      } else out.push({ at, step: { kind: 'close-all' } });
    }
  }
  return out;
}

/** One pipeline's detection, identity and sweep; `everyAgent` checks every agent at every sweep. */
function pipeline(detectors: Record<string, unknown>, everyAgent: boolean) {
  const { runner, identity, registry } = createDetection(configSchema.parse({ detectors }), {
    metrics: createMetrics({ defaultMetrics: false }),
    logger: silentLogger(),
    persistence: undefined,
  });
  const sweep = new PostureSweep(runner, identity, HOUR, { everyAgent });
  const alerts: string[] = [];
  const keep = (list: readonly Alert[]) => {
    for (const alert of list) alerts.push(JSON.stringify(alert));
  };
  let visited = 0;
  return {
    alerts,
    visited: () => visited,
    async apply(at: number, step: Step): Promise<void> {
      switch (step.kind) {
        case 'agent':
          identity.upsertAgent(registryRecordSchema.parse(step.record));
          return;
        case 'person':
          identity.upsertDirectory(personRecordSchema.parse({ id: step.id, status: step.status }));
          return;
        case 'event': {
          const event = eventSchema.parse({
            event_id: `e${step.n}`,
            ts: at,
            agent: { id: step.agentId },
            action: { api: 'crm.contacts.read', service: 'crm', category: 'read' },
            credential: { id: step.credential },
            source_ip: `10.0.0.${step.n % 7}`,
          });
          const view = registry.view(event);
          const result = runner.process(event, { ...view, identity });
          keep(result.alerts);
          registry.learn(event, result.verdict);
          identity.learn(event, view.learning);
          keep(runner.closeExpired());
          return;
        }
        case 'close-all':
          keep(runner.closeAll());
          return;
        case 'sweep': {
          const result = await sweep.run(at, keep);
          visited += result.visited;
          return;
        }
      }
    },
  };
}

describe('posture sweep index', () => {
  // Short dedup windows, so conditions close and must be raised again; a detector without any
  // (nothing held open) and a min_severity that only a long overdue approval passes.
  // The last figure bounds the share of checks the index may make: without a dedup window an
  // overdue key is raised by every sweep, so its agent is checked every time.
  const settings: [string, Record<string, unknown>, number][] = [
    [
      'short dedup windows',
      {
        'stale-approval': { dedup_window_minutes: 2 * 24 * 60 },
        ownership: { dedup_window_minutes: 3 * 24 * 60 },
        'credential-hygiene': { dedup_window_minutes: 24 * 60 },
      },
      0.25,
    ],
    [
      'no dedup window, min severity',
      {
        'stale-approval': { min_severity: 'high', dedup_window_minutes: 5 * 24 * 60 },
        'credential-hygiene': { dedup_window_minutes: 0 },
      },
      0.75,
    ],
  ];

  for (const [name, detectors, share] of settings)
    for (const seed of [1, 2, 3])
      it(`gives the alerts a sweep of every agent gives (${name}, seed ${seed})`, async () => {
        const indexed = pipeline(detectors, false);
        const full = pipeline(detectors, true);
        for (const { at, step } of scenario(seed, 300, 120)) {
          await indexed.apply(at, step);
          await full.apply(at, step);
        }
        expect(indexed.alerts).toEqual(full.alerts);
        // The run exercised something: conditions raised, and many agents not checked again.
        expect(full.alerts.length).toBeGreaterThan(300);
        expect(indexed.visited()).toBeLessThan(full.visited() * share);
      });

  it('gives the same alerts when agents are declared again before every sweep (stale index entries)', async () => {
    // Every agent's review and rotation dates move before each sweep: the index keeps an entry
    // per old date until it is rebuilt, which this run makes it do several times.
    const rand = prng(7);
    const steps: { at: number; step: Step }[] = [];
    for (let p = 0; p < PEOPLE; p++)
      steps.push({ at: T0, step: { kind: 'person', id: person(p), status: 'active' } });
    let at = T0;
    // Reviewed a few days ago, due again within days (these lapse between two declarations) or
    // in a month or two (these leave far entries behind when declared again).
    const reviewed = (i: number): RegistryRecordInput => ({
      ...agentRecord(rand, i, at),
      status: 'active',
      approved_by: person(i % PEOPLE),
      approved_at: at - Math.floor(rand() * 3 * DAY),
      review_every_days: rand() < 0.5 ? 1 + Math.floor(rand() * 5) : 30 + Math.floor(rand() * 30),
    });
    for (let s = 0; s < 80; s++) {
      for (let i = 0; i < 40; i++)
        if (s === 0 || rand() < 0.3) steps.push({ at, step: { kind: 'agent', record: reviewed(i) } });
      steps.push({ at, step: { kind: 'sweep' } });
      at += Math.floor((1 + rand() * 30) * HOUR);
    }
    const detectors = { 'stale-approval': { dedup_window_minutes: 60 } };
    const indexed = pipeline(detectors, false);
    const full = pipeline(detectors, true);
    for (const { at: t, step } of steps) {
      await indexed.apply(t, step);
      await full.apply(t, step);
    }
    expect(indexed.alerts).toEqual(full.alerts);
    expect(full.alerts.length).toBeGreaterThan(100);
  });

  it('checks again an agent whose record, owner or open condition changed, and no other', async () => {
    const { runner, identity } = createDetection(configSchema.parse({}), {
      metrics: createMetrics({ defaultMetrics: false }),
      logger: silentLogger(),
      persistence: undefined,
    });
    identity.upsertDirectory(personRecordSchema.parse({ id: 'boss@x.com', status: 'active' }));
    identity.upsertDirectory(personRecordSchema.parse({ id: 'other@x.com', status: 'active' }));
    for (let i = 0; i < 100; i++)
      identity.upsertAgent(
        registryRecordSchema.parse({
          agent_id: `agent-${i}`,
          owner: i < 10 ? 'boss@x.com' : 'other@x.com',
          approved_by: 'other@x.com',
          approved_at: T0 - DAY,
          review_every_days: 30,
        }),
      );
    const sweep = new PostureSweep(runner, identity, HOUR);
    const reasons = (list: readonly Alert[]) => list.map((a) => `${a.agent.id} ${a.reason}`);
    let raised: string[] = [];
    expect(await sweep.run(T0, (a) => raised.push(...reasons(a)))).toMatchObject({
      agents: 100,
      visited: 100,
    });
    expect(raised).toEqual([]);
    expect(await sweep.run(T0 + HOUR, () => expect.unreachable())).toMatchObject({ visited: 0 });

    identity.upsertDirectory(personRecordSchema.parse({ id: 'boss@x.com', status: 'departed' }));
    raised = [];
    expect(await sweep.run(T0 + 2 * HOUR, (a) => raised.push(...reasons(a)))).toMatchObject({ visited: 10 });
    expect(raised).toEqual(Array.from({ length: 10 }, (_, i) => `agent-${i} owner_departed`));

    // The approvals lapse after 30 days: every agent is due then, and not before.
    expect(await sweep.run(T0 + 28 * DAY, () => expect.unreachable())).toMatchObject({ visited: 0 });
    raised = [];
    expect(await sweep.run(T0 + 30 * DAY, (a) => raised.push(...reasons(a)))).toMatchObject({ visited: 100 });
    expect(raised.filter((r) => r.endsWith('approval_overdue'))).toHaveLength(100);

    // Every open condition closed: all of them are raised again.
    runner.closeAll();
    raised = [];
    expect(await sweep.run(T0 + 31 * DAY, (a) => raised.push(...reasons(a)))).toMatchObject({ visited: 100 });
    expect(raised).toHaveLength(110);
  });
});
