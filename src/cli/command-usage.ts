/**
 * The help text of every command, apart from the commands themselves: `agentwatch help X`,
 * `X --help` and a usage error print it without loading what the command runs (the embedded
 * ClickHouse engine, Kafka, the detectors), so help and `--version` answer at once.
 */
import { INPUT_FORMAT_NAMES } from '../adapters/input-formats.js';
import { SCOPES, VERDICTS } from '../decisions/decision.js';
import { FORMAT_NAMES } from '../formats/format-registry.js';
import { OCSF_VERSION, OCSF_VERSIONS } from '../formats/ocsf-format.js';

export const ALERTS_USAGE = `agentwatch alerts [--open] [--json] [--limit N] [--store DIR | --clickhouse-url URL]
  Lists stored alerts, newest first, with the analyst decisions taken on them.
  --open                  only alerts nobody has decided on
  --json                  one JSON object per alert (with its decisions) per line`;

export const DECIDE_USAGE = `agentwatch decide ALERT_ID --verdict ${VERDICTS.join('|')} --by WHO --reason TEXT [options]
  Records an analyst decision on an alert (who, when, why, until when) in the store's audit trail.
  benign / expected: the pattern is allowed within the scope until the TTL runs out (event time);
  malicious: the pattern alerts one severity higher (at least high) and its target is quarantined.
  --scope S               ${SCOPES.join('|')} (default agent+api)
  --ttl D                 30m, 12h, 14d, 2w (default 14d), from the agent's latest event; "never" only if meant
  --store DIR | --clickhouse-url URL | --config FILE
  --json                  print the recorded decision as JSON
  A running \`agentwatch serve\` or \`run\` takes decisions over HTTP (POST /v1/decisions) and applies them at once;
  one made here applies from the next start or replay.`;

export const DEMO_USAGE = `agentwatch demo [options]
  Simulates a fleet of agents with a few planted incidents and its registry and directory (with
  orphaned, stale, over-granted, shadow and delegating agents), replays it through the pipeline on
  an embedded store, and prints a summary for a SOC lead: alerts by detector and severity, the top
  agents, three alerts explained, and the posture section (alerts of the posture detectors, with
  who owns and who approved each agent).
  --agents N              number of agents (1-10000, default 40)
  --days D                number of days (1-3660, default 21)
  --seed S                integer seed (default 7): the same seed gives the same demo
  --keep DIR              keep events, labels, alerts and the store in DIR (created if missing);
                          without it everything goes to a temporary folder that is removed`;

export const INVENTORY_USAGE = `agentwatch inventory [--json] [--owner X] [--store DIR | --clickhouse-url URL] [--at TIME]
  One row per agent, registered or only seen in events: type, owner (and status), approver,
  approval age, last seen, events in 30 days, scopes granted vs used, unused grants (candidates to
  revoke), credentials with age, alerts in 30 days. As of the latest event time unless --at.`;

export const REPLAY_USAGE = `agentwatch replay [FILE|-] [options]
  Runs a finite NDJSON stream of v1 events through the pipeline; alerts go to stdout as NDJSON.
  --store DIR             embedded ClickHouse data directory (default ./data)
  --clickhouse-url URL    use a ClickHouse server instead (env AGENTWATCH_CLICKHOUSE_URL)
  --out FILE              write alerts to FILE instead of stdout (the file is replaced)
  --append                with --out: add to the file instead of replacing it
  --format F              ${FORMAT_NAMES.join('|')} (default json)
  --ocsf-version V        ${OCSF_VERSIONS.join('|')} for --format ocsf (default ${OCSF_VERSION}; 1.9.0 adds ai_agent)
  --input-format F        ${INPUT_FORMAT_NAMES.join('|')} (default v1)
  --dead-letter FILE      where refused lines go (default FILE.rejected.ndjson, or ./stdin.rejected.ndjson)
  --config FILE           JSON configuration (detectors, baselines, exceptions)
  --registry FILE         agent registry, NDJSON (agentwatch schema registry): posture detectors
  --directory FILE        people directory, NDJSON (agentwatch schema directory): people and groups
  --no-store              detect only: write nothing to ClickHouse
  --quiet                 no per-line error reports on stderr

  A summary goes to stderr: lines read, events stored and rejected, and the distinct alerts by
  detector and severity (an update of a folded alert is not a new alert).
  Exit codes: 0 done; 1 runtime failure, or nothing in the input was a valid event (empty input,
  or every line refused); 2 usage or configuration error. When the reader of stdout goes away
  (replay ... | head -1), alerts stop being printed and the run still stores everything: exit 0.`;

