import { UsageError } from '../errors.js';
import { createLogger } from '../logger.js';
import { AgentwatchStore } from '../store/agentwatch-store.js';
import { buildInventory, type Inventory } from '../store/identity-inventory.js';
import { configWithStore } from './store-options.js';
import { renderTable } from './table-renderer.js';
import { parseCommandArgs } from './command-args.js';

/** Shared flags of the identity commands (inventory, review): the store and the moment. */
export async function openIdentityStore(values: {
  store?: string | undefined;
  'clickhouse-url'?: string | undefined;
  config?: string | undefined;
  at?: string | undefined;
}): Promise<{ store: AgentwatchStore; asOf: number | undefined }> {
  let asOf: number | undefined;
  if (values.at !== undefined) {
    asOf = Date.parse(values.at);
    if (!Number.isFinite(asOf))
      throw new UsageError(`--at must be a time such as 2026-04-01T00:00:00Z, got "${values.at}"`);
  }
  // A mistyped --store is refused, not opened as a new empty store that lists nothing.
  const config = configWithStore(values);
  const store = await AgentwatchStore.open(config.store, createLogger('warn'));
  return { store, asOf };
}

/** The inventory as a terminal table. */
export function inventoryTable(inventory: Inventory): string {
  const rows = inventory.rows.map((r) => ({
    agent: r.name || r.agent_id,
    type: r.type,
    status: r.status,
    owner: r.owner ? `${r.owner}${r.owner_status === 'active' ? '' : ` (${r.owner_status})`}` : '(none)',
    approver: r.approved_by
      ? `${r.approved_by}${r.approver_status === 'active' ? '' : ` (${r.approver_status})`}`
      : '(none)',
    approved_days_ago: r.approval_age_days ?? '',
    overdue: r.review_overdue ? 'yes' : '',
    last_seen: r.last_seen?.slice(0, 16) ?? 'never',
    events_30d: r.events_30d,
    scopes: `${r.scopes_used.length}/${r.scopes_granted.length} used`,
    unused_grants: r.unused_grants.join(', '),
    beyond_grant: r.beyond_grant.join(', '),
    credentials: r.credentials
      .map(
        (c) => `${c.id}${c.age_days === null ? '' : ` ${c.age_days}d`}${c.rotation_overdue ? ' ROTATE' : ''}`,
      )
      .join(', '),
    alerts_30d: r.open_alerts,
  }));
  return `Inventory as of ${inventory.as_of}: ${inventory.rows.length} agents, ${inventory.rows.filter((r) => !r.registered).length} not in the registry\n${renderTable(rows, 48)}`;
}

/** `agentwatch inventory`: every agent, declared and observed. */
export async function inventoryCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('inventory', argv, {
    json: { type: 'boolean', default: false },
    owner: { type: 'string' },
    store: { type: 'string' },
    'clickhouse-url': { type: 'string' },
    config: { type: 'string' },
    at: { type: 'string' },
  });
  const { store, asOf } = await openIdentityStore(values);
  try {
    const inventory = await buildInventory(store, { owner: values.owner, asOf });
    if (values.json)
      for (const row of inventory.rows)
        process.stdout.write(JSON.stringify({ as_of: inventory.as_of, ...row }) + '\n');
    else process.stdout.write(inventoryTable(inventory));
  } finally {
    await store.close();
  }
  return 0;
}
