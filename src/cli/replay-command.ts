import { loadCustomDetectors } from '../detection/custom-detectors.js';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isatty } from 'node:tty';
import { INPUT_FORMATS } from '../adapters/input-formats.js';
import { overrideField, loadConfig } from '../config/load-config.js';
import { FileDeadLetter } from '../dead-letter/file-dead-letter.js';
import { describeOrigin, rejectedRecordCodec, type RejectedRecord } from '../dead-letter/rejected-record.js';
import { UsageError } from '../errors.js';
import { createLogger } from '../logger.js';
import { createMetrics } from '../metrics.js';
import { createDetection } from '../detection/detection-setup.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { PostureSweep } from '../pipeline/posture-sweep.js';
import { loadIdentityFiles } from '../sources/identity-file-source.js';
import { DatedIdentityRecords } from '../registry/dated-identity.js';
import type { AlertSink } from '../sinks/alert-sink.js';
import { AlertTally } from './alert-tally.js';
import { parseCommandArgs } from './command-args.js';
import { stdinStream } from './stdin-handoff.js';
import { renderTable } from './table-renderer.js';
import { StreamSink } from '../sinks/stream-sink.js';
import { readNdjsonBatches } from '../sources/ndjson-source.js';
import { AgentwatchStore } from '../store/agentwatch-store.js';
import { resolveFormat } from '../formats/format-registry.js';
import { OCSF_VERSIONS, type OcsfVersion } from '../formats/ocsf-format.js';
import { DecisionBook } from '../decisions/decision-book.js';
import { loadDecisions } from '../decisions/decision-store.js';
import { createResponseHooks } from '../response/response-hook.js';
import { storeResponseLog } from '../response/response-call-log.js';
import { join } from 'node:path';
import { escapeControls } from '../text/line-safe-text.js';
import { createRedactor } from '../events/secret-redaction.js';

