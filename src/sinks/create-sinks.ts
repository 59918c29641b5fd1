import { readFileSync } from 'node:fs';
import { hostname as osHostname } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Producer } from 'kafkajs';
import type { SinkConfig, SinkTlsConfig } from '../../schemas/sink-config.js';
import { ConfigError, describeError } from '../errors.js';
import { resolveFormat } from '../formats/format-registry.js';
import { createHecFormat } from '../formats/hec-format.js';
import { createSyslogFormat } from '../formats/syslog-format.js';
import type { Logger } from '../logger.js';
import type { AlertFormatter } from '../formats/alert-formatter.js';
import type { AlertTransport } from './alert-transport.js';
import {
  HttpTransport,
  hecRequestBuilder,
  webhookRequestBuilder,
  type HttpTlsOptions,
} from './http-transport.js';
import { KafkaTransport } from './kafka-sink.js';
import { ReliableSink, type SinkMetrics } from './reliable-sink.js';
import type { DeadLetter } from '../dead-letter/dead-letter.js';
import { FileDeadLetter } from '../dead-letter/file-dead-letter.js';
import { KafkaDeadLetter } from '../dead-letter/kafka-dead-letter.js';
import { parkedAlertCodec, type ParkedAlert } from '../dead-letter/parked-alert.js';
import { FileTransport, WritableTransport } from './stream-transport.js';
import { SyslogTransport } from './syslog-transport.js';
import { resolveSecret, type SecretSource } from '../config/config-secrets.js';

/** What sinks need from their host. */
export interface SinkFactoryContext {
  metrics: SinkMetrics;
  logger: Logger;
  /** The service's connected producer: required by kafka sinks and kafka dead letters. */
  producer?: Producer;
  /** Directory of the default file dead letters, `<dir>/<sink name>.ndjson`. */
  deadLetterDir: string;
  /** Stream of stdout sinks (default process.stdout). */
  stdout?: Writable;
  /** Jitter source for retry backoff (tests). */
  random?: () => number;
}

/**
 * Builds the configured sinks, each a {@link ReliableSink} around its protocol's transport.
 *
 * @throws ConfigError when two sinks share a name, a kafka sink or dead letter has no producer, or a
 *   TLS file cannot be read (the message names the field).
 */
export function createSinks(configs: readonly SinkConfig[], context: SinkFactoryContext): ReliableSink[] {
  const seen = new Set<string>();
  for (const [i, config] of configs.entries()) {
    // The name is the metrics label and the default dead-letter file: two sinks must not share it.
    if (seen.has(config.name)) {
      throw new ConfigError(`sinks[${i}].name: "${config.name}" is used by another sink; give each a name`);
    }
    seen.add(config.name);
  }
  return configs.map((config, i) => createSink(config, context, `sinks[${i}]`));
}

/** Builds one sink; `where` names it in error messages (`sinks[2]`). */
export function createSink(config: SinkConfig, context: SinkFactoryContext, where = 'sink'): ReliableSink {
  const { format, transport } = protocolParts(config, context, where);
  return new ReliableSink({
    name: config.name,
    transport,
    format,
    minSeverity: config.min_severity,
    deadLetter: deadLetterFor(config, context, where),
    settings: {
      batchMaxAlerts: config.batch.max_alerts,
      batchMaxBytes: config.batch.max_bytes,
      bufferMaxAlerts: config.buffer.max_alerts,
      drainTimeoutMs: config.buffer.drain_timeout_ms,
      initialBackoffMs: config.retry.initial_backoff_ms,
      maxBackoffMs: config.retry.max_backoff_ms,
      maxRetryMs: config.retry.max_retry_ms,
      timeoutMs: config.timeout_ms,
    },
    metrics: context.metrics,
    logger: context.logger.child({ component: 'sink', sink: config.name }),
    ...(context.random ? { random: context.random } : {}),
  });
}

