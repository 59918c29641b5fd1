import { describe, expect, it } from 'vitest';
import { checkConfigSchema } from '../../schemas/check-config.js';
import type { Alert } from '../../schemas/alert.js';
import { applyPolicy } from '../../src/service/check-policy.js';
import { ALERT } from '../formats/alert-fixture.js';

const alert = (over: Partial<Alert>): Alert => ({ ...ALERT, ...over });

describe('check policy', () => {
  it('answers from the most severe alert under the global thresholds, in words', () => {
    const policy = checkConfigSchema.parse({});
    expect(applyPolicy(policy, []).decision).toBe('allow');
    expect(applyPolicy(policy, [alert({ severity: 'low' })]).decision).toBe('allow');
    expect(applyPolicy(policy, [alert({ severity: 'medium' })]).decision).toBe('warn');
    const deny = applyPolicy(policy, [
      alert({ severity: 'medium' }),
      alert({ severity: 'critical', title: 'T', description: 'D.' }),
    ]);
    expect(deny.decision).toBe('deny');
    expect(deny.reason).toBe(`Denied by ${ALERT.detector.id} (critical): T. D. (and 1 more finding(s))`);
  });

  it('per agent type, then per detector, override the global thresholds', () => {
    const policy = checkConfigSchema.parse({
      deny_at: 'high',
      agent_types: { third_party: { deny_at: 'medium' }, personal: { warn_at: 'never', deny_at: 'never' } },
      detectors: { 'off-hours-access': { deny_at: 'never', warn_at: 'high' } },
    });
    const medium = (type: 'third_party' | 'personal' | 'organizational', detector = 'never-seen-api') =>
      alert({ severity: 'medium', agent: { id: 'a', type }, detector: { id: detector, version: 1 } });
    expect(applyPolicy(policy, [medium('third_party')]).decision).toBe('deny');
    expect(applyPolicy(policy, [medium('organizational')]).decision).toBe('warn');
    expect(applyPolicy(policy, [medium('personal')]).decision).toBe('allow');
    expect(applyPolicy(policy, [medium('third_party', 'off-hours-access')]).decision).toBe('allow');
    const critOffHours = alert({
      severity: 'critical',
      agent: { id: 'a', type: 'third_party' },
      detector: { id: 'off-hours-access', version: 1 },
    });
    expect(applyPolicy(policy, [critOffHours]).decision).toBe('warn');
  });
});
