import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { AgentwatchError } from '../errors.js';
import type { InputRecord } from '../pipeline/pipeline.js';

/**
 * Reads NDJSON from a file or stdin in batches of lines, keeping line numbers for error reports.
 * Blank lines are skipped (they are not records). Lines are split on \n; a trailing \r is dropped.
 */
export async function* readNdjsonBatches(
  path: string,
  batchSize: number,
): AsyncGenerator<InputRecord[], void, undefined> {
  const label = path === '-' ? 'stdin' : path;
  let input: Readable;
  try {
    input = path === '-' ? process.stdin : createReadStream(path);
  } catch (error: unknown) {
    throw new AgentwatchError('INPUT_UNREADABLE', `cannot read ${label}`, { cause: error });
  }
  let carry: Buffer | undefined;
  let line = 0;
  let batch: InputRecord[] = [];
  const push = (text: string) => {
    line += 1;
    const value = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (isBlank(value)) return;
    batch.push({ value, origin: { kind: 'file', path: label, line } });
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      const data = carry ? Buffer.concat([carry, chunk]) : chunk;
      const lastNl = data.lastIndexOf(0x0a);
      if (lastNl === -1) {
        carry = Buffer.from(data);
        continue;
      }
      // One decode per chunk, then lines as string slices: a Buffer view and a decode per line
      // cost more than the rest of reading. A newline byte never sits inside a UTF-8 sequence.
      const text = data.toString('utf8', 0, lastNl);
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        push(text.slice(start, nl));
        start = nl + 1;
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      push(text.slice(start));
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
      carry = lastNl + 1 < data.length ? Buffer.from(data.subarray(lastNl + 1)) : undefined;
    }
  } catch (error: unknown) {
    throw new AgentwatchError(
      'INPUT_UNREADABLE',
      `cannot read ${label}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  if (carry) push(carry.toString('utf8'));
  if (batch.length > 0) yield batch;
}

/** Only spaces and tabs (or nothing): not a record. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}
