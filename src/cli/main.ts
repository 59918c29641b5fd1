import { readFileSync } from 'node:fs';
import { ConfigError, UsageError, AgentwatchError, describeError } from '../errors.js';
import { escapeControls } from '../text/line-safe-text.js';
import { closest, wantsHelp } from './command-args.js';
import {
  ALERTS_USAGE,
  DECIDE_USAGE,
  DEMO_USAGE,
  INVENTORY_USAGE,
  REPLAY_USAGE,
  REVIEW_USAGE,
  RUN_USAGE,
  SCHEMA_USAGE,
  SERVE_USAGE,
  SIMULATE_USAGE,
  SQL_USAGE,
} from './command-usage.js';
import { keepStdinFromEngine, relaunchWithStdinAside } from './stdin-handoff.js';

const USAGE = `agentwatch: streaming behavioural anomaly detection for AI agents

Usage:
  agentwatch run [--config FILE]                     the service: Kafka in, alerts out, /metrics
  agentwatch replay [FILE|-] [--store DIR | --clickhouse-url URL] [--out FILE] [--format F]
                                                     a finite NDJSON stream through the same pipeline
  agentwatch sql "QUERY" [--store DIR | --clickhouse-url URL] [--json] [--write]
                                                     query the store (read-only unless --write)
  agentwatch simulate --agents N --days D --seed S [--labels FILE] [--out FILE]
                                                     labelled synthetic fleet activity (labels apart)
  agentwatch demo [--agents N --days D --seed S] [--keep DIR]
                                                     simulate + replay, with a summary for a SOC lead
  agentwatch serve --store DIR [--port N]            the inline check API (POST /v1/check) from a store
  agentwatch decide ALERT_ID --verdict V --scope S --ttl D --by WHO --reason TEXT
                                                     an analyst decision: a scoped, expiring allowance or escalation
  agentwatch alerts [--open] [--json]                alerts with their decisions
  agentwatch inventory [--json] [--owner X] [--store DIR]   every agent: owner, approver, grants vs use
  agentwatch review --owner X [--days 30] [--out FILE.md|FILE.html]   an owner's access review
  agentwatch schema event|alert|config|registry|directory   JSON Schema
  agentwatch help [COMMAND]                          this text, or one command's options
  agentwatch --version

Every command takes --help. Exit codes: 0 success, 2 usage or configuration error, 1 runtime failure.`;

type CommandFn = (argv: string[]) => Promise<number> | number;

/**
 * A command: its help text, and its code loaded only when it runs (help, `--version` and a
 * mistyped command never load the engine, Kafka or the detectors).
 */
interface CommandEntry {
  usage: string;
  load: () => Promise<CommandFn>;
}

const COMMANDS: Record<string, CommandEntry> = {
  run: { usage: RUN_USAGE, load: async () => (await import('./run-command.js')).runCommand },
  replay: { usage: REPLAY_USAGE, load: async () => (await import('./replay-command.js')).replayCommand },
  sql: { usage: SQL_USAGE, load: async () => (await import('./sql-command.js')).sqlCommand },
  schema: { usage: SCHEMA_USAGE, load: async () => (await import('./schema-command.js')).schemaCommand },
  demo: { usage: DEMO_USAGE, load: async () => (await import('./demo-command.js')).demoCommand },
  simulate: {
    usage: SIMULATE_USAGE,
    load: async () => (await import('./simulate-command.js')).simulateCommand,
  },
  serve: { usage: SERVE_USAGE, load: async () => (await import('./serve-command.js')).serveCommand },
  decide: { usage: DECIDE_USAGE, load: async () => (await import('./decide-command.js')).decideCommand },
  alerts: { usage: ALERTS_USAGE, load: async () => (await import('./alerts-command.js')).alertsCommand },
  inventory: {
    usage: INVENTORY_USAGE,
    load: async () => (await import('./inventory-command.js')).inventoryCommand,
  },
  review: { usage: REVIEW_USAGE, load: async () => (await import('./review-command.js')).reviewCommand },
};

/** Commands that may open the embedded engine, which must not see this process's stdin. */
const ENGINE_COMMANDS = new Set(['run', 'serve', 'replay', 'sql', 'decide', 'alerts', 'inventory', 'review']);

/** Services: they read no stdin, so where it cannot be set aside in place it is left as it is. */
const SERVICES = new Set(['run', 'serve']);

function unknownCommand(name: string): string {
  const hint = closest(name.replace(/^-+/, ''), Object.keys(COMMANDS));
  return `agentwatch: unknown command "${escapeControls(name)}"${hint ? ` (did you mean "${hint}"?)` : ''}; see agentwatch help\n`;
}

/** The package version, from the package.json next to the sources (src/ or dist/src/). */
export function version(): string {
  for (const relative of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === 'agentwatch' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not at this depth: try the next.
    }
  }
  return 'unknown';
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`agentwatch ${version()}\n`);
    return 0;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0];
    if (topic === undefined) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    const entry = COMMANDS[topic];
    if (!entry) {
      process.stderr.write(unknownCommand(topic));
      return 2;
    }
    process.stdout.write(entry.usage + '\n');
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(unknownCommand(name));
    return 2;
  }
  if (wantsHelp(rest)) {
    process.stdout.write(entry.usage + '\n');
    return 0;
  }
  if (ENGINE_COMMANDS.has(name) && !keepStdinFromEngine() && !SERVICES.has(name))
    return relaunchWithStdinAside(argv);
  try {
    return await (
      await entry.load()
    )(rest);
  } catch (error: unknown) {
    return reportFailure(name, error);
  }
}

/** Prints a failure once (a cause only when it adds something) and maps it to the exit code. */
function reportFailure(name: string, error: unknown): number {
  const message = describeError(error);
  if (error instanceof UsageError || error instanceof ConfigError || isParseArgsError(error)) {
    process.stderr.write(`agentwatch ${name}: ${escapeControls(message)}\n`);
    return 2;
  }
  const code = error instanceof AgentwatchError ? ` [${error.code}]` : '';
  process.stderr.write(`agentwatch ${name}: failed${code}: ${escapeControls(message)}\n`);
  const cause = error instanceof Error && error.cause !== undefined ? describeError(error.cause) : '';
  // A cause whose text the message already quotes would say the same thing twice.
  const head = cause.replace(/\s+/g, ' ').trim().slice(0, 30);
  if (head && !message.replace(/\s+/g, ' ').includes(head))
    process.stderr.write(`  caused by: ${escapeControls(cause)}\n`);
  return 1;
}

/** An error of node:util parseArgs (a command that parses its own arguments): a usage error. */
function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')
  );
}
