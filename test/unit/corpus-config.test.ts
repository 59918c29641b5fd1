import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { corpusConfig } from '../../src/eval/run-corpus-eval.js';

describe("the corpus evaluation's replay configuration", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'agentwatch-corpus-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('admits whole conversations without a config of the user', async () => {
    expect(await corpusConfig(undefined)).toEqual({
      input: { max_event_bytes: 4 * 1024 * 1024, format: 'transcript' },
    });
  });

  it("keeps the corpus's input settings under a user's config that tunes a detector", async () => {
    const file = join(dir, 'tuning.json');
    const detectors = { 'off-hours-access': { settings: { min_weekday_share: 0.01 } } };
    await writeFile(file, JSON.stringify({ detectors }));
    expect(await corpusConfig(file)).toEqual({
      detectors,
      input: { max_event_bytes: 4 * 1024 * 1024, format: 'transcript' },
    });
  });

  it("lets the user's own input settings win", async () => {
    const file = join(dir, 'input.json');
    await writeFile(file, JSON.stringify({ input: { max_event_bytes: 65_536 } }));
    expect(await corpusConfig(file)).toEqual({ input: { max_event_bytes: 65_536, format: 'transcript' } });
  });

  it('refuses a file that is no JSON object, with a typed error naming it', async () => {
    const file = join(dir, 'list.json');
    await writeFile(file, '[1, 2]');
    await expect(corpusConfig(file)).rejects.toBeInstanceOf(ConfigError);
    await expect(corpusConfig(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json/);
  });
});
