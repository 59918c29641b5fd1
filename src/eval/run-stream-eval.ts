/**
 * `npm run eval -- --stream EVENTS.ndjson --labels LABELS.ndjson`: scores any labelled stream of v1
 * events, not only our simulator's. The stream is replayed through the real CLI (`agentwatch replay`,
 * its own process and store directory) and the alerts are scored per detector with score-alerts.ts.
 * It reports; it never gates.
 *
 *   node dist/src/eval/run-eval.js --stream EVENTS.ndjson --labels LABELS.ndjson [--meta META.json]
 *        [--agent-days N] [--min-severity low] [--config FILE] [--no-store] [--json] [--keep]
 *
 * Labels are NDJSON, one per anomalous event: `event_id` and `detector` are required; `agent_id`,
 * `ts`, `kind` and `incident` are used when present (time matching, incident recall, missed kinds);
 * any other field is ignored. `--meta` names a JSON file whose `related_event_ids` (top level or
 * under each `incident_details[]`) are the unlabelled context of planted incidents: alerts on them
 * are neither hits nor false positives. Without `--agent-days`, agent-days are counted from the
 * events: distinct (agent id, UTC date) pairs.
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../../schemas/alert.js';
import { renderTable } from '../cli/table-renderer.js';
import { describeError, formatIssues } from '../errors.js';
import { LABELLED_DETECTORS } from '../simulation/anomaly-label.js';
import { readAlerts, repoRoot, runAgentwatch } from './eval-io.js';
import {
  EVAL_GOALS,
  meetsGoals,
  scoreAlerts,
  type DetectorScore,
  type ScoringAlert,
  type ScoringLabel,
} from './score-alerts.js';

/** One label line of a scored stream; unknown fields are dropped, not refused. */
export const streamLabelSchema = z
  .object({
    event_id: z.string().min(1).describe('The anomalous event, by its event_id.'),
    detector: z.string().min(1).describe('The detector expected to catch it.'),
    agent_id: z.string().default('').describe('Agent of the event; enables matching alerts by time.'),
    ts: z.string().optional().describe('Event time (RFC 3339); enables matching alerts by time.'),
    kind: z.string().optional().describe('Scenario kind, for the missed-kinds breakdown.'),
    incident: z.coerce.string().optional().describe('Groups the labels of one incident.'),
  })
  .describe('A ground-truth label of a labelled v1 stream.');

/** The part of a stream's meta file the scoring uses; everything else in it is ignored. */
export const streamMetaSchema = z
  .object({
    related_event_ids: z
      .array(z.string())
      .default([])
      .describe('Context events of planted incidents: neither hits nor false positives.'),
    incident_details: z
      .array(
        z
          .object({
            related_event_ids: z
              .array(z.string())
              .default([])
              .describe("The incident's unlabelled context events."),
          })
          .describe('One planted incident.'),
      )
      .default([])
      .describe('Planted incidents with their context events.'),
  })
  .describe('Meta file of a labelled stream.');

/** Reads an NDJSON labels file (blank lines skipped); throws on the first malformed line. */
export async function readStreamLabels(file: string): Promise<ScoringLabel[]> {
  const labels: ScoringLabel[] = [];
  let n = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${n}: not JSON`);
    }
    const parsed = streamLabelSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}:${n}: ${formatIssues(parsed.error)}`);
    const { ts, kind, incident, ...required } = parsed.data;
    labels.push({
      ...required,
      ...(ts === undefined ? {} : { ts }),
      ...(kind === undefined ? {} : { kind }),
      ...(incident === undefined ? {} : { incident }),
    });
  }
  return labels;
}

