import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { jsonFormat } from '../../src/formats/alert-formatter.js';
import { StreamSink } from '../../src/sinks/stream-sink.js';
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
});
