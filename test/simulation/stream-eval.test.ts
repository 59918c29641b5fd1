import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countAgentDays, readIgnoredIds, readStreamLabels } from '../../src/eval/run-stream-eval.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('stream-eval');
afterAll(() => dir.cleanup());

describe('stream evaluation inputs', () => {
  it('reads labels, keeping what scoring uses and dropping extra fields', async () => {
    const file = join(dir.path, 'labels.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify({
          event_id: 'e1',
          detector: 'never-seen-api',
          kind: 'access-drift',
          agent_id: 'a1',
          ts: '2026-03-31T15:00:09.760+01:00',
          incident: 'F07',
          tool: 'extra',
        }),
        '',
        JSON.stringify({ event_id: 'e2', detector: 'intent-mismatch', incident: 3 }),
      ].join('\n'),
    );
    expect(await readStreamLabels(file)).toEqual([
      {
        event_id: 'e1',
        detector: 'never-seen-api',
        kind: 'access-drift',
        agent_id: 'a1',
        ts: '2026-03-31T15:00:09.760+01:00',
        incident: 'F07',
      },
      { event_id: 'e2', detector: 'intent-mismatch', agent_id: '', incident: '3' },
    ]);
    writeFileSync(file, JSON.stringify({ event_id: 'e3' }) + '\n');
    await expect(readStreamLabels(file)).rejects.toThrow(/labels\.ndjson:1: .*detector/);
  });

  it('collects related event ids from the top level and from each incident', async () => {
    const file = join(dir.path, 'meta.json');
    writeFileSync(
      file,
      JSON.stringify({
        seed: 1,
        related_event_ids: ['r0'],
        incident_details: [{ id: 'F01', related_event_ids: ['r1', 'r2'] }, { id: 'F02' }],
      }),
    );
    expect([...(await readIgnoredIds(file))].sort()).toEqual(['r0', 'r1', 'r2']);
  });

  it('counts agent-days as distinct (agent, UTC date) pairs, offsets and epoch ms included', async () => {
    const file = join(dir.path, 'events.ndjson');
    const event = (agent: string, ts: string | number) => JSON.stringify({ agent: { id: agent }, ts });
    writeFileSync(
      file,
      [
        event('a', '2026-03-02T23:30:00.000Z'),
        // 19:30 in New York on 2 March is 00:30 UTC on 3 March: another UTC date.
        event('a', '2026-03-02T19:30:00.000-05:00'),
        event('a', Date.UTC(2026, 2, 3, 8)),
        event('b', '2026-03-02T08:00:00Z'),
        'not json',
        JSON.stringify({ ts: '2026-03-02T08:00:00Z' }),
      ].join('\n') + '\n',
    );
    expect(await countAgentDays(file)).toEqual({ events: 4, agentDays: 3 });
  });
});
