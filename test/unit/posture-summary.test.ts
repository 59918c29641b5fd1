import { describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { configSchema } from '../../schemas/config.js';
import { personRecordSchema, registryRecordSchema } from '../../schemas/registry.js';
import { parsePlanted, postureLine, postureSummary } from '../../src/cli/posture-summary.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { PostureSweep } from '../../src/pipeline/posture-sweep.js';
import { ALERT } from '../formats/alert-fixture.js';

const DAY = 86_400_000;
const AT = Date.UTC(2026, 5, 1);

/**
 * Real posture alerts, raised by the sweep: `orphan` is owned by someone who left, `lapsed` has no
 * owner and an approval overdue for review, `fine` is clean.
 */
async function sweptAlerts(): Promise<Alert[]> {
  const { runner, identity } = createDetection(configSchema.parse({}), {
    metrics: createMetrics({ defaultMetrics: false }),
    logger: silentLogger(),
    persistence: undefined,
  });
  for (const p of [
    { id: 'boss@x.com', status: 'active' },
    { id: 'gone@x.com', status: 'departed', manager: 'boss@x.com' },
  ])
    identity.upsertDirectory(personRecordSchema.parse(p));
  for (const r of [
    { agent_id: 'a-orphan', name: 'orphan-bot', owner: 'gone@x.com', approved_at: AT - 10 * DAY },
    { agent_id: 'a-lapsed', name: 'lapsed-bot', owner: null, approved_at: AT - 100 * DAY },
    { agent_id: 'a-fine', name: 'fine-bot', owner: 'boss@x.com', approved_at: AT - 5 * DAY },
  ])
    identity.upsertAgent(
      registryRecordSchema.parse({ ...r, approved_by: 'boss@x.com', review_every_days: 30 }),
    );
  const alerts: Alert[] = [];
  await new PostureSweep(runner, identity, 60 * 60_000).run(AT, (a) => alerts.push(...a));
  return alerts;
}

const planted = parsePlanted(
  [
    {
      detector: 'ownership',
      reason: 'owner_departed',
      agent_id: 'a-orphan',
      check: 'alert',
      kind: 'orphaned',
    },
    { detector: 'ownership', reason: 'no_owner', agent_id: 'a-lapsed', check: 'alert', kind: 'orphaned' },
    {
      detector: 'stale-approval',
      reason: 'approval_overdue',
      agent_id: 'a-lapsed',
      check: 'alert',
      kind: 'stale',
    },
    {
      detector: 'credential-hygiene',
      reason: 'credential_expired',
      agent_id: 'a-fine',
      check: 'alert',
      kind: 'x',
    },
    { detector: 'access-drift', reason: 'unused_grant', agent_id: 'a-fine', check: 'inventory', kind: 'x' },
  ]
    .map((l) => JSON.stringify(l))
    .join('\n'),
);

describe('the posture section of the demo', () => {
  it('counts posture alerts per detector, with planted and raised, and leaves behaviour alerts out', async () => {
    const alerts = await sweptAlerts();
    const text = postureSummary([...alerts, ALERT], planted);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Posture (registry and directory): 3 alerts on 2 agents');
    const row = (detector: string) => lines.find((l) => l.startsWith(`${detector} `))?.split(/\s{2,}/) ?? [];
    expect(lines[1]?.split(/\s{2,}/)).toEqual([
      'detector',
      'alerts',
      'agents',
      'planted',
      'raised',
      'conditions',
    ]);
    expect(row('ownership')).toEqual(['ownership', '2', '2', '2', '2', 'no_owner 1, owner_departed 1']);
    expect(row('stale-approval')).toEqual(['stale-approval', '1', '1', '1', '1', 'approval_overdue 1']);
    // Planted and never raised: the row is there, so the miss shows.
    expect(row('credential-hygiene')).toEqual(['credential-hygiene', '0', '0', '1', '0']);
    expect(text).not.toContain('never-seen-api');
    expect(text).not.toContain('access-drift');
  });

  it('gives one example per detector: the condition, who owns the agent, who approved it and when', async () => {
    const alerts = await sweptAlerts();
    const examples = postureSummary(alerts)
      .split('\n')
      .filter((l) => l.startsWith('  - '));
    expect(examples).toHaveLength(2);
    const orphan = alerts.find((a) => a.reason === 'owner_departed');
    expect(orphan && postureLine(orphan)).toBe(
      'ownership/owner_departed: orphan-bot: Owner of agent orphan-bot has left; owner gone@x.com (departed), ' +
        'approved by boss@x.com on 2026-05-22 (10 days before the alert)',
    );
    const lapsed = alerts.find((a) => a.reason === 'approval_overdue');
    expect(lapsed && postureLine(lapsed)).toBe(
      'stale-approval/approval_overdue: lapsed-bot: Approval of agent lapsed-bot is overdue for review; ' +
        'no owner on record, approved by boss@x.com on 2026-02-21 (100 days before the alert)',
    );
  });

  it('says so when there is no posture alert and nothing was planted', () => {
    expect(postureSummary([ALERT])).toBe(
      'Posture (registry and directory): no posture alerts (no registry or directory given, or a clean fleet).\n',
    );
  });

  it('refuses a planted-conditions line that is not one', () => {
    expect(() => parsePlanted('{"detector":"ownership"}\n')).toThrow();
  });
});
