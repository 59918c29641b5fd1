import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alertSchema, SEVERITIES, type Alert } from '../../schemas/alert.js';
import { AgentwatchError } from '../errors.js';
import { parseCommandArgs } from './command-args.js';
import { isPostureAlert, parsePlanted, postureSummary } from './posture-summary.js';
import { integerFlag } from './simulate-command.js';
import { renderTable } from './table-renderer.js';

const BIN = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'bin', 'agentwatch.js');

function run(args: string[]): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolveRun(stderr)
        : reject(
            new AgentwatchError(
              'INTERNAL',
              `agentwatch ${args[0] ?? ''} exited ${String(code)}: ${stderr.trim()}`,
            ),
          ),
    );
  });
}

/** The last version of every alert (updates of folded alerts carry the same id and a higher count). */
export function latestAlerts(ndjson: string): Alert[] {
  const byId = new Map<string, Alert>();
  for (const line of ndjson.split('\n')) {
    if (!line.trim()) continue;
    const alert = alertSchema.parse(JSON.parse(line));
    byId.set(alert.alert_id, alert);
  }
  return [...byId.values()];
}

/** A SOC lead's summary of a set of alerts. */
export function summarise(alerts: readonly Alert[]): string {
  const out: string[] = [];
  const detectors = [...new Set(alerts.map((a) => a.detector.id))].sort();
  const rows = detectors.map((d) => {
    const row: Record<string, unknown> = { detector: d };
    for (const s of [...SEVERITIES].reverse())
      row[s] = alerts.filter((a) => a.detector.id === d && a.severity === s).length;
    row['total'] = alerts.filter((a) => a.detector.id === d).length;
    return row;
  });
  out.push(
    `Alerts by detector and severity (${alerts.length} distinct alerts; an update of a folded alert counts once):`,
    renderTable(rows),
  );

  const byAgent = new Map<string, Alert[]>();
  for (const a of alerts) byAgent.set(a.agent.id, [...(byAgent.get(a.agent.id) ?? []), a]);
  const top = [...byAgent.entries()]
    .sort((x, y) => y[1].reduce((s, a) => s + a.score, 0) - x[1].reduce((s, a) => s + a.score, 0))
    .slice(0, 5)
    .map(([id, list]) => ({
      agent: list[0]?.agent.name ?? id,
      owner: list[0]?.agent.owner ?? '(none)',
      type: list[0]?.agent.type ?? '',
      alerts: list.length,
      worst: list.reduce((w, a) => (a.score > w.score ? a : w)).severity,
      detectors: [...new Set(list.map((a) => a.detector.id))].join(', '),
    }));
  out.push('Top agents (by summed alert score):', renderTable(top));

  // What agents did is explained here; what the registry says about them has its own section.
  const behaviour = alerts.some((a) => !isPostureAlert(a))
    ? alerts.filter((a) => !isPostureAlert(a))
    : alerts;
  const explained: Alert[] = [];
  for (const d of detectors) {
    const best = behaviour.filter((a) => a.detector.id === d).sort((x, y) => y.score - x.score)[0];
    if (best) explained.push(best);
  }
  for (const a of behaviour.slice().sort((x, y) => y.score - x.score)) {
    if (explained.length >= 3) break;
    if (!explained.includes(a)) explained.push(a);
  }
  out.push('Three alerts explained:');
  for (const [i, a] of explained.slice(0, 3).entries()) {
    out.push(
      '',
      `${i + 1}. [${a.severity.toUpperCase()} ${a.score}] ${a.title}`,
      `   detector   ${a.detector.id} (${a.reason}), ${a.count} event(s) ${a.first_seen}${a.count > 1 ? ` .. ${a.last_seen}` : ''}`,
      `   who        agent ${a.agent.name ?? a.agent.id} (${a.agent.type ?? 'type unknown'}), owner ${a.agent.owner ?? 'none on record'}` +
        `${a.on_behalf_of ? `, on behalf of ${a.on_behalf_of.id}` : ', autonomous'}` +
        `${a.delegation_chain?.length ? `, via ${a.delegation_chain.join(' -> ')}` : ''}`,
      `   what       ${a.action.api}${a.resource ? ` on ${a.resource.id}${a.resource.sensitivity ? ` (${a.resource.sensitivity})` : ''}` : ''}` +
        `${a.intent?.description ? `, task "${a.intent.description}"` : ''}`,
      `   why        ${a.description}`,
      `   evidence   ${Object.entries(a.evidence)
        .map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`)
        .join('; ')}`,
      `   events     ${a.event_ids.slice(0, 5).join(', ')}${a.event_ids.length > 5 ? `, ... (${a.event_ids.length})` : ''}`,
      `   tags       ${a.tags.join(', ')}`,
    );
  }
  return out.join('\n') + '\n';
}

/** `agentwatch demo`: simulate a fleet, replay it on the embedded store, summarise for a SOC lead. */
export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('demo', argv, {
    agents: { type: 'string', default: '40' },
    days: { type: 'string', default: '21' },
    seed: { type: 'string', default: '7' },
    keep: { type: 'string' },
  });
  // Checked here, with simulate's ranges, so that a bad value is a usage error of demo (exit 2).
  integerFlag('agents', values.agents, 1, 10_000);
  integerFlag('days', values.days, 1, 3660);
  integerFlag('seed', values.seed, -(2 ** 31), 2 ** 32 - 1);
  if (values.keep) mkdirSync(values.keep, { recursive: true });
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'agentwatch-demo-'));
  const events = join(dir, 'events.ndjson');
  const labels = join(dir, 'labels.ndjson');
  const alertsFile = join(dir, 'alerts.ndjson');
  const registry = join(dir, 'registry.ndjson');
  const directory = join(dir, 'directory.ndjson');
  const planted = join(dir, 'posture-labels.ndjson');
  try {
    process.stderr.write(
      `demo: simulating ${values.agents} agents over ${values.days} days (seed ${values.seed})\n`,
    );
    await run([
      'simulate',
      '--agents',
      values.agents ?? '40',
      '--days',
      values.days ?? '21',
      '--seed',
      values.seed ?? '7',
      '--labels',
      labels,
      '--registry',
      registry,
      '--directory',
      directory,
      '--posture-labels',
      planted,
      '--out',
      events,
    ]);
    process.stderr.write('demo: replaying through the pipeline on the embedded ClickHouse\n');
    const summaryLine = await run([
      'replay',
      events,
      '--registry',
      registry,
      '--directory',
      directory,
      '--store',
      join(dir, 'store'),
      '--out',
      alertsFile,
      '--quiet',
    ]);
    const firstLine = summaryLine.trim().split('\n')[0] ?? '';
    process.stdout.write(firstLine.replace(/^agentwatch replay: /, 'Replayed: ') + '\n\n');
    const alerts = latestAlerts(readFileSync(alertsFile, 'utf8'));
    process.stdout.write(summarise(alerts));
    process.stdout.write(`\n${postureSummary(alerts, parsePlanted(readFileSync(planted, 'utf8')))}`);
    if (values.keep)
      process.stdout.write(
        `\nFiles kept in ${dir} (events, labels, registry, directory, posture labels, alerts, store).\n`,
      );
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}
