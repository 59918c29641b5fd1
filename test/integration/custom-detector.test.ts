import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ndjson } from '../support/event-factory.js';
import { tempDir } from '../support/temp-dir.js';

const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const FIXTURE = new URL('../fixtures/large-transfer-detector.mjs', import.meta.url).pathname;
const dir = tempDir('custom');
afterAll(() => dir.cleanup());

function replay(config: unknown, events: unknown[]) {
  const cfg = join(dir.path, `config-${Math.random()}.json`);
  writeFileSync(cfg, JSON.stringify(config));
  return spawnSync(process.execPath, [BIN, 'replay', '-', '--no-store', '--config', cfg], {
    encoding: 'utf8',
    input: ndjson(events),
    timeout: 60_000,
  });
}

const payment = (id: string, amount: number) => ({
  event_id: id,
  ts: '2026-03-02T10:00:00Z',
  agent: { id: 'payer' },
  action: { api: 'payments.transfers.create', category: 'payment', parameters: { amount } },
});

describe('detectors of your own', () => {
  it('runs a module named in custom_detectors, with its own validated settings', () => {
    const r = replay({ custom_detectors: [{ module: FIXTURE, settings: { threshold: 500 } }] }, [
      payment('small', 100),
      payment('big', 9000),
    ]);
    expect(r.status, r.stderr).toBe(0);
    const alerts = r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { detector: { id: string }; event_ids: string[] });
    expect(alerts.map((a) => [a.detector.id, a.event_ids])).toEqual([['large-transfer', ['big']]]);
  });

  it('refuses bad settings and unknown exception detectors with exit 2, naming the field', () => {
    const bad = replay({ custom_detectors: [{ module: FIXTURE, settings: { threshold: 'lots' } }] }, []);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('custom_detectors.0');
    expect(bad.stderr).toContain('threshold');
    const typo = replay({ exceptions: [{ name: 'x', detectors: ['never-seen-apis'] }] }, []);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('unknown detector "never-seen-apis"');
  });
});
