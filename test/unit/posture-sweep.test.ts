import { describe, expect, it } from 'vitest';
import { configSchema } from '../../schemas/config.js';
import { personRecordSchema, registryRecordSchema } from '../../schemas/registry.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { PostureSweep } from '../../src/pipeline/posture-sweep.js';

const DAY = 86_400_000;
const AT = Date.UTC(2026, 5, 1);

/** A fleet where every tenth agent's approval is overdue and every twentieth has no owner. */
function fleet(agents: number) {
  const { runner, identity } = createDetection(configSchema.parse({}), {
    metrics: createMetrics({ defaultMetrics: false }),
    logger: silentLogger(),
    persistence: undefined,
  });
  identity.upsertDirectory(personRecordSchema.parse({ id: 'boss@x.com', status: 'active' }));
  for (let i = 0; i < agents; i++)
    identity.upsertAgent(
      registryRecordSchema.parse({
        agent_id: `agent-${i}`,
        owner: i % 20 === 0 ? null : 'boss@x.com',
        approved_by: 'boss@x.com',
        approved_at: AT - (i % 10 === 0 ? 120 : 10) * DAY,
        review_every_days: 30,
      }),
    );
  return new PostureSweep(runner, identity, 60 * 60_000);
}

describe('posture sweep', () => {
  it('raises each condition of the fleet once, and nothing when the next sweep finds them open', async () => {
    const sweep = fleet(2000);
    const first: string[] = [];
    const r1 = await sweep.run(AT, (alerts) => first.push(...alerts.map((a) => `${a.agent.id} ${a.reason}`)));
    expect(r1.agents).toBe(2000);
    expect(first.filter((a) => a.endsWith('approval_overdue'))).toHaveLength(200);
    expect(first.filter((a) => a.endsWith('no_owner'))).toHaveLength(100);
    expect(new Set(first).size).toBe(first.length);
    const r2 = await sweep.run(AT + 3_600_000, () =>
      expect.unreachable('open conditions are not raised again'),
    );
    expect(r2).toMatchObject({ agents: 2000, visited: 0, alerts: 0 });
  });

  it('gives the event loop back while it sweeps: callbacks queued before it run before it ends', async () => {
    const sweep = fleet(30_000);
    const order: string[] = [];
    const sweeping = sweep
      .run(AT, () => undefined)
      .then((r) => {
        order.push('sweep done');
        return r;
      });
    setImmediate(() => order.push('immediate'));
    const result = await sweeping;
    expect(result.agents).toBe(30_000);
    expect(order).toEqual(['immediate', 'sweep done']);
  });
});
