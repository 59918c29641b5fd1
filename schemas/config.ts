import { z } from 'zod';
import { detectors } from '../detectors/index.js';
import type { DetectorDefinition } from '../src/detection/detector-contract.js';
import { SEVERITIES } from './alert.js';
import { isValidTimeZone } from '../src/baseline/event-time.js';
import { defaultSinks, sinkSchema } from './sink-config.js';

const severity = z.enum(SEVERITIES);

function detectorSection<C extends z.ZodType>(id: string, settings: C, dedupMinutes = 60) {
  return z
    .strictObject({
      enabled: z.boolean().default(true).describe(`Run ${id}.`),
      dedup_window_minutes: z
        .number()
        .min(0)
        .default(dedupMinutes)
        .describe(
          'Findings with the same agent and key within this event-time window fold into one alert (0: off).',
        ),
      severity_override: severity
        .nullable()
        .default(null)
        .describe('Force this severity on every finding (null: keep).'),
      min_severity: severity.default('informational').describe('Drop findings below this severity.'),
      settings: settings
        .prefault({} as z.input<C>)
        .describe(`${id} settings (see detectors/${id}/README.md).`),
    })
    .prefault({});
}

type SectionOf<C extends z.ZodType> = ReturnType<typeof detectorSection<C>>;
/** One section per registered detector, typed with that detector's own settings. */
type DetectorSections = {
  [K in keyof typeof detectors]: (typeof detectors)[K] extends DetectorDefinition<infer C>
    ? SectionOf<C>
    : never;
};

const detectorShape = Object.fromEntries(
  Object.entries(detectors).map(([id, def]) => [id, detectorSection(id, def.config, def.dedupWindowMinutes)]),
) as unknown as DetectorSections;

const exceptionSchema = z
  .strictObject({
    name: z.string().min(1).describe('Why this exception exists; shown in logs.'),
    detectors: z.array(z.string()).optional().describe('Detector ids it applies to (all when absent).'),
    agent_ids: z.array(z.string()).optional(),
    agent_name_prefixes: z.array(z.string()).optional(),
    owners: z.array(z.string()).optional(),
    apis: z.array(z.string()).optional(),
    reasons: z.array(z.string()).optional(),
  })
  .describe('A structured allow-list entry: a finding matching every given field is dropped.');

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
        host: z.string().default('0.0.0.0').describe('Listen address.'),
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
          .enum(['v1', 'otel-genai'])
          .default('v1')
          .describe(
            'Record format: v1 events, or OpenTelemetry GenAI execute_tool spans (OTLP/JSON) mapped onto them.',
          ),
      })
      .prefault({}),
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
        password: z.string().default('').describe('Server password (env AGENTWATCH_CLICKHOUSE_PASSWORD).'),
        database: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
          .default('agentwatch')
          .describe('Database (env AGENTWATCH_CLICKHOUSE_DATABASE).'),
        events_ttl_days: z
          .number()
          .int()
          .min(0)
          .default(0)
          .describe(
            'Keep events this many days of event time (0: forever). Beware: rows older than the TTL are dropped on insert, replays of old data included.',
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
    baseline: z
      .strictObject({
        learning_min_days: z
          .number()
          .int()
          .min(0)
          .default(7)
          .describe('Active days before first-seen and hour alerts.'),
        learning_min_events: z
          .number()
          .int()
          .min(0)
          .default(50)
          .describe('Events before first-seen and hour alerts.'),
        quarantine_days: z
          .number()
          .int()
          .min(1)
          .max(14)
          .default(3)
          .describe('Distinct clean days an alerted value must recur on before it counts as normal.'),
        forget_after_days: z.number().min(1).default(45).describe('Values unseen this long expire.'),
        cohort_by: z
          .array(z.enum(['name_prefix', 'type_team', 'owner', 'vendor']))
          .default(['name_prefix', 'type_team', 'vendor'])
          .describe('Cohort rules in order; the first that applies groups the agent ([]: no cohorts).'),
        cohort_min_peers: z
          .number()
          .int()
          .min(1)
          .default(2)
          .describe('Peers a learning agent needs to borrow its cohort.'),
        max_values_per_table: z
          .number()
          .int()
          .min(8)
          .default(512)
          .describe('Cap per agent on APIs, resources etc.'),
        max_scopes: z
          .number()
          .int()
          .min(1)
          .default(64)
          .describe('Cap per agent on tasks and on-behalf-of users tracked.'),
      })
      .prefault({}),
    calendars: z
      .array(
        z.strictObject({
          name: z.string().min(1).describe('Shown in alert evidence.'),
          agent_ids: z.array(z.string()).optional().describe('Agents this calendar applies to.'),
          owners: z.array(z.string()).optional().describe('Owners whose agents this calendar applies to.'),
          teams: z.array(z.string()).optional().describe('Teams whose agents this calendar applies to.'),
          timezone: z
            .string()
            .refine(isValidTimeZone, 'not an IANA timezone known to this runtime')
            .default('UTC')
            .describe("IANA zone; also the zone of the matched agents' hour-of-week profiles."),
          working_days: z
            .array(z.number().int().min(1).max(7))
            .default([1, 2, 3, 4, 5])
            .describe('ISO weekdays, Monday = 1.'),
          start_hour: z.number().int().min(0).max(23).default(9).describe('Local start of the working day.'),
          end_hour: z.number().int().min(1).max(24).default(18).describe('Local end of the working day.'),
        }),
      )
      .default([])
      .describe(
        'Business calendars per agent, owner or team: timezone and working hours, a prior for young agents.',
      ),
    detectors: z.strictObject(detectorShape).prefault({}),
    custom_detectors: z
      .array(
        z.strictObject({
          module: z
            .string()
            .min(1)
            .describe(
              'Path (relative to the working directory) of an ES module exporting a DetectorDefinition as default or `detector`.',
            ),
          enabled: z.boolean().default(true).describe('Run it.'),
          dedup_window_minutes: z
            .number()
            .min(0)
            .default(60)
            .describe('Dedup window, as for built-in detectors.'),
          severity_override: severity.nullable().default(null).describe('Force this severity (null: keep).'),
          min_severity: severity.default('informational').describe('Drop findings below this severity.'),
          settings: z
            .record(z.string(), z.unknown())
            .default({})
            .describe("Validated by the detector's own config schema."),
        }),
      )
      .default([])
      .describe(
        'Detectors of your own: modules of the DetectorDefinition shape (see DESIGN.md), run after the built-ins.',
      ),
    exceptions: z.array(exceptionSchema).default([]),
    sinks: z
      .array(sinkSchema)
      .default(defaultSinks)
      .describe('Where alerts go in `run` (replay writes to stdout or --out).'),
  })
  .describe('agentwatch configuration');

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type SinkConfig = Config['sinks'][number];
