import type { z } from 'zod';
import {
  directoryRecordSchema,
  registryRecordSchema,
  type DirectoryRecord,
  type RegistryRecord,
} from '../../schemas/registry.js';
import type { RejectReason } from '../errors.js';
import type { IdentityContext } from './identity-context.js';

/** Which identity input a record belongs to. */
export type IdentityKind = 'registry' | 'directory';

/** A parsed identity record, or why it was refused (the dead-letter reason). */
export type ParsedIdentityRecord =
  | { ok: true; kind: 'registry'; record: RegistryRecord }
  | { ok: true; kind: 'directory'; record: DirectoryRecord }
  | { ok: false; reason: RejectReason; error: string };

/** Largest identity record accepted (a registry line with many scopes and credentials). */
export const MAX_IDENTITY_RECORD_BYTES = 256 * 1024;

/** Parses one NDJSON line of a registry or directory; never throws. */
export function parseIdentityRecord(kind: IdentityKind, text: string): ParsedIdentityRecord {
  if (text.length > MAX_IDENTITY_RECORD_BYTES)
    return { ok: false, reason: 'oversize', error: `record longer than ${MAX_IDENTITY_RECORD_BYTES} bytes` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error: unknown) {
    return {
      ok: false,
      reason: 'malformed_json',
      error: error instanceof Error ? error.message : String(error),
    };
  }
  if (kind === 'registry') {
    const parsed = registryRecordSchema.safeParse(value);
    return parsed.success
      ? { ok: true, kind, record: parsed.data }
      : { ok: false, reason: 'schema_violation', error: describeIssues(parsed.error) };
  }
  const parsed = directoryRecordSchema.safeParse(value);
  return parsed.success
    ? { ok: true, kind, record: parsed.data }
    : { ok: false, reason: 'schema_violation', error: describeIssues(parsed.error) };
}

/** Applies a parsed record to the context. */
export function applyIdentityRecord(
  identity: IdentityContext,
  parsed: Extract<ParsedIdentityRecord, { ok: true }>,
): void {
  if (parsed.kind === 'registry') identity.upsertAgent(parsed.record);
  else identity.upsertDirectory(parsed.record);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(record)'}: ${i.message}`)
    .join('; ');
}
