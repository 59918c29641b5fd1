import { describe, expect, it } from 'vitest';
import { readRowBinaryStrings } from '../../src/store/row-binary-strings.js';
import { clickHouseJson, wellFormedText, wellFormedValue } from '../../src/text/well-formed-text.js';
import { Rng } from '../../src/simulation/prng.js';

describe('well-formed text: the one rule for ClickHouse', () => {
  it('replaces lone surrogates (high, low, at either end) by U+FFFD and keeps pairs', () => {
    expect(wellFormedText('a\ud800b')).toBe('a\ufffdb');
    expect(wellFormedText('\udc00x')).toBe('\ufffdx');
    expect(wellFormedText('x\ud83d')).toBe('x\ufffd');
    expect(wellFormedText('😀 é')).toBe('😀 é');
    expect(wellFormedText('\ud83d\ude00\ude00')).toBe('😀\ufffd');
  });

  it('returns the same reference when nothing changes, copies only the changed path', () => {
    const clean = { a: ['x', { b: 'y' }], c: 1, d: null };
    expect(wellFormedValue(clean)).toBe(clean);
    const dirty = { keep: { n: 1 }, bad: ['ok', 'x\ud800'], ['k\udc00']: 'v' };
    const fixed = wellFormedValue(dirty);
    expect(fixed).not.toBe(dirty);
    expect(fixed.keep).toBe(dirty.keep);
    expect(fixed).toEqual({ keep: { n: 1 }, bad: ['ok', 'x\ufffd'], ['k\ufffd']: 'v' });
    expect(dirty.bad[1]).toBe('x\ud800');
  });

  it('keeps a __proto__ key a plain data property', () => {
    const input = JSON.parse('{"__proto__":"\\ud800","a":"b"}') as Record<string, unknown>;
    const fixed = wellFormedValue(input);
    expect(Object.getPrototypeOf(fixed)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(fixed, '__proto__')?.value).toBe('\ufffd');
  });

  it('writes JSON without a lone-surrogate escape', () => {
    expect(clickHouseJson({ a: 'x\ud800' })).toBe('{"a":"x\ufffd"}');
    expect(clickHouseJson({ a: 'back\\ud800' })).toBe(JSON.stringify({ a: 'back\\ud800' }));
  });
});

describe('RowBinary String rows', () => {
  function encode(rows: string[][]): Buffer {
    const parts: Buffer[] = [];
    for (const row of rows)
      for (const value of row) {
        const bytes = Buffer.from(value, 'utf8');
        const len: number[] = [];
        let n = bytes.length;
        do {
          len.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
          n = Math.floor(n / 128);
        } while (n > 0);
        parts.push(Buffer.from(len), bytes);
      }
    return Buffer.concat(parts);
  }

  it('reads any string, whatever the chunk boundaries', async () => {
    const prng = new Rng(7);
    const rows = [
      ['tab\tid', '{"a":1}'],
      ['nl\nid', 'x'.repeat(70_000)],
      ['', '\u0000\\"é😀'],
      ['last', '{}'],
    ];
    const bytes = encode(rows);
    for (let trial = 0; trial < 20; trial += 1) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length;) {
        const size = 1 + Math.floor(prng.int(0, trial < 10 ? 6 : 39_999));
        chunks.push(bytes.subarray(at, at + size));
        at += size;
      }
      const out: string[][] = [];
      for await (const row of readRowBinaryStrings(chunks, 2)) out.push(row);
      expect(out).toEqual(rows);
    }
  });

  it('refuses a result that ends inside a row', async () => {
    const bytes = encode([['a', 'bcd']]).subarray(0, 4);
    const read = async () => {
      for await (const row of readRowBinaryStrings([bytes], 2)) void row;
    };
    await expect(read()).rejects.toThrow(/ends inside a row/);
  });
});
