import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, overrideField } from '../config/load-config.js';
import { UsageError, describeError } from '../errors.js';
import { createLogger } from '../logger.js';
import { AgentwatchStore } from '../store/agentwatch-store.js';
import { parseCommandArgs } from './command-args.js';
import { namedFormat, refusedSql } from './sql-guard.js';
import { renderTable } from './table-renderer.js';

/** `agentwatch sql "QUERY"`: runs a query on the store; a table, or JSON lines with --json. */
export async function sqlCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'sql',
    argv,
    {
      store: { type: 'string' },
      'clickhouse-url': { type: 'string' },
      config: { type: 'string' },
      json: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
    },
    true,
  );
  const query = positionals[0];
  if (positionals.length !== 1 || query === undefined || query.trim() === '')
    throw new UsageError(
      'needs exactly one query argument (quoted), e.g. agentwatch sql "SELECT count() FROM agentwatch.events"',
    );
  const refused = refusedSql(query);
  if (refused) throw new UsageError(refused);
  const format = namedFormat(query);
  if (format !== undefined)
    throw new UsageError(
      `leave out FORMAT ${format}: sql prints a table, or one JSON object per row with --json`,
    );
  const config = loadConfig({
    file: values.config,
    overrides: (raw) => {
      if (values.store) overrideField(raw, 'store', 'path', values.store);
      if (values['clickhouse-url']) overrideField(raw, 'store', 'clickhouse_url', values['clickhouse-url']);
      // Querying never changes retention, whatever the configuration says about it.
      overrideField(raw, 'store', 'events_ttl_days', null);
    },
  });
  if (!config.store.clickhouse_url) requireExistingStore(config.store.path, config.store.database);
  const store = await AgentwatchStore.open(config.store, createLogger('warn'));
  try {
    let rows: Record<string, unknown>[];
    try {
      rows = await store.query<Record<string, unknown>>(query, {}, values.write ? {} : { readonly: '1' });
    } catch (error: unknown) {
      if (!values.write && /readonly mode/i.test(describeError(error)))
        throw new UsageError('the statement would change the store; sql is read-only unless --write');
      throw error;
    }
    if (values.json) for (const row of rows) process.stdout.write(JSON.stringify(row) + '\n');
    else process.stdout.write(renderTable(rows));
  } finally {
    await store.close();
  }
  return 0;
}

/** An embedded store is a data directory holding the database; anything else is a mistake. */
function requireExistingStore(path: string, database: string): void {
  const dir = resolve(path);
  if (!existsSync(dir))
    throw new UsageError(
      `no store at ${dir} (check --store; agentwatch replay or run create one, sql never does)`,
    );
  if (!existsSync(join(dir, 'metadata', `${database}.sql`)) && !existsSync(join(dir, 'metadata', database)))
    throw new UsageError(`${dir} is not an agentwatch store: it holds no database "${database}"`);
}
