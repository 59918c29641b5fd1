/**
 * Rows of a ClickHouse `FORMAT RowBinary` result whose columns are all `String`: each value is its
 * byte length as an unsigned LEB128 varint, then the bytes. Any string round-trips (tabs, newlines,
 * backslashes, NUL), unlike TabSeparatedRaw, and there is no escaping layer to undo, unlike
 * JSONEachRow (which would wrap a JSON state in a second layer of JSON costing a second parse).
 *
 * Reads the stream chunk by chunk; a row cut across chunks waits for the rest, and its bytes are
 * joined once the row is complete, so a large value costs one copy, not one per chunk.
 */
export async function* readRowBinaryStrings(
  chunks: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>,
  columns: number,
): AsyncGenerator<string[], void, undefined> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // Bytes the first unfinished row needs at least: no join before they have arrived.
  let needed = 0;
  for await (const piece of chunks) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'latin1') : Buffer.from(piece);
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes < needed) continue;
    const data = pending.length === 1 ? chunk : Buffer.concat(pending, pendingBytes);
    let offset = 0;
    for (;;) {
      const row = readRow(data, offset, columns);
      if (typeof row === 'number') {
        needed = row;
        break;
      }
      offset = row.end;
      yield row.values;
    }
    if (offset === data.length) {
      pending = [];
      pendingBytes = 0;
    } else {
      const rest = data.subarray(offset);
      pending = [rest];
      pendingBytes = rest.length;
    }
  }
  if (pendingBytes > 0)
    throw new Error(`RowBinary result ends inside a row (${pendingBytes} bytes left over)`);
}

/**
 * One row starting at `offset`, or, when `data` ends before the row does, how many bytes from
 * `offset` the row needs at least.
 */
function readRow(data: Buffer, offset: number, columns: number): { values: string[]; end: number } | number {
  const values: string[] = [];
  let at = offset;
  for (let c = 0; c < columns; c += 1) {
    let length = 0;
    let shift = 0;
    for (;;) {
      if (at >= data.length) return at - offset + 1;
      const byte = data[at] as number;
      at += 1;
      length += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
      if (shift > 49) throw new Error('RowBinary string length is not a valid varint');
    }
    if (at + length > data.length) return at + length - offset;
    values.push(data.toString('utf8', at, at + length));
    at += length;
  }
  return { values, end: at };
}
