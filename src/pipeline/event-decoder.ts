import type { z } from 'zod';
import { eventSchema, type AgentEvent } from '../../schemas/event.js';
import type { RejectReason } from '../errors.js';

/** A decoded record: an event, or why it was refused. */
export type Decoded = { ok: true; event: AgentEvent } | { ok: false; reason: RejectReason; error: string };

/** "agent.id: expected string, received number; ts: ..." — every issue with its field path. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

/** Bytes -> JSON -> validated v1 event. Never throws: refusals are values. */
export function decodeRecord(raw: string | Buffer, maxBytes: number): Decoded {
  const size = typeof raw === 'string' ? Buffer.byteLength(raw, 'utf8') : raw.length;
  if (size > maxBytes)
    return { ok: false, reason: 'oversize', error: `record is ${size} bytes, limit ${maxBytes}` };
  let json: unknown;
  try {
    json = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch (error: unknown) {
    return {
      ok: false,
      reason: 'malformed_json',
      error: error instanceof Error ? error.message : 'invalid JSON',
    };
  }
  return validateEvent(json);
}

/** Validates an already parsed value. */
export function validateEvent(json: unknown): Decoded {
  const parsed = eventSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'schema_violation', error: formatIssues(parsed.error) };
  return { ok: true, event: parsed.data };
}
