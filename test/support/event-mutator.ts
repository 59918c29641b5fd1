import { Rng } from '../../src/simulation/prng.js';

/**
 * Seeded mutations of valid v1 events for fuzzing the decoder and the store: bytes, types, lone
 * surrogates, control characters, huge and deep values. Each call of `next()` gives one input line
 * (a Buffer, as Kafka hands them over) and the kind of mutation, for messages.
 */
export type MutationKind =
  | 'valid'
  | 'byte-flip'
  | 'byte-insert'
  | 'byte-delete'
  | 'truncate'
  | 'invalid-utf8'
  | 'type-swap'
  | 'lone-surrogate'
  | 'control-chars'
  | 'huge-string'
  | 'deep-nesting'
  | 'huge-number'
  | 'proto-key'
  | 'bom'
  | 'unknown-field'
  | 'drop-field';

const KINDS: readonly MutationKind[] = [
  'valid',
  'byte-flip',
  'byte-insert',
  'byte-delete',
  'truncate',
  'invalid-utf8',
  'type-swap',
  'lone-surrogate',
  'control-chars',
  'huge-string',
  'deep-nesting',
  'huge-number',
  'proto-key',
  'bom',
  'unknown-field',
  'drop-field',
];

const CONTROLS = [
  '\u0000',
  '\u001b',
  '\r',
  '\n',
  '\t',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u007f',
  '\u009b',
  '\u000b',
];
/** Over the field limits (1024, 4096) and over the record limit (64 KiB). */
const HUGE = [1025, 4097, 70_000].map((n) => 'h'.repeat(n));
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d'];

type Json = Record<string, unknown>;

/** A valid event of some shape; `i` makes its id unique. */
function baseEvent(rng: Rng, i: number): Json {
  const event: Json = {
    event_id: `fz-${i}`,
    ts: rng.chance(0.5) ? 1_777_000_000_000 + i * 1000 : new Date(1_777_000_000_000 + i * 1000).toISOString(),
    agent: { id: `agent-${rng.int(0, 40)}`, name: 'bot', type: rng.pick(['personal', 'organizational']) },
    action: { api: rng.pick(['s3:GetObject', 'gmail:send', 'GET /v1/contacts/{id}', 'db.query']) },
  };
  if (rng.chance(0.5)) (event['action'] as Json)['category'] = rng.pick(['read', 'write', 'delete', 'send']);
  if (rng.chance(0.5))
    (event['action'] as Json)['parameters'] = { bucket: 'b', n: rng.int(0, 9), ok: true, memo: null };
  if (rng.chance(0.4)) event['resource'] = { id: `res-${rng.int(0, 9)}`, sensitivity: 'restricted' };
  if (rng.chance(0.3)) event['on_behalf_of'] = { id: 'ana@example.com', type: 'user' };
  if (rng.chance(0.3)) event['intent'] = { task_id: 't-1', description: 'do it', scopes: ['s3:read'] };
  if (rng.chance(0.3)) event['attributes'] = { region: 'eu', 'x.y': '' };
  if (rng.chance(0.2)) event['credential'] = { id: 'k', issued_at: '2026-01-01T00:00:00Z' };
  if (rng.chance(0.2)) event['delegation_chain'] = ['root', 'mid'];
  return event;
}

/** Paths of the string-or-scalar leaves of `event`, for targeted mutations. */
function leaves(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  } else out.push(path);
  return out;
}

function setAt(event: Json, path: readonly string[], value: unknown): void {
  let node: Json = event;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}

function getAt(event: Json, path: readonly string[]): unknown {
  let node: unknown = event;
  for (const key of path) node = (node as Json)[key];
  return node;
}

function deleteAt(event: Json, path: readonly string[]): void {
  let node: Json = event;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  const last = path[path.length - 1];
  if (last !== undefined) delete node[last];
}

/** A generator of mutated lines; the same seed gives the same lines. */
export class EventMutator {
  private readonly rng: Rng;
  private count = 0;

  constructor(seed: number) {
    this.rng = new Rng(seed);
  }

