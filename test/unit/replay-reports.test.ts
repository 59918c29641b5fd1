import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { replayCommand } from '../../src/cli/replay-command.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('replay-reports');
afterAll(() => dir.cleanup());

describe('replay reports on stderr', () => {
  it('one line per refused record, control characters shown as escapes, never written raw', async () => {
    const input = join(dir.path, 'bad\u001b[31m.ndjson');
    const lines = [
      // JSON.parse quotes the input in its message: an ESC sequence and a CR outside strings.
      '\u001b[2J\r{"forged":"agentwatch replay: 0 events read"}',
      // zod names the field path: a key with a line separator and NUL.
      JSON.stringify({
        event_id: 'e',
        ts: 1_777_000_000_000,
        agent: { id: 'a' },
        action: { api: 'x' },
        ['evil\u2028key\u0000']: 1,
      }),
      '{"event_id":"x\u0085y"',
    ];
    writeFileSync(input, lines.join('\n') + '\n');
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    try {
      const code = await replayCommand([
        input,
        '--no-store',
        '--dead-letter',
        join(dir.path, 'rejected.ndjson'),
        '--out',
        join(dir.path, 'alerts.ndjson'),
      ]);
      // Nothing in the input was a valid event: a warning and exit 1.
      expect(code).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const reports = written.join('').split('\n').filter(Boolean);
    const rejected = reports.filter((r) => r.startsWith('rejected '));
    expect(rejected).toHaveLength(3);
    expect(rejected.map((r) => /:(\d+): /.exec(r)?.[1])).toEqual(['1', '2', '3']);
    // eslint-disable-next-line no-control-regex -- nothing that moves the cursor or breaks the line
    expect(written.join('')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(rejected[0]).toContain('\\u001b');
    expect(reports.find((r) => r.startsWith('agentwatch replay: '))).toMatch(
      /^agentwatch replay: 3 lines read: 0 events, 3 rejected/,
    );
    expect(reports.at(-1)).toMatch(/^warning: no valid event in the input/);
  });
});
