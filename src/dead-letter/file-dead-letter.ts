import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DeadLetter, DeadLetterEntry } from './dead-letter.js';

/**
 * NDJSON dead letter: one object per refused record with reason, error, origin and the original
 * line (`raw`, UTF-8; `raw_base64` too when the bytes are not valid UTF-8). Created on first use.
 */
export class FileDeadLetter implements DeadLetter {
  readonly description: string;
  private stream: WriteStream | undefined;
  private readonly path: string;

  constructor(path: string) {
    this.path = path;
    this.description = path;
  }

  async write(entries: readonly DeadLetterEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // One file per run: a re-run rewrites it instead of repeating the same refusals.
    this.stream ??= createWriteStream(this.path, { flags: 'w' });
    let chunk = '';
    for (const e of entries) {
      const text = e.raw.toString('utf8');
      const lossless = Buffer.from(text, 'utf8').equals(e.raw);
      chunk +=
        JSON.stringify({
          reason: e.reason,
          error: e.error,
          origin: e.origin,
          raw: text,
          ...(lossless ? {} : { raw_base64: e.raw.toString('base64') }),
        }) + '\n';
    }
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    this.stream = undefined;
    await new Promise<void>((resolve, reject) =>
      stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
  }
}
