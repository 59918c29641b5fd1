import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { describeError } from '../errors.js';
import { DeliveryError, type AlertTransport, type RenderedAlert } from './alert-transport.js';

function lines(batch: readonly RenderedAlert[]): Buffer {
  return Buffer.from(batch.map((r) => r.payload + '\n').join(''), 'utf8');
}

/**
 * Alerts appended to a file, one per line. With `fsync`, a batch counts as delivered only once it is on
 * disk. Failures (disk full, file removed, permissions) are retried: each is something an operator can
 * fix, and the file is reopened on the next attempt.
 */
export class FileTransport implements AlertTransport {
  readonly description: string;
  private readonly path: string;
  private readonly fsync: boolean;
  private handle: FileHandle | undefined;

  constructor(options: { path: string; fsync: boolean }) {
    this.path = options.path;
    this.fsync = options.fsync;
    this.description = `file ${options.path}`;
  }

  async deliver(batch: readonly RenderedAlert[]): Promise<void> {
    const chunk = lines(batch);
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
      if (this.fsync) await this.handle.datasync();
    } catch (error: unknown) {
      await this.close().catch(() => undefined);
      throw new DeliveryError(`${this.description}: ${describeError(error)}`, { cause: error });
    }
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}

/**
 * The stream's reader went away (EPIPE: `agentwatch replay | head -1`) or the stream was closed: no
 * later write can succeed. Not retriable; a finite run may treat it as the end of its output
 * ({@link StreamSink.stdout}), the service parks the alerts.
 */
export class ReaderGoneError extends DeliveryError {
  constructor(message: string, cause?: unknown) {
    super(message, { retriable: false, ...(cause === undefined ? {} : { cause }) });
  }
}

/**
 * Alerts as lines on a stream it does not own (stdout). A write error there (EPIPE: the reader went
 * away) does not heal, so it is not retriable: {@link ReaderGoneError} for a reader that left, a
 * non-retriable {@link DeliveryError} for anything else.
 */
export class WritableTransport implements AlertTransport {
  readonly description: string;
  private readonly stream: Writable;
  /** The first 'error' event of the stream, reported by the next delivery. */
  private streamError: Error | undefined;

  constructor(options: { stream: Writable; description: string }) {
    this.stream = options.stream;
    this.description = options.description;
    // Without a listener an EPIPE on stdout is an uncaught 'error' event that ends the process; the
    // write callback and the next delivery report it instead.
    this.stream.on('error', (error: Error) => {
      this.streamError ??= error;
    });
  }

  async deliver(batch: readonly RenderedAlert[]): Promise<void> {
    if (this.streamError) throw this.failure(this.streamError);
    if (this.stream.destroyed || this.stream.writableEnded) {
      throw new ReaderGoneError(`${this.description}: stream is closed`);
    }
    try {
      // The write callback fires once the chunk is handed to the OS, which also waits out backpressure.
      await new Promise<void>((resolve, reject) =>
        this.stream.write(lines(batch), (error?: Error | null) => (error ? reject(error) : resolve())),
      );
    } catch (error: unknown) {
      throw this.failure(error);
    }
  }

  async close(): Promise<void> {
    // Not ours to end.
  }

  private failure(error: unknown): DeliveryError {
    const message = `${this.description}: ${describeError(error)}`;
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE')
      return new ReaderGoneError(message, error);
    return new DeliveryError(message, { retriable: false, cause: error });
  }
}
