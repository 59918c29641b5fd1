import { readFileSync } from 'node:fs';
import { configSchema, type Config } from '../../schemas/config.js';
import { ConfigError, describeError, formatIssues } from '../errors.js';
import { registerConfigSecrets } from './config-secrets.js';

type Json = Record<string, unknown>;

function section(root: Json, key: string): Json {
  const existing = root[key];
  if (existing && typeof existing === 'object' && !Array.isArray(existing)) return existing as Json;
  const created: Json = {};
  root[key] = created;
  return created;
}

/** Environment overrides (documented in the README); they win over the file. */
function applyEnv(raw: Json, env: NodeJS.ProcessEnv): void {
  const set = (sectionName: string, key: string, value: unknown) => {
    section(raw, sectionName)[key] = value;
  };
  if (env['AGENTWATCH_LOG_LEVEL']) raw['log_level'] = env['AGENTWATCH_LOG_LEVEL'];
  if (env['AGENTWATCH_CLICKHOUSE_URL']) set('store', 'clickhouse_url', env['AGENTWATCH_CLICKHOUSE_URL']);
  if (env['AGENTWATCH_CLICKHOUSE_USER']) set('store', 'user', env['AGENTWATCH_CLICKHOUSE_USER']);
  if (env['AGENTWATCH_CLICKHOUSE_PASSWORD'] !== undefined)
    set('store', 'password', env['AGENTWATCH_CLICKHOUSE_PASSWORD']);
  if (env['AGENTWATCH_CLICKHOUSE_DATABASE']) set('store', 'database', env['AGENTWATCH_CLICKHOUSE_DATABASE']);
  if (env['AGENTWATCH_STORE']) set('store', 'path', env['AGENTWATCH_STORE']);
  const brokers = env['AGENTWATCH_KAFKA_BROKERS'] ?? env['KAFKA_BROKERS'];
  if (brokers)
    set(
      'kafka',
      'brokers',
      brokers
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean),
    );
  if (env['AGENTWATCH_KAFKA_TOPIC']) set('kafka', 'topic', env['AGENTWATCH_KAFKA_TOPIC']);
  if (env['AGENTWATCH_KAFKA_GROUP']) set('kafka', 'group_id', env['AGENTWATCH_KAFKA_GROUP']);
  if (env['AGENTWATCH_HTTP_HOST']) set('http', 'host', env['AGENTWATCH_HTTP_HOST']);
  applySecurityEnv(raw, env);
  if (env['AGENTWATCH_HTTP_PORT']) {
    const port = Number(env['AGENTWATCH_HTTP_PORT']);
    if (!Number.isInteger(port))
      throw new ConfigError(`AGENTWATCH_HTTP_PORT: not an integer: ${env['AGENTWATCH_HTTP_PORT']}`);
    set('http', 'port', port);
  }
}

/** Kafka SASL/TLS and ClickHouse TLS settings from the environment (secrets may come from files). */
function applySecurityEnv(raw: Json, env: NodeJS.ProcessEnv): void {
  const kafka = () => section(raw, 'kafka');
  const text: [string, () => Json, string][] = [
    ['AGENTWATCH_KAFKA_SASL_MECHANISM', () => section(kafka(), 'sasl'), 'mechanism'],
    ['AGENTWATCH_KAFKA_SASL_USERNAME', () => section(kafka(), 'sasl'), 'username'],
    ['AGENTWATCH_KAFKA_SASL_PASSWORD', () => section(kafka(), 'sasl'), 'password'],
    ['AGENTWATCH_KAFKA_SASL_PASSWORD_FILE', () => section(kafka(), 'sasl'), 'password_file'],
    ['AGENTWATCH_KAFKA_TLS_CA_FILE', () => section(kafka(), 'tls'), 'ca_file'],
    ['AGENTWATCH_KAFKA_TLS_CERT_FILE', () => section(kafka(), 'tls'), 'cert_file'],
    ['AGENTWATCH_KAFKA_TLS_KEY_FILE', () => section(kafka(), 'tls'), 'key_file'],
    ['AGENTWATCH_CLICKHOUSE_PASSWORD_FILE', () => section(raw, 'store'), 'password_file'],
    ['AGENTWATCH_CLICKHOUSE_TLS_CA_FILE', () => section(section(raw, 'store'), 'tls'), 'ca_file'],
    ['AGENTWATCH_CLICKHOUSE_TLS_CERT_FILE', () => section(section(raw, 'store'), 'tls'), 'cert_file'],
    ['AGENTWATCH_CLICKHOUSE_TLS_KEY_FILE', () => section(section(raw, 'store'), 'tls'), 'key_file'],
  ];
  for (const [name, target, key] of text) {
    const value = env[name];
    if (value !== undefined && value !== '') target()[key] = value;
  }
  const tls = env['AGENTWATCH_KAFKA_TLS'];
  if (tls !== undefined && tls !== '') {
    if (tls !== 'true' && tls !== 'false')
      throw new ConfigError(`AGENTWATCH_KAFKA_TLS: expected true or false, got ${JSON.stringify(tls)}`);
    section(kafka(), 'tls')['enabled'] = tls === 'true';
  }
}

/**
 * Configuration from a JSON file (optional), then the environment, then `overrides` (flags).
 * Errors name the source and the field path.
 */
export function loadConfig(
  options: { file?: string | undefined; env?: NodeJS.ProcessEnv; overrides?: (raw: Json) => void } = {},
): Config {
  let raw: Json = {};
  const where = options.file ?? 'defaults';
  if (options.file) {
    let text: string;
    try {
      text = readFileSync(options.file, 'utf8');
    } catch (error: unknown) {
      throw new ConfigError(`cannot read config file ${options.file}: ${describeError(error)}`, {
        cause: error,
      });
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('the top level must be a JSON object');
      raw = parsed as Json;
    } catch (error: unknown) {
      throw new ConfigError(`config file ${options.file} is not valid JSON: ${describeError(error)}`, {
        cause: error,
      });
    }
  }
  applyEnv(raw, options.env ?? process.env);
  options.overrides?.(raw);
  const result = configSchema.safeParse(raw);
  if (!result.success)
    throw new ConfigError(
      `invalid configuration (${where}, environment, flags): ${formatIssues(result.error)}`,
    );
  registerConfigSecrets(result.data, options.env ?? process.env);
  return result.data;
}

/** Sets `raw[sectionName][key]` for flag overrides. */
export function overrideField(raw: Json, sectionName: string, key: string, value: unknown): void {
  section(raw, sectionName)[key] = value;
}
