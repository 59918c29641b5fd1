import { Readable } from 'node:stream';
import type { ClickHouseClient, ClickHouseSettings } from '@clickhouse/client';
import type { Alert } from '../../schemas/alert.js';
import type { Config } from '../../schemas/config.js';
import type { AgentEvent } from '../../schemas/event.js';
import type { BaselineSnapshot } from '../baseline/agent-baseline.js';
import type { BaselinePersistence } from '../baseline/baseline-registry.js';
import { emptyCohortTotal, type CohortContribution, type CohortTotal } from '../baseline/cohort-index.js';
import { ConfigError, StoreError, describeError } from '../errors.js';
import { readConfigFile, resolveSecret } from '../config/config-secrets.js';
import type { Logger } from '../logger.js';
import { withRetry } from '../retry.js';
import { clickHouseJson, wellFormedValue } from '../text/well-formed-text.js';
import { createClickHouseClient, describeTarget } from './clickhouse-client.js';
import { alertToRow } from './alert-row.js';
import { MIGRATIONS } from './migrations.js';
import { readRowBinaryStrings } from './row-binary-strings.js';

/**
 * The events table input for one validated event: its own JSON, flattened by ClickHouse (migration
 * 3). One native JSON.stringify instead of building and encoding a row object on the pipeline's
 * thread (~7 us per event before). Text follows the store's one rule (`well-formed-text.ts`).
 */
export function encodeEventRow(event: AgentEvent): string {
  return clickHouseJson(event);
}

/** Ids per baseline load query: keeps the IN list and the result bounded. */
const LOAD_CHUNK = 50_000;

/** Events, alerts and baselines in ClickHouse (embedded or server): the only module that writes SQL. */
export class AgentwatchStore implements BaselinePersistence {
  readonly client: ClickHouseClient;
  readonly database: string;
  readonly description: string;
  private readonly logger: Logger;
  /** Fault testing (`store.inject_write_failures_ms`): writes fail until this moment once set. */
  private readonly failWritesForMs: number;
  private failWritesUntil: number | undefined;

  private constructor(
    client: ClickHouseClient,
    database: string,
    description: string,
    logger: Logger,
    failWritesForMs = 0,
  ) {
    this.client = client;
    this.database = database;
    this.description = description;
    this.logger = logger;
    this.failWritesForMs = failWritesForMs;
  }

  /** Connects, creates the database and applies pending migrations and the events TTL. */
  static async open(cfg: Config['store'], logger: Logger): Promise<AgentwatchStore> {
    const target = {
      url: cfg.clickhouse_url,
      path: cfg.path,
      user: cfg.user,
      password:
        resolveSecret(
          { inline: cfg.password, file: cfg.password_file, env: cfg.password_env },
          'store.password',
        ) ?? '',
      ...storeTls(cfg.tls),
    };
    const description = describeTarget(target);
    const client = createClickHouseClient(target);
    const store = new AgentwatchStore(
      client,
      cfg.database,
      description,
      logger.child({ component: 'store' }),
      cfg.inject_write_failures_ms,
    );
    try {
      await withRetry(() => store.migrate(cfg.events_ttl_days), {
        attempts: 3,
        baseDelayMs: 200,
        maxDelayMs: 2000,
      });
    } catch (error: unknown) {
      await client.close().catch(() => undefined);
      throw new StoreError(`cannot prepare ${description}: ${describeError(error)}`, {
        cause: error,
        retriable: false,
      });
    }
    return store;
  }

  private sql(statement: string): string {
    return statement.replaceAll('{db}', this.database);
  }

