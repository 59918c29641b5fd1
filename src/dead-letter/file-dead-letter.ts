import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SinkError, describeError } from '../errors.js';
import type { DeadLetter, DeadLetterCodec } from './dead-letter.js';

/** Options of {@link FileDeadLetter}. */
export interface FileDeadLetterOptions {
  /**
   * Start the file afresh on the first write (one file per run: a re-run of a replay rewrites it
   * instead of repeating the same refusals); otherwise append.
   */
  truncate?: boolean;
}

/**
 * Entries as NDJSON lines in a file, fsynced before `park` resolves (a parked record lets the
 * pipeline commit its input, so it must survive a crash). Writes run one after another so lines never
 * interleave; the directory and file are created on first use.
 */
export class FileDeadLetter<T> implements DeadLetter<T> {
  readonly description: string;
  private readonly path: string;
  private readonly codec: DeadLetterCodec<T>;
  private truncate: boolean;
  private handle: FileHandle | undefined;
  private tail: Promise<void> = Promise.resolve();

  constructor(path: string, codec: DeadLetterCodec<T>, options: FileDeadLetterOptions = {}) {
    this.path = path;
    this.codec = codec;
    this.truncate = options.truncate ?? false;
    this.description = `file ${path}`;
  }

  park(entries: readonly T[]): Promise<void> {
    const run = this.tail.then(() => this.write(entries));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async write(entries: readonly T[]): Promise<void> {
    if (entries.length === 0) return;
    const now = new Date();
    const chunk = Buffer.from(entries.map((e) => this.codec.line(e, now) + '\n').join(''), 'utf8');
    try {
      if (!this.handle) {
        await mkdir(dirname(this.path), { recursive: true });
        this.handle = await open(this.path, this.truncate ? 'w' : 'a');
        // Truncate once per run; a reopen after an error appends to what this run wrote.
        this.truncate = false;
      }
      let offset = 0;
      while (offset < chunk.length) {
        const { bytesWritten } = await this.handle.write(chunk, offset);
        offset += bytesWritten;
      }
      await this.handle.datasync();
    } catch (error: unknown) {
      // Reopen next time: the handle may be the problem (file removed, disk remounted).
      const handle = this.handle;
      this.handle = undefined;
      await handle?.close().catch(() => undefined);
      throw new SinkError(`cannot write dead letter ${this.path}: ${describeError(error)}`, { cause: error });
    }
  }

  async close(): Promise<void> {
    await this.tail;
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}
