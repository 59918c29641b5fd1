import { z } from 'zod';
import type { FormatName } from '../src/formats/format-registry.js';
import { SEVERITIES } from './alert.js';
import { OCSF_VERSION, OCSF_VERSIONS } from '../src/formats/ocsf-format.js';

/**
 * Configuration of the alert sinks (`sinks` in the config file): one strict object per destination,
 * discriminated on `type`. Every sink shares the delivery knobs (batch, buffer, retry, dead letter) that
 * `ReliableSink` applies; the rest is protocol specific.
 */

/** Every rendering a line-oriented sink (stdout, file, Kafka) can carry. */
export const LINE_FORMATS = [
  'json',
  'ocsf',
  'ecs',
  'cef',
  'leef',
  'syslog',
  'hec',
] as const satisfies readonly FormatName[];

/** Renderings carried in an RFC 5424 syslog message: plain text MSG, or CEF as the MSG. */
export const SYSLOG_FORMATS = ['syslog', 'cef'] as const;

/** Renderings that are JSON objects, so a webhook body stays a JSON array or NDJSON. */
export const WEBHOOK_FORMATS = ['json', 'ocsf', 'ecs', 'hec'] as const satisfies readonly FormatName[];

/** The sink types, in the order the docs list them. */
export const SINK_TYPES = ['kafka', 'syslog', 'splunk_hec', 'webhook', 'file', 'stdout'] as const;

const severity = z.enum(SEVERITIES);

const deadLetterSchema = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal('file').describe('Append NDJSON `{reason, error, sink, parked_at, alert}` lines.'),
        path: z
          .string()
          .min(1)
          .nullable()
          .default(null)
          .describe('NDJSON file; null: `<store.path>/dead-letter/<sink name>.ndjson`.'),
      })
      .describe('Dead letter in a local NDJSON file, fsynced before send() resolves.'),
    z
      .strictObject({
        type: z.literal('kafka').describe('Produce parked alerts to a Kafka topic.'),
        topic: z
          .string()
          .min(1)
          .describe('Topic; value is the native alert JSON, headers carry reason, error and sink.'),
      })
      .describe('Dead letter on a Kafka topic of the configured cluster (acks=all).'),
  ])
  .prefault({ type: 'file' })
  .describe(
    'Where alerts go that cannot be delivered: rejected by the receiver (e.g. HTTP 400) or still failing after retry.max_retry_ms.',
  );

const tlsSchema = z
  .strictObject({
    ca_file: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('PEM file of the CA(s) to trust for the server certificate (null: the system CAs).'),
    cert_file: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('PEM client certificate, for receivers that require mutual TLS.'),
    key_file: z.string().min(1).nullable().default(null).describe('PEM private key of cert_file.'),
    servername: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('Name to verify the certificate against and send as SNI (null: the host).'),
    reject_unauthorized: z
      .boolean()
      .default(true)
      .describe('Refuse servers whose certificate does not verify. Turn off only for tests.'),
  })
  .prefault({})
  .describe('TLS client settings (used when the protocol or URL is TLS).');

/** Knobs every sink shares; `ReliableSink` applies them. */
function commonFields<T extends (typeof SINK_TYPES)[number]>(
  type: T,
  defaults: { maxAlerts: number; maxBytes: number },
) {
  return {
    type: z.literal(type).describe('Sink type.'),
    name: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/)
      .default(type)
      .describe('Unique sink name: the `sink` label in metrics, logs and dead-letter records.'),
    min_severity: severity.default('informational').describe('Alerts below this severity are not sent.'),
    ocsf_version: z
      .enum(OCSF_VERSIONS)
      .default(OCSF_VERSION)
      .describe('OCSF release of the `ocsf` format (1.9.0 adds the agent as an ai_agent object).'),
    batch: z
      .strictObject({
        max_alerts: z
          .number()
          .int()
          .min(1)
          .default(defaults.maxAlerts)
          .describe('Most alerts per delivery (request, produce call or connection).'),
        max_bytes: z
          .number()
          .int()
          .min(256)
          .default(defaults.maxBytes)
          .describe(
            'Most rendered bytes per delivery; a single larger alert still goes alone (the receiver may refuse it).',
          ),
      })
      .prefault({})
      .describe('How alerts waiting in the buffer are grouped into one delivery.'),
    buffer: z
      .strictObject({
        max_alerts: z
          .number()
          .int()
          .min(1)
          .default(10_000)
          .describe(
            'Alerts held in memory waiting for delivery. When full, send() waits for room (backpressure): the pipeline slows down instead of dropping alerts.',
          ),
        drain_timeout_ms: z
          .number()
          .int()
          .min(0)
          .default(10_000)
          .describe(
            'On shutdown, how long to keep delivering what is buffered before parking the rest in the dead letter.',
          ),
      })
      .prefault({})
      .describe('The bounded in-memory buffer between send() and the receiver.'),
    retry: z
      .strictObject({
        initial_backoff_ms: z
          .number()
          .int()
          .min(1)
          .default(200)
          .describe('Backoff ceiling after the first failure; doubles per failure, with full jitter.'),
        max_backoff_ms: z
          .number()
          .int()
          .min(1)
          .default(30_000)
          .describe('Largest backoff between two attempts.'),
        max_retry_ms: z
          .number()
          .int()
          .min(0)
          .default(300_000)
          .describe(
            'How long an alert is retried after it entered the buffer before it is parked in the dead letter (reason retry_exhausted). Until then send() does not resolve, so input offsets are not committed.',
          ),
      })
      .prefault({})
      .describe(
        'Retries of retriable failures (connection refused, timeouts, HTTP 429/5xx, Kafka leader moves).',
      ),
    timeout_ms: z
      .number()
      .int()
      .min(100)
      .default(10_000)
      .describe(
        'Longest one delivery attempt may take (connect, write and confirmation) before it is retried.',
      ),
    dead_letter: deadLetterSchema,
  };
}

