/**
 * `npm run eval`: simulates labelled fleets for several seeds, replays each through the real CLI
 * (`node bin/agentwatch.js replay`, one process and one store directory per run, since the embedded
 * engine allows one data directory per process), scores the alerts and prints a table per detector
 * and seed plus the average. It reports against the goals; it never fails the build on them.
 *
 *   node dist/src/eval/run-eval.js [--seeds 3|1,2,3] [--agents 30] [--days 28] [--scale 1]
 *                                  [--min-severity informational|low|medium|high|critical] [--json] [--keep]
 *                                  [--scope-style api|service|capability|oauth] [--low-volume SHARE]
 *   --corpus PATH: recorded agent runs instead (run-corpus-eval.ts);
 *   --stream EVENTS --labels LABELS: any labelled v1 stream instead (run-stream-eval.ts).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../../schemas/alert.js';
import { renderTable } from '../cli/table-renderer.js';
import { describeError } from '../errors.js';
import { readAlerts, repoRoot, runAgentwatch } from './eval-io.js';
import { runCorpusEval } from './run-corpus-eval.js';
import { runStreamEval } from './run-stream-eval.js';
import { LABELLED_DETECTORS } from '../simulation/anomaly-label.js';
import { setupSimulation, simulateFleet } from '../simulation/fleet-simulator.js';
import type { ScopeStyle } from '../simulation/scope-vocabulary.js';
import { parseLowVolume, parseScopeStyle } from '../cli/simulate-command.js';
import {
  EVAL_GOALS,
  averageScores,
  meetsGoals,
  scoreAlerts,
  type DetectorScore,
  type ScoringLabel,
} from './score-alerts.js';

/** What one seed's run produced. */
export interface SeedRun {
  seed: number;
  events: number;
  agentDays: number;
  alerts: number;
  replayExitCode: number;
  replayMs: number;
  scores: DetectorScore[];
  error?: string;
}

interface EvalOptions {
  seeds: number[];
  agents: number;
  days: number;
  scale: number;
  json: boolean;
  keep: boolean;
  minSeverity: Severity;
  scopeStyle: ScopeStyle | undefined;
  lowVolume: number | undefined;
}

function parseOptions(argv: string[]): EvalOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string', default: '3' },
      agents: { type: 'string', default: '30' },
      days: { type: 'string', default: '28' },
      scale: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'min-severity': { type: 'string', default: 'informational' },
      'scope-style': { type: 'string' },
      'low-volume': { type: 'string' },
    },
  });
  const positive = (name: string, raw: string | undefined): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`--${name} must be a positive integer, got "${raw ?? ''}"`);
    return n;
  };
  const seedsRaw = values.seeds ?? '3';
  // "3" means three seeds (1, 2, 3); "7,42" means exactly those seeds.
  const seeds = seedsRaw.includes(',')
    ? seedsRaw.split(',').map((s) => positive('seeds', s.trim()))
    : Array.from({ length: positive('seeds', seedsRaw) }, (_, i) => i + 1);
  const minSeverity = values['min-severity'] ?? 'informational';
  if (!(SEVERITIES as readonly string[]).includes(minSeverity))
    throw new RangeError(`--min-severity must be one of ${SEVERITIES.join('|')}, got "${minSeverity}"`);
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new RangeError(`--scale must be positive, got "${values.scale ?? ''}"`);
  return {
    seeds,
    agents: positive('agents', values.agents),
    days: positive('days', values.days),
    scale,
    json: values.json ?? false,
    keep: values.keep ?? false,
    minSeverity: minSeverity as Severity,
    scopeStyle: parseScopeStyle(values['scope-style']),
    lowVolume: parseLowVolume(values['low-volume']),
  };
}

async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await new Promise<void>((done) => stream.once('drain', () => done()));
}

async function close(stream: WriteStream): Promise<void> {
  await new Promise<void>((done, fail) =>
    stream.end((error?: Error | null) => (error ? fail(error) : done())),
  );
}

/** Writes the events and labels of one seed; returns counts and the labels (small). */
async function simulateToFiles(
  dir: string,
  seed: number,
  options: EvalOptions,
): Promise<{ events: number; agentDays: number; labels: ScoringLabel[] }> {
  const setup = setupSimulation({
    agents: options.agents,
    days: options.days,
    seed,
    scale: options.scale,
    ...(options.scopeStyle === undefined ? {} : { scopeStyle: options.scopeStyle }),
    ...(options.lowVolume === undefined ? {} : { lowVolume: options.lowVolume }),
  });
  const events = createWriteStream(join(dir, 'events.ndjson'));
  const labelsOut = createWriteStream(join(dir, 'labels.ndjson'));
  const labels: ScoringLabel[] = [];
  const agentDays = new Set<string>();
  let count = 0;
  let chunk = '';
  for (const { event, labels: truth } of simulateFleet(setup)) {
    count++;
    agentDays.add(`${event.agent.id}|${String(event.ts).slice(0, 10)}`);
    chunk += JSON.stringify(event) + '\n';
    if (chunk.length > 256 * 1024) {
      await writeLine(events, chunk);
      chunk = '';
    }
    for (const label of truth) {
      labels.push(label);
      await writeLine(labelsOut, JSON.stringify(label) + '\n');
    }
  }
  await writeLine(events, chunk);
  await close(events);
  await close(labelsOut);
  return { events: count, agentDays: agentDays.size, labels };
}

