import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';

describe('migrations', () => {
  it('have unique, increasing versions (a store skips a version it has recorded)', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('redefine agent_baselines last with a view that reads every baseline state version', () => {
    const last = MIGRATIONS.filter((m) =>
      m.statements.some((s) => s.includes('VIEW {db}.agent_baselines')),
    ).at(-1);
    const sql = last?.statements.join('\n') ?? '';
    expect(sql).toContain("JSONExtractUInt(state, 'v') AS v");
    for (const branch of ['v >= 3', 'v = 2', 'JSONExtractArrayRaw(state']) expect(sql).toContain(branch);
  });
});
