import { describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { configSchema } from '../../schemas/config.js';
import type { RejectedRecord } from '../../src/dead-letter/rejected-record.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { Pipeline, type InputRecord } from '../../src/pipeline/pipeline.js';
import { PostureSweep } from '../../src/pipeline/posture-sweep.js';
import { applyIdentityRecord, parseIdentityRecord } from '../../src/registry/identity-records.js';
import { setupSimulation, simulateFleet } from '../../src/simulation/fleet-simulator.js';
import {
  POSTURE_DETECTORS,
  planIdentity,
  plantPosture,
  type PostureLabel,
} from '../../src/simulation/identity-plan.js';

const POSTURE: ReadonlySet<string> = new Set(POSTURE_DETECTORS);

/** Replays a simulated fleet with its registry and directory through the real pipeline (no store). */
async function replayFleet(agents: number, days: number, seed: number) {
  const setup = setupSimulation({ agents, days, seed });
  const plan = planIdentity(setup);
  const config = configSchema.parse({});
  const metrics = createMetrics({ defaultMetrics: false });
  const { registry, runner, identity } = createDetection(config, {
    metrics,
    logger: silentLogger(),
    persistence: undefined,
  });
  for (const record of plan.registry) {
    const parsed = parseIdentityRecord('registry', JSON.stringify(record));
    if (!parsed.ok) throw new Error(parsed.error);
    applyIdentityRecord(identity, parsed);
  }
  for (const record of plan.directory) {
    const parsed = parseIdentityRecord('directory', JSON.stringify(record));
    if (!parsed.ok) throw new Error(parsed.error);
    applyIdentityRecord(identity, parsed);
  }
  const alerts: Alert[] = [];
  const rejected: RejectedRecord[] = [];
  const pipeline = new Pipeline({
    registry,
    runner,
    sinks: [
      {
        name: 'memory',
        send: (a: readonly Alert[]) => (alerts.push(...a), Promise.resolve()),
        close: () => Promise.resolve(),
      },
    ],
    deadLetter: {
      description: 'memory',
      park: (e: readonly RejectedRecord[]) => (rejected.push(...e), Promise.resolve()),
      close: () => Promise.resolve(),
    },
    store: undefined,
    metrics,
    logger: silentLogger(),
    sourceKind: 'file',
    maxEventBytes: 65_536,
    batchMaxRows: 10_000,
    batchMaxMs: 1000,
    baselinePersistMs: 60_000,
    identity,
    sweep: { sweep: new PostureSweep(runner, identity, 60 * 60_000), clock: 'event' },
  });
  const labels: PostureLabel[] = [...plan.labels];
  let batch: InputRecord[] = [];
  let line = 0;
  for (const { event, posture } of plantPosture(simulateFleet(setup), setup, plan)) {
    labels.push(...posture);
    batch.push({ value: JSON.stringify(event), origin: { kind: 'file', path: 'sim', line: ++line } });
    if (batch.length >= 2000) {
      await pipeline.processBatch(batch);
      batch = [];
    }
  }
  await pipeline.processBatch(batch);
  await pipeline.finish();
  const incidentAgents = new Set(setup.plan.incidents.map((i) => setup.fleet.agents[i.agentIndex]?.id));
  const clean = setup.fleet.agents.filter((a) => !plan.planted.has(a.id) && !incidentAgents.has(a.id));
  return { setup, plan, labels, alerts, rejected, clean, identity };
}

describe('posture conditions planted in a simulated fleet', () => {
  it('each is raised once by its detector, and clean agents raise nothing (recall 1.0, precision 1.0)', async () => {
    const { labels, alerts, rejected, clean } = await replayFleet(60, 24, 11);
    expect(rejected).toEqual([]);
    const posture = alerts.filter((a) => POSTURE.has(a.detector.id));
    const alertLabels = labels.filter((l) => l.check === 'alert');
    // Every kind of plan is there: shadow, suspended, orphaned, stale, credential, drift, delegation.
    expect(new Set(alertLabels.map((l) => l.detector))).toEqual(POSTURE);
    const misses: string[] = [];
    const repeats: string[] = [];
    for (const label of alertLabels) {
      const ids = new Set(
        posture
          .filter(
            (a) =>
              a.detector.id === label.detector && a.agent.id === label.agent_id && a.reason === label.reason,
          )
          .map((a) => a.alert_id),
      );
      if (ids.size === 0)
        misses.push(`${label.detector}/${label.reason} on ${label.agent_id} (${label.kind})`);
      if (ids.size > 1)
        repeats.push(`${label.detector}/${label.reason} on ${label.agent_id}: ${ids.size} alerts`);
    }
    if (process.env['POSTURE_DEBUG'])
      console.log(
        JSON.stringify(
          {
            labels: alertLabels.map((l) => `${l.detector}/${l.reason}/${l.kind}`),
            posture: posture.length,
            byDetector: Object.fromEntries(
              POSTURE_DETECTORS.map((d) => [
                d,
                new Set(posture.filter((a) => a.detector.id === d).map((a) => a.alert_id)).size,
              ]),
            ),
            clean: clean.length,
          },
          null,
          1,
        ),
      );
    expect(misses, 'recall 1.0').toEqual([]);
    expect(repeats, 'raised once').toEqual([]);
    const cleanIds = new Set(clean.map((a) => a.id));
    expect(clean.length).toBeGreaterThan(10);
    const onClean = posture
      .filter((a) => cleanIds.has(a.agent.id))
      .map((a) => `${a.detector.id}/${a.reason} on ${a.agent.id}: ${a.description}`);
    expect([...new Set(onClean)], 'precision 1.0: no posture alert on a clean agent').toEqual([]);
    // Every posture alert says who approved the agent and when, who owns it, for whom and the chain.
    for (const a of posture)
      for (const key of ['approved_by', 'approved_at', 'owner', 'on_behalf_of', 'delegation_chain'])
        expect(a.evidence, `${a.detector.id} ${key}`).toHaveProperty(key);
  }, 120_000);
});
