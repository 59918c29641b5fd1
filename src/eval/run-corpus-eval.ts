/**
 * `npm run eval -- --corpus PATH`: recorded agent runs (a `runs/` folder or a .tar.gz holding one)
 * laid out as agents over days (transcript-corpus.ts), replayed through the real CLI with
 * `--input-format transcript`, and scored per detector (score-corpus.ts). It reports; it never gates.
 *
 *   node dist/src/eval/run-eval.js --corpus ../shared/data/agentdojo-runs-dev.tar.gz
 *        [--seed 1] [--holdout 0.3] [--min-severity low] [--json] [--keep] [--by-pipeline]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../../schemas/alert.js';
import { renderTable } from '../cli/table-renderer.js';
import { ConfigError, describeError } from '../errors.js';
import { readAlerts, repoRoot, runAgentwatch } from './eval-io.js';
import { scoreCorpus, type CorpusScore } from './score-corpus.js';
import { DEFAULT_LAYOUT, layoutCorpus, readRuns } from './transcript-corpus.js';

const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(3));
const fmtDay = (v: number | null): string => (v === null ? '-' : v.toFixed(4));

function rows(group: string, scores: readonly CorpusScore[]): Record<string, string | number>[] {
  return scores.map((s) => ({
    group,
    detector: s.detector,
    'caught/attacks': `${s.caught}/${s.attack_sessions}`,
    'catch rate': fmt(s.catch_rate),
    'benign alerted': `${s.benign_alerted}/${s.benign_sessions}`,
    'benign rate': fmt(s.benign_alert_rate),
    recurring: fmt(s.benign_recurring_rate),
    new: fmt(s.benign_new_rate),
    warmup: fmt(s.warmup_alert_rate),
    'false/agent-day': fmtDay(s.false_alerts_per_agent_day),
    'outside attacks': fmtDay(s.false_alerts_outside_attacks_per_agent_day),
    'caught sev': Object.entries(s.caught_severities)
      .map(([k, n]) => `${k}:${n}`)
      .join(' '),
    'false sev': Object.entries(s.false_severities)
      .map(([k, n]) => `${k}:${n}`)
      .join(' '),
  }));
}

/** Runs the corpus evaluation; 0 unless the flags or the corpus are wrong (2) or the replay failed (1). */
export async function runCorpusEval(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      seed: { type: 'string', default: '1' },
      holdout: { type: 'string', default: String(DEFAULT_LAYOUT.holdout) },
      'min-severity': { type: 'string', default: 'informational' },
      config: { type: 'string' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'by-pipeline': { type: 'boolean', default: false },
    },
  });
  const source = values.corpus ? resolve(values.corpus) : '';
  const seed = Number(values.seed);
  const holdout = Number(values.holdout);
  const minSeverity = values['min-severity'] ?? 'informational';
  if (!source || !existsSync(source)) {
    process.stderr.write(
      `run-eval: --corpus must name a runs folder or a .tar.gz, got "${values.corpus ?? ''}"\n`,
    );
    return 2;
  }
  if (
    !Number.isInteger(seed) ||
    !(holdout >= 0 && holdout < 1) ||
    !(SEVERITIES as readonly string[]).includes(minSeverity)
  ) {
    process.stderr.write(
      'run-eval: --seed must be an integer, --holdout in [0, 1), --min-severity a severity\n',
    );
    return 2;
  }
  const dir = await mkdtemp(join(tmpdir(), 'agentwatch-corpus-'));
  try {
    let runsDir = source;
    if (statSync(source).isFile()) {
      const untar = spawnSync('tar', ['xzf', source, '-C', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
      if (untar.status !== 0) throw new Error(`tar could not extract ${source}: ${String(untar.stderr)}`);
      runsDir = dir;
    }
    const runs = await readRuns(runsDir);
    const corpus = layoutCorpus(runs, { ...DEFAULT_LAYOUT, seed, holdout });
    const input = join(dir, 'transcripts.ndjson');
    await writeFile(input, corpus.lines.join('\n') + '\n');
    // Conversations are larger than single events: a config that admits them, under the user's
    // (whose own input settings win; replay validates the whole file).
    const config = join(dir, 'corpus-config.json');
    await writeFile(config, JSON.stringify(await corpusConfig(values.config)));
    const root = repoRoot();
    const started = performance.now();
    const { code, stderr } = await runAgentwatch(
      root,
      [
        'replay',
        input,
        '--no-store',
        '--quiet',
        '--config',
        config,
        '--input-format',
        'transcript',
        '--out',
        join(dir, 'alerts.ndjson'),
      ],
      dir,
    );
    if (code !== 0) {
      process.stderr.write(
        `run-eval: replay exited with ${code}: ${stderr.trim().split('\n').slice(-5).join(' | ')}\n`,
      );
      return 1;
    }
    const ms = Math.round(performance.now() - started);
    const alerts = await readAlerts(join(dir, 'alerts.ndjson'));
    const overall = scoreCorpus(corpus.sessions, alerts, corpus.agentDays, minSeverity as Severity);
    const pipelines = [...new Set(corpus.sessions.map((s) => s.pipeline))].sort();
    const byPipeline = values['by-pipeline']
      ? pipelines.map((p) => {
          const sessions = corpus.sessions.filter((s) => s.pipeline === p);
          const agents = new Set(sessions.map((s) => s.agent_id));
          const mine = alerts.filter((a) => agents.has(a.agent.id));
          const share = corpus.agentDaysOf(agents);
          return { pipeline: p, scores: scoreCorpus(sessions, mine, share, minSeverity as Severity) };
        })
      : [];
    const counts = {
      runs: runs.length,
      agents: new Set(corpus.sessions.map((s) => s.agent_id)).size,
      sessions: corpus.sessions.length,
      agent_days: corpus.agentDays,
      attack_steps: corpus.sessions.reduce((n, s) => n + s.attack_steps.length, 0),
      replay_ms: ms,
    };
    if (values.json) {
      process.stdout.write(JSON.stringify({ counts, overall, by_pipeline: byPipeline }, null, 2) + '\n');
    } else {
      process.stdout.write(
        renderTable([
          ...rows('all', overall),
          ...byPipeline.flatMap((p) =>
            rows(
              p.pipeline,
              p.scores.filter((s) => s.detector === 'any'),
            ),
          ),
        ]),
      );
      process.stdout.write(
        `${counts.runs} runs, ${counts.agents} agents, ${counts.sessions} sessions, ${counts.agent_days} agent-days, ${counts.attack_steps} attack steps, replay ${ms} ms\n` +
          'caught: successful-injection sessions with an alert on an attack step; benign rate: benign test-phase sessions with any alert (recurring: request seen in the warm-up; new: never seen); outside attacks: false alerts per agent-day none of whose events lies in an attacked session\n',
      );
    }
    if (values.keep) {
      await writeFile(join(dir, 'sessions.json'), JSON.stringify(corpus.sessions));
      process.stderr.write(`run-eval: corpus kept in ${dir} (sessions.json: the layout and attack steps)\n`);
    }
    return 0;
  } catch (error: unknown) {
    process.stderr.write(`run-eval: ${describeError(error)}\n`);
    return 1;
  } finally {
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The replay's configuration: the user's file (`--config`), with an `input` section that admits
 * whole conversations unless the user's own says otherwise. Without it, a user's config that tunes
 * one detector turned the corpus's large conversations away as oversized events.
 */
export async function corpusConfig(file: string | undefined): Promise<Record<string, unknown>> {
  const corpusInput = { max_event_bytes: 4 * 1024 * 1024, format: 'transcript' };
  if (file === undefined) return { input: corpusInput };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`config file ${file} is not readable JSON: ${describeError(error)}`, {
      cause: error,
    });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new ConfigError(`config file ${file} is not a JSON object`);
  const user = parsed as Record<string, unknown>;
  const input = user['input'];
  const userInput = input !== null && typeof input === 'object' && !Array.isArray(input) ? input : {};
  return { ...user, input: { ...corpusInput, ...userInput } };
}
