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

  it("runs every example query of docs/analyst-sql.md on the quick start's store, each with rows", () => {
    // The quick start: replay the shipped sample with its registry and directory, then query it.
    const sampleStore = join(dir.path, 'quick-start-store');
    const example = (name: string) => new URL(`../../examples/${name}`, import.meta.url).pathname;
    const replay = cli([
      'replay',
      example('sample-events.ndjson'),
      '--registry',
      example('sample-registry.ndjson'),
      '--directory',
      example('sample-directory.ndjson'),
      '--store',
      sampleStore,
      '--quiet',
      '--dead-letter',
      join(dir.path, 'quick-start.rejected.ndjson'),
    ]);
    expect(replay.code, replay.stderr).toBe(0);
    const doc = readFileSync(new URL('../../docs/analyst-sql.md', import.meta.url), 'utf8');
    const queries = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(queries.length).toBeGreaterThanOrEqual(13);
    const results = queries.map((query) => {
      const r = cli(['sql', query, '--store', sampleStore, '--json']);
      expect(r.code, `${query}\n${r.stderr}`).toBe(0);
      const found = r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(found.length, query).toBeGreaterThan(0);
      // Column names are words, not expressions or table-qualified names such as `t.api`.
      for (const column of Object.keys(found[0] ?? {})) expect(column, query).toMatch(/^[a-z_]+$/);
      return found;
    });
    // "Who approved this": every alert row names its owner or says there is none, and its requester.
    const approved = results.find((r) => r[0] !== undefined && 'requested_by' in r[0] && 'owner' in r[0]);
    expect(approved?.every((row) => typeof row['owner'] === 'string' && row['owner'] !== '')).toBe(true);
    // Delegation chains by agent name: the sample's release orchestrator (registered, no events of its
    // own) delegates to deploy-bot-1.
    const chains = results.find((r) => r[0] !== undefined && 'delegated_via' in r[0] && 'events' in r[0]);
    expect(chains?.[0]?.['delegated_via']).toBe('release-orchestrator -> deploy-bot-1');

    // Posture: each query finds the condition the sample organisation planted, by name.
    const column = (name: string) => results.find((r) => r[0] !== undefined && name in r[0]) ?? [];
    const valid = column('approval_valid');
    expect(valid).toHaveLength(7);
    expect(valid.filter((r) => Number(r['approval_valid']) === 0).map((r) => r['agent'])).toEqual([
      'deploy-bot-1',
      'mail-assistant-1',
    ]);
    expect(valid.find((r) => r['agent'] === 'deploy-bot-1')).toMatchObject({
      approved_by: 'omar.haddad@acme-corp.com',
      approver_status: 'departed',
    });
    expect(column('why').map((r) => [r['agent'], r['why']])).toEqual([
      ['deploy-bot-1', 'approver departed'],
      ['invoice-bot-2', 'no owner'],
      ['invoice-bot-1', 'owner departed'],
    ]);
    expect(column('days_overdue')).toEqual([
      expect.objectContaining({ agent: 'mail-assistant-1', days_overdue: 42, events_since_due: 207 }),
    ]);
    expect(column('unused_grant').map((r) => `${String(r['agent'])} ${String(r['unused_grant'])}`)).toEqual([
      'invoice-bot-2 quickbooks',
      'release-orchestrator github',
      'release-orchestrator kubernetes',
      'report-scheduler-1 bigquery',
    ]);
    const credentials = column('rotation_overdue');
    expect(credentials).toHaveLength(6);
    expect(
      credentials.filter((r) => Number(r['rotation_overdue']) === 1).map((r) => r['credential_id']),
    ).toEqual(['cred-DFFB04BA20287CD2', 'AKIA8CC6AEF98B5D66C6']);
    // Minted tokens (cred-4E5A5B7C393DB1DA-0, -1, ...) count as their declared credential.
    expect(credentials.find((r) => r['credential_id'] === 'cred-4E5A5B7C393DB1DA')?.['last_used']).not.toBe(
      'never',
    );
    const named = column('chain');
    expect(named[0]).toMatchObject({
      chain: 'release-orchestrator -> deploy-bot-1',
      approved_by: 'release-orchestrator: ciso.office@acme-corp.com; deploy-bot-1: omar.haddad@acme-corp.com',
      delegated_calls: 213,
    });
    // A replay and every example query, each its own CLI process: a minute on a loaded machine.
  }, 180_000);
});