function protocolParts(
  config: SinkConfig,
  context: SinkFactoryContext,
  where: string,
): { format: AlertFormatter; transport: AlertTransport } {
  switch (config.type) {
    case 'kafka':
      return {
        format: resolveFormat(config.format, { ocsfVersion: config.ocsf_version }),
        transport: new KafkaTransport({
          producer: requireProducer(context, `${where}.type`),
          topic: config.topic,
        }),
      };
    case 'syslog': {
      const tls = config.protocol === 'tls' ? readTls(config.tls, `${where}.tls`) : undefined;
      return {
        format: createSyslogFormat({
          hostname: config.hostname ?? osHostname(),
          appName: config.app_name,
          facility: config.facility,
          msgFormat: config.format === 'cef' ? 'cef' : 'text',
          enterpriseNumber: config.enterprise_number,
          utf8Bom: config.utf8_bom,
        }),
        transport: new SyslogTransport({
          protocol: config.protocol,
          host: config.host,
          port: config.port ?? (config.protocol === 'tls' ? 6514 : 514),
          udpMaxMessageBytes: config.udp_max_message_bytes,
          ...(tls ? { tls } : {}),
        }),
      };
    }
    case 'splunk_hec':
      return {
        format: createHecFormat({
          host: config.host ?? osHostname(),
          source: config.source,
          sourcetype: config.sourcetype,
          ...(config.index === null ? {} : { index: config.index }),
        }),
        transport: new HttpTransport({
          kind: 'splunk-hec',
          url: new URL(config.path, config.url),
          build: hecRequestBuilder(
            requiredSecret(
              { inline: config.token, file: config.token_file, env: config.token_env },
              `${where}.token`,
            ),
          ),
          tls: readTls(config.tls, `${where}.tls`),
        }),
      };
    case 'webhook':
      return {
        format: resolveFormat(config.format, { ocsfVersion: config.ocsf_version }),
        transport: new HttpTransport({
          kind: 'webhook',
          url: new URL(config.url),
          build: webhookRequestBuilder({
            encoding: config.encoding,
            headers: config.headers,
            hmac: config.hmac && {
              secret: hmacSecret(config.hmac, `${where}.hmac.secret`),
              signatureHeader: config.hmac.signature_header,
              timestampHeader: config.hmac.timestamp_header,
            },
          }),
          tls: readTls(config.tls, `${where}.tls`),
        }),
      };
    case 'file':
      return {
        format: resolveFormat(config.format, { ocsfVersion: config.ocsf_version }),
        transport: new FileTransport({ path: config.path, fsync: config.fsync }),
      };
    case 'stdout':
      return {
        format: resolveFormat(config.format, { ocsfVersion: config.ocsf_version }),
        transport: new WritableTransport({ stream: context.stdout ?? process.stdout, description: 'stdout' }),
      };
  }
}

/** A secret the sink cannot work without (see `resolveSecret`). */
function requiredSecret(source: SecretSource, where: string): string {
  const value = resolveSecret(source, where);
  if (value === undefined) throw new ConfigError(`${where}: required (or ${where}_file, ${where}_env)`);
  return value;
}

/** The HMAC key, at least 16 characters wherever it comes from. */
function hmacSecret(
  hmac: { secret: string | null; secret_file: string | null; secret_env: string | null },
  where: string,
): string {
  const value = requiredSecret({ inline: hmac.secret, file: hmac.secret_file, env: hmac.secret_env }, where);
  if (value.length < 16) throw new ConfigError(`${where}: must be at least 16 characters`);
  return value;
}

function deadLetterFor(
  config: SinkConfig,
  context: SinkFactoryContext,
  where: string,
): DeadLetter<ParkedAlert> {
  const target = config.dead_letter;
  switch (target.type) {
    case 'file':
      return new FileDeadLetter(
        target.path ?? join(context.deadLetterDir, `${config.name}.ndjson`),
        parkedAlertCodec,
      );
    case 'kafka':
      return new KafkaDeadLetter(
        requireProducer(context, `${where}.dead_letter`),
        target.topic,
        parkedAlertCodec,
      );
  }
}

function requireProducer(context: SinkFactoryContext, where: string): Producer {
  if (!context.producer) throw new ConfigError(`${where}: kafka needs the service's Kafka producer`);
  return context.producer;
}

/** PEM files read once at start, so a wrong path fails the start with the field's name. */
function readTls(config: SinkTlsConfig, where: string): HttpTlsOptions {
  const read = (path: string | null, field: string): Buffer | undefined => {
    if (path === null) return undefined;
    try {
      return readFileSync(path);
    } catch (error: unknown) {
      throw new ConfigError(`${where}.${field}: cannot read ${path}: ${describeError(error)}`, {
        cause: error,
      });
    }
  };
  const ca = read(config.ca_file, 'ca_file');
  const cert = read(config.cert_file, 'cert_file');
  const key = read(config.key_file, 'key_file');
  return {
    rejectUnauthorized: config.reject_unauthorized,
    ...(ca ? { ca } : {}),
    ...(cert ? { cert } : {}),
    ...(key ? { key } : {}),
    ...(config.servername === null ? {} : { servername: config.servername }),
  };
}
