import { existsSync } from 'node:fs';
import { loadConfig, overrideField } from '../config/load-config.js';
import type { Config } from '../../schemas/config.js';
import { UsageError } from '../errors.js';

/** The `--store`, `--clickhouse-url` and `--config` flags every store command takes. */
export const STORE_OPTIONS = {
  store: { type: 'string' },
  'clickhouse-url': { type: 'string' },
  config: { type: 'string' },
} as const;

/**
 * The configuration with the store flags applied. A store directory that does not exist is refused
 * (a mistyped path would otherwise open an empty store and answer from nothing).
 */
export function configWithStore(
  values: {
    store?: string | undefined;
    'clickhouse-url'?: string | undefined;
    config?: string | undefined;
  },
  more?: (raw: Record<string, unknown>) => void,
): Config {
  const config = loadConfig({
    file: values.config,
    overrides: (raw) => {
      if (values.store) overrideField(raw, 'store', 'path', values.store);
      if (values['clickhouse-url']) overrideField(raw, 'store', 'clickhouse_url', values['clickhouse-url']);
      more?.(raw);
    },
  });
  if (!config.store.clickhouse_url && !existsSync(config.store.path))
    throw new UsageError(`no store at ${config.store.path} (fill one with \`agentwatch replay\` first)`);
  return config;
}
