import type { RejectReason } from '../errors.js';
import type { DeadLetterCodec } from './dead-letter.js';

/** Where a refused record came from. */
export type RecordOrigin =
  | { kind: 'kafka'; topic: string; partition: number; offset: string }
  | { kind: 'file'; path: string; line: number };

/** A refused input record: its original bytes, the reason and where it came from. */
export interface RejectedRecord {
  reason: RejectReason;
  error: string;
  origin: RecordOrigin;
  raw: Buffer;
  /**
   * True when `raw` is not the original bytes: secrets were redacted out of it (the rest re-serialised).
   * Absent or false: `raw` is the record as it came.
   */
  redacted?: boolean;
}

/** "file.ndjson:12" or "agent.activity[2]@1234" for messages. */
export function describeOrigin(origin: RecordOrigin): string {
  return origin.kind === 'file'
    ? `${origin.path}:${origin.line}`
    : `${origin.topic}[${origin.partition}]@${origin.offset}`;
}

/**
 * Refused input records. File: one object per record with reason, error, origin and the original
 * line (`raw`, UTF-8; `raw_base64` too when the bytes are not valid UTF-8; `redacted: true` when
 * secrets were taken out of it). Kafka: the value is the original bytes, untouched unless secrets
 * were redacted (header `agentwatch.redacted`); reason, error and origin travel in headers so a
 * consumer can fix and re-publish the record.
 */
export const rejectedRecordCodec: DeadLetterCodec<RejectedRecord> = {
  line(e) {
    const text = e.raw.toString('utf8');
    const lossless = Buffer.from(text, 'utf8').equals(e.raw);
    return JSON.stringify({
      reason: e.reason,
      error: e.error,
      origin: e.origin,
      raw: text,
      ...(lossless ? {} : { raw_base64: e.raw.toString('base64') }),
      ...(e.redacted ? { redacted: true } : {}),
    });
  },
  message(e) {
    return {
      value: e.raw,
      headers: {
        'agentwatch.reason': e.reason,
        'agentwatch.error': e.error.slice(0, 2000),
        'agentwatch.origin': JSON.stringify(e.origin),
        ...(e.redacted ? { 'agentwatch.redacted': 'true' } : {}),
        ...(e.origin.kind === 'kafka'
          ? {
              'agentwatch.source.topic': e.origin.topic,
              'agentwatch.source.partition': String(e.origin.partition),
              'agentwatch.source.offset': e.origin.offset,
            }
          : {}),
      },
    };
  },
};
