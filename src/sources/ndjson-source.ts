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
  const push = (bytes: Buffer) => {
    line += 1;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end -= 1;
    const value = bytes.subarray(0, end);
    if (value.length === 0 || isBlank(value)) return;
    batch.push({ value, origin: { kind: 'file', path: label, line } });
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let data = carry ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let nl = data.indexOf(0x0a, start); nl !== -1; nl = data.indexOf(0x0a, start)) {
        push(data.subarray(start, nl));
        start = nl + 1;
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      data = data.subarray(start);
      carry = data.length > 0 ? Buffer.from(data) : undefined;
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
  if (carry) push(carry);
  if (batch.length > 0) yield batch;
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09) return false;
  return true;
}
