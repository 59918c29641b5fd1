import { z } from 'zod';

/**
 * Kafka authentication (SASL) for every client agentwatch opens: the input consumer, and the
 * producer shared by the Kafka sinks, the Kafka alert dead letters and the input dead letter.
 * Secrets come from the file, the environment (`AGENTWATCH_KAFKA_SASL_*`) or a `*_file` path.
 */
export const kafkaSaslSchema = z
  .strictObject({
    mechanism: z
      .enum(['none', 'plain', 'scram-sha-256', 'scram-sha-512'])
      .default('none')
      .describe('SASL mechanism (env AGENTWATCH_KAFKA_SASL_MECHANISM); none: no authentication.'),
    username: z.string().default('').describe('SASL user (env AGENTWATCH_KAFKA_SASL_USERNAME).'),
    password: z
      .string()
      .default('')
      .describe('SASL password (env AGENTWATCH_KAFKA_SASL_PASSWORD). Never logged.'),
    password_file: z
      .string()
      .nullable()
      .default(null)
      .describe(
        'Read the SASL password from this file (trailing newline dropped; env AGENTWATCH_KAFKA_SASL_PASSWORD_FILE); wins over password_env and password.',
      ),
    password_env: z
      .string()
      .nullable()
      .default(null)
      .describe('Name of an environment variable holding the SASL password; wins over password.'),
  })
  .prefault({});

/** TLS to the Kafka brokers (certificate files in PEM). */
export const kafkaTlsSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(false)
      .describe('Connect to the brokers over TLS (env AGENTWATCH_KAFKA_TLS=true); SASL_SSL with sasl.'),
    ca_file: z
      .string()
      .nullable()
      .default(null)
      .describe(
        'CA certificate(s) that signed the brokers (env AGENTWATCH_KAFKA_TLS_CA_FILE); null: system CAs.',
      ),
    cert_file: z
      .string()
      .nullable()
      .default(null)
      .describe('Client certificate for mutual TLS (env AGENTWATCH_KAFKA_TLS_CERT_FILE).'),
    key_file: z
      .string()
      .nullable()
      .default(null)
      .describe('Private key of the client certificate (env AGENTWATCH_KAFKA_TLS_KEY_FILE). Never logged.'),
    key_passphrase: z.string().default('').describe('Passphrase of an encrypted key_file. Never logged.'),
    reject_unauthorized: z
      .boolean()
      .default(true)
      .describe('Refuse a broker certificate not signed by a trusted CA. Turn off only for tests.'),
    check_hostname: z
      .boolean()
      .default(true)
      .describe('Refuse a broker certificate whose names do not match the broker address.'),
    servername: z
      .string()
      .nullable()
      .default(null)
      .describe('Name sent in SNI and checked against the certificate, when it differs from the address.'),
  })
  .prefault({});

/** TLS to a ClickHouse server (an https:// clickhouse_url). */
export const storeTlsSchema = z
  .strictObject({
    ca_file: z
      .string()
      .nullable()
      .default(null)
      .describe(
        'CA certificate of the ClickHouse server (env AGENTWATCH_CLICKHOUSE_TLS_CA_FILE); null: system CAs.',
      ),
    cert_file: z
      .string()
      .nullable()
      .default(null)
      .describe(
        'Client certificate for mutual TLS (env AGENTWATCH_CLICKHOUSE_TLS_CERT_FILE); needs ca_file.',
      ),
    key_file: z
      .string()
      .nullable()
      .default(null)
      .describe('Private key of the client certificate (env AGENTWATCH_CLICKHOUSE_TLS_KEY_FILE).'),
  })
  .prefault({});
