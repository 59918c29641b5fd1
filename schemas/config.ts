import { z } from 'zod';
import { baselineConfigSchema, calendarsConfigSchema } from '../src/baseline/baseline-config.js';
import {
  customDetectorsConfigSchema,
  detectorsConfigSchema,
  exceptionsConfigSchema,
} from '../src/detection/detection-config.js';
import { identityConfigSchema } from '../src/registry/identity-config.js';
import { DEFAULT_SECRET_KEYS } from '../src/events/secret-redaction.js';
import { defaultSinks, sinkSchema } from './sink-config.js';
import { checkConfigSchema } from './check-config.js';
import { responseHookSchema } from './response-config.js';
import { kafkaSaslSchema, kafkaTlsSchema, storeTlsSchema } from './security-config.js';

/** The whole configuration: file (JSON), then environment, then flags. Every field has a default. */
export const configSchema = z
  .strictObject({
    log_level: z
      .enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'])
      .default('info')
      .describe('pino log level (env AGENTWATCH_LOG_LEVEL).'),
    http: z
      .strictObject({
        enabled: z.boolean().default(true).describe('Serve /metrics, /healthz and /readyz in `run`.'),
        host: z
          .string()
          .default('127.0.0.1')
          .describe(
            'Listen address (env AGENTWATCH_HTTP_HOST): loopback by default (metrics are for a local scraper or sidecar); 0.0.0.0 to serve every interface (the container image sets it).',
          ),
        port: z
          .number()
          .int()
          .min(0)
          .max(65535)
          .default(9464)
          .describe('Listen port (env AGENTWATCH_HTTP_PORT).'),
      })
      .prefault({}),
    input: z
      .strictObject({
        max_event_bytes: z
          .number()
          .int()
          .min(256)
          .default(65_536)
          .describe('Larger records are refused as oversize and dead-lettered.'),
        batch_size: z.number().int().min(1).default(2000).describe('Lines per batch when reading NDJSON.'),
        format: z
          .enum(['v1', 'otel-genai', 'transcript'])
          .default('v1')
          .describe(
            'Record format: v1 events, OpenTelemetry GenAI execute_tool spans (OTLP/JSON), or agent conversations with tool calls (one per line, see docs/producer-guide.md), mapped onto v1 events.',
          ),
      })
      .prefault({}),
    redaction: z
      .strictObject({
        enabled: z
          .boolean()
          .default(true)
          .describe(
            'Redact secrets in events right after decoding, before they are stored, learned or forwarded.',
          ),
        keys: z
          .array(z.string().min(1))
          .default([...DEFAULT_SECRET_KEYS])
          .describe(
            'Keys whose values are secrets, in action.parameters, attributes and key=value text; matched by words, case-insensitive (api_key matches X-Api-Key and apiKey, token matches refresh_token, not max_tokens). URL userinfo is always redacted.',
          ),
        replacement: z.string().default('[REDACTED]').describe('What a secret value becomes.'),
      })
      .prefault({})
      .describe('Secret redaction in events.'),
    kafka: z
      .strictObject({
        brokers: z
          .array(z.string())
          .default(['localhost:9092'])
          .describe('Bootstrap brokers (env KAFKA_BROKERS, comma-separated).'),
        client_id: z.string().default('agentwatch'),
        group_id: z
          .string()
          .default('agentwatch')
          .describe('Consumer group: instances sharing it split the partitions.'),
        topic: z.string().default('agent.activity').describe('Input topic, keyed by agent id.'),
        dlq_topic: z
          .string()
          .default('agent.activity.dlq')
          .describe('Dead letter for refused input records.'),
        from_beginning: z.boolean().default(true).describe('Where a new group starts reading.'),
        session_timeout_ms: z
          .number()
          .int()
          .min(6000)
          .default(30_000)
          .describe(
            'Consumer session timeout; the broker refuses less than its group.min.session.timeout.ms (6 s).',
          ),
        max_bytes_per_partition: z
          .number()
          .int()
          .min(1024)
          .default(1_048_576)
          .describe('Most bytes fetched per partition per request: bounds batch size and memory.'),
        max_wait_ms: z
          .number()
          .int()
          .min(10)
          .default(500)
          .describe('Longest a fetch waits for data; also bounds how long a graceful stop waits.'),
        shutdown_timeout_ms: z
          .number()
          .int()
          .min(1000)
          .default(30_000)
          .describe(
            'Longest a graceful stop (SIGTERM) waits for the final write and commit; past it the instance leaves the group without committing and exits non-zero (a restart redelivers).',
          ),
        sasl: kafkaSaslSchema.describe(
          'SASL authentication of every Kafka client (source, sinks, dead letters).',
        ),
        tls: kafkaTlsSchema.describe('TLS of every Kafka client (source, sinks, dead letters).'),
      })
      .prefault({}),
    store: z
      .strictObject({
        path: z.string().default('./data').describe('Embedded ClickHouse data directory (flag --store).'),
        clickhouse_url: z
          .string()
          .nullable()
          .default(null)
          .describe(
            'ClickHouse server URL; when set the embedded engine is not used (env AGENTWATCH_CLICKHOUSE_URL).',
          ),
        user: z.string().default('default').describe('Server user (env AGENTWATCH_CLICKHOUSE_USER).'),
        password: z
          .string()
          .default('')
          .describe('Server password (env AGENTWATCH_CLICKHOUSE_PASSWORD). Never logged.'),
        password_file: z
          .string()
          .nullable()
          .default(null)
          .describe(
            'Read the server password from this file (env AGENTWATCH_CLICKHOUSE_PASSWORD_FILE); wins over password_env and password.',
          ),
        password_env: z
          .string()
          .nullable()
          .default(null)
          .describe('Name of an environment variable holding the server password; wins over password.'),
        tls: storeTlsSchema.describe('TLS to a ClickHouse server (https:// clickhouse_url).'),
        write_retry_ms: z
          .number()
          .int()
          .min(0)
          .default(300_000)
          .describe(
            'How long a failing write to ClickHouse is retried (input held, nothing committed) before the service stops with an error.',
          ),
        inject_write_failures_ms: z
          .number()
          .int()
          .min(0)
          .default(0)
          .describe(
            'Fault testing only: every write fails for this many ms from the first write after the start (0: off).',
          ),
        database: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
          .default('agentwatch')
          .describe('Database (env AGENTWATCH_CLICKHOUSE_DATABASE).'),
        events_ttl_days: z
          .number()
          .int()
          .min(0)
          .nullable()
          .default(null)
          .describe(
            'Keep events this many days of event time; 0 removes a TTL set before (keep forever); null: leave the table as it is (opening a store never changes its TTL unless this is set). Beware: rows older than the TTL are dropped on insert, replays of old data included.',
          ),
        batch_max_rows: z
          .number()
          .int()
          .min(1)
          .default(10_000)
          .describe('Flush events to ClickHouse at this many rows...'),
        baseline_persist_ms: z
          .number()
          .int()
          .min(0)
          .default(30_000)
          .describe(
            'Changed baselines are written at most this often (and always on shutdown). Kafka offsets are committed with them: after a crash up to this much input is redelivered and learned again. Each save serialises every changed agent at once (about 10 ms per 1,000 agents): shorter means more pauses and more writes.',
          ),
        batch_max_ms: z
          .number()
          .int()
          .min(1)
          .default(1000)
          .describe('...or after this many milliseconds, whichever comes first.'),
      })
      .prefault({}),
    baseline: baselineConfigSchema,
    calendars: calendarsConfigSchema,
    detectors: detectorsConfigSchema,
    custom_detectors: customDetectorsConfigSchema,
    exceptions: exceptionsConfigSchema,
    identity: identityConfigSchema,
    check: checkConfigSchema,
    response_hooks: z
      .array(responseHookSchema)
      .default([])
      .describe(
        'Webhooks called with a suggested action (suspend, revoke, require approval) on severe alerts.',
      ),
    sinks: z
      .array(sinkSchema)
      .default(defaultSinks)
      .describe('Where alerts go in `run` (replay writes to stdout or --out).'),
  })
  .describe('agentwatch configuration');

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type SinkConfig = Config['sinks'][number];