  private async migrate(ttlDays: number | null): Promise<void> {
    await this.client.command({ query: `CREATE DATABASE IF NOT EXISTS ${this.database}` });
    await this.client.command({
      query: this.sql(`CREATE TABLE IF NOT EXISTS {db}.schema_migrations (
        version UInt32, name String, applied_at DateTime64(3, 'UTC') DEFAULT now64(3)
      ) ENGINE = MergeTree ORDER BY version`),
    });
    const rs = await this.client.query({
      query: this.sql('SELECT version FROM {db}.schema_migrations'),
      format: 'JSONEachRow',
    });
    const applied = new Set((await rs.json<{ version: number }>()).map((r) => Number(r.version)));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await this.client.command({ query: this.sql(statement) });
      await this.client.insert({
        table: `${this.database}.schema_migrations`,
        values: [{ version: migration.version, name: migration.name }],
        format: 'JSONEachRow',
      });
      this.logger.info({ version: migration.version, name: migration.name }, 'migration applied');
    }
    // The TTL is configuration, not schema: set (or removed, with 0) when the configuration says
    // so, and otherwise left alone: opening a store to read it must not switch retention off.
    if (ttlDays === null) return;
    await this.client
      .command({
        query: this.sql(
          ttlDays > 0
            ? `ALTER TABLE {db}.events MODIFY TTL toDateTime(ts) + INTERVAL ${Math.floor(ttlDays)} DAY`
            : `ALTER TABLE {db}.events REMOVE TTL`,
        ),
        clickhouse_settings: { materialize_ttl_after_modify: 0 },
      })
      .catch((error: unknown) => {
        // REMOVE TTL on a table that has none is an error on some versions; nothing to do then.
        if (ttlDays > 0) throw error;
      });
  }

  /** Inserts events (idempotent by event_id: the table replaces duplicates on merge). */
  async insertEvents(events: readonly AgentEvent[]): Promise<void> {
    if (events.length > 0) await this.insertEncodedEvents([events.map(encodeEventRow).join('\n')]);
  }

  /**
   * Inserts events encoded by `encodeEventRow`, newline-separated, in any number of pieces: the
   * pipeline encodes each batch as it goes, so a checkpoint does not stall on encoding thousands of
   * events at once and the event objects are garbage right away instead of surviving until the write.
   */
  async insertEncodedEvents(pieces: readonly string[]): Promise<void> {
    if (pieces.length === 0) return;
    const body = pieces.join('\n');
    await this.retried('events', async () => {
      const result = await this.client.exec({
        query: `INSERT INTO ${this.database}.events_ingest FORMAT JSONAsString`,
        values: Readable.from([body]),
      });
      // The (empty) response must be read to release the connection.
      for await (const chunk of result.stream) void chunk;
    });
  }

  /** Inserts alerts; a later version of the same alert_id (higher count) wins. */
  async insertAlerts(alerts: readonly Alert[]): Promise<void> {
    if (alerts.length === 0) return;
    await this.insertRows('alerts', alerts.map(alertToRow));
  }

  async loadBaselines(agentIds: readonly string[]): Promise<Map<string, BaselineSnapshot>> {
    const out = new Map<string, BaselineSnapshot>();
    for (let i = 0; i < agentIds.length; i += LOAD_CHUNK) {
      const ids = agentIds.slice(i, i + LOAD_CHUNK);
      // RowBinary: any agent id round-trips (TabSeparatedRaw split rows on a tab or newline in it:
      // every later load failed, or the baseline was not found and overwritten), and the state,
      // JSON already, is not wrapped in a second layer of JSON as JSONEachRow would. Read as a
      // stream of rows: no string of the whole result (hundreds of MB for 50k agents).
      try {
        const result = await this.client.exec({
          query: this.sql(
            'SELECT agent_id, argMax(state, updated_at) AS state FROM {db}.baselines WHERE agent_id IN {ids:Array(String)} GROUP BY agent_id FORMAT RowBinary',
          ),
          query_params: { ids },
        });
        for await (const [agentId, state] of readRowBinaryStrings(result.stream, 2))
          out.set(agentId as string, JSON.parse(state as string) as BaselineSnapshot);
      } catch (error: unknown) {
        throw new StoreError(`loading baselines failed: ${describeError(error)}`, { cause: error });
      }
    }
    return out;
  }

  async saveBaselines(
    snapshots: readonly { agentId: string; lastTs: number; snapshot: BaselineSnapshot }[],
  ): Promise<void> {
    if (snapshots.length === 0) return;
    await this.insertRows(
      'baselines',
      snapshots.map((s) => ({ agent_id: s.agentId, last_ts: s.lastTs, state: JSON.stringify(s.snapshot) })),
    );
  }

  /** Writes members' cohort contributions (one row per agent; the latest write wins). */
  async saveCohortContributions(rows: readonly CohortContribution[]): Promise<void> {
    if (rows.length === 0) return;
    await this.insertRows(
      'cohort_contributions',
      rows.map((r) => ({
        agent_id: r.agentId,
        cohort_key: r.cohortKey,
        apis: r.apis,
        api_established: r.apiEstablished,
        task_keys: r.taskKeys,
        task_apis: r.taskApis,
        task_established: r.taskEstablished,
        hour_slots: r.hourSlots,
        hour_counts: r.hourCounts,
      })),
    );
  }

  /**
   * The counts of every cohort over every instance's members (the latest row per agent): summed
   * by ClickHouse, so what crosses the wire grows with cohorts times distinct APIs and task APIs,
   * plus one id per member, not with members times APIs.
   */
  async loadCohortTotals(): Promise<Map<string, CohortTotal>> {
    const totals = new Map<string, CohortTotal>();
    const totalOf = (key: string) => {
      let total = totals.get(key);
      if (!total) {
        total = emptyCohortTotal();
        totals.set(key, total);
      }
      return total;
    };
    // Four kinds of row in one result, every column a string (RowBinary: any text round-trips).
    const rows = this.queryStrings(
      `WITH latest AS (SELECT * FROM {db}.cohort_contributions FINAL WHERE cohort_key != '')
      SELECT 'm', cohort_key, agent_id, '', '', '' FROM latest
      UNION ALL
      SELECT 'a', cohort_key, api, '', toString(sum(known)), toString(count())
        FROM latest ARRAY JOIN apis AS api, api_established AS known GROUP BY cohort_key, api
      UNION ALL
      SELECT 't', cohort_key, task, api, toString(sum(known)), toString(count())
        FROM latest ARRAY JOIN task_keys AS task, task_apis AS api, task_established AS known
        GROUP BY cohort_key, task, api
      UNION ALL
      SELECT 'h', cohort_key, toString(slot), '', toString(sum(n)), ''
        FROM latest ARRAY JOIN hour_slots AS slot, hour_counts AS n GROUP BY cohort_key, slot`,
      6,
    );
    try {
      for await (const [kind, key = '', a = '', b = '', users = '0', triers = '0'] of rows) {
        const total = totalOf(key);
        if (kind === 'm') total.members.push(a);
        else if (kind === 'a') addCounts(total.apiUsers, total.apiTriers, a, Number(users), Number(triers));
        else if (kind === 't')
          addCounts(
            perKey(total.taskApiUsers, a),
            perKey(total.taskApiTriers, a),
            b,
            Number(users),
            Number(triers),
          );
        else if (kind === 'h') total.hours[Number(a)] = Number(users);
      }
    } catch (error: unknown) {
      throw new StoreError(`reading cohort totals failed: ${describeError(error)}`, { cause: error });
    }
    return totals;
  }

  /**
   * Runs a read query with `{db}` expanded and server-side parameters; rows as objects. `settings`
   * apply to this query only (e.g. `readonly: 1` for an analyst's query).
   */
  async query<T>(
    statement: string,
    params: Record<string, unknown> = {},
    settings: ClickHouseSettings = {},
  ): Promise<T[]> {
    try {
      const rs = await this.client.query({
        query: this.sql(statement),
        format: 'JSONEachRow',
        query_params: params,
        clickhouse_settings: settings,
      });
      return await rs.json<T>();
    } catch (error: unknown) {
      // The client appends the output format to the statement; an error quoting the statement
      // would show that internal clause as if the user had written it.
      const message = describeError(error).replace(/\s*FORMAT JSONEachRow\b/g, '');
      throw new StoreError(`query failed: ${message.trim()}`, { cause: error, retriable: false });
    }
  }

  /**
   * Rows of a query whose columns are all `String` (cast them), streamed as RowBinary: no JSON layer
   * to parse and no string of the whole result, for reads of many rows (footprints from events).
   * `statement` must not name a format.
   */
  async *queryStrings(
    statement: string,
    columns: number,
    params: Record<string, unknown> = {},
  ): AsyncGenerator<string[], void, undefined> {
    let stream: AsyncIterable<Buffer | Uint8Array | string>;
    try {
      const result = await this.client.exec({
        query: `${this.sql(statement)} FORMAT RowBinary`,
        query_params: params,
      });
      stream = result.stream;
    } catch (error: unknown) {
      throw new StoreError(`query failed: ${describeError(error)}`, { cause: error, retriable: false });
    }
    yield* readRowBinaryStrings(stream, columns);
  }

  /**
   * Inserts rows into `table` of this database (JSONEachRow, with retries). Every row insert goes
   * through here: its text follows the one rule (`well-formed-text.ts`) whatever the table.
   */
  async insertRows(table: string, rows: readonly object[]): Promise<void> {
    const values = rows.map(wellFormedValue);
    await this.retried(table, async () => {
      await this.client.insert({ table: `${this.database}.${table}`, values, format: 'JSONEachRow' });
    });
  }

  /** Runs an insert into `table` with retries; failures become `StoreError`s. */
  private async retried(table: string, write: () => Promise<void>): Promise<void> {
    await withRetry(
      async () => {
        try {
          this.injectedFailure(table);
          await write();
        } catch (error: unknown) {
          throw new StoreError(`insert into ${table} failed: ${describeError(error)}`, { cause: error });
        }
      },
      undefined,
      (error, attempt) => this.logger.warn({ err: error, attempt, table }, 'insert failed, retrying'),
    );
  }

  /**
   * `store.inject_write_failures_ms`: a real outage at the client boundary for fault tests (the
   * embedded engine cannot be stopped apart from the process). The window opens at the first write.
   */
  private injectedFailure(table: string): void {
    if (this.failWritesForMs <= 0) return;
    this.failWritesUntil ??= Date.now() + this.failWritesForMs;
    if (Date.now() < this.failWritesUntil)
      throw new Error(`injected write failure into ${table} (store.inject_write_failures_ms)`);
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

function addCounts(
  users: Map<string, number>,
  triers: Map<string, number>,
  key: string,
  u: number,
  t: number,
): void {
  if (u > 0) users.set(key, u);
  if (t > 0) triers.set(key, t);
}

function perKey(byKey: Map<string, Map<string, number>>, key: string): Map<string, number> {
  let counts = byKey.get(key);
  if (!counts) {
    counts = new Map();
    byKey.set(key, counts);
  }
  return counts;
}

/** The TLS part of a ClickHouse target: PEM files read now, so a wrong path names its field. */
function storeTls(cfg: Config['store']['tls']): { tls?: { caCert: Buffer; cert?: Buffer; key?: Buffer } } {
  const caCert = readConfigFile(cfg.ca_file, 'store.tls.ca_file');
  const cert = readConfigFile(cfg.cert_file, 'store.tls.cert_file');
  const key = readConfigFile(cfg.key_file, 'store.tls.key_file');
  if ((cert === undefined) !== (key === undefined))
    throw new ConfigError('store.tls: cert_file and key_file go together (mutual TLS)');
  if (caCert === undefined) {
    // @clickhouse/client takes a client certificate only with the CA that checks the server.
    if (cert) throw new ConfigError('store.tls: a client certificate needs ca_file too');
    return {};
  }
  return { tls: { caCert, ...(cert && key ? { cert, key } : {}) } };
}
