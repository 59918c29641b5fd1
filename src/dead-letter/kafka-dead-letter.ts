import type { Producer } from 'kafkajs';
import { SinkError, describeError } from '../errors.js';
import type { DeadLetter, DeadLetterCodec } from './dead-letter.js';

/** Entries produced to a Kafka topic with acks from every in-sync replica; the codec shapes each message. */
export class KafkaDeadLetter<T> implements DeadLetter<T> {
  readonly description: string;
  private readonly producer: Producer;
  private readonly topic: string;
  private readonly codec: DeadLetterCodec<T>;

  constructor(producer: Producer, topic: string, codec: DeadLetterCodec<T>) {
    this.producer = producer;
    this.topic = topic;
    this.codec = codec;
    this.description = `kafka topic ${topic}`;
  }

  async park(entries: readonly T[]): Promise<void> {
    if (entries.length === 0) return;
    const parkedAt = new Date();
    try {
      await this.producer.send({
        topic: this.topic,
        acks: -1,
        messages: entries.map((e) => this.codec.message(e, parkedAt)),
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
