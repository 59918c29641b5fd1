import type { Alert } from '../../schemas/alert.js';
import type { DeadLetterCodec } from './dead-letter.js';

/**
 * Why an alert was parked instead of delivered. Bounded: operators re-drive by reason.
 * - `rejected`: the receiver refused it (non-retriable error, e.g. HTTP 400, oversize message).
 * - `retry_exhausted`: retriable failures went on past `retry.max_retry_ms` (receiver down too long).
 * - `render_failed`: the formatter threw on this alert.
 * - `shutdown`: still undelivered when the drain timeout of a shutdown ran out.
 */
export type ParkReason = 'rejected' | 'retry_exhausted' | 'render_failed' | 'shutdown';

/** One alert a sink could not deliver. */
export interface ParkedAlert {
  reason: ParkReason;
  /** The last error, in words. */
  error: string;
  /** The sink's name. */
  sink: string;
  alert: Alert;
}

/**
 * Parked alerts. File: `{reason, error, sink, parked_at, alert}` per line. Kafka: the value is the
 * native alert JSON, keyed by agent id; reason, error, sink, alert id and time travel in headers so
 * a consumer can re-drive without parsing.
 */
export const parkedAlertCodec: DeadLetterCodec<ParkedAlert> = {
  line(e, parkedAt) {
    return JSON.stringify({
      reason: e.reason,
      error: e.error,
      sink: e.sink,
      parked_at: parkedAt.toISOString(),
      alert: e.alert,
    });
  },
  message(e, parkedAt) {
    return {
      key: e.alert.agent.id,
      value: JSON.stringify(e.alert),
      headers: {
        'agentwatch.reason': e.reason,
        'agentwatch.error': e.error.slice(0, 2000),
        'agentwatch.sink': e.sink,
        'agentwatch.alert_id': e.alert.alert_id,
        'agentwatch.parked_at': parkedAt.toISOString(),
      },
    };
  },
};
