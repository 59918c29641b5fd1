import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { jsonFormat } from '../../src/formats/alert-formatter.js';
import { StreamSink } from '../../src/sinks/stream-sink.js';
import { WritableTransport } from '../../src/sinks/stream-transport.js';
import { ALERT } from '../formats/alert-fixture.js';
import { tempDir } from '../support/temp-dir.js';

const dirs: { cleanup: () => void }[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.cleanup();
});

function alert(id: string, severity: Alert['severity'] = 'high'): Alert {
  return { ...ALERT, alert_id: id, severity };
}

describe('StreamSink (replay output over the line transports)', () => {
  it('creates the file (and its folder) up front, even when no alert comes', async () => {
    const dir = tempDir('stream-sink');
    dirs.push(dir);
    const path = join(dir.path, 'nested', 'alerts.ndjson');
    const sink = StreamSink.file('out', path, jsonFormat, 'informational');
    expect(existsSync(path)).toBe(true);
    await sink.close();
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('replaces what the file held when asked to, and appends to it otherwise', async () => {
    const dir = tempDir('stream-sink');
    dirs.push(dir);
    const path = join(dir.path, 'alerts.ndjson');
    const run = async (replace: boolean, id: string) => {
      const sink = StreamSink.file('out', path, jsonFormat, 'informational', { replace });
      await sink.send([alert(id)]);
      await sink.close();
    };
    await run(true, 'first');
    await run(true, 'second');
    const ids = () =>
      readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as Alert).alert_id);
    expect(ids()).toEqual(['second']);
    await run(false, 'third');
    expect(ids()).toEqual(['second', 'third']);
  });

  it('writes lines in the order send was called, even when sends overlap, and filters by severity', async () => {
    const dir = tempDir('stream-sink');
    dirs.push(dir);
    const path = join(dir.path, 'alerts.ndjson');
    const sink = StreamSink.file('out', path, jsonFormat, 'medium');
    await Promise.all([
      sink.send([alert('a1'), alert('a2', 'low')]),
      sink.send([alert('a3')]),
      sink.send([]),
      sink.send([alert('a4', 'critical'), alert('a5', 'informational')]),
    ]);
    await sink.close();
    const ids = readFileSync(path, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as Alert).alert_id);
    expect(ids).toEqual(['a1', 'a3', 'a4']);
  });

  it('appends to an existing file', async () => {
    const dir = tempDir('stream-sink');
    dirs.push(dir);
    const path = join(dir.path, 'alerts.ndjson');
    for (const id of ['b1', 'b2']) {
      const sink = StreamSink.file('out', path, jsonFormat, 'informational');
      await sink.send([alert(id)]);
      await sink.close();
    }
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(2);
  });

  it('on stdout, a reader that left (EPIPE on a real pipe) ends the output quietly and counts what was not written', async () => {
    // A child that exits without reading: once it is gone, a write to its stdin meets EPIPE.
    const child = spawn(process.execPath, ['-e', ''], { stdio: ['pipe', 'ignore', 'ignore'] });
    await once(child, 'exit');
    const sink = StreamSink.stdout('stdout', jsonFormat, 'informational', child.stdin);
    await sink.send([alert('c1'), alert('c2')]);
    expect(sink.closedByReader).toBe(true);
    await sink.send([alert('c3')]);
    expect(sink.unwritten).toBe(3);
    await sink.close();
  });

  it('on stdout, any other write error fails the send', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }));
      },
    });
    const sink = StreamSink.stdout('stdout', jsonFormat, 'informational', broken);
    await expect(sink.send([alert('d1')])).rejects.toThrow(/stdout: EIO/);
    expect(sink.closedByReader).toBe(false);
  });

  it('in a file, a closed stream is a failure, not a reader that left', async () => {
    const closed = new Writable({ write: (_c, _e, callback) => callback() });
    closed.destroy();
    const sink = new StreamSink({
      name: 'out',
      transport: new WritableTransport({ stream: closed, description: 'closed' }),
      format: jsonFormat,
      minSeverity: 'informational',
    });
    await expect(sink.send([alert('e1')])).rejects.toThrow(/closed: stream is closed/);
  });
});
