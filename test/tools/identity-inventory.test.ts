import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../schemas/config.js';
import { replayCommand } from '../../src/cli/replay-command.js';
import { reviewCommand } from '../../src/cli/review-command.js';
import { silentLogger } from '../../src/logger.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import { buildInventory, type Inventory } from '../../src/store/identity-inventory.js';
import { tempDir } from '../support/temp-dir.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 2);
const ndjson = (rows: readonly unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

// Three registered agents (one over-granted, one with a key past rotation) and one shadow agent.
const registry = [
  {
    agent_id: 'inv-bot',
    name: 'invoice-bot',
    owner: 'alice@x.com',
    approved_by: 'bob@x.com',
    approved_at: START - 5 * DAY,
    review_every_days: 30,
    scopes_granted: ['invoices', 'treasury-wires'],
    credentials: [{ id: 'k-inv', issued_at: START - 100 * DAY, rotate_every_days: 90 }],
  },
  {
    agent_id: 'mail-bot',
    owner: 'alice@x.com',
    approved_by: 'bob@x.com',
    approved_at: START - 90 * DAY,
    review_every_days: 30,
    scopes_granted: ['https://www.googleapis.com/auth/gmail.send'],
  },
  { agent_id: 'idle-bot', owner: 'carol@x.com', approved_by: 'bob@x.com', approved_at: START },
];
const directory = [
  { id: 'alice@x.com', groups: ['staff'] },
  { id: 'bob@x.com', status: 'departed', groups: ['staff'] },
  { kind: 'group', id: 'staff', scopes: ['*'] },
];
const events = Array.from({ length: 10 }, (_, d) => [
  {
    event_id: `i-${d}`,
    ts: START + d * DAY + 10 * 3_600_000,
    agent: { id: 'inv-bot', owner: 'alice@x.com' },
    action: { api: 'invoices.list', service: 'invoices' },
    credential: { id: 'k-inv' },
    on_behalf_of: { id: 'alice@x.com', type: 'user' },
  },
  {
    event_id: `m-${d}`,
    ts: START + d * DAY + 11 * 3_600_000,
    agent: { id: 'mail-bot' },
    action: { api: 'gmail.users.messages.send', service: 'gmail' },
  },
  {
    event_id: `s-${d}`,
    ts: START + d * DAY + 12 * 3_600_000,
    agent: { id: 'shadow-bot', owner: 'dave@x.com' },
    action: { api: 'drive.files.list', service: 'google-drive' },
  },
]).flat();

describe('inventory and access review from the store', () => {
  const dir = tempDir('inventory');
  const storePath = join(dir.path, 'store');
  let inventory: Inventory;

  beforeAll(async () => {
    writeFileSync(join(dir.path, 'registry.ndjson'), ndjson([...registry, { agent_id: '' }]));
    writeFileSync(join(dir.path, 'directory.ndjson'), ndjson(directory));
    writeFileSync(join(dir.path, 'events.ndjson'), ndjson(events));
    const code = await replayCommand([
      join(dir.path, 'events.ndjson'),
      '--registry',
      join(dir.path, 'registry.ndjson'),
      '--directory',
      join(dir.path, 'directory.ndjson'),
      '--store',
      storePath,
      '--out',
      join(dir.path, 'alerts.ndjson'),
      '--quiet',
    ]);
    expect(code).toBe(0);
    const store = await AgentwatchStore.open(
      configSchema.parse({ store: { path: storePath } }).store,
      silentLogger(),
    );
    try {
      inventory = await buildInventory(store);
    } finally {
      await store.close();
    }
  }, 120_000);
  afterAll(() => dir.cleanup());

  it('lists every agent, registered or only seen in events, with owner, approver and grants', () => {
    const byId = new Map(inventory.rows.map((r) => [r.agent_id, r]));
    expect([...byId.keys()].sort()).toEqual(['idle-bot', 'inv-bot', 'mail-bot', 'shadow-bot']);
    expect(byId.get('shadow-bot')).toMatchObject({
      registered: false,
      owner: 'dave@x.com',
      events_total: 10,
    });
    expect(byId.get('idle-bot')).toMatchObject({ registered: true, events_total: 0, last_seen: null });
    expect(byId.get('inv-bot')).toMatchObject({
      owner: 'alice@x.com',
      owner_status: 'active',
      approved_by: 'bob@x.com',
      approver_status: 'departed',
      scopes_granted: ['invoices', 'treasury-wires'],
      scopes_used: ['invoices'],
      unused_grants: ['treasury-wires'],
      acts_for: ['alice@x.com'],
    });
    expect(byId.get('inv-bot')?.credentials[0]).toMatchObject({ id: 'k-inv', rotation_overdue: true });
    // An OAuth-URL grant is matched by its words: used, not a candidate to revoke.
    expect(byId.get('mail-bot')).toMatchObject({
      scopes_used: [expect.any(String)],
      unused_grants: [],
      review_overdue: true,
    });
  });

  it('keeps registry versions: a changed record is a new row, the same record again is not', async () => {
    const changed = registry.map((r) => (r.agent_id === 'idle-bot' ? { ...r, owner: 'erin@x.com' } : r));
    writeFileSync(join(dir.path, 'registry-2.ndjson'), ndjson(changed));
    writeFileSync(join(dir.path, 'one.ndjson'), ndjson(events.slice(0, 1)));
    const code = await replayCommand([
      join(dir.path, 'one.ndjson'),
      '--registry',
      join(dir.path, 'registry-2.ndjson'),
      '--store',
      storePath,
      '--out',
      join(dir.path, 'alerts-2.ndjson'),
      '--quiet',
    ]);
    expect(code).toBe(0);
    const store = await AgentwatchStore.open(
      configSchema.parse({ store: { path: storePath } }).store,
      silentLogger(),
    );
    try {
      const rows = await store.query<{ agent_id: string; versions: string; owner: string }>(
        'SELECT agent_id, versions, owner FROM {db}.agent_registry_current ORDER BY agent_id',
      );
      expect(rows.map((r) => [r.agent_id, Number(r.versions), r.owner])).toEqual([
        ['idle-bot', 2, 'erin@x.com'],
        ['inv-bot', 1, 'alice@x.com'],
        ['mail-bot', 1, 'alice@x.com'],
      ]);
    } finally {
      await store.close();
    }
  });

  it('writes an owner access review in Markdown and HTML', async () => {
    const md = join(dir.path, 'review.md');
    const html = join(dir.path, 'review.html');
    expect(await reviewCommand(['--owner', 'alice@x.com', '--store', storePath, '--out', md])).toBe(0);
    expect(await reviewCommand(['--owner', 'alice@x.com', '--store', storePath, '--out', html])).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('## invoice-bot (inv-bot)');
    expect(text).toContain('grant `treasury-wires`: unused');
    expect(text).toContain('| invoices.list | invoices | 10 | 0 |');
    expect(text).toContain('approver bob@x.com has left');
    expect(text).not.toContain('shadow-bot');
    expect(readFileSync(html, 'utf8')).toContain('<h2>mail-bot (mail-bot)</h2>');
  });
});