const kafkaSink = z
  .strictObject({
    ...commonFields('kafka', { maxAlerts: 500, maxBytes: 900_000 }),
    format: z.enum(LINE_FORMATS).default('json').describe('Rendering of the message value.'),
    topic: z
      .string()
      .min(1)
      .default('agent.alerts')
      .describe('Alerts topic; messages are keyed by agent id.'),
  })
  .describe('Alerts to a topic of the configured Kafka cluster (acks=all), keyed by agent id.');

const syslogSink = z
  .strictObject({
    ...commonFields('syslog', { maxAlerts: 500, maxBytes: 1_000_000 }),
    format: z
      .enum(SYSLOG_FORMATS)
      .default('syslog')
      .describe('MSG of the RFC 5424 message: `syslog` (title and description) or `cef` (CEF over syslog).'),
    protocol: z
      .enum(['udp', 'tcp', 'tls'])
      .default('tcp')
      .describe(
        'udp: one message per datagram (RFC 5426), fire-and-forget. tcp/tls: octet-counting framing (RFC 6587), one connection per batch, confirmed when the receiver closes after reading it.',
      ),
    host: z.string().min(1).describe('Receiver host name or address.'),
    port: z
      .number()
      .int()
      .min(1)
      .max(65535)
      .nullable()
      .default(null)
      .describe('Receiver port (null: 514 for udp and tcp, 6514 for tls).'),
    facility: z.number().int().min(0).max(23).default(13).describe('Syslog facility (13: log audit).'),
    app_name: z.string().min(1).max(48).default('agentwatch').describe('APP-NAME header field.'),
    hostname: z
      .string()
      .nullable()
      .default(null)
      .describe("HOSTNAME header field (null: this machine's host name)."),
    enterprise_number: z
      .number()
      .int()
      .min(1)
      .default(32473)
      .describe('Private enterprise number of the SD-ID `agentwatch@<pen>` (32473: documentation PEN).'),
    utf8_bom: z
      .boolean()
      .default(true)
      .describe('Prefix a non-ASCII MSG with the UTF-8 BOM, as RFC 5424 asks.'),
    udp_max_message_bytes: z
      .number()
      .int()
      .min(480)
      .max(65_507)
      .default(8192)
      .describe(
        'udp only: larger messages are parked (reason rejected) rather than truncated by the receiver.',
      ),
    tls: tlsSchema,
  })
  .describe('RFC 5424 syslog over UDP, TCP or TLS.');

