import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InputRecord } from '../../src/pipeline/pipeline.js';
import { Rng } from '../../src/simulation/prng.js';
import { readNdjsonBatches } from '../../src/sources/ndjson-source.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('ndjson-source');
afterAll(() => dir.cleanup());

async function readAll(path: string, maxLineBytes?: number, batchSize = 1000): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const batch of readNdjsonBatches(
    path,
    batchSize,
    maxLineBytes === undefined ? {} : { maxLineBytes },
  ))
    out.push(...batch);
  return out;
}

const lineOf = (r: InputRecord) => (r.origin.kind === 'file' ? r.origin.line : -1);

describe('NDJSON source', () => {
  it('rejects an 80 MB line fast as oversize, without keeping it, and reads on', async () => {
    const path = join(dir.path, 'huge.ndjson');
    const fd = openSync(path, 'w');
    writeSync(fd, '{"event_id":"before"}\n{"event_id":"');
    const mb = Buffer.alloc(1 << 20, 'x');
    for (let i = 0; i < 80; i += 1) writeSync(fd, mb);
    writeSync(fd, '"}\r\n{"event_id":"after"}\n');
    closeSync(fd);
    const started = performance.now();
    const records = await readAll(path, 65_536);
    const seconds = (performance.now() - started) / 1000;
    expect(records.map(lineOf)).toEqual([1, 2, 3]);
    expect(records[0]?.value).toBe('{"event_id":"before"}');
    expect(records[2]?.value).toBe('{"event_id":"after"}');
    const huge = records[1];
    expect(huge?.refusal).toEqual({
      reason: 'oversize',
      error: `record is ${80 * (1 << 20) + 15} bytes, limit 65536`,
    });
    // Only a sample for the dead letter; the line itself was never held.
    expect(Buffer.isBuffer(huge?.value) && huge.value.length).toBe(1024);
    // Was 96 s (quadratic joins) on the reporter's machine; linear reading takes well under 1 s.
    expect(seconds).toBeLessThan(20);
  });

  it('skips a byte order mark at the start of the input only', async () => {
    const path = join(dir.path, 'bom.ndjson');
    writeFileSync(path, '\ufeff{"a":1}\n\ufeff{"b":2}\n');
    const records = await readAll(path);
    expect(records.map((r) => r.value)).toEqual(['{"a":1}', '\ufeff{"b":2}']);
  });

  it('gives the same lines as a plain split whatever the chunking, with CRLF, blanks and no final newline', async () => {
    const rng = new Rng(12);
    const lines: string[] = [];
    for (let i = 0; i < 3000; i += 1) {
      const size = rng.chance(0.02) ? rng.int(60_000, 200_000) : rng.int(0, 300);
      const body = 'é😀a'.repeat(Math.ceil(size / 4));
      lines.push(rng.chance(0.1) ? '  ' : `{"i":${i},"s":"${body}"}${rng.chance(0.3) ? '\r' : ''}`);
    }
    const path = join(dir.path, 'mixed.ndjson');
    writeFileSync(path, lines.join('\n'));
    const records = await readAll(path, undefined, 7);
    const expected = lines
      .map((l, i) => ({ value: l.endsWith('\r') ? l.slice(0, -1) : l, line: i + 1 }))
      .filter((l) => l.value.trim() !== '');
    expect(records.map((r) => ({ value: r.value, line: lineOf(r) }))).toEqual(expected);
  });

  it('counts an oversize last line without a newline, and a line just at the limit passes', async () => {
    const path = join(dir.path, 'limit.ndjson');
    const atLimit = `"${'y'.repeat(70_000 - 2)}"`;
    writeFileSync(path, `${atLimit}\r\n${'z'.repeat(150_000)}`);
    const records = await readAll(path, 70_000);
    expect(records[0]?.value).toBe(atLimit);
    expect(records[1]?.refusal?.error).toBe('record is 150000 bytes, limit 70000');
  });
});
