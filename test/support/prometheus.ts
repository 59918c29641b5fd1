// Real Prometheus tooling for the operations tests: promtool, a throwaway Prometheus server, and a
// small PromQL reader that lists the metrics and labels an expression refers to.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { freePort } from '../../src/devtools/free-port.js';

/** Debian package that provides each binary; CI installs it from deploy/ci/apt-packages.txt. */
const PACKAGE_OF = {
  promtool: 'prometheus',
  prometheus: 'prometheus',
  'docker-compose': 'docker-compose',
} as const;

export type Tool = keyof typeof PACKAGE_OF;

export interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Fails (never skips) with what to install when `tool` is not on PATH: these tests exist to check
 * the files against the real tools, and a silent skip would let a broken config land.
 */
export function requireTool(tool: Tool): void {
  const probe = spawnSync(tool, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error) {
    throw new Error(
      `${tool} is not installed (${probe.error.message}). Install the Debian package ` +
        `'${PACKAGE_OF[tool]}' (apt-get install ${PACKAGE_OF[tool]}); deploy/ci/apt-packages.txt lists it for CI.`,
    );
  }
}

/** Runs a tool to completion; `input` goes to its stdin. */
export function runTool(
  tool: Tool,
  args: readonly string[],
  options: { input?: string; cwd?: string; timeoutMs?: number } = {},
): ToolResult {
  requireTool(tool);
  const result = spawnSync(tool, args, {
    encoding: 'utf8',
    cwd: options.cwd,
    input: options.input,
    timeout: options.timeoutMs ?? 30_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${tool} ${args.join(' ')}: ${result.error.message}`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sampleSchema = z.object({
  metric: z.record(z.string(), z.string()),
  value: z.tuple([z.number(), z.string()]),
});
const queryResponseSchema = z.object({
  status: z.literal('success'),
  data: z.object({ resultType: z.literal('vector'), result: z.array(sampleSchema) }),
});
const ruleSchema = z.object({
  name: z.string(),
  query: z.string(),
  health: z.string(),
  lastError: z.string().optional(),
  type: z.string(),
});
const rulesResponseSchema = z.object({
  status: z.literal('success'),
  data: z.object({
    groups: z.array(z.object({ name: z.string(), file: z.string(), rules: z.array(ruleSchema) })),
  }),
});
const targetsResponseSchema = z.object({
  status: z.literal('success'),
  data: z.object({
    activeTargets: z.array(
      z.object({
        labels: z.record(z.string(), z.string()),
        health: z.string(),
        lastError: z.string(),
        scrapeUrl: z.string(),
      }),
    ),
  }),
});

export type PromSample = z.infer<typeof sampleSchema>;
export type PromRuleGroup = z.infer<typeof rulesResponseSchema>['data']['groups'][number];
export type PromTarget = z.infer<typeof targetsResponseSchema>['data']['activeTargets'][number];

export interface PrometheusServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Instant query; the samples of the resulting vector. */
  query(promql: string): Promise<PromSample[]>;
  rules(): Promise<PromRuleGroup[]>;
  targets(): Promise<PromTarget[]>;
  /** What the server wrote to stderr so far (its log), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  const text = await res.text();
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
}

/**
 * Starts the real `prometheus` binary on a loopback port with its own config and storage in a temp
 * directory, scraping `targets` (host:port) as job `job` every `scrapeIntervalS` seconds and
 * evaluating `ruleFiles` as often. Resolves once /-/ready answers.
 */
export async function startPrometheus(options: {
  targets: readonly string[];
  job: string;
  ruleFiles?: readonly string[];
  scrapeIntervalS?: number;
}): Promise<PrometheusServer> {
  requireTool('prometheus');
  const dir = mkdtempSync(join(tmpdir(), 'agentwatch-prometheus-'));
  const interval = `${options.scrapeIntervalS ?? 1}s`;
  // JSON is YAML: no YAML writer needed.
  const configFile = join(dir, 'prometheus.yml');
  writeFileSync(
    configFile,
    JSON.stringify({
      global: { scrape_interval: interval, scrape_timeout: interval, evaluation_interval: interval },
      rule_files: options.ruleFiles ?? [],
      scrape_configs: [{ job_name: options.job, static_configs: [{ targets: options.targets }] }],
    }),
  );
  let lastError = '';
  // The port can be taken between freePort() and the bind: a few attempts.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(
      'prometheus',
      [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${join(dir, `data-${attempt}`)}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let exited = false;
    const exitedPromise = once(child, 'exit').then(() => {
      exited = true;
    });
    const killOnExit = (): void => {
      child.kill('SIGKILL');
    };
    process.once('exit', killOnExit);
    const deadline = Date.now() + 30_000;
    let ready = false;
    while (!exited && Date.now() < deadline) {
      try {
        const res = await fetch(`${url}/-/ready`);
        await res.text();
        if (res.ok) {
          ready = true;
          break;
        }
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    if (ready) {
      let stopping: Promise<void> | undefined;
      return {
        url,
        async query(promql) {
          const body = await getJson(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`);
          return queryResponseSchema.parse(body).data.result;
        },
        async rules() {
          return rulesResponseSchema.parse(await getJson(`${url}/api/v1/rules`)).data.groups;
        },
        async targets() {
          return targetsResponseSchema.parse(await getJson(`${url}/api/v1/targets`)).data.activeTargets;
        },
        log: () => stderr,
        stop() {
          stopping ??= (async () => {
            process.off('exit', killOnExit);
            if (!exited) {
              child.kill('SIGTERM');
              const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
              await exitedPromise;
              clearTimeout(timer);
            }
            rmSync(dir, { recursive: true, force: true });
          })();
          return stopping;
        },
      };
    }
    child.kill('SIGKILL');
    await exitedPromise;
    process.off('exit', killOnExit);
    lastError = exited
      ? `prometheus exited with code ${String(child.exitCode)}:\n${stderr.slice(-3000)}`
      : `prometheus did not become ready on ${url} within 30 s:\n${stderr.slice(-3000)}`;
    if (!/address already in use/.test(stderr)) break;
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(lastError);
}

