import type { Producer } from 'kafkajs';
import { describeError } from '../errors.js';
import { DeliveryError, type AlertTransport, type RenderedAlert } from './alert-transport.js';

/**
 * Kafka error types that mean "this record will never be accepted": the sink splits the batch and parks
 * the records refused on their own. Every other failure (leader moves, broker down, timeouts, the
 * client's own retries exhausted) is retried until `max_retry_ms`.
 */
const CONTENT_REFUSED = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'INVALID_REQUIRED_ACKS',
]);

/**
 * Alerts to a Kafka topic with acks=all, keyed by agent id so one agent's alerts stay in order on one
 * partition; alert id, severity and detector travel in headers for routing without parsing.
 */
export class KafkaTransport implements AlertTransport {
  readonly description: string;
  private readonly producer: Producer;
  private readonly topic: string;

  /** `producer` is shared (the service's) and closed by its owner, not here. */
  constructor(options: { producer: Producer; topic: string }) {
    this.producer = options.producer;
    this.topic = options.topic;
    this.description = `kafka topic ${options.topic}`;
  }

  async deliver(batch: readonly RenderedAlert[]): Promise<void> {
    try {
      await this.producer.send({
        topic: this.topic,
        acks: -1,
        messages: batch.map(({ alert, payload }) => ({
          key: alert.agent.id,
          value: payload,
          headers: { alert_id: alert.alert_id, severity: alert.severity, detector: alert.detector.id },
        })),
      });
    } catch (error: unknown) {
      const refused = kafkaErrorType(error);
      throw new DeliveryError(`cannot produce to ${this.topic}: ${describeError(error)}`, {
        cause: error,
        ...(refused !== undefined && CONTENT_REFUSED.has(refused)
          ? { retriable: false, contentRefused: true }
          : { retriable: true }),
      });
    }
  }

  async close(): Promise<void> {
    // The producer is shared and closed by its owner.
  }
}

/**
 * The protocol error type (`MESSAGE_TOO_LARGE`, ...) of a kafkajs error, looking through the wrappers
 * kafkajs adds when its own retries run out.
 */
function kafkaErrorType(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    if ('type' in e && typeof e.type === 'string') return e.type;
    e = e.cause;
  }
  return undefined;
}
