import type { Producer } from 'kafkajs';
import type { Alert, Severity } from '../../schemas/alert.js';
import { SinkError, describeError } from '../errors.js';
import { atLeast, type AlertFormatter, type AlertSink } from './alert-sink.js';

/** Alerts to a Kafka topic, keyed by agent id so one agent's alerts stay in order. */
export class KafkaSink implements AlertSink {
  readonly name: string;
  private readonly producer: Producer;
  private readonly topic: string;
  private readonly format: AlertFormatter;
  private readonly minSeverity: Severity;

  constructor(options: {
    name: string;
    producer: Producer;
    topic: string;
    format: AlertFormatter;
    minSeverity: Severity;
  }) {
    this.name = options.name;
    this.producer = options.producer;
    this.topic = options.topic;
    this.format = options.format;
    this.minSeverity = options.minSeverity;
  }

  async send(alerts: readonly Alert[]): Promise<void> {
    const selected = atLeast(alerts, this.minSeverity);
    if (selected.length === 0) return;
    try {
      await this.producer.send({
        topic: this.topic,
        acks: -1,
        messages: selected.map((a) => ({
          key: a.agent.id,
          value: this.format(a),
          headers: { alert_id: a.alert_id, severity: a.severity, detector: a.detector.id },
        })),
      });
    } catch (error: unknown) {
      throw new SinkError(`${this.name}: cannot produce to ${this.topic}: ${describeError(error)}`, {
        cause: error,
      });
    }
  }

  async close(): Promise<void> {
    // The producer is shared and closed by its owner.
  }
}
