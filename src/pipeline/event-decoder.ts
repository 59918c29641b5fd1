import { eventSchema, type AgentEvent } from '../../schemas/event.js';
import { formatIssues, type RejectReason } from '../errors.js';
import { wellFormedValue } from '../text/well-formed-text.js';
import { validateEventFast } from './fast-event-validator.js';

/** A decoded record: an event, or why it was refused. */
export type Decoded = { ok: true; event: AgentEvent } | { ok: false; reason: RejectReason; error: string };

/**
 * Turns one input record into events. v1 records give one event; an adapter (e.g. OpenTelemetry
 * spans) may give several, or none for records that are not agent actions. Never throws.
 */
export type RecordDecoder = (raw: string | Buffer, maxBytes: number) => readonly Decoded[];

/** A refusal. */
export type Refusal = Extract<Decoded, { ok: false }>;

/** Size check and JSON parse shared by every decoder. */
export function parseRecord(raw: string | Buffer, maxBytes: number): { ok: true; json: unknown } | Refusal {
  // A UTF-16 unit is at most 3 UTF-8 bytes: short strings need no byte count.
  const size =
    typeof raw !== 'string' ? raw.length : raw.length * 3 <= maxBytes ? 0 : Buffer.byteLength(raw, 'utf8');
  if (size > maxBytes)
    return { ok: false, reason: 'oversize', error: `record is ${size} bytes, limit ${maxBytes}` };
  try {
    return { ok: true, json: JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8')) };
  } catch (error: unknown) {
    return {
      ok: false,
      reason: 'malformed_json',
      error: error instanceof Error ? error.message : 'invalid JSON',
    };
  }
}

/** Bytes -> JSON -> validated v1 event. Never throws: refusals are values. */
export function decodeRecord(raw: string | Buffer, maxBytes: number): Decoded {
  const parsed = parseRecord(raw, maxBytes);
  return parsed.ok ? validateEvent(parsed.json) : parsed;
}

/** The decoder of native v1 events. */
export const decodeV1: RecordDecoder = (raw, maxBytes) => [decodeRecord(raw, maxBytes)];

/**
 * Validates an already parsed value (in place when it can: see `validateEventFast`). An accepted
 * event has every lone surrogate replaced by U+FFFD (see `well-formed-text.ts`): what is learned,
 * alerted on and stored is then the same text, and ClickHouse can take all of it.
 */
export function validateEvent(json: unknown): Decoded {
  const fast = validateEventFast(json);
  if (fast !== undefined) return { ok: true, event: wellFormedValue(fast) };
  const parsed = eventSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'schema_violation', error: formatIssues(parsed.error) };
  return { ok: true, event: wellFormedValue(parsed.data) };
}
