/** File and process helpers shared by the simulator and corpus evaluations. */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ScoringAlert } from './score-alerts.js';

/** The repository root: the nearest ancestor of this file holding bin/agentwatch.js. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'bin', 'agentwatch.js'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find bin/agentwatch.js above the eval script');
    dir = parent;
  }
}

/** Alerts of an NDJSON alert file (every version of each alert, in order). */
export async function readAlerts(file: string): Promise<ScoringAlert[]> {
  if (!existsSync(file)) return [];
  const alerts: ScoringAlert[] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const parsed: unknown = JSON.parse(line);
    if (isAlert(parsed)) alerts.push(parsed);
  }
  return alerts;
}

function isAlert(value: unknown): value is ScoringAlert {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const detector = v['detector'] as Record<string, unknown> | undefined;
  const agent = v['agent'] as Record<string, unknown> | undefined;
  return (
    typeof v['alert_id'] === 'string' &&
    typeof detector?.['id'] === 'string' &&
    typeof agent?.['id'] === 'string' &&
    Array.isArray(v['event_ids'])
  );
}

/** Runs `agentwatch` with `args` in its own process; resolves with its exit code and stderr tail. */
export function runAgentwatch(
  root: string,
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'agentwatch.js'), ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      stderr = (stderr + text).slice(-4000);
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, stderr }));
  });
}
