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
 * Alerts as lines on a stream it does not own (stdout). A write error there (EPIPE: the reader went
 * away) does not heal, so it is not retried: the alerts go to the dead letter.
 */
export class WritableTransport implements AlertTransport {
  readonly description: string;
  private readonly stream: Writable;

  constructor(options: { stream: Writable; description: string }) {
    this.stream = options.stream;
    this.description = options.description;
  }

  async deliver(batch: readonly RenderedAlert[]): Promise<void> {
    if (this.stream.destroyed || this.stream.writableEnded) {
      throw new DeliveryError(`${this.description}: stream is closed`, { retriable: false });
    }
    try {
      // The write callback fires once the chunk is handed to the OS, which also waits out backpressure.
      await new Promise<void>((resolve, reject) =>
        this.stream.write(lines(batch), (error?: Error | null) => (error ? reject(error) : resolve())),
      );
    } catch (error: unknown) {
      throw new DeliveryError(`${this.description}: ${describeError(error)}`, {
        retriable: false,
        cause: error,
      });
    }
  }

  async close(): Promise<void> {
    // Not ours to end.
  }
}
