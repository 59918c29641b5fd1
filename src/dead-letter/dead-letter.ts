import type { Message } from 'kafkajs';

/**
 * A dead letter: where what cannot go on is parked, durably, with the reason. One family for every
 * kind of record (refused input records, alerts a sink could not deliver): the destinations (an
 * NDJSON file, a Kafka topic) are generic, and a codec says how one kind of record is written.
 */
export interface DeadLetter<T> {
  /** "file PATH" or "kafka topic NAME", for messages. */
  readonly description: string;
  /** Resolves once the entries are durable (fsynced, or acknowledged by every in-sync replica). */
  park(entries: readonly T[]): Promise<void>;
  close(): Promise<void>;
}

/** How one kind of parked record is written to each destination. */
export interface DeadLetterCodec<T> {
  /** The NDJSON line of an entry (no newline). */
  line(entry: T, parkedAt: Date): string;
  /** The Kafka message of an entry: its value, key and headers. */
  message(entry: T, parkedAt: Date): Message;
}
