import type { Writable } from 'node:stream';
import type { Alert } from '../../schemas/alert.js';
import type { AlertFormatter } from '../formats/alert-formatter.js';
import type { AlertSink } from '../sinks/alert-sink.js';

/**
 * Alerts as lines on stdout for `replay`. When the reader goes away (`replay | head -1`: EPIPE)
 * the sink stops writing quietly and counts what it could not print, so the run still stores
 * every event, alert and baseline and ends normally; any other write error fails the run.
 */
export class StdoutAlertSink implements AlertSink {
  readonly name = 'stdout';
  /** Alerts not printed because stdout was closed by its reader. */
  unprinted = 0;
  private readerGone = false;
  private failure: Error | undefined;
  private readonly stream: Writable;
  private readonly format: AlertFormatter;

  constructor(stream: Writable, format: AlertFormatter) {
    this.stream = stream;
    this.format = format;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.readerGone = true;
      else this.failure = error;
    });
  }

  /** True once the reader closed stdout. */
  get closedByReader(): boolean {
    return this.readerGone;
  }

  async send(alerts: readonly Alert[]): Promise<void> {
    this.rethrow();
    if (this.readerGone || this.stream.destroyed) {
      this.readerGone = true;
      this.unprinted += alerts.length;
      return;
    }
    let chunk = '';
    for (const alert of alerts) chunk += this.format(alert) + '\n';
    if (!this.stream.write(chunk)) await this.drained();
    this.rethrow();
  }

  /** Waits for 'drain', or for the error or close that means no drain will come. */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }

  close(): Promise<void> {
    // stdout is not ours to end; a failure seen after the last send still fails the run.
    return this.failure ? Promise.reject(this.failure) : Promise.resolve();
  }

  /** A write error other than EPIPE, seen by the listener, fails the next send. */
  private rethrow(): void {
    const failure = this.failure;
    if (failure) throw failure;
  }
}