/** `agentwatch replay`: the main job on the embedded default. Returns the exit code. */
export async function replayCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'replay',
    argv,
    {
      store: { type: 'string' },
      'clickhouse-url': { type: 'string' },
      out: { type: 'string' },
      append: { type: 'boolean', default: false },
      format: { type: 'string', default: 'json' },
      'input-format': { type: 'string' },
      'ocsf-version': { type: 'string' },
      'dead-letter': { type: 'string' },
      config: { type: 'string' },
      'no-store': { type: 'boolean', default: false },
      registry: { type: 'string' },
      directory: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
    true,
  );
  if (positionals.length > 1)
    throw new UsageError(`takes one input (FILE or -), got ${positionals.length}: ${positionals.join(' ')}`);
  const input = positionals[0] ?? '-';
  if (input === '-' && positionals.length === 0 && isatty(0))
    throw new UsageError('no input: name an NDJSON file, or pipe events in (replay - reads stdin)');
  if (input !== '-' && !existsSync(input)) throw new UsageError(`input file not found: ${input}`);
  const ocsfVersion = values['ocsf-version'];
  if (ocsfVersion !== undefined && !(OCSF_VERSIONS as readonly string[]).includes(ocsfVersion))
    throw new UsageError(`--ocsf-version: one of ${OCSF_VERSIONS.join(', ')}, got ${ocsfVersion}`);
  const format = resolveFormat(values.format ?? 'json', {
    ...(ocsfVersion === undefined ? {} : { ocsfVersion: ocsfVersion as OcsfVersion }),
  });
  const config = loadConfig({
    file: values.config,
    overrides: (raw) => {
      if (values.store) overrideField(raw, 'store', 'path', values.store);
      if (values['clickhouse-url']) overrideField(raw, 'store', 'clickhouse_url', values['clickhouse-url']);
      if (values['input-format']) overrideField(raw, 'input', 'format', values['input-format']);
      if (values.registry) overrideField(raw, 'identity', 'registry_file', values.registry);
      if (values.directory) overrideField(raw, 'identity', 'directory_file', values.directory);
    },
  });
  // Before anything opens: a bad custom detector is a configuration error (exit 2).
  const custom = await loadCustomDetectors(config);
  const logger = createLogger(config.log_level === 'info' ? 'warn' : config.log_level);
  const metrics = createMetrics({ defaultMetrics: false });
  const deadLetterPath =
    values['dead-letter'] ??
    `${input === '-' ? 'stdin' : input.replace(/\.ndjson$|\.jsonl$/i, '')}.rejected.ndjson`;
  // Named output files may be in folders that do not exist yet: they are created, as --store is.
  mkdirSync(dirname(deadLetterPath), { recursive: true });
  if (values.out) mkdirSync(dirname(values.out), { recursive: true });
  const store = values['no-store'] ? undefined : await AgentwatchStore.open(config.store, logger);
  const deadLetter = new FileDeadLetter(deadLetterPath, rejectedRecordCodec, { truncate: true });
  const stdout = values.out ? undefined : StreamSink.stdout('stdout', format, 'informational');
  // One replay, one output: --out replaces the file (as `>` would), unless --append is asked for.
  const output: AlertSink =
    stdout ?? StreamSink.file('out', values.out ?? '', format, 'informational', { replace: !values.append });
  const tally = new AlertTally();
  const sink = tally.wrap(output);
  // Response hooks fire in a replay too when configured: a replayed incident rehearses the runbook.
  const hooks = createResponseHooks(config.response_hooks, {
    metrics,
    logger,
    deadLetterDir: join(config.store.path, 'dead-letter'),
    log: store ? storeResponseLog(store) : undefined,
  });
  // Analyst decisions recorded in the store apply to the replay as to the live stream (event time).
  const decisions = store ? new DecisionBook(await loadDecisions(store)) : undefined;
  const { registry, runner, identity } = createDetection(config, {
    custom,
    decisions,
    metrics,
    logger,
    persistence: store,
  });
  const quiet = values.quiet ?? false;
  const reportReject = quiet
    ? undefined
    : (entry: RejectedRecord) =>
        // One report per line whatever the input held: its text is in the error (JSON.parse and zod
        // quote it) and in the path.
        process.stderr.write(
          `rejected ${escapeControls(describeOrigin(entry.origin))}: ${entry.reason}: ${escapeControls(entry.error)}\n`,
        );
  // The registry and directory in event time: a later version of a record applies when the replay
  // reaches its updated_at, as the live pipeline received it.
  const datedIdentity = new DatedIdentityRecords();
  const pipeline = new Pipeline({
    datedIdentity,
    registry,
    runner,
    sinks: [sink, ...hooks],
    deadLetter,
    store,
    metrics,
    logger,
    sourceKind: 'file',
    decode: INPUT_FORMATS[config.input.format]({ lineOrderTime: true }),
    redactor: createRedactor(config.redaction),
    maxEventBytes: config.input.max_event_bytes,
    batchMaxRows: config.store.batch_max_rows,
    batchMaxMs: config.store.batch_max_ms,
    baselinePersistMs: config.store.baseline_persist_ms,
    identity,
    sweep: {
      sweep: new PostureSweep(runner, identity, config.identity.sweep_every_minutes * 60_000),
      clock: 'event',
    },
    onReject: reportReject,
  });
  let identitySummary: string | undefined;
  try {
    identitySummary = await loadIdentityFiles({
      registryFile: config.identity.registry_file,
      directoryFile: config.identity.directory_file,
      identity,
      deadLetter,
      metrics,
      store,
      onReject: reportReject,
      dated: datedIdentity,
    });
    for await (const batch of readNdjsonBatches(input, config.input.batch_size, {
      maxLineBytes: config.input.max_event_bytes,
      stdin: stdinStream(),
    })) {
      await pipeline.processBatch(batch);
      if (pipeline.checkpointDue()) await pipeline.startCheckpoint();
    }
    await pipeline.finish();
  } finally {
    await sink.close();
    for (const hook of hooks) await hook.close();
    await deadLetter.close();
    await store?.close();
  }
  const s = pipeline.stats;
  const lines = [
    `agentwatch replay: ${s.read} line${s.read === 1 ? '' : 's'} read: ${s.valid} events, ${s.rejected} rejected` +
      `${s.rejected > 0 ? ` (see ${deadLetterPath})` : ''}; ${store ? `${s.stored} stored [${store.description}]` : 'nothing stored (--no-store)'}` +
      `${identitySummary ? `; ${identitySummary}` : ''}`,
    `${tally.distinct} alert${tally.distinct === 1 ? '' : 's'}` +
      (tally.deliveries > tally.distinct
        ? ` (${tally.deliveries - tally.distinct} more lines were updates of folded alerts, not new alerts)`
        : ''),
  ];
  if (tally.distinct > 0)
    lines.push(
      renderTable(tally.rows())
        .trimEnd()
        .replace(/\n\(\d+ rows?\)$/, ''),
    );
  if (stdout?.closedByReader)
    lines.push(
      `stdout was closed by its reader: ${stdout.unwritten} alert lines not printed (all of them are stored${store ? '' : ' nowhere: --no-store'})`,
    );
  if (s.valid === 0) {
    lines.push(
      s.read === 0
        ? 'warning: the input is empty: no event was read'
        : `warning: no valid event in the input: ${s.read === 1 ? 'its line was' : `all ${s.read} lines were`} refused or held no event`,
    );
  }
  // Paths come from the user and may hold control characters: each line is shown escaped.
  process.stderr.write(
    lines.map((line) => line.split('\n').map(escapeControls).join('\n')).join('\n') + '\n',
  );
  return s.valid === 0 ? 1 : 0;
}