/** Runs `agentwatch replay` on one seed's files. */
function replay(root: string, dir: string): Promise<{ code: number; stderr: string }> {
  return runAgentwatch(
    root,
    [
      'replay',
      join(dir, 'events.ndjson'),
      '--store',
      join(dir, 'store'),
      '--quiet',
      '--out',
      join(dir, 'alerts.ndjson'),
    ],
    dir,
  );
}

async function runSeed(root: string, seed: number, options: EvalOptions): Promise<SeedRun> {
  const dir = await mkdtemp(join(tmpdir(), `agentwatch-eval-${seed}-`));
  try {
    const { events, agentDays, labels } = await simulateToFiles(dir, seed, options);
    const started = performance.now();
    const { code, stderr } = await replay(root, dir);
    const replayMs = Math.round(performance.now() - started);
    const alerts = await readAlerts(join(dir, 'alerts.ndjson'));
    const scores = scoreAlerts(labels, alerts, {
      agentDays,
      detectors: LABELLED_DETECTORS,
      minSeverity: options.minSeverity,
    });
    const run: SeedRun = {
      seed,
      events,
      agentDays,
      alerts: alerts.length,
      replayExitCode: code,
      replayMs,
      scores,
    };
    if (code !== 0)
      run.error = `replay exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
    if (options.keep) process.stderr.write(`run-eval: seed ${seed} kept in ${dir}\n`);
    return run;
  } catch (error: unknown) {
    return {
      seed,
      events: 0,
      agentDays: 0,
      alerts: 0,
      replayExitCode: -1,
      replayMs: 0,
      scores: [],
      error: describeError(error),
    };
  } finally {
    if (!options.keep) await rm(dir, { recursive: true, force: true });
  }
}

const fmt = (v: number | null, digits = 3): string => (v === null ? '-' : v.toFixed(digits));

function rows(label: string, scores: readonly DetectorScore[]): Record<string, string | number>[] {
  return scores.map((s) => ({
    seed: label,
    detector: s.detector,
    labels: s.labels,
    incidents: s.incidents,
    alerts: s.alerts,
    'TP/FP/FN ev': `${s.event_tp}/${s.event_fp}/${s.event_fn}`,
    'TP/FP/FN al': `${s.alert_tp}/${s.alert_fp}/${s.alert_fn}`,
    recall: fmt(s.recall),
    'inc.recall': fmt(s.incident_recall),
    precision: fmt(s.precision),
    'FA/agent-day': fmt(s.false_alerts_per_agent_day, 4),
    goals: meetsGoals(s) ? 'met' : 'MISSED',
  }));
}

/** Runs the evaluation; always returns 0 (it reports, it does not gate) unless the flags are wrong. */
export async function runEval(argv: string[]): Promise<number> {
  if (argv.includes('--corpus')) return runCorpusEval(argv);
  if (argv.some((arg) => arg === '--stream' || arg.startsWith('--stream='))) return runStreamEval(argv);
  let options: EvalOptions;
  try {
    options = parseOptions(argv);
  } catch (error: unknown) {
    process.stderr.write(`run-eval: ${describeError(error)}\n`);
    return 2;
  }
  const root = repoRoot();
  const runs: SeedRun[] = [];
  const parallel = Math.max(1, Math.min(options.seeds.length, Math.floor(availableParallelism() / 2)));
  const queue = [...options.seeds];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let seed = queue.shift(); seed !== undefined; seed = queue.shift()) {
        if (!options.json)
          process.stderr.write(
            `run-eval: seed ${seed}: simulating ${options.agents} agents x ${options.days} days and replaying...\n`,
          );
        runs.push(await runSeed(root, seed, options));
      }
    }),
  );
  runs.sort((a, b) => a.seed - b.seed);
  const average = averageScores(runs.filter((r) => !r.error).map((r) => r.scores));
  if (options.json) {
    process.stdout.write(
      JSON.stringify(
        { options: { ...options, json: undefined }, goals: EVAL_GOALS, runs, average },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const table = [...runs.flatMap((r) => rows(String(r.seed), r.scores)), ...rows('avg', average)];
  process.stdout.write(renderTable(table));
  for (const run of runs) {
    process.stdout.write(
      `seed ${run.seed}: ${run.events} events, ${run.agentDays} agent-days, ${run.alerts} alert lines, replay ${run.replayMs} ms${run.error ? `, ERROR ${run.error}` : ''}\n`,
    );
  }
  for (const s of average) {
    const missed = Object.entries(s.missed_kinds)
      .map(([k, n]) => `${k}:${n}`)
      .join(' ');
    const fps = Object.entries(s.fp_reasons)
      .map(([k, n]) => `${k}:${n}`)
      .join(' ');
    if (missed || fps)
      process.stdout.write(
        `${s.detector}: missed ${missed || 'none'}; false alerts by reason ${fps || 'none'}; FP on other detectors' labels ${s.fp_on_other_labels}\n`,
      );
  }
  process.stdout.write(
    `goals: recall >= ${EVAL_GOALS.recall}, precision >= ${EVAL_GOALS.precision}, false alerts per agent-day < ${EVAL_GOALS.falseAlertsPerAgentDay} (reported, not enforced)\n`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  process.exitCode = await runEval(process.argv.slice(2));
}
