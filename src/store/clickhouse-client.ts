import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';
import { StoreError, describeError } from '../errors.js';

/**
 * The same settings on both targets so results look alike: 64-bit integers as JSON numbers (counts
 * stay far below 2^53), best-effort parsing of date-time input.
 */
const SETTINGS = {
  date_time_input_format: 'best_effort',
  output_format_json_quote_64bit_integers: 0,
} as const;

type ChdbClientConnection = NonNullable<NonNullable<Parameters<typeof createClient>[0]>['connection']>;

/** How to reach ClickHouse: a server URL, or the embedded engine on a data directory. */
export interface ClickHouseTarget {
  url: string | null;
  path: string;
  user: string;
  password: string;
  /** TLS to a server (https:// URL): CA, and for mutual TLS a client certificate and key (PEM). */
  tls?: { caCert: Buffer; cert?: Buffer; key?: Buffer };
}

/** Where the store actually is, for logs and summaries. */
export function describeTarget(target: ClickHouseTarget): string {
  return target.url
    ? `ClickHouse server ${redactUrl(target.url)}`
    : `embedded ClickHouse at ${resolve(target.path)}`;
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * One @clickhouse/client for both targets: with a URL it speaks HTTP to a server, otherwise the
 * chdb connection runs the same SQL in process. chdb binds one data directory per process.
 */
export function createClickHouseClient(target: ClickHouseTarget): ClickHouseClient {
  if (target.url) {
    return createClient({
      url: target.url,
      username: target.user,
      password: target.password,
      ...(target.tls
        ? {
            tls:
              target.tls.cert && target.tls.key
                ? { ca_cert: target.tls.caCert, cert: target.tls.cert, key: target.tls.key }
                : { ca_cert: target.tls.caCert },
          }
        : {}),
      request_timeout: 60_000,
      clickhouse_settings: SETTINGS,
    });
  }
  const dir = resolve(target.path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error: unknown) {
    throw new StoreError(`cannot create the data directory ${dir}`, { cause: error, retriable: false });
  }
  try {
    // chdb types its connection against its own copy of @clickhouse/client-common; the shapes match.
    const connection = createChdbConnection({ path: dir }) as unknown as ChdbClientConnection;
    return createClient({
      connection,
      clickhouse_settings: SETTINGS,
    });
  } catch (error: unknown) {
    // The embedded engine locks its directory: the usual cause is `serve`, `run` or a `replay`
    // still running on it, and the one thing a user needs is what to do instead.
    // chdb prints the lock error itself and throws only "Failed to create connection"; the engine's
    // status file exists exactly while some process holds the directory.
    const locked =
      existsSync(join(dir, 'status')) ||
      /Cannot lock file|Another server instance/i.test(describeError(error));
    throw new StoreError(
      locked
        ? `cannot open the embedded ClickHouse at ${dir}: another agentwatch process (serve, run or replay) has it open; stop it first, or ask the running serve over HTTP (GET /v1/alerts, POST /v1/decisions)`
        : `cannot open the embedded ClickHouse at ${dir}`,
      { cause: error, retriable: false },
    );
  }
}
