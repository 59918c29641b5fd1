import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertSchema } from '../../schemas/alert.js';
import type { AgentEventInput } from '../../schemas/event.js';
import { agentHistory, ndjson, T0 } from '../support/event-factory.js';
import { tempDir } from '../support/temp-dir.js';

/*
 * A replay reads the registry and directory in event time: a directory file that holds a person
 * active and, dated three weeks later, departed gives "acts for a person who has left" for what the
 * agent does for them after that date only, as the live stream would have.
 */

const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const DAY = 86_400_000;
const dir = tempDir('replay-identity-event-time');
const LEAVER = 'victor@city.example';
const iso = (ms: number) => new Date(ms).toISOString();

/** 30 days of an HR helper answering five people, one of whom leaves on day 21. */
function stream(): AgentEventInput[] {
  const people = ['ana@city.example', 'ben@city.example', 'cy@city.example', 'dee@city.example', LEAVER];
  return agentHistory({ agentId: 'hr-helper', days: 30, perDay: 5, apis: ['hr.leave.balance.get'] }).map(
    (e, i) => ({
      ...e,
      action: { ...e.action, service: 'hr' },
      on_behalf_of: { id: people[i % people.length] ?? LEAVER, type: 'user' },
    }),
  );
}

describe('replay with a dated directory', () => {
  it('marks a person departed from the date of the record that says so, not from the start', () => {
    const events = stream();
    const eventsFile = join(dir.path, 'events.ndjson');
    const directoryFile = join(dir.path, 'directory.ndjson');
    writeFileSync(eventsFile, ndjson(events));
    const before = iso(T0 - DAY);
    writeFileSync(
      directoryFile,
      ndjson([
        { kind: 'group', id: 'staff', scopes: ['hr'], updated_at: before },
        // The departure first, as an export sorted by person might hold it.
        { id: LEAVER, status: 'departed', groups: ['staff'], updated_at: iso(T0 + 21 * DAY) },
        { id: LEAVER, status: 'active', groups: ['staff'], updated_at: before },
        ...['ana', 'ben', 'cy', 'dee'].map((n) => ({
          id: `${n}@city.example`,
          groups: ['staff'],
          updated_at: before,
        })),
      ]),
    );
    const r = spawnSync(
      process.execPath,
      [BIN, 'replay', eventsFile, '--directory', directoryFile, '--no-store', '--quiet'],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const alerts = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => alertSchema.parse(JSON.parse(line)));
    const departed = alerts.filter((a) => a.reason === 'user_departed');
    expect(departed.length).toBeGreaterThan(0);
    const leaverEvents = new Map(
      events.filter((e) => e.on_behalf_of?.id === LEAVER).map((e) => [e.event_id, Date.parse(String(e.ts))]),
    );
    for (const alert of departed)
      for (const id of alert.event_ids) expect(leaverEvents.get(id)).toBeGreaterThanOrEqual(T0 + 21 * DAY);
  });
});