const hecSink = z
  .strictObject({
    ...commonFields('splunk_hec', { maxAlerts: 500, maxBytes: 800_000 }),
    format: z.enum(['hec']).default('hec').describe('Always the HEC event envelope around the native alert.'),
    url: z
      .url({ protocol: /^https?$/ })
      .describe('Base URL of the HTTP Event Collector, e.g. https://splunk.example.com:8088.'),
    path: z
      .string()
      .startsWith('/')
      .default('/services/collector/event')
      .describe('Endpoint path; events are POSTed there as concatenated JSON objects.'),
    token: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe(
        'HEC token, sent as `Authorization: Splunk <token>`; or give token_file or token_env. Never logged.',
      ),
    token_file: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('File holding the HEC token (e.g. a mounted secret); wins over token_env and token.'),
    token_env: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('Environment variable holding the HEC token; wins over token.'),
    index: z.string().min(1).nullable().default(null).describe("Index (null: the token's default)."),
    source: z.string().min(1).default('agentwatch').describe('HEC source.'),
    sourcetype: z.string().min(1).default('agentwatch:alert').describe('HEC sourcetype.'),
    host: z.string().min(1).nullable().default(null).describe("HEC host (null: this machine's host name)."),
    tls: tlsSchema,
  })
  .describe('Splunk HTTP Event Collector.');

const webhookSink = z
  .strictObject({
    ...commonFields('webhook', { maxAlerts: 100, maxBytes: 1_000_000 }),
    format: z.enum(WEBHOOK_FORMATS).default('json').describe('Rendering of each alert in the body.'),
    url: z.url({ protocol: /^https?$/ }).describe('Endpoint alerts are POSTed to.'),
    encoding: z
      .enum(['json_array', 'ndjson'])
      .default('json_array')
      .describe('Body: one JSON array of alerts, or one alert per line (application/x-ndjson).'),
    headers: z
      .record(z.string(), z.string())
      .default({})
      .describe('Extra request headers, e.g. an Authorization header.'),
    hmac: z
      .strictObject({
        secret: z
          .string()
          .min(16)
          .nullable()
          .default(null)
          .describe(
            'Shared secret of the HMAC-SHA256 signature; or give secret_file or secret_env. Never logged.',
          ),
        secret_file: z
          .string()
          .min(1)
          .nullable()
          .default(null)
          .describe('File holding the HMAC secret (e.g. a mounted secret); wins over secret_env and secret.'),
        secret_env: z
          .string()
          .min(1)
          .nullable()
          .default(null)
          .describe('Environment variable holding the HMAC secret; wins over secret.'),
        signature_header: z
          .string()
          .min(1)
          .default('X-Agentwatch-Signature')
          .describe('Header carrying `sha256=<hex of HMAC(secret, "<timestamp>.<body>")>`.'),
        timestamp_header: z
          .string()
          .min(1)
          .default('X-Agentwatch-Timestamp')
          .describe(
            'Header carrying the signing time in Unix seconds; it is signed with the body so receivers can refuse replays.',
          ),
      })
      .nullable()
      .default(null)
      .describe('Sign each request body (null: unsigned).'),
    tls: tlsSchema,
  })
  .describe('Generic HTTP webhook: POST of a JSON array or NDJSON.');

const fileSink = z
  .strictObject({
    ...commonFields('file', { maxAlerts: 1000, maxBytes: 4_000_000 }),
    format: z.enum(LINE_FORMATS).default('json').describe('Rendering of each line.'),
    path: z.string().min(1).describe('File alerts are appended to, one per line.'),
    fsync: z
      .boolean()
      .default(true)
      .describe('fsync each batch before send() resolves, so a committed offset survives a power loss.'),
  })
  .describe('Alerts appended to a local file.');

const stdoutSink = z
  .strictObject({
    ...commonFields('stdout', { maxAlerts: 1000, maxBytes: 4_000_000 }),
    format: z.enum(LINE_FORMATS).default('json').describe('Rendering of each line.'),
  })
  .describe('Alerts as lines on standard output.');

/** One sink: a discriminated union on `type`. */
export const sinkSchema = z
  .discriminatedUnion('type', [kafkaSink, syslogSink, hecSink, webhookSink, fileSink, stdoutSink])
  .describe('An alert destination with its own format, minimum severity and delivery settings.');

/** A validated sink configuration (defaults applied). */
export type SinkConfig = z.output<typeof sinkSchema>;
/** A sink configuration as written by an operator. */
export type SinkConfigInput = z.input<typeof sinkSchema>;
/** The delivery settings every sink shares. */
export type SinkDeliveryConfig = Pick<
  SinkConfig,
  'name' | 'min_severity' | 'batch' | 'buffer' | 'retry' | 'timeout_ms' | 'dead_letter'
>;
/** TLS client settings of a sink. */
export type SinkTlsConfig = z.output<typeof tlsSchema>;

/** The default: native JSON alerts on the `agent.alerts` topic. */
export function defaultSinks(): SinkConfig[] {
  return [sinkSchema.parse({ type: 'kafka', name: 'kafka', topic: 'agent.alerts' })];
}
