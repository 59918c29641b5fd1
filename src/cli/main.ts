import { ConfigError, UsageError, AgentwatchError, describeError } from '../errors.js';
import { REPLAY_USAGE, replayCommand } from './replay-command.js';
import { schemaCommand } from './schema-command.js';
import { sqlCommand } from './sql-command.js';
import { runCommand } from './run-command.js';
import { demoCommand } from './demo-command.js';
import { simulateCommand } from './simulate-command.js';
import { SERVE_USAGE, serveCommand } from './serve-command.js';
import { DECIDE_USAGE, decideCommand } from './decide-command.js';
import { ALERTS_USAGE, alertsCommand } from './alerts-command.js';
import { escapeControls } from '../text/line-safe-text.js';
import { INVENTORY_USAGE, inventoryCommand } from './inventory-command.js';
import { REVIEW_USAGE, reviewCommand } from './review-command.js';

const USAGE = `agentwatch: streaming behavioural anomaly detection for AI agents

Usage:
  agentwatch run [--config FILE]                     the service: Kafka in, alerts out, /metrics
  agentwatch replay [FILE|-] [--store DIR | --clickhouse-url URL] [--out FILE] [--format F]
  agentwatch sql "QUERY" [--store DIR | --clickhouse-url URL] [--json]
  agentwatch simulate --agents N --days D --seed S [--labels FILE] [--out FILE]
                                                     labelled synthetic fleet activity (labels apart)
  agentwatch demo [--agents N --days D --seed S]     simulate + replay, with a summary for a SOC lead
  agentwatch serve --store DIR [--port N]            the inline check API (POST /v1/check) from a store
  agentwatch decide ALERT_ID --verdict V --scope S --ttl D --by WHO --reason TEXT
                                                     an analyst decision: a scoped, expiring allowance or escalation
  agentwatch alerts [--open] [--json]                alerts with their decisions
  agentwatch inventory [--json] [--owner X] [--store DIR]   every agent: owner, approver, grants vs use
  agentwatch review --owner X [--days 30] [--out FILE.md|FILE.html]   an owner's access review
  agentwatch schema event|alert|config|registry|directory   JSON Schema
  agentwatch help [COMMAND]

Exit codes: 0 success, 2 usage or configuration error, 1 runtime failure.

${REPLAY_USAGE}

${SERVE_USAGE}

${DECIDE_USAGE}

${ALERTS_USAGE}

${INVENTORY_USAGE}

${REVIEW_USAGE}`;

type Command = (argv: string[]) => Promise<number> | number;

const COMMANDS: Record<string, Command> = {
  run: runCommand,
  replay: replayCommand,
  sql: sqlCommand,
  schema: schemaCommand,
  demo: demoCommand,
  simulate: simulateCommand,
  serve: serveCommand,
  decide: decideCommand,
  alerts: alertsCommand,
  inventory: inventoryCommand,
  review: reviewCommand,
};

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`agentwatch: unknown command "${escapeControls(name)}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error: unknown) {
    if (error instanceof UsageError || error instanceof ConfigError || isParseArgsError(error)) {
      process.stderr.write(`agentwatch ${name}: ${escapeControls(describeError(error))}\n`);
      return 2;
    }
    const code = error instanceof AgentwatchError ? ` [${error.code}]` : '';
    process.stderr.write(`agentwatch ${name}: failed${code}: ${escapeControls(describeError(error))}\n`);
    if (error instanceof Error && error.cause)
      process.stderr.write(`  caused by: ${escapeControls(describeError(error.cause))}\n`);
    return 1;
  }
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')
  );
}
