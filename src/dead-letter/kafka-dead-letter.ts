import type { Producer } from 'kafkajs';
import { SinkError, describeError } from '../errors.js';
import type { DeadLetter, DeadLetterEntry } from './dead-letter.js';

/**
 * Refused records to a Kafka topic: the value is the original bytes, untouched; reason, error and
 * origin travel in headers so a consumer can fix and re-publish the record as it was.
 */
export class KafkaDeadLetter implements DeadLetter {
  readonly description: string;
  private readonly producer: Producer;
  private readonly topic: string;

  constructor(producer: Producer, topic: string) {
    this.producer = producer;
    this.topic = topic;
    this.description = `kafka topic ${topic}`;
  }

  async write(entries: readonly DeadLetterEntry[]): Promise<void> {
    if (entries.length === 0) return;
    try {
      await this.producer.send({
        topic: this.topic,
        acks: -1,
        messages: entries.map((e) => ({
          value: e.raw,
          headers: {
            'agentwatch.reason': e.reason,
            'agentwatch.error': e.error.slice(0, 2000),
            'agentwatch.origin': JSON.stringify(e.origin),
            ...(e.origin.kind === 'kafka'
              ? {
                  'agentwatch.source.topic': e.origin.topic,
                  'agentwatch.source.partition': String(e.origin.partition),
                  'agentwatch.source.offset': e.origin.offset,
                }
              : {}),
          },
        })),
      });
    } catch (error: unknown) {
      throw new SinkError(`cannot write to dead-letter topic ${this.topic}: ${describeError(error)}`, {
        cause: error,
      });
    }
  }

  async close(): Promise<void> {
    // The producer is shared and closed by its owner.
  }
}
