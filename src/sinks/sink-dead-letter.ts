import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Producer } from 'kafkajs';
import type { Alert } from '../../schemas/alert.js';
import { SinkError, describeError } from '../errors.js';

/**
 * Why an alert was parked instead of delivered. Bounded: operators re-drive by reason.
 * - `rejected`: the receiver refused it (non-retriable error, e.g. HTTP 400, oversize message).
 * - `retry_exhausted`: retriable failures went on past `retry.max_retry_ms` (receiver down too long).
 * - `render_failed`: the formatter threw on this alert.
 * - `shutdown`: still undelivered when the drain timeout of a shutdown ran out.
 */
export type ParkReason = 'rejected' | 'retry_exhausted' | 'render_failed' | 'shutdown';

/** One parked alert: the record a dead letter stores. */
export interface ParkedAlert {
  reason: ParkReason;
  /** The last error, in words. */
  error: string;
  /** The sink's name. */
  sink: string;
  alert: Alert;
}

/** Where a sink parks alerts it cannot deliver. `park` resolves once the records are durable. */
export interface AlertDeadLetter {
  readonly description: string;
  park(entries: readonly ParkedAlert[]): Promise<void>;
  close(): Promise<void>;
}

/** The NDJSON line of a parked alert: `{reason, error, sink, parked_at, alert}`. */
export function parkedRecord(entry: ParkedAlert, parkedAt: Date): string {
  return JSON.stringify({
    reason: entry.reason,
    error: entry.error,
    sink: entry.sink,
    parked_at: parkedAt.toISOString(),
    alert: entry.alert,
  });
}

/**
 * Parked alerts appended to an NDJSON file, fsynced before `park` resolves: a parked alert lets the
 * pipeline commit its input offset, so it must survive a crash. The directory is created on first use.
 */
export class FileAlertDeadLetter implements AlertDeadLetter {
  readonly description: string;
  private readonly path: string;
  private handle: FileHandle | undefined;
  /** Writes run one after another so lines never interleave. */
  private tail: Promise<void> = Promise.resolve();

  constructor(path: string) {
    this.path = path;
    this.description = `file ${path}`;
  }

  park(entries: readonly ParkedAlert[]): Promise<void> {
    const run = this.tail.then(() => this.write(entries));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async write(entries: readonly ParkedAlert[]): Promise<void> {
    if (entries.length === 0) return;
    const now = new Date();
    const chunk = Buffer.from(entries.map((e) => parkedRecord(e, now) + '\n').join(''), 'utf8');
    try {
      if (!this.handle) {
        await mkdir(dirname(this.path), { recursive: true });
        this.handle = await open(this.path, 'a');
      }
      let offset = 0;
      while (offset < chunk.length) {
        const { bytesWritten } = await this.handle.write(chunk, offset);
        offset += bytesWritten;
      }
      await this.handle.datasync();
    } catch (error: unknown) {
      // Reopen next time: the handle may be the problem (file removed, disk remounted).
      const handle = this.handle;
      this.handle = undefined;
      await handle?.close().catch(() => undefined);
      throw new SinkError(`cannot write dead letter ${this.path}: ${describeError(error)}`, { cause: error });
    }
  }

  async close(): Promise<void> {
    await this.tail;
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}

/**
 * Parked alerts produced to a Kafka topic (acks=all): the value is the native alert JSON, keyed by agent
 * id; reason, error, sink and alert id travel in headers so a consumer can re-drive without parsing.
 */
export class KafkaAlertDeadLetter implements AlertDeadLetter {
  readonly description: string;
  private readonly producer: Producer;
  private readonly topic: string;

  constructor(producer: Producer, topic: string) {
    this.producer = producer;
    this.topic = topic;
    this.description = `kafka topic ${topic}`;
  }

  async park(entries: readonly ParkedAlert[]): Promise<void> {
    if (entries.length === 0) return;
    const parkedAt = new Date().toISOString();
    try {
      await this.producer.send({
        topic: this.topic,
        acks: -1,
        messages: entries.map((e) => ({
          key: e.alert.agent.id,
          value: JSON.stringify(e.alert),
          headers: {
            'agentwatch.reason': e.reason,
            'agentwatch.error': e.error.slice(0, 2000),
            'agentwatch.sink': e.sink,
            'agentwatch.alert_id': e.alert.alert_id,
            'agentwatch.parked_at': parkedAt,
          },
        })),
      });
    } catch (error: unknown) {
      throw new SinkError(`cannot write dead-letter topic ${this.topic}: ${describeError(error)}`, {
        cause: error,
      });
    }
  }

  async close(): Promise<void> {
    // The producer is shared and closed by its owner.
  }
}
