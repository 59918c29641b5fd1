import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Alert, Severity } from '../../schemas/alert.js';
import type { AlertFormatter } from '../formats/alert-formatter.js';
import { atLeast, type AlertSink } from './alert-sink.js';
import type { AlertTransport } from './alert-transport.js';
import { FileTransport, WritableTransport } from './stream-transport.js';

/**
 * Alerts as lines, delivered at once through a line transport (stream-transport.ts): stdout, or a file
 * opened for append. No batching, retries or dead letter: for a finite run (replay) whose caller
 * waits for every line and reports a failure; the service's file and stdout sinks add those through
 * `ReliableSink` over the same transports.
 */
export class StreamSink implements AlertSink {
  readonly name: string;
  private readonly transport: AlertTransport;
  private readonly format: AlertFormatter;
  private readonly minSeverity: Severity;
  private readonly signal = new AbortController().signal;
  /** Deliveries run one after another, in the order `send` was called: lines never reorder. */
  private tail: Promise<void> = Promise.resolve();

  constructor(options: {
    name: string;
    transport: AlertTransport;
    format: AlertFormatter;
    minSeverity: Severity;
  }) {
    this.name = options.name;
    this.transport = options.transport;
    this.format = options.format;
    this.minSeverity = options.minSeverity;
  }

  /** A sink appending to `path`; the file (and its folder) exists from the start, alerts or not. */
  static file(name: string, path: string, format: AlertFormatter, minSeverity: Severity): StreamSink {
    mkdirSync(dirname(path), { recursive: true });
    closeSync(openSync(path, 'a'));
    return new StreamSink({
      name,
      transport: new FileTransport({ path, fsync: false }),
      format,
      minSeverity,
    });
  }

  /** A sink writing to stdout (never closed by the sink). */
  static stdout(name: string, format: AlertFormatter, minSeverity: Severity): StreamSink {
    const transport = new WritableTransport({ stream: process.stdout, description: 'stdout' });
    return new StreamSink({ name, transport, format, minSeverity });
  }

  async send(alerts: readonly Alert[]): Promise<void> {
    const selected = atLeast(alerts, this.minSeverity);
    if (selected.length === 0) return;
    const batch = selected.map((alert) => {
      const payload = this.format(alert);
      return { alert, payload, bytes: Buffer.byteLength(payload, 'utf8') };
    });
    const run = this.tail.then(() => this.transport.deliver(batch, this.signal));
    this.tail = run.catch(() => undefined);
    await run;
  }

  async close(): Promise<void> {
    await this.tail;
    await this.transport.close();
  }
}