export const REVIEW_USAGE = `agentwatch review --owner X [--days 30] [--out FILE.md|FILE.html] [--store DIR | --clickhouse-url URL] [--at TIME]
  The periodic access review an owner signs: each of their agents, what it did and for whom in the
  last --days days, what to revoke (unused grants, credentials past rotation), what is overdue.`;

export const RUN_USAGE = `agentwatch run [--config FILE]
  The service: events from Kafka, detection, events/alerts/baselines to ClickHouse, alerts to the
  configured sinks; HTTP /metrics, /healthz and /readyz. Runs until SIGTERM or SIGINT, then finishes
  the batch in flight and commits.
  --config FILE           JSON configuration (agentwatch schema config); environment variables
                          override it (README: Configuration)`;

export const SCHEMA_USAGE = `agentwatch schema event|alert|config|registry|directory
  Prints the JSON Schema (generated from the zod schemas) of an input event, an alert, the
  configuration file, or a record of the agent registry or the people directory, with every field's
  description and default.`;

export const SERVE_USAGE = `agentwatch serve --store DIR [--port N] [--host H] [--config FILE]
  The inline check API from a store, without Kafka: POST /v1/check (one v1 event -> allow/warn/deny),
  POST /v1/decisions, GET /v1/alerts, /healthz, /readyz, /metrics. Learns nothing (the stream does).
  --port N                HTTP port (default 9464; env AGENTWATCH_HTTP_PORT)
  --host H                listen address (default 127.0.0.1; outside loopback a bearer token is required:
                          check.token_file or env AGENTWATCH_CHECK_TOKEN)`;

export const SIMULATE_USAGE = `agentwatch simulate --agents N --days D --seed S [options]
  Labelled synthetic activity of a fleet of AI agents: v1 events as NDJSON, in event-time order.
  --agents N          number of agents (1-10000)
  --days D            number of days (1-3660)
  --seed S            integer seed: the same seed gives the same events
  --labels FILE       write the ground-truth labels (NDJSON) to FILE; they never appear in the events
  --out FILE          write events to FILE instead of stdout
  --start DATE        first day, YYYY-MM-DD (default 2026-03-02)
  --scale X           multiplier on daily volume per agent (default 1: about 20-200 events a day)
  --warmup-days N     days of routine before any anomaly (default 12, at least 10)
  --registry FILE     write the agent registry (NDJSON) with posture conditions planted: shadow,
                      suspended, orphaned, stale, over-granted, drifting, delegating agents
                      (default with --out: beside the events, EVENTS.registry.ndjson)
  --directory FILE    write the people directory (default with --out: EVENTS.directory.ndjson)
  --posture-labels F  ground truth of the planted posture conditions (default with --labels:
                      LABELS.posture.ndjson)
  --no-identity       write no registry or directory and plant nothing
  --scope-style S     how tasks write intent.scopes: api (default: API names), service (gmail),
                      capability (mail, code, identity) or oauth (https://www.googleapis.com/auth/...)
  --low-volume SHARE  share of agents (0-1) with a few events a day; about half of them get a small
                      weekend night session labelled for off-hours-access (default 0)`;

export const SQL_USAGE = `agentwatch sql "QUERY" [options]
  Runs one query on the store and prints a table (or JSON lines with --json).
  --store DIR             embedded ClickHouse data directory (default ./data); it must exist
                          (replay or run create it): a mistyped path is an error, not a new store
  --clickhouse-url URL    a ClickHouse server instead (env AGENTWATCH_CLICKHOUSE_URL)
  --config FILE           JSON configuration (store section)
  --json                  one JSON object per row
  --write                 allow statements that change the store (INSERT, ALTER, DROP, ...)

  Read-only by default (ClickHouse readonly=1): DROP, INSERT, ALTER and SET are refused. Table
  functions that reach outside the store (file, url, s3, remote, mysql, executable, ...) and
  INTO OUTFILE are refused in every mode. Leave out FORMAT: the output is a table, or JSON lines
  with --json. Tables and views: docs/analyst-sql.md.
  Example: agentwatch sql "SELECT agent_id, count() FROM agentwatch.events FINAL GROUP BY agent_id"`;
