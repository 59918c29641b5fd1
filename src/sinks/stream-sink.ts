import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import type { Alert, Severity } from '../../schemas/alert.js';
import type { AlertFormatter } from '../formats/alert-formatter.js';
import { atLeast, type AlertSink } from './alert-sink.js';
import type { AlertTransport, RenderedAlert } from './alert-transport.js';
import { FileTransport, ReaderGoneError, WritableTransport } from './stream-transport.js';

/**
 * Alerts as lines, delivered at once through a line transport (stream-transport.ts): stdout, or a file
 * opened for append. No batching, retries or dead letter: for a finite run (replay) whose caller
 * waits for every line and reports a failure; the service's file and stdout sinks add those through
 * `ReliableSink` over the same transports.
 *
 * On stdout, a reader that goes away (`replay | head -1`: EPIPE) ends the output, not the run: the
 * sink stops writing quietly and counts what it could not write, so the run still stores every
 * event, alert and baseline and ends normally. Any other write error fails the send.
 */
export class StreamSink implements AlertSink {
  readonly name: string;
  private readonly transport: AlertTransport;
  private readonly format: AlertFormatter;
  private readonly minSeverity: Severity;
  private readonly signal = new AbortController().signal;
  /** Whether a reader that went away ends the output quietly (stdout) instead of failing the send. */
  private readonly readerMayLeave: boolean;
  private readerGone = false;
  /** Alerts not written because the reader of the stream went away. */
  unwritten = 0;
  /** Deliveries run one after another, in the order `send` was called: lines never reorder. */
  private tail: Promise<void> = Promise.resolve();

  constructor(options: {
    name: string;
    transport: AlertTransport;
    format: AlertFormatter;
    minSeverity: Severity;
    /** Treat {@link ReaderGoneError} as the end of the output (default false: it fails the send). */
    readerMayLeave?: boolean;
  }) {
    this.name = options.name;
    this.transport = options.transport;
    this.format = options.format;
    this.minSeverity = options.minSeverity;
    this.readerMayLeave = options.readerMayLeave ?? false;
  }

  /** True once the reader closed the stream (only with `readerMayLeave`). */
  get closedByReader(): boolean {
    return this.readerGone;
  }

  /**
   * A sink writing to `path`; the file (and its folder) exists from the start, alerts or not. With
   * `replace` the file starts empty (one run's output, as `replay --out` gives); else alerts are
   * appended to what it holds.
   */
  static file(
    name: string,
    path: string,
    format: AlertFormatter,
    minSeverity: Severity,
    options: { replace?: boolean } = {},
  ): StreamSink {
    mkdirSync(dirname(path), { recursive: true });
    closeSync(openSync(path, options.replace === true ? 'w' : 'a'));
    return new StreamSink({
      name,
      transport: new FileTransport({ path, fsync: false }),
      format,
      minSeverity,
    });
  }

  /** A sink writing to stdout (never closed by the sink), whose reader may leave (see the class). */
  static stdout(
    name: string,
    format: AlertFormatter,
    minSeverity: Severity,
    stream: Writable = process.stdout,
  ): StreamSink {
    const transport = new WritableTransport({ stream, description: 'stdout' });
    return new StreamSink({ name, transport, format, minSeverity, readerMayLeave: true });
  }

  async send(alerts: readonly Alert[]): Promise<void> {
    const selected = atLeast(alerts, this.minSeverity);
    if (selected.length === 0) return;
    const batch = selected.map((alert) => {
      const payload = this.format(alert);
      return { alert, payload, bytes: Buffer.byteLength(payload, 'utf8') };
    });
    const run = this.tail.then(() => this.deliver(batch));
    this.tail = run.catch(() => undefined);
    await run;
  }

  private async deliver(batch: readonly RenderedAlert[]): Promise<void> {
    if (this.readerGone) {
      this.unwritten += batch.length;
      return;
    }
    try {
      await this.transport.deliver(batch, this.signal);
    } catch (error: unknown) {
      if (!(this.readerMayLeave && error instanceof ReaderGoneError)) throw error;
      this.readerGone = true;
      this.unwritten += batch.length;
    }
  }

  async close(): Promise<void> {
    await this.tail;
    await this.transport.close();
  }
}
