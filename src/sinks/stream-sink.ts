import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Alert, Severity } from '../../schemas/alert.js';
import { SinkError } from '../errors.js';
import type { AlertFormatter } from '../formats/alert-formatter.js';
import { atLeast, type AlertSink } from './alert-sink.js';

/** Alerts as lines on a writable stream: stdout, or a file opened for append. */
export class StreamSink implements AlertSink {
  readonly name: string;
  private readonly stream: Writable;
  private readonly format: AlertFormatter;
  private readonly minSeverity: Severity;
  private readonly owned: boolean;

  constructor(options: {
    name: string;
    stream: Writable;
    format: AlertFormatter;
    minSeverity: Severity;
    owned: boolean;
  }) {
    this.name = options.name;
    this.stream = options.stream;
    this.format = options.format;
    this.minSeverity = options.minSeverity;
    this.owned = options.owned;
  }

  /** A sink appending to `path`. */
  static file(name: string, path: string, format: AlertFormatter, minSeverity: Severity): StreamSink {
    return new StreamSink({
      name,
      stream: createWriteStream(path, { flags: 'a' }),
      format,
      minSeverity,
      owned: true,
    });
  }

  /** A sink writing to stdout. */
  static stdout(name: string, format: AlertFormatter, minSeverity: Severity): StreamSink {
    return new StreamSink({ name, stream: process.stdout, format, minSeverity, owned: false });
  }

  async send(alerts: readonly Alert[]): Promise<void> {
    const selected = atLeast(alerts, this.minSeverity);
    if (selected.length === 0) return;
    let chunk = '';
    for (const alert of selected) chunk += this.format(alert) + '\n';
    if (this.stream.destroyed || this.stream.writableEnded)
      throw new SinkError(`${this.name}: stream is closed`, { retriable: false });
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (!this.owned) return;
    await new Promise<void>((resolve, reject) =>
      this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
  }
}
