import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentHistory, callOn, ndjson } from '../support/event-factory.js';
import { tempDir } from '../support/temp-dir.js';

const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const dir = tempDir('sql');
const store = join(dir.path, 'store');
afterAll(() => dir.cleanup());

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function rows(query: string): Record<string, unknown>[] {
  const r = cli(['sql', query, '--store', store, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

beforeAll(() => {
  const owned = agentHistory({ agentId: 'fin', days: 9, perDay: 8, apis: ['ledger.get', 'ledger.list'] }).map(
    (e) => ({
      ...e,
      agent: { ...e.agent, owner: 'fin-team' },
      on_behalf_of: { id: 'dana@example.com', type: 'user' as const },
      delegation_chain: ['orchestrator-1', 'fin'],
    }),
  );
  const orphan = agentHistory({ agentId: 'orphan', days: 2, perDay: 5, apis: ['wiki.read'] }).map((e) => ({
    ...e,
    agent: { id: 'orphan', name: 'orphan-bot' },
  }));
  const anomaly = {
    ...callOn('fin', 'payments.transfers.create', 10, 'pay-1'),
    agent: { id: 'fin', name: 'fin-bot', owner: 'fin-team' },
    on_behalf_of: { id: 'dana@example.com', type: 'user' as const },
    delegation_chain: ['orchestrator-1', 'fin'],
  };
  const file = join(dir.path, 'events.ndjson');
  writeFileSync(file, ndjson([...owned, ...orphan, anomaly]));
  const r = cli(['replay', file, '--store', store]);
  expect(r.code, r.stderr).toBe(0);
});

describe('analyst SQL', () => {
  it('lists agents with owners, users, APIs and alerts in the inventory', () => {
    const inv = rows(
      'SELECT agent_id, agent_owner, no_owner, acts_for, api_count, alerts FROM agentwatch.agent_inventory ORDER BY agent_id',
    );
    expect(inv).toEqual([
      {
        agent_id: 'fin',
        agent_owner: 'fin-team',
        no_owner: 0,
        acts_for: ['dana@example.com'],
        api_count: 3,
        alerts: 1,
      },
      { agent_id: 'orphan', agent_owner: '', no_owner: 1, acts_for: [], api_count: 1, alerts: 0 },
    ]);
  });

  it('answers "who approved this" from an alert down to the raw event', () => {
    const [row] = rows(
      'SELECT a.owner AS owner, t.requested_by AS requested_by, t.delegation_chain AS chain, t.event_id AS event_id FROM agentwatch.alerts_enriched AS a ARRAY JOIN a.event_ids AS eid INNER JOIN agentwatch.audit_trail AS t ON t.event_id = eid',
    );
    expect(row).toEqual({
      owner: 'fin-team',
      requested_by: 'dana@example.com',
      chain: ['orchestrator-1', 'fin'],
      event_id: 'pay-1',
    });
  });

  it('shows the learned baseline per agent', () => {
    const [b] = rows(
      "SELECT agent_id, events, apis_in_quarantine FROM agentwatch.agent_baselines WHERE agent_id = 'fin'",
    );
    expect(b).toEqual({ agent_id: 'fin', events: 73, apis_in_quarantine: ['payments.transfers.create'] });
  });

  it('runs every example query of docs/analyst-sql.md', () => {
    const doc = readFileSync(new URL('../../docs/analyst-sql.md', import.meta.url), 'utf8');
    const queries = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(queries.length).toBeGreaterThanOrEqual(5);
    for (const query of queries) {
      const r = cli(['sql', query, '--store', store]);
      expect(r.code, `${query}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/\(\d+ rows?\)/);
    }
    const owner = rows(queries[1] ?? '');
    expect(owner.length).toBe(1);
  });
});
