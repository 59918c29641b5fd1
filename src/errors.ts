import type { z } from 'zod';

/** Stable error codes: logs, metrics and exit codes key on these, never on messages. */
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG_INVALID'
  | 'STORE_UNAVAILABLE'
  | 'STORE_QUERY_FAILED'
  | 'KAFKA_UNAVAILABLE'
  | 'SINK_UNAVAILABLE'
  | 'SINK_REJECTED'
  | 'DETECTOR_FAILED'
  | 'INPUT_UNREADABLE'
  | 'INTERNAL';

export interface AgentwatchErrorOptions {
  retriable?: boolean;
  cause?: unknown;
}

/** Base of every error agentwatch throws on purpose. */
export class AgentwatchError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options: AgentwatchErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}

/** Bad command line: exit code 2. */
export class UsageError extends AgentwatchError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** Invalid configuration (file, env or flags): exit code 2. The message names the field path. */
export class ConfigError extends AgentwatchError {
  constructor(message: string, options: AgentwatchErrorOptions = {}) {
    super('CONFIG_INVALID', message, options);
  }
}

/** Why an input record was refused; also the dead-letter reason. */
export type RejectReason = 'malformed_json' | 'schema_violation' | 'oversize';

/** ClickHouse could not be reached or refused a statement. */
export class StoreError extends AgentwatchError {
  constructor(message: string, options: AgentwatchErrorOptions = {}) {
    super(options.retriable === false ? 'STORE_QUERY_FAILED' : 'STORE_UNAVAILABLE', message, {
      retriable: true,
      ...options,
    });
  }
}

/** A sink could not take alerts. */
export class SinkError extends AgentwatchError {
  constructor(message: string, options: AgentwatchErrorOptions = {}) {
    super(options.retriable === false ? 'SINK_REJECTED' : 'SINK_UNAVAILABLE', message, {
      retriable: true,
      ...options,
    });
  }
}

/** A detector threw: isolated by the runner, counted and logged. */
export class DetectorError extends AgentwatchError {
  readonly detectorId: string;

  constructor(detectorId: string, options: AgentwatchErrorOptions = {}) {
    super('DETECTOR_FAILED', `detector ${detectorId} failed: ${describeError(options.cause)}`, options);
    this.detectorId = detectorId;
  }
}

/** A message for anything caught as `unknown`. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** Whether a caught value is worth retrying. Unknown errors are assumed transient (network-like). */
export function isRetriable(error: unknown): boolean {
  if (error instanceof AgentwatchError) return error.retriable;
  if (error instanceof Error && 'retriable' in error)
    return Boolean((error as { retriable: unknown }).retriable);
  return true;
}

/** "agent.id: expected string, received number; ts: ..." — every issue with its field path. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}
