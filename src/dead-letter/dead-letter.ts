import type { RejectReason } from '../errors.js';

/** Where a refused record came from. */
export type RecordOrigin =
  | { kind: 'kafka'; topic: string; partition: number; offset: string }
  | { kind: 'file'; path: string; line: number };

/** A refused input record: its original bytes, the reason and where it came from. */
export interface DeadLetterEntry {
  reason: RejectReason;
  error: string;
  origin: RecordOrigin;
  raw: Buffer;
}

/** A destination for refused records (Kafka topic or NDJSON file). */
export interface DeadLetter {
  readonly description: string;
  write(entries: readonly DeadLetterEntry[]): Promise<void>;
  close(): Promise<void>;
}

/** "line 12" or "agent.activity[2]@1234" for messages. */
export function describeOrigin(origin: RecordOrigin): string {
  return origin.kind === 'file'
    ? `${origin.path}:${origin.line}`
    : `${origin.topic}[${origin.partition}]@${origin.offset}`;
}