/** The related (ignored) event ids a meta file lists. */
export async function readIgnoredIds(file: string): Promise<Set<string>> {
  const parsed = streamMetaSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${formatIssues(parsed.error)}`);
  const ids = new Set(parsed.data.related_event_ids);
  for (const incident of parsed.data.incident_details)
    for (const id of incident.related_event_ids) ids.add(id);
  return ids;
}

/**
 * Distinct (agent id, UTC date) pairs of an NDJSON stream of v1 events, and the event count. Lines
 * without an agent id or a readable `ts` (RFC 3339 or epoch ms) are skipped: the replay refuses them.
 */
export async function countAgentDays(file: string): Promise<{ events: number; agentDays: number }> {
  const pairs = new Set<string>();
  let events = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof raw !== 'object' || raw === null) continue;
    const record = raw as { agent?: { id?: unknown }; ts?: unknown };
    const agent = record.agent?.id;
    const ts = record.ts;
    const ms = typeof ts === 'number' ? ts : typeof ts === 'string' ? Date.parse(ts) : Number.NaN;
    if (typeof agent !== 'string' || !Number.isFinite(ms)) continue;
    events++;
    pairs.add(`${agent}|${new Date(ms).toISOString().slice(0, 10)}`);
  }
  return { events, agentDays: pairs.size };
}

/** Alerts per severity (last version of each alert), per detector. */
function severitiesByDetector(alerts: readonly ScoringAlert[]): Map<string, Record<string, number>> {
  const last = new Map<string, ScoringAlert>();
  for (const alert of alerts) last.set(alert.alert_id, alert);
  const out = new Map<string, Record<string, number>>();
  for (const alert of last.values()) {
    const counts = out.get(alert.detector.id) ?? {};
    const severity = alert.severity ?? 'unknown';
    counts[severity] = (counts[severity] ?? 0) + 1;
    out.set(alert.detector.id, counts);
  }
  return out;
}

const fmt = (v: number | null, digits = 3): string => (v === null ? '-' : v.toFixed(digits));

function rows(
  stream: string,
  scores: readonly DetectorScore[],
  severities: ReadonlyMap<string, Record<string, number>>,
): Record<string, string | number>[] {
  return scores.map((s) => ({
    stream,
    detector: s.detector,
    labels: s.labels,
    alerts: s.alerts,
    ignored: s.alerts_ignored,
    'TP/FP/FN ev': `${s.event_tp}/${s.event_fp}/${s.event_fn}`,
    'TP/FP al': `${s.alert_tp}/${s.alert_fp}`,
    recall: fmt(s.recall),
    'inc.recall': fmt(s.incident_recall),
    precision: fmt(s.precision),
    'FA/agent-day': fmt(s.false_alerts_per_agent_day, 4),
    severities: SEVERITIES.filter((v) => (severities.get(s.detector)?.[v] ?? 0) > 0)
      .map((v) => `${v}:${severities.get(s.detector)?.[v] ?? 0}`)
      .join(' '),
    goals: meetsGoals(s) ? 'met' : 'MISSED',
  }));
}

/** Runs the stream evaluation; 0 unless the flags or files are wrong (2) or the replay failed (1). */
export async function runStreamEval(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      stream: { type: 'string' },
      labels: { type: 'string' },
      meta: { type: 'string' },
      'agent-days': { type: 'string' },
      'min-severity': { type: 'string', default: 'informational' },
      config: { type: 'string' },
      'no-store': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const stream = values.stream ? resolve(values.stream) : '';
  const labelsFile = values.labels ? resolve(values.labels) : '';
  const minSeverity = values['min-severity'] ?? 'informational';
  const givenDays = values['agent-days'] === undefined ? undefined : Number(values['agent-days']);
  const problems: string[] = [];
  if (!stream || !existsSync(stream)) problems.push(`--stream must name an NDJSON file of v1 events`);
  if (!labelsFile || !existsSync(labelsFile)) problems.push(`--labels must name an NDJSON labels file`);
  if (values.meta !== undefined && !existsSync(values.meta)) problems.push(`--meta file not found`);
  if (givenDays !== undefined && !(Number.isInteger(givenDays) && givenDays > 0))
    problems.push('--agent-days must be a positive integer');
  if (!(SEVERITIES as readonly string[]).includes(minSeverity))
    problems.push(`--min-severity must be one of ${SEVERITIES.join('|')}`);
  if (problems.length > 0) {
    process.stderr.write(`run-eval: ${problems.join('; ')}\n`);
    return 2;
  }
  let labels: ScoringLabel[];
  let ignore: Set<string>;
  try {
    labels = await readStreamLabels(labelsFile);
    ignore = values.meta === undefined ? new Set<string>() : await readIgnoredIds(values.meta);
  } catch (error: unknown) {
    process.stderr.write(`run-eval: ${describeError(error)}\n`);
    return 2;
  }
  const dir = await mkdtemp(join(tmpdir(), 'agentwatch-stream-'));
  try {
    const counted = await countAgentDays(stream);
    const agentDays = givenDays ?? counted.agentDays;
    const started = performance.now();
    const { code, stderr } = await runAgentwatch(
      repoRoot(),
      [
        'replay',
        stream,
        ...(values['no-store'] ? ['--no-store'] : ['--store', join(dir, 'store')]),
        '--quiet',
        // Refused lines go to the scratch folder, never beside the (possibly read-only) input.
        '--dead-letter',
        join(dir, 'rejected.ndjson'),
        ...(values.config === undefined ? [] : ['--config', values.config]),
        '--out',
        join(dir, 'alerts.ndjson'),
      ],
      dir,
    );
    const replayMs = Math.round(performance.now() - started);
    if (code !== 0) {
      process.stderr.write(
        `run-eval: replay exited with ${code}: ${stderr.trim().split('\n').slice(-5).join(' | ')}\n`,
      );
      return 1;
    }
    const alerts = await readAlerts(join(dir, 'alerts.ndjson'));
    const scores = scoreAlerts(labels, alerts, {
      agentDays,
      detectors: LABELLED_DETECTORS,
      minSeverity: minSeverity as Severity,
      ignore,
    });
    const severities = severitiesByDetector(alerts);
    const name = basename(stream).replace(/\.events\.ndjson$|\.ndjson$|\.jsonl$/i, '');
    if (values.json) {
      process.stdout.write(
        JSON.stringify(
          {
            stream: name,
            events: counted.events,
            agent_days: agentDays,
            labels: labels.length,
            ignored_ids: ignore.size,
            alert_lines: alerts.length,
            replay_ms: replayMs,
            goals: EVAL_GOALS,
            scores: scores.map((s) => ({ ...s, severities: severities.get(s.detector) ?? {} })),
          },
          null,
          2,
        ) + '\n',
      );
    } else {
      process.stdout.write(renderTable(rows(name, scores, severities)));
      process.stdout.write(
        `${name}: ${counted.events} events, ${agentDays} agent-days${givenDays === undefined ? ' (counted)' : ''}, ` +
          `${labels.length} labels, ${ignore.size} related ids ignored, ${alerts.length} alert lines, replay ${replayMs} ms\n`,
      );
      for (const s of scores) {
        const missed = Object.entries(s.missed_kinds).map(([k, n]) => `${k}:${n}`);
        const fps = Object.entries(s.fp_reasons).map(([k, n]) => `${k}:${n}`);
        if (missed.length > 0 || fps.length > 0)
          process.stdout.write(
            `${s.detector}: missed ${missed.join(' ') || 'none'}; false alerts by reason ${fps.join(' ') || 'none'}\n`,
          );
      }
    }
    if (values.keep) process.stderr.write(`run-eval: alerts kept in ${join(dir, 'alerts.ndjson')}\n`);
    return 0;
  } catch (error: unknown) {
    process.stderr.write(`run-eval: ${describeError(error)}\n`);
    return 1;
  } finally {
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }
}
