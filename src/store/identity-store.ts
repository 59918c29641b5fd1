import { createHash } from 'node:crypto';
import type { DirectoryRecord, RegistryRecord } from '../../schemas/registry.js';
import type { AgentwatchStore } from './agentwatch-store.js';

function hashOf(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 32);
}

/**
 * Writes registry records as versions (migration 10): a record identical to a stored one collapses
 * into it, a changed one is a new row. `loadedAt` is the version time of records without
 * `updated_at`.
 */
export async function saveRegistryVersions(
  store: AgentwatchStore,
  records: readonly RegistryRecord[],
  loadedAt: number,
): Promise<void> {
  if (records.length === 0) return;
  await store.insertRows(
    'agent_registry',
    // Records of one load without updated_at are versions in their order: one millisecond apart, so
    // the later of two changes to one agent in the same load is the current one (no tie for argMax).
    records.map((r, i) => ({
      agent_id: r.agent_id,
      version_at: r.updated_at ?? loadedAt + i,
      record_hash: hashOf(r),
      name: r.name,
      agent_type: r.type ?? '',
      owner: r.owner ?? '',
      approved_by: r.approved_by ?? '',
      approved_at: r.approved_at,
      review_every_days: r.review_every_days,
      scopes_granted: r.scopes_granted,
      credentials: JSON.stringify(r.credentials),
      status: r.status,
      record: JSON.stringify(r),
    })),
  );
}

/** Writes directory records (people and groups) as versions, like `saveRegistryVersions`. */
export async function saveDirectoryVersions(
  store: AgentwatchStore,
  records: readonly DirectoryRecord[],
  loadedAt: number,
): Promise<void> {
  if (records.length === 0) return;
  await store.insertRows(
    'people',
    // Records of one load without updated_at are versions in their order: one millisecond apart, so
    // the later of two changes to one agent in the same load is the current one (no tie for argMax).
    records.map((r, i) => ({
      kind: r.kind,
      id: r.id,
      version_at: r.updated_at ?? loadedAt + i,
      record_hash: hashOf(r),
      name: r.kind === 'person' ? r.name : '',
      status: r.kind === 'person' ? r.status : '',
      manager: r.kind === 'person' ? (r.manager ?? '') : '',
      groups: r.kind === 'person' ? r.groups : [],
      scopes: r.kind === 'group' ? r.scopes : [],
      record: JSON.stringify(r),
    })),
  );
}

/** The current registry (latest version per agent), as records. */
export async function loadRegistry(store: AgentwatchStore): Promise<RegistryRecord[]> {
  const rows = await store.query<{ record: string }>(
    'SELECT argMax(record, version_at) AS record FROM {db}.agent_registry FINAL GROUP BY agent_id ORDER BY agent_id',
  );
  return rows.map((r) => JSON.parse(r.record) as RegistryRecord);
}

/** The current directory (latest version per person and group), as records. */
export async function loadDirectory(store: AgentwatchStore): Promise<DirectoryRecord[]> {
  const rows = await store.query<{ record: string }>(
    'SELECT argMax(record, version_at) AS record FROM {db}.people FINAL GROUP BY kind, id ORDER BY kind, id',
  );
  return rows.map((r) => JSON.parse(r.record) as DirectoryRecord);
}
