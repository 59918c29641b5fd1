import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * The root logger: JSON lines on stderr, so stdout stays free for alerts in `replay`.
 * Components take a child logger (`logger.child({ component: 'kafka-source' })`).
 */
export function createLogger(level: string = process.env['AGENTWATCH_LOG_LEVEL'] ?? 'info'): Logger {
  return pino({ level, base: { service: 'agentwatch' } }, pino.destination({ fd: 2, sync: false }));
}

/** A logger that drops everything, for tests and pure library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
