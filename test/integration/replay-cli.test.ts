import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alertSchema, type Alert } from '../../schemas/alert.js';
import { agentHistory, callOn, ndjson } from '../support/event-factory.js';
import { tempDir } from '../support/temp-dir.js';

const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const dir = tempDir('replay');
afterAll(() => dir.cleanup());

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function alertsOf(stdout: string): Alert[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => alertSchema.parse(JSON.parse(l)));
}

// The learning period is 7 active days and 50 events by default: 10 days x 8 events clears it.
const history = agentHistory({
  agentId: 'billing',
  days: 10,
  perDay: 8,
  apis: ['invoices.list', 'invoices.get'],
});

describe('agentwatch replay on the embedded store', () => {
  const store = join(dir.path, 'store');

  it('alerts on a never-seen API, names its event, reports a malformed line and processes the rest', () => {
    const file = join(dir.path, 'history.ndjson');
    const lines: unknown[] = [...history];
    lines.splice(40, 0, '{"event_id": "broken", ');
    lines.push(callOn('billing', 'iam:CreateAccessKey', 11, 'the-new-api'));
    writeFileSync(file, ndjson(lines));

    const r = cli(['replay', file, '--store', store]);
    expect(r.code, r.stderr).toBe(0);
    const alerts = alertsOf(r.stdout);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.event_ids).toEqual(['the-new-api']);
    expect(alerts[0]?.detector.id).toBe('never-seen-api');
    expect(alerts[0]?.severity).toBe('critical');
    expect(r.stderr).toContain(`${file}:41: malformed_json`);
    expect(r.stderr).toMatch(/82 lines read: 81 events, 1 rejected .*; 81 stored .*\n1 alert\n/);
    const rejected = readFileSync(join(dir.path, 'history.rejected.ndjson'), 'utf8').trim().split('\n');
    expect(rejected).toHaveLength(1);
    expect(JSON.parse(rejected[0] ?? '{}')).toMatchObject({
      reason: 'malformed_json',
      origin: { kind: 'file', line: 41 },
      raw: '{"event_id": "broken", ',
    });
  });

  it('stores the events so that they are queryable with agentwatch sql', () => {
    const r = cli([
      'sql',
      'SELECT count() AS n, uniqExact(api) AS apis FROM agentwatch.events',
      '--store',
      store,
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toEqual({ n: 81, apis: 3 });
  });

  it('keeps baselines across runs: a new process knows the history and still flags new APIs', () => {
    const file = join(dir.path, 'next-day.ndjson');
    writeFileSync(
      file,
      ndjson([
        {
          ...callOn('billing', 'invoices.get', 12, 'known-1'),
          action: { api: 'invoices.get', category: 'read' },
        },
        callOn('billing', 's3:DeleteBucket', 12, 'new-2', 'delete'),
      ]),
    );
    const r = cli(['replay', file, '--store', store]);
    expect(r.code, r.stderr).toBe(0);
    const alerts = alertsOf(r.stdout);
    expect(alerts.map((a) => a.event_ids)).toEqual([['new-2']]);
  });

  it('reads stdin and exits 2 with a message on usage errors', () => {
    const ok = cli(['replay', '-', '--no-store'], ndjson(history.slice(0, 3)));
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('3 lines read: 3 events');
    const bad = cli(['replay', '--format', 'xml', '--no-store']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown format "xml"');
  });

  it('exits 2 naming the field of an invalid config file', () => {
    const cfg = join(dir.path, 'bad-config.json');
    writeFileSync(cfg, JSON.stringify({ baseline: { quarantine_days: 'three' } }));
    const r = cli(['replay', '-', '--no-store', '--config', cfg], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('baseline.quarantine_days');
  });

  it('prints JSON Schemas that validate the shipped sample', () => {
    const r = cli(['schema', 'event']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['event_id', 'ts', 'agent', 'action']));
  });
});
