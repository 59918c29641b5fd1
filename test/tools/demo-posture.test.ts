import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POSTURE_DETECTORS } from '../../src/simulation/identity-plan.js';
import { tempDir } from '../support/temp-dir.js';

/*
 * `agentwatch demo` end to end (simulate with a registry and directory, replay on the embedded
 * store, summary): its posture section counts the alerts of every posture detector, each planted
 * condition raised, with one example per detector saying who owns the agent and who approved it.
 */

const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const dir = tempDir('demo-posture');
afterAll(() => dir.cleanup());

describe('agentwatch demo', () => {
  it('shows a posture section: alerts per posture detector, planted conditions raised, who owns and approved', () => {
    const keep = join(dir.path, 'demo');
    const r = spawnSync(process.execPath, [BIN, 'demo', '--keep', keep], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status, r.stderr).toBe(0);
    // The registry and directory the simulator wrote are the ones the replay read.
    for (const file of ['registry.ndjson', 'directory.ndjson', 'posture-labels.ndjson'])
      expect(existsSync(join(keep, file)), file).toBe(true);
    const section = r.stdout.slice(r.stdout.indexOf('Posture (registry and directory):'));
    const lines = section.split('\n');
    expect(lines[0]).toMatch(/^Posture \(registry and directory\): \d+ alerts on \d+ agents$/);
    expect(lines[1]?.split(/\s{2,}/)).toEqual([
      'detector',
      'alerts',
      'agents',
      'planted',
      'raised',
      'conditions',
    ]);
    const rows = new Map(
      lines
        .slice(3)
        .filter((l) => /^[a-z-]+ {2,}\d/.test(l))
        .map((l) => {
          const [detector = '', alerts, agents, planted, raised] = l.split(/\s{2,}/);
          return [
            detector,
            {
              alerts: Number(alerts),
              agents: Number(agents),
              planted: Number(planted),
              raised: Number(raised),
            },
          ];
        }),
    );
    // Every posture detector has something planted in the default demo, and each planted condition
    // is raised (recall 1.0, as the simulator's posture test holds it).
    expect([...rows.keys()].sort()).toEqual([...POSTURE_DETECTORS].sort());
    for (const [detector, row] of rows) {
      expect(row.planted, detector).toBeGreaterThan(0);
      expect(row.raised, detector).toBe(row.planted);
      expect(row.alerts, detector).toBeGreaterThanOrEqual(row.raised);
    }
    const planted = readFileSync(join(keep, 'posture-labels.ndjson'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('"check":"alert"')).length;
    expect([...rows.values()].reduce((s, row) => s + row.planted, 0)).toBe(planted);
    // One example per detector, each naming the condition, the owner (or its absence) and the approver.
    const examples = lines.filter((l) => l.startsWith('  - '));
    expect(examples.map((l) => l.slice(4, l.indexOf('/'))).sort()).toEqual([...POSTURE_DETECTORS].sort());
    for (const line of examples) {
      expect(line).toMatch(/; (owner \S+|no owner on record)/);
      expect(line).toMatch(/approved by (\S+ on \d{4}-\d{2}-\d{2}|nobody on record)/);
    }
    // The three alerts explained are about behaviour; posture has its own section.
    const explained = r.stdout.slice(
      r.stdout.indexOf('Three alerts explained:'),
      r.stdout.indexOf('Posture (registry'),
    );
    for (const id of POSTURE_DETECTORS) expect(explained).not.toContain(`detector   ${id} (`);
  });
});
