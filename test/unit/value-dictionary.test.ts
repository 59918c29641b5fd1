import { describe, expect, it } from 'vitest';
import {
  acquireValue,
  dictionaryStats,
  releaseValue,
  retainValue,
  valueId,
  valueOf,
} from '../../src/baseline/value-dictionary.js';

describe('value dictionary', () => {
  it('shares one id per string and frees it with its last reference', () => {
    const before = dictionaryStats();
    const a = acquireValue('dict-test-a');
    expect(acquireValue('dict-test-a')).toBe(a);
    retainValue(a);
    expect(valueOf(a)).toBe('dict-test-a');
    expect(dictionaryStats()).toEqual({ values: before.values + 1, references: before.references + 3 });
    releaseValue(a);
    releaseValue(a);
    expect(valueId('dict-test-a')).toBe(a);
    releaseValue(a);
    expect(valueId('dict-test-a')).toBe(-1);
    expect(dictionaryStats()).toEqual(before);
  });

  it('reuses freed ids and grows past its first capacity', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => acquireValue(`dict-test-${i}`));
    expect(new Set(ids).size).toBe(3000);
    expect(valueOf(ids[2999] ?? -1)).toBe('dict-test-2999');
    const freed = ids[10] ?? -1;
    releaseValue(freed);
    expect(acquireValue('dict-test-new')).toBe(freed);
    expect(valueOf(freed)).toBe('dict-test-new');
    for (const [i, id] of ids.entries()) if (i !== 10) releaseValue(id);
    releaseValue(freed);
  });
});
