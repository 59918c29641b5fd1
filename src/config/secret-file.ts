import { readFileSync } from 'node:fs';
import { ConfigError, describeError } from '../errors.js';

/**
 * A secret given inline or as a file path (`*_file`, e.g. a mounted Kubernetes or Docker secret):
 * the file wins, its trailing newline dropped. Errors name the field, never the secret.
 */
export function readSecret(inline: string, file: string | null, where: string): string {
  if (file === null) return inline;
  try {
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (error: unknown) {
    throw new ConfigError(`${where}: cannot read ${file}: ${describeError(error)}`, { cause: error });
  }
}

/** A PEM (or other) file read once at start, so a wrong path fails the start with the field's name. */
export function readConfigFile(path: string | null, where: string): Buffer | undefined {
  if (path === null) return undefined;
  try {
    return readFileSync(path);
  } catch (error: unknown) {
    throw new ConfigError(`${where}: cannot read ${path}: ${describeError(error)}`, { cause: error });
  }
}
