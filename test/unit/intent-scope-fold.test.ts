import { describe, expect, it } from 'vitest';
import { eventSchema, type AgentEventInput } from '../../schemas/event.js';
import { configSchema } from '../../schemas/config.js';
import { detectAndLearn } from '../../src/detection/case-runner.js';
import { CASE_AGENT, caseTime } from '../../src/detection/case-builder.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';

/*
 * intent-mismatch: an API outside the declared scopes, with nothing else against it, is one fact
 * about that API and those scopes, whatever the request: an intake desk whose every claim is a kind
 * of request of its own raises one alert for a tool rolled out to it, not one per kind.
 */

const SCOPES = ['lookup_policy', 'create_claim'];
const CLAIMS = [
  'Kitchen fire',
  'Tree branch through window',
  'Ice dam leak',
  'Basement flooding',
  'Hail on roof',
];

function intake(n: number, day: number, api: string, description: string): AgentEventInput {
  return {
    event_id: `e-${n}`,
    ts: caseTime(day, 9, n % 60),
    agent: { ...CASE_AGENT },
    on_behalf_of: { id: `policyholder:${1000 + n}`, type: 'user' },
    action: { api, category: api === 'create_claim' ? 'write' : 'read', parameters: { claim: `C-${n}` } },
    intent: { task_id: `fnol-${n}`, description, scopes: SCOPES },
  };
}

function intentAlertIds(): string[] {
  // A read outside the scopes alone scores low: raised here to see how its alerts fold.
  const config = configSchema.parse({ detectors: { 'intent-mismatch': { min_severity: 'low' } } });
  const detection = createDetection(config, {
    metrics: createMetrics({ defaultMetrics: false }),
    logger: silentLogger(),
    persistence: undefined,
  });
  const history: AgentEventInput[] = [];
  let n = 0;
  for (let day = 0; day < 21; day += 1)
    for (const [i, claim] of CLAIMS.entries()) {
      history.push(intake((n += 1), day, 'lookup_policy', `${claim} ${i}`));
      history.push(intake((n += 1), day, 'create_claim', `${claim} ${i}`));
    }
  const rollout = ['Generator fire in garage', 'Power lines on the car', 'Frozen pipe burst'].map((claim) =>
    intake((n += 1), 22, 'check_weather_event', claim),
  );
  const ids: string[] = [];
  for (const input of [...history, ...rollout]) {
    const { alerts } = detectAndLearn(detection, eventSchema.parse(input));
    for (const alert of alerts)
      if (alert.detector.id === 'intent-mismatch' && alert.reason === 'outside_declared_scopes')
        ids.push(alert.alert_id);
  }
  return ids;
}

describe('intent-mismatch: one alert per API outside the scopes', () => {
  it('folds a tool outside the declared scopes used for three kinds of request into one alert', () => {
    const ids = intentAlertIds();
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(1);
  });
});
