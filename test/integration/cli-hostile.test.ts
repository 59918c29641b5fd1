import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

// Issue 12's CLI rows, as a hostile or unlucky user meets them: each reproduced first, then fixed.
const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const SAMPLE = new URL('../../examples/sample-events.ndjson', import.meta.url).pathname;
const FIXTURE = new URL('../fixtures/large-transfer-detector.mjs', import.meta.url).pathname;
const dir = tempDir('cli-hostile');
afterAll(() => dir.cleanup());

function cli(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    timeout: 180_000,
    cwd: dir.path,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function count(store: string, query: string): number {
  const r = cli(['sql', query, '--store', store, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return Object.values(JSON.parse(r.stdout.trim()) as Record<string, number>)[0] ?? NaN;
}

const sampleLines = readFileSync(SAMPLE, 'utf8').split('\n').filter(Boolean).length;
const store = join(dir.path, 'store');

beforeAll(() => {
  const r = cli(['replay', SAMPLE, '--store', store, '--quiet']);
  expect(r.code, r.stderr).toBe(0);
});

describe('replay from stdin into a new store', () => {
  it('cat events.ndjson | agentwatch replay - --store NEW_DIR stores every event', () => {
    const fresh = join(dir.path, 'stdin-store');
    const r = cli(['replay', '-', '--store', fresh, '--quiet'], readFileSync(SAMPLE, 'utf8'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${sampleLines} lines read: ${sampleLines - 1} events, 1 rejected`);
    expect(count(fresh, 'SELECT count() FROM agentwatch.events FINAL')).toBe(sampleLines - 1);
  });
});

describe('stdout closed by its reader', () => {
  it('replay | (a reader that leaves) still stores every event and alert, exit 0', () => {
    const target = join(dir.path, 'epipe-store');
    // `true` exits without reading: the first alert written to the pipe meets EPIPE.
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${BIN}" replay "${SAMPLE}" --store "${target}" --quiet | true; echo "rc=\${PIPESTATUS[0]}" >&2`,
      ],
      { encoding: 'utf8', timeout: 180_000, cwd: dir.path },
    );
    expect(r.stderr).toContain('rc=0');
    expect(r.stderr).toMatch(/stdout was closed by its reader: \d+ alert lines not printed/);
    expect(count(target, 'SELECT count() FROM agentwatch.events FINAL')).toBe(sampleLines - 1);
    expect(count(target, 'SELECT count() FROM agentwatch.alerts FINAL')).toBe(
      count(store, 'SELECT count() FROM agentwatch.alerts FINAL'),
    );
  });
});

describe('output files in folders that do not exist', () => {
  it('--dead-letter and --out create their folders', () => {
    const deadLetter = join(dir.path, 'no', 'such', 'folder', 'rejected.ndjson');
    const out = join(dir.path, 'other', 'alerts.ndjson');
    const r = cli(['replay', SAMPLE, '--no-store', '--quiet', '--dead-letter', deadLetter, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(deadLetter, 'utf8')).toContain('malformed_json');
    expect(readFileSync(out, 'utf8').length).toBeGreaterThan(0);
  });

  it('--out holds one replay: a second run replaces it, --append adds to it', () => {
    const out = join(dir.path, 'again', 'alerts.ndjson');
    const lines = () => readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
    const replay = (...extra: string[]) =>
      cli(['replay', SAMPLE, '--no-store', '--quiet', '--out', out, ...extra]);
    expect(replay().code).toBe(0);
    const once = lines();
    expect(once).toBeGreaterThan(0);
    expect(replay().code).toBe(0);
    expect(lines()).toBe(once);
    expect(replay('--append').code).toBe(0);
    expect(lines()).toBe(2 * once);
  });
});

describe('agentwatch sql is read-only unless --write', () => {
  it('refuses DROP, INSERT and SET; the store still works afterwards', () => {
    for (const statement of [
      'DROP TABLE agentwatch.baselines',
      "INSERT INTO agentwatch.baselines (agent_id, last_ts, state) VALUES ('x', 0, '{}')",
      'ALTER TABLE agentwatch.events DELETE WHERE 1',
      'SELECT 1 SETTINGS readonly = 0',
    ]) {
      const r = cli(['sql', statement, '--store', store]);
      expect(r.code, statement).not.toBe(0);
      expect(r.stderr, statement).toMatch(/read-only unless --write|readonly/);
    }
    expect(count(store, 'SELECT count() FROM agentwatch.baselines')).toBeGreaterThan(0);
    expect(count(store, 'SELECT count() FROM agentwatch.events FINAL')).toBe(sampleLines - 1);
    const again = cli(['replay', SAMPLE, '--store', store, '--quiet']);
    expect(again.code, again.stderr).toBe(0);
  });

  it('refuses table functions that read files or URLs, and INTO OUTFILE, in every mode', () => {
    const outfile = join(dir.path, 'leak.txt');
    for (const statement of [
      "SELECT * FROM file('/etc/passwd', 'LineAsString')",
      "SELECT * FROM `file`('/etc/passwd', 'LineAsString')",
      "SELECT * FROM FILE /* comment */ ('/etc/passwd', 'LineAsString')",
      "SELECT file('/etc/passwd')",
      "SELECT * FROM url('http://127.0.0.1:1/x', 'LineAsString')",
      "SELECT * FROM s3('http://127.0.0.1:1/bucket/key', 'LineAsString')",
      "SELECT * FROM remote('127.0.0.1:1', system.one)",
      "SELECT * FROM executable('id', 'LineAsString', 'x String')",
      `SELECT 1 INTO OUTFILE '${outfile}'`,
    ]) {
      for (const mode of [[], ['--write']]) {
        const r = cli(['sql', statement, '--store', store, ...mode]);
        expect(r.code, `${statement} ${mode.join(' ')}`).toBe(2);
        expect(r.stderr).toMatch(/is refused/);
      }
    }
    expect(existsSync(outfile)).toBe(false);
    // The same words inside a string are only text.
    const text = cli([
      'sql',
      "SELECT 'file(x)' AS t, count() AS n FROM agentwatch.events",
      '--store',
      store,
      '--json',
    ]);
    expect(text.code, text.stderr).toBe(0);
    // Nineteen CLI processes, one after another: a minute on a loaded two-core machine (63 s seen).
  }, 180_000);

  it('--write opts in to changing the store', () => {
    const scratch = join(dir.path, 'write-store');
    expect(cli(['replay', SAMPLE, '--store', scratch, '--quiet']).code).toBe(0);
    const r = cli(['sql', 'TRUNCATE TABLE agentwatch.alerts', '--store', scratch, '--write']);
    expect(r.code, r.stderr).toBe(0);
    expect(count(scratch, 'SELECT count() FROM agentwatch.alerts')).toBe(0);
  });

  it('refuses a store that does not exist instead of creating an empty one', () => {
    const missing = join(dir.path, 'stroe');
    const r = cli(['sql', 'SELECT count() FROM agentwatch.events', '--store', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no store at ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });

  it("prints a SQL error once, without the client's FORMAT clause", () => {
    const r = cli(['sql', 'SELEC 1', '--store', store]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Syntax error');
    expect(r.stderr).not.toContain('FORMAT JSONEachRow');
    expect(r.stderr).not.toContain('caused by');
    expect(r.stderr.match(/Syntax error/g)).toHaveLength(1);
  });
});

describe('opening a store never changes its TTL unless the configuration sets one', () => {
  it('keeps a TTL set by configuration through replays and queries without one', () => {
    const ttlStore = join(dir.path, 'ttl-store');
    const config = join(dir.path, 'ttl.json');
    writeFileSync(config, JSON.stringify({ store: { events_ttl_days: 36500 } }));
    const ttlOf = () => {
      const r = cli([
        'sql',
        "SELECT create_table_query FROM system.tables WHERE database = 'agentwatch' AND name = 'events'",
        '--store',
        ttlStore,
        '--json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { create_table_query: string }).create_table_query;
    };
    expect(cli(['replay', SAMPLE, '--store', ttlStore, '--quiet', '--config', config]).code).toBe(0);
    expect(ttlOf()).toContain('TTL toDateTime(ts) + toIntervalDay(36500)');
    expect(cli(['replay', SAMPLE, '--store', ttlStore, '--quiet']).code).toBe(0);
    expect(ttlOf()).toContain('TTL toDateTime(ts) + toIntervalDay(36500)');
    // 0 says "keep forever": the TTL goes.
    writeFileSync(config, JSON.stringify({ store: { events_ttl_days: 0 } }));
    expect(cli(['replay', SAMPLE, '--store', ttlStore, '--quiet', '--config', config]).code).toBe(0);
    expect(ttlOf()).not.toContain('TTL');
  });
});

describe('configuration corners', () => {
  it('an exception may name a disabled custom detector (loaded or not)', () => {
    const config = join(dir.path, 'disabled.json');
    writeFileSync(
      config,
      JSON.stringify({
        custom_detectors: [
          { module: FIXTURE, enabled: false },
          { module: join(dir.path, 'gone.mjs'), enabled: false },
        ],
        exceptions: [
          { name: 'quiet transfers', detectors: ['large-transfer'] },
          { name: 'old detector', detectors: ['retired-detector'] },
        ],
      }),
    );
    const r = cli(['replay', SAMPLE, '--no-store', '--quiet', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    // Without any disabled detector, an unknown id is still a configuration error.
    writeFileSync(config, JSON.stringify({ exceptions: [{ name: 'typo', detectors: ['never-seen-apy'] }] }));
    const typo = cli(['replay', SAMPLE, '--no-store', '--quiet', '--config', config]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown detector "never-seen-apy"');
  });

  it('min_signal_points 0 is refused (it would make every event with an intent alert)', () => {
    const config = join(dir.path, 'min-points.json');
    writeFileSync(
      config,
      JSON.stringify({ detectors: { 'intent-mismatch': { settings: { min_signal_points: 0 } } } }),
    );
    const r = cli(['replay', SAMPLE, '--no-store', '--quiet', '--config', config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('min_signal_points');
  });
});
