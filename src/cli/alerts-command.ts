import { UsageError } from '../errors.js';
import { createLogger } from '../logger.js';
import { listAlerts } from '../decisions/decision-store.js';
import { AgentwatchStore } from '../store/agentwatch-store.js';
import { STORE_OPTIONS, configWithStore } from './store-options.js';
import { renderTable } from './table-renderer.js';
import { parseCommandArgs } from './command-args.js';

/** `agentwatch alerts`: the alert queue with its decisions. */
export async function alertsCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('alerts', argv, {
    ...STORE_OPTIONS,
    open: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    limit: { type: 'string', default: '1000' },
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit: not a positive integer: ${values.limit}`);
  const config = configWithStore(values);
  const store = await AgentwatchStore.open(config.store, createLogger('warn'));
  try {
    const alerts = await listAlerts(store, { open: values.open ?? false, limit });
    if (values.json) {
      for (const a of alerts) process.stdout.write(JSON.stringify(a) + '\n');
    } else {
      process.stdout.write(
        renderTable(
          alerts.map((a) => {
            const latest = a.decisions[0];
            return {
              alert_id: a.alert_id,
              last_seen: a.last_seen,
              severity: a.severity,
              agent: a.agent_id,
              api: a.api,
              reason: a.reason,
              decision: latest
                ? `${latest.verdict} (${latest.scope}) by ${latest.decided_by} until ${latest.expires_at === null ? 'never' : new Date(latest.expires_at).toISOString().slice(0, 16)}`
                : 'open',
            };
          }),
        ),
      );
    }
  } finally {
    await store.close();
  }
  return 0;
}
