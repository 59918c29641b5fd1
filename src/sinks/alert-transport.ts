import type { Alert } from '../../schemas/alert.js';
import { SinkError, type AgentwatchErrorOptions } from '../errors.js';

/** One alert rendered for a transport: the alert (for the dead letter), its payload and its size. */
export interface RenderedAlert {
  readonly alert: Alert;
  /** The formatter's output, without framing or separators. */
  readonly payload: string;
  /** UTF-8 size of `payload`: batches are bounded by bytes on the wire, not UTF-16 units. */
  readonly bytes: number;
}

/**
 * One protocol's way of handing a batch to a receiver. A transport does one attempt and reports the
 * outcome: resolve = the receiver has the whole batch; throw = it may not. Retry, backoff, batching,
 * buffering, dead-lettering and metrics live in `ReliableSink`, once for every protocol.
 */
export interface AlertTransport {
  /** Where it delivers, for logs (`syslog+tls://host:6514`); never contains secrets. */
  readonly description: string;
  /**
   * Delivers a batch (never empty). Throw a {@link DeliveryError}: retriable for anything that may work
   * later, non-retriable when the receiver refused the content. Must give up when `signal` aborts (the
   * attempt timed out or the sink is shutting down).
   */
  deliver(batch: readonly RenderedAlert[], signal: AbortSignal): Promise<void>;
  /** Releases sockets and handles. */
  close(): Promise<void>;
}

/** Options of {@link DeliveryError}. */
export interface DeliveryErrorOptions extends AgentwatchErrorOptions {
  /**
   * The receiver refused the content (HTTP 400/413/422, oversize datagram, Kafka MESSAGE_TOO_LARGE), as
   * opposed to a transport-level failure: the sink then splits the batch to park only the alerts that
   * are refused on their own.
   */
  contentRefused?: boolean;
  /** The receiver asked to wait this long before the next attempt (HTTP Retry-After). */
  retryAfterMs?: number;
}

/** A delivery attempt failed. `retriable` (default true) decides between retry and dead letter. */
export class DeliveryError extends SinkError {
  readonly contentRefused: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: DeliveryErrorOptions = {}) {
    super(message, options);
    this.contentRefused = options.contentRefused ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Rejects when `signal` aborts: raced against I/O that cannot be cancelled itself. */
export function abortion(signal: AbortSignal): { promise: Promise<never>; dispose: () => void } {
  let dispose = (): void => undefined;
  const promise = new Promise<never>((_, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    dispose = () => signal.removeEventListener('abort', onAbort);
  });
  // A race that the I/O wins leaves this promise pending forever, never rejected: nothing to report.
  promise.catch(() => undefined);
  return { promise, dispose };
}

/** The abort reason as an error (AbortSignal reasons are `any`). */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DeliveryError('delivery attempt aborted');
}