  next(): { kind: MutationKind; line: Buffer } {
    const rng = this.rng;
    const i = this.count;
    this.count += 1;
    const event = baseEvent(rng, i);
    const kind = rng.pick(KINDS);
    const paths = leaves(event);
    const path = rng.pick(paths);
    const text = (): Buffer => Buffer.from(JSON.stringify(event), 'utf8');
    switch (kind) {
      case 'valid':
        return { kind, line: text() };
      case 'byte-flip':
      case 'byte-insert':
      case 'byte-delete': {
        let bytes = text();
        for (let n = rng.int(1, 4); n > 0; n -= 1) {
          const at = rng.int(0, bytes.length - 1);
          const byte = Buffer.from([rng.int(0, 255)]);
          if (kind === 'byte-flip') bytes[at] = byte[0] as number;
          else if (kind === 'byte-insert')
            bytes = Buffer.concat([bytes.subarray(0, at), byte, bytes.subarray(at)]);
          else bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
        }
        return { kind, line: bytes };
      }
      case 'truncate': {
        const bytes = text();
        return { kind, line: bytes.subarray(0, rng.int(0, bytes.length - 1)) };
      }
      case 'invalid-utf8': {
        const bytes = text();
        const at = bytes.indexOf(0x22, rng.int(1, bytes.length - 2)) + 1 || 1;
        const bad = Buffer.from(
          rng.pick([[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80]]),
        );
        return { kind, line: Buffer.concat([bytes.subarray(0, at), bad, bytes.subarray(at)]) };
      }
      case 'type-swap':
        setAt(
          event,
          path,
          rng.pick<unknown>([
            0,
            -1.5,
            1e308,
            true,
            null,
            [],
            {},
            ['x'],
            { nested: 'x' },
            '',
            'x'.repeat(rng.int(257, 5000)),
            '2026-02-30T00:00:00Z',
          ]),
        );
        return { kind, line: text() };
      case 'lone-surrogate': {
        const current = getAt(event, path);
        const s = typeof current === 'string' ? current : 'v';
        const at = rng.int(0, s.length);
        setAt(event, path, s.slice(0, at) + rng.pick(SURROGATES) + s.slice(at));
        // JSON.stringify writes the escape `\ud800`, as a producer would.
        return { kind, line: text() };
      }
      case 'control-chars': {
        const current = getAt(event, path);
        const s = typeof current === 'string' ? current : 'v';
        setAt(event, path, s + rng.pick(CONTROLS) + rng.pick(CONTROLS));
        // Half of them raw in the line (invalid JSON inside a string), half escaped (valid).
        const line = text().toString('utf8');
        return {
          kind,
          line: Buffer.from(
            rng.chance(0.5)
              ? line.replace(/\\u00([0-9a-f]{2})/, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
              : line,
            'utf8',
          ),
        };
      }
      case 'huge-string':
        setAt(event, path, rng.pick(HUGE));
        return { kind, line: text() };
      case 'deep-nesting': {
        // JSON.parse of deep nesting costs ~0.4 us per level (8 ms at 20,000, still under the size
        // limit): the deepest are rare so the suite stays fast; the size limit bounds the cost.
        const depth = rng.chance(0.02) ? 20_000 : rng.pick([10, 100, 1000, 2000]);
        const deep = '['.repeat(depth) + ']'.repeat(depth);
        const line = text().toString('utf8');
        return { kind, line: Buffer.from(line.replace('"bot"', deep), 'utf8') };
      }
      case 'huge-number': {
        const line = text().toString('utf8');
        const value = rng.pick(['1e400', '-1e400', '123456789012345678901234567890', '0.0000001e-400']);
        return { kind, line: Buffer.from(line.replace(/"ts":[^,]+/, `"ts":${value}`), 'utf8') };
      }
      case 'proto-key': {
        const line = text().toString('utf8');
        return {
          kind,
          line: Buffer.from(
            rng.chance(0.5)
              ? line.replace('"name":"bot"', '"name":"bot","__proto__":{"polluted":true}')
              : line.replace('{"event_id"', '{"constructor":{"prototype":{"x":1}},"event_id"'),
            'utf8',
          ),
        };
      }
      case 'bom':
        return { kind, line: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text()]) };
      case 'unknown-field':
        event[rng.pick(['extra', 'agent_id', 'TS', ''])] = 'x';
        return { kind, line: text() };
      case 'drop-field':
        deleteAt(
          event,
          rng.pick([['event_id'], ['ts'], ['agent'], ['action'], ['agent', 'id'], ['action', 'api'], path]),
        );
        return { kind, line: text() };
    }
  }
}
