import type { PersonRecord, RegistryRecord } from '../../schemas/registry.js';
import { ScopeMatcher } from '../registry/scope-match.js';
import type { AgentwatchStore } from './agentwatch-store.js';
import { loadDirectory, loadRegistry } from './identity-store.js';

const DAY_MS = 86_400_000;
/** The first days of an agent's activity: what it did then is taken as what it was granted for. */
const LEARNING_DAYS = 7;

/** A credential of an agent: declared (registry), used (events) or both. */
export interface InventoryCredential {
  id: string;
  declared: boolean;
  kind: string;
  issued_at: string | null;
  age_days: number | null;
  expires_at: string | null;
  rotate_every_days: number;
  rotation_overdue: boolean;
  last_used: string | null;
}

/** One agent of the inventory: what is declared about it next to what it did. */
export interface InventoryRow {
  agent_id: string;
  name: string;
  type: string;
  registered: boolean;
  status: string;
  owner: string;
  owner_status: string;
  approved_by: string;
  approver_status: string;
  approved_at: string | null;
  approval_age_days: number | null;
  review_every_days: number | null;
  review_overdue: boolean;
  first_seen: string | null;
  last_seen: string | null;
  events_30d: number;
  events_total: number;
  scopes_granted: string[];
  /** Granted scopes that matched traffic within the review period. */
  scopes_used: string[];
  /** Granted scopes nothing matched within the review period: candidates to revoke. */
  unused_grants: string[];
  /** Families (service, else API) no granted scope covers, outside the first days of activity. */
  beyond_grant: string[];
  acts_for: string[];
  credentials: InventoryCredential[];
  /** Alerts in the last 30 days by detector. */
  alerts_30d: Record<string, number>;
  open_alerts: number;
}

/** The inventory and the moment it describes. */
export interface Inventory {
  as_of: string;
  rows: InventoryRow[];
}

interface EventAgg {
  agent_id: string;
  name: string;
  type: string;
  owner: string;
  first_seen: string;
  last_seen: string;
  events_30d: string | number;
  events: string | number;
  users: string[];
}

