import type { ConnectionOptions } from 'node:tls';
import kafkajs from 'kafkajs';
import type { Kafka, KafkaConfig, LogEntry, SASLOptions } from 'kafkajs';
import type { Config } from '../../schemas/config.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logger.js';
import { readConfigFile, resolveSecret } from '../config/config-secrets.js';

const { Kafka: KafkaClient, logLevel } = kafkajs;

/** Log fields kafkajs may fill with connection settings: dropped so no secret reaches a log. */
const UNSAFE_LOG_FIELDS = new Set([
  'sasl',
  'ssl',
  'password',
  'authenticationPayload',
  'request',
  'response',
]);

/**
 * The kafkajs SASL and TLS options of the `kafka` config section (files read now, so a wrong path
 * fails the start naming its field).
 *
 * @throws ConfigError when a mechanism has no user or password, or a file cannot be read.
 */
export function kafkaSecurity(cfg: Config['kafka']): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  const out: Pick<KafkaConfig, 'ssl' | 'sasl'> = {};
  const { sasl, tls } = cfg;
  if (sasl.mechanism !== 'none') {
    const password = resolveSecret(
      {
        inline: sasl.password === '' ? null : sasl.password,
        file: sasl.password_file,
        env: sasl.password_env,
      },
      'kafka.sasl.password',
    );
    if (sasl.username === '' || password === undefined)
      throw new ConfigError(`kafka.sasl: mechanism ${sasl.mechanism} needs a username and a password`);
    out.sasl = { mechanism: sasl.mechanism, username: sasl.username, password } as SASLOptions;
  }
  if (tls.enabled) {
    const ca = readConfigFile(tls.ca_file, 'kafka.tls.ca_file');
    const cert = readConfigFile(tls.cert_file, 'kafka.tls.cert_file');
    const key = readConfigFile(tls.key_file, 'kafka.tls.key_file');
    if ((cert === undefined) !== (key === undefined))
      throw new ConfigError('kafka.tls: cert_file and key_file go together (mutual TLS)');
    const ssl: ConnectionOptions = {
      rejectUnauthorized: tls.reject_unauthorized,
      ...(ca ? { ca } : {}),
      ...(cert ? { cert } : {}),
      ...(key ? { key } : {}),
      ...(tls.key_passphrase === ''
        ? {}
        : {
            passphrase: resolveSecret(
              { inline: tls.key_passphrase, file: null, env: null },
              'kafka.tls.key_passphrase',
            ),
          }),
      ...(tls.servername === null ? {} : { servername: tls.servername }),
      // The chain is still verified (reject_unauthorized); only the name match is skipped.
      ...(tls.check_hostname ? {} : { checkServerIdentity: () => undefined }),
    };
    out.ssl = ssl;
  } else if (tls.ca_file !== null || tls.cert_file !== null) {
    throw new ConfigError('kafka.tls: certificate files are set but tls.enabled is false');
  }
  return out;
}

/** A kafkajs client whose logs go through pino (kafkajs' own logger prints to stdout). */
export function createKafka(cfg: Config['kafka'], logger: Logger): Kafka {
  const log = logger.child({ component: 'kafkajs' });
  return new KafkaClient({
    clientId: cfg.client_id,
    brokers: cfg.brokers,
    ...kafkaSecurity(cfg),
    logLevel: logLevel.WARN,
    retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 10_000 },
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...rest } = entry;
        const fields: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(rest)) if (!UNSAFE_LOG_FIELDS.has(k)) fields[k] = v;
        if (level <= logLevel.ERROR) log.error(fields, message);
        else if (level === logLevel.WARN) log.warn(fields, message);
        else log.debug(fields, message);
      },
  });
}
