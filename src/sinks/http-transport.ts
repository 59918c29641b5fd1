import { createHmac } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { describeError } from '../errors.js';
import { DEFAULT_SECRET_KEYS, SecretRedactor } from '../events/secret-redaction.js';
import { scrubSecrets } from '../logger.js';
import { DeliveryError, type AlertTransport, type RenderedAlert } from './alert-transport.js';

/** The body and headers of one POST. */
export interface HttpRequestSpec {
  body: Buffer;
  headers: Record<string, string>;
}

/** Builds the request for a batch; called once per attempt, so signatures carry a fresh timestamp. */
export type HttpRequestBuilder = (batch: readonly RenderedAlert[]) => HttpRequestSpec;

/** TLS client settings for https URLs (PEM contents, not paths). */
export interface HttpTlsOptions {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  servername?: string;
  rejectUnauthorized: boolean;
}

/** Options of {@link HttpTransport}. */
export interface HttpTransportOptions {
  /** Short protocol name for logs: `splunk-hec`, `webhook`. */
  kind: string;
  url: URL;
  build: HttpRequestBuilder;
  tls?: HttpTlsOptions;
}

/** Most of an error response kept for the error message. */
const MAX_ERROR_BODY = 4096;

/**
 * Batches POSTed over HTTP(S) with keep-alive. The status decides:
 * - 2xx: delivered.
 * - 400, 413, 422: the receiver refused the content; not retried (the sink splits the batch and parks
 *   what is refused on its own).
 * - anything else (408, 429, 5xx, but also 401/403/404): retried, honouring Retry-After. An auth or URL
 *   problem is an operator's to fix; retrying until `max_retry_ms` gives them that time instead of
 *   parking every alert the moment a token is rotated.
 */
export class HttpTransport implements AlertTransport {
  readonly description: string;
  private readonly options: HttpTransportOptions;
  private readonly agent: HttpAgent | HttpsAgent;

  constructor(options: HttpTransportOptions) {
    this.options = options;
    // Only origin and path: query strings and userinfo may hold credentials.
    this.description = `${options.kind} ${options.url.origin}${options.url.pathname}`;
    const secure = options.url.protocol === 'https:';
    this.agent = secure
      ? new HttpsAgent({
          keepAlive: true,
          maxSockets: 4,
          ...(options.tls?.ca ? { ca: options.tls.ca } : {}),
          ...(options.tls?.cert ? { cert: options.tls.cert } : {}),
          ...(options.tls?.key ? { key: options.tls.key } : {}),
          ...(options.tls?.servername ? { servername: options.tls.servername } : {}),
          rejectUnauthorized: options.tls?.rejectUnauthorized ?? true,
        })
      : new HttpAgent({ keepAlive: true, maxSockets: 4 });
  }

  async deliver(batch: readonly RenderedAlert[], signal: AbortSignal): Promise<void> {
    const { body, headers } = this.options.build(batch);
    let response: { status: number; text: string; retryAfter: string | undefined };
    try {
      response = await this.post(body, headers, signal);
    } catch (error: unknown) {
      throw new DeliveryError(`${this.description}: ${describeError(error)}`, { cause: error });
    }
    const { status, text, retryAfter } = response;
    if (status >= 200 && status < 300) return;
    // The body goes into logs and dead-letter records: receivers echo credentials (the request's
    // Authorization header, a token=... parameter), so those never leave here.
    const shown = text ? withoutCredentials(text, headers).slice(0, 500) : '';
    const message = `${this.description}: HTTP ${status}${shown ? `: ${shown}` : ''}`;
    if (status === 400 || status === 413 || status === 422) {
      throw new DeliveryError(message, { retriable: false, contentRefused: true });
    }
    const retryAfterMs = parseRetryAfter(retryAfter);
    throw new DeliveryError(message, retryAfterMs === undefined ? {} : { retryAfterMs });
  }

  close(): Promise<void> {
    this.agent.destroy();
    return Promise.resolve();
  }

  private post(
    body: Buffer,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<{ status: number; text: string; retryAfter: string | undefined }> {
    const request = this.options.url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(this.options.url, {
        method: 'POST',
        agent: this.agent,
        signal,
        headers: {
          'user-agent': 'agentwatch',
          ...headers,
          'content-length': String(body.length),
        },
      });
      req.on('error', reject);
      req.on('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          // Read everything (so the keep-alive socket is reusable) but keep only the start.
          if (size < MAX_ERROR_BODY) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('error', reject);
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8', 0, MAX_ERROR_BODY).trim(),
            retryAfter: res.headers['retry-after'],
          });
        });
      });
      req.end(body);
    });
  }
}

const credentialText = new SecretRedactor({
  keys: [...DEFAULT_SECRET_KEYS, 'hmac'],
  replacement: '[REDACTED]',
});

/**
 * A receiver's response text without credentials: the values of this request's secret headers
 * (Authorization, X-Api-Key...), every registered secret, and secret `key=value` or
 * `Authorization: <scheme> <value>` pairs.
 */
export function withoutCredentials(text: string, headers: Record<string, string>): string {
  let out = text;
  for (const [name, value] of Object.entries(headers)) {
    if (!credentialText.isSecretKey(name) || value.length < 4) continue;
    out = out.split(value).join('[REDACTED]');
    // `Splunk <token>`, `Bearer <token>`: the credential alone may be echoed too.
    const credential = value.replace(/^[A-Za-z]+\s+/, '');
    if (credential.length >= 4) out = out.split(credential).join('[REDACTED]');
  }
  return credentialText.redactText(scrubSecrets(out));
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 section 10.2.3). */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Splunk HEC `/services/collector/event`: the batch is the HEC event objects concatenated (newline
 * separated, which HEC accepts between objects), authenticated by `Authorization: Splunk <token>`.
 */
export function hecRequestBuilder(token: string): HttpRequestBuilder {
  return (batch) => ({
    body: Buffer.from(batch.map((r) => r.payload).join('\n'), 'utf8'),
    headers: { authorization: `Splunk ${token}`, 'content-type': 'application/json' },
  });
}

/** Options of {@link webhookRequestBuilder}. */
export interface WebhookRequestOptions {
  encoding: 'json_array' | 'ndjson';
  headers: Record<string, string>;
  hmac: { secret: string; signatureHeader: string; timestampHeader: string } | null;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

/**
 * The signature of a webhook body: hex HMAC-SHA256 of `<timestamp>.<body>` with the shared secret.
 * The timestamp is part of the signed bytes so a receiver that checks its age can refuse a replayed
 * request; the body is signed as the exact bytes sent.
 */
export function webhookSignature(secret: string, timestamp: string, body: Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** A generic webhook POST: JSON array or NDJSON, optionally signed (see {@link webhookSignature}). */
export function webhookRequestBuilder(options: WebhookRequestOptions): HttpRequestBuilder {
  const now = options.now ?? Date.now;
  return (batch) => {
    const payloads = batch.map((r) => r.payload);
    const body =
      options.encoding === 'ndjson'
        ? Buffer.from(payloads.join('\n') + '\n', 'utf8')
        : Buffer.from(`[${payloads.join(',')}]`, 'utf8');
    const headers: Record<string, string> = {
      ...options.headers,
      'content-type': options.encoding === 'ndjson' ? 'application/x-ndjson' : 'application/json',
    };
    if (options.hmac) {
      const timestamp = String(Math.floor(now() / 1000));
      headers[options.hmac.timestampHeader] = timestamp;
      headers[options.hmac.signatureHeader] =
        `sha256=${webhookSignature(options.hmac.secret, timestamp, body)}`;
    }
    return { body, headers };
  };
}
