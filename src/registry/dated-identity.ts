import type { DirectoryRecord, RegistryRecord } from '../../schemas/registry.js';
import type { IdentityContext } from './identity-context.js';
import type { IdentityKind } from './identity-records.js';

/** A registry or directory record as a file holds it. */
export type IdentityFileRecord =
  { kind: 'registry'; record: RegistryRecord } | { kind: 'directory'; record: DirectoryRecord };

/** A later version of a record, applied when event time reaches its `updated_at`. */
interface DatedVersion {
  at: number;
  entry: IdentityFileRecord;
}

/**
 * The registry and directory of a replay in event time. A file may hold several versions of one
 * record (a person active, then departed on 22 October; an agent re-approved, its scopes renamed):
 * the earliest version of each is the state before the stream and applies at once, and each later
 * version applies when the replay's event time reaches its `updated_at`, as a live pipeline would
 * have received it. A replayed day then gives the alerts of the live day: a person who leaves in
 * week four is not "departed" in week one. A record without `updated_at` applies at once.
 */
export class DatedIdentityRecords {
  private pending: DatedVersion[] = [];
  private next = 0;
  private nextAt = Number.POSITIVE_INFINITY;

  /** Versions still to apply. */
  get size(): number {
    return this.pending.length - this.next;
  }

  /**
   * Applies the earliest version of each record of `entries` to `identity` now and keeps the later
   * ones for `applyUpTo`. Returns how many were applied now.
   */
  load(identity: IdentityContext, entries: readonly IdentityFileRecord[]): number {
    const versions = new Map<string, IdentityFileRecord[]>();
    let applied = 0;
    for (const entry of entries) {
      if (entry.record.updated_at === null) {
        apply(identity, entry);
        applied += 1;
        continue;
      }
      const key = recordKey(entry);
      const list = versions.get(key);
      if (list === undefined) versions.set(key, [entry]);
      else list.push(entry);
    }
    const later: DatedVersion[] = [];
    for (const list of versions.values()) {
      list.sort((a, b) => (a.record.updated_at ?? 0) - (b.record.updated_at ?? 0));
      const [first, ...rest] = list;
      if (first === undefined) continue;
      apply(identity, first);
      applied += 1;
      for (const entry of rest) later.push({ at: entry.record.updated_at ?? 0, entry });
    }
    this.pending = [...this.pending.slice(this.next), ...later].sort((a, b) => a.at - b.at);
    this.next = 0;
    this.nextAt = this.pending[0]?.at ?? Number.POSITIVE_INFINITY;
    return applied;
  }

  /** Applies every kept version whose `updated_at` is at or before `ts` (event time). */
  applyUpTo(identity: IdentityContext, ts: number): void {
    if (ts < this.nextAt) return;
    while (this.next < this.pending.length) {
      const version = this.pending[this.next];
      if (version === undefined || version.at > ts) break;
      apply(identity, version.entry);
      this.next += 1;
    }
    this.nextAt = this.pending[this.next]?.at ?? Number.POSITIVE_INFINITY;
  }
}

function recordKey(entry: IdentityFileRecord): string {
  const kind: IdentityKind = entry.kind;
  if (entry.kind === 'registry') return `${kind}\u0000${entry.record.agent_id}`;
  return `${kind}\u0000${entry.record.kind}\u0000${entry.record.id}`;
}

function apply(identity: IdentityContext, entry: IdentityFileRecord): void {
  if (entry.kind === 'registry') identity.upsertAgent(entry.record);
  else identity.upsertDirectory(entry.record);
}
