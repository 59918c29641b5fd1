import { existsSync } from 'node:fs';
import type { DirectoryRecord, RegistryRecord } from '../../schemas/registry.js';
import { UsageError } from '../errors.js';
import type { DeadLetter } from '../dead-letter/dead-letter.js';
import type { RejectedRecord } from '../dead-letter/rejected-record.js';
import type { Metrics } from '../metrics.js';
import type { IdentityContext } from '../registry/identity-context.js';
import type { DatedIdentityRecords, IdentityFileRecord } from '../registry/dated-identity.js';
import { applyIdentityRecord, parseIdentityRecord, type IdentityKind } from '../registry/identity-records.js';
import type { AgentwatchStore } from '../store/agentwatch-store.js';
import { saveDirectoryVersions, saveRegistryVersions } from '../store/identity-store.js';
import { readNdjsonBatches } from './ndjson-source.js';

/** What loading one identity file did. */
export interface IdentityFileResult {
  applied: number;
  rejected: number;
  /** The valid records, in file order (for the versioned ClickHouse tables). */
  records: (RegistryRecord | DirectoryRecord)[];
}

/**
 * Loads an NDJSON registry or directory into `identity`. A bad line goes to the dead letter with
 * its reason and line number, and loading goes on; an unreadable file throws.
 */
export async function loadIdentityFile(options: {
  path: string;
  kind: IdentityKind;
  identity: IdentityContext;
  deadLetter: DeadLetter<RejectedRecord>;
  metrics: Metrics;
  onReject?: ((entry: RejectedRecord) => void) | undefined;
  /** Replay: later versions of a record wait for event time to reach them (see DatedIdentityRecords). */
  dated?: DatedIdentityRecords | undefined;
}): Promise<IdentityFileResult> {
  const { kind, identity, metrics, dated } = options;
  const result: IdentityFileResult = { applied: 0, rejected: 0, records: [] };
  const entries: IdentityFileRecord[] = [];
  identity.markLoaded({ registry: kind === 'registry', directory: kind === 'directory' });
  for await (const batch of readNdjsonBatches(options.path, 2000)) {
    const rejected: RejectedRecord[] = [];
    for (const line of batch) {
      const text = typeof line.value === 'string' ? line.value : (line.value?.toString('utf8') ?? '');
      const parsed = parseIdentityRecord(kind, text);
      if (parsed.ok) {
        if (dated) entries.push(parsed);
        else applyIdentityRecord(identity, parsed);
        result.records.push(parsed.record);
        result.applied++;
        continue;
      }
      const entry: RejectedRecord = {
        reason: parsed.reason,
        error: `${kind} record: ${parsed.error}`,
        origin: line.origin,
        raw: Buffer.from(text, 'utf8'),
      };
      rejected.push(entry);
      options.onReject?.(entry);
    }
    result.rejected += rejected.length;
    if (rejected.length > 0) {
      await options.deadLetter.park(rejected);
      metrics.deadLetters.inc({ kind }, rejected.length);
    }
  }
  if (dated) dated.load(identity, entries);
  metrics.identityRecords.inc({ input: kind, outcome: 'applied' }, result.applied);
  metrics.identityRecords.inc({ input: kind, outcome: 'rejected' }, result.rejected);
  return result;
}

/**
 * Loads the configured registry and directory files (when set), and writes their records to the
 * versioned tables of `store` (when given). Returns a one-line summary, or undefined with no file.
 */
export async function loadIdentityFiles(options: {
  registryFile: string | null;
  directoryFile: string | null;
  identity: IdentityContext;
  deadLetter: DeadLetter<RejectedRecord>;
  metrics: Metrics;
  store: AgentwatchStore | undefined;
  onReject?: ((entry: RejectedRecord) => void) | undefined;
  dated?: DatedIdentityRecords | undefined;
}): Promise<string | undefined> {
  const parts: string[] = [];
  const loadedAt = Date.now();
  for (const [kind, path] of [
    ['registry', options.registryFile],
    ['directory', options.directoryFile],
  ] as const) {
    if (path === null) continue;
    if (!existsSync(path)) throw new UsageError(`${kind} file not found: ${path}`);
    const result = await loadIdentityFile({ ...options, path, kind });
    if (options.store) {
      if (kind === 'registry')
        await saveRegistryVersions(options.store, result.records as RegistryRecord[], loadedAt);
      else await saveDirectoryVersions(options.store, result.records as DirectoryRecord[], loadedAt);
    }
    parts.push(
      `${kind} ${result.applied} records${result.rejected > 0 ? `, ${result.rejected} rejected` : ''}`,
    );
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}
