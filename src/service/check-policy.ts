import type { Alert } from '../../schemas/alert.js';
import { SEVERITY_RANK } from '../../schemas/alert.js';
import type { CheckConfig, CheckThreshold } from '../../schemas/check-config.js';

export type CheckDecision = 'allow' | 'warn' | 'deny';

/** What the policy makes of the alerts a check raised. */
export interface PolicyVerdict {
  decision: CheckDecision;
  /** Words an agent framework can show: which detector, what it saw, against which baseline. */
  reason: string;
}

function reaches(severity: Alert['severity'], threshold: CheckThreshold): boolean {
  return threshold !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** The thresholds for one alert: global, then its agent type, then its detector. */
function thresholdsFor(policy: CheckConfig, alert: Alert): { warn: CheckThreshold; deny: CheckThreshold } {
  const byType = alert.agent.type === undefined ? undefined : policy.agent_types[alert.agent.type];
  const byDetector = policy.detectors[alert.detector.id];
  return {
    warn: byDetector?.warn_at ?? byType?.warn_at ?? policy.warn_at,
    deny: byDetector?.deny_at ?? byType?.deny_at ?? policy.deny_at,
  };
}

/**
 * allow / warn / deny from the alerts of a check: the strongest answer any alert reaches under its
 * thresholds. The reason quotes the alert that decided (the most severe of them), in its own words.
 */
export function applyPolicy(policy: CheckConfig, alerts: readonly Alert[]): PolicyVerdict {
  let decision: CheckDecision = 'allow';
  let decisive: Alert | undefined;
  let reaching = 0;
  for (const alert of alerts) {
    const t = thresholdsFor(policy, alert);
    const answer: CheckDecision = reaches(alert.severity, t.deny)
      ? 'deny'
      : reaches(alert.severity, t.warn)
        ? 'warn'
        : 'allow';
    if (answer === 'allow') continue;
    reaching += 1;
    const stronger = answer === 'deny' && decision !== 'deny';
    const sameButWorse =
      answer === decision &&
      decisive !== undefined &&
      SEVERITY_RANK[alert.severity] > SEVERITY_RANK[decisive.severity];
    if (decision === 'allow' || stronger || sameButWorse) {
      decision = answer;
      decisive = alert;
    }
  }
  if (!decisive)
    return {
      decision: 'allow',
      reason:
        alerts.length === 0
          ? 'nothing unusual for this agent against its baseline'
          : `${alerts.length} finding(s) below the warn threshold`,
    };
  const others = reaching > 1 ? ` (and ${reaching - 1} more finding(s))` : '';
  const verb = decision === 'deny' ? 'Denied' : 'Warning';
  return {
    decision,
    reason: `${verb} by ${decisive.detector.id} (${decisive.severity}): ${decisive.title}. ${decisive.description}${others}`,
  };
}
