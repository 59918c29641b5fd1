import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alertSchema, type Alert } from '../../schemas/alert.js';
import { tempDir } from '../support/temp-dir.js';

// The first ten minutes of a new user: help, version, typos, empty input, the summary, demo.
const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const SAMPLE = new URL('../../examples/sample-events.ndjson', import.meta.url).pathname;
const dir = tempDir('cli-usage');
afterAll(() => dir.cleanup());

function cli(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    timeout: 180_000,
    cwd: dir.path,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('agentwatch help, --help and --version', () => {
  it('prints one command\'s own options for "help X" and "X --help", exit 0', () => {
    for (const [command, option] of [
      ['replay', '--dead-letter'],
      ['simulate', '--warmup-days'],
      ['sql', '--write'],
      ['demo', '--keep'],
      ['run', '--config'],
      ['schema', 'event|alert|config'],
    ] as const) {
      const viaHelp = cli(['help', command]);
      expect(viaHelp.code, viaHelp.stderr).toBe(0);
      expect(viaHelp.stdout).toContain(`agentwatch ${command}`);
      expect(viaHelp.stdout).toContain(option);
      // Not the general usage: that one lists every command.
      expect(viaHelp.stdout).not.toContain('agentwatch help [COMMAND]');
      const viaFlag = cli([command, '--help']);
      expect(viaFlag.code, viaFlag.stderr).toBe(0);
      expect(viaFlag.stdout).toBe(viaHelp.stdout);
    }
    expect(cli(['replay', 'x.ndjson', '-h']).stdout).toContain('--dead-letter');
  });

  it('prints the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      const r = cli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(`agentwatch ${pkg.version}`);
    }
  });

  it('names the closest option or command on a typo, exit 2', () => {
    const option = cli(['replay', SAMPLE, '--stor', 'x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('unknown option --stor (did you mean --store?)');
    expect(option.stderr).toContain('agentwatch replay --help');
    const sql = cli(['sql', 'SELECT 1', '--jsn']);
    expect(sql.code).toBe(2);
    expect(sql.stderr).toContain('did you mean --json?');
    const command = cli(['replya', SAMPLE]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('did you mean "replay"?');
    const help = cli(['help', 'simulat']);
    expect(help.code).toBe(2);
    expect(help.stderr).toContain('did you mean "simulate"?');
  });

  it('names the closest option for every command, not only those of the quick start', () => {
    for (const [args, hint] of [
      [['alerts', '--jsn'], '--json'],
      [['decide', 'x', '--verdcit', 'benign'], '--verdict'],
      [['inventory', '--ownr', 'x'], '--owner'],
      [['review', '--ownr', 'x'], '--owner'],
      [['schema', 'evnt'], '"event"'],
    ] as const) {
      const r = cli([...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`did you mean ${hint}?`);
    }
  });
});

describe('messages said once, usage errors exit 2', () => {
  it('says "input file not found" once, without the command name twice', () => {
    const r = cli(['replay', 'missing.ndjson', '--no-store']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('agentwatch replay: input file not found: missing.ndjson');
  });

  it('demo --agents 0 is a usage error of demo (exit 2), not a failure of a child process', () => {
    const r = cli(['demo', '--agents', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('agentwatch demo: --agents must be an integer from 1 to 10000, got "0"');
  });

  it('a usage error is one line that points to the help, not the help escaped into it', () => {
    for (const [args, message] of [
      [['decide'], 'agentwatch decide: takes one ALERT_ID; see agentwatch decide --help'],
      [
        ['review'],
        'agentwatch review: needs --owner X: whose agents to review; see agentwatch review --help',
      ],
      [
        ['sql', 'SELECT 1 FORMAT JSON'],
        'agentwatch sql: leave out FORMAT JSON: sql prints a table, or one JSON object per row with --json',
      ],
    ] as const) {
      const r = cli([...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim()).toBe(message);
    }
  });

  it('inventory and review refuse a store that does not exist instead of listing nothing', () => {
    for (const args of [['inventory'], ['review', '--owner', 'x@acme-corp.com']]) {
      const missing = join(dir.path, `stroe-${args[0]}`);
      const r = cli([...args, '--store', missing]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`no store at ${missing}`);
      expect(existsSync(missing)).toBe(false);
    }
  });
});

describe('replay on empty or worthless input', () => {
  it('warns and exits 1 on an empty input', () => {
    const r = cli(['replay', '-', '--no-store'], '');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('warning: the input is empty');
  });

  it('warns and exits 1 when every line is refused', () => {
    const file = join(dir.path, 'all-bad.ndjson');
    writeFileSync(
      file,
      '{"event_id": 1}\nnot json\n{"event_id":"e","ts":"2026-02-30T10:00:00Z","agent":{"id":"a"},"action":{"api":"x"}}\n',
    );
    const r = cli(['replay', file, '--no-store']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 lines read: 0 events, 3 rejected');
    expect(r.stderr).toContain('warning: no valid event in the input');
    // The impossible date is refused as such, with its line.
    expect(r.stderr).toMatch(/all-bad\.ndjson:3: schema_violation: .*ts/);
  });
});

describe('the replay summary', () => {
  it('counts distinct alerts by detector and severity; updates of folded alerts are not new alerts', () => {
    const store = join(dir.path, 'summary-store');
    const r = cli(['replay', SAMPLE, '--store', store]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    const latest = new Map<string, Alert>();
    for (const line of lines) {
      const alert = alertSchema.parse(JSON.parse(line));
      latest.set(alert.alert_id, alert);
    }
    // The sample has folded alerts: more lines than distinct alerts.
    expect(lines.length).toBeGreaterThan(latest.size);
    expect(r.stderr).toContain(
      `${latest.size} alerts (${lines.length - latest.size} more lines were updates of folded alerts, not new alerts)`,
    );
    const table = r.stderr.split('\n').filter((l) => /^[a-z]+(-[a-z]+)+\s+\d/.test(l));
    const detectors = [...new Set([...latest.values()].map((a) => a.detector.id))].sort();
    expect(table.map((l) => l.split(/\s+/)[0])).toEqual(detectors);
    const header = r.stderr.split('\n').find((l) => l.startsWith('detector')) ?? '';
    const columns = header.split(/\s+/);
    expect(columns).toEqual(['detector', 'critical', 'high', 'medium', 'low', 'informational', 'total']);
    for (const row of table) {
      const [detector = '', ...counts] = row.split(/\s+/);
      const mine = [...latest.values()].filter((a) => a.detector.id === detector);
      const expected = ['critical', 'high', 'medium', 'low', 'informational'].map(
        (s) => mine.filter((a) => a.severity === s).length,
      );
      expect(counts.map(Number)).toEqual([...expected, mine.length]);
    }
  });
});

describe('agentwatch demo', () => {
  it('keeps its files in a folder that does not exist yet', () => {
    const keep = join(dir.path, 'not', 'yet', 'there');
    const r = cli(['demo', '--agents', '4', '--days', '14', '--seed', '3', '--keep', keep]);
    expect(r.code, r.stderr).toBe(0);
    for (const file of ['events.ndjson', 'labels.ndjson', 'alerts.ndjson', 'store'])
      expect(existsSync(join(keep, file)), file).toBe(true);
    expect(r.stdout).toMatch(/^Replayed: \d+ lines read: \d+ events/);
    expect(r.stdout).toContain('Alerts by detector and severity');
    expect(r.stdout).toContain(`Files kept in ${keep}`);
  });
});

describe('the OpenTelemetry example of docs/producer-guide.md', () => {
  it('runs as documented and prints the documented counts: events, not lines', () => {
    const guide = readFileSync(new URL('../../docs/producer-guide.md', import.meta.url), 'utf8');
    const command =
      /npx agentwatch (replay examples\/otel-genai-spans\.ndjson [^\n]*)/.exec(guide)?.[1] ?? '';
    expect(command).toContain('--input-format otel-genai');
    const documented = guide
      .split('\n')
      .filter((l) => l.startsWith('agentwatch replay: ') || l.startsWith('rejected '));
    expect(documented).toHaveLength(2);
    const root = new URL('../..', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [BIN, ...command.split(' ')], {
      encoding: 'utf8',
      cwd: root,
      timeout: 120_000,
    });
    rmSync(join(root, 'examples', 'otel-genai-spans.rejected.ndjson'), { force: true });
    expect(r.status, r.stderr).toBe(0);
    for (const line of documented) expect(r.stderr).toContain(line);
    expect(r.stderr).toContain('3 lines read: 6 events');
  });
});
