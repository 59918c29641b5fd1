import { parseArgs } from 'node:util';
import { loadConfig, overrideField } from '../config/load-config.js';
import { UsageError } from '../errors.js';
import { createLogger } from '../logger.js';
import { AgentwatchStore } from '../store/agentwatch-store.js';
import { renderTable } from './table-renderer.js';

/** `agentwatch sql "QUERY"`: runs a query on the store; a table, or JSON lines with --json. */
export async function sqlCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      store: { type: 'string' },
      'clickhouse-url': { type: 'string' },
      config: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      'sql needs exactly one query argument, e.g. agentwatch sql "SELECT count() FROM agentwatch.events"',
    );
  const config = loadConfig({
    file: values.config,
    overrides: (raw) => {
      if (values.store) overrideField(raw, 'store', 'path', values.store);
      if (values['clickhouse-url']) overrideField(raw, 'store', 'clickhouse_url', values['clickhouse-url']);
    },
  });
  const store = await AgentwatchStore.open(config.store, createLogger('warn'));
  try {
    const rows = await store.query<Record<string, unknown>>(positionals[0] ?? '');
    if (values.json) for (const row of rows) process.stdout.write(JSON.stringify(row) + '\n');
    else process.stdout.write(renderTable(rows));
  } finally {
    await store.close();
  }
  return 0;
}