interface UsageRow {
  agent_id: string;
  service: string;
  api: string;
  first_used: string;
  last_used: string;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const chTime = (text: string) => Date.parse(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);

/**
 * Builds the inventory from the store: the current registry and directory versions, events (every
 * agent seen acting is listed, registered or not) and alerts. `asOf` defaults to the latest event
 * time in the store (replays of past data read as of their own time).
 */
export async function buildInventory(
  store: AgentwatchStore,
  options: { owner?: string | undefined; asOf?: number | undefined } = {},
): Promise<Inventory> {
  const [registry, directory] = await Promise.all([loadRegistry(store), loadDirectory(store)]);
  const latest = await store.query<{ t: string | null }>(
    'SELECT if(count() = 0, NULL, toString(max(ts))) AS t FROM {db}.events',
  );
  const asOf = options.asOf ?? (latest[0]?.t ? chTime(latest[0].t) : 0);
  const since = asOf - 30 * DAY_MS;
  const params = { since: Math.floor(since / 1000) };
  const [events, usage, creds, alerts] = await Promise.all([
    store.query<EventAgg>(
      `SELECT agent_id,
         argMaxIf(agent_name, ts, agent_name != '') AS name,
         argMaxIf(agent_type, ts, agent_type != '') AS type,
         argMaxIf(agent_owner, ts, agent_owner != '') AS owner,
         toString(min(ts)) AS first_seen, toString(max(ts)) AS last_seen,
         countIf(ts >= toDateTime64({since:Int64}, 3, 'UTC')) AS events_30d, count() AS events,
         arraySlice(arraySort(groupUniqArrayIf(50)(on_behalf_of_id, on_behalf_of_id != '' AND on_behalf_of_type IN ('', 'user'))), 1, 50) AS users
       FROM {db}.events FINAL GROUP BY agent_id`,
      params,
    ),
    store.query<UsageRow>(
      `SELECT agent_id, service, api, toString(min(ts)) AS first_used, toString(max(ts)) AS last_used
       FROM {db}.events FINAL GROUP BY agent_id, service, api`,
    ),
    store.query<{ agent_id: string; credential_id: string; last_used: string }>(
      `SELECT agent_id, credential_id, toString(max(ts)) AS last_used FROM {db}.events FINAL
       WHERE credential_id != '' GROUP BY agent_id, credential_id`,
    ),
    store.query<{ agent_id: string; detector_id: string; n: string | number }>(
      `SELECT agent_id, detector_id, count() AS n FROM {db}.alerts FINAL
       WHERE last_seen >= toDateTime64({since:Int64}, 3, 'UTC') GROUP BY agent_id, detector_id`,
      params,
    ),
  ]);

  const people = new Map<string, PersonRecord>();
  const groupScopes: string[] = [];
  for (const d of directory) {
    if (d.kind === 'group') groupScopes.push(...d.scopes);
    else people.set(d.id, d);
  }
  const status = (id: string | null | undefined) =>
    id ? (people.get(id)?.status ?? 'not in directory') : 'none';
  const matcher = new ScopeMatcher();
  matcher.setScopes([...registry.flatMap((r) => r.scopes_granted), ...groupScopes]);
  for (const u of usage) matcher.observe({ service: u.service || undefined, api: u.api });
  const usageBy = groupBy(usage, (u) => u.agent_id);
  const credsBy = groupBy(creds, (c) => c.agent_id);
  const alertsBy = groupBy(alerts, (a) => a.agent_id);
  const eventsBy = new Map(events.map((e) => [e.agent_id, e]));
  const registered = new Map(registry.map((r) => [r.agent_id, r]));

  const ids = [...new Set([...registered.keys(), ...eventsBy.keys()])].sort();
  const rows: InventoryRow[] = [];
  for (const id of ids) {
    const r: RegistryRecord | undefined = registered.get(id);
    const e = eventsBy.get(id);
    const owner = r ? (r.owner ?? '') : (e?.owner ?? '');
    if (options.owner !== undefined && owner !== options.owner) continue;
    const firstSeen = e ? chTime(e.first_seen) : null;
    const grants = r?.scopes_granted ?? [];
    const reviewDays = r?.review_every_days ?? 30;
    const windowStart = asOf - reviewDays * DAY_MS;
    const used = new Set<string>();
    const beyond = new Set<string>();
    const learned: string[] = [];
    for (const u of usageBy.get(id) ?? []) {
      const action = { service: u.service || undefined, api: u.api };
      const family = u.service || u.api;
      const matching = grants.filter((g) => matcher.covering([g], action) !== undefined);
      const recent = chTime(u.last_used) >= windowStart;
      if (matching.length > 0) {
        if (recent) for (const g of matching) used.add(g);
      } else if (firstSeen !== null && chTime(u.first_used) < firstSeen + LEARNING_DAYS * DAY_MS) {
        if (recent) learned.push(family);
      } else if (grants.length > 0) beyond.add(family);
    }
    // Traffic of the first days no scope names is covered by the grant: by the one scope nothing
    // else explains when there is one; with several, none of them can be called unused.
    const unexplained = grants.filter((g) => !used.has(g));
    if (learned.length > 0 && unexplained.length === 1 && unexplained[0]) used.add(unexplained[0]);
    const unused = learned.length > 0 && unexplained.length > 1 ? [] : grants.filter((g) => !used.has(g));
    const approvedAt = r?.approved_at ?? null;
    // A token minted from a declared credential (`<client id>-<n>`) counts as that credential.
    const declaredIds = (r?.credentials ?? []).map((c) => c.id);
    const lastUsedBy = new Map<string, number>();
    for (const c of credsBy.get(id) ?? []) {
      const owner = declaredIds.find((d) => c.credential_id === d || c.credential_id.startsWith(`${d}-`));
      const key = owner ?? c.credential_id;
      lastUsedBy.set(key, Math.max(lastUsedBy.get(key) ?? 0, chTime(c.last_used)));
    }
    const credentials: InventoryCredential[] = [];
    for (const c of r?.credentials ?? [])
      credentials.push({
        id: c.id,
        declared: true,
        kind: c.kind,
        issued_at: iso(c.issued_at),
        age_days: c.issued_at === null ? null : Math.floor((asOf - c.issued_at) / DAY_MS),
        expires_at: iso(c.expires_at),
        rotate_every_days: c.rotate_every_days,
        rotation_overdue:
          c.issued_at !== null &&
          c.rotate_every_days > 0 &&
          asOf - c.issued_at > c.rotate_every_days * DAY_MS,
        last_used: iso(lastUsedBy.get(c.id) ?? null),
      });
    for (const [cid, last] of lastUsedBy)
      if (!credentials.some((c) => c.id === cid))
        credentials.push({
          id: cid,
          declared: false,
          kind: '',
          issued_at: null,
          age_days: null,
          expires_at: null,
          rotate_every_days: 0,
          rotation_overdue: false,
          last_used: iso(last),
        });
    const alertCounts: Record<string, number> = {};
    for (const a of alertsBy.get(id) ?? []) alertCounts[a.detector_id] = Number(a.n);
    rows.push({
      agent_id: id,
      name: r?.name || e?.name || '',
      type: r?.type ?? e?.type ?? '',
      registered: r !== undefined,
      status: r?.status ?? 'unregistered',
      owner,
      owner_status: status(owner || undefined),
      approved_by: r?.approved_by ?? '',
      approver_status: status(r?.approved_by),
      approved_at: iso(approvedAt),
      approval_age_days: approvedAt === null ? null : Math.floor((asOf - approvedAt) / DAY_MS),
      review_every_days: r ? r.review_every_days : null,
      review_overdue: r !== undefined && (approvedAt === null || asOf > approvedAt + reviewDays * DAY_MS),
      first_seen: iso(firstSeen),
      last_seen: e ? iso(chTime(e.last_seen)) : null,
      events_30d: Number(e?.events_30d ?? 0),
      events_total: Number(e?.events ?? 0),
      scopes_granted: grants,
      scopes_used: grants.filter((g) => used.has(g)),
      unused_grants: unused,
      beyond_grant: [...beyond].sort(),
      acts_for: e?.users ?? [],
      credentials,
      alerts_30d: alertCounts,
      open_alerts: Object.values(alertCounts).reduce((s, n) => s + n, 0),
    });
  }
  return { as_of: new Date(asOf).toISOString(), rows };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
