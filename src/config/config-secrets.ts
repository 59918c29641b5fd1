import { readFileSync } from 'node:fs';
import { ConfigError, describeError } from '../errors.js';
import { DEFAULT_SECRET_KEYS, SecretRedactor } from '../events/secret-redaction.js';
import { registerSecret } from '../logger.js';

/*
 * Secrets in the configuration (sink tokens, HMAC keys, store and Kafka passwords) come inline, from
 * an environment variable named by `<field>_env`, or from a file named by `<field>_file` (a mounted
 * Kubernetes or Docker secret). Every one of them is registered with the logger, which then never
 * writes it, and error messages name the field, never the value.
 */

const secretKeys = new SecretRedactor({ keys: [...DEFAULT_SECRET_KEYS, 'hmac'], replacement: '' });

/** Where a secret comes from: the first of file, environment variable, inline value that is set. */
export interface SecretSource {
  inline: string | null;
  file: string | null;
  env: string | null;
}

/**
 * The secret of `source`, registered with the logger; undefined when none of the three is set.
 * A file's trailing newline is dropped.
 * @throws ConfigError naming `where` when the file cannot be read or the variable is unset or empty.
 */
export function resolveSecret(
  source: SecretSource,
  where: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  let value: string | undefined;
  if (source.file !== null) {
    try {
      value = readFileSync(source.file, 'utf8').replace(/\r?\n$/, '');
    } catch (error: unknown) {
      throw new ConfigError(`${where}_file: cannot read ${source.file}: ${describeError(error)}`, {
        cause: error,
      });
    }
    if (value === '') throw new ConfigError(`${where}_file: ${source.file} is empty`);
  } else if (source.env !== null) {
    value = env[source.env];
    if (value === undefined || value === '')
      throw new ConfigError(`${where}_env: the environment variable ${source.env} is not set`);
  } else value = source.inline ?? undefined;
  registerSecret(value);
  return value;
}

/**
 * A certificate or key file (PEM) named in the configuration, read once at start so a wrong path
 * fails the start naming its field; undefined when no path is set. Never logged.
 * @throws ConfigError naming `where` when the file cannot be read.
 */
export function readConfigFile(path: string | null, where: string): Buffer | undefined {
  if (path === null) return undefined;
  try {
    return readFileSync(path);
  } catch (error: unknown) {
    throw new ConfigError(`${where}: cannot read ${path}: ${describeError(error)}`, { cause: error });
  }
}

/**
 * Registers every secret the loaded configuration holds or points to: string values under secret
 * keys (password, token, secret, authorization headers...), the contents of their `*_file` files and
 * `*_env` variables when readable, and the password in a URL's userinfo.
 */
export function registerConfigSecrets(config: unknown, env: NodeJS.ProcessEnv = process.env): void {
  walk(config, env);
}

function walk(value: unknown, env: NodeJS.ProcessEnv): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, env);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(item)) registerUrlPassword(item);
      if (!secretKeys.isSecretKey(key)) continue;
      if (key.endsWith('_file')) registerSecret(readQuietly(item));
      else if (key.endsWith('_env')) registerSecret(env[item]);
      else registerSecret(item);
    } else walk(item, env);
  }
}

function registerUrlPassword(url: string): void {
  try {
    const parsed = new URL(url);
    registerSecret(decodeURIComponent(parsed.password));
    registerSecret(parsed.password);
  } catch {
    // Not a URL after all: nothing to register.
  }
}

/** A file's contents, or undefined when it cannot be read (its owner reports that, by field). */
function readQuietly(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch {
    return undefined;
  }
}