// ---- PromQL reading -------------------------------------------------------------------------------

/** Series Prometheus itself adds to every scrape target. */
export const SCRAPE_SERIES: ReadonlySet<string> = new Set([
  'up',
  'scrape_duration_seconds',
  'scrape_samples_scraped',
  'scrape_samples_post_metric_relabeling',
  'scrape_series_added',
]);

/** Labels Prometheus attaches to every scraped series (target labels). */
export const TARGET_LABELS: ReadonlySet<string> = new Set(['job', 'instance']);

/** PromQL words that are not metric names: operators, modifiers, aggregations and functions. */
const PROMQL_WORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'unless',
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'offset',
  'bool',
  'atan2',
  'sum',
  'min',
  'max',
  'avg',
  'group',
  'stddev',
  'stdvar',
  'count',
  'count_values',
  'bottomk',
  'topk',
  'quantile',
  'inf',
  'nan',
]);

/** One vector selector: `name{label="..."}`. */
export interface PromSelector {
  metric: string;
  labels: string[];
}

/** What an expression refers to: its metrics (with the labels matched on) and its grouping labels. */
export interface PromReferences {
  selectors: PromSelector[];
  groupingLabels: string[];
}

/**
 * Reads the metric names and label names out of a PromQL expression (or a Grafana
 * `label_values(expr, label)` variable query). Not a full parser: enough for the expressions in
 * deploy/, and tested on known inputs in test/tools/ops-files.test.ts.
 */
export function promqlReferences(expression: string): PromReferences {
  let text = expression
    // Grafana's interval variables become a plain duration.
    .replace(/\$__\w+|\$\{__\w+\}/g, '5m')
    // String literals (label values, regexes) never hold names we check.
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""');
  const groupingLabels: string[] = [];
  const variable = /^\s*label_values\(([\s\S]*),\s*([a-zA-Z_]\w*)\s*\)\s*$/.exec(text);
  if (variable) {
    text = variable[1] ?? '';
    groupingLabels.push(variable[2] ?? '');
  }
  const selectors: PromSelector[] = [];
  const labelNames = (body: string): string[] =>
    body
      .split(',')
      .map((m) => (m.split(/=~|!~|!=|=/)[0] ?? '').trim())
      .filter((name) => name.length > 0);
  text = text.replace(
    /([a-zA-Z_:][\w:]*)?\s*\{([^}]*)\}/g,
    (_all, name: string | undefined, body: string) => {
      if (name !== undefined && !PROMQL_WORDS.has(name)) {
        selectors.push({ metric: name, labels: labelNames(body) });
        return ' ';
      }
      return name ?? ' ';
    },
  );
  text = text
    .replace(
      /\b(by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)/g,
      (_all, _kw, body: string) => {
        groupingLabels.push(...labelNames(body));
        return ' ';
      },
    )
    .replace(/\[[^\]]*\]/g, ' ');
  for (const match of text.matchAll(/[\w:.]+/g)) {
    const word = match[0];
    if (/^[\d.]/.test(word) || PROMQL_WORDS.has(word.toLowerCase())) continue;
    const after = text.slice((match.index ?? 0) + word.length);
    if (/^\s*\(/.test(after)) continue; // a function call
    selectors.push({ metric: word, labels: [] });
  }
  return { selectors, groupingLabels };
}
