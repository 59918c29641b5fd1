import { UsageError } from '../errors.js';
import { createLogger } from '../logger.js';
import { decide } from '../decisions/decision-store.js';
import type { DecisionScope, Verdict } from '../decisions/decision.js';
import { AgentwatchStore } from '../store/agentwatch-store.js';
import { STORE_OPTIONS, configWithStore } from './store-options.js';
import { parseCommandArgs } from './command-args.js';

/** `agentwatch decide ALERT_ID ...`: an analyst decision, recorded and (from the next run) applied. */
export async function decideCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'decide',
    argv,
    {
      ...STORE_OPTIONS,
      verdict: { type: 'string' },
      scope: { type: 'string', default: 'agent+api' },
      ttl: { type: 'string', default: '14d' },
      by: { type: 'string' },
      reason: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    true,
  );
  if (positionals.length !== 1) throw new UsageError('takes one ALERT_ID; see agentwatch decide --help');
  const missing = (['verdict', 'by', 'reason'] as const).filter((k) => !values[k]);
  if (missing.length > 0)
    throw new UsageError(`needs ${missing.map((m) => `--${m}`).join(', ')}; see agentwatch decide --help`);
  const config = configWithStore(values);
  const store = await AgentwatchStore.open(config.store, createLogger('warn'));
  try {
    const d = await decide(store, {
      alert_id: positionals[0] ?? '',
      verdict: values.verdict as Verdict,
      scope: values.scope as DecisionScope,
      ttl: values.ttl ?? '14d',
      by: values.by ?? '',
      reason: values.reason ?? '',
    });
    if (values.json) process.stdout.write(JSON.stringify(d) + '\n');
    else
      process.stdout.write(
        `decision ${d.decision_id}: ${d.verdict} for ${d.scope} of agent ${d.agent_id}` +
          ` (${d.detector_id}/${d.reason_code}${d.scope === 'agent+api' ? `, ${d.api}` : ''}${d.scope === 'agent+target' ? `, ${d.resource_id}` : ''}),` +
          ` until ${d.expires_at === null ? 'revoked (no expiry)' : new Date(d.expires_at).toISOString()} in event time; by ${d.decided_by}\n`,
      );
  } finally {
    await store.close();
  }
  return 0;
}
