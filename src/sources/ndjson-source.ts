import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { AgentwatchError } from '../errors.js';
import type { InputRecord } from '../pipeline/pipeline.js';

/** Options of {@link readNdjsonBatches}. */
export interface NdjsonReadOptions {
  /**
   * Longest line kept, in bytes (the pipeline's `max_event_bytes`). A longer line is not buffered:
   * its bytes are counted up to its newline and it comes out as a record refused as `oversize`,
   * with its first bytes for the dead letter. Default: unlimited.
   */
  maxLineBytes?: number;
  /** What `-` reads: process.stdin unless the caller moved stdin to a descriptor of its own. */
  stdin?: Readable;
}

/** Bytes of an oversize line kept for the dead letter. */
const OVERSIZE_SAMPLE_BYTES = 1024;

/**
 * Reads NDJSON from a file or stdin in batches of lines, keeping line numbers for error reports.
 * Blank lines are skipped (they are not records). Lines are split on \n; a trailing \r is dropped;
 * a byte order mark at the start of the input is skipped. `-` reads `options.stdin`.
 *
 * Linear in the input: the bytes of a line that spans chunks are joined once, when its newline
 * arrives (joining them on every chunk made an 80 MB line quadratic: minutes to reject), and a line
 * longer than `maxLineBytes` is counted, not kept.
 */
export async function* readNdjsonBatches(
  path: string,
  batchSize: number,
  options: NdjsonReadOptions = {},
): AsyncGenerator<InputRecord[], void, undefined> {
  const label = path === '-' ? 'stdin' : path;
  const maxLineBytes = options.maxLineBytes ?? Number.POSITIVE_INFINITY;
  let input: Readable;
  try {
    input = path === '-' ? (options.stdin ?? process.stdin) : createReadStream(path);
  } catch (error: unknown) {
    throw new AgentwatchError('INPUT_UNREADABLE', `cannot read ${label}`, { cause: error });
  }
  // The start of the current line, when it began in an earlier chunk.
  let carry: Buffer[] = [];
  let carryBytes = 0;
  // Set once the current line is over the limit: only its first bytes are kept.
  let oversize = false;
  // Last byte of the current line so far: a \r before its newline is not part of its size.
  let lastByte = -1;
  let line = 0;
  let batch: InputRecord[] = [];
  const push = (text: string) => {
    line += 1;
    let value = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (line === 1 && value.startsWith('\ufeff')) value = value.slice(1);
    if (isBlank(value)) return;
    batch.push({ value, origin: { kind: 'file', path: label, line } });
  };
  const pushOversize = (bytes: number) => {
    line += 1;
    const sample = Buffer.concat(carry, Math.min(carryBytes, OVERSIZE_SAMPLE_BYTES));
    batch.push({
      value: sample,
      origin: { kind: 'file', path: label, line },
      refusal: { reason: 'oversize', error: `record is ${bytes} bytes, limit ${maxLineBytes}` },
    });
  };
  /** Adds `part` (bytes of the current line) to the carry, or only counts it past the limit. */
  const keep = (part: Buffer) => {
    if (part.length === 0) return;
    lastByte = part[part.length - 1] as number;
    if (!oversize && carryBytes + part.length > maxLineBytes + 1) {
      oversize = true;
      const room = Math.max(0, OVERSIZE_SAMPLE_BYTES - carryBytes);
      if (room > 0) carry.push(Buffer.from(part.subarray(0, room)));
    } else if (!oversize) {
      // A copy: the stream may reuse the chunk's memory.
      carry.push(Buffer.from(part));
    }
    carryBytes += part.length;
  };
  /** Ends the line whose last bytes are `tail` (the carry holds its start). */
  const finishCarried = (tail: Buffer) => {
    keep(tail);
    const bytes = carryBytes;
    if (oversize) pushOversize(bytes - (lastByte === 0x0d ? 1 : 0));
    else push(Buffer.concat(carry, carryBytes).toString('utf8'));
    carry = [];
    carryBytes = 0;
    oversize = false;
    lastByte = -1;
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      const firstNl = chunk.indexOf(0x0a);
      if (firstNl === -1) {
        keep(chunk);
        continue;
      }
      let start = 0;
      if (carryBytes > 0 || oversize) {
        finishCarried(chunk.subarray(0, firstNl));
        start = firstNl + 1;
      }
      const lastNl = chunk.lastIndexOf(0x0a);
      if (start <= lastNl) {
        // One decode for the lines wholly in this chunk, then lines as string slices: a Buffer view
        // and a decode per line cost more than the rest of reading. A newline byte never sits
        // inside a UTF-8 sequence.
        const text = chunk.toString('utf8', start, lastNl);
        let from = 0;
        for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
          push(text.slice(from, nl));
          from = nl + 1;
          if (batch.length >= batchSize) {
            yield batch;
            batch = [];
          }
        }
        push(text.slice(from));
      }
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
      keep(chunk.subarray(lastNl + 1));
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
  if (carryBytes > 0) finishCarried(Buffer.alloc(0));
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
