import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Secret values known to this process (passwords, tokens, HMAC keys from config, environment or
 * `*_file`): no log line carries them, whatever field or error message they end up in.
 */
const secrets = new Set<string>();

/** Secrets shorter than this are not scrubbed: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** Registers a secret value (and its JSON-escaped form) so that logs never show it. */
export function registerSecret(value: string | null | undefined): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  secrets.add(value);
  const escaped = JSON.stringify(value).slice(1, -1);
  if (escaped !== value) secrets.add(escaped);
}

/** `text` with every registered secret replaced by `[SECRET]`. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join('[SECRET]');
  return out;
}

/** A destination that scrubs registered secrets from each line before writing it. */
function scrubbing(destination: DestinationStream): DestinationStream {
  return { write: (line: string) => destination.write(secrets.size === 0 ? line : scrubSecrets(line)) };
}

/**
 * The root logger: JSON lines on stderr, so stdout stays free for alerts in `replay`.
 * Components take a child logger (`logger.child({ component: 'kafka-source' })`).
 */
export function createLogger(
  level: string = process.env['AGENTWATCH_LOG_LEVEL'] ?? 'info',
  destination: DestinationStream = pino.destination({ fd: 2, sync: false }),
): Logger {
  return pino({ level, base: { service: 'agentwatch' } }, scrubbing(destination));
}

/** A logger that drops everything, for tests and pure library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
