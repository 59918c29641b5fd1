import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';
import { simulateFleet, setupSimulation } from '../simulation/fleet-simulator.js';
import { planIdentity, plantPosture } from '../simulation/identity-plan.js';
import { SCOPE_STYLES, type ScopeStyle } from '../simulation/scope-vocabulary.js';
import { parseStartDate } from '../simulation/zoned-time.js';
import { parseCommandArgs } from './command-args.js';

/** Lines are written in chunks of about this many characters, to keep write calls few. */
const CHUNK_CHARS = 64 * 1024;

/** `agentwatch simulate`: streams events (and labels to a file). Returns the exit code. */
export async function simulateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'simulate',
    argv,
    {
      agents: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      labels: { type: 'string' },
      out: { type: 'string' },
      start: { type: 'string' },
      scale: { type: 'string' },
      'warmup-days': { type: 'string' },
      registry: { type: 'string' },
      directory: { type: 'string' },
      'posture-labels': { type: 'string' },
      'no-identity': { type: 'boolean', default: false },
      'scope-style': { type: 'string' },
      'low-volume': { type: 'string' },
    },
    true,
  );
  if (positionals.length > 0)
    throw new UsageError(`takes no positional arguments, got "${positionals.join(' ')}"`);
  const agents = integerFlag('agents', values.agents, 1, 10_000);
  const days = integerFlag('days', values.days, 1, 3660);
  const seed = integerFlag('seed', values.seed, -(2 ** 31), 2 ** 32 - 1);
  let start: number | undefined;
  if (values.start !== undefined) {
    start = parseStartDate(values.start);
    if (start === undefined)
      throw new UsageError(`--start must be a date such as 2026-03-02, got "${values.start}"`);
  }
  let scale: number | undefined;
  if (values.scale !== undefined) {
    scale = Number(values.scale);
    if (!Number.isFinite(scale) || scale <= 0 || scale > 100)
      throw new UsageError(`--scale must be a number in (0, 100], got "${values.scale}"`);
  }
  const warmupDays =
    values['warmup-days'] === undefined
      ? undefined
      : integerFlag('warmup-days', values['warmup-days'], 10, 3660);

  const scopeStyle = parseScopeStyle(values['scope-style']);
  const lowVolume = parseLowVolume(values['low-volume']);
  const setup = setupSimulation({
    agents,
    days,
    seed,
    ...(scopeStyle === undefined ? {} : { scopeStyle }),
    ...(lowVolume === undefined ? {} : { lowVolume }),
    ...(start === undefined ? {} : { start }),
    ...(scale === undefined ? {} : { scale }),
    ...(warmupDays === undefined ? {} : { warmupDays }),
  });
  for (const file of [values.out, values.labels]) if (file) mkdirSync(dirname(file), { recursive: true });
  const base = (file: string) => file.replace(/\.(ndjson|jsonl)$/i, '');
  const withIdentity = !values['no-identity'] && (values.out !== undefined || values.registry !== undefined);
  const registryFile = values.registry ?? (values.out ? `${base(values.out)}.registry.ndjson` : undefined);
  const directoryFile = values.directory ?? (values.out ? `${base(values.out)}.directory.ndjson` : undefined);
  const postureFile =
    values['posture-labels'] ?? (values.labels ? `${base(values.labels)}.posture.ndjson` : undefined);
  const identity = withIdentity ? planIdentity(setup) : undefined;
  const ndjson = (rows: readonly unknown[]) => rows.map((r) => JSON.stringify(r) + '\n').join('');
  if (identity && registryFile) writeFileSync(registryFile, ndjson(identity.registry));
  if (identity && directoryFile) writeFileSync(directoryFile, ndjson(identity.directory));
  const posture = identity && postureFile ? createWriteStream(postureFile) : undefined;
  const postureWriter = posture ? new ChunkedWriter(posture) : undefined;
  if (identity) for (const label of identity.labels) await postureWriter?.write(JSON.stringify(label) + '\n');
  const events = values.out ? createWriteStream(values.out) : process.stdout;
  const labels = values.labels ? createWriteStream(values.labels) : undefined;
  const eventWriter = new ChunkedWriter(events);
  const labelWriter = labels ? new ChunkedWriter(labels) : undefined;
  let eventCount = 0;
  let labelCount = 0;
  try {
    const stream = identity ? plantPosture(simulateFleet(setup), setup, identity) : simulateFleet(setup);
    for (const item of stream) {
      const { event, labels: truth } = item;
      if ('posture' in item)
        for (const label of item.posture) await postureWriter?.write(JSON.stringify(label) + '\n');
      eventCount++;
      await eventWriter.write(JSON.stringify(event) + '\n');
      for (const label of truth) {
        labelCount++;
        await labelWriter?.write(JSON.stringify(label) + '\n');
      }
      if (eventWriter.closed) break;
    }
    await eventWriter.flush();
    await labelWriter?.flush();
    await postureWriter?.flush();
  } finally {
    if (posture) await endStream(posture);
    if (events !== process.stdout) await endStream(events as WriteStream);
    if (labels) await endStream(labels);
  }
  process.stderr.write(
    `agentwatch simulate: ${eventCount} events, ${labelCount} labels from ${setup.plan.incidents.length} incidents, ` +
      `${setup.plan.novelties.length} benign novelties; ${agents} agents over ${days} days, seed ${seed}` +
      (identity
        ? `; registry ${identity.registry.length} agents${registryFile ? ` (${registryFile})` : ''}, directory ${identity.directory.length} records${directoryFile ? ` (${directoryFile})` : ''}, ${identity.planted.size} agents with posture conditions planted`
        : '') +
      '\n',
  );
  return 0;
}

/** `--scope-style`: one of SCOPE_STYLES, or undefined when absent. */
export function parseScopeStyle(raw: string | undefined): ScopeStyle | undefined {
  if (raw === undefined) return undefined;
  if (!(SCOPE_STYLES as readonly string[]).includes(raw))
    throw new UsageError(`--scope-style must be one of ${SCOPE_STYLES.join('|')}, got "${raw}"`);
  return raw as ScopeStyle;
}

/** `--low-volume`: a share from 0 to 1, or undefined when absent. */
export function parseLowVolume(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const share = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(share) || share < 0 || share > 1)
    throw new UsageError(`--low-volume must be a share from 0 to 1, got "${raw}"`);
  return share;
}

/** A whole-number flag within [min, max]; otherwise a usage error naming the flag and the range. */
export function integerFlag(name: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined) throw new UsageError(`--${name} is required`);
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** Buffers lines into chunks and honours backpressure, so a long run never piles up in memory. */
class ChunkedWriter {
  private buffer = '';
  private failed: Error | undefined;
  /** True once the reader went away (e.g. `| head`): generation can stop early. */
  closed = false;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closed = true;
      else this.failed = error;
    });
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    this.rethrow();
    if (this.buffer.length === 0 || this.closed) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await drained(this.stream);
    this.rethrow();
  }

  /** A stream error seen by the listener surfaces at the next write or flush. */
  private rethrow(): void {
    if (this.failed !== undefined) throw this.failed;
  }
}

/** Waits for 'drain' (or 'close'/'error', recorded elsewhere), removing its listeners afterwards. */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

async function endStream(stream: WriteStream): Promise<void> {
  if (stream.destroyed) return;
  await new Promise<void>((resolve, reject) => {
    stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
  });
}
